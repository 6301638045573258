import { describe, expect, it } from 'vitest'
import { ConfusionCounter } from '../src/core/confusion.js'
import type { EvaluationSettings } from '../src/core/evaluation-settings.js'
import { goldLabelFingerprint, PairFingerprint } from '../src/core/fingerprint.js'
import { classificationMetrics } from '../src/core/metrics/classification.js'
import { RegressionAccumulator } from '../src/core/metrics/regression.js'
import {
  BinaryScoreAccumulator,
  MulticlassLogLoss,
  multiclassScoreValues,
  OneVsRestPass,
} from '../src/core/metrics/scores.js'
import { TextAccumulator } from '../src/core/metrics/text.js'
import {
  mergeShardStats,
  metricsFromShardStats,
  parseShardStats,
  serializeShardStats,
  shardIdentity,
  shardStats,
  type ShardIdentity,
  type ShardMetrics,
  type ShardStats,
} from '../src/core/shard/index.js'
import { Random } from '../src/core/stats/index.js'

/**
 * Every metric is compared with `toBe`: bit-identical after any split. For the count metrics (classification from
 * the confusion matrix, ROC AUC, average precision, one-vs-rest AUC) that holds because counts add exactly and
 * the score runs are the same multiset; for the metrics that are means (log loss, Brier, MAE, MSE, RMSE, R², MAPE,
 * the text metrics) because `Sum` is exact and rounded once, so no order or split changes a bit; max and median
 * are order-free. The bound for these (≤ 1e-12 relative) is therefore met with room to spare.
 */
const ROWS = 100_000
const SPLITS = [1, 2, 7, 16]

const random = new Random('shard-stats')
const uniform = () => random.nextDouble()
const below = (n: number) => Math.floor(uniform() * n)

// Numeric-looking labels sort numerically (1, 2, 3, 10, 20) until a shard also holds the predicted-only label
// "unknown": then code-point order (1, 10, 2, 20, 3). Shards with and without it must re-index on merge.
const CLASSES = ['1', '2', '3', '10', '20']

interface Row {
  id: string
  gold: string
  predicted: string
  probabilities: number[]
  binaryGold: boolean
  binaryPredicted: string
  score: number
  goldValue: number
  predictedValue: number
  output: string
  answers: string[]
}

const ANSWERS = ['Paris', 'the Eiffel Tower', '1889', 'Gustave Eiffel', 'wrought iron']
const OUTPUTS = ['paris', 'The Eiffel tower!', 'in 1889', 'Eiffel', 'iron', 'I do not know', '']

const rows: Row[] = Array.from({ length: ROWS }, (_, i) => {
  const g = below(5)
  const weights = CLASSES.map((_, k) => 1 + below(20) + (k === g ? 10 : 0))
  const total = weights.reduce((a, b) => a + b, 0)
  const probabilities = weights.map((w) => w / total)
  const best = probabilities.indexOf(Math.max(...probabilities))
  const binaryGold = uniform() < 0.3
  // Three decimals give ties; 0 and 1 exercise the log-loss clipping.
  const score =
    Math.round(Math.min(1, Math.max(0, (binaryGold ? 0.65 : 0.35) + (uniform() - 0.5) * 0.9)) * 1000) / 1000
  const goldValue = uniform() < 0.05 ? 0 : Math.round((uniform() - 0.4) * 20_000) / 10
  const answer = ANSWERS[below(ANSWERS.length)]!
  return {
    id: `row-${i}`,
    gold: CLASSES[g]!,
    predicted: g === 4 && uniform() < 0.002 ? 'unknown' : CLASSES[uniform() < 0.7 ? g : best]!,
    probabilities,
    binaryGold,
    binaryPredicted: score >= 0.5 ? '1' : '0',
    score,
    goldValue,
    predictedValue: goldValue + (uniform() - 0.5) * 7.3,
    output: OUTPUTS[below(OUTPUTS.length)]!,
    answers: uniform() < 0.3 ? [answer, ANSWERS[below(ANSWERS.length)]!] : [answer],
  }
})

const SETTINGS: EvaluationSettings = {
  task: 'classification',
  metricsFiles: [],
  metricsSelect: [],
  directions: [],
}

const MULTICLASS_METRICS = [
  'accuracy',
  'balanced_accuracy',
  'precision_macro',
  'recall_micro',
  'f1_macro',
  'f1_weighted',
  'roc_auc_ovr_macro',
  'roc_auc_ovr_weighted',
  'log_loss',
]
const BINARY_METRICS = [
  'accuracy',
  'f1',
  'precision',
  'recall',
  'roc_auc',
  'average_precision',
  'log_loss',
  'brier_score',
]
const REGRESSION_METRICS = ['mae', 'mse', 'rmse', 'r2', 'mape', 'max_error', 'median_absolute_error']
const TEXT_METRICS = ['exact_match', 'token_f1', 'contains']

interface Kind {
  name: string
  identity: ShardIdentity
  /** The statistics of some rows, accumulated as a shard accumulates them. */
  accumulate(part: Row[]): ShardStats
  /** The metrics of all rows, computed as a single run computes them. */
  single(): Record<string, number>
  /** More to check on the merged result of a split. */
  check?(merged: ShardMetrics): void
}

/** The one-vs-rest classes: the single run's gold classes, in its matrix's order (a shard is told them). */
const singleMatrix = (() => {
  const counter = new ConfusionCounter()
  for (const row of rows) counter.add(row.gold, row.predicted)
  return counter.toMatrix()
})()
const scoreClasses = singleMatrix.labels.filter((label) => CLASSES.includes(label))

/** Each row's probabilities in the order of `scoreClasses`, as a reader hands them over. */
const classScores = (() => {
  const order = scoreClasses.map((label) => CLASSES.indexOf(label))
  return new Map(rows.map((row) => [row, order.map((k) => row.probabilities[k]!)]))
})()

function multiclassScores(part: Row[]) {
  const index = new Map(scoreClasses.map((label, k) => [label, k]))
  const logLoss = new MulticlassLogLoss()
  const passes = scoreClasses.map(() => new OneVsRestPass())
  for (const row of part) {
    const scores = classScores.get(row)!
    const gold = index.get(row.gold)!
    logLoss.add(scores, gold)
    passes.forEach((pass, k) => pass.add(k === gold, scores[k]!))
  }
  return { logLoss, passes }
}

const KINDS: Kind[] = [
  {
    name: '5-class with scores and ids',
    identity: shardIdentity({
      ...SETTINGS,
      metrics: MULTICLASS_METRICS,
      scoreColumns: { kind: 'columns', columns: CLASSES.map((label) => [label, `p_${label}`]) },
      idColumn: 'id',
    }),
    accumulate(part) {
      const counter = new ConfusionCounter()
      const pairs = new PairFingerprint()
      for (const row of part) {
        counter.add(row.gold, row.predicted)
        pairs.add(row.id, row.gold)
      }
      const { logLoss, passes } = multiclassScores(part)
      return shardStats({
        identity: this.identity,
        matrix: counter.toMatrix(),
        scores: {
          kind: 'multiclass',
          classes: scoreClasses,
          logLoss,
          perClass: passes.map((p) => p.state()),
        },
        pairs,
      })
    },
    single() {
      const values = classificationMetrics(singleMatrix).values
      const { logLoss, passes } = multiclassScores(rows)
      const scores = multiclassScoreValues(
        MULTICLASS_METRICS,
        passes.map((pass) => pass.result()),
        logLoss,
      )
      return Object.fromEntries(MULTICLASS_METRICS.map((name) => [name, values[name] ?? scores[name]!]))
    },
    check(merged) {
      expect(merged.matrix).toEqual(singleMatrix)
      expect(merged.goldFingerprint).toBe(goldLabelFingerprint(singleMatrix))
      const pairs = new PairFingerprint()
      for (const row of rows) pairs.add(row.id, row.gold)
      expect(merged.fingerprint).toBe(pairs.value())
    },
  },
  {
    name: 'binary with scores',
    identity: shardIdentity({ ...SETTINGS, metrics: BINARY_METRICS, scoreColumn: 'score' }),
    accumulate(part) {
      const counter = new ConfusionCounter()
      const accumulator = new BinaryScoreAccumulator()
      for (const row of part) {
        counter.add(row.binaryGold ? '1' : '0', row.binaryPredicted)
        accumulator.add(row.binaryGold, row.score)
      }
      return shardStats({
        identity: this.identity,
        matrix: counter.toMatrix(),
        scores: { kind: 'binary', positiveLabel: '1', accumulator },
      })
    },
    single() {
      const counter = new ConfusionCounter()
      const accumulator = new BinaryScoreAccumulator()
      for (const row of rows) {
        counter.add(row.binaryGold ? '1' : '0', row.binaryPredicted)
        accumulator.add(row.binaryGold, row.score)
      }
      const values = classificationMetrics(counter.toMatrix(), '1').values
      const scores = accumulator.result(BINARY_METRICS, '1')
      return Object.fromEntries(BINARY_METRICS.map((name) => [name, values[name] ?? scores[name]!]))
    },
  },
  {
    name: 'regression',
    identity: shardIdentity({ ...SETTINGS, task: 'regression', metrics: REGRESSION_METRICS }),
    accumulate(part) {
      const regression = new RegressionAccumulator()
      for (const row of part) regression.add(row.goldValue, row.predictedValue)
      return shardStats({ identity: this.identity, regression })
    },
    single() {
      const regression = new RegressionAccumulator()
      for (const row of rows) regression.add(row.goldValue, row.predictedValue)
      return regression.result().values
    },
  },
  {
    name: 'text with several references',
    identity: shardIdentity({
      ...SETTINGS,
      task: 'text',
      metrics: TEXT_METRICS,
      referencesColumn: 'answers',
    }),
    accumulate(part) {
      const text = new TextAccumulator()
      for (const row of part) text.add(row.output, row.answers)
      return shardStats({ identity: this.identity, text })
    },
    single() {
      const text = new TextAccumulator()
      for (const row of rows) text.add(row.output, row.answers)
      return text.result().values
    },
  },
]

/**
 * `count` shards of random sizes (cut points drawn at random, so some may be empty). From 7 shards up the rows are
 * first ordered by gold label, so most shards miss some labels (and some the predicted-only one).
 */
function split(count: number, seed: number): Row[][] {
  const order = new Random(seed)
  const ordered = count >= 7 ? [...rows].sort((a, b) => a.gold.localeCompare(b.gold)) : rows
  const cuts = Array.from({ length: count - 1 }, () => Math.floor(order.nextDouble() * ROWS))
  if (count >= 16) cuts.push(cuts[0]!) // an empty shard, for sure
  cuts.sort((a, b) => a - b)
  const bounds = [0, ...cuts.slice(0, count - 1), ROWS]
  return bounds.slice(1).map((end, s) => ordered.slice(bounds[s], end))
}

describe('sharded statistics merge into the single run, bit for bit', () => {
  for (const kind of KINDS) {
    it(kind.name, () => {
      const expected = kind.single()
      const names = kind.identity.metrics!
      for (const count of SPLITS) {
        const shards = split(count, count)
        expect(shards.reduce((n, shard) => n + shard.length, 0)).toBe(ROWS)
        const files = shards.map((part, s) => {
          const file = `shard-${s}.json`
          return { file, stats: parseShardStats(serializeShardStats(kind.accumulate(part)), file) }
        })
        const merged = mergeShardStats(files)
        expect(merged.rows).toBe(ROWS)
        const result = metricsFromShardStats(merged)
        expect(Object.keys(result.metrics)).toEqual(names)
        for (const name of names)
          expect(result.metrics[name], `${count} shards: ${name}`).toBe(expected[name])
        kind.check?.(result)
        if (count === 7) {
          // Labels sorted numerically in some shards and by code point in others (see CLASSES).
          const labels = files.map(({ stats }) => stats.classification?.labels.includes('unknown'))
          if (kind === KINDS[0]) expect(new Set(labels).size).toBe(2)
          // The merged file reads back to the same statistics.
          expect(parseShardStats(serializeShardStats(merged), 'merged.json')).toEqual(merged)
        }
      }
    })
  }
})

describe('the statistics file', () => {
  const small = KINDS[1]!.accumulate(rows.slice(0, 6))

  it('is versioned JSON with its keys in a fixed order', () => {
    const text = serializeShardStats(small)
    expect(text.startsWith('{\n  "evalGateStats": 1,\n  "identity": {\n    "task": "classification",')).toBe(
      true,
    )
    expect(Object.keys(JSON.parse(text))).toEqual([
      'evalGateStats',
      'identity',
      'rows',
      'classification',
      'binaryScores',
    ])
    expect(serializeShardStats(parseShardStats(text, 'a.json'))).toBe(text)
  })

  it('keeps numbers to the bit, and non-finite sums as strings', () => {
    const regression = new RegressionAccumulator()
    regression.add(0.1, 0.30000000000000004)
    regression.add(-1e300, 1e300)
    const stats = shardStats({ identity: KINDS[2]!.identity, regression })
    const text = serializeShardStats(stats)
    expect(text).toContain('"squaredSum": ["Infinity"]')
    expect(parseShardStats(text, 'r.json')).toEqual(stats)
  })

  const bad = (text: string) => () => parseShardStats(text, 'shard-3.json')
  // A file edited by hand: any field may be changed to anything.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const edit = (change: (document: Record<string, any>) => void) => {
    const document = JSON.parse(serializeShardStats(small))
    change(document)
    return JSON.stringify(document)
  }

  it('refuses what is not a statistics file', () => {
    expect(bad('{"evalGateStats": 1,')).toThrowError(
      /^shard-3\.json:1: is not valid JSON: expected a quoted key at column 21$/,
    )
    expect(bad('{"rows": 3}')).toThrowError(
      'shard-3.json: is not an eval-gate statistics file: it has no "evalGateStats" version',
    )
  })

  it('refuses an unknown schema version', () => {
    expect(bad(edit((d) => (d.evalGateStats = 2)))).toThrowError(
      'shard-3.json at $.evalGateStats: statistics schema version 2 is not supported: this eval-gate reads version 1 (run the shard and merge jobs with the same eval-gate version)',
    )
  })

  it('names the JSON path of a bad field', () => {
    expect(bad(edit((d) => (d.classification.counts[0][1] = -1)))).toThrowError(
      'shard-3.json at $.classification.counts[0][1]: must be a count (a whole number ≥ 0), got -1',
    )
    expect(bad(edit((d) => d.classification.counts.pop()))).toThrowError(
      'shard-3.json at $.classification.counts: must have 2 rows, one per label, got 1',
    )
    expect(bad(edit((d) => d.classification.counts[1].push(0)))).toThrowError(
      'shard-3.json at $.classification.counts[1]: must have 2 counts, one per label, got 3',
    )
    expect(bad(edit((d) => (d.classification.total = 7)))).toThrowError(
      'shard-3.json at $.classification.total: is 7, but the counts add up to 6',
    )
    expect(bad(edit((d) => (d.classification.labels = ['1', '0'])))).toThrowError(
      `shard-3.json at $.classification.labels: must be in eval-gate's label order (scikit-learn's sorted order)`,
    )
    expect(bad(edit((d) => (d.binaryScores.runs.negatives[0] = 1.5)))).toThrowError(
      'shard-3.json at $.binaryScores.runs.negatives[0]: must be a count (a whole number ≥ 0), got 1.5',
    )
    expect(bad(edit((d) => d.binaryScores.runs.scores.reverse()))).toThrowError(
      /^shard-3\.json at \$\.binaryScores\.runs\.scores\[1\]: must be above the score before it/,
    )
    expect(bad(edit((d) => (d.binaryScores.logLoss = ['1'])))).toThrowError(
      'shard-3.json at $.binaryScores.logLoss[0]: must be a number, got a string',
    )
    expect(bad(edit((d) => (d.identity.task = 'ranking')))).toThrowError(
      'shard-3.json at $.identity.task: must be one of classification, regression, text, got a string',
    )
    expect(bad(edit((d) => (d.extra = 1)))).toThrowError('shard-3.json at $.extra: is not a known field')
    expect(bad(edit((d) => delete d.classification))).toThrowError(
      'shard-3.json at $.classification: is missing (task is classification)',
    )
  })
})

describe('incompatible shards are refused, naming both files', () => {
  const [multiclass, binary, regression] = KINDS as [Kind, Kind, Kind]
  const part = rows.slice(0, 50)
  const merge = (a: ShardStats, b: ShardStats) => () =>
    mergeShardStats([
      { file: 'a.json', stats: a },
      { file: 'b.json', stats: b },
    ])

  it('different task, metrics, positive label, score settings', () => {
    expect(merge(binary.accumulate(part), regression.accumulate(part))).toThrowError(
      'cannot merge the statistics of a.json and b.json: they were computed with different task ("classification" and "regression")',
    )
    const fewer = { ...binary.accumulate(part), identity: { ...binary.identity, metrics: ['accuracy'] } }
    expect(merge(binary.accumulate(part), fewer)).toThrowError(
      /different metrics \(\["accuracy","f1",.*\] and \["accuracy"\]\)$/,
    )
    const other = binary.accumulate(part)
    other.binaryScores!.positiveLabel = '0'
    expect(merge(binary.accumulate(part), other)).toThrowError(
      'cannot merge the statistics of a.json and b.json: their scores are for different positive classes ("1" and "0")',
    )
    const field = {
      ...binary.accumulate(part),
      identity: { ...binary.identity, scores: { kind: 'column' as const, field: 'p' } },
    }
    expect(merge(binary.accumulate(part), field)).toThrowError(
      /different score settings \(\{"kind":"column","field":"score"\} and \{"kind":"column","field":"p"\}\)$/,
    )
  })

  it('a different schema version or missing sections', () => {
    const future = { ...binary.accumulate(part), version: 2 } as unknown as ShardStats
    expect(merge(binary.accumulate(part), future)).toThrowError('they are of schema versions 1 and 2')
    const unscored = binary.accumulate(part)
    delete unscored.binaryScores
    expect(merge(binary.accumulate(part), unscored)).toThrowError(
      'cannot merge the statistics of a.json and b.json: a.json holds binaryScores statistics and b.json does not',
    )
    const classes = multiclass.accumulate(part)
    classes.multiclassScores!.classes = ['1', '2', '3', '10', '30']
    expect(merge(multiclass.accumulate(part), classes)).toThrowError(/their scores are for different classes/)
    expect(() => mergeShardStats([])).toThrowError('there are no statistics files to merge')
  })

  it('merged labels that contradict the shards are an error, not a guess', () => {
    const stats = binary.accumulate(rows.slice(0, 40).filter((row) => !row.binaryGold))
    stats.binaryScores!.positiveLabel = 'yes'
    expect(() => metricsFromShardStats(stats)).toThrowError(
      'the shards read the scores of the positive class "yes", but the merged labels make "1" the positive class; set positive-label',
    )
  })
})

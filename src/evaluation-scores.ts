import type { FoundFile } from './adapters/files.js'
import { parseScore, readFields, readJsonRecords, type RecordLocation } from './adapters/records.js'
import type { ConfusionMatrix } from './core/confusion.js'
import { InputError } from './core/errors.js'
import type { EvaluationSettings } from './core/evaluation-settings.js'
import { labelFromJson, sortLabels } from './core/labels.js'
import type { StatisticsSettings } from './core/settings.js'
import {
  BinaryScoreResampler,
  binaryScoreStandardErrors,
  formulaMethod,
  scoreBootstrapIntervals,
  type ErrorMethod,
  type ScoreInterval,
} from './core/stats/index.js'
import {
  BinaryScoreAccumulator,
  expandRuns,
  MulticlassLogLoss,
  multiclassScoreValues,
  needsOneVsRest,
  OneVsRestPass,
  sumsToOne,
  type ScoreData,
} from './core/metrics/scores.js'
import { formatOf } from './core/readers/index.js'
import { ownValue, setOwn } from './core/own.js'
import type { TaskShape } from './core/task.js'

// The choice of score metrics is pure; it lives in the core, where merged shard statistics need it too.
export { scoreMetricNames, type ScoreData } from './core/metrics/scores.js'

/** Metrics that read the scores as probabilities: each must lie in [0, 1]. */
const PROBABILITY_METRICS = ['log_loss', 'brier_score']

/** Score metrics with their statistics: standard errors of every tested metric, intervals of the resampled ones. */
export interface ScoreStatistics {
  values: Record<string, number>
  standardErrors: Record<string, number>
  /** How each standard error was computed. */
  methods: Record<string, ErrorMethod>
  /** Percentile intervals of the metrics without a formula (row bootstrap). */
  intervals: Record<string, ScoreInterval>
  /** Metrics without a standard error, and why. */
  untested: Record<string, string>
}

/**
 * Reads the scores of every row and computes the score metrics. The prediction files are read again (once, and
 * once more per class for one-vs-rest AUC), so memory stays at 8 bytes per row. Binary: ROC AUC's standard error
 * by DeLong, log_loss's and brier_score's as means of per-row terms, at any size; only average_precision (no
 * formula) resamples rows, within the bootstrap's budget.
 */
export async function scoreMetrics(
  settings: EvaluationSettings & { labelColumn: string },
  files: FoundFile[],
  task: TaskShape,
  matrix: ConfusionMatrix,
  wanted: string[],
  bootstrap?: Omit<StatisticsSettings, 'baselinePredictions' | 'significance'>,
): Promise<ScoreStatistics> {
  const none = { standardErrors: {}, methods: {}, intervals: {}, untested: {} }
  const data = await readScores(settings, files, task, matrix, wanted, (pass) => pass.result())
  if (data === undefined) return { values: {}, ...none }
  if (!bootstrap) return { values: scoreValues(data, wanted), ...none }
  if (data.kind === 'multiclass') {
    // log_loss is a mean of per-row losses; one-vs-rest AUC (a mean of correlated per-class AUCs) has no formula
    // here yet.
    const auc = wanted.filter((name) => name !== 'log_loss')
    const loss = wanted.filter((name) => name === 'log_loss')
    const budget = { rows: 0, samples: bootstrap.samples, what: 'score bootstrap' }
    const statistics = rowErrorStatistics(loss, { log_loss: data.logLoss.standardError }, budget, () => ({}))
    const untested = { ...fill(auc, 'one-vs-rest ROC AUC has no standard error yet'), ...statistics.untested }
    return { values: scoreValues(data, wanted), ...statistics, untested }
  }
  // Before scoreValues, which drains the accumulator's scores.
  const { runs } = data.accumulator.state()
  const statistics = rowErrorStatistics(
    wanted,
    binaryScoreStandardErrors(runs),
    { rows: data.accumulator.rows, samples: bootstrap.samples, what: 'score bootstrap' },
    (metrics) => {
      const { positives, negatives } = expandRuns(runs)
      const resampler = BinaryScoreResampler.fromScores(positives, negatives)
      return scoreBootstrapIntervals(resampler, { ...bootstrap, metrics })
    },
  )
  const values = scoreValues(data, wanted)
  for (const [name, interval] of Object.entries(statistics.intervals)) interval.estimate = values[name]!
  return { values, ...statistics }
}

/**
 * The standard errors of metrics computed from rows (score, regression, text): from `formulas` where a formula
 * exists (formulaMethod), at any size; the others by `resample` (a row bootstrap of those metrics) while rows ×
 * resamples stays within the budget, else untested with the reason. Intervals are the bootstrap's; a metric with a
 * formula gets its normal interval from its standard error (significance.ts).
 */
export function rowErrorStatistics(
  wanted: readonly string[],
  formulas: Record<string, number>,
  budget: { rows: number; samples: number; what: string },
  resample: (metrics: string[]) => Record<string, ScoreInterval>,
): Omit<ScoreStatistics, 'values'> {
  const statistics: Omit<ScoreStatistics, 'values'> = {
    standardErrors: {},
    methods: {},
    intervals: {},
    untested: {},
  }
  for (const name of wanted) {
    const method = formulaMethod(name)
    const error = ownValue(formulas, name)
    if (method === undefined || error === undefined) continue
    // NaN: too few rows, or (r2) gold values all equal; a baseline must never store it (JSON would write null).
    if (Number.isFinite(error)) setOwn(statistics.standardErrors, name, error)
    else statistics.untested[name] = NO_SPREAD
    statistics.methods[name] = method
  }
  const resampled = wanted.filter((name) => formulaMethod(name) === undefined)
  if (resampled.length === 0) return statistics
  const { rows, samples, what } = budget
  if (rows * samples > MAX_RESAMPLED_SCORE_ROWS) {
    const reason = `${rows.toLocaleString('en-US')} rows × ${samples.toLocaleString('en-US')} resamples is beyond the ${what}'s budget`
    statistics.untested = fill(resampled, reason)
    return statistics
  }
  for (const [name, interval] of Object.entries(resample(resampled))) {
    statistics.methods[name] = 'bootstrap'
    if (!Number.isFinite(interval.standardError)) {
      statistics.untested[name] = NO_SPREAD
      continue
    }
    statistics.intervals[name] = interval
    setOwn(statistics.standardErrors, name, interval.standardError)
  }
  return statistics
}

const NO_SPREAD = 'the rows give no spread to estimate a standard error from'

function fill(names: readonly string[], reason: string): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, reason]))
}

/**
 * Score metrics without a formula (average_precision) resample rows, so their bootstrap costs rows × resamples:
 * beyond this they get no interval or test, rather than stall the run.
 */
export const MAX_RESAMPLED_SCORE_ROWS = 200_000_000

/** The wanted score metrics of what `readScores` read. */
export function scoreValues(
  data: ScoreData<{ auc: number; support: number }>,
  wanted: string[],
): Record<string, number> {
  return data.kind === 'binary'
    ? data.accumulator.result(wanted, data.positiveLabel)
    : multiclassScoreValues(wanted, data.perClass, data.logLoss)
}

/**
 * Reads the scores of every row for the `wanted` score metrics (undefined when none is wanted). Each class's
 * one-vs-rest pass is handed to `summarize` as soon as it is read (its AUC for a gate, its runs for a shard), so
 * only one class's scores are held at a time.
 */
export async function readScores<PerClass>(
  settings: EvaluationSettings & { labelColumn: string },
  files: FoundFile[],
  task: TaskShape,
  matrix: ConfusionMatrix,
  wanted: string[],
  summarize: (pass: OneVsRestPass) => PerClass,
): Promise<ScoreData<PerClass> | undefined> {
  if (task.kind !== 'binary' && settings.scoreColumn !== undefined) {
    throw new InputError(
      `input "score-column" gives one score per row, for a binary task; this task has ${matrix.labels.length} labels: name one score field per class with "score-columns"`,
    )
  }
  if (wanted.length === 0) return undefined
  const probabilities = wanted.some((name) => PROBABILITY_METRICS.includes(name))
  if (task.kind === 'binary') {
    const positive = task.positiveLabel!
    const source = binarySource(settings, matrix, positive)
    // The matrix counts each class's rows: the scores fill arrays of exactly that size, never copied.
    const g = matrix.labels.indexOf(positive)
    const positives = g < 0 ? 0 : matrix.counts[g]!.reduce((sum, count) => sum + count, 0)
    const accumulator = new BinaryScoreAccumulator({ positives, negatives: matrix.total - positives })
    await forEachRow(files, settings.labelColumn, source, (gold, [score], where) => {
      if (probabilities) checkProbability(score!, where, source.fields[0]!)
      accumulator.add(gold === positive, score!)
    })
    return { kind: 'binary', positiveLabel: positive, accumulator }
  }

  // scikit-learn's classes for multiclass scores are those of the gold labels, one score column each.
  const classes = matrix.labels.filter((_, g) => matrix.counts[g]!.some((count) => count > 0))
  const source = multiclassSource(settings, classes)
  const index = new Map(classes.map((label, k) => [label, k]))
  const needsSum = needsOneVsRest(wanted)
  const loss = new MulticlassLogLoss()
  await forEachRow(files, settings.labelColumn, source, (gold, scores, where) => {
    if (probabilities) scores.forEach((score, k) => checkProbability(score, where, source.fields[k]!))
    if (needsSum && !sumsToOne(scores)) {
      throw new InputError(
        `the class scores sum to ${scores.reduce((a, b) => a + b, 0)}, not 1: one-vs-rest ROC AUC needs probabilities (as scikit-learn)`,
        where,
      )
    }
    loss.add(scores, index.get(gold)!)
  })
  if (!needsSum) return { kind: 'multiclass', classes, logLoss: loss }
  const perClass: PerClass[] = []
  for (const [k, label] of classes.entries()) {
    const pass = new OneVsRestPass()
    await forEachRow(files, settings.labelColumn, source, (gold, scores) =>
      pass.add(gold === label, scores[k]!),
    )
    perClass.push(summarize(pass))
  }
  return { kind: 'multiclass', classes, logLoss: loss, perClass }
}

/** Where the scores of a row are: named fields (one per wanted class), or one field holding an array. */
interface ScoreSource {
  /** Fields, for messages: the score fields, or the array field once per class. */
  fields: string[]
  /** Array field: the positions to take, in order. */
  array?: { field: string; positions: number[]; length: number }
}

function binarySource(settings: EvaluationSettings, matrix: ConfusionMatrix, positive: string): ScoreSource {
  if (settings.scoreColumn !== undefined) return { fields: [settings.scoreColumn] }
  const columns = settings.scoreColumns!
  if (columns.kind === 'array') {
    const labels =
      matrix.labels.length === 2 ? matrix.labels : sortLabels(new Set([...matrix.labels, positive]))
    return {
      fields: [columns.field],
      array: { field: columns.field, positions: [labels.indexOf(positive)], length: 2 },
    }
  }
  const field = columns.columns.find(([label]) => label === positive)?.[1]
  if (field === undefined) {
    throw new InputError(
      `input "score-columns" names no field for the positive class ${JSON.stringify(positive)} (it names ${columns.columns.map(([l]) => JSON.stringify(l)).join(', ')})`,
    )
  }
  return { fields: [field] }
}

function multiclassSource(settings: EvaluationSettings, classes: string[]): ScoreSource {
  const columns = settings.scoreColumns!
  if (columns.kind === 'array') {
    return {
      fields: classes.map(() => columns.field),
      array: { field: columns.field, positions: classes.map((_, k) => k), length: classes.length },
    }
  }
  const named = new Map(columns.columns)
  const missing = classes.filter((label) => !named.has(label))
  const extra = columns.columns.map(([label]) => label).filter((label) => !classes.includes(label))
  if (missing.length > 0 || extra.length > 0) {
    const parts = [
      missing.length ? `no field for ${missing.map((l) => JSON.stringify(l)).join(', ')}` : '',
      extra.length ? `${extra.map((l) => JSON.stringify(l)).join(', ')} never a gold label` : '',
    ].filter(Boolean)
    throw new InputError(
      `input "score-columns" must name one field per class of the gold labels (${classes.map((l) => JSON.stringify(l)).join(', ')}): ${parts.join('; ')}`,
    )
  }
  return { fields: classes.map((label) => named.get(label)!) }
}

/** Calls `onRow` with each row's gold label and its scores (in the source's order), checked to be numbers. */
async function forEachRow(
  files: FoundFile[],
  labelColumn: string,
  source: ScoreSource,
  onRow: (gold: string, scores: number[], where: RecordLocation) => void,
): Promise<void> {
  const array = source.array
  if (!array) {
    await readFields(files, [labelColumn, ...source.fields], (values, where) => {
      const scores = values.slice(1).map((text, k) => parseScore(text, where, source.fields[k]!))
      onRow(values[0]!, scores, where)
    })
    return
  }
  const take = (raw: unknown, gold: string, where: RecordLocation) => {
    const at = { ...where, field: array.field }
    let list = raw
    if (typeof raw === 'string') {
      try {
        list = JSON.parse(raw)
      } catch {
        throw new InputError('expected a JSON array of scores', at)
      }
    }
    if (!Array.isArray(list) || list.length !== array.length) {
      throw new InputError(`expected an array of ${array.length} scores, one per class in sorted order`, at)
    }
    const scores = array.positions.map((position) => {
      const score = list[position]
      if (typeof score !== 'number' || !Number.isFinite(score)) {
        throw new InputError(`score ${position} is not a finite number`, at)
      }
      return score
    })
    onRow(gold, scores, where)
  }
  for (const file of files) {
    const format = formatOf(file.shown)
    if (format === 'json' || format === 'jsonl') {
      await readJsonRecords(file, (record, where) => {
        if (typeof record !== 'object' || record === null || Array.isArray(record))
          throw new InputError('expected a JSON object', where)
        const fields = record as Record<string, unknown>
        const gold = labelFromJson(Object.hasOwn(fields, labelColumn) ? fields[labelColumn] : undefined, {
          ...where,
          field: labelColumn,
        })
        take(Object.hasOwn(fields, array.field) ? fields[array.field] : undefined, gold, where)
      })
    } else {
      await readFields([file], [labelColumn, array.field], (values, where) =>
        take(values[1], values[0]!, where),
      )
    }
  }
}

function checkProbability(score: number, where: RecordLocation, field: string): void {
  if (score < 0 || score > 1) {
    throw new InputError(
      `probability ${score} is outside [0, 1] (log_loss and brier_score need probabilities)`,
      {
        ...where,
        field,
      },
    )
  }
}

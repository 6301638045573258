import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  averageAuc,
  averagePrecision,
  BinaryScoreAccumulator,
  MulticlassLogLoss,
  OneVsRestPass,
  rocAuc,
} from '../src/core/metrics/scores.js'
import {
  BinaryScoreResampler,
  MulticlassScoreResampler,
  percentileInterval,
  Random,
  scoreBootstrapIntervals,
  standardDeviation,
} from '../src/core/stats/index.js'

interface Summary {
  lower: number
  upper: number
  standardError: number
  undefined: number
}
interface Reference {
  sklearn_version: string
  confidence: number
  binary: {
    positive: number[]
    score: number[]
    resamples: number[][]
    metrics: Record<string, (number | null)[]>
    intervals: Record<string, Summary>
  }
  multiclass: {
    gold: number[]
    probabilities: number[][]
    resamples: number[][]
    metrics: Record<string, (number | null)[]>
    intervals: Record<string, Summary>
  }
}

/** scikit-learn's values on resamples given as index lists (scripts/make-score-bootstrap-vectors.py). */
const reference = JSON.parse(
  readFileSync(new URL('./fixtures/stats/score-bootstrap.json', import.meta.url), 'utf8'),
) as Reference

function close(actual: number, expected: number, tolerance = 1e-12): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected)),
  )
}

/** Row multiplicities of a resample given as indices. */
function multiplicities(indices: readonly number[], rows: number): Int32Array {
  const counts = new Int32Array(rows)
  for (const i of indices) counts[i]!++
  return counts
}

/** A binary data set with ties within and across classes, and scores of exactly 0 and 1. */
function binaryData(n: number, seed: number) {
  const random = new Random(seed)
  const positive = Array.from({ length: n }, () => random.nextDouble() < 0.3)
  const score = positive.map((p) => {
    const raw = (p ? 0.6 : 0.4) + (random.nextDouble() - 0.5) * 0.9
    return Math.round(Math.min(1, Math.max(0, raw)) * 50) / 50
  })
  return { positive, score }
}

/** The binary metrics of explicit rows, by the single-run code. */
function binaryMetrics(positive: boolean[], score: number[]): Record<string, number> {
  const accumulator = new BinaryScoreAccumulator()
  positive.forEach((p, i) => accumulator.add(p, score[i]!))
  return accumulator.result(['roc_auc', 'average_precision', 'log_loss', 'brier_score'], '1')
}

/** A multiclass data set: per class a probability column (rows sum to 1), with repeated rows for ties. */
function multiclassData(n: number, classes: number, seed: number) {
  const random = new Random(seed)
  const gold = Array.from({ length: n }, () => Math.floor(random.nextDouble() * classes))
  const rows = gold.map((g) => {
    const weights = Array.from(
      { length: classes },
      (_, k) => 1 + Math.floor(random.nextDouble() * 8) + (k === g ? 4 : 0),
    )
    const total = weights.reduce((a, b) => a + b, 0)
    return weights.map((w) => w / total)
  })
  const scores = Array.from({ length: classes }, (_, k) => rows.map((row) => row[k]!))
  return { gold, rows, scores }
}

/** The multiclass metrics of explicit rows, by the single-run code. */
function multiclassMetrics(gold: number[], rows: number[][], classes: number): Record<string, number> {
  const loss = new MulticlassLogLoss()
  gold.forEach((g, i) => loss.add(rows[i]!, g))
  const perClass = Array.from({ length: classes }, (_, k) => {
    const pass = new OneVsRestPass()
    gold.forEach((g, i) => pass.add(g === k, rows[i]![k]!))
    return pass.result()
  })
  const { macro, weighted } = averageAuc(perClass)
  return { roc_auc_ovr_macro: macro, roc_auc_ovr_weighted: weighted, log_loss: loss.value }
}

describe('weighted score metrics', () => {
  it('with every multiplicity 1, are rocAuc and averagePrecision to the bit', () => {
    const { positive, score } = binaryData(5000, 1)
    const resampler = new BinaryScoreResampler(score, positive)
    const ours = resampler.metrics(new Int32Array(5000).fill(1))
    const positives = Float64Array.from(score.filter((_, i) => positive[i]))
    const negatives = Float64Array.from(score.filter((_, i) => !positive[i]))
    expect(ours.roc_auc).toBe(rocAuc(positives, negatives))
    expect(ours.average_precision).toBe(averagePrecision(positives, negatives))
    const single = binaryMetrics(positive, score)
    close(ours.log_loss!, single.log_loss!)
    close(ours.brier_score!, single.brier_score!)
    // Built from what the score path holds (positives and negatives apart), the same.
    const fromScores = BinaryScoreResampler.fromScores(positives, negatives)
    expect(fromScores.metrics(new Int32Array(5000).fill(1))).toEqual(ours)
  })

  it('with every multiplicity 1, are the one-vs-rest AUCs of averageAuc to the bit', () => {
    const { gold, rows, scores } = multiclassData(3000, 4, 2)
    const ours = new MulticlassScoreResampler(gold, scores).metrics(new Int32Array(3000).fill(1))
    const single = multiclassMetrics(gold, rows, 4)
    expect(ours.roc_auc_ovr_macro).toBe(single.roc_auc_ovr_macro)
    expect(ours.roc_auc_ovr_weighted).toBe(single.roc_auc_ovr_weighted)
    close(ours.log_loss!, single.log_loss!)
  })

  it('equal the metrics of the explicitly resampled rows, on the same indices', () => {
    const random = new Random(3)
    const { positive, score } = binaryData(300, 4)
    const binary = new BinaryScoreResampler(score, positive)
    const multi = multiclassData(200, 3, 5)
    const multiclass = new MulticlassScoreResampler(multi.gold, multi.scores)
    for (let b = 0; b < 30; b++) {
      const indices = Array.from({ length: 300 }, () => Math.floor(random.nextDouble() * 300))
      const ours = binary.metrics(multiplicities(indices, 300))
      const explicit = binaryMetrics(
        indices.map((i) => positive[i]!),
        indices.map((i) => score[i]!),
      )
      expect(ours.roc_auc).toBe(explicit.roc_auc)
      expect(ours.average_precision).toBe(explicit.average_precision)
      close(ours.log_loss!, explicit.log_loss!)
      close(ours.brier_score!, explicit.brier_score!)

      const rows = Array.from({ length: 200 }, () => Math.floor(random.nextDouble() * 200))
      const mine = multiclass.metrics(multiplicities(rows, 200))
      const theirs = multiclassMetrics(
        rows.map((i) => multi.gold[i]!),
        rows.map((i) => multi.rows[i]!),
        3,
      )
      expect(mine.roc_auc_ovr_macro).toBe(theirs.roc_auc_ovr_macro)
      expect(mine.roc_auc_ovr_weighted).toBe(theirs.roc_auc_ovr_weighted)
      close(mine.log_loss!, theirs.log_loss!)
    }
  })
})

describe('against scikit-learn on the same resampled indices', () => {
  it('uses the fixture made with scikit-learn 1.2.1', () => {
    expect(reference.sklearn_version).toBe('1.2.1')
    expect(reference.binary.resamples).toHaveLength(60)
  })

  const cases = [
    [
      'binary',
      reference.binary,
      new BinaryScoreResampler(reference.binary.score, reference.binary.positive),
    ] as const,
    [
      'multiclass',
      reference.multiclass,
      new MulticlassScoreResampler(reference.multiclass.gold, reference.multiclass.probabilities),
    ] as const,
  ]

  it.each(cases)(
    '%s: every replicate, the percentile interval and the standard error',
    (_, data, resampler) => {
      const replicates = data.resamples.map((indices) =>
        resampler.metrics(multiplicities(indices, resampler.rows)),
      )
      for (const [name, expected] of Object.entries(data.metrics)) {
        expected.forEach((value, b) => {
          if (value === null) expect(replicates[b]![name]).toBeNaN()
          else close(replicates[b]![name]!, value)
        })
        const defined = replicates.map((values) => values[name]!).filter((value) => !Number.isNaN(value))
        const { lower, upper } = percentileInterval(defined, reference.confidence, 0)
        const summary = data.intervals[name]!
        close(lower, summary.lower)
        close(upper, summary.upper)
        close(standardDeviation(defined), summary.standardError)
        expect(data.resamples.length - defined.length).toBe(summary.undefined)
      }
    },
  )
})

describe('scoreBootstrapIntervals', () => {
  const { positive, score } = binaryData(2000, 6)
  const resampler = new BinaryScoreResampler(score, positive)

  it('gives an interval around the full-data estimate, with its standard error', () => {
    const intervals = scoreBootstrapIntervals(resampler, { samples: 400, seed: 'pr-12' })
    const single = binaryMetrics(positive, score)
    expect(Object.keys(intervals)).toEqual(['roc_auc', 'average_precision', 'log_loss', 'brier_score'])
    expect(intervals.roc_auc!.estimate).toBe(single.roc_auc)
    expect(intervals.average_precision!.estimate).toBe(single.average_precision)
    for (const interval of Object.values(intervals)) {
      expect(interval.lower).toBeLessThan(interval.estimate)
      expect(interval.upper).toBeGreaterThan(interval.estimate)
      expect(interval.standardError).toBeGreaterThan(0)
      // A 95 % percentile interval spans about 2 × 1.96 standard errors.
      expect((interval.upper - interval.lower) / interval.standardError).toBeGreaterThan(3)
      expect((interval.upper - interval.lower) / interval.standardError).toBeLessThan(4.8)
      expect(interval.undefinedResamples).toBe(0)
    }
  })

  it('is reproducible for a seed and takes the metrics asked for', () => {
    const options = { samples: 200, seed: 7, metrics: ['roc_auc'] }
    const first = scoreBootstrapIntervals(resampler, options)
    expect(scoreBootstrapIntervals(resampler, options)).toEqual(first)
    expect(Object.keys(first)).toEqual(['roc_auc'])
    expect(scoreBootstrapIntervals(resampler, { ...options, seed: 8 }).roc_auc!.lower).not.toBe(
      first.roc_auc!.lower,
    )
  })

  it('leaves out the resamples where a metric is undefined, and counts them', () => {
    // One positive among 30 rows: about a third of the resamples draw no positive at all.
    const tiny = new BinaryScoreResampler(
      Array.from({ length: 30 }, (_, i) => i / 30),
      Array.from({ length: 30 }, (_, i) => i === 20),
    )
    const { roc_auc: auc, brier_score: brier } = scoreBootstrapIntervals(tiny, { samples: 300, seed: 1 })
    expect(auc!.undefinedResamples).toBeGreaterThan(50)
    expect(auc!.undefinedResamples).toBeLessThan(160)
    expect(Number.isFinite(auc!.lower)).toBe(true)
    expect(brier!.undefinedResamples).toBe(0)
  })

  it('refuses the options bootstrapIntervals refuses', () => {
    expect(() => scoreBootstrapIntervals(resampler, { samples: 50 })).toThrowError(
      'bootstrap samples must be an integer ≥ 100, got 50',
    )
    expect(() => scoreBootstrapIntervals(resampler, { confidence: 1 })).toThrowError(
      'confidence must be in (0, 1), got 1',
    )
  })

  it('multiclass: one-vs-rest AUC and log loss', () => {
    const { gold, rows, scores } = multiclassData(1500, 5, 9)
    const intervals = scoreBootstrapIntervals(new MulticlassScoreResampler(gold, scores), { samples: 200 })
    const single = multiclassMetrics(gold, rows, 5)
    expect(intervals.roc_auc_ovr_macro!.estimate).toBe(single.roc_auc_ovr_macro)
    for (const interval of Object.values(intervals)) {
      expect(interval.lower).toBeLessThan(interval.estimate)
      expect(interval.upper).toBeGreaterThan(interval.estimate)
    }
  })
})

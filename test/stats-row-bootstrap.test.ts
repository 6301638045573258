import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RegressionAccumulator } from '../src/core/metrics/regression.js'
import { contains, exactMatch, TextAccumulator, tokenF1 } from '../src/core/metrics/text.js'
import {
  percentileInterval,
  Random,
  RegressionResampler,
  rowBootstrapIntervals,
  standardDeviation,
  TextResampler,
} from '../src/core/stats/index.js'
import { drawMultiplicities, ERROR_METRICS, REGRESSION_METRICS } from '../src/core/stats/row-bootstrap.js'

interface Summary {
  lower: number
  upper: number
  standardError: number
  undefined: number
}
interface Case {
  resamples: number[][]
  metrics: Record<string, (number | null)[]>
  intervals: Record<string, Summary>
}
interface Reference {
  sklearn_version: string
  confidence: number
  regression: Case & { gold: number[]; predicted: number[] }
  regressionSmall: Case & { gold: number[]; predicted: number[] }
  text: Case & { exactMatch: number[]; tokenF1: number[]; contains: number[] }
}

/** scikit-learn's and numpy's values on resamples given as index lists (scripts/make-row-bootstrap-vectors.py). */
const reference = JSON.parse(
  readFileSync(new URL('./fixtures/stats/row-bootstrap.json', import.meta.url), 'utf8'),
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

/** Regression rows: gaussian gold values around `offset`, errors with ties and zeros, optional outliers. */
function regressionData(n: number, seed: number, offset = 0, outliers = 0) {
  const random = new Random(seed)
  const normal = () =>
    Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble())
  const gold = Array.from({ length: n }, (_, i) =>
    i < outliers ? 1e6 : offset + Math.round(normal() * 400) / 100,
  )
  const predicted = gold.map((y, i) => (i % 7 === 0 ? y : i % 5 === 0 ? y + 0.5 : y + normal() * 1.5))
  return { gold, predicted }
}

/** The metrics of explicit rows, by the single-run code. */
function accumulatorMetrics(gold: readonly number[], predicted: readonly number[]): Record<string, number> {
  const accumulator = new RegressionAccumulator()
  gold.forEach((y, i) => accumulator.add(y, predicted[i]!))
  return accumulator.result().values
}

/** Asserts weighted metrics equal the accumulator's: bit for bit where no sum is involved, else to 1e-12. */
function expectRegressionEqual(
  actual: Record<string, number>,
  expected: Record<string, number>,
  gold: number[],
) {
  expect(actual.max_error).toBe(expected.max_error)
  expect(actual.median_absolute_error).toBe(expected.median_absolute_error)
  for (const name of ['mae', 'mse', 'rmse', 'mape']) close(actual[name]!, expected[name]!)
  // r2 is left undefined where every gold value is equal (the accumulator forces 1 or 0 there, as scikit-learn).
  if (new Set(gold).size === 1) expect(actual.r2).toBeNaN()
  else close(actual.r2!, expected.r2!)
}

describe('row bootstrap: scikit-learn and numpy on the same index lists', () => {
  it('was generated with scikit-learn 1.2.1', () => {
    expect(reference.sklearn_version).toBe('1.2.1')
    expect(reference.regression.resamples).toHaveLength(50)
  })

  it.each(['regression', 'regressionSmall'] as const)('%s: every metric on every resample', (name) => {
    const data = reference[name]
    const accumulator = new RegressionAccumulator({ keepRows: true })
    data.gold.forEach((y, i) => accumulator.add(y, data.predicted[i]!))
    for (const resampler of [
      RegressionResampler.fromPairs(data.gold, data.predicted),
      RegressionResampler.fromAccumulator(accumulator),
    ]) {
      const replicates: Record<string, number[]> = {}
      data.resamples.forEach((indices, b) => {
        const values = resampler.metrics(multiplicities(indices, data.gold.length))
        for (const metric of REGRESSION_METRICS) {
          const expected = data.metrics[metric]![b]!
          if (expected === null) expect(values[metric], `${metric} #${b}`).toBeNaN()
          else close(values[metric]!, expected)
          ;(replicates[metric] ??= []).push(values[metric]!)
        }
      })
      for (const metric of REGRESSION_METRICS) {
        const defined = replicates[metric]!.filter((value) => !Number.isNaN(value))
        const summary = data.intervals[metric]!
        const { lower, upper } = percentileInterval(defined, reference.confidence, 0)
        close(lower, summary.lower)
        close(upper, summary.upper)
        close(standardDeviation(defined), summary.standardError)
        expect(data.resamples.length - defined.length).toBe(summary.undefined)
      }
    }
    if (name === 'regressionSmall') expect(data.intervals.r2!.undefined).toBeGreaterThan(0)
  })

  it('text: the means of the per-row scores on every resample', () => {
    const data = reference.text
    const resampler = new TextResampler(data.exactMatch, data.tokenF1, data.contains)
    const replicates: Record<string, number[]> = {}
    data.resamples.forEach((indices, b) => {
      const values = resampler.metrics(multiplicities(indices, data.exactMatch.length))
      for (const metric of resampler.metricNames) {
        close(values[metric]!, data.metrics[metric]![b]!)
        ;(replicates[metric] ??= []).push(values[metric]!)
      }
    })
    for (const metric of resampler.metricNames) {
      const summary = data.intervals[metric]!
      const { lower, upper } = percentileInterval(replicates[metric]!, reference.confidence, 0)
      close(lower, summary.lower)
      close(upper, summary.upper)
      close(standardDeviation(replicates[metric]!), summary.standardError)
    }
  })
})

describe('RegressionResampler against RegressionAccumulator', () => {
  const sets = [
    ['odd rows', regressionData(301, 1)],
    ['even rows over several blocks', regressionData(1000, 2)],
    ['far from zero', regressionData(777, 3, 1e6)],
    ['a few huge gold values', regressionData(600, 4, 0, 3)],
    ['one row', { gold: [4], predicted: [1.5] }],
  ] as const

  it.each(sets)('%s: all multiplicities 1 give the accumulator result', (_, { gold, predicted }) => {
    const expected = accumulatorMetrics(gold, predicted)
    const actual = RegressionResampler.fromPairs(gold, predicted).metrics(new Int32Array(gold.length).fill(1))
    expectRegressionEqual(actual, expected, [...gold])
  })

  it.each(sets)('%s: explicit resamples give the metrics of the resampled rows', (_, { gold, predicted }) => {
    const resampler = RegressionResampler.fromPairs(gold, predicted)
    const random = new Random(11)
    const n = gold.length
    for (let b = 0; b < 40; b++) {
      // Some resamples of other sizes and with rows left out, as well as bootstrap ones.
      const size = b % 4 === 3 ? 1 + Math.floor(random.nextDouble() * n) : n
      const indices = Array.from({ length: size }, () => Math.floor(random.nextDouble() * n))
      const expected = accumulatorMetrics(
        indices.map((i) => gold[i]!),
        indices.map((i) => predicted[i]!),
      )
      const actual = resampler.metrics(multiplicities(indices, n))
      expectRegressionEqual(
        actual,
        expected,
        indices.map((i) => gold[i]!),
      )
    }
  })

  it('leaves r2 undefined, and counts it, where a resample draws equal gold values only', () => {
    const gold = [3, 3, 3, 3, 3, 3, 3, 9]
    const predicted = [2, 3.5, 3, 4, 3, 2.5, 3, 8]
    const resampler = RegressionResampler.fromPairs(gold, predicted)
    expect(resampler.metrics(multiplicities([0, 1, 2, 0, 1, 2, 3, 4], 8)).r2).toBeNaN()
    const intervals = rowBootstrapIntervals(resampler, { samples: 2000, seed: 5 })
    // P(row 7 never drawn) = (7/8)^8 ≈ 0.344: 688 ± 4 standard deviations (21).
    expect(Math.abs(intervals.r2!.undefinedResamples - 688)).toBeLessThan(85)
    expect(intervals.mae!.undefinedResamples).toBe(0)
    expect(intervals.r2!.lower).toBeLessThanOrEqual(intervals.r2!.upper)
  })

  it('with the sorted errors alone (a merged shard state), gives the metrics that need no gold', () => {
    const { gold, predicted } = regressionData(250, 6)
    const accumulator = new RegressionAccumulator()
    gold.forEach((y, i) => accumulator.add(y, predicted[i]!))
    const resampler = RegressionResampler.fromState(accumulator.state())
    expect(resampler.metricNames).toEqual(ERROR_METRICS)
    const expected = accumulator.result().values
    const actual = resampler.metrics(new Int32Array(250).fill(1))
    expect(actual.max_error).toBe(expected.max_error)
    expect(actual.median_absolute_error).toBe(expected.median_absolute_error)
    for (const name of ['mae', 'mse', 'rmse']) close(actual[name]!, expected[name]!)
    expect(() => resampler.metrics(new Int32Array(250).fill(1), ['r2'])).toThrow(/keepRows/)
  })
})

describe('keepRows', () => {
  it('leaves RegressionAccumulator results and state bit for bit as they were', () => {
    const { gold, predicted } = regressionData(70_000, 7)
    const plain = new RegressionAccumulator()
    const keeping = new RegressionAccumulator({ keepRows: true })
    gold.forEach((y, i) => {
      plain.add(y, predicted[i]!)
      keeping.add(y, predicted[i]!)
    })
    // 70,000 rows: more than one chunk of the columns. (Compared as JSON: toEqual is slow on arrays this long.)
    expect(JSON.stringify(keeping.state())).toBe(JSON.stringify(plain.state()))
    const before = keeping.rowValues()
    expect(keeping.result()).toEqual(plain.result())
    const after = keeping.rowValues()
    expect(after.gold).toEqual(Float64Array.from(gold))
    expect(after.absoluteErrors).toEqual(Float64Array.from(gold, (y, i) => Math.abs(predicted[i]! - y)))
    expect(before).toEqual(after)
    expect(() => plain.rowValues()).toThrow(/keepRows/)
  })

  it('keeps each text row scores, and leaves TextAccumulator results and state as they were', () => {
    const rows: [string, string[]][] = [
      ['The Eiffel Tower', ['eiffel tower']],
      ['Paris, France', ['Paris', 'Lyon']],
      ['nothing', ['something else']],
      ['a b c d', ['b c', 'c d e']],
      ['', ['x']],
    ]
    const plain = new TextAccumulator()
    const keeping = new TextAccumulator({ keepRows: true })
    for (let k = 0; k < 300; k++)
      for (const [output, golds] of rows) {
        plain.add(output, golds)
        keeping.add(output, golds)
      }
    expect(keeping.state()).toEqual(plain.state())
    expect(keeping.result()).toEqual(plain.result())
    const kept = keeping.rowValues()
    expect(kept.tokenF1).toHaveLength(1500)
    rows.forEach(([output, golds], i) => {
      expect(kept.exactMatch[i]).toBe(Math.max(...golds.map((g) => exactMatch(output, g))))
      expect(kept.tokenF1[i]).toBe(Math.max(...golds.map((g) => tokenF1(output, g))))
      expect(kept.contains[i]).toBe(Math.max(...golds.map((g) => contains(output, g))))
    })
    const resampler = TextResampler.fromAccumulator(keeping)
    const values = resampler.metrics(new Int32Array(1500).fill(1))
    const expected = plain.result().values
    expect(values.exact_match).toBe(expected.exact_match)
    expect(values.contains).toBe(expected.contains)
    close(values.token_f1!, expected.token_f1!)
    expect(() => plain.rowValues()).toThrow(/keepRows/)
  })
})

describe('rowBootstrapIntervals', () => {
  it('is reproducible, centred on the estimates, and validates its options', () => {
    const { gold, predicted } = regressionData(400, 8)
    const resampler = RegressionResampler.fromPairs(gold, predicted)
    const a = rowBootstrapIntervals(resampler, { samples: 300, seed: 'pr-3' })
    expect(rowBootstrapIntervals(resampler, { samples: 300, seed: 'pr-3' })).toEqual(a)
    expect(Object.keys(a)).toEqual([...REGRESSION_METRICS])
    const expected = accumulatorMetrics(gold, predicted)
    for (const [name, interval] of Object.entries(a)) {
      close(interval.estimate, expected[name]!)
      expect(interval.lower).toBeLessThanOrEqual(interval.upper)
      expect(interval.standardError).toBeGreaterThan(0)
      expect(interval.undefinedResamples).toBe(0)
    }
    expect(Object.keys(rowBootstrapIntervals(resampler, { samples: 100, metrics: ['mae'] }))).toEqual(['mae'])
    expect(() => rowBootstrapIntervals(resampler, { samples: 99 })).toThrow(RangeError)
    expect(() => rowBootstrapIntervals(resampler, { confidence: 1 })).toThrow(RangeError)
    expect(() => rowBootstrapIntervals(resampler, { metrics: ['accuracy'] })).toThrow(/cannot resample/)
  })

  it('gives the standard errors the theory says: mae ≈ sd(|e|)/√n, a mean of 0/1 ≈ √(p(1−p)/n)', () => {
    const { gold, predicted } = regressionData(5000, 9)
    const errors = gold.map((y, i) => Math.abs(predicted[i]! - y))
    const mean = errors.reduce((s, e) => s + e, 0) / errors.length
    const sd = Math.sqrt(errors.reduce((s, e) => s + (e - mean) ** 2, 0) / errors.length)
    const regression = rowBootstrapIntervals(RegressionResampler.fromPairs(gold, predicted), { samples: 600 })
    expect(regression.mae!.standardError / (sd / Math.sqrt(5000))).toBeGreaterThan(0.88)
    expect(regression.mae!.standardError / (sd / Math.sqrt(5000))).toBeLessThan(1.12)
    // Few distinct rows: the multinomial over groups. Many: rows drawn one by one. Same distribution.
    const n = 4000
    const random = new Random(3)
    const exact = Array.from({ length: n }, () => (random.nextDouble() < 0.3 ? 1 : 0))
    const theory = Math.sqrt((0.3 * 0.7) / n)
    for (const f1 of [exact.map((e) => (e ? 1 : 0.5)), exact.map((e) => (e ? 1 : random.nextDouble()))]) {
      const text = rowBootstrapIntervals(new TextResampler(exact, f1, exact), { samples: 600, seed: 2 })
      expect(text.exact_match!.standardError / theory).toBeGreaterThan(0.88)
      expect(text.exact_match!.standardError / theory).toBeLessThan(1.12)
      expect(text.contains!.standardError).toBe(text.exact_match!.standardError)
    }
  })
})

describe('drawMultiplicities', () => {
  it.each([1, 7, 256, 300, 1000])('draws %i rows uniformly with replacement', (n) => {
    const random = new Random(n)
    const counts = new Int32Array(n)
    const totals = new Float64Array(n)
    const resamples = 2000
    for (let b = 0; b < resamples; b++) {
      drawMultiplicities(random, counts)
      let sum = 0
      for (let i = 0; i < n; i++) {
        sum += counts[i]!
        totals[i]! += counts[i]!
      }
      expect(sum).toBe(n)
    }
    // Each row's total is Binomial(n·B, 1/n): mean B, variance ≈ B. Pearson's chi-square over the rows.
    let chi = 0
    for (let i = 0; i < n; i++) chi += (totals[i]! - resamples) ** 2 / resamples
    const dof = Math.max(1, n - 1)
    if (n > 1) expect(Math.abs(chi - dof)).toBeLessThan(5 * Math.sqrt(2 * dof))
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ConfusionMatrix } from '../src/core/confusion.js'
import { classificationMetrics } from '../src/core/metrics/classification.js'
import { gatherEvidence } from '../src/core/significance.js'
import {
  bootstrapIntervals,
  cellsToMatrix,
  MatrixResampler,
  multinomial,
  normalQuantile,
  percentileInterval,
  quantile,
  Random,
  wilsonInterval,
} from '../src/core/stats/index.js'

interface Reference {
  quantiles: { values: number[]; q: number[]; expected: number[] }[]
  wilson: { k: number; n: number; level: number; interval: [number, number] }[]
  /** scipy's binom.ppf(tail, n, k/n)/n at both tails, with the probability mass at each of those counts. */
  binomialQuantiles: {
    n: number
    k: number
    level: number
    lower: number
    upper: number
    lowerMass: number
    upperMass: number
  }[]
  /** A drop judged from two standard errors: scipy's norm.cdf p-value and the interval of Δ. */
  normalTests: {
    metric: string
    direction: 'higher-is-better' | 'lower-is-better'
    current: number
    baseline: number
    seCurrent: number
    seBaseline: number
    confidence: number
    pValue: number
    lower: number
    upper: number
  }[]
}
const reference = JSON.parse(
  readFileSync(new URL('./fixtures/stats/reference.json', import.meta.url), 'utf8'),
) as Reference

/** A binary matrix with `correct` of `n` rows right, errors split evenly. */
function binaryMatrix(n: number, correct: number): ConfusionMatrix {
  const wrong = n - correct
  const tp = Math.floor(correct / 2)
  const fn = Math.floor(wrong / 2)
  return {
    labels: ['0', '1'],
    counts: [
      [correct - tp, wrong - fn],
      [fn, tp],
    ],
    total: n,
  }
}

const fiveClass: ConfusionMatrix = {
  labels: ['a', 'b', 'c', 'd', 'e'],
  counts: [
    [80, 5, 3, 1, 1],
    [4, 60, 6, 0, 0],
    [2, 8, 40, 0, 0],
    [0, 1, 2, 25, 2],
    [1, 0, 0, 3, 6],
  ],
  total: 250,
}

describe('quantile', () => {
  it('matches numpy.quantile (method "linear")', () => {
    for (const { values, q, expected } of reference.quantiles)
      q.forEach((level, i) => expect(quantile(values, level)).toBeCloseTo(expected[i]!, 12))
  })

  it('percentileInterval takes the two tails', () => {
    const values = Array.from({ length: 101 }, (_, i) => 100 - i)
    const interval = percentileInterval(values, 0.9, 50)
    expect(interval.estimate).toBe(50)
    expect(interval.lower).toBeCloseTo(5, 12)
    expect(interval.upper).toBeCloseTo(95, 12)
  })
})

describe('normal quantile and Wilson interval', () => {
  it('match scipy', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13)
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 12)
    expect(normalQuantile(0.5)).toBe(0)
    for (const { k, n, level, interval } of reference.wilson) {
      const { lower, upper } = wilsonInterval(k, n, level)
      expect(lower).toBeCloseTo(interval[0], 12)
      expect(upper).toBeCloseTo(interval[1], 12)
    }
  })
})

describe('MatrixResampler', () => {
  it('keeps the total and drops labels absent from a resample, as scikit-learn would', () => {
    const matrix: ConfusionMatrix = {
      labels: ['a', 'b', 'rare'],
      counts: [
        [50, 0, 0],
        [0, 49, 0],
        [0, 0, 1],
      ],
      total: 100,
    }
    const resampler = new MatrixResampler(matrix, new Random(1))
    let dropped = 0
    for (let i = 0; i < 200; i++) {
      const m = resampler.next()
      expect(m.counts.flat().reduce((a, b) => a + b, 0)).toBe(100)
      if (!m.labels.includes('rare')) dropped++
    }
    // P(rare absent) = 0.99^100 ≈ 0.366.
    expect(dropped).toBeGreaterThan(40)
    expect(dropped).toBeLessThan(110)
  })

  it('rejects a matrix whose cells do not sum to its total', () => {
    expect(() => new MatrixResampler({ labels: ['a'], counts: [[3]], total: 4 }, new Random())).toThrow(
      /sum to 3/,
    )
  })

  it('matches resampling the rows themselves (same distribution of macro-F1)', () => {
    // Rows of fiveClass, resampled with replacement the slow way, against the multinomial on the cells.
    const rows: [number, number][] = []
    fiveClass.counts.forEach((row, g) =>
      row.forEach((count, p) =>
        rows.push(...Array.from({ length: count }, () => [g, p] as [number, number])),
      ),
    )
    const random = new Random(11)
    const slow: number[] = []
    const size = fiveClass.labels.length
    for (let b = 0; b < 3000; b++) {
      const cells = new Float64Array(size * size)
      for (let i = 0; i < rows.length; i++) {
        const [g, p] = rows[Math.floor(random.nextDouble() * rows.length)]!
        cells[g * size + p]!++
      }
      slow.push(classificationMetrics(cellsToMatrix(fiveClass.labels, cells, rows.length)).values.f1_macro!)
    }
    const resampler = new MatrixResampler(fiveClass, new Random(12))
    const fast = Array.from({ length: 3000 }, () => classificationMetrics(resampler.next()).values.f1_macro!)
    const summary = (v: number[]) => [quantile(v, 0.025), quantile(v, 0.5), quantile(v, 0.975)]
    const [a, b] = [summary(slow), summary(fast)]
    a.forEach((value, i) => expect(Math.abs(value - b[i]!)).toBeLessThan(0.01))
  })
})

describe('bootstrapIntervals', () => {
  it('covers every metric classificationMetrics produces, around the point estimate', () => {
    const binary = binaryMatrix(500, 420)
    const intervals = bootstrapIntervals(binary, { positiveLabel: '1', samples: 500, seed: 3 })
    const values = classificationMetrics(binary, '1').values
    expect(Object.keys(intervals).sort()).toEqual(Object.keys(values).sort())
    for (const [name, { estimate, lower, upper }] of Object.entries(intervals)) {
      expect(estimate).toBe(values[name])
      expect(lower).toBeLessThanOrEqual(estimate + 1e-9)
      expect(upper).toBeGreaterThanOrEqual(estimate - 1e-9)
      expect(upper - lower).toBeGreaterThan(0)
    }
  })

  it('is reproducible by seed and changes with it', () => {
    const a = bootstrapIntervals(fiveClass, { samples: 200, seed: 'pr-17' })
    const b = bootstrapIntervals(fiveClass, { samples: 200, seed: 'pr-17' })
    const c = bootstrapIntervals(fiveClass, { samples: 200, seed: 'pr-18' })
    expect(a).toEqual(b)
    expect(a.f1_macro).not.toEqual(c.f1_macro)
  })

  it.each([
    [2_000, 1_700],
    [20_000, 18_000],
    [1_000_000, 900_000],
  ])('for accuracy at n = %d is close to the Wilson interval', (n, correct) => {
    const { accuracy } = bootstrapIntervals(binaryMatrix(n, correct), {
      samples: 4000,
      seed: 1,
      metrics: ['accuracy'],
    })
    const wilson = wilsonInterval(correct, n, 0.95)
    const halfWidth = (wilson.upper - wilson.lower) / 2
    // Monte-Carlo error of a 2.5 % quantile with B = 4000 is about 4 % of the half-width.
    expect(Math.abs(accuracy!.lower - wilson.lower)).toBeLessThan(0.1 * halfWidth)
    expect(Math.abs(accuracy!.upper - wilson.upper)).toBeLessThan(0.1 * halfWidth)
  })

  it('has about the nominal coverage for macro-F1 (repeated samples from a known model)', () => {
    // A 3-class model with known cell probabilities; the "true" macro-F1 is that of the expected matrix.
    const probabilities = [0.3, 0.03, 0.02, 0.04, 0.25, 0.06, 0.02, 0.05, 0.23]
    const labels = ['x', 'y', 'z']
    const truth = classificationMetrics(cellsToMatrix(labels, probabilities, 1)).values.f1_macro!
    const random = new Random(77)
    const runs = 200
    let covered = 0
    for (let r = 0; r < runs; r++) {
      const observed = cellsToMatrix(labels, multinomial(random, 1000, probabilities), 1000)
      const interval = bootstrapIntervals(observed, {
        samples: 200,
        seed: r,
        metrics: ['f1_macro'],
      }).f1_macro!
      if (interval.lower <= truth && truth <= interval.upper) covered++
    }
    // Nominal 95 %; 200 runs give a standard error of 1.5 points.
    expect(covered / runs).toBeGreaterThan(0.89)
  })

  it('rejects bad options with one-line messages', () => {
    expect(() => bootstrapIntervals(fiveClass, { samples: 50 })).toThrow(
      'bootstrap samples must be an integer ≥ 100, got 50',
    )
    expect(() => bootstrapIntervals(fiveClass, { confidence: 1 })).toThrow(
      'confidence must be in (0, 1), got 1',
    )
    expect(() => bootstrapIntervals(fiveClass, { confidence: 0 })).toThrow(RangeError)
  })
})

describe('reference implementation (scipy)', () => {
  // Under the multinomial bootstrap the number of right answers in a resample is exactly Binomial(n, k/n), so
  // accuracy's percentile interval converges to scipy's binomial quantiles as B grows. Tolerance, in counts: one
  // count for the linear interpolation between neighbouring order statistics (and a count sitting exactly on the
  // tail level), plus four Monte-Carlo standard deviations of the empirical tail quantile,
  // √(tail·(1 − tail)/B) / P(X = quantile) (the error of the empirical distribution function at the tail, in
  // probability, over the probability one count carries there).
  const B = 10_000
  it.each(reference.binomialQuantiles.map((c) => [c.n, c.k, c.level, c] as const))(
    'accuracy interval at n = %d, %d right, level %d: within Monte-Carlo error of binom.ppf',
    (n, k, level, expected) => {
      const tail = (1 - level) / 2
      const { accuracy } = bootstrapIntervals(binaryMatrix(n, k), {
        samples: B,
        confidence: level,
        seed: 7,
        metrics: ['accuracy'],
      })
      const spread = Math.sqrt((tail * (1 - tail)) / B)
      const lowerTolerance = (1 + (4 * spread) / expected.lowerMass) / n
      const upperTolerance = (1 + (4 * spread) / expected.upperMass) / n
      expect(Math.abs(accuracy!.lower - expected.lower)).toBeLessThanOrEqual(lowerTolerance)
      expect(Math.abs(accuracy!.upper - expected.upper)).toBeLessThanOrEqual(upperTolerance)
      expect(accuracy!.estimate).toBe(k / n)
    },
  )

  it('5-class accuracy: the same binomial quantiles (only the diagonal sum matters)', () => {
    // fiveClass: 211 of 250 right, the (250, 211) reference case.
    const expected = reference.binomialQuantiles.find((c) => c.n === 250 && c.k === 211)!
    // Half the resamples: a 5-class resample costs more; the tolerance follows B.
    const samples = B / 2
    const { accuracy } = bootstrapIntervals(fiveClass, { samples, seed: 8, metrics: ['accuracy'] })
    const spread = Math.sqrt((0.025 * 0.975) / samples)
    expect(Math.abs(accuracy!.lower - expected.lower)).toBeLessThanOrEqual(
      (1 + (4 * spread) / expected.lowerMass) / 250,
    )
    expect(Math.abs(accuracy!.upper - expected.upper)).toBeLessThanOrEqual(
      (1 + (4 * spread) / expected.upperMass) / 250,
    )
  })

  it.each(reference.normalTests.map((c) => [c.metric, c.direction, c] as const))(
    'normal test of %s (%s) from two standard errors matches norm.cdf',
    (metric, direction, c) => {
      const evidence = gatherEvidence(
        {
          current: { [metric]: c.current },
          directionOf: () => direction,
          gated: [metric],
          baseline: { metrics: { [metric]: c.baseline }, standardErrors: { [metric]: c.seBaseline } },
          standardErrors: { [metric]: c.seCurrent },
        },
        { significance: 0.05, confidence: c.confidence, samples: 2000, seed: '0' },
      )
      const test = evidence.metrics.get(metric)!.test!
      expect(test.method).toBe('normal')
      expect(test.paired).toBe(false)
      expect(test.delta).toBeCloseTo(c.current - c.baseline, 15)
      expect(test.pValue).toBeCloseTo(c.pValue, 12)
      expect(test.lower).toBeCloseTo(c.lower, 12)
      expect(test.upper).toBeCloseTo(c.upper, 12)
      expect(evidence.family).toEqual([metric])
    },
  )
})

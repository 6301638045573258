import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ConfusionMatrix } from '../src/core/confusion.js'
import {
  addMatrices,
  baselineMatrix,
  binomialHalfCdf,
  bootstrapPValue,
  discordantPairs,
  holm,
  mcnemarExact,
  nullPValue,
  PairedCounter,
  pairedDropTests,
  pairedMatrices,
  Random,
  significantDrops,
  unpairedDropTests,
} from '../src/core/stats/index.js'

interface Reference {
  mcnemar: { b: number; c: number; worse: number; twoSided: number }[]
  binomialHalfCdf: { k: number; n: number; p: number }[]
  holm: { p: number[]; alpha: number; adjusted: number[] }[]
}
const reference = JSON.parse(
  readFileSync(new URL('./fixtures/stats/reference.json', import.meta.url), 'utf8'),
) as Reference

function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300)
}

describe('exact McNemar', () => {
  it('matches scipy.stats.binomtest (one-sided "less" and two-sided)', () => {
    for (const { b, c, worse, twoSided } of reference.mcnemar) {
      const result = mcnemarExact(b, c)
      expect(relativeError(result.worse, worse), `worse ${b}/${c}`).toBeLessThan(1e-10)
      expect(relativeError(result.twoSided, twoSided), `two-sided ${b}/${c}`).toBeLessThan(1e-10)
    }
  })

  it('matches hand-computed tails with exact fractions', () => {
    // b = 2, c = 8: P(X ≤ 2 | n = 10) = (1 + 10 + 45) / 1024 = 56/1024.
    expect(mcnemarExact(2, 8).worse).toBe(56 / 1024)
    expect(mcnemarExact(2, 8).twoSided).toBe(112 / 1024)
    // b = 0, c = 5: 1/32 one-sided, 2/32 two-sided.
    expect(mcnemarExact(0, 5)).toEqual({ worse: 1 / 32, twoSided: 2 / 32 })
  })

  it('binomialHalfCdf matches scipy.stats.binom.cdf', () => {
    for (const { k, n, p } of reference.binomialHalfCdf)
      expect(Math.abs(binomialHalfCdf(k, n) - p), `${k}/${n}`).toBeLessThan(1e-12 + 1e-10 * p)
  })
})

describe('holm', () => {
  it('matches a hand example', () => {
    // Sorted 0.005, 0.01, 0.03, 0.04 → ×4, ×3, ×2, ×1 = 0.02, 0.03, 0.06, 0.04 → monotone 0.02, 0.03, 0.06, 0.06.
    const { adjusted, reject } = holm([0.01, 0.04, 0.03, 0.005], 0.05)
    expect(adjusted.map((p) => Number(p.toFixed(12)))).toEqual([0.03, 0.06, 0.06, 0.02])
    expect(reject).toEqual([true, false, false, true])
  })

  it('matches the reference cases', () => {
    for (const { p, alpha, adjusted } of reference.holm) {
      const result = holm(p, alpha)
      result.adjusted.forEach((value, i) => expect(value).toBeCloseTo(adjusted[i]!, 14))
      expect(result.reject).toEqual(adjusted.map((a) => a <= alpha))
    }
  })

  it('handles an empty family', () => {
    expect(holm([], 0.05)).toEqual({ adjusted: [], reject: [] })
  })
})

describe('bootstrapPValue', () => {
  it('counts the not-worse side with the +1 correction, by direction', () => {
    const deltas = [-0.3, -0.2, -0.1, 0, 0.1]
    expect(bootstrapPValue(deltas, 'higher-is-better')).toBe(3 / 6)
    expect(bootstrapPValue(deltas, 'lower-is-better')).toBe(5 / 6)
    expect(bootstrapPValue([-1, -1, -1], 'higher-is-better')).toBe(1 / 4)
  })
})

const baseline: ConfusionMatrix = {
  labels: ['a', 'b', 'c'],
  counts: [
    [300, 20, 13],
    [25, 280, 28],
    [15, 30, 289],
  ],
  total: 1000,
}

describe('unpairedDropTests', () => {
  it('finds no significant drop for a small dip and a significant one for a large drop', () => {
    const dip: ConfusionMatrix = {
      ...baseline,
      counts: [
        [298, 21, 14],
        [25, 279, 29],
        [15, 30, 289],
      ],
    }
    const drop: ConfusionMatrix = {
      ...baseline,
      counts: [
        [250, 50, 33],
        [45, 240, 48],
        [35, 50, 249],
      ],
    }
    const small = unpairedDropTests(dip, baseline, { samples: 1000, seed: 1 })
    const large = unpairedDropTests(drop, baseline, { samples: 1000, seed: 1 })
    expect(small.accuracy!.delta).toBeCloseTo(-0.003, 12)
    expect(small.accuracy!.pValue).toBeGreaterThan(0.2)
    expect(small.accuracy!.lower).toBeLessThan(0)
    expect(small.accuracy!.upper).toBeGreaterThan(0)
    expect(large.f1_macro!.pValue).toBeLessThan(0.01)
    expect(large.f1_macro!.upper).toBeLessThan(0)
    expect(large.accuracy).toMatchObject({
      paired: false,
      method: 'bootstrap',
      direction: 'higher-is-better',
    })
  })

  it('gives p ≈ ½ for identical matrices and is reproducible by seed', () => {
    const a = unpairedDropTests(baseline, baseline, {
      samples: 2000,
      seed: 9,
      metrics: ['accuracy', 'f1_macro'],
    })
    const b = unpairedDropTests(baseline, baseline, {
      samples: 2000,
      seed: 9,
      metrics: ['accuracy', 'f1_macro'],
    })
    expect(a).toEqual(b)
    expect(Object.keys(a)).toEqual(['accuracy', 'f1_macro'])
    expect(a.accuracy!.pValue).toBeGreaterThan(0.45)
    expect(a.accuracy!.pValue).toBeLessThan(0.6)
  })

  it('approximates the z-test of two proportions for accuracy at large n', () => {
    // 0.80 vs 0.81 on 20 000 rows each: z = −0.01 / sqrt(2·0.805·0.195/20000) ≈ −2.52, one-sided p ≈ 0.0059.
    const make = (correct: number): ConfusionMatrix => ({
      labels: ['0', '1'],
      counts: [
        [correct / 2, (20000 - correct) / 2],
        [(20000 - correct) / 2, correct / 2],
      ],
      total: 20000,
    })
    const { accuracy } = unpairedDropTests(make(16000), make(16200), {
      samples: 20000,
      seed: 2,
      metrics: ['accuracy'],
    })
    expect(accuracy!.pValue).toBeGreaterThan(0.003)
    expect(accuracy!.pValue).toBeLessThan(0.01)
  })
})

/** Paired predictions from a simple generator: the baseline is right with p0, the candidate flips some. */
function pairedExample(
  n: number,
  seed: number,
  baselineRight: number,
  candidateDelta: number,
): PairedCounter {
  const random = new Random(seed)
  const counter = new PairedCounter()
  const labels = ['a', 'b', 'c']
  for (let i = 0; i < n; i++) {
    const gold = labels[i % 3]!
    const wrong = labels[(i + 1) % 3]!
    const baseOk = random.nextDouble() < baselineRight
    // The candidate agrees with the baseline mostly; shifts accuracy by candidateDelta.
    const u = random.nextDouble()
    const candOk =
      candidateDelta < 0 ? baseOk && u >= -candidateDelta / baselineRight : baseOk || u < candidateDelta
    counter.add(gold, candOk ? gold : wrong, baseOk ? gold : wrong)
  }
  return counter
}

describe('paired tests', () => {
  it('counts triples into a table whose matrices are the two sides', () => {
    const counter = new PairedCounter()
    counter.add('x', 'x', 'y')
    counter.add('x', 'x', 'y')
    counter.add('y', 'x', 'y')
    counter.add('y', 'y', 'x')
    const table = counter.toTable()
    expect(table.labels).toEqual(['x', 'y'])
    expect(table.total).toBe(4)
    const { candidate, baseline: base } = pairedMatrices(table)
    expect(candidate.counts).toEqual([
      [2, 0],
      [1, 1],
    ])
    expect(base.counts).toEqual([
      [0, 2],
      [1, 1],
    ])
    expect(discordantPairs(table)).toEqual({ candidateOnly: 3, baselineOnly: 1 })
  })

  it('keeps each side to its own labels (a label only the baseline predicts does not enter the candidate)', () => {
    const counter = new PairedCounter()
    counter.add('x', 'x', 'z')
    counter.add('y', 'y', 'y')
    const { candidate, baseline: base } = pairedMatrices(counter.toTable())
    expect(candidate.labels).toEqual(['x', 'y'])
    expect(base.labels).toEqual(['x', 'y', 'z'])
  })

  it('uses the exact McNemar test for accuracy and the paired bootstrap for the rest', () => {
    const table = pairedExample(2000, 4, 0.8, -0.03).toTable()
    const tests = pairedDropTests(table, { samples: 1000, seed: 1 })
    const { candidateOnly, baselineOnly } = discordantPairs(table)
    expect(tests.accuracy).toMatchObject({ paired: true, method: 'mcnemar' })
    expect(tests.accuracy!.pValue).toBe(mcnemarExact(candidateOnly, baselineOnly).worse)
    expect(tests.accuracy!.delta).toBeCloseTo((candidateOnly - baselineOnly) / 2000, 12)
    expect(tests.f1_macro).toMatchObject({ paired: true, method: 'bootstrap' })
    expect(tests.f1_macro!.pValue).toBeLessThan(0.01)
    expect(tests.f1_macro!.upper).toBeLessThan(0)
    const bootstrapOnly = pairedDropTests(table, { samples: 1000, seed: 1, mcnemar: false })
    expect(bootstrapOnly.accuracy!.method).toBe('bootstrap')
    expect(bootstrapOnly.accuracy!.pValue).toBeLessThan(0.01)
  })

  it('is far more powerful than the unpaired test on the same data', () => {
    const table = pairedExample(2000, 5, 0.8, -0.01).toTable()
    const paired = pairedDropTests(table, { samples: 2000, seed: 1, metrics: ['f1_macro'] })
    const { candidate, baseline: base } = pairedMatrices(table)
    const unpaired = unpairedDropTests(candidate, base, { samples: 2000, seed: 1, metrics: ['f1_macro'] })
    const width = (t: { lower: number; upper: number }) => t.upper - t.lower
    expect(width(paired.f1_macro!)).toBeLessThan(width(unpaired.f1_macro!) / 2)
  })

  it('gives p = 1 when both models predict the same', () => {
    const counter = new PairedCounter()
    for (let i = 0; i < 100; i++) counter.add(String(i % 2), String((i >> 1) % 2), String((i >> 1) % 2))
    const tests = pairedDropTests(counter.toTable(), { samples: 200, positiveLabel: '1' })
    for (const test of Object.values(tests)) {
      expect(test.delta).toBe(0)
      expect(test.pValue).toBe(1)
    }
    expect(tests.f1).toBeDefined()
  })
})

describe('significantDrops', () => {
  it('applies Holm over the gated metrics', () => {
    const base = {
      direction: 'higher-is-better' as const,
      baseline: 0,
      candidate: 0,
      delta: 0,
      lower: 0,
      upper: 0,
    }
    const tests = [
      { ...base, metric: 'accuracy', pValue: 0.03, paired: true, method: 'mcnemar' as const },
      { ...base, metric: 'f1_macro', pValue: 0.02, paired: true, method: 'bootstrap' as const },
    ]
    expect(significantDrops(tests, 0.05)).toEqual({
      accuracy: { adjustedP: 0.04, significant: true },
      f1_macro: { adjustedP: 0.04, significant: true },
    })
    expect(significantDrops(tests, 0.03).accuracy!.significant).toBe(false)
    expect(() => significantDrops(tests, 1.5)).toThrow('significance must be in (0, 1), got 1.5')
  })
})

describe('baselineMatrix', () => {
  it('reads a stored entry and refuses what cannot support a test', () => {
    const entry = {
      labels: ['a', 'b'],
      confusionMatrix: [
        [3, 1],
        [0, 4],
      ],
      rows: 8,
    }
    expect(baselineMatrix(entry)).toEqual({
      labels: ['a', 'b'],
      counts: [
        [3, 1],
        [0, 4],
      ],
      total: 8,
    })
    expect(baselineMatrix({ ...entry, rows: undefined })?.total).toBe(8)
    expect(baselineMatrix({})).toBeUndefined()
    expect(baselineMatrix({ ...entry, rows: 9 })).toBeUndefined()
    expect(baselineMatrix({ ...entry, confusionMatrix: [[3, 1]] })).toBeUndefined()
    expect(
      baselineMatrix({
        ...entry,
        confusionMatrix: [
          [3, 1.5],
          [0, 4],
        ],
      }),
    ).toBeUndefined()
    expect(
      baselineMatrix({
        ...entry,
        confusionMatrix: [
          [0, 0],
          [0, 0],
        ],
        rows: 0,
      }),
    ).toBeUndefined()
  })
})

describe('pooled null p-values (unpaired)', () => {
  it('agree with the percentile p-value in substance and keep the interval', () => {
    const drop: ConfusionMatrix = {
      ...baseline,
      counts: [
        [250, 50, 33],
        [45, 240, 48],
        [35, 50, 249],
      ],
    }
    const percentile = unpairedDropTests(drop, baseline, { samples: 1000, seed: 1 })
    const pooled = unpairedDropTests(drop, baseline, { samples: 1000, seed: 1, unpairedPValue: 'pooled' })
    expect(pooled.f1_macro!.pValue).toBeLessThan(0.01)
    expect(pooled.accuracy!.lower).toBe(percentile.accuracy!.lower)
    const same = unpairedDropTests(baseline, baseline, { samples: 1000, seed: 1, unpairedPValue: 'pooled' })
    expect(same.accuracy!.pValue).toBeGreaterThan(0.4)
  })

  it('nullPValue counts resamples at least as bad as observed, +1 corrected', () => {
    expect(nullPValue([-0.3, -0.2, -0.1, 0, 0.1], -0.2, 'higher-is-better')).toBe(3 / 6)
    expect(nullPValue([-0.3, -0.2, -0.1, 0, 0.1], 0.05, 'lower-is-better')).toBe(2 / 6)
  })

  it('addMatrices sums over the union of labels', () => {
    const a: ConfusionMatrix = {
      labels: ['x', 'y'],
      counts: [
        [1, 2],
        [3, 4],
      ],
      total: 10,
    }
    const b: ConfusionMatrix = {
      labels: ['y', 'z'],
      counts: [
        [5, 1],
        [0, 2],
      ],
      total: 8,
    }
    expect(addMatrices(a, b)).toEqual({
      labels: ['x', 'y', 'z'],
      counts: [
        [1, 2, 0],
        [3, 9, 1],
        [0, 0, 2],
      ],
      total: 18,
    })
  })
})

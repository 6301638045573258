import { describe, expect, it } from 'vitest'
import { directionOf } from '../src/core/catalogue.js'
import { compareMetrics } from '../src/core/compare.js'
import type { ConfusionMatrix } from '../src/core/confusion.js'
import { classificationMetrics } from '../src/core/metrics/classification.js'
import { PredictionPairing } from '../src/core/pairing.js'
import { gatherEvidence, MAX_RESAMPLED_CELLS, type EvidenceInput } from '../src/core/significance.js'
import { bootstrapIntervals, mcnemarExact, PairedCounter } from '../src/core/stats/index.js'
import { parseThresholds } from '../src/core/thresholds.js'
import { binary } from './helpers/matrices.js'

const SETTINGS = { significance: 0.05, confidence: 0.95, samples: 1000, seed: '0' }

/** The evidence and the comparison of `candidate` against a baseline entry made from `baseline`. */
function judge(
  candidate: ConfusionMatrix,
  baseline: ConfusionMatrix,
  settings = SETTINGS,
  thresholds = '*: max-drop 0',
) {
  const current = pick(classificationMetrics(candidate, '1').values)
  const before = pick(classificationMetrics(baseline, '1').values)
  const lines = parseThresholds(thresholds)
  const input: EvidenceInput = {
    current,
    directionOf: (name) => directionOf(name),
    gated: Object.keys(current),
    baseline: {
      metrics: before,
      labels: baseline.labels,
      confusionMatrix: baseline.counts,
      rows: baseline.total,
    },
    matrix: candidate,
    positiveLabel: '1',
  }
  const evidence = gatherEvidence(input, settings)
  return { evidence, comparison: compareMetrics(current, before, lines, undefined, evidence) }
}

function pick(values: Record<string, number>): Record<string, number> {
  return { accuracy: values.accuracy!, f1: values.f1! }
}

describe('gatherEvidence, unpaired (the baseline stores its confusion matrix)', () => {
  it('lets a small dip on 500 rows pass as noise and says so', () => {
    // 80.0 % accuracy before, 79.4 % now: a 0.6-point dip on 500 rows.
    const { evidence, comparison } = judge(binary(200, 50, 53, 197), binary(200, 50, 50, 200))
    expect(evidence.family).toEqual(['accuracy', 'f1'])
    const accuracy = comparison.metrics.find((m) => m.name === 'accuracy')!
    expect(accuracy.delta).toBeCloseTo(-0.006, 12)
    expect(accuracy.status).toBe('within-noise')
    expect(accuracy.broken).toEqual([])
    expect(accuracy.excused).toEqual({ rule: 'max-drop 0', detail: 'dropped 0.0060' })
    expect(accuracy.evidence!.test!.paired).toBe(false)
    expect(accuracy.evidence!.test!.pValue).toBeGreaterThan(0.2)
    expect(accuracy.evidence!.significant).toBe(false)
    expect(comparison.regressed).toBe(false)
  })

  it('fails a real 5-point drop on 5,000 rows', () => {
    const { comparison } = judge(binary(1875, 625, 625, 1875), binary(2000, 500, 500, 2000))
    const accuracy = comparison.metrics.find((m) => m.name === 'accuracy')!
    expect(accuracy.status).toBe('regressed')
    expect(accuracy.evidence!.significant).toBe(true)
    // B = 1000: the smallest p the bootstrap can give is 1 / 1001; Holm doubles the smaller of two.
    expect(accuracy.evidence!.test!.pValue).toBe(1 / 1001)
    expect(accuracy.evidence!.adjustedP).toBe(2 / 1001)
    expect(accuracy.evidence!.test!.upper).toBeLessThan(0)
    expect(comparison.regressed).toBe(true)
  })

  it('keeps min and max bounds absolute whatever the test says', () => {
    const { comparison } = judge(
      binary(200, 50, 53, 197),
      binary(200, 50, 50, 200),
      SETTINGS,
      '*: max-drop 0, min 0.8',
    )
    const accuracy = comparison.metrics.find((m) => m.name === 'accuracy')!
    expect(accuracy.status).toBe('regressed')
    expect(accuracy.broken).toEqual([{ rule: 'min 0.8', detail: 'is 0.7940' }])
  })

  it('with significance off, shows intervals and p but lets the rule alone decide', () => {
    const { evidence, comparison } = judge(binary(200, 50, 53, 197), binary(200, 50, 50, 200), {
      ...SETTINGS,
      significance: undefined,
    } as unknown as typeof SETTINGS)
    const accuracy = comparison.metrics.find((m) => m.name === 'accuracy')!
    expect(accuracy.status).toBe('regressed')
    expect(accuracy.evidence!.test).toBeDefined()
    expect(accuracy.evidence!.significant).toBeUndefined()
    expect(evidence.settings.significance).toBeUndefined()
  })

  it('gives count metrics the intervals of the confusion-matrix bootstrap, reproducibly by seed', () => {
    const candidate = binary(200, 50, 53, 197)
    const { evidence } = judge(candidate, binary(200, 50, 50, 200))
    const expected = bootstrapIntervals(candidate, {
      samples: 1000,
      confidence: 0.95,
      seed: '0',
      positiveLabel: '1',
      metrics: ['accuracy', 'f1'],
    })
    expect(evidence.metrics.get('accuracy')!.interval).toEqual(expected.accuracy)
    expect(evidence.metrics.get('f1')!.interval).toEqual(expected.f1)
    const other = judge(candidate, binary(200, 50, 50, 200), { ...SETTINGS, seed: '1' }).evidence
    expect(other.metrics.get('f1')!.interval).not.toEqual(expected.f1)
  })

  it('tests only gated metrics that both sides have, and runs Holm over exactly those', () => {
    const candidate = binary(1875, 625, 625, 1875)
    const current = pick(classificationMetrics(candidate, '1').values)
    const evidence = gatherEvidence(
      {
        current,
        directionOf: (name) => directionOf(name),
        gated: ['accuracy'],
        baseline: {
          metrics: { accuracy: 0.8 },
          labels: ['0', '1'],
          confusionMatrix: [
            [2000, 500],
            [500, 2000],
          ],
        },
        matrix: candidate,
        positiveLabel: '1',
      },
      SETTINGS,
    )
    expect(evidence.family).toEqual(['accuracy'])
    expect(evidence.metrics.get('accuracy')!.adjustedP).toBe(evidence.metrics.get('accuracy')!.test!.pValue)
    expect(evidence.metrics.get('f1')!.test).toBeUndefined()
    expect(evidence.metrics.get('f1')!.interval).toBeDefined()
  })
})

describe('gatherEvidence without data for a test', () => {
  it('a flat baseline: intervals, no test, the rule alone, and the reason', () => {
    const candidate = binary(200, 50, 53, 197)
    const current = pick(classificationMetrics(candidate, '1').values)
    const evidence = gatherEvidence(
      {
        current,
        directionOf: (name) => directionOf(name),
        gated: ['accuracy', 'f1'],
        baseline: { metrics: { accuracy: 0.8, f1: 0.8 } },
        flatBaseline: true,
        matrix: candidate,
        positiveLabel: '1',
      },
      SETTINGS,
    )
    expect(evidence.family).toEqual([])
    expect(evidence.metrics.get('accuracy')).toEqual({
      interval: evidence.metrics.get('accuracy')!.interval,
      untested: 'the baseline holds hand-written values only',
    })
    const comparison = compareMetrics(
      current,
      { accuracy: 0.8, f1: 0.8 },
      parseThresholds('*: max-drop 0'),
      undefined,
      evidence,
    )
    expect(comparison.metrics.map((m) => m.status)).toEqual(['regressed', 'regressed'])
  })

  it('too many labels to resample: no intervals, and says why', () => {
    const size = Math.ceil(Math.sqrt(MAX_RESAMPLED_CELLS / 1000)) + 1
    const labels = Array.from({ length: size }, (_, i) => `c${i}`)
    const counts = labels.map((_, g) => labels.map((__, p) => (g === p ? 2 : 0)))
    const matrix = { labels, counts, total: 2 * size }
    const evidence = gatherEvidence(
      {
        current: { accuracy: 1 },
        directionOf: (name) => directionOf(name),
        gated: ['accuracy'],
        baseline: { metrics: { accuracy: 1 }, labels, confusionMatrix: counts },
        matrix,
      },
      SETTINGS,
    )
    expect(evidence.metrics.get('accuracy')).toEqual({ untested: `${size} labels are too many to resample` })
  })
})

describe('gatherEvidence from standard errors (score metrics, metrics files)', () => {
  it('tests Δ against the two standard errors with the normal distribution', () => {
    const evidence = gatherEvidence(
      {
        current: { acc: 0.7 },
        directionOf: () => 'higher-is-better',
        gated: ['acc'],
        baseline: { metrics: { acc: 0.72 }, standardErrors: { acc: 0.01 } },
        standardErrors: { acc: 0.01 },
      },
      SETTINGS,
    )
    const test = evidence.metrics.get('acc')!.test!
    // Δ = −0.02 over √2 · 0.01: z = −√2, Φ(−√2) = erfc(1) / 2.
    expect(test.pValue).toBeCloseTo(0.0786496035251426, 13)
    expect(test.method).toBe('normal')
    expect(test.lower).toBeCloseTo(-0.02 - 1.959963984540054 * Math.SQRT2 * 0.01, 12)
    expect(evidence.metrics.get('acc')!.interval!.lower).toBeCloseTo(0.7 - 1.959963984540054 * 0.01, 12)
    expect(evidence.metrics.get('acc')!.significant).toBe(false)
  })

  it('a lower-is-better metric that rose is the worse side', () => {
    const evidence = gatherEvidence(
      {
        current: { loss: 0.5 },
        directionOf: () => 'lower-is-better',
        gated: ['loss'],
        baseline: { metrics: { loss: 0.45 }, standardErrors: { loss: 0.01 } },
        standardErrors: { loss: 0.01 },
      },
      SETTINGS,
    )
    // z = 0.05 / (√2 · 0.01) ≈ 3.54: p = Φ(−3.54), scipy.stats.norm.cdf.
    expect(evidence.metrics.get('loss')!.test!.pValue).toBeCloseTo(0.0002034760087225, 15)
    expect(evidence.metrics.get('loss')!.significant).toBe(true)
  })

  it('without a stored standard error, says the baseline has none', () => {
    const evidence = gatherEvidence(
      {
        current: { acc: 0.7 },
        directionOf: () => 'higher-is-better',
        gated: ['acc'],
        baseline: { metrics: { acc: 0.72 } },
        standardErrors: { acc: 0.01 },
      },
      SETTINGS,
    )
    expect(evidence.metrics.get('acc')!.untested).toBe('the baseline stores no standard error')
    expect(evidence.metrics.get('acc')!.interval).toBeDefined()
  })
})

describe('paired: baseline-predictions joined by id', () => {
  /** 100 examples; the candidate is right where the baseline was wrong 2 times, and wrong where it was right 10. */
  function table() {
    const pairing = new PredictionPairing({ id: 'id', gold: 'label' })
    const rows: [string, string, string][] = []
    for (let i = 0; i < 100; i++) {
      const gold = i % 2 === 0 ? '1' : '0'
      const other = gold === '1' ? '0' : '1'
      const candidate = i < 10 ? other : gold // wrong on 0..9
      const baseline = i >= 10 && i < 12 ? other : gold // wrong on 10, 11
      rows.push([gold, candidate, baseline])
      pairing.addCandidate(`ex${i}`, gold, candidate, { file: 'c.csv', line: i + 2 })
    }
    rows.forEach(([gold, , baseline], i) =>
      pairing.addBaseline(`ex${i}`, gold, baseline, { file: 'b.csv', line: i + 2 }),
    )
    return pairing.finish()
  }

  it('uses the exact McNemar test for accuracy and the paired bootstrap for the rest', () => {
    const paired = table()
    const candidate: ConfusionMatrix = binary(45, 5, 5, 45)
    const evidence = gatherEvidence(
      {
        current: { accuracy: 0.9, f1: 0.9 },
        directionOf: (name) => directionOf(name),
        gated: ['accuracy', 'f1'],
        baseline: { metrics: { accuracy: 0.98, f1: 0.98 } },
        matrix: candidate,
        positiveLabel: '1',
        paired,
      },
      SETTINGS,
    )
    const accuracy = evidence.metrics.get('accuracy')!.test!
    expect(accuracy.method).toBe('mcnemar')
    expect(accuracy.paired).toBe(true)
    // P(X ≤ 2) for X ~ Binomial(12, 1/2) = (1 + 12 + 66) / 4096.
    expect(accuracy.pValue).toBeCloseTo(79 / 4096, 13)
    expect(accuracy.pValue).toBe(mcnemarExact(2, 10).worse)
    expect(accuracy.delta).toBeCloseTo(-0.08, 12)
    expect(evidence.metrics.get('f1')!.test!.method).toBe('bootstrap')
    expect(evidence.pairedRows).toBe(100)
    expect(evidence.pairedMismatches).toEqual([])
  })

  it('reports when the baseline predictions disagree with the stored baseline values', () => {
    const evidence = gatherEvidence(
      {
        current: { accuracy: 0.9 },
        directionOf: (name) => directionOf(name),
        gated: ['accuracy'],
        baseline: { metrics: { accuracy: 0.95 } },
        matrix: binary(45, 5, 5, 45),
        paired: table(),
      },
      SETTINGS,
    )
    expect(evidence.pairedMismatches).toEqual([{ metric: 'accuracy', stored: 0.95, fromPredictions: 0.98 }])
  })

  it('PredictionPairing refuses ids that do not match, counting each side', () => {
    const pairing = new PredictionPairing({ id: 'id', gold: 'label' })
    for (const id of ['a', 'b', 'c', 'd', 'e']) pairing.addCandidate(id, '1', '1', { file: 'c.csv' })
    for (const id of ['a', 'x']) pairing.addBaseline(id, '1', '1', { file: 'b.csv' })
    expect(() => pairing.finish()).toThrowError(
      'input "baseline-predictions" must hold the same examples as "predictions": 4 ids (e.g. "b", "c", "d") of the candidate missing from them, and 1 id ("x") in them but not in the candidate\'s predictions',
    )
  })

  it('PredictionPairing refuses duplicate ids and a gold label that differs, naming file, line and field', () => {
    const pairing = new PredictionPairing({ id: 'uid', gold: 'gold' })
    pairing.addCandidate('a', 'cat', 'cat', { file: 'c.csv', line: 2 })
    expect(() => pairing.addCandidate('a', 'cat', 'dog', { file: 'c.csv', line: 3 })).toThrowError(
      'c.csv:3: field "uid": id "a" appears twice; paired tests need unique ids',
    )
    expect(() => pairing.addBaseline('a', 'dog', 'dog', { file: 'b.csv', line: 7 })).toThrowError(
      'b.csv:7: field "gold": the gold label of id "a" is "dog" here but "cat" in the candidate\'s predictions: the two files do not describe the same examples',
    )
    pairing.addBaseline('a', 'cat', 'dog', { file: 'b.csv', line: 8 })
    expect(() => pairing.addBaseline('a', 'cat', 'dog', { file: 'b.csv', line: 9 })).toThrowError(
      'b.csv:9: field "uid": id "a" appears twice; paired tests need unique ids',
    )
  })

  it('the joined table counts (gold, candidate, baseline) triples', () => {
    const counter = new PairedCounter()
    const pairing = new PredictionPairing({ id: 'id', gold: 'label' })
    pairing.addCandidate('1', 'a', 'b', {})
    pairing.addCandidate('2', 'b', 'b', {})
    pairing.addBaseline('2', 'b', 'a', {})
    pairing.addBaseline('1', 'a', 'a', {})
    counter.add('a', 'b', 'a')
    counter.add('b', 'b', 'a')
    const byCell = (t: ReturnType<typeof counter.toTable>) => ({
      ...t,
      cells: [...t.cells].sort((x, y) => x.gold - y.gold || x.candidate - y.candidate),
    })
    expect(byCell(pairing.finish())).toEqual(byCell(counter.toTable()))
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { BaselineEntry } from '../src/core/baseline.js'
import { directionOf } from '../src/core/catalogue.js'
import { compareMetrics, type Comparison } from '../src/core/compare.js'
import type { ConfusionMatrix } from '../src/core/confusion.js'
import { classificationMetrics } from '../src/core/metrics/classification.js'
import { renderReport } from '../src/core/report.js'
import { gatherEvidence, type Evidence } from '../src/core/significance.js'
import { pairedMatrices, PairedCounter } from '../src/core/stats/index.js'
import { parseThresholds } from '../src/core/thresholds.js'
import { binary } from './helpers/matrices.js'

// Issue 13, item 6: a value raised (or lowered) by hand in the baseline file no longer equals what the confusion
// matrix stored with it gives. The stored value wins: the run is tested against it as a fixed value.

const SETTINGS = { significance: 0.05, confidence: 0.95, samples: 1000, seed: '0' }
const METRICS = ['accuracy', 'f1_macro']

/** The evidence and comparison of `candidate` against a baseline entry of `stored` values and `matrix`. */
function judge(
  candidate: ConfusionMatrix,
  matrix: ConfusionMatrix,
  stored: Record<string, number>,
  settings: typeof SETTINGS = SETTINGS,
) {
  const all = classificationMetrics(candidate).values
  const current = Object.fromEntries(METRICS.map((name) => [name, all[name]!]))
  const baseline: BaselineEntry = {
    metrics: stored,
    labels: matrix.labels,
    confusionMatrix: matrix.counts,
    rows: matrix.total,
  }
  const evidence = gatherEvidence(
    { current, directionOf: (name) => directionOf(name), gated: METRICS, baseline, matrix: candidate },
    settings,
  )
  const comparison = compareMetrics(current, stored, parseThresholds('*: max-drop 0'), undefined, evidence)
  return { evidence, comparison, metric: (name: string) => comparison.metrics.find((m) => m.name === name)! }
}

/** What a matrix gives, as an untouched baseline file stores it. */
function recorded(matrix: ConfusionMatrix): Record<string, number> {
  const all = classificationMetrics(matrix).values
  return Object.fromEntries(METRICS.map((name) => [name, all[name]!]))
}

/** The report of a 786-row run. */
function reportOf(comparison: Comparison, evidence: Evidence): string {
  return renderReport({
    name: 'default',
    comparison,
    rows: 786,
    files: ['predictions.csv'],
    thresholds: parseThresholds('*: max-drop 0'),
    baseline: { path: '.github/eval-baseline.json', found: true },
    evidence,
  })
}

// 786 rows, 675 right: accuracy 0.8588 (the case).
const RECORDED = binary(400, 50, 61, 275)

describe('a baseline edited by hand', () => {
  it('accuracy raised from 0.8588 to 0.95: the same model is tested against 0.95 and regresses', () => {
    const stored = { ...recorded(RECORDED), accuracy: 0.95 }
    const { evidence, comparison, metric } = judge(RECORDED, RECORDED, stored)
    const accuracy = metric('accuracy')
    expect(accuracy.delta).toBeCloseTo(675 / 786 - 0.95, 12)
    const test = accuracy.evidence!.test!
    expect(test.method).toBe('one-sample')
    expect(test.delta).toBe(accuracy.delta)
    // Every one of the 1,000 resamples of 786 rows at 85.9 % is below 95 %: p is the smallest the test gives.
    expect(test.pValue).toBe(1 / 1001)
    expect(test.upper).toBeLessThan(0)
    expect(test.lower).toBeLessThan(accuracy.delta!)
    expect(test.upper).toBeGreaterThan(accuracy.delta!)
    expect(accuracy.status).toBe('regressed')
    expect(comparison.regressed).toBe(true)
    expect(evidence.editedBaseline).toEqual([{ metric: 'accuracy', stored: 0.95, fromMatrix: 675 / 786 }])
    // The metric left alone is still tested against the stored matrix, and unchanged.
    expect(metric('f1_macro').evidence!.test!.method).toBe('bootstrap')
    expect(metric('f1_macro').status).toBe('unchanged')
  })

  it('the report says the baseline was edited by hand, and how the metric was tested', () => {
    const stored = { ...recorded(RECORDED), accuracy: 0.95 }
    const { evidence, comparison } = judge(RECORDED, RECORDED, stored)
    const report = reportOf(comparison, evidence)
    expect(report).toContain(
      "⚠️ <code>accuracy</code> is 0.9500 in the baseline file, but the confusion matrix stored with it gives 0.8588: the baseline was edited by hand. The stored value wins: this run is tested against it as a fixed value (one-sample, from this run's bootstrap).",
    )
    const row = report.split('\n').find((line) => line.startsWith('| accuracy |'))!
    expect(row).toMatch(
      /^\| accuracy \| 0\.9500 \| 0\.8588 \[0\.8\d{3}, 0\.8\d{3}\] \| −0\.0912 \[−0\.1\d{3}, −0\.0\d{3}\] \| 0\.0010 \(against the stored value, Holm 0\.0020\) \| 🔴 regressed: max-drop 0 \(dropped 0\.0912\) \|$/,
    )
  })

  it('a value lowered by hand is the bar too: the same model improves on it', () => {
    const stored = { ...recorded(RECORDED), accuracy: 0.8 }
    const { metric } = judge(RECORDED, RECORDED, stored)
    expect(metric('accuracy').evidence!.test!.method).toBe('one-sample')
    expect(metric('accuracy').evidence!.test!.lower).toBeGreaterThan(0)
    expect(metric('accuracy').evidence!.test!.pValue).toBe(1)
    expect(metric('accuracy').status).toBe('improved')
  })

  it('a baseline recorded with another positive class is not taken for an edited one', () => {
    const matrix = binary(400, 50, 61, 275)
    const current = { precision: classificationMetrics(matrix, '1').values.precision! }
    const baseline: BaselineEntry = {
      // The precision of class 0, as a run with positive-label 0 stored it.
      metrics: { precision: classificationMetrics(matrix, '0').values.precision! },
      labels: matrix.labels,
      confusionMatrix: matrix.counts,
      positiveLabel: '0',
    }
    const input = { current, directionOf: () => 'higher-is-better' as const, gated: ['precision'], matrix }
    const evidence = gatherEvidence({ ...input, baseline, positiveLabel: '1' }, SETTINGS)
    expect(evidence.editedBaseline).toEqual([])
    expect(evidence.metrics.get('precision')!.test!.method).toBe('bootstrap')
    // The same values under the same positive class: an edit.
    const edited = gatherEvidence(
      { ...input, baseline: { ...baseline, positiveLabel: '1' }, positiveLabel: '1' },
      SETTINGS,
    )
    expect(edited.editedBaseline.map((edit) => edit.metric)).toEqual(['precision'])
  })

  it('an untouched baseline is tested against its matrix, and nothing is said', () => {
    const { evidence, metric } = judge(binary(390, 60, 61, 275), RECORDED, recorded(RECORDED))
    expect(evidence.editedBaseline).toEqual([])
    expect(metric('accuracy').evidence!.test!.method).toBe('bootstrap')
    expect(metric('accuracy').status).toBe('within-noise')
  })
})

/** Paired predictions: (gold, candidate, baseline) labels with their counts, over labels 0 and 1. */
function pairedRun(cells: [gold: string, candidate: string, baseline: string, count: number][]) {
  const counter = new PairedCounter()
  for (const [gold, candidate, baseline, count] of cells) counter.add(gold, candidate, baseline, count)
  const table = counter.toTable()
  const { candidate, baseline } = pairedMatrices(table)
  return { table, candidate, baseline }
}

/** Evidence and comparison of a paired run against `stored` values (the baseline entry has no matrix). */
function judgePaired(run: ReturnType<typeof pairedRun>, stored: Record<string, number>, settings = SETTINGS) {
  const all = classificationMetrics(run.candidate).values
  const current = Object.fromEntries(METRICS.map((name) => [name, all[name]!]))
  const evidence = gatherEvidence(
    {
      current,
      directionOf: (name) => directionOf(name),
      gated: METRICS,
      baseline: { metrics: stored },
      matrix: run.candidate,
      paired: run.table,
    },
    settings,
  )
  return {
    evidence,
    comparison: compareMetrics(current, stored, parseThresholds('*: max-drop 0'), undefined, evidence),
  }
}

describe('a baseline file that the baseline predictions do not give (paired)', () => {
  // 786 examples: the candidate repeats the baseline model's prediction on all but 20 of them.
  const run = pairedRun([
    ['0', '0', '0', 390],
    ['0', '1', '1', 50],
    ['0', '0', '1', 10],
    ['1', '1', '1', 265],
    ['1', '0', '0', 61],
    ['1', '0', '1', 10],
  ])

  it('the file wins: its raised accuracy is tested one-sample, and Δ, interval and p agree', () => {
    const stored = { ...recorded(run.baseline), accuracy: 0.95 }
    const { evidence, comparison } = judgePaired(run, stored)
    const accuracy = comparison.metrics.find((m) => m.name === 'accuracy')!
    const test = accuracy.evidence!.test!
    expect(evidence.pairedMismatches).toEqual([
      { metric: 'accuracy', stored: 0.95, fromPredictions: recorded(run.baseline).accuracy },
    ])
    expect(test).toMatchObject({ method: 'one-sample', paired: false, pValue: 1 / 1001 })
    expect(test.delta).toBe(accuracy.delta)
    expect(test.upper).toBeLessThan(0)
    expect(accuracy.status).toBe('regressed')
    // The metric that agrees with the predictions keeps its paired test.
    expect(comparison.metrics.find((m) => m.name === 'f1_macro')!.evidence!.test!.paired).toBe(true)
    const report = reportOf(comparison, evidence)
    expect(report).toContain(
      "⚠️ <code>accuracy</code> of the baseline predictions is 0.8461, the baseline file says 0.9500: the file wins. This run is tested against it as a fixed value (one-sample, from this run's bootstrap), not paired.",
    )
    // McNemar tested nothing here, so the note does not claim it.
    expect(report).toContain('Paired: 786 examples scored by both models (baseline-predictions).<br>')
  })
})

/**
 * A random 2- or 3-class confusion matrix of up to 360 rows. As in a real run, every label occurs as a gold label
 * or a prediction (the labels come from the data).
 */
const matrices = fc.integer({ min: 2, max: 3 }).chain((size) =>
  fc
    .array(fc.integer({ min: 0, max: 40 }), { minLength: size * size, maxLength: size * size })
    .map((cells): ConfusionMatrix => {
      const labels = ['a', 'b', 'c'].slice(0, size)
      const counts = labels.map((_, g) => cells.slice(g * size, (g + 1) * size))
      return { labels, counts, total: cells.reduce((sum, count) => sum + count, 0) }
    })
    .filter(({ counts }) =>
      counts.every((row, i) => row.some((n) => n > 0) || counts.some((r) => r[i]! > 0)),
    ),
)

describe('Δ, its interval and p agree, edited baselines or not (property)', () => {
  it('the reported Δ lies inside its reported interval, and p falls on the side the interval says', () => {
    fc.assert(
      fc.property(
        matrices,
        matrices,
        fc.option(
          fc.record(
            {
              accuracy: fc.double({ min: 0, max: 1, noNaN: true }),
              f1_macro: fc.double({ min: 0, max: 1, noNaN: true }),
            },
            { requiredKeys: [] },
          ),
          { nil: undefined },
        ),
        fc.integer({ min: 0, max: 1000 }),
        (candidate, baseline, edit, seed) => {
          const stored = { ...recorded(baseline), ...edit }
          const settings = { ...SETTINGS, samples: 200, seed: String(seed) }
          const { comparison } = judge(candidate, baseline, stored, settings)
          for (const metric of comparison.metrics) {
            const test = metric.evidence!.test!
            expect(test.delta).toBeCloseTo(metric.delta!, 12)
            expect(test.lower).toBeLessThanOrEqual(metric.delta! + 1e-12)
            expect(test.upper).toBeGreaterThanOrEqual(metric.delta! - 1e-12)
            // Higher is better: an interval wholly below 0 is a significant drop, wholly above 0 none at all.
            if (test.upper < 0) expect(test.pValue).toBeLessThanOrEqual(0.05)
            if (test.lower > 0) expect(test.pValue).toBeGreaterThan(0.95)
          }
        },
      ),
      { seed: 13, numRuns: 300 },
    )
  })

  it('metrics tested from standard errors compare with the stored value itself, edited or not', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true })
    const error = fc.double({ min: 0, max: 0.1, noNaN: true })
    fc.assert(
      fc.property(unit, unit, error, error, (current, stored, mine, theirs) => {
        const evidence = gatherEvidence(
          {
            current: { 'task/acc': current },
            directionOf: () => 'higher-is-better',
            gated: ['task/acc'],
            baseline: { metrics: { 'task/acc': stored }, standardErrors: { 'task/acc': theirs } },
            standardErrors: { 'task/acc': mine },
          },
          SETTINGS,
        )
        const [metric] = compareMetrics(
          { 'task/acc': current },
          { 'task/acc': stored },
          parseThresholds('*: max-drop 0'),
          undefined,
          evidence,
        ).metrics
        const test = metric!.evidence!.test!
        expect(test.delta).toBe(metric!.delta)
        expect(test.lower).toBeLessThanOrEqual(metric!.delta!)
        expect(test.upper).toBeGreaterThanOrEqual(metric!.delta!)
      }),
      { seed: 13, numRuns: 300 },
    )
  })

  it('paired runs too: the reported Δ lies inside its reported interval', () => {
    const label = fc.constantFrom('0', '1')
    const cells = fc.array(fc.tuple(label, label, label, fc.integer({ min: 1, max: 40 })), {
      minLength: 1,
      maxLength: 8,
    })
    fc.assert(
      fc.property(
        cells,
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        fc.integer({ min: 0, max: 1000 }),
        (triples, accuracy, seed) => {
          const run = pairedRun(triples)
          const stored = { ...recorded(run.baseline), ...(accuracy === undefined ? {} : { accuracy }) }
          const settings = { ...SETTINGS, samples: 200, seed: String(seed) }
          for (const metric of judgePaired(run, stored, settings).comparison.metrics) {
            const test = metric.evidence!.test!
            expect(test.delta).toBeCloseTo(metric.delta!, 12)
            expect(test.lower).toBeLessThanOrEqual(metric.delta! + 1e-12)
            expect(test.upper).toBeGreaterThanOrEqual(metric.delta! - 1e-12)
          }
        },
      ),
      { seed: 13, numRuns: 200 },
    )
  })
})

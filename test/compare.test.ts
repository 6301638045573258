import { describe, expect, it } from 'vitest'
import { CATALOGUE, directionOf } from '../src/core/catalogue.js'
import { compareMetrics, NOISE, type MetricComparison } from '../src/core/compare.js'
import { parseThresholds } from '../src/core/thresholds.js'

/** Compares one metric `f1_macro` under `rules` and returns its comparison. */
function one(current: number | undefined, baseline: number | undefined, rules: string): MetricComparison {
  const comparison = compareMetrics(
    current === undefined ? {} : { f1_macro: current },
    baseline === undefined ? undefined : { f1_macro: baseline },
    parseThresholds(rules),
  )
  expect(comparison.metrics).toHaveLength(1)
  return comparison.metrics[0]!
}

describe('compareMetrics: one metric', () => {
  it('improved', () => {
    const m = one(0.85, 0.8, '*: max-drop 0')
    expect(m).toMatchObject({ name: 'f1_macro', direction: 'higher-is-better', baseline: 0.8, current: 0.85 })
    expect(m.status).toBe('improved')
    expect(m.delta).toBeCloseTo(0.05, 15)
    expect(m.broken).toEqual([])
    expect(m.rules).toEqual({ maxDrop: { kind: 'absolute', amount: 0 } })
  })

  it('unchanged, also when the difference is floating-point noise', () => {
    expect(one(0.8, 0.8, '*: max-drop 0')).toMatchObject({ status: 'unchanged', delta: 0, broken: [] })
    expect(one(0.8 - 1e-13, 0.8, '*: max-drop 0').status).toBe('unchanged')
    expect(one(0.8 + 1e-13, 0.8, '*: max-drop 0').status).toBe('unchanged')
    // 0.1 + 0.2 is 0.30000000000000004: not a change.
    expect(one(0.1 + 0.2, 0.3, '*: max-drop 0').status).toBe('unchanged')
    expect(NOISE).toBe(1e-12)
  })

  it('a drop just above the noise with max-drop 0 regresses', () => {
    expect(one(0.8 - 1e-9, 0.8, '*: max-drop 0').status).toBe('regressed')
  })

  it('within tolerance: worse, but by no more than max-drop', () => {
    expect(one(0.795, 0.8, 'f1_macro: max-drop 0.01')).toMatchObject({
      status: 'within-tolerance',
      broken: [],
    })
    // 0.8 - 0.79 is 0.010000000000000009 in binary: exactly the allowance, within the noise.
    expect(one(0.79, 0.8, 'f1_macro: max-drop 0.01').status).toBe('within-tolerance')
    // No max-drop rule at all: any drop is tolerated.
    expect(one(0.5, 0.8, 'f1_macro: min 0.1').status).toBe('within-tolerance')
  })

  it('regressed by an absolute max-drop', () => {
    const m = one(0.7787, 0.8, '*: max-drop 0\nf1_macro: max-drop 0.01')
    expect(m.status).toBe('regressed')
    expect(m.broken).toEqual([{ rule: 'max-drop 0.01', detail: 'dropped 0.0213' }])
    expect(m.delta).toBeCloseTo(-0.0213, 15)
  })

  it('regressed by a relative max-drop, a fraction of the baseline', () => {
    // 2% of 0.9 is 0.018.
    expect(one(0.883, 0.9, 'f1_macro: max-drop 2%').status).toBe('within-tolerance')
    expect(one(0.882, 0.9, 'f1_macro: max-drop 2%').status).toBe('within-tolerance')
    const m = one(0.88, 0.9, 'f1_macro: max-drop 2%')
    expect(m.status).toBe('regressed')
    expect(m.broken).toEqual([{ rule: 'max-drop 2%', detail: 'dropped 0.0200' }])
    // The same drop from a larger baseline is allowed.
    expect(one(0.98, 1, 'f1_macro: max-drop 2%').status).toBe('within-tolerance')
  })

  it('regressed when the min floor is broken, even though it improved', () => {
    const m = one(0.75, 0.7, '*: max-drop 0\nf1_macro: min 0.8')
    expect(m.status).toBe('regressed')
    expect(m.delta).toBeCloseTo(0.05, 15)
    expect(m.broken).toEqual([{ rule: 'min 0.8', detail: 'is 0.7500' }])
  })

  it('a value at the floor, up to the noise, is fine', () => {
    expect(one(0.8, 0.8, 'f1_macro: min 0.8').status).toBe('unchanged')
    expect(one(0.8 - 1e-13, 0.7, 'f1_macro: min 0.8').status).toBe('improved')
  })

  it('regressed when the max ceiling is broken', () => {
    const m = one(0.99, 0.99, 'f1_macro: max 0.95')
    expect(m.status).toBe('regressed')
    expect(m.broken).toEqual([{ rule: 'max 0.95', detail: 'is 0.9900' }])
  })

  it('lists the broken max-drop first, then the bounds', () => {
    const m = one(0.6, 0.9, 'f1_macro: min 0.7, max-drop 0.05')
    expect(m.broken).toEqual([
      { rule: 'max-drop 0.05', detail: 'dropped 0.3000' },
      { rule: 'min 0.7', detail: 'is 0.6000' },
    ])
  })

  it('new: no baseline value for it', () => {
    const m = one(0.6, undefined, '*: max-drop 0')
    expect(m).toEqual({
      name: 'f1_macro',
      direction: 'higher-is-better',
      baseline: undefined,
      current: 0.6,
      status: 'new',
      rules: { maxDrop: { kind: 'absolute', amount: 0 } },
      broken: [],
    })
    expect(m.delta).toBeUndefined()
  })

  it('new but below its floor: regressed', () => {
    const m = one(0.6, undefined, 'f1_macro: min 0.7')
    expect(m.status).toBe('regressed')
    expect(m.broken).toEqual([{ rule: 'min 0.7', detail: 'is 0.6000' }])
  })
})

describe('compareMetrics: a run', () => {
  const thresholds = parseThresholds('*: max-drop 0\nrecall_macro: max-drop 0.05')

  it('lists the run’s metrics in order, then the baseline’s missing ones, which regress', () => {
    const comparison = compareMetrics(
      { accuracy: 0.9, recall_macro: 0.78 },
      { old_metric: 0.5, recall_macro: 0.8, accuracy: 0.9 },
      thresholds,
    )
    expect(comparison.metrics.map((m) => [m.name, m.status])).toEqual([
      ['accuracy', 'unchanged'],
      ['recall_macro', 'within-tolerance'],
      ['old_metric', 'missing'],
    ])
    expect(comparison.metrics[2]).toEqual({
      name: 'old_metric',
      direction: 'higher-is-better',
      baseline: 0.5,
      current: undefined,
      status: 'missing',
      rules: { maxDrop: { kind: 'absolute', amount: 0 } },
      broken: [{ rule: 'present in the baseline', detail: 'not produced by this run' }],
    })
    expect(comparison.regressed).toBe(true)
    expect(comparison.firstRun).toBe(false)
  })

  it('does not regress when nothing got worse beyond its rules', () => {
    const comparison = compareMetrics(
      { accuracy: 0.91, recall_macro: 0.76, f1_macro: 0.5 },
      { accuracy: 0.9, recall_macro: 0.8 },
      thresholds,
    )
    expect(comparison.metrics.map((m) => m.status)).toEqual(['improved', 'within-tolerance', 'new'])
    expect(comparison.regressed).toBe(false)
  })

  it('regresses when one metric does', () => {
    const comparison = compareMetrics(
      { accuracy: 0.89, recall_macro: 0.8 },
      { accuracy: 0.9, recall_macro: 0.7 },
      thresholds,
    )
    expect(comparison.metrics.map((m) => m.status)).toEqual(['regressed', 'improved'])
    expect(comparison.regressed).toBe(true)
  })

  it('first run: no baseline, everything is new, nothing regresses but a broken floor', () => {
    const first = compareMetrics({ accuracy: 0.9, f1_macro: 0.4 }, undefined, thresholds)
    expect(first.firstRun).toBe(true)
    expect(first.regressed).toBe(false)
    expect(first.metrics.map((m) => [m.name, m.status, m.baseline, m.delta])).toEqual([
      ['accuracy', 'new', undefined, undefined],
      ['f1_macro', 'new', undefined, undefined],
    ])
    const floored = compareMetrics(
      { accuracy: 0.9, f1_macro: 0.4 },
      undefined,
      parseThresholds('f1_macro: min 0.5'),
    )
    expect(floored.firstRun).toBe(true)
    expect(floored.regressed).toBe(true)
    expect(floored.metrics.map((m) => m.status)).toEqual(['new', 'regressed'])
  })

  it('an empty baseline entry is not a first run', () => {
    const comparison = compareMetrics({ accuracy: 0.9 }, {}, thresholds)
    expect(comparison.firstRun).toBe(false)
    expect(comparison.metrics.map((m) => m.status)).toEqual(['new'])
  })
})

describe('directions', () => {
  it('every classification metric is higher-is-better, and so is an unknown name', () => {
    const classification = [...CATALOGUE.values()].filter((m) => m.family === 'classification')
    expect(classification).toHaveLength(14)
    for (const { name } of classification) expect(directionOf(name), name).toBe('higher-is-better')
    expect(directionOf('from_an_old_baseline')).toBe('higher-is-better')
  })

  it('losses and errors are lower-is-better, r2 and the score metrics higher-is-better', () => {
    const lower = [...CATALOGUE.values()].filter((m) => m.direction === 'lower-is-better').map((m) => m.name)
    expect(lower).toEqual([
      'log_loss',
      'brier_score',
      'mae',
      'mse',
      'rmse',
      'mape',
      'max_error',
      'median_absolute_error',
    ])
    for (const name of lower) expect(directionOf(name), name).toBe('lower-is-better')
    for (const name of ['r2', 'roc_auc', 'average_precision', 'exact_match', 'token_f1', 'contains'])
      expect(directionOf(name), name).toBe('higher-is-better')
  })

  it('a lower-is-better metric regresses when it rises past max-drop, and improves when it falls', () => {
    const comparison = compareMetrics(
      { mae: 0.3, rmse: 0.4, r2: 0.7 },
      { mae: 0.25, rmse: 0.5, r2: 0.8 },
      parseThresholds('*: max-drop 0.01'),
    )
    expect(comparison.metrics.map((m) => [m.name, m.status, m.broken.map((b) => b.detail)])).toEqual([
      ['mae', 'regressed', ['rose 0.0500']],
      ['rmse', 'improved', []],
      ['r2', 'regressed', ['dropped 0.1000']],
    ])
  })

  it('reads a drop of a higher-is-better metric as worse and a rise as better', () => {
    const comparison = compareMetrics(
      { accuracy: 0.8, balanced_accuracy: 0.9 },
      { accuracy: 0.9, balanced_accuracy: 0.8 },
      parseThresholds('*: max-drop 0'),
    )
    expect(comparison.metrics.map((m) => [m.direction, m.status])).toEqual([
      ['higher-is-better', 'regressed'],
      ['higher-is-better', 'improved'],
    ])
    expect(comparison.metrics[0]!.broken).toEqual([{ rule: 'max-drop 0', detail: 'dropped 0.1000' }])
  })
})

describe('metric names that are also Object properties', () => {
  it('a baseline metric named toString that the run lacks is missing, not compared with a function', () => {
    const comparison = compareMetrics(
      { accuracy: 0.9 },
      { accuracy: 0.9, toString: 0.5 },
      parseThresholds('*: max-drop 0'),
    )
    expect(comparison.metrics.map((m) => [m.name, m.status])).toEqual([
      ['accuracy', 'unchanged'],
      ['toString', 'missing'],
    ])
  })
})

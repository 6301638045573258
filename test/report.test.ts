import { describe, expect, it } from 'vitest'
import { compareMetrics, type Comparison } from '../src/core/compare.js'
import { ConfusionCounter, type ConfusionMatrix } from '../src/core/confusion.js'
import { classificationMetrics } from '../src/core/metrics/classification.js'
import { renderReport, verdict, type ReportInput } from '../src/core/report.js'
import type { Evidence, MetricEvidence } from '../src/core/significance.js'
import { resolveTask } from '../src/core/task.js'
import { parseThresholds } from '../src/core/thresholds.js'

function matrixOf(pairs: [string, string][]): ConfusionMatrix {
  const counter = new ConfusionCounter()
  for (const [gold, predicted] of pairs) counter.add(gold, predicted)
  return counter.toMatrix()
}

// bird is never predicted: a zero denominator for its precision.
const matrix = matrixOf([
  ['cat', 'cat'],
  ['cat', 'dog'],
  ['dog', 'dog'],
  ['bird', 'cat'],
  ['dog', 'dog'],
  ['cat', 'cat'],
])
const classification = classificationMetrics(matrix)
const task = resolveTask(matrix.labels, undefined)
const thresholds = parseThresholds('*: max-drop 0\nrecall_macro: max-drop 0.01\nf1_macro: max-drop 0.01')
const v = classification.values
// accuracy 4/6, precision_macro 4/9, recall_macro 5/9, f1_macro 22/45.
const current = {
  accuracy: v.accuracy!,
  precision_macro: v.precision_macro!,
  recall_macro: v.recall_macro!,
  f1_macro: v.f1_macro!,
}

function input(comparison: Comparison, overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    name: 'default',
    comparison,
    rows: 6,
    files: ['eval/preds.csv'],
    task,
    matrix,
    classification,
    thresholds,
    baseline: { path: '.github/eval-baseline.json', found: true, commit: 'abcdef1234567', rows: 1234 },
    ...overrides,
  }
}

/** The first line without its heading or bold markup. */
function headline(report: string): string {
  return report.split('\n')[0]!.replace(/^#+ /, '').replace(/\*\*/g, '')
}

/** The body of the `<details>` section whose summary starts with `summary`. */
function section(report: string, summary: string): string {
  const start = report.indexOf(`<details>\n<summary>${summary}`)
  expect(start, `no <details> section "${summary}"`).toBeGreaterThanOrEqual(0)
  const end = report.indexOf('</details>', start)
  expect(end).toBeGreaterThan(start)
  return report.slice(start, end)
}

describe('the example run', () => {
  it('has the values the report shows', () => {
    expect(matrix.labels).toEqual(['bird', 'cat', 'dog'])
    expect(task).toEqual({ kind: 'multiclass' })
    expect(current.accuracy).toBeCloseTo(4 / 6, 15)
    expect(current.precision_macro).toBeCloseTo(4 / 9, 15)
    expect(current.recall_macro).toBeCloseTo(5 / 9, 15)
    expect(current.f1_macro).toBeCloseTo(22 / 45, 15)
  })
})

describe('verdict', () => {
  it('names the one regressed metric, how it moved and the rule it broke', () => {
    const comparison = compareMetrics(current, { ...current, f1_macro: 0.5 }, thresholds)
    expect(verdict(comparison)).toEqual({
      icon: '❌',
      text: '1 metric regressed: f1_macro \u22120.0111 (max-drop 0.01)',
    })
  })

  it('counts several regressions, a missing metric and a broken floor of a new one', () => {
    const comparison = compareMetrics(
      { ...current, balanced_accuracy: 0.3 },
      { ...current, f1_macro: 0.5, gone: 0.3 },
      parseThresholds('*: max-drop 0\nbalanced_accuracy: min 0.5'),
    )
    expect(verdict(comparison)).toEqual({
      icon: '❌',
      text:
        '3 metrics regressed: f1_macro \u22120.0111 (max-drop 0); balanced_accuracy 0.3000 (min 0.5); ' +
        'gone missing from this run',
    })
  })

  it('names at most three regressions, the largest drops in table order, and counts the rest', () => {
    const comparison = compareMetrics(
      { accuracy: 0.8, f1_macro: 0.7, recall_macro: 0.78, log_loss: 0.6, precision_macro: 0.79 },
      { accuracy: 0.81, f1_macro: 0.75, recall_macro: 0.8, log_loss: 0.4, precision_macro: 0.8, gone: 0.5 },
      parseThresholds('*: max-drop 0'),
    )
    // Drops: accuracy 0.01, f1_macro 0.05, recall_macro 0.02, log_loss 0.2 (a loss that rose), precision 0.01.
    expect(verdict(comparison).text).toBe(
      '6 metrics regressed: f1_macro \u22120.0500 (max-drop 0); log_loss +0.2000 (max-drop 0); ' +
        'gone missing from this run; and 3 more',
    )
    const four = compareMetrics(
      { accuracy: 0.8, f1_macro: 0.7, recall_macro: 0.78, precision_macro: 0.79 },
      { accuracy: 0.81, f1_macro: 0.75, recall_macro: 0.8, precision_macro: 0.8 },
      parseThresholds('*: max-drop 0'),
    )
    // accuracy and precision_macro drop alike: the earlier row is named.
    expect(verdict(four).text).toBe(
      '4 metrics regressed: accuracy \u22120.0100 (max-drop 0); f1_macro \u22120.0500 (max-drop 0); ' +
        'recall_macro \u22120.0200 (max-drop 0); and 1 more',
    )
  })

  it('announces a first run', () => {
    expect(verdict(compareMetrics(current, undefined, thresholds))).toEqual({
      icon: '🆕',
      text: 'First run: no baseline yet, 4 metrics recorded',
    })
  })

  it('counts the statuses when nothing regressed', () => {
    const comparison = compareMetrics(
      { ...current, balanced_accuracy: 0.5 },
      { ...current, accuracy: 0.6, recall_macro: 0.56 },
      thresholds,
    )
    expect(verdict(comparison)).toEqual({
      icon: '✅',
      text: 'No regressions (1 improved, 2 unchanged, 1 within tolerance, 1 new)',
    })
  })
})

describe('renderReport', () => {
  const comparison = compareMetrics(
    { ...current, balanced_accuracy: v.balanced_accuracy! },
    {
      accuracy: 0.6,
      precision_macro: current.precision_macro + 1e-13,
      recall_macro: 0.56,
      f1_macro: 0.5,
      gone: 0.3,
    },
    thresholds,
  )
  const report = renderReport(input(comparison))

  it('covers every status', () => {
    expect(comparison.metrics.map((m) => [m.name, m.status])).toEqual([
      ['accuracy', 'improved'],
      ['precision_macro', 'unchanged'],
      ['recall_macro', 'within-tolerance'],
      ['f1_macro', 'regressed'],
      ['balanced_accuracy', 'new'],
      ['gone', 'missing'],
    ])
  })

  it('opens with the verdict', () => {
    expect(headline(report)).toBe(
      '❌ 2 metrics regressed: f1_macro \u22120.0111 (max-drop 0.01); gone missing from this run',
    )
  })

  it('opens with the single regression of a smaller run', () => {
    const one = renderReport(input(compareMetrics(current, { ...current, f1_macro: 0.5 }, thresholds)))
    expect(headline(one)).toBe('❌ 1 metric regressed: f1_macro \u22120.0111 (max-drop 0.01)')
  })

  it('names a gate that has its own name in the headline, escaped', () => {
    const named = renderReport(input(comparison, { name: 'spam_filter @team' }))
    expect(headline(named)).toBe(
      '❌ spam_filter @&#8203;team: 2 metrics regressed: f1_macro \u22120.0111 (max-drop 0.01); gone missing from this run',
    )
  })

  it('has a metrics table row for each status', () => {
    const rows = [
      '| metric | baseline | current | Δ | status |',
      '| --- | ---: | ---: | ---: | --- |',
      '| accuracy | 0.6000 | 0.6667 | +0.0667 | 🟢 improved |',
      '| precision_macro | 0.4444 | 0.4444 | ±0.0000 | ⚪ unchanged |',
      '| recall_macro | 0.5600 | 0.5556 | \u22120.0044 | 🟡 within tolerance |',
      '| f1_macro | 0.5000 | 0.4889 | \u22120.0111 | 🔴 regressed: max-drop 0.01 (dropped 0.0111) |',
      '| balanced_accuracy | — | 0.5556 | — | 🆕 new |',
      '| gone | 0.3000 | — | — | 🔴 missing: present in the baseline (not produced by this run) |',
    ]
    expect(report).toContain(rows.join('\n'))
  })

  it('notes the zero denominator of a class never predicted', () => {
    expect(report).toContain(
      '> [!NOTE]\n> Zero denominators were scored 0, as scikit-learn does with `zero_division=0`: <code>bird</code> never predicted (precision).',
    )
  })

  it('has the per-class scores inside <details>, marking the zero denominator', () => {
    const body = section(report, 'Per-class scores (3 classes)')
    expect(body).toContain(
      [
        '| label | precision | recall | f1 | support | predicted |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        '| bird | 0.0000 † | 0.0000 | 0.0000 | 1 | 0 |',
        '| cat | 0.6667 | 0.6667 | 0.6667 | 3 | 3 |',
        '| dog | 0.6667 | 1.0000 | 0.8000 | 2 | 3 |',
      ].join('\n'),
    )
    expect(body).toContain('† zero denominator, scored 0')
  })

  it('has the confusion matrix inside <details>, gold by row, the diagonal in bold', () => {
    const body = section(report, 'Confusion matrix')
    expect(body).toContain(
      [
        '| gold ＼ predicted | bird | cat | dog |',
        '| --- | ---: | ---: | ---: |',
        '| **bird** | **0** | 1 | 0 |',
        '| **cat** | 0 | **2** | 1 |',
        '| **dog** | 0 | 0 | **2** |',
      ].join('\n'),
    )
  })

  it('states the rules applied to each metric', () => {
    const body = section(report, 'Thresholds applied')
    expect(body).toContain('| f1_macro | higher is better | max-drop 0.01 |')
    expect(body).toContain('| accuracy | higher is better | max-drop 0 |')
  })

  it('leaves out the zero-division note when every class was predicted and seen', () => {
    const perfect = matrixOf([
      ['a', 'a'],
      ['b', 'b'],
      ['a', 'b'],
    ])
    const scores = classificationMetrics(perfect)
    expect(scores.zeroDivision).toEqual([])
    const text = renderReport(
      input(
        compareMetrics(
          { accuracy: scores.values.accuracy!, f1_macro: scores.values.f1_macro! },
          undefined,
          thresholds,
        ),
        {
          matrix: perfect,
          classification: scores,
        },
      ),
    )
    expect(text).not.toContain('Zero denominators')
    expect(text).not.toContain('†')
    expect(headline(text)).toBe('🆕 First run: no baseline yet, 2 metrics recorded')
  })

  it('escapes hostile labels and names everywhere', () => {
    const hostile = matrixOf([
      ['| x |', '<img src=x>'],
      ['<img src=x>', '<img src=x>'],
      ['@octocat', '| x |'],
    ])
    const scores = classificationMetrics(hostile)
    const text = renderReport(
      input(compareMetrics({ accuracy: scores.values.accuracy! }, { accuracy: 0.1 }, thresholds), {
        name: '@org/team <b>',
        matrix: hostile,
        classification: scores,
        task: resolveTask(hostile.labels, undefined),
      }),
    )
    expect(text).not.toContain('<img')
    expect(text).not.toContain('<b>')
    expect(text).not.toMatch(/@(octocat|org)/)
    expect(text).not.toMatch(/\| x \|/)
    expect(text).toContain('&lt;img src=x&gt;')
    // Every table row still has as many cells as its header: no pipe leaked from a label.
    const matrixRows = section(text, 'Confusion matrix')
      .split('\n')
      .filter((line) => line.startsWith('|'))
    expect(matrixRows).toHaveLength(5)
    for (const row of matrixRows) expect(row.split(' | ')).toHaveLength(4)
  })
})

describe('the statistical gate in the report', () => {
  const evidenceFor = (significance: number | undefined, untested?: string): Evidence => ({
    metrics: new Map<string, MetricEvidence>([
      [
        'accuracy',
        {
          interval: { estimate: 4 / 6, lower: 0.3333, upper: 1 },
          test: { delta: -0.1, lower: -0.45, upper: 0.2, pValue: 0.31, paired: false, method: 'bootstrap' },
          ...(significance !== undefined ? { adjustedP: 0.62, significant: false } : {}),
        },
      ],
      [
        'f1_macro',
        {
          interval: { estimate: 22 / 45, lower: 0.2, upper: 0.8 },
          test: { delta: -0.3, lower: -0.5, upper: -0.1, pValue: 0.00004, paired: true, method: 'mcnemar' },
          ...(significance !== undefined ? { adjustedP: 0.00008, significant: true } : {}),
        },
      ],
      ['recall_macro', untested ? { untested } : {}],
    ]),
    settings: { significance, confidence: 0.9, samples: 2000, seed: '7' },
    family: ['accuracy', 'f1_macro'],
    pairedMismatches: [],
    editedBaseline: [],
  })

  function reportWith(evidence: Evidence): string {
    const baseline = { ...current, accuracy: current.accuracy + 0.1, f1_macro: current.f1_macro + 0.3 }
    const comparison = compareMetrics(current, baseline, thresholds, undefined, evidence)
    return renderReport(input(comparison, { evidence }))
  }

  it('shows intervals, p-values and how each was tested, and names noise as noise', () => {
    const report = reportWith(evidenceFor(0.05, 'the baseline stores no confusion matrix'))
    expect(report).toContain(
      '| metric | baseline | current [90% interval] | Δ [90% interval] | p | status |\n| --- | ---: | ---: | ---: | ---: | --- |',
    )
    expect(report).toContain(
      '| accuracy | 0.7667 | 0.6667 [0.3333, 1.0000] | −0.1000 [−0.4500, +0.2000] | 0.3100 (Holm 0.6200) | 🟡 within noise: max-drop 0 (dropped 0.1000, not significant) |',
    )
    expect(report).toContain(
      '| f1_macro | 0.7889 | 0.4889 [0.2000, 0.8000] | −0.3000 [−0.5000, −0.1000] | <0.0001 (paired, McNemar, Holm <0.0001) | 🔴 regressed: max-drop 0.01 (dropped 0.3000) |',
    )
    expect(headline(report)).toBe('❌ 1 metric regressed: f1_macro −0.3000 (max-drop 0.01; p &lt;0.0001)')
    expect(report).toContain(
      '<sub>A metric regresses when it breaks its rule **and** its drop is significant: a one-sided test at α = 0.05, Holm–Bonferroni-corrected over the 2 tested metrics (the corrected p decides), so noise alone fails this gate at most 5% of the time. `min` and `max` bounds are absolute.<br>No test for <code>recall_macro</code> (the baseline stores no confusion matrix): the rule alone decides it.<br>Intervals: 90%, 2,000 bootstrap resamples (seed <code>7</code>); count metrics resample the confusion matrix.</sub>',
    )
  })

  it('with significance off says the rules alone decide, and a broken rule regresses', () => {
    const report = reportWith(evidenceFor(undefined))
    expect(report).toContain('<sub>Significance is off: the threshold rules alone decide.<br>Intervals: 90%')
    expect(report).toMatch(
      /\| accuracy \| [^\n]* \| 0\.3100 \| 🔴 regressed: max-drop 0 \(dropped 0\.1000\) \|/,
    )
  })

  /** A one-metric report whose metric has an interval and a normal test, with the report input `extra`. */
  function reportOf(
    metric: string,
    extra: Partial<ReportInput> = {},
    errorMethod?: MetricEvidence['errorMethod'],
  ): string {
    const method = errorMethod === 'delong' || errorMethod === 'analytic' ? errorMethod : 'normal'
    const evidence: Evidence = {
      metrics: new Map<string, MetricEvidence>([
        [
          metric,
          {
            interval: { estimate: 0.5, lower: 0.48, upper: 0.52 },
            test: { delta: -0.01, lower: -0.04, upper: 0.02, pValue: 0.25, paired: false, method },
            ...(errorMethod ? { errorMethod } : {}),
          },
        ],
      ]),
      settings: { significance: 0.05, confidence: 0.9, samples: 2000, seed: '7' },
      family: [metric],
      pairedMismatches: [],
      editedBaseline: [],
    }
    const comparison = compareMetrics({ [metric]: 0.5 }, { [metric]: 0.51 }, thresholds, undefined, evidence)
    return renderReport({
      ...input(comparison, { evidence }),
      task: undefined,
      matrix: undefined,
      classification: undefined,
      ...extra,
    })
  }
  function footerOf(...args: Parameters<typeof reportOf>): string {
    return reportOf(...args)
      .split('\n')
      .find((line) => line.startsWith('<sub>A metric regresses'))!
  }

  it('the footer describes the statistics of the families shown, and only those', () => {
    // Analytic and DeLong standard errors need no resample: the footer names no bootstrap.
    const regression = footerOf('mae', { computed: { kind: 'regression' } }, 'analytic')
    expect(regression).toContain(
      '<br>Intervals: 90%; <code>mae</code>: analytic (means of per-row values, delta method); drops of row metrics are tested from their standard errors (paired: of the per-row differences).</sub>',
    )
    expect(regression).not.toContain('confusion matrix')
    expect(regression).not.toContain('bootstrap')
    expect(footerOf('roc_auc', {}, 'delong')).toContain(
      '<br>Intervals: 90%; <code>roc_auc</code>: DeLong; drops of row metrics are tested from their standard errors (paired: of the per-row differences).</sub>',
    )
    expect(footerOf('median_absolute_error', { computed: { kind: 'regression' } }, 'bootstrap')).toContain(
      '<br>Intervals: 90%, 2,000 bootstrap resamples (seed <code>7</code>); <code>median_absolute_error</code>: row bootstrap; drops of row metrics are tested from their standard errors (paired: of the per-row differences).</sub>',
    )

    const file = 'results.json'
    const fromFile = footerOf('hellaswag/acc', {
      metricsFiles: {
        files: [{ file, format: 'lm-eval', metrics: [] }],
        metrics: [
          {
            name: 'hellaswag/acc',
            value: 0.5,
            direction: 'higher-is-better',
            stderr: 0.01,
            path: '$.results.hellaswag.acc',
            file,
            format: 'lm-eval',
          },
        ],
      },
    })
    expect(fromFile).toContain(
      '<br>Intervals: 90%; metrics read from files take the standard errors the files give, and are tested from those of both runs.</sub>',
    )
    expect(fromFile).not.toContain('bootstrap')
  })

  it('the p cell names the method of the standard error', () => {
    expect(reportOf('roc_auc', {}, 'delong')).toContain('| 0.2500 (DeLong) |')
    expect(reportOf('log_loss', {}, 'analytic')).toContain('| 0.2500 (analytic) |')
    expect(reportOf('hellaswag/acc')).toContain('| 0.2500 (from std. errors) |')
  })
})

describe('numbers the gate formats itself', () => {
  it('carry no zero-width space, however many digits: only artifact text has its hex runs broken', () => {
    const rules = parseThresholds('*: max-drop 0\nmae: max 1234567')
    const baseline = { mae: 10, 'deadbeef12 score': 300000000 }
    const comparison = compareMetrics({ mae: 100000010, 'deadbeef12 score': 100000000 }, baseline, rules)
    const report = renderReport(input(comparison, { name: 'default' }))
    const lines = report.split('\n')
    expect(lines[0]).toBe(
      '### ❌ 2 metrics regressed: mae +100000000.0000 (max-drop 0, max 1234567); deadbe&#8203;ef12 score \u2212200000000.0000 (max-drop 0)',
    )
    expect(lines).toContain(
      '| mae | 10.0000 | 100000010.0000 | +100000000.0000 | 🔴 regressed: max-drop 0 (rose 100000000.0000), max 1234567 (is 100000010.0000) |',
    )
    expect(section(report, 'Thresholds applied')).toContain(
      '| mae | lower is better | max-drop 0, max 1234567 |',
    )
    // The numbers keep every digit together; the only breaks are in the metric name and the baseline's commit,
    // both read from files a pull request can edit.
    const untrusted = report.replaceAll('deadbe&#8203;ef12', '').replaceAll('abcdef&#8203;1', '')
    expect(untrusted).not.toContain('&#8203;')
    expect(report).toContain(
      '| deadbe&#8203;ef12 score | 300000000.0000 | 100000000.0000 | \u2212200000000.0000 |',
    )
  })
})

describe('labels that print alike', () => {
  it('are told apart in the per-class table and the matrix, under a warning naming both spellings', () => {
    const alike = matrixOf([
      [' a', 'a'],
      ['a\t', 'a'],
      ['cafe\u0301', 'caf\u00e9'],
    ])
    const scores = classificationMetrics(alike)
    const comparison = compareMetrics({ accuracy: scores.values.accuracy! }, undefined, thresholds)
    const report = renderReport(
      input(comparison, {
        matrix: alike,
        classification: scores,
        task: resolveTask(alike.labels, undefined),
      }),
    )
    const warnings = report.split('\n').filter((line) => line.startsWith('⚠️'))
    expect(warnings).toEqual([
      '⚠️ labels &quot; a&quot; and &quot;a&quot; differ only by surrounding whitespace or Unicode normalisation, and are counted as two classes<br>',
      '⚠️ labels &quot; a&quot; and &quot;a\\\\t&quot; differ only by surrounding whitespace or Unicode normalisation, and are counted as two classes<br>',
      '⚠️ labels &quot;cafe\\\\u0301&quot; and &quot;caf\\\\u00e9&quot; differ only by surrounding whitespace or Unicode normalisation, and are counted as two classes',
    ])
    // The notice sits just above the per-class scores.
    expect(report).toContain('two classes\n\n<details>\n<summary>Per-class scores (5 classes)')
    const perClass = section(report, 'Per-class scores')
      .split('\n')
      .filter((line) => line.startsWith('| ') && !/^\| (label|---)/.test(line))
      .map((line) => line.split(' | ')[0])
    expect(perClass).toEqual([
      '| &quot; a&quot;',
      '| a',
      '| &quot;a\\\\t&quot;',
      '| &quot;cafe\\\\u0301&quot;',
      '| caf\u00e9',
    ])
    expect(section(report, 'Confusion matrix')).toContain(
      '| gold ＼ predicted | &quot; a&quot; | a | &quot;a\\\\t&quot; | &quot;cafe\\\\u0301&quot; | caf\u00e9 |',
    )
  })
})

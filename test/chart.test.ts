// @vitest-environment happy-dom
// (Mermaid's label sanitiser, DOMPurify, needs a DOM; see test/helpers/mermaid.ts.)
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CHART_COLORS,
  chartNumber,
  chartText,
  renderMetricChart,
  type ChartResult,
  type ChartSeries,
} from '../src/core/chart.js'
import { fencedDiagram, parseChart, type ParsedChart } from './helpers/mermaid.js'

type Chart = Extract<ChartResult, { markdown: string }>

function chart(result: ChartResult): Chart {
  if ('omitted' in result) throw new Error(`chart omitted: ${result.omitted}`)
  return result
}

/** A series with a value for each metric, in order. */
function series(name: string, metrics: string[], values: (number | undefined)[]): ChartSeries {
  return { name, values: Object.fromEntries(metrics.map((m, i) => [m, values[i]])) }
}

/** The configuration every chart sets, and nothing else: a directive smuggled in a name would add to it. */
function expectedConfig(seriesCount: number, categories: number): unknown {
  return {
    xyChart: { height: Math.min(560, Math.max(220, 120 + 36 * categories)) },
    themeVariables: {
      xyChart: {
        plotColorPalette: CHART_COLORS.slice(0, seriesCount)
          .map((c) => c.hex)
          .join(', '),
      },
    },
  }
}

/** Checks that hold for every chart, whatever went into it. */
function expectWellFormed(markdown: string, parsed: ParsedChart): void {
  const lines = markdown.split('\n')
  expect(lines[0]).toBe('```mermaid')
  expect(lines.at(-1)).toBe('```')
  expect(lines.filter((l) => /^\s*(```|~~~)/.test(l))).toHaveLength(2)
  expect(markdown.match(/%%\{/g)).toHaveLength(1) // our own init line only
  expect(parsed.orientation).toBe('horizontal')
  const texts = [parsed.title, ...parsed.categories, ...parsed.plots.map((p) => p.title)]
  for (const text of texts) {
    expect(text).not.toMatch(/["`<>\n\r]|%%|@(?!\u200b)/)
    expect(text).not.toBe('')
  }
  expect(new Set(parsed.categories).size).toBe(parsed.categories.length)
  for (const plot of parsed.plots) expect(plot.values).toHaveLength(parsed.categories.length)
}

describe('the Mermaid parser used by these tests', () => {
  it('accepts a valid chart and reads it back', async () => {
    const parsed = await parseChart(
      '```mermaid\nxychart-beta\n  title "T"\n  x-axis ["a", "b"]\n  y-axis 0 --> 1\n  bar "m" [0.5, 0.25]\n```',
    )
    expect(parsed.categories).toEqual(['a', 'b'])
    expect(parsed.plots).toEqual([
      { type: 'bar', title: 'm', color: expect.any(String), values: [0.5, 0.25] },
    ])
    expect(parsed.title).toBe('T')
  })

  it.each([
    ['a missing comma', 'x-axis ["a" "b"]\n  bar [1, 2]'],
    ['a quote breaking out of a label', 'x-axis ["a"b"]\n  bar [1]'],
    ['an empty label', 'x-axis [""]\n  bar [1]'],
    ['a number with an exponent', 'x-axis ["a"]\n  bar [1e3]'],
    ['NaN', 'x-axis ["a"]\n  bar [NaN]'],
    ['an unclosed list', 'x-axis ["a"]\n  bar [1'],
  ])('rejects %s', async (_, body) => {
    await expect(parseChart(`\`\`\`mermaid\nxychart-beta\n  ${body}\n\`\`\``)).rejects.toThrow(
      /Parse error|Lexical/,
    )
  })

  it('shows that a directive inside a label is obeyed, which is why names are escaped', async () => {
    const parsed = await parseChart(
      "```mermaid\nxychart-beta\n  x-axis [\"a %%{init: {'theme': 'dark'}}%% b\"]\n  bar [1]\n```",
    )
    expect(parsed.config).toEqual({ theme: 'dark' })
  })

  it('rejects a block with a fence line inside', () => {
    expect(() => fencedDiagram('```mermaid\nxychart-beta\n```\n@x\n```')).toThrow(/fence/)
  })
})

describe('chartText', () => {
  it.each([
    ['accuracy', 'accuracy'],
    ['f1_macro', 'f1_macro'],
    ['a"b', "a'b"],
    ['`code`', "'code'"],
    ['"], bar [1', "'], bar [1"],
    ['line1\nline2\r\n```', "line1 line2 '''"],
    ['%%{init: {"theme":"dark"}}%%', "％％{init: {'theme':'dark'}}％％"],
    ['50% of 100%', '50% of 100%'],
    ['%%%', '％％％'],
    ['</script><script>alert(1)', '‹/script›‹script›alert(1)'],
    ['@octocat', '@\u200boctocat'],
    ['recall@5 & #1', 'recall@\u200b5 & #1'],
    ['#quot; #60;', '＃quot; ＃60;'],
    ['\ufb02°lt¶ß', 'fl°lt¶ß'],
    ['\u202eevil\u200b\ufeff', 'evil'],
    ['  a \t\u2028 b  ', 'a b'],
    ['précision 日本語 🚀', 'précision 日本語 🚀'],
    ['', '(unnamed)'],
    ['\n\u200b ', '(unnamed)'],
    ['x'.repeat(500), `${'x'.repeat(31)}…`],
    ['🚀'.repeat(40), `${'🚀'.repeat(31)}…`],
  ])('%j → %j', (input, output) => {
    expect(chartText(input)).toBe(output)
  })

  it('cuts to the given length', () => {
    expect(chartText('abcdefgh', 5)).toBe('abcd…')
    expect(chartText('abcde', 5)).toBe('abcde')
  })
})

describe('chartNumber', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [1, '1'],
    [0.123456, '0.1235'],
    [-0.98765, '-0.9877'],
    [0.99999, '1'],
    [123456, '123500'],
    [1e-7, '0.0000001'],
    [-1.23456e-9, '-0.000000001235'],
    [1.23456e25, '12350000000000000000000000'],
    [5e-10, '0'],
    [-1e-300, '0'],
    [Number.MIN_VALUE, '0'],
    [Number.MAX_VALUE, `1798${'0'.repeat(305)}`],
  ])('%d → %s', (value, text) => {
    expect(chartNumber(value)).toBe(text)
    expect(text).toMatch(/^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/) // xychart's number token
  })

  it('refuses what is not a finite number', () => {
    expect(() => chartNumber(NaN)).toThrow(RangeError)
    expect(() => chartNumber(Infinity)).toThrow(RangeError)
  })
})

describe('renderMetricChart', () => {
  const models = ['candidate', 'baseline', 'vendor-a']

  it.each(Array.from({ length: 11 }, (_, i) => i + 2))('charts %i metrics for three models', async (n) => {
    const metrics = Array.from({ length: n }, (_, i) => `metric_${i + 1}`)
    const values = models.map((_, j) =>
      metrics.map((_, i) => (((i + 1) * (j + 3) * 0.0123457) % 1) + 0.000001),
    )
    const result = chart(
      renderMetricChart(
        metrics,
        models.map((m, j) => series(m, metrics, values[j] as number[])),
      ),
    )
    const parsed = await parseChart(result.markdown)
    expectWellFormed(result.markdown, parsed)
    expect(parsed.config).toEqual(expectedConfig(3, n))
    expect(parsed.title).toBe('Metrics')
    expect(parsed.categories).toEqual(metrics)
    expect(parsed.yAxis).toEqual({ title: '', min: 0, max: 1 })
    expect(parsed.plots.map((p) => [p.type, p.title, p.color])).toEqual([
      ['bar', 'candidate', '#3b82f6'],
      ['line', 'baseline', '#f97316'],
      ['line', 'vendor-a', '#22c55e'],
    ])
    expect(parsed.plots.map((p) => p.values)).toEqual(
      values.map((row) => row.map((v) => Number(v.toPrecision(4)))),
    )
    expect(result.legend).toBe('🟦 **candidate** (bars) · 🟧 **baseline** (line) · 🟩 **vendor-a** (line)')
    expect(result.notes).toEqual([])
  })

  it('charts the exact values it was given, at four significant digits', async () => {
    const metrics = ['accuracy', 'f1_macro']
    const result = chart(
      renderMetricChart(metrics, [
        series('candidate', metrics, [0.912345, 0.5]),
        series('baseline', metrics, [0.1, 1]),
      ]),
    )
    expect(result.markdown).toBe(
      [
        '```mermaid',
        '%%{init: {"xyChart": {"height": 220}, "themeVariables": {"xyChart": {"plotColorPalette": "#3b82f6, #f97316"}}}}%%',
        'xychart-beta horizontal',
        '  title "Metrics"',
        '  x-axis ["accuracy", "f1_macro"]',
        '  y-axis 0 --> 1',
        '  bar "candidate" [0.9123, 0.5]',
        '  line "baseline" [0.1, 1]',
        '```',
      ].join('\n'),
    )
    expect((await parseChart(result.markdown)).plots.map((p) => p.values)).toEqual([
      [0.9123, 0.5],
      [0.1, 1],
    ])
  })

  it('turns a single metric around: one bar per model', async () => {
    const result = chart(
      renderMetricChart(
        ['accuracy'],
        models.map((m, j) => series(m, ['accuracy'], [0.9 - j / 10])),
      ),
    )
    const parsed = await parseChart(result.markdown)
    expectWellFormed(result.markdown, parsed)
    expect(parsed.config).toEqual(expectedConfig(3, 3))
    expect(parsed.categories).toEqual(models)
    expect(parsed.yAxis).toEqual({ title: 'accuracy', min: 0, max: 1 })
    expect(parsed.plots).toEqual([
      { type: 'bar', title: 'accuracy', color: '#3b82f6', values: [0.9, 0.8, 0.7] },
    ])
    expect(result.legend).toBe('🟦 accuracy per model (bars).')
  })

  it('leaves out more than 12 metrics, or fewer when asked', () => {
    const metrics = Array.from({ length: 13 }, (_, i) => `m${i}`)
    const one = [
      series(
        'candidate',
        metrics,
        metrics.map(() => 0.5),
      ),
    ]
    expect(renderMetricChart(metrics, one)).toEqual({
      omitted: 'Chart left out: 13 metrics (at most 12 fit).',
    })
    expect(renderMetricChart(metrics.slice(0, 12), one)).toHaveProperty('markdown')
    expect(renderMetricChart(metrics.slice(0, 5), one, { maxMetrics: 4 })).toEqual({
      omitted: 'Chart left out: 5 metrics (at most 4 fit).',
    })
  })

  it('leaves out more models than it has colours for', () => {
    const nine = Array.from({ length: 9 }, (_, i) => series(`model-${i}`, ['a', 'b'], [0.5, 0.5]))
    expect(renderMetricChart(['a', 'b'], nine)).toEqual({
      omitted: 'Chart left out: 9 models (at most 8 fit).',
    })
    expect(renderMetricChart(['a', 'b'], nine.slice(0, 8))).toHaveProperty('markdown')
    expect(renderMetricChart(['a', 'b'], nine.slice(0, 3), { maxSeries: 2 })).toEqual({
      omitted: 'Chart left out: 3 models (at most 2 fit).',
    })
  })

  it('says so when there is nothing to chart', () => {
    const none = { omitted: 'Chart left out: no metric values to chart.' }
    expect(renderMetricChart([], [series('candidate', [], [])])).toEqual(none)
    expect(renderMetricChart(['a'], [])).toEqual(none)
    expect(renderMetricChart(['a'], [series('candidate', ['a'], [NaN])])).toEqual(none)
  })

  it('draws a missing value at the low end of the axis and notes it', async () => {
    const metrics = ['accuracy', 'roc_auc', 'f1']
    const result = chart(
      renderMetricChart(metrics, [
        series('candidate', metrics, [0.9, undefined, 0.8]),
        series('baseline', metrics, [0.85, 0.93, Number.NaN]),
        { name: 'vendor-a', values: { accuracy: 0.7, f1: Number.POSITIVE_INFINITY } },
      ]),
    )
    const parsed = await parseChart(result.markdown)
    expectWellFormed(result.markdown, parsed)
    expect(parsed.plots.map((p) => p.values)).toEqual([
      [0.9, 0, 0.8],
      [0.85, 0.93, 0],
      [0.7, 0, 0],
    ])
    expect(result.notes).toEqual([
      'No value, drawn at the low end of the axis: candidate for roc_auc, baseline for f1, vendor-a for roc_auc, vendor-a for f1.',
    ])
  })

  it('leaves out a metric or a model without any value, with a note', async () => {
    const metrics = ['accuracy', 'f1', 'ghost_metric']
    const result = chart(
      renderMetricChart(metrics, [
        series('candidate', metrics, [0.9, 0.8, undefined]),
        series('ghost', metrics, [undefined, undefined, undefined]),
        series('baseline', metrics, [0.85, 0.75, undefined]),
      ]),
    )
    const parsed = await parseChart(result.markdown)
    expect(parsed.categories).toEqual(['accuracy', 'f1'])
    expect(parsed.plots.map((p) => p.title)).toEqual(['candidate', 'baseline'])
    expect(result.legend).toBe('🟦 **candidate** (bars) · 🟧 **baseline** (line)')
    expect(result.notes).toEqual([
      'Not in the chart (no values): ghost_metric.',
      'Not in the chart (no values): ghost.',
    ])
  })

  it('charts only the 0–1 metrics when the scales are mixed', async () => {
    const metrics = ['accuracy', 'log_loss', 'f1', 'r2']
    const result = chart(
      renderMetricChart(metrics, [
        series('candidate', metrics, [0.9, 1.3, 0.8, 0.4]),
        series('baseline', metrics, [0.85, 0.7, 0.75, -0.2]),
      ]),
    )
    const parsed = await parseChart(result.markdown)
    expectWellFormed(result.markdown, parsed)
    expect(parsed.categories).toEqual(['accuracy', 'f1'])
    expect(parsed.yAxis).toEqual({ title: '', min: 0, max: 1 })
    expect(result.notes).toEqual(['Not in the chart (not on a 0–1 scale): log_loss, r2.'])
  })

  it('puts negative values and values above 1 on a shared axis when no metric is on a 0–1 scale', async () => {
    const metrics = ['mae', 'rmse', 'r2']
    const result = chart(
      renderMetricChart(metrics, [
        series('candidate', metrics, [1.2, 1.9, -0.3]),
        series('baseline', metrics, [1.5, 2.2, -0.1]),
      ]),
    )
    const parsed = await parseChart(result.markdown)
    expectWellFormed(result.markdown, parsed)
    expect(parsed.yAxis).toEqual({ title: '', min: -0.5, max: 2.5 })
    expect(parsed.plots.map((p) => p.values)).toEqual([
      [1.2, 1.9, -0.3],
      [1.5, 2.2, -0.1],
    ])
    expect(result.notes).toEqual(['Bars start at the low end of the axis (-0.5), not at zero.'])
  })

  it('leaves out metrics too small to see on a shared axis', async () => {
    const metrics = ['mse', 'mae', 'r2']
    const result = chart(
      renderMetricChart(metrics, [
        series('candidate', metrics, [2000, 1.2, -0.3]),
        series('baseline', metrics, [2100, 1.5, -0.1]),
      ]),
    )
    const parsed = await parseChart(result.markdown)
    expect(parsed.categories).toEqual(['candidate', 'baseline'])
    expect(parsed.yAxis).toEqual({ title: 'mse', min: 0, max: 2500 })
    expect(parsed.plots[0]?.values).toEqual([2000, 2100])
    expect(result.notes).toEqual(['Not in the chart (too small on this scale): mae, r2.'])
  })

  it('charts all-negative values with the axis ending at zero', async () => {
    const metrics = ['neg_log_loss', 'neg_mae']
    const result = chart(
      renderMetricChart(metrics, [
        series('candidate', metrics, [-3.5, -12.5]),
        series('b', metrics, [-4, -11]),
      ]),
    )
    const parsed = await parseChart(result.markdown)
    expectWellFormed(result.markdown, parsed)
    expect(parsed.yAxis).toEqual({ title: '', min: -15, max: 0 })
    expect(parsed.plots.map((p) => p.values)).toEqual([
      [-3.5, -12.5],
      [-4, -11],
    ])
    expect(result.notes).toEqual(['Bars start at the low end of the axis (-15), not at zero.'])
  })

  const hostile = [
    'a"b',
    "a'b",
    '"], bar [1',
    'x"]\n  line "pwned" [1, 2',
    '```',
    '```js\nalert(1)\n```',
    'line1\nline2',
    '\r\n```\n@evil',
    '%%{init: {"theme": "dark"}}%%',
    "%%{init: {'theme':'forest'}}%%",
    '%% comment',
    '</script><script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '@octocat',
    '#quot;',
    '\ufb02°lt¶ß',
    'précision_日本語_🚀',
    '\u202eevil',
    'ŝ'.repeat(300),
    '',
    '   ',
    '[]',
    ', ; : { }',
    'title "hacked"',
    '__proto__',
    'constructor',
  ]

  it.each(hostile)('keeps the hostile name %j inside its label everywhere', async (name) => {
    const metrics = [name, 'accuracy']
    const result = chart(
      renderMetricChart(
        metrics,
        [series(name, metrics, [0.5, 0.6]), series('baseline', metrics, [0.4, 0.7])],
        {
          title: name,
        },
      ),
    )
    const parsed = await parseChart(result.markdown)
    expectWellFormed(result.markdown, parsed)
    expect(parsed.config).toEqual(expectedConfig(2, 2))
    expect(parsed.title).toBe(chartText(name, 60))
    expect(parsed.categories).toEqual([chartText(name), 'accuracy'])
    expect(parsed.plots.map((p) => [p.type, p.title, p.values])).toEqual([
      ['bar', chartText(name), [0.5, 0.6]],
      ['line', 'baseline', [0.4, 0.7]],
    ])
    expect(result.legend).not.toMatch(/[<>\n]|@(?!&#8203;)/)
  })

  it('charts 12 hostile metric names at once, each its own category', async () => {
    const metrics = hostile.slice(0, 12)
    const result = chart(
      renderMetricChart(metrics, [
        series(
          '@octocat',
          metrics,
          metrics.map((_, i) => i / 12),
        ),
        series(
          '%%{init: {"theme": "dark"}}%%',
          metrics,
          metrics.map((_, i) => 1 - i / 12),
        ),
      ]),
    )
    const parsed = await parseChart(result.markdown)
    expectWellFormed(result.markdown, parsed)
    expect(parsed.config).toEqual(expectedConfig(2, 12))
    // 'a"b' and "a'b" both read a'b: the second gets a number.
    expect(parsed.categories).toEqual(metrics.map((m, i) => (i === 1 ? "a'b (2)" : chartText(m))))
    expect(parsed.categories.slice(0, 4)).toEqual(["a'b", "a'b (2)", "'], bar [1", "x'] line 'pwned' [1, 2"])
    expect(parsed.plots.map((p) => p.title)).toEqual(['@\u200boctocat', "％％{init: {'theme': 'dark'}}％％"])
    expect(result.legend).toBe(
      '🟦 **@&#8203;octocat** (bars) · 🟧 **%%{init: {&quot;theme&quot;: &quot;dark&quot;}}%%** (line)',
    )
  })

  it('keeps labels distinct when escaping or cutting makes them equal', async () => {
    const long = 'z'.repeat(40)
    const metrics = ['a"b', "a'b", 'a`b', `${long}1`, `${long}2`, '', ' ']
    const result = chart(
      renderMetricChart(metrics, [
        series(
          'candidate',
          metrics,
          metrics.map(() => 0.5),
        ),
      ]),
    )
    const parsed = await parseChart(result.markdown)
    expectWellFormed(result.markdown, parsed)
    expect(parsed.categories).toEqual([
      "a'b",
      "a'b (2)",
      "a'b (3)",
      `${'z'.repeat(31)}…`,
      `${'z'.repeat(27)}… (2)`,
      '(unnamed)',
      '(unnamed) (2)',
    ])
  })

  it('escapes names in the legend and notes as Markdown', () => {
    const metrics = ['<b>m</b>', 'ok', 'big_*']
    const result = chart(
      renderMetricChart(metrics, [
        series('@octocat', metrics, [0.5, undefined, 3]),
        series('a|b', metrics, [undefined, 0.2, 4]),
      ]),
    )
    expect(result.legend).toBe('🟦 **@&#8203;octocat** (bars) · 🟧 **a&#124;b** (line)')
    expect(result.notes).toEqual([
      'Not in the chart (not on a 0–1 scale): big\\_\\*.',
      'No value, drawn at the low end of the axis: @&#8203;octocat for ok, a&#124;b for &lt;b&gt;m&lt;/b&gt;.',
    ])
  })

  it('produces a chart Mermaid parses for any names and values', async () => {
    const piece = fc.constantFrom(
      ...['"', '`', '%', '%%{', '}%%', '\n', '\r', '#', 'x;', '<', '>', '@', 'a', ' ', '[', ']', ','],
      ...['\ufb02°', '¶ß', '\u2028', '```', 'é', '日', '🚀', '\u200b', '\u202e', '-->', 'bar', 'title'],
    )
    const name = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''))
    const value = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined })
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(name, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(name, fc.array(value, { minLength: 5, maxLength: 5 })), {
          minLength: 1,
          maxLength: 4,
        }),
        name,
        async (metrics, rows, title) => {
          const result = renderMetricChart(
            metrics,
            rows.map(([n, values]) => series(n, metrics, values)),
            { title },
          )
          if ('omitted' in result) return
          const parsed = await parseChart(result.markdown)
          expectWellFormed(result.markdown, parsed)
          expect(Object.keys(parsed.config as object).sort()).toEqual(['themeVariables', 'xyChart'])
          expect(parsed.categories.length).toBeGreaterThan(0)
        },
      ),
      { seed: 20240508, numRuns: 60 },
    )
  })
})

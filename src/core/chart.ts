/**
 * A Mermaid `xychart-beta` chart of metric values per model, for the pull-request comment. GitHub renders
 * ```mermaid blocks itself; this module only builds the text, so it stays pure.
 *
 * Layout. Mermaid's xychart draws every `bar` series at the same position with the full band width (its BarPlot
 * has no grouping), so a second bar series would hide the first wherever it is longer. The first series (the
 * candidate, by the caller's convention) is therefore drawn as bars and every other series (baseline, other
 * models) as a line over them, each in its own colour. With a single metric a line would be a lone invisible
 * point, so the chart is turned around: one bar per model. The chart is horizontal (categories down the left
 * side) so that long metric names stay readable, and its height grows with the number of categories.
 *
 * Scale. Metrics whose values all lie in [0, 1] are charted on a 0 → 1 axis; when there is at least one such
 * metric, the others (a loss above 1, a negative r2, an error in data units) are left out with a note, because one
 * large metric would flatten all the others. When no metric lies in [0, 1], all share an axis from
 * min(0, lowest) to max(0, highest), rounded outward, and a metric whose largest magnitude is under 5 % of that
 * axis is left out with a note (its bars would be invisible). Xychart draws bars from the low end of the axis, not
 * from zero, which a note says when the axis goes below zero.
 *
 * Missing values. Xychart needs one number per category, so a model without a value for a metric (or with a
 * value that is not finite) is drawn at the low end of the axis, and a note lists those pairs. A metric or a series
 * without any value is left out with a note.
 *
 * Text. Metric and model names come from untrusted artifacts; see {@link chartText} for the escaping rule.
 */
import { escapeMarkdown } from './markdown.js'
import { ownValue } from './own.js'

/** One model's values, keyed by metric name; `undefined` (or a missing key, or a non-finite number) is no value. */
export interface ChartSeries {
  name: string
  values: Readonly<Record<string, number | undefined>>
}

export interface ChartOptions {
  /** Most metrics charted; more and the chart is left out. Default 12. */
  maxMetrics?: number
  /** Most series charted; more and the chart is left out. Default (and at most) {@link CHART_COLORS}.length. */
  maxSeries?: number
  /** Chart title, untrusted text; default `Metrics`. */
  title?: string
}

export type ChartResult =
  | {
      /** The ```mermaid fenced block, ending without a newline. */
      markdown: string
      /** Markdown line naming each series in drawing order with its colour; xychart has no legend of its own. */
      legend: string
      /** Markdown sentences (names already escaped) about what the chart leaves out or draws specially. */
      notes: string[]
    }
  | {
      /** One Markdown sentence (names already escaped) saying why there is no chart. */
      omitted: string
    }

/** Series colours in drawing order, each with the emoji square the legend shows for it. */
export const CHART_COLORS: readonly { hex: string; square: string }[] = [
  { hex: '#3b82f6', square: '🟦' },
  { hex: '#f97316', square: '🟧' },
  { hex: '#22c55e', square: '🟩' },
  { hex: '#a855f7', square: '🟪' },
  { hex: '#ef4444', square: '🟥' },
  { hex: '#eab308', square: '🟨' },
  { hex: '#92400e', square: '🟫' },
  { hex: '#6b7280', square: '⬛' },
]

export const DEFAULT_MAX_METRICS = 12

/** Longest category or series label, in code points, before it is cut with `…`. */
const MAX_LABEL = 32
/** Longest title. */
const MAX_TITLE = 60
/** Significant digits of every number in the chart text. */
const DIGITS = 4
/** Magnitude under which a number is charted as 0 (it could not be seen, and would make the text long). */
const TINY = 1e-9
/** Names listed in a note before the rest are counted. */
const MAX_LISTED = 6
/** Chart height in pixels: room for each category, within these bounds. */
const MIN_HEIGHT = 220
const MAX_HEIGHT = 560
/** Fraction of the axis under which a metric is too small to see on a shared, non-unit axis. */
const MIN_VISIBLE = 0.05

/**
 * Makes untrusted text safe inside a double-quoted xychart string (`title "…"`, `x-axis ["…", …]`, `bar "…"`).
 *
 * What Mermaid does with such a string (mermaid 11, xychart.jison and the code around it):
 * - the lexer reads `"`, then `[^"]*` as the text, then `"`; there are no escapes, so only `"` ends a string,
 *   and an empty string `""` does not parse;
 * - before the grammar runs, `%%{…}%%` anywhere in the text, inside strings too, is a directive that changes the
 *   configuration, and `%%` starts a comment;
 * - the renderer turns `#name;` into an HTML entity and decodes its own `ﬂ°…¶ß` placeholders, and labels go
 *   through DOMPurify, which removes anything that looks like a tag;
 * - GitHub ends the ```mermaid block at a line of backticks.
 *
 * The rule, in order:
 * 1. line breaks, tabs and other control characters become spaces (so no new statement or closing fence can
 *    start); bidirectional overrides and zero-width characters are removed;
 * 2. `"` and `` ` `` become `'` (nothing ends the string or starts a Markdown string);
 * 3. a `%` next to another `%` becomes `％` (no directive, no comment), `#` before `name;` becomes `＃` (no
 *    entity), `<` `>` become `‹` `›` (no HTML), `ﬂ` becomes `fl`;
 * 4. runs of spaces become one and the ends are trimmed; `@` gets a zero-width space after it, as in
 *    {@link escapeMarkdown}, so it can never be read as a mention;
 * 5. the text is cut to `max` code points with `…`, and an empty result becomes `(unnamed)`.
 * Everything else (letters of any script, digits, `&`, `[`, `]`, `,`, `;`, `{`, `}`, `:`, …) is literal text
 * inside the string, as the lexer rule above shows.
 */
export function chartText(text: string, max = MAX_LABEL): string {
  const cleaned = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/["`]/g, "'")
    .replace(/%(?=%)|(?<=%)%/g, '\uff05')
    .replace(/#(?=\w+;)/g, '\uff03')
    .replace(/</g, '\u2039')
    .replace(/>/g, '\u203a')
    .replace(/\ufb02/g, 'fl')
    .replace(/\s+/g, ' ')
    .trim()
    // After the trim and the zero-width removal above, so it stays.
    .replace(/@/g, '@\u200b')
  const points = Array.from(cleaned)
  const cut =
    points.length > max
      ? `${points
          .slice(0, max - 1)
          .join('')
          .trimEnd()}…`
      : cleaned
  return cut === '' ? '(unnamed)' : cut
}

/**
 * A number as xychart's lexer accepts it (`[+-]?(\d+(\.\d+)?|\.\d+)`: no exponent, no `NaN`), rounded to
 * {@link DIGITS} significant digits; a magnitude under {@link TINY} is written as `0`.
 */
export function chartNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`)
  if (Math.abs(value) < TINY) return '0'
  // d.ddde±x, written out in full: no rounding beyond toExponential's.
  const [mantissa = '', exponent = '0'] = Math.abs(value)
    .toExponential(DIGITS - 1)
    .split('e')
  const digits = mantissa.replace('.', '')
  const shift = Number(exponent) + 1
  const whole = shift <= 0 ? '0' : digits.slice(0, shift).padEnd(shift, '0')
  const fraction = (shift < 0 ? '0'.repeat(-shift) + digits : digits.slice(Math.max(shift, 0))).replace(
    /0+$/,
    '',
  )
  return `${value < 0 ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`
}

/**
 * The Markdown of a Mermaid chart of `metrics` (the categories, top to bottom in this order) for each series (the
 * first drawn as bars, the others as lines over them), or why it was left out. Pure and deterministic. The caller
 * shows `legend` and `notes` under the block.
 */
export function renderMetricChart(
  metrics: readonly string[],
  series: readonly ChartSeries[],
  options: ChartOptions = {},
): ChartResult {
  const maxMetrics = options.maxMetrics ?? DEFAULT_MAX_METRICS
  const maxSeries = Math.min(options.maxSeries ?? CHART_COLORS.length, CHART_COLORS.length)
  const notes: string[] = []

  // Values as charted (rounded), so that the scale is chosen from the very numbers the chart shows.
  const valueOf = (s: ChartSeries, metric: string): number | undefined => {
    const v = ownValue(s.values, metric)
    return typeof v === 'number' && Number.isFinite(v) ? Number(chartNumber(v)) : undefined
  }

  let names = [...new Set(metrics)]
  const noValues = names.filter((m) => series.every((s) => valueOf(s, m) === undefined))
  if (noValues.length > 0) notes.push(`Not in the chart (no values): ${list(noValues)}.`)
  names = names.filter((m) => !noValues.includes(m))
  if (names.length === 0 || series.length === 0)
    return { omitted: 'Chart left out: no metric values to chart.' }

  // Scale: unit metrics first; otherwise one shared axis without the metrics too small to see on it.
  const valuesOf = (m: string): number[] =>
    series.map((s) => valueOf(s, m)).filter((v): v is number => v !== undefined)
  const unit = names.filter((m) => valuesOf(m).every((v) => v >= 0 && v <= 1))
  let lo = 0
  let hi = 1
  if (unit.length > 0) {
    const other = names.filter((m) => !unit.includes(m))
    if (other.length > 0) notes.push(`Not in the chart (not on a 0–1 scale): ${list(other)}.`)
    names = unit
  } else {
    const all = names.flatMap(valuesOf)
    ;[lo, hi] = niceRange(Math.min(0, ...all), Math.max(0, ...all))
    const span = hi - lo
    const small = names.filter((m) => Math.max(...valuesOf(m).map(Math.abs)) < MIN_VISIBLE * span)
    if (small.length > 0 && small.length < names.length) {
      notes.push(`Not in the chart (too small on this scale): ${list(small)}.`)
      names = names.filter((m) => !small.includes(m))
      const kept = names.flatMap(valuesOf)
      ;[lo, hi] = niceRange(Math.min(0, ...kept), Math.max(0, ...kept))
    }
    if (lo < 0) notes.push(`Bars start at the low end of the axis (${chartNumber(lo)}), not at zero.`)
  }
  if (names.length > maxMetrics) {
    return { omitted: `Chart left out: ${names.length} metrics (at most ${maxMetrics} fit).` }
  }

  const charted = series.filter((s) => names.some((m) => valueOf(s, m) !== undefined))
  const empty = series.filter((s) => !charted.includes(s))
  if (empty.length > 0) {
    notes.push(`Not in the chart (no values): ${list(empty.map((s) => s.name))}.`)
  }
  if (charted.length > maxSeries) {
    return { omitted: `Chart left out: ${charted.length} models (at most ${maxSeries} fit).` }
  }

  const missing: string[] = []
  const cell = (s: ChartSeries, m: string): string => {
    const v = valueOf(s, m)
    if (v === undefined) missing.push(`${escapeMarkdown(s.name)} for ${escapeMarkdown(m)}`)
    return chartNumber(v ?? lo)
  }
  const row = (of: readonly ChartSeries[], m: string): string[] => of.map((s) => cell(s, m))

  const colors = CHART_COLORS.slice(0, Math.max(charted.length, 1))
    .map((c) => c.hex)
    .join(', ')
  const categories = names.length === 1 ? charted.length : names.length
  const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, 120 + 36 * categories))
  const lines = [
    '```mermaid',
    `%%{init: {"xyChart": {"height": ${height}}, "themeVariables": {"xyChart": {"plotColorPalette": "${colors}"}}}}%%`,
    'xychart-beta horizontal',
    `  title ${quote(chartText(options.title ?? 'Metrics', MAX_TITLE))}`,
  ]
  let legend: string
  if (names.length === 1) {
    // One metric: one bar per model, the models as categories. Every charted series has a value for it.
    const metric = names[0] as string
    lines.push(
      `  x-axis [${unique(charted.map((s) => chartText(s.name)))
        .map(quote)
        .join(', ')}]`,
      `  y-axis ${quote(chartText(metric))} ${chartNumber(lo)} --> ${chartNumber(hi)}`,
      `  bar ${quote(chartText(metric))} [${row(charted, metric).join(', ')}]`,
    )
    legend = `${CHART_COLORS[0]?.square} ${escapeMarkdown(metric)} per model (bars).`
  } else {
    lines.push(
      `  x-axis [${unique(names.map((m) => chartText(m)))
        .map(quote)
        .join(', ')}]`,
      `  y-axis ${chartNumber(lo)} --> ${chartNumber(hi)}`,
    )
    charted.forEach((s, i) => {
      lines.push(
        `  ${i === 0 ? 'bar' : 'line'} ${quote(chartText(s.name))} [${names.map((m) => cell(s, m)).join(', ')}]`,
      )
    })
    legend = charted
      .map(
        (s, i) => `${CHART_COLORS[i]?.square} **${escapeMarkdown(s.name)}** (${i === 0 ? 'bars' : 'line'})`,
      )
      .join(' · ')
  }
  lines.push('```')
  if (missing.length > 0) notes.push(`No value, drawn at the low end of the axis: ${listEscaped(missing)}.`)
  return { markdown: lines.join('\n'), legend, notes }
}

function quote(text: string): string {
  return `"${text}"`
}

/** Labels made distinct, as the band axis needs: a repeat gets ` (2)`, ` (3)`, … */
function unique(labels: string[]): string[] {
  const seen = new Set<string>()
  return labels.map((label) => {
    let candidate = label
    for (let n = 2; seen.has(candidate); n++) {
      const suffix = ` (${n})`
      candidate = `${chartText(label, MAX_LABEL - suffix.length)}${suffix}`
    }
    seen.add(candidate)
    return candidate
  })
}

/** An axis from `lo` to `hi` (with `lo <= 0 <= hi`) widened to multiples of a round step. */
function niceRange(lo: number, hi: number): [number, number] {
  if (hi === lo) return [lo, lo + 1]
  const raw = (hi - lo) / 5
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 5, 10].find((f) => f * power >= raw) ?? 10) * power
  if (!(step > 0) || !Number.isFinite(step)) return [lo, hi]
  return [Number(chartNumber(Math.floor(lo / step) * step)), Number(chartNumber(Math.ceil(hi / step) * step))]
}

function list(names: string[]): string {
  return listEscaped(names.map(escapeMarkdown))
}

function listEscaped(items: string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(', ')
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown
}

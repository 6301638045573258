import { CATALOGUE } from './catalogue.js'
import { isRegression, type Comparison, type MetricComparison, type Status } from './compare.js'
import type { ConfusionMatrix } from './confusion.js'
import { lookAlikeLabelWarnings, shownLabel } from './labels.js'
import { code, details, escapeMarkdown, escapeOwnText, escapeTrustedMarkdown, table } from './markdown.js'
import { formatCount, formatDelta, formatValue } from './format.js'
import type { ClassificationResult } from './metrics/classification.js'
import { renderMetricChart } from './chart.js'
import { metricsFilesContext, metricsFilesDetails, type MetricsFilesReport } from './metrics-files/report.js'
import type { BaselineChange } from './baseline-diff.js'
import { DEFAULTS, type DatasetChangePolicy } from './settings.js'
import type { Evidence, MetricEvidence, MetricTest } from './significance.js'
import type { TaskShape } from './task.js'
import { describeRules, type ThresholdLine } from './thresholds.js'

/** Everything one report shows. All strings are raw: the renderer escapes them. */
export interface ReportInput {
  /** The `name` input: which model or report this is. */
  name: string
  comparison: Comparison
  /** Rows read, over all prediction files (0 when there are none). */
  rows: number
  files: string[]
  /** Classification runs only; a run of metrics files alone has no task, matrix or per-class scores. */
  task?: TaskShape
  matrix?: ConfusionMatrix
  classification?: ClassificationResult
  /** The metrics files read, when there were any. */
  metricsFiles?: MetricsFilesReport
  /** Regression and text runs (`task` input): which, and a note on the rows such as how many gold answers. */
  computed?: { kind: 'regression' | 'text'; note?: string }
  thresholds: ThresholdLine[]
  baseline: BaselineSummary
  /** Where this run comes from, for the footer. */
  run?: RunLinks
  /** Set when the gold labels differ from those the baseline was measured on. */
  datasetChange?: {
    policy: DatasetChangePolicy
    baselineRows?: number
    rows: number
    /** Set when this run and the baseline measured different parts of their benchmark (lm-eval's `--limit`). */
    subset?: string
  }
  /** Set when a pull request edits its own baseline: what it changes, and which copy the gate used. */
  proposedChanges?: { trustedFrom: string; changes: BaselineChange[] }
  /** The statistical gate's settings and family, for the columns and the line that explains the rule. */
  evidence?: Evidence
  /** Draw the Mermaid chart of this run against the baseline (the `chart` input; default true). */
  chart?: boolean
  /** Several models: the rendered leaderboard (with its own chart), shown after the metrics. */
  leaderboard?: string
}

/** Links back to the run, shown in the footer. */
export interface RunLinks {
  /** Commit SHA evaluated. */
  commit?: string
  /** URL of the workflow run. */
  url?: string
  /** eval-gate's version. */
  version?: string
}

/** What the report says about the baseline it compared with. */
export interface BaselineSummary {
  path: string
  /** No file, or no entry for this name: a first run. */
  found: boolean
  /** A hand-written flat file of metric values. */
  flat?: boolean
  commit?: string
  time?: string
  rows?: number
}

const STATUS_TEXT: Record<Status, string> = {
  improved: '🟢 improved',
  unchanged: '⚪ unchanged',
  'within-tolerance': '🟡 within tolerance',
  'within-noise': '🟡 within noise',
  regressed: '🔴 regressed',
  new: '🆕 new',
  missing: '🔴 missing',
}

/** The one-line verdict, as an icon and a sentence. */
export interface Verdict {
  icon: '❌' | '🆕' | '✅'
  text: string
}

/**
 * How a sentence's parts are written: as they are (the log, outputs, annotations), or for Markdown, where metric
 * names are untrusted and escaped as such, and the gate's own words and numbers only have their syntax escaped.
 */
interface TextStyle {
  name: (text: string) => string
  own: (text: string) => string
}

const PLAIN: TextStyle = { name: (text) => text, own: (text) => text }
const MARKDOWN: TextStyle = { name: escapeMarkdown, own: escapeOwnText }

/** The verdict: the report's headline, the `summary` output (icon and text) and the failure message (text). */
export function verdict(comparison: Comparison, style: TextStyle = PLAIN): Verdict {
  const regressed = comparison.metrics.filter(isRegression)
  if (regressed.length > 0) {
    const noun = regressed.length === 1 ? 'metric' : 'metrics'
    const named = headlineRegressions(regressed)
    const more = regressed.length - named.length
    const parts = [
      ...named.map((metric) => describeRegression(metric, style)),
      ...(more > 0 ? [`and ${more} more`] : []),
    ]
    return { icon: '❌', text: style.own(`${regressed.length} ${noun} regressed: `) + parts.join('; ') }
  }
  if (comparison.firstRun) {
    const count = comparison.metrics.length
    return {
      icon: '🆕',
      text: `First run: no baseline yet, ${count} ${count === 1 ? 'metric' : 'metrics'} recorded`,
    }
  }
  return { icon: '✅', text: style.own(`No regressions (${countStatuses(comparison.metrics)})`) }
}

/** The headline names at most this many regressions, so it stays one line; the table lists them all. */
const HEADLINE_REGRESSIONS = 3

/** The regressions the headline names: the largest drops, in table order. */
function headlineRegressions(regressed: MetricComparison[]): MetricComparison[] {
  if (regressed.length <= HEADLINE_REGRESSIONS) return regressed
  // A stable sort: equal drops keep table order.
  const byDrop = [...regressed].sort((a, b) => worsening(b) - worsening(a))
  const largest = new Set(byDrop.slice(0, HEADLINE_REGRESSIONS))
  return regressed.filter((metric) => largest.has(metric))
}

/** How much worse a regressed metric got, in its own units; a missing metric is the worst there is. */
function worsening(metric: MetricComparison): number {
  if (metric.status === 'missing') return Number.MAX_VALUE
  if (metric.delta === undefined) return 0
  return metric.direction === 'higher-is-better' ? -metric.delta : metric.delta
}

/** `f1_macro −0.0213 (max-drop 0.01)`: the metric, how it moved and which rules it broke. */
export function describeRegression(metric: MetricComparison, style: TextStyle = PLAIN): string {
  const name = style.name(metric.name)
  if (metric.status === 'missing') return `${name} missing from this run`
  const p = metric.evidence?.adjustedP
  const significance = p !== undefined && metric.broken.some((b) => b.rule.startsWith('max-drop'))
  return `${name} ${style.own(`${movementOf(metric)} (${metric.broken.map((b) => b.rule).join(', ')}${significance ? `; p ${formatP(p)}` : ''})`)}`
}

/** `accuracy regressed (−0.0933, p 0.0025)`: the title of a regression's annotation. */
export function regressionTitle(metric: MetricComparison): string {
  if (metric.status === 'missing') return `${metric.name} missing from this run`
  const p = metric.evidence?.adjustedP
  return `${metric.name} regressed (${movementOf(metric)}${p !== undefined ? `, p ${formatP(p)}` : ''})`
}

function movementOf(metric: MetricComparison): string {
  return metric.delta !== undefined ? formatDelta(metric.delta) : formatValue(metric.current)
}

function countStatuses(metrics: MetricComparison[]): string {
  const order: Status[] = ['improved', 'unchanged', 'within-tolerance', 'within-noise', 'new']
  return order
    .map((status) => [status, metrics.filter((m) => m.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status.replace('-', ' ')}`)
    .join(', ')
}

/**
 * How much of the report to show. Reports that would be too long for their destination shed detail in this
 * order: the confusion matrix, then the per-class scores, then rows of the metrics table.
 */
export interface ReportDetail {
  /** The Mermaid chart (or the leaderboard's). */
  chart: boolean
  confusionMatrix: boolean
  perClass: boolean
  /** Metrics table rows shown; the rest are counted in a note. */
  metricRows: number
  /** Where the parts left out can be read, e.g. "the job summary". */
  fullReportAt?: string
}

export const FULL_DETAIL: ReportDetail = {
  chart: true,
  confusionMatrix: true,
  perClass: true,
  metricRows: Infinity,
}

const DEFAULT_NAME = DEFAULTS.name

/** A confusion matrix wider than this is not drawn: it would be unreadable, and its size grows with the square. */
export const MAX_MATRIX_LABELS = 30

/** Renders the report as GitHub-flavoured Markdown: verdict first, then the table, details, and a footer. */
export function renderReport(input: ReportInput, detail: ReportDetail = FULL_DETAIL): string {
  const { comparison } = input
  const sections = [
    headline(input.name, verdict(comparison, MARKDOWN)),
    proposedChangesNotice(input),
    datasetNotice(input),
    metricsTable(comparison.metrics, detail, input.evidence),
    contextLine(input),
    statisticsNote(input),
    input.leaderboard ?? '',
    detail.chart ? baselineChart(input) : '',
    input.classification ? zeroDivisionNote(input.classification) : '',
    !input.metricsFiles
      ? ''
      : detail.perClass
        ? metricsFilesDetails(input.metricsFiles)
        : omitted('The metrics read from files', detail),
    input.matrix ? lookAlikeLabelNotice(input.matrix) : '',
    !input.classification
      ? ''
      : detail.perClass
        ? perClassDetails(input)
        : omitted('Per-class scores', detail),
    // A matrix too wide to draw says so itself in every rendering; only a drawable one is ever "left out".
    !input.matrix
      ? ''
      : detail.confusionMatrix || input.matrix.labels.length > MAX_MATRIX_LABELS
        ? confusionDetails(input.matrix)
        : omitted('The confusion matrix', detail),
    thresholdDetails(input),
    footer(input),
  ]
  return sections.filter((s) => s !== '').join('\n\n') + '\n'
}

/**
 * The most detailed rendering whose size fits `limit` (measured by `size`: characters for a comment, bytes for a
 * step summary).
 */
export function renderReportWithin(
  input: ReportInput,
  limit: number,
  size: (text: string) => number = (text) => text.length,
  fullReportAt?: string,
): string {
  const levels: ReportDetail[] = [
    FULL_DETAIL,
    { ...FULL_DETAIL, chart: false, confusionMatrix: false, fullReportAt },
    { ...FULL_DETAIL, chart: false, confusionMatrix: false, perClass: false, fullReportAt },
  ]
  for (const detail of levels) {
    const text = renderReport(input, detail)
    if (size(text) <= limit) return text
  }
  // Shed metric rows: the most that fit, found by bisection (regressions are listed first, so they stay).
  const base = levels[2]!
  let low = 0
  let high = input.comparison.metrics.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (size(renderReport(input, { ...base, metricRows: mid })) <= limit) low = mid
    else high = mid - 1
  }
  return renderReport(input, { ...base, metricRows: low })
}

function omitted(what: string, detail: ReportDetail): string {
  const where = detail.fullReportAt ? `; see ${detail.fullReportAt}` : ''
  return `<sub>${what} left out to keep this report within its size limit${where}.</sub>`
}

/** The verdict as a heading; a gate with its own name says it, so several gates in one PR read apart. */
function headline(name: string, { icon, text }: Verdict): string {
  const label = name === DEFAULT_NAME ? '' : `${escapeMarkdown(name)}: `
  return `### ${icon} ${label}${text}`
}

function metricsTable(metrics: MetricComparison[], detail: ReportDetail, evidence?: Evidence): string {
  // Regressions first when rows must be cut, so the ones that matter are never the ones left out.
  const ordered =
    detail.metricRows < metrics.length
      ? [...metrics].sort((a, b) => Number(isRegression(b)) - Number(isRegression(a)))
      : metrics
  const shown = ordered.slice(0, detail.metricRows)
  const status = (m: MetricComparison) => {
    const rules = m.excused
      ? `${m.excused.rule} (${m.excused.detail}, not significant)`
      : m.broken.map((b) => `${b.rule} (${b.detail})`).join(', ')
    return STATUS_TEXT[m.status] + (rules ? `: ${escapeOwnText(rules)}` : '')
  }
  const rest = metrics.length - shown.length
  const where = detail.fullReportAt ? ` in ${detail.fullReportAt}` : ' not shown'
  const note = rest > 0 ? `\n\n<sub>${formatCount(rest)} more metrics${where}.</sub>` : ''
  if (!evidence || !metrics.some((m) => m.evidence?.interval || m.evidence?.test)) {
    const rows = shown.map((m) => [
      escapeMarkdown(m.name),
      formatValue(m.baseline),
      formatValue(m.current),
      formatDelta(m.delta),
      status(m),
    ])
    return (
      table(['metric', 'baseline', 'current', 'Δ', 'status'], rows, [
        'left',
        'right',
        'right',
        'right',
        'left',
      ]) + note
    )
  }
  const level = `${formatPercent(evidence.settings.confidence)} interval`
  const rows = shown.map((m) => [
    escapeMarkdown(m.name),
    formatValue(m.baseline),
    withInterval(formatValue(m.current), m.evidence?.interval, formatValue),
    withInterval(formatDelta(m.delta), m.evidence?.test, formatDelta),
    pCell(m.evidence),
    status(m),
  ])
  return (
    table(['metric', 'baseline', `current [${level}]`, `Δ [${level}]`, 'p', 'status'], rows, [
      'left',
      'right',
      'right',
      'right',
      'right',
      'left',
    ]) + note
  )
}

/** This run against the baseline as a bar chart (a leaderboard draws its own, with every model). */
function baselineChart({ chart, leaderboard, comparison, name, baseline }: ReportInput): string {
  if (chart === false || leaderboard !== undefined || !baseline.found) return ''
  const shown = comparison.metrics.filter((m) => m.current !== undefined && m.baseline !== undefined)
  if (shown.length === 0) return ''
  const values = (pick: (m: MetricComparison) => number | undefined) =>
    Object.fromEntries(shown.map((m) => [m.name, pick(m)]))
  const result = renderMetricChart(
    shown.map((m) => m.name),
    [
      { name: name === DEFAULT_NAME ? 'this run' : name, values: values((m) => m.current) },
      { name: 'baseline', values: values((m) => m.baseline) },
    ],
    { title: 'This run and the baseline' },
  )
  if ('omitted' in result) return `<sub>${result.omitted}</sub>`
  const notes = result.notes.length ? `\n\n<sub>${result.notes.join(' ')}</sub>` : ''
  return `${result.markdown}\n\n${result.legend}${notes}`
}

function withInterval(
  value: string,
  interval: { lower: number; upper: number } | undefined,
  format: (x: number) => string,
): string {
  return interval ? `${value} [${format(interval.lower)}, ${format(interval.upper)}]` : value
}

/** How a test was made, when the p cell should say so (the default, a bootstrap of Δ, goes without a note). */
const METHOD_NOTE: Record<MetricTest['method'], string | undefined> = {
  bootstrap: undefined,
  mcnemar: 'McNemar',
  normal: 'from std. errors',
  delong: 'DeLong',
  analytic: 'analytic',
  'one-sample': 'against the stored value',
}

/** The test's p-value, the corrected one the decision used when it differs, and how it was tested. */
function pCell(evidence: MetricEvidence | undefined): string {
  const test = evidence?.test
  if (!test) return '—'
  const notes = [
    test.paired ? 'paired' : undefined,
    METHOD_NOTE[test.method],
    evidence.adjustedP !== undefined && evidence.adjustedP !== test.pValue
      ? `Holm ${formatP(evidence.adjustedP)}`
      : undefined,
  ].filter(Boolean)
  return formatP(test.pValue) + (notes.length ? ` (${notes.join(', ')})` : '')
}

/** `0.0213`, or `<0.0001` below what four decimals show. */
function formatP(p: number): string {
  return p < 0.0001 ? '<0.0001' : p.toFixed(4)
}

function formatPercent(level: number): string {
  return `${Number((level * 100).toPrecision(6))}%`
}

/** One paragraph under the table saying, in plain words, how the statistical gate decided. */
function statisticsNote(input: ReportInput): string {
  const { evidence, comparison } = input
  if (!evidence) return ''
  const { significance, confidence, samples, seed } = evidence.settings
  const gated = evidence.family.length
  const lines: string[] = []
  if (significance === undefined) {
    lines.push('Significance is off: the threshold rules alone decide.')
  } else if (gated > 0) {
    const correction =
      gated > 1
        ? `, Holm–Bonferroni-corrected over the ${gated} tested metrics (the corrected p decides), so noise alone fails this gate at most ${formatPercent(significance)} of the time`
        : ''
    lines.push(
      `A metric regresses when it breaks its rule **and** its drop is significant: a one-sided test at α = ${significance}${correction}. \`min\` and \`max\` bounds are absolute.`,
    )
  }
  const untested = comparison.metrics.filter((m) => m.evidence?.untested !== undefined)
  const reasons = new Map<string, string[]>()
  for (const m of untested)
    reasons.set(m.evidence!.untested!, [...(reasons.get(m.evidence!.untested!) ?? []), m.name])
  for (const [reason, names] of reasons)
    lines.push(
      `No test for ${names.map(code).join(', ')} (${escapeMarkdown(reason)}): the rule alone decides ${names.length === 1 ? 'it' : 'them'}.`,
    )
  const mcnemar = [...evidence.metrics.values()].some((m) => m.test?.method === 'mcnemar')
  if (evidence.pairedRows !== undefined)
    lines.push(
      `Paired: ${formatCount(evidence.pairedRows)} examples scored by both models (baseline-predictions)${mcnemar ? '; accuracy uses the exact McNemar test' : ''}.`,
    )
  for (const { metric, stored, fromPredictions } of evidence.pairedMismatches) {
    // Count metrics resample this run; score metrics use this run's standard error (DeLong or analytic).
    const own = evidence.metrics.get(metric)?.errorMethod ? 'standard error' : 'bootstrap'
    lines.push(
      `⚠️ ${code(metric)} of the baseline predictions is ${formatValue(fromPredictions)}, the baseline file says ${formatValue(stored)}: the file wins. This run is tested against it as a fixed value (one-sample, from this run's ${own}), not paired.`,
    )
  }
  for (const { metric, stored, fromMatrix } of evidence.editedBaseline)
    lines.push(
      `⚠️ ${code(metric)} is ${formatValue(stored)} in the baseline file, but the confusion matrix stored with it gives ${formatValue(fromMatrix)}: the baseline was edited by hand. The stored value wins: this run is tested against it as a fixed value (one-sample, from this run's bootstrap).`,
    )
  const methods = intervalMethods(input)
  if (methods.resampled.length > 0)
    lines.push(
      `Intervals: ${formatPercent(confidence)}, ${formatCount(samples)} bootstrap resamples (seed ${code(seed)}); ${[...methods.resampled, ...methods.given].join('; ')}.`,
    )
  else if (methods.given.length > 0)
    lines.push(`Intervals: ${formatPercent(confidence)}; ${methods.given.join('; ')}.`)
  return `<sub>${lines.join('<br>')}</sub>`
}

/**
 * How the intervals and tests of the metrics in this report were made, family by family, so the footer describes
 * only what is shown: `resampled` by the bootstrap, `given` by formulas (DeLong, analytic) or the metrics files'
 * standard errors.
 */
function intervalMethods({ comparison, metricsFiles }: ReportInput): {
  resampled: string[]
  given: string[]
} {
  const fromFiles = new Set(metricsFiles?.metrics.map((m) => m.name))
  const families = new Set(
    comparison.metrics
      .filter((m) => m.evidence?.interval || m.evidence?.test)
      .map((m) => (fromFiles.has(m.name) ? 'file' : CATALOGUE.get(m.name)?.family)),
  )
  // Metrics computed from rows, by how their standard error was made.
  const shown = comparison.metrics.filter((m) => !fromFiles.has(m.name) && m.evidence?.errorMethod)
  const withMethod = (method: string) =>
    shown.filter((m) => m.evidence!.errorMethod === method).map((m) => code(m.name))
  const [delong, analytic, bootstrapped] = ['delong', 'analytic', 'bootstrap'].map(withMethod)
  const byFormula = [
    ...(delong!.length > 0 ? [`${delong!.join(', ')}: DeLong`] : []),
    ...(analytic!.length > 0
      ? [`${analytic!.join(', ')}: analytic (means of per-row values, delta method)`]
      : []),
  ]
  return {
    resampled: [
      ...(families.has('classification') ? ['count metrics resample the confusion matrix'] : []),
      ...(bootstrapped!.length > 0 ? [`${bootstrapped!.join(', ')}: row bootstrap`] : []),
    ],
    given: [
      ...byFormula,
      ...(shown.length > 0
        ? ['drops of row metrics are tested from their standard errors (paired: of the per-row differences)']
        : []),
      ...(families.has('file')
        ? [
            'metrics read from files take the standard errors the files give, and are tested from those of both runs',
          ]
        : []),
    ],
  }
}

function contextLine({
  name,
  rows,
  files,
  task,
  matrix,
  metricsFiles,
  computed,
  baseline,
}: ReportInput): string {
  const taskText = !task
    ? computed &&
      [computed.kind, computed.note]
        .filter(Boolean)
        .map((t) => escapeMarkdown(t!))
        .join(', ')
    : task.kind === 'binary'
      ? `binary, positive label ${code(task.positiveLabel ?? '')}`
      : `multiclass, ${matrix?.labels.length ?? 0} labels`
  const fileText = files.length === 1 ? '1 file' : `${files.length} files`
  const sources = [
    files.length > 0 ? `${formatCount(rows)} rows from ${fileText}` : undefined,
    taskText,
    metricsFiles ? metricsFilesContext(metricsFiles) : undefined,
  ].filter((part) => part !== undefined)
  let baselineText: string
  if (!baseline.found) baselineText = `none for this name in ${code(baseline.path)} (first run)`
  else {
    const facts = [
      baseline.flat ? 'hand-written values' : undefined,
      baseline.commit ? `commit ${escapeMarkdown(baseline.commit.slice(0, 7))}` : undefined,
      baseline.rows !== undefined ? `${formatCount(baseline.rows)} rows` : undefined,
    ].filter((f) => f !== undefined)
    baselineText = `${code(baseline.path)}${facts.length ? ` (${facts.join(', ')})` : ''}`
  }
  return `**${escapeMarkdown(name)}** · ${sources.join(' · ')} · baseline ${baselineText}`
}

function zeroDivisionNote({ zeroDivision }: ClassificationResult): string {
  if (zeroDivision.length === 0) return ''
  const shown = zeroDivision.slice(0, 10)
  const parts = shown.map(({ label, precision, recall }) => {
    const which = [
      precision ? 'never predicted (precision)' : '',
      recall ? 'never in the gold labels (recall)' : '',
    ]
    return `${code(shownLabel(label))} ${which.filter(Boolean).join(' and ')}`
  })
  const more =
    zeroDivision.length > shown.length ? `; and ${zeroDivision.length - shown.length} more classes` : ''
  return `> [!NOTE]\n> Zero denominators were scored 0, as scikit-learn does with \`zero_division=0\`: ${parts.join('; ')}${more}.`
}

/** Labels that print alike but count as different classes, one ⚠️ line each, above the per-class scores. */
function lookAlikeLabelNotice(matrix: ConfusionMatrix): string {
  return lookAlikeLabelWarnings(matrix.labels)
    .map((warning) => `⚠️ ${escapeMarkdown(warning)}`)
    .join('<br>\n')
}

/** A label in a table: quoted with visible escapes when it may print like another, so their rows read apart. */
function labelCell(label: string): string {
  return escapeMarkdown(shownLabel(label))
}

function perClassDetails({ classification, task }: ReportInput): string {
  if (!classification) return ''
  const zero = new Map(classification.zeroDivision.map((z) => [z.label, z]))
  const rows = classification.perClass.map((c) => {
    const z = zero.get(c.label)
    const positive = task?.positiveLabel === c.label ? ' (positive)' : ''
    return [
      labelCell(c.label) + positive,
      formatValue(c.precision) + (z?.precision ? ' †' : ''),
      formatValue(c.recall) + (z?.recall ? ' †' : ''),
      formatValue(c.f1),
      formatCount(c.support),
      formatCount(c.predicted),
    ]
  })
  const body =
    table(['label', 'precision', 'recall', 'f1', 'support', 'predicted'], rows, [
      'left',
      'right',
      'right',
      'right',
      'right',
      'right',
    ]) + (zero.size ? '\n\n† zero denominator, scored 0' : '')
  return details(`Per-class scores (${classification.perClass.length} classes)`, body)
}

function confusionDetails(matrix: ConfusionMatrix): string {
  if (matrix.labels.length > MAX_MATRIX_LABELS) {
    return `<sub>The confusion matrix has ${matrix.labels.length} labels, more than the ${MAX_MATRIX_LABELS} drawn; it is kept in the baseline file.</sub>`
  }
  const header = ['gold ＼ predicted', ...matrix.labels.map(labelCell)]
  const rows = matrix.labels.map((label, g) => [
    `**${labelCell(label)}**`,
    ...matrix.counts[g]!.map((count, p) => (g === p ? `**${formatCount(count)}**` : formatCount(count))),
  ])
  return details(
    'Confusion matrix',
    table(header, rows, ['left', ...matrix.labels.map(() => 'right' as const)]),
  )
}

function thresholdDetails({ comparison, metricsFiles }: ReportInput): string {
  // Metrics read from files whose direction nothing states: the reader must see it is a guess.
  const assumed = new Set(metricsFiles?.metrics.filter((m) => m.directionAssumed).map((m) => m.name))
  const rows = comparison.metrics.map((m) => [
    escapeMarkdown(m.name),
    assumed.has(m.name)
      ? 'direction assumed: higher is better'
      : m.direction === 'higher-is-better'
        ? 'higher is better'
        : 'lower is better',
    escapeOwnText(describeRules(m.rules)) || 'none',
  ])
  return details('Thresholds applied', table(['metric', 'direction', 'rules'], rows))
}

function footer({ run, baseline }: ReportInput): string {
  const parts = [
    run?.commit ? `commit ${escapeTrustedMarkdown(run.commit.slice(0, 7))}` : undefined,
    baseline.commit ? `baseline from ${escapeMarkdown(baseline.commit.slice(0, 7))}` : undefined,
    run?.url ? `[workflow run](${encodeURI(run.url)})` : undefined,
    `eval-gate${run?.version ? ` ${escapeMarkdown(run.version)}` : ''}`,
  ].filter((part) => part !== undefined)
  return `---\n<sub>${parts.join(' · ')}</sub>`
}

function datasetNotice({ datasetChange }: ReportInput): string {
  if (!datasetChange) return ''
  const { policy, baselineRows, rows, subset } = datasetChange
  if (subset !== undefined)
    return (
      `> [!${policy === 'fail' ? 'CAUTION' : 'WARNING'}]\n> This run and the baseline measure different parts of ` +
      `their benchmark (${escapeMarkdown(subset)}), so they do not compare.`
    )
  const then = baselineRows === undefined ? 'an unknown number of' : formatCount(baselineRows)
  return (
    `> [!${policy === 'fail' ? 'CAUTION' : 'WARNING'}]\n> The evaluation data differs from the data the baseline ` +
    `was measured on: its gold labels differ (baseline: ${then} rows, this run: ${formatCount(rows)} rows), so ` +
    'this compares different test sets.'
  )
}

function proposedChangesNotice({ proposedChanges, baseline }: ReportInput): string {
  if (!proposedChanges) return ''
  const lines = proposedChanges.changes.map(
    ({ metric, before, after }) =>
      `> - ${escapeMarkdown(metric)}: ${formatValue(before)} → ${formatValue(after)}`,
  )
  return (
    `> [!WARNING]\n> This pull request changes the baseline ${code(baseline.path)}. The gate compares with the ` +
    `copy at ${escapeTrustedMarkdown(proposedChanges.trustedFrom)}:\n${lines.join('\n')}`
  )
}

import type { Comparison, MetricComparison, Status } from './compare.js'
import type { ConfusionMatrix } from './confusion.js'
import { details, escapeMarkdown, table } from './markdown.js'
import { formatCount, formatDelta, formatValue } from './format.js'
import type { ClassificationResult } from './metrics/classification.js'
import type { TaskShape } from './task.js'
import { describeRules, type ThresholdLine } from './thresholds.js'

/** Everything one report shows. All strings are raw: the renderer escapes them. */
export interface ReportInput {
  /** The `name` input: which model or report this is. */
  name: string
  comparison: Comparison
  /** Rows read, over all prediction files. */
  rows: number
  files: string[]
  task: TaskShape
  matrix: ConfusionMatrix
  classification: ClassificationResult
  thresholds: ThresholdLine[]
  baseline: BaselineSummary
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
  regressed: '🔴 regressed',
  new: '🆕 new',
  missing: '🔴 missing',
}

/** The one-line verdict, as an icon and a sentence. */
export interface Verdict {
  icon: '❌' | '🆕' | '✅'
  text: string
}

/** The verdict: the report's headline, the `summary` output (icon and text) and the failure message (text). */
export function verdict(comparison: Comparison): Verdict {
  const regressed = comparison.metrics.filter((m) => m.status === 'regressed' || m.status === 'missing')
  if (regressed.length > 0) {
    const noun = regressed.length === 1 ? 'metric' : 'metrics'
    return {
      icon: '❌',
      text: `${regressed.length} ${noun} regressed: ${regressed.map(describeRegression).join('; ')}`,
    }
  }
  if (comparison.firstRun) {
    return { icon: '🆕', text: `First run: no baseline yet, ${comparison.metrics.length} metrics recorded` }
  }
  return { icon: '✅', text: `No regressions (${countStatuses(comparison.metrics)})` }
}

/** `f1_macro −0.0213 (max-drop 0.01)`: the metric, how it moved and which rules it broke. */
export function describeRegression(metric: MetricComparison): string {
  if (metric.status === 'missing') return `${metric.name} missing from this run`
  const movement = metric.delta !== undefined ? formatDelta(metric.delta) : formatValue(metric.current)
  return `${metric.name} ${movement} (${metric.broken.map((b) => b.rule).join(', ')})`
}

function countStatuses(metrics: MetricComparison[]): string {
  const order: Status[] = ['improved', 'unchanged', 'within-tolerance', 'new']
  return order
    .map((status) => [status, metrics.filter((m) => m.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status.replace('-', ' ')}`)
    .join(', ')
}

/** Renders the whole report as GitHub-flavoured Markdown. */
export function renderReport(input: ReportInput): string {
  const { comparison } = input
  const sections = [
    `## eval-gate · ${escapeMarkdown(input.name)}`,
    headline(verdict(comparison)),
    metricsTable(comparison.metrics),
    contextLine(input),
    zeroDivisionNote(input.classification),
    perClassDetails(input),
    confusionDetails(input.matrix),
    thresholdDetails(input),
  ]
  return sections.filter((s) => s !== '').join('\n\n') + '\n'
}

function headline({ icon, text }: Verdict): string {
  return `${icon} **${escapeMarkdown(text)}**`
}

function metricsTable(metrics: MetricComparison[]): string {
  const rows = metrics.map((m) => [
    escapeMarkdown(m.name),
    formatValue(m.baseline),
    formatValue(m.current),
    formatDelta(m.delta),
    STATUS_TEXT[m.status] +
      (m.broken.length
        ? `: ${escapeMarkdown(m.broken.map((b) => `${b.rule} (${b.detail})`).join(', '))}`
        : ''),
  ])
  return table(['metric', 'baseline', 'current', 'Δ', 'status'], rows, [
    'left',
    'right',
    'right',
    'right',
    'left',
  ])
}

function contextLine({ rows, files, task, matrix, baseline }: ReportInput): string {
  const taskText =
    task.kind === 'binary'
      ? `binary, positive label \`${escapeMarkdown(task.positiveLabel ?? '')}\``
      : `multiclass, ${matrix.labels.length} labels`
  const fileText = files.length === 1 ? '1 file' : `${files.length} files`
  let baselineText: string
  if (!baseline.found) baselineText = `none for this name in \`${escapeMarkdown(baseline.path)}\` (first run)`
  else {
    const facts = [
      baseline.flat ? 'hand-written values' : undefined,
      baseline.commit ? `commit ${escapeMarkdown(baseline.commit.slice(0, 7))}` : undefined,
      baseline.rows !== undefined ? `${formatCount(baseline.rows)} rows` : undefined,
    ].filter((f) => f !== undefined)
    baselineText = `\`${escapeMarkdown(baseline.path)}\`${facts.length ? ` (${facts.join(', ')})` : ''}`
  }
  return `**Rows:** ${formatCount(rows)} from ${fileText} · **Task:** ${taskText} · **Baseline:** ${baselineText}`
}

function zeroDivisionNote({ zeroDivision }: ClassificationResult): string {
  if (zeroDivision.length === 0) return ''
  const parts = zeroDivision.map(({ label, precision, recall }) => {
    const which = [
      precision ? 'never predicted (precision)' : '',
      recall ? 'never in the gold labels (recall)' : '',
    ]
    return `\`${escapeMarkdown(label)}\` ${which.filter(Boolean).join(' and ')}`
  })
  return `> [!NOTE]\n> Zero denominators were scored 0, as scikit-learn does with \`zero_division=0\`: ${parts.join('; ')}.`
}

function perClassDetails({ classification, task }: ReportInput): string {
  const zero = new Map(classification.zeroDivision.map((z) => [z.label, z]))
  const rows = classification.perClass.map((c) => {
    const z = zero.get(c.label)
    const positive = task.positiveLabel === c.label ? ' (positive)' : ''
    return [
      escapeMarkdown(c.label) + positive,
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
  const header = ['gold ＼ predicted', ...matrix.labels.map(escapeMarkdown)]
  const rows = matrix.labels.map((label, g) => [
    `**${escapeMarkdown(label)}**`,
    ...matrix.counts[g]!.map((count, p) => (g === p ? `**${formatCount(count)}**` : formatCount(count))),
  ])
  return details(
    'Confusion matrix',
    table(header, rows, ['left', ...matrix.labels.map(() => 'right' as const)]),
  )
}

function thresholdDetails({ comparison }: ReportInput): string {
  const rows = comparison.metrics.map((m) => [
    escapeMarkdown(m.name),
    m.direction === 'higher-is-better' ? 'higher is better' : 'lower is better',
    escapeMarkdown(describeRules(m.rules)) || 'none',
  ])
  return details('Thresholds applied', table(['metric', 'direction', 'rules'], rows))
}

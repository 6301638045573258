import { formatCount, formatValue } from '../format.js'
import { code, details, escapeMarkdown, table } from '../markdown.js'
import type { SelectedMetric } from './index.js'
import { FORMAT_NAMES, type MetricsFile } from './types.js'

/** What the report shows of the metrics files of a run. */
export interface MetricsFilesReport {
  files: MetricsFile[]
  metrics: SelectedMetric[]
}

/** `3 metrics from 1 metrics file (lm-evaluation-harness results)`, for the report's context line. */
export function metricsFilesContext({ files, metrics }: MetricsFilesReport): string {
  const formats = [...new Set(files.map((f) => FORMAT_NAMES[f.format]))].join(', ')
  const noun = metrics.length === 1 ? 'metric' : 'metrics'
  const fileNoun = files.length === 1 ? 'metrics file' : 'metrics files'
  return `${formatCount(metrics.length)} ${noun} from ${formatCount(files.length)} ${fileNoun} (${escapeMarkdown(formats)})`
}

/**
 * A collapsed table of every metric read from a file: its value, standard error and count where the file gives
 * them, its direction, and where it was read (file and JSON path). Everything in it comes from the files, so
 * everything is escaped.
 */
export function metricsFilesDetails({ files, metrics }: MetricsFilesReport): string {
  const rows = metrics.map((m) => [
    escapeMarkdown(m.name),
    formatValue(m.value),
    m.stderr === undefined ? '—' : `±${formatValue(m.stderr)}`,
    m.count === undefined ? '—' : formatCount(m.count),
    m.direction === 'higher-is-better' ? 'higher' : 'lower',
    files.length === 1 ? code(m.path) : `${code(m.file)} ${code(m.path)}`,
  ])
  const formats = files.map((f) => `${code(f.file)}: ${escapeMarkdown(FORMAT_NAMES[f.format])}`).join('<br>')
  const body =
    table(
      ['metric', 'value', 'stderr', 'n', 'better', files.length === 1 ? 'JSON path' : 'read from'],
      rows,
      ['left', 'right', 'right', 'right', 'left', 'left'],
    ) + `\n\n${formats}`
  return details(`Metrics read from files (${formatCount(metrics.length)})`, body)
}

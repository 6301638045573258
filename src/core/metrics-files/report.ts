import { describeSubset } from '../fingerprint.js'
import { formatCount, formatValue } from '../format.js'
import { code, details, escapeMarkdown, table } from '../markdown.js'
import type { FileSelection, SelectedMetric, ShownMetric } from './select.js'
import { FORMAT_NAMES, type MetricsFile } from './types.js'

/** What the report shows of the metrics files of a run: the files, what was chosen from them, and warnings. */
export interface MetricsFilesReport extends Partial<FileSelection> {
  files: MetricsFile[]
  metrics: SelectedMetric[]
}

/** `3 metrics from 1 metrics file (lm-evaluation-harness results)`, for the report's context line. */
export function metricsFilesContext({ files, metrics }: MetricsFilesReport): string {
  const formats = [...new Set(files.map((f) => f.kind ?? FORMAT_NAMES[f.format]))].join(', ')
  const noun = metrics.length === 1 ? 'metric' : 'metrics'
  const fileNoun = files.length === 1 ? 'metrics file' : 'metrics files'
  return `${formatCount(metrics.length)} ${noun} from ${formatCount(files.length)} ${fileNoun} (${escapeMarkdown(formats)})`
}

/**
 * A collapsed table of every metric read from a file: its value, standard error and count where the file gives
 * them, its direction, and where it was read (file and JSON path). Everything in it comes from the files, so
 * everything is escaped.
 */
export function metricsFilesDetails({ files, metrics, shown = [] }: MetricsFilesReport): string {
  const rows = [...metrics, ...shown].map((m: SelectedMetric & Partial<ShownMetric>) => [
    escapeMarkdown(m.name),
    m.notGated === 'not a number' ? `not a number (${String(m.value)})` : formatValue(m.value),
    m.stderr === undefined ? '—' : `±${formatValue(m.stderr)}`,
    countText(m),
    m.notGated !== undefined
      ? `not gated (${m.notGated})`
      : `${m.direction === 'higher-is-better' ? 'higher' : 'lower'}${m.directionAssumed ? ' (assumed)' : ''}`,
    files.length === 1 ? code(m.path) : `${code(m.file)} ${code(m.path)}`,
  ])
  const formats = files
    .map(
      (f) =>
        `${code(f.file)}: ${escapeMarkdown(f.kind ?? FORMAT_NAMES[f.format])}${f.subset ? ` — ${escapeMarkdown(describeSubset(f.subset))}` : ''}`,
    )
    .join('<br>')
  const body =
    table(
      ['metric', 'value', 'stderr', 'n', 'better', files.length === 1 ? 'JSON path' : 'read from'],
      rows,
      ['left', 'right', 'right', 'right', 'left', 'left'],
    ) + `\n\n${formats}`
  return details(`Metrics read from files (${formatCount(metrics.length + shown.length)})`, body)
}

/** `50 of 2,305` for a subset run, else the count, else a dash. */
function countText({ count, fullCount }: SelectedMetric): string {
  if (count === undefined) return '—'
  return fullCount === undefined ? formatCount(count) : `${formatCount(count)} of ${formatCount(fullCount)}`
}

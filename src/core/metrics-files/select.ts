import { nameDirection } from '../catalogue.js'
import { InputError } from '../errors.js'
import { globMatches } from '../glob.js'
import { ownRecord } from '../own.js'
import { ruleDirection, type DirectionRule } from './directions.js'
import type { FileMetric, MetricsFile, MetricsFormat } from './types.js'

/** A metric chosen for the gate, with where it came from. */
export interface SelectedMetric extends FileMetric {
  file: string
  format: MetricsFormat
  /** Neither the file, nor the name, nor a `directions` rule gives its direction: higher-is-better is a guess. */
  directionAssumed?: true
}

/** A value read from a file that is shown in the report but not gated, and why. */
export interface ShownMetric extends SelectedMetric {
  notGated: 'bookkeeping' | 'count' | 'not a number'
}

/** What `selectFileMetrics` chose: the gated metrics, the values only shown, and the warnings for the user. */
export interface FileSelection {
  metrics: SelectedMetric[]
  shown: ShownMetric[]
  /** One line each, naming file and JSON path where there is one. */
  warnings: string[]
}

/**
 * Chooses the metrics of the files that the run reports and gates, and settles each one's direction:
 * - with no `select` patterns every metric is taken, except bookkeeping and counts (`optIn`: step counters,
 *   runtimes, promptfoo's `failures`), which are shown but not gated; with patterns, those matching a pattern (bookkeeping only when the pattern contains its
 *   word, e.g. `eval_runtime`); each pattern must match something, and each file must give at least one metric;
 * - a `directions` rule beats the file's own direction; a metric whose direction nothing gives is marked
 *   `directionAssumed`, and one warning lists them all;
 * - a value that is NaN or infinite (lm-evaluation-harness writes them) is shown as not a number, with a warning
 *   naming its file and JSON path, and not gated: a baseline that has it finds it missing;
 * - two metrics with one name (from two files, or a file and the predictions) are an error, never a silent pick.
 */
export function selectFileMetrics(
  files: MetricsFile[],
  select: string[],
  rules: DirectionRule[],
): FileSelection {
  const used = new Set<string>()
  const selection: FileSelection = { metrics: [], shown: [], warnings: [] }
  const byName = new Map<string, SelectedMetric>()
  for (const { file, format, metrics } of files) {
    let taken = 0
    for (const metric of metrics) {
      const patterns = select.filter(
        (pattern) =>
          globMatches(pattern, metric.name) && (metric.optIn === undefined || pattern.includes(metric.optIn)),
      )
      if (select.length > 0 && patterns.length === 0) continue
      patterns.forEach((pattern) => used.add(pattern))
      const rule = ruleDirection(metric.name, rules)
      const assumed =
        rule === undefined && !metric.directionStated && nameDirection(metric.name) === undefined
      const selected: SelectedMetric = {
        ...metric,
        direction: rule ?? metric.direction,
        file,
        format,
        ...(assumed ? { directionAssumed: true } : {}),
      }
      if (select.length === 0 && metric.optIn !== undefined) {
        selection.shown.push({ ...selected, notGated: metric.tally ? 'count' : 'bookkeeping' })
        continue
      }
      if (!Number.isFinite(metric.value)) {
        selection.shown.push({ ...selected, notGated: 'not a number' })
        selection.warnings.push(
          `${file} at ${metric.path}: metric ${JSON.stringify(metric.name)} is ${String(metric.value)}, not a number; it is not gated`,
        )
        continue
      }
      const earlier = byName.get(metric.name)
      if (earlier !== undefined) {
        throw new InputError(
          `metric ${JSON.stringify(metric.name)} is also in ${earlier.file} at ${earlier.path}; metric names must be unique across metrics files (use metrics-select to keep one)`,
          { file, jsonPath: metric.path },
        )
      }
      byName.set(metric.name, selected)
      selection.metrics.push(selected)
      taken++
    }
    if (taken === 0) throw nothingTaken(file, metrics, select, selection.shown)
  }
  const unused = select.filter((pattern) => !used.has(pattern))
  if (unused.length > 0) {
    throw new InputError(
      `input "metrics-select": ${unused.map((p) => JSON.stringify(p)).join(', ')} matched no metric in the metrics files`,
    )
  }
  const assumed = selection.metrics.filter((m) => m.directionAssumed).map((m) => m.name)
  if (assumed.length > 0) {
    selection.warnings.push(
      `direction assumed higher is better for ${assumed.map((n) => JSON.stringify(n)).join(', ')}: neither the file nor the name says; add "NAME: lower-is-better" (or higher-is-better) to thresholds`,
    )
  }
  return selection
}

function nothingTaken(
  file: string,
  metrics: FileMetric[],
  select: string[],
  shown: ShownMetric[],
): InputError {
  // A chosen metric that is not a number says more than "nothing matched".
  const notNumber = shown.find((m) => m.file === file && m.notGated === 'not a number')
  if (notNumber !== undefined) {
    return new InputError(
      `the value of metric ${JSON.stringify(notNumber.name)} is ${String(notNumber.value)}, not a number, and ${select.length > 0 ? 'metrics-select chooses no other metric of the file' : 'the file has no other metric'}`,
      { file, jsonPath: notNumber.path },
    )
  }
  const names = metrics
    .slice(0, 8)
    .map((m) => m.name)
    .join(', ')
  const more = metrics.length > 8 ? `, … ${metrics.length - 8} more` : ''
  if (select.length > 0) {
    return new InputError(
      `none of its ${metrics.length} metrics matches metrics-select (${select.join(', ')}); it has ${names}${more}`,
      { file },
    )
  }
  return new InputError(
    `has only bookkeeping values (${names}${more}), no metrics; name them in metrics-select to gate on them`,
    { file },
  )
}

/**
 * The baseline's values without those this run shows but does not gate (bookkeeping, counts): a baseline recorded
 * when they were gated, or by hand, must not make them "missing" regressions. A value that is not a number stays:
 * the run did not produce that metric.
 */
export function withoutShown(
  baseline: Record<string, number> | undefined,
  shown: readonly ShownMetric[] = [],
): Record<string, number> | undefined {
  const notGated = new Set(shown.filter((m) => m.notGated !== 'not a number').map((m) => m.name))
  if (baseline === undefined || notGated.size === 0) return baseline
  return ownRecord(Object.entries(baseline).filter(([name]) => !notGated.has(name)))
}

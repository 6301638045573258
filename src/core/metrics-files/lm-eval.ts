import { inferDirection, type Direction } from '../catalogue.js'
import { InputError } from '../errors.js'
import type { BenchmarkSubset } from '../fingerprint.js'
import { ownRecord, setOwn } from '../own.js'
import { childPath, isJsonObject, type JsonObject, type JsonValue } from './json.js'
import type { FileMetric } from './types.js'

/**
 * Whether a document is lm-evaluation-harness's results file (`lm_eval --output_path`): a `results` object of
 * per-task objects, next to the harness's own `versions`, `configs`, `n-samples` or `higher_is_better`.
 */
export function looksLikeLmEval(data: JsonObject): boolean {
  return (
    isJsonObject(data.results) &&
    Object.values(data.results).every(isJsonObject) &&
    ['versions', 'configs', 'higher_is_better', 'n-samples', 'group_subtasks'].some((key) =>
      Object.hasOwn(data, key),
    )
  )
}

/**
 * The metrics of an lm-evaluation-harness results file. `results.<task>."<metric>,<filter>"` becomes
 * `<task>/<metric>` for the default filter `none` and `<task>/<metric>/<filter>` for any other, so the two filters
 * of a generative task (`strict-match`, `flexible-extract`) stay apart. `"<metric>_stderr,<filter>"` is kept as the
 * metric's standard error when it is a finite number (the harness writes "N/A" when it has none);
 * `n-samples.<task>.effective` is its count; `higher_is_better.<task>.<metric>` its direction. Files of the older
 * harness, with keys without a filter (`"acc"`, `"acc_stderr"`), are read the same way. Values that are not numbers
 * (`alias`, …) are not metrics.
 */
export function parseLmEval(data: JsonObject, file: string): FileMetric[] {
  const results = data.results as Record<string, JsonObject>
  const directions = isJsonObject(data.higher_is_better) ? data.higher_is_better : undefined
  const samples = isJsonObject(data['n-samples']) ? data['n-samples'] : undefined
  const metrics: FileMetric[] = []
  for (const [task, entries] of Object.entries(results)) {
    const taskPath = childPath('$.results', task)
    for (const [key, value] of Object.entries(entries)) {
      if (typeof value !== 'number') continue
      const comma = key.indexOf(',')
      const metric = comma < 0 ? key : key.slice(0, comma)
      const filter = comma < 0 ? undefined : key.slice(comma + 1)
      if (metric.endsWith('_stderr')) continue
      if (metric === '')
        throw new InputError('metric key has no name', { file, jsonPath: childPath(taskPath, key) })
      const stderrKey = filter === undefined ? `${metric}_stderr` : `${metric}_stderr,${filter}`
      const stderr = entries[stderrKey]
      const name = [task, metric, ...(filter === undefined || filter === 'none' ? [] : [filter])].join('/')
      metrics.push({
        name,
        value,
        ...directionOf(directions, task, metric),
        ...(typeof stderr === 'number' && Number.isFinite(stderr) ? { stderr } : {}),
        ...countOf(samples, task),
        path: childPath(taskPath, key),
      })
    }
  }
  return metrics
}

function directionOf(
  directions: JsonObject | undefined,
  task: string,
  metric: string,
): { direction: Direction; directionStated?: true } {
  const stated = isJsonObject(directions?.[task]) ? (directions[task] as JsonObject)[metric] : undefined
  if (typeof stated === 'boolean')
    return { direction: stated ? 'higher-is-better' : 'lower-is-better', directionStated: true }
  return { direction: inferDirection(metric) }
}

function countOf(samples: JsonObject | undefined, task: string): { count?: number; fullCount?: number } {
  const entry = samples?.[task]
  if (!isJsonObject(entry)) return {}
  const count = entry.effective ?? entry.original
  if (!isCount(count)) return {}
  return isCount(entry.original) && entry.original > count ? { count, fullCount: entry.original } : { count }
}

function isCount(value: JsonValue | undefined): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

/**
 * What part of the benchmark a `--limit` run measured, or undefined for a full run: `config.limit` is set, or some
 * task's `n-samples.effective` is below its `original`. Such a run is a subset (50 of 2,305 examples is not the
 * benchmark): the gate compares it only with a baseline of the same subset.
 */
export function lmEvalSubset(data: JsonObject): BenchmarkSubset | undefined {
  const limit = isJsonObject(data.config) ? data.config.limit : undefined
  const samples = isJsonObject(data['n-samples']) ? data['n-samples'] : {}
  const tasks = ownRecord<{ effective: number; original: number }>()
  let partial = false
  for (const [task, entry] of Object.entries(samples)) {
    if (!isJsonObject(entry) || !isCount(entry.effective) || !isCount(entry.original)) continue
    setOwn(tasks, task, { effective: entry.effective, original: entry.original })
    partial ||= entry.effective < entry.original
  }
  const limited = typeof limit === 'number' && Number.isFinite(limit)
  if (!limited && !partial) return undefined
  return { ...(limited ? { limit } : {}), tasks }
}

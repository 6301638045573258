import { inferDirection, type Direction } from '../catalogue.js'
import { InputError } from '../errors.js'
import { childPath, isJsonObject, type JsonObject } from './json.js'
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
        direction: directionOf(directions, task, metric),
        ...(typeof stderr === 'number' && Number.isFinite(stderr) ? { stderr } : {}),
        ...countOf(samples, task),
        path: childPath(taskPath, key),
      })
    }
  }
  return metrics
}

function directionOf(directions: JsonObject | undefined, task: string, metric: string): Direction {
  const stated = isJsonObject(directions?.[task]) ? (directions[task] as JsonObject)[metric] : undefined
  if (typeof stated === 'boolean') return stated ? 'higher-is-better' : 'lower-is-better'
  return inferDirection(metric)
}

function countOf(samples: JsonObject | undefined, task: string): { count?: number } {
  const entry = samples?.[task]
  if (!isJsonObject(entry)) return {}
  const count = entry.effective ?? entry.original
  return typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? { count } : {}
}

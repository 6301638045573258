import { inferDirection } from '../catalogue.js'
import { InputError } from '../errors.js'
import { childPath, isJsonObject, shortPath, type JsonValue } from './json.js'
import type { FileMetric } from './types.js'

/**
 * The numbers of any JSON or YAML metrics file (DVC's `metrics:` files, DVCLive's `metrics.json`, a hand-written
 * `scores.json`), named by their key paths joined with dots as `dvc metrics show` does: `{"roc_auc": {"test":
 * 0.96}}` gives `roc_auc.test`. Array items are named by their index (`scores.0`). Strings, booleans and nulls
 * are not metrics. Two paths that flatten to one name (`{"a.b": 1, "a": {"b": 2}}`) are an error, never a silent
 * overwrite. Directions come from the names (`inferDirection`: the last segment, `loss` lower-is-better).
 * Bookkeeping keys (`step`, `epoch`, `timestamp`, W&B's `_runtime`; DVCLive writes `step`) are marked by
 * `readMetricsFile`, as in every format (bookkeeping.ts).
 */
export function parseGeneric(data: JsonValue, file: string): FileMetric[] {
  const metrics: FileMetric[] = []
  const seen = new Map<string, string>()
  const walk = (value: JsonValue, name: string, path: string) => {
    if (typeof value === 'number') {
      if (name === '') throw new InputError('the document is a bare number; name it with a key', { file })
      const earlier = seen.get(name)
      if (earlier !== undefined) {
        throw new InputError(`flattens to the metric name ${JSON.stringify(name)} as ${earlier} does`, {
          file,
          jsonPath: path,
        })
      }
      if (metrics.length >= MAX_FILE_METRICS) throw tooManyMetrics(file, path)
      seen.set(name, path)
      metrics.push({ name, value, direction: inferDirection(name), path })
      return
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, join(name, String(index)), childPath(path, index)))
      return
    }
    if (isJsonObject(value)) {
      for (const [key, item] of Object.entries(value)) walk(item, join(name, key), childPath(path, key))
    }
  }
  walk(data, '', '$')
  return metrics
}

/**
 * Most numbers one metrics file may state: real aggregate files state tens to a few thousand (lm-eval with every
 * MMLU subtask: a few hundred), and every metric costs a report row; a 16 MB array of numbers would be 8 million.
 */
export const MAX_FILE_METRICS = 10_000

export function tooManyMetrics(file: string, path?: string): InputError {
  return new InputError(
    `states more than ${MAX_FILE_METRICS} metrics, the most one metrics file may; is it a data set rather than a metrics file?`,
    { file, ...(path !== undefined ? { jsonPath: shortPath(path) } : {}) },
  )
}

function join(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`
}

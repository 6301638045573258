import { inferDirection } from '../catalogue.js'
import { InputError } from '../errors.js'
import { childPath, isJsonObject, type JsonObject } from './json.js'
import type { FileMetric } from './types.js'

/** Whether a document is an Inspect (inspect_ai) eval log in JSON: `version`, `status`, `eval.task`, `results`. */
export function looksLikeInspect(data: JsonObject): boolean {
  return (
    typeof data.version === 'number' &&
    typeof data.status === 'string' &&
    isJsonObject(data.eval) &&
    typeof data.eval.task === 'string'
  )
}

/**
 * The metrics of an Inspect eval log: `results.scores[].metrics.<metric>.value` becomes `<task>/<scorer>/<metric>`
 * (`popularity/match/accuracy`); the scorer's `stderr` metric is kept as the standard error of its other metrics,
 * and `results.completed_samples` is their count. Only a finished run is read: a log whose `status` is not
 * `success` (cancelled, error, started) holds metrics of part of the samples at best, and gating on it would be
 * gating on a different evaluation.
 */
export function parseInspect(data: JsonObject, file: string): FileMetric[] {
  if (data.status !== 'success') {
    throw new InputError(
      `the eval's status is ${JSON.stringify(data.status)}, not "success": its metrics may cover only part of the samples`,
      { file, jsonPath: '$.status' },
    )
  }
  const task = (data.eval as JsonObject).task as string
  const results = data.results
  if (!isJsonObject(results) || !Array.isArray(results.scores)) {
    throw new InputError('has no scores', { file, jsonPath: '$.results.scores' })
  }
  const completed = results.completed_samples
  const count =
    typeof completed === 'number' && Number.isSafeInteger(completed) && completed >= 0
      ? { count: completed }
      : {}
  const metrics: FileMetric[] = []
  results.scores.forEach((score, index) => {
    const where = childPath('$.results.scores', index)
    if (!isJsonObject(score) || typeof score.name !== 'string' || !isJsonObject(score.metrics)) {
      throw new InputError('expected a score with a name and metrics', { file, jsonPath: where })
    }
    const entries = score.metrics
    const stderrEntry = entries.stderr
    const stderr = isJsonObject(stderrEntry) ? stderrEntry.value : undefined
    for (const [metric, entry] of Object.entries(entries)) {
      if (metric === 'stderr' || !isJsonObject(entry) || typeof entry.value !== 'number') continue
      metrics.push({
        name: `${task}/${score.name}/${metric}`,
        value: entry.value,
        direction: inferDirection(metric),
        ...(typeof stderr === 'number' && Number.isFinite(stderr) ? { stderr } : {}),
        ...count,
        path: childPath(childPath(childPath(where, 'metrics'), metric), 'value'),
      })
    }
  })
  return metrics
}

/**
 * lm-evaluation-harness per-sample logs (`lm_eval --log_samples`): `samples_<task>_<date>.jsonl`, one JSON object
 * per document (and, in harnesses that write `filter`, per document and filter). Pure: records come in parsed.
 *
 * A record holds `doc_id`, the document, `target`, `resps`/`filtered_resps`, hashes and one field per metric of the
 * task with this document's value (`"acc": 1`). Newer harnesses also list the metric names in `metrics` and name
 * the filter in `filter`; older ones do not, and then every numeric field outside the harness's own keys is a
 * metric. A metric becomes `<task>/<metric>` for the filter `none` and `<task>/<metric>/<filter>` otherwise, the
 * names the results file's metrics get (`metrics-files/lm-eval.ts`), so both routes gate the same baseline entries.
 */
import { inferDirection } from '../catalogue.js'
import { InputError, type ErrorLocation } from '../errors.js'
import { childPath } from '../metrics-files/json.js'
import type { FileMetric } from '../metrics-files/types.js'
import { ownValue } from '../own.js'
import { ExampleScores } from './scores.js'

/** The harness's own keys of a sample record: never metrics. */
const RECORD_KEYS = new Set([
  'doc_id',
  'doc',
  'target',
  'arguments',
  'resps',
  'filtered_resps',
  'filter',
  'metrics',
  'doc_hash',
  'prompt_hash',
  'target_hash',
])

const PREFIX = 'samples_'
const SUFFIX = '.jsonl'

/**
 * The task of a per-sample log, from its file name `samples_<task>_<date>.jsonl` (the date holds no `_`), or
 * undefined when the name is not one the harness writes. String operations only: the name is untrusted.
 */
export function lmEvalSamplesTask(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) return undefined
  const stem = name.slice(PREFIX.length, -SUFFIX.length)
  const cut = stem.lastIndexOf('_')
  return cut > 0 ? stem.slice(0, cut) : undefined
}

/** Adds one record of a per-sample log of `task` to `scores`; throws `InputError` at `where` for a bad record. */
export function addLmEvalSample(
  scores: ExampleScores,
  task: string,
  record: unknown,
  where: ErrorLocation,
): void {
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    throw new InputError('expected a JSON object (a sample of lm-evaluation-harness)', where)
  const fields = record as Record<string, unknown>
  const docId = ownValue(fields, 'doc_id')
  if (!(typeof docId === 'string' && docId !== '') && !Number.isInteger(docId))
    throw new InputError(
      'missing or not an integer or a string; every sample of an lm-evaluation-harness per-sample log (a file named samples_<task>_<date>.jsonl) needs its document id',
      {
        ...where,
        field: 'doc_id',
      },
    )
  const filter = ownValue(fields, 'filter')
  if (filter !== undefined && typeof filter !== 'string')
    throw new InputError('is not a string', { ...where, field: 'filter' })
  const suffix = filter === undefined || filter === 'none' ? '' : `/${filter}`
  const names = metricNames(fields, where)
  if (names.length === 0)
    throw new InputError(
      `sample of task ${JSON.stringify(task)} has no per-sample metric (a number such as "acc" or "exact_match"); its metrics may be corpus-level: read the results file with metrics-files instead`,
      where,
    )
  for (const name of names) {
    const value = sampleValue(ownValue(fields, name))
    if (value === undefined) throw new InputError('is not a number or a boolean', { ...where, field: name })
    scores.add(`${task}/${name}${suffix}`, String(docId), value, { ...where, field: 'doc_id' })
  }
}

/**
 * The metric fields of a record: those `metrics` lists whose value is a number (a corpus-level metric such as
 * `bleu` logs a pair per sample, aggregated only by the harness), else every numeric field outside the harness's own.
 */
function metricNames(fields: Record<string, unknown>, where: ErrorLocation): string[] {
  const listed = ownValue(fields, 'metrics')
  if (listed === undefined)
    return Object.keys(fields).filter(
      (key) => !RECORD_KEYS.has(key) && sampleValue(fields[key]) !== undefined,
    )
  if (!Array.isArray(listed) || !listed.every((name) => typeof name === 'string'))
    throw new InputError('is not a list of metric names', { ...where, field: 'metrics' })
  return (listed as string[]).filter((name) => {
    const value = ownValue(fields, name)
    return typeof value === 'number' || typeof value === 'boolean'
  })
}

function sampleValue(value: unknown): number | undefined {
  if (typeof value === 'boolean') return value ? 1 : 0
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/**
 * The metrics of a model's per-sample logs as a metrics file states them: each metric's mean and standard error
 * over the examples (the harness's `mean` and `mean_stderr`), found at the JSON path of its per-sample field.
 */
export function lmEvalSampleMetrics(scores: ExampleScores): FileMetric[] {
  return scores.means().map(({ name, value, stderr, count }) => ({
    name,
    value,
    direction: inferDirection(name),
    ...(stderr !== undefined ? { stderr } : {}),
    count,
    path: childPath('$', name.split('/')[1]!),
  }))
}

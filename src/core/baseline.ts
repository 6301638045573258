import { InputError } from './errors.js'
import type { BenchmarkSubset } from './fingerprint.js'
import { compareCodePoints, firstRepeat } from './labels.js'
import { childPath, describeJsonKind, parseLenientJson, shortPath } from './metrics-files/json.js'
import { ownRecord, ownValue, setOwn } from './own.js'

/** The version written into every baseline file; files of an unknown version are refused rather than guessed at. */
export const BASELINE_SCHEMA = 1

/** Where a baseline entry came from. */
export interface Provenance {
  /** Commit SHA the metrics were measured at. */
  commit?: string
  /** Git ref of that run, e.g. `refs/heads/main`. */
  ref?: string
  /** ISO 8601 time the entry was written. */
  time?: string
  /** `eval-gate@<version>`. */
  tool?: string
}

/** The recorded results of one named model: its metric values and what later statistics need. */
export interface BaselineEntry {
  metrics: Record<string, number>
  rows?: number
  /** Fingerprint of the evaluation data (see fingerprint.ts), to notice a changed test set. */
  fingerprint?: string
  /** The part of its benchmark the run measured, when it measured only part (lm-eval's `--limit`). */
  subset?: BenchmarkSubset
  labels?: string[]
  /** `confusionMatrix[gold][predicted]` over `labels`. */
  confusionMatrix?: number[][]
  positiveLabel?: string
  /**
   * Standard errors of metrics that no stored confusion matrix can resample (score metrics, metrics read from
   * files with a stderr): they make an unpaired test of those metrics possible.
   */
  standardErrors?: Record<string, number>
  provenance?: Provenance
}

/**
 * A baseline file: entries by `name`, so several gates can share one file. Names come from a file a pull request
 * may edit: `models`, `metrics` and `standardErrors` are read with own.ts, so `constructor` or `__proto__` is a
 * name like any other.
 */
export interface BaselineDocument {
  schema: typeof BASELINE_SCHEMA
  models: Record<string, BaselineEntry>
}

/** A parsed baseline file, remembering whether it was a hand-written flat one. */
export interface ParsedBaseline {
  document: BaselineDocument
  /** `{"f1_macro": 0.81}`: applies to every name; written back in the versioned form. */
  flat: boolean
}

/**
 * Parses a baseline file: the versioned form `{"schema": 1, "models": {...}}` or a hand-written flat object of
 * metric values. Errors name the file and the JSON path of the offending value. A pull request may edit the file,
 * so it is read by the strict parser: bounded depth, and a key given twice (`"models"` twice would gate nothing) is
 * refused rather than the last one winning.
 */
export function parseBaseline(text: string, file: string): ParsedBaseline {
  const data: unknown = parseLenientJson(text, file)
  if (!isObject(data)) throw new InputError('baseline must be a JSON object', { file, jsonPath: '$' })

  if (!('schema' in data)) {
    return {
      document: {
        schema: BASELINE_SCHEMA,
        models: ownRecord([['*', { metrics: readMetrics(data, file, '$') }]]),
      },
      flat: true,
    }
  }
  if (data.schema !== BASELINE_SCHEMA) {
    throw new InputError(
      `unknown baseline schema ${describe(data.schema)}; this version of eval-gate reads schema ${BASELINE_SCHEMA}`,
      { file, jsonPath: '$.schema' },
    )
  }
  const models = data.models
  if (!isObject(models)) throw new InputError('"models" must be an object', { file, jsonPath: '$.models' })
  const entries = Object.entries(models).map(
    ([name, entry]) => [name, readEntry(entry, file, `$.models${jsonKey(name)}`)] as const,
  )
  return { document: { schema: BASELINE_SCHEMA, models: ownRecord(entries) }, flat: false }
}

/** The entry for `name`: its own, or the one every name shares in a flat file. */
export function entryFor(document: BaselineDocument, name: string): BaselineEntry | undefined {
  return ownValue(document.models, name) ?? ownValue(document.models, '*')
}

/** A copy of the document with `name`'s entry replaced and every other entry kept. */
export function withEntry(document: BaselineDocument, name: string, entry: BaselineEntry): BaselineDocument {
  const models = ownRecord(Object.entries(document.models).filter(([key]) => key !== '*'))
  setOwn(models, name, entry)
  return { schema: BASELINE_SCHEMA, models }
}

/** The file's text: pretty-printed with a stable key order, so its diff in a pull request stays small. */
export function serializeBaseline(document: BaselineDocument): string {
  const sorted = sortKeys(document)
  // Each confusion-matrix row goes out as a marked string, unquoted afterwards. The marker must not occur in the
  // document (a label could be "__row__[1]"), or that label would be unquoted too and the file corrupted.
  const plain = JSON.stringify(sorted)
  let marker = '__row__'
  while (plain.includes(marker)) marker += '_'
  return (
    JSON.stringify(sorted, matrixOnOneLine(marker), 2).replace(
      new RegExp(`"${marker}(\\[.*?\\])"`, 'g'),
      '$1',
    ) + '\n'
  )
}

/** Keeps each confusion-matrix row on one line: a 10-class matrix stays 10 lines, not 120. */
function matrixOnOneLine(marker: string) {
  return (key: string, value: unknown): unknown => {
    if (key === 'confusionMatrix' && Array.isArray(value))
      return value.map((row) => `${marker}${JSON.stringify(row)}`)
    return value
  }
}

/** Keys in reading order: the version, then what a reviewer looks at first. Other keys follow alphabetically. */
const KEY_ORDER = [
  'schema',
  'models',
  'metrics',
  'rows',
  'fingerprint',
  'subset',
  'positiveLabel',
  'labels',
  'confusionMatrix',
  'standardErrors',
  'provenance',
]

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (!isObject(value)) return value
  const rank = (key: string) => {
    const index = KEY_ORDER.indexOf(key)
    return index < 0 ? KEY_ORDER.length : index
  }
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || compareCodePoints(a, b))
  // fromEntries defines keys, so a `__proto__` key is written out like any other.
  return Object.fromEntries(keys.map((key) => [key, sortKeys(value[key])]))
}

function readEntry(entry: unknown, file: string, path: string): BaselineEntry {
  if (!isObject(entry)) throw new InputError('must be an object', { file, jsonPath: path })
  if (!('metrics' in entry)) throw new InputError('entry has no "metrics"', { file, jsonPath: path })
  const result: BaselineEntry = { metrics: readMetrics(entry.metrics, file, `${path}.metrics`) }
  if (entry.rows !== undefined) result.rows = readCount(entry.rows, file, `${path}.rows`)
  if (entry.fingerprint !== undefined) {
    if (typeof entry.fingerprint !== 'string')
      throw new InputError('must be a string', { file, jsonPath: `${path}.fingerprint` })
    result.fingerprint = entry.fingerprint
  }
  if (entry.subset !== undefined) result.subset = readSubset(entry.subset, file, `${path}.subset`)
  if (entry.labels !== undefined) {
    if (!Array.isArray(entry.labels) || !entry.labels.every((l) => typeof l === 'string')) {
      throw new InputError('must be an array of strings', { file, jsonPath: `${path}.labels` })
    }
    result.labels = distinctLabels(entry.labels, file, `${path}.labels`)
  }
  if (entry.confusionMatrix !== undefined) {
    result.confusionMatrix = readMatrix(
      entry.confusionMatrix,
      result.labels?.length,
      file,
      `${path}.confusionMatrix`,
    )
  }
  if (entry.positiveLabel !== undefined) {
    if (typeof entry.positiveLabel !== 'string')
      throw new InputError('must be a string', { file, jsonPath: `${path}.positiveLabel` })
    result.positiveLabel = entry.positiveLabel
  }
  if (entry.standardErrors !== undefined) {
    const errors = readMetrics(entry.standardErrors, file, `${path}.standardErrors`)
    for (const [name, value] of Object.entries(errors))
      if (value < 0)
        throw new InputError(`a standard error must be ≥ 0, got ${value}`, {
          file,
          jsonPath: `${path}.standardErrors${jsonKey(name)}`,
        })
    result.standardErrors = errors
  }
  if (entry.provenance !== undefined) {
    if (!isObject(entry.provenance))
      throw new InputError('must be an object', { file, jsonPath: `${path}.provenance` })
    result.provenance = Object.fromEntries(
      Object.entries(entry.provenance).filter(
        (pair): pair is [string, string] => typeof pair[1] === 'string',
      ),
    )
  }
  return result
}

/** `{"limit": 50, "tasks": {"gsm8k": {"effective": 50, "original": 1319}}}`. */
function readSubset(value: unknown, file: string, path: string): BenchmarkSubset {
  if (!isObject(value) || !isObject(value.tasks))
    throw new InputError('must be an object with "tasks"', { file, jsonPath: path })
  const tasks = ownRecord<{ effective: number; original: number }>()
  for (const [task, counts] of Object.entries(value.tasks)) {
    const where = `${path}.tasks${jsonKey(task)}`
    if (!isObject(counts)) throw new InputError('must be an object', { file, jsonPath: where })
    const effective = readCount(counts.effective, file, `${where}.effective`)
    const original = readCount(counts.original, file, `${where}.original`)
    setOwn(tasks, task, { effective, original })
  }
  if (
    value.limit !== undefined &&
    (typeof value.limit !== 'number' || !Number.isFinite(value.limit) || value.limit <= 0)
  )
    throw new InputError(`must be a number > 0, got ${describe(value.limit)}`, {
      file,
      jsonPath: `${path}.limit`,
    })
  return { ...(value.limit !== undefined ? { limit: value.limit } : {}), tasks }
}

function readMetrics(value: unknown, file: string, path: string): Record<string, number> {
  if (!isObject(value)) throw new InputError('metrics must be an object of numbers', { file, jsonPath: path })
  const metrics = ownRecord<number>()
  for (const [name, metric] of Object.entries(value)) {
    // Names end up in one-line outputs and annotations: no line breaks or other control characters.
    // eslint-disable-next-line no-control-regex
    if (name === '' || /[\u0000-\u001f\u007f\u2028\u2029]/.test(name)) {
      throw new InputError('metric name must be a non-empty single line of text', {
        file,
        jsonPath: `${path}${jsonKey(name)}`,
      })
    }
    if (typeof metric !== 'number' || !Number.isFinite(metric)) {
      throw new InputError(`metric value must be a finite number, got ${describe(metric)}`, {
        file,
        jsonPath: `${path}${jsonKey(name)}`,
      })
    }
    setOwn(metrics, name, metric)
  }
  return metrics
}

function readCount(value: unknown, file: string, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InputError(`must be a whole number ≥ 0, got ${describe(value)}`, { file, jsonPath: path })
  }
  return value
}

function readMatrix(value: unknown, size: number | undefined, file: string, path: string): number[][] {
  if (!Array.isArray(value) || (size !== undefined && value.length !== size)) {
    throw new InputError(`must be a square array matching "labels"`, { file, jsonPath: path })
  }
  return value.map((row, g) => {
    if (!Array.isArray(row) || row.length !== value.length) {
      throw new InputError('each row must have one count per label', { file, jsonPath: `${path}[${g}]` })
    }
    return row.map((count, p) => readCount(count, file, `${path}[${g}][${p}]`))
  })
}

/** Labels index the confusion matrix: a repeated one would make two rows of one class. */
function distinctLabels(labels: string[], file: string, path: string): string[] {
  const repeat = firstRepeat(labels)
  if (repeat) {
    throw new InputError(
      `this label is given twice (also at [${repeat.first}]); each label must appear once`,
      { file, jsonPath: `${path}[${repeat.index}]` },
    )
  }
  return labels
}

/** A wrong value by its kind, never its text: the file may hold megabytes in one value. */
const describe = describeJsonKind

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `.name` for plain keys, `["odd key"]` otherwise, cut short: a key may be megabytes long. */
function jsonKey(key: string): string {
  return shortPath(childPath('', key))
}

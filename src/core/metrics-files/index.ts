import { isScalar, parseDocument, visit, YAMLError, type Document } from 'yaml'
import { InputError } from '../errors.js'
import { markBookkeeping } from './bookkeeping.js'
import { MAX_FILE_METRICS, parseGeneric, tooManyMetrics } from './generic.js'
import { looksLikeHfTrainer, parseHfTrainer } from './hf-trainer.js'
import { looksLikeInspect, parseInspect } from './inspect-ai.js'
import { isJsonObject, parseLenientJson, type JsonObject, type JsonValue } from './json.js'
import { lmEvalSubset, looksLikeLmEval, parseLmEval } from './lm-eval.js'
import { looksLikePromptfoo, parsePromptfoo } from './promptfoo.js'
import { looksLikeTrainerState, parseTrainerState } from './trainer-state.js'
import {
  FORMAT_NAMES,
  METRICS_FORMATS,
  type FileMetric,
  type MetricsFile,
  type MetricsFormat,
} from './types.js'

export { splitDirectionRules, type DirectionRule } from './directions.js'
export {
  selectFileMetrics,
  withoutShown,
  type FileSelection,
  type SelectedMetric,
  type ShownMetric,
} from './select.js'
export {
  FORMAT_NAMES,
  METRICS_FORMATS,
  type FileMetric,
  type MetricsFile,
  type MetricsFormat,
} from './types.js'

/** Spellings `metrics-format` accepts besides the format names themselves. */
const ALIASES: Record<string, MetricsFormat> = {
  'lm-evaluation-harness': 'lm-eval',
  lm_eval: 'lm-eval',
  hf: 'hf-trainer',
  huggingface: 'hf-trainer',
  transformers: 'hf-trainer',
  inspect: 'inspect-ai',
  inspect_ai: 'inspect-ai',
  dvc: 'generic',
  json: 'generic',
  yaml: 'generic',
}

/** The `metrics-format` input: `auto` (or empty) detects each file's format; anything else must be a format. */
export function parseMetricsFormat(text: string): MetricsFormat | undefined {
  const value = text.trim().toLowerCase()
  if (value === '' || value === 'auto') return undefined
  const format = (METRICS_FORMATS as readonly string[]).includes(value)
    ? (value as MetricsFormat)
    : ALIASES[value]
  if (format === undefined) {
    throw new InputError(
      `input "metrics-format": unknown format ${JSON.stringify(text.trim())}; use auto, ${METRICS_FORMATS.join(', ')} (dvc is generic)`,
    )
  }
  return format
}

/** How a metrics file's text is read, from its extension. */
function syntaxOf(file: string): 'json' | 'yaml' {
  const extension = /\.[^./\\]+$/.exec(file.toLowerCase())?.[0]
  if (extension === '.json') return 'json'
  if (extension === '.yaml' || extension === '.yml') return 'yaml'
  throw new InputError(
    `unknown metrics file format: cannot tell it from the extension ${extension === undefined ? '(none)' : JSON.stringify(extension)}; metrics files are .json, .yaml or .yml`,
    { file },
  )
}

/**
 * Reads one metrics file: parses its JSON or YAML, tells its format (or takes `format`), and lists the metrics it
 * states. Throws `InputError` naming the file (and the JSON path or line) when it cannot be read, is not of the
 * forced format, or states no numbers at all.
 */
export function readMetricsFile(
  text: string,
  file: string,
  format?: MetricsFormat,
  maxStringLength?: number,
): MetricsFile {
  const data =
    syntaxOf(file) === 'json'
      ? parseLenientJson(text, file, {}, maxStringLength)
      : parseYamlDocument(text, file)
  const found = format ?? detectFormat(data, file)
  if (format !== undefined && format !== 'generic' && !(isJsonObject(data) && matches(format, data, file))) {
    throw new InputError(`is not ${FORMAT_NAMES[format]} (metrics-format is ${format}): ${SHAPES[format]}`, {
      file,
    })
  }
  const metrics = parseAs(found, data, file).map(markBookkeeping)
  if (metrics.length > MAX_FILE_METRICS) throw tooManyMetrics(file)
  if (metrics.length === 0) {
    throw new InputError(`has no numeric metrics (read as ${FORMAT_NAMES[found]})`, { file })
  }
  for (const metric of metrics) {
    if (metric.name.length > MAX_METRIC_NAME) {
      throw new InputError(
        `a metric name is ${metric.name.length} characters long; metric names are at most ${MAX_METRIC_NAME}`,
        { file, jsonPath: metric.path.length > 80 ? `${metric.path.slice(0, 80)}…` : metric.path },
      )
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(metric.name)) {
      throw new InputError('a metric name must be a single line of text', { file, jsonPath: metric.path })
    }
  }
  const subset = found === 'lm-eval' ? lmEvalSubset(data as JsonObject) : undefined
  return { file, format: found, metrics, ...(subset !== undefined ? { subset } : {}) }
}

/** Longest metric name read from a file: names go into every report line and are matched against globs. */
export const MAX_METRIC_NAME = 1000

const SHAPES: Record<Exclude<MetricsFormat, 'generic'>, string> = {
  'lm-eval': 'expected "results" with one object per task, beside "versions" or "configs"',
  promptfoo: 'expected "results.results" (an array) and "results.stats"',
  'hf-trainer':
    'expected one flat object of numbers with eval_/train_/predict_ keys, or a trainer_state.json with "log_history"',
  'inspect-ai': 'expected "version", "status" and "eval.task"',
}

/** The format of a parsed document; anything not recognised is read as generic metrics. */
export function detectFormat(data: JsonValue, file: string): MetricsFormat {
  if (!isJsonObject(data)) return 'generic'
  for (const format of ['promptfoo', 'inspect-ai', 'lm-eval', 'hf-trainer'] as const) {
    if (matches(format, data, file)) return format
  }
  return 'generic'
}

function matches(format: Exclude<MetricsFormat, 'generic'>, data: JsonObject, file: string): boolean {
  switch (format) {
    case 'promptfoo':
      return looksLikePromptfoo(data)
    case 'inspect-ai':
      return looksLikeInspect(data)
    case 'lm-eval':
      return looksLikeLmEval(data)
    case 'hf-trainer':
      return looksLikeHfTrainer(data, file) || looksLikeTrainerState(data)
  }
}

function parseAs(format: MetricsFormat, data: JsonValue, file: string): FileMetric[] {
  switch (format) {
    case 'promptfoo':
      return parsePromptfoo(data as JsonObject, file)
    case 'inspect-ai':
      return parseInspect(data as JsonObject, file)
    case 'lm-eval':
      return parseLmEval(data as JsonObject, file)
    case 'hf-trainer':
      return looksLikeTrainerState(data as JsonObject)
        ? parseTrainerState(data as JsonObject, file)
        : parseHfTrainer(data as JsonObject)
    case 'generic':
      return parseGeneric(data, file)
  }
}

/**
 * Parses a YAML metrics file. Only YAML's plain data is read: a tag (`!!binary`, `!!js/function`, `!custom`) is
 * refused rather than read as text, and every problem, the alias-bomb guard's included, names the file.
 */
function parseYamlDocument(text: string, file: string): JsonValue {
  if (text.trim() === '') throw new InputError('is empty: expected a YAML document', { file })
  let data: unknown
  try {
    // The library's own check of unique keys compares every key with every other: 100,000 keys took 54 s.
    const document = parseDocument(text, {
      uniqueKeys: false,
      schema: 'core',
      resolveKnownTags: false,
      prettyErrors: true,
    })
    const problem = document.errors[0] ?? document.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED')
    if (problem !== undefined) throw problem
    refuseRepeatedYamlKeys(document, text, file)
    data = document.toJS({ maxAliasCount: 100 })
  } catch (error) {
    throw yamlError(error, file)
  }
  return toJsonValue(data)
}

/** A key given twice in one map, found in linear time; keys compare as the JSON object keys they become. */
function refuseRepeatedYamlKeys(document: Document, text: string, file: string): void {
  visit(document, {
    Map(_, map) {
      const seen = new Set<string>()
      for (const { key } of map.items) {
        const name = isScalar(key) ? String(key.value) : String(key)
        if (seen.has(name)) {
          const offset = isScalar(key) ? (key.range?.[0] ?? 0) : 0
          const line = text.slice(0, offset).split('\n').length
          throw new InputError('is not valid YAML: Map keys must be unique', { file, line })
        }
        seen.add(name)
      }
    },
  })
}

function yamlError(error: unknown, file: string): InputError {
  if (error instanceof InputError) return error
  if (error instanceof RangeError) return new InputError('is not valid YAML: it nests too deeply', { file })
  if (!(error instanceof YAMLError)) {
    // The library's guard against alias bombs throws a plain ReferenceError.
    return new InputError(`is refused: ${(error as Error).message.split('\n')[0]}`, { file })
  }
  const line = error.linePos?.[0].line
  let problem = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
  if (error.code === 'RESOURCE_EXHAUSTION') problem = 'it nests too deeply'
  if (error.code === 'TAG_RESOLVE_FAILED') {
    problem = `${problem.replace('Unresolved tag: ', 'tag ').replace('tag:yaml.org,2002:', '!!')} is not allowed: metrics files hold plain numbers, strings, lists and maps`
  }
  return new InputError(`is not valid YAML: ${problem}`, { file, ...(line !== undefined ? { line } : {}) })
}

/** A YAML value as the JSON reader would give it: prototype-less objects; anything else YAML has (dates) is text. */
function toJsonValue(value: unknown): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string')
    return value
  if (Array.isArray(value)) return value.map(toJsonValue)
  if (typeof value === 'object') {
    const object = Object.create(null) as JsonObject
    for (const [key, item] of Object.entries(value as Record<string, unknown>))
      object[key] = toJsonValue(item)
    return object
  }
  return String(value)
}

/**
 * Several models in one run (issue 8): which prediction files belong to which model, which model is gated, and
 * how the leaderboard is ranked and drawn. Pure: the inputs come in as text.
 *
 * The `predictions` input, line by line:
 * - `NAME=PATTERN` names a model; NAME is `^[A-Za-z0-9][A-Za-z0-9_.-]*` (spaces around `=` allowed). Further
 *   comma-separated patterns on the same line belong to the same model (`vendor-a=a1.csv, a2.csv`), and a name
 *   repeated on another line adds its patterns to that model.
 * - A line without a name belongs to the candidate, so today's single-model input keeps working unchanged.
 * - A path that really starts with `word=` (a file `run=3.csv` in the workspace root) is written `./run=3.csv`:
 *   a name never starts with `.` or `/`, and any `=` after a `/` is part of a path.
 *
 * The `candidate` input picks the gated model. Unset: the unnamed lines if there are any (named `candidate`, and
 * joined with a model explicitly named `candidate`), else the model named `candidate`, else the first named model.
 * With `model-column` every model comes from the same files, told apart by that field; the default candidate is
 * then the value `candidate` if present, else the first model found in the files (see `resolveCandidate`).
 */
import { InputError } from './errors.js'
import type { EvaluationSettings } from './evaluation-settings.js'
import { parseBoolean, splitList } from './input-values.js'

/** One model and the paths or globs of its prediction files, as given. */
export interface ModelSpec {
  name: string
  patterns: string[]
}

/** The leaderboard settings: inputs `predictions` (names), `candidate`, `model-column`, `rank-by`, `chart`. */
export interface ModelsSettings {
  /**
   * The models of `predictions`, in order of first mention, the candidate among them. With `model-column` (or
   * without named lines) there is one entry holding every pattern.
   */
  specs: ModelSpec[]
  /**
   * The gated model's name. Always set without `model-column`; with it, the `candidate` input (unset: chosen by
   * `resolveCandidate` from the names found in the files).
   */
  candidate?: string
  /** Field holding each row's model name: one set of files holds every model. */
  modelColumn?: string
  /** Metric the leaderboard is ranked by; unset: the first metric of the candidate. */
  rankBy?: string
  /** Draw the leaderboard's chart. */
  chart: boolean
  /** Whether this run has several models (named lines for more than one model, or `model-column`). */
  leaderboard: boolean
}

/** Name of the unnamed lines' model when the `candidate` input does not give one. */
export const DEFAULT_CANDIDATE = 'candidate'

/** A model-column with more distinct values than this is more likely the wrong column than a leaderboard. */
export const MAX_MODELS = 50

const NAMED = /^([A-Za-z0-9][\w.-]*)\s*=\s*(.*)$/s

/** The `predictions` input split into the candidate's unnamed patterns and the named models, in input order. */
export interface PredictionLines {
  unnamed: string[]
  named: ModelSpec[]
}

/**
 * Splits the `predictions` input into unnamed patterns and named models (syntax only; `parseModelInputs`
 * validates the combination with the other inputs).
 */
export function parsePredictionLines(text: string): PredictionLines {
  const unnamed: string[] = []
  const named = new Map<string, string[]>()
  for (const line of text.split(/\r?\n/)) {
    let current: string[] = unnamed
    for (const entry of splitList(line)) {
      const match = NAMED.exec(entry)
      if (match) {
        const name = match[1]!
        const pattern = match[2]!.trim()
        if (pattern === '')
          throw new InputError(`input "predictions": model ${JSON.stringify(name)} has no path after "="`)
        current = named.get(name) ?? []
        named.set(name, current)
        current.push(pattern)
      } else current.push(entry)
    }
  }
  return { unnamed, named: [...named].map(([name, patterns]) => ({ name, patterns })) }
}

/**
 * Reads and validates the model inputs. `evaluation` is the already-parsed task and score settings; `metrics` the
 * parsed `metrics` input. Returns the candidate's patterns as `predictions` (what `evaluate` reads for the gate)
 * and the models' settings.
 */
export function parseModelInputs(
  read: (name: string) => string,
  evaluation: Pick<EvaluationSettings, 'task' | 'scoreColumn' | 'scoreColumns' | 'metricsFiles'>,
  metrics?: readonly string[],
): { predictions: string[]; models: ModelsSettings } {
  const lines = parsePredictionLines(read('predictions'))
  const given = singleLine('candidate', read('candidate'))
  const modelColumn = singleLine('model-column', read('model-column'))
  const rankBy = singleLine('rank-by', read('rank-by'))
  const chart = parseBoolean('chart', read('chart').trim() || 'true')
  if (rankBy !== undefined && metrics !== undefined && evaluation.metricsFiles.length === 0)
    checkRankBy(rankBy, metrics, 'input "metrics"')

  if (modelColumn !== undefined) {
    if (lines.named.length > 0)
      throw new InputError(
        `inputs "model-column" and named "predictions" lines (${lines.named.map((m) => m.name).join(', ')}) exclude each other: with a model column every file holds every model, so give the files without names`,
      )
    if (evaluation.task !== 'classification')
      throw new InputError(
        `input "model-column" is for classification tasks (task is ${evaluation.task}); give each model its own files as NAME=PATH lines instead`,
      )
    if (evaluation.scoreColumn !== undefined || evaluation.scoreColumns !== undefined)
      throw new InputError(
        'input "model-column" computes label metrics only; for score metrics give each model its own files as NAME=PATH lines',
      )
    const models: ModelsSettings = {
      specs: [{ name: given ?? DEFAULT_CANDIDATE, patterns: lines.unnamed }],
      modelColumn,
      chart,
      leaderboard: true,
      ...(given !== undefined ? { candidate: given } : {}),
      ...(rankBy !== undefined ? { rankBy } : {}),
    }
    return { predictions: lines.unnamed, models }
  }

  const specs = lines.named.map((m) => ({ ...m, patterns: [...m.patterns] }))
  let candidate: string
  if (lines.unnamed.length > 0) {
    candidate = given ?? DEFAULT_CANDIDATE
    const same = specs.find((m) => m.name === candidate)
    // Unnamed lines belong to the candidate, whether or not a line also names it.
    if (same) same.patterns.unshift(...lines.unnamed)
    else specs.unshift({ name: candidate, patterns: lines.unnamed })
  } else if (specs.length === 0) {
    candidate = given ?? DEFAULT_CANDIDATE
  } else if (given !== undefined) {
    if (!specs.some((m) => m.name === given))
      throw new InputError(
        `input "candidate": no model is named ${JSON.stringify(given)}; the models are ${specs.map((m) => m.name).join(', ')}`,
      )
    candidate = given
  } else {
    candidate = specs.some((m) => m.name === DEFAULT_CANDIDATE) ? DEFAULT_CANDIDATE : specs[0]!.name
  }
  checkDistinct(specs)
  const predictions = specs.find((m) => m.name === candidate)?.patterns ?? []
  const models: ModelsSettings = {
    specs: specs.length > 0 ? specs : [{ name: candidate, patterns: [] }],
    candidate,
    chart,
    leaderboard: specs.length > 1,
    ...(rankBy !== undefined ? { rankBy } : {}),
  }
  return { predictions: [...predictions], models }
}

/**
 * The candidate among the model names found in a model column: the `candidate` input, which must be one of them,
 * else `candidate` if present, else the first name found.
 */
export function resolveCandidate(names: readonly string[], given: string | undefined): string {
  if (given !== undefined) {
    if (!names.includes(given))
      throw new InputError(
        `input "candidate": no row has the model ${JSON.stringify(given)}; the models found are ${preview(names)}`,
      )
    return given
  }
  if (names.length === 0) throw new InputError('the prediction files have no rows')
  return names.includes(DEFAULT_CANDIDATE) ? DEFAULT_CANDIDATE : names[0]!
}

/** `rank-by` must be one of the run's metrics (`where` names where they come from, for the message). */
export function checkRankBy(rankBy: string, metrics: readonly string[], where: string): void {
  if (!metrics.includes(rankBy))
    throw new InputError(
      `input "rank-by": ${JSON.stringify(rankBy)} is not among the metrics of ${where} (${preview(metrics)})`,
    )
}

/** Names that differ only in case, or a pattern given to two models, are almost surely a mistake. */
function checkDistinct(specs: readonly ModelSpec[]): void {
  const names = new Map<string, string>()
  const owners = new Map<string, string>()
  for (const { name, patterns } of specs) {
    const folded = names.get(name.toLowerCase())
    if (folded !== undefined)
      throw new InputError(
        `input "predictions": model names ${JSON.stringify(folded)} and ${JSON.stringify(name)} differ only in case; use one spelling`,
      )
    names.set(name.toLowerCase(), name)
    for (const pattern of new Set(patterns)) {
      const owner = owners.get(pattern)
      if (owner !== undefined)
        throw new InputError(
          `input "predictions": ${JSON.stringify(pattern)} is given to both ${JSON.stringify(owner)} and ${JSON.stringify(name)}; each file belongs to one model`,
        )
      owners.set(pattern, name)
    }
  }
}

function singleLine(input: string, text: string): string | undefined {
  const value = text.trim()
  if (value === '') return undefined
  if (/[\r\n]/.test(value)) throw new InputError(`input "${input}" must be a single line`)
  return value
}

function preview(names: readonly string[]): string {
  const shown = names.slice(0, 10).map((name) => JSON.stringify(name))
  return shown.join(', ') + (names.length > 10 ? `, … ${names.length - 10} more` : '')
}

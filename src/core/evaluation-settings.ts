import { CATALOGUE, type MetricFamily } from './catalogue.js'
import { InputError } from './errors.js'
import { splitList } from './input-values.js'
import {
  parseMetricsFormat,
  splitDirectionRules,
  type DirectionRule,
  type MetricsFormat,
} from './metrics-files/index.js'

/** What the per-example files hold: class labels (the default), numbers, or generated text. */
export type TaskKind = 'classification' | 'regression' | 'text'
export const TASK_KINDS: readonly TaskKind[] = ['classification', 'regression', 'text']

/** The settings of what is evaluated besides labels: the task, scores, references, and metrics files. */
export interface EvaluationSettings {
  /** The `task` input. */
  task: TaskKind
  /** Classification: field holding the positive-class score or probability (binary). */
  scoreColumn?: string
  /** Classification: fields holding each class's score, as `LABEL=FIELD` pairs or one field holding an array. */
  scoreColumns?: ScoreColumns
  /** Text: field holding several gold answers (a JSON array, or a string); the best-matching one counts. */
  referencesColumn?: string
  /** Paths or globs of metrics files written by other tools. */
  metricsFiles: string[]
  /** Forced format of every metrics file; unset detects each one's. */
  metricsFormat?: MetricsFormat
  /** Globs choosing the metrics to take from metrics files; empty takes all. */
  metricsSelect: string[]
  /** `METRIC: lower-is-better` rules from the `thresholds` input, for metrics read from files. */
  directions: DirectionRule[]
}

/**
 * Per-class score fields: `{ kind: 'columns', columns: [[label, field], …] }` from `cat=p_cat, dog=p_dog` (or
 * plain field names, each the class of the same name), or `{ kind: 'array', field }` for one field holding an array
 * of scores in sorted label order.
 */
export type ScoreColumns =
  { kind: 'columns'; columns: [label: string, field: string][] } | { kind: 'array'; field: string }

/**
 * Reads the evaluation inputs. `thresholdsText` is the `thresholds` input; its direction rules are taken out here,
 * and the rest is returned for `parseThresholds`.
 */
export function parseEvaluationSettings(
  read: (name: string) => string,
  thresholdsText: string,
): { settings: EvaluationSettings; thresholds: string } {
  const task = (read('task').trim() || 'classification') as TaskKind
  if (!TASK_KINDS.includes(task)) {
    throw new InputError(`input "task" must be one of ${TASK_KINDS.join(', ')}, got ${JSON.stringify(task)}`)
  }
  const { rules, thresholds } = splitDirectionRules(thresholdsText)
  const settings: EvaluationSettings = {
    task,
    metricsFiles: splitList(read('metrics-files')),
    metricsSelect: splitList(read('metrics-select')),
    directions: rules,
  }
  const format = parseMetricsFormat(read('metrics-format'))
  if (format !== undefined) settings.metricsFormat = format

  const scoreColumn = read('score-column').trim()
  const scoreColumns = read('score-columns').trim()
  const references = read('references-column').trim()
  if ((scoreColumn || scoreColumns) && task !== 'classification') {
    throw new InputError(
      `input "${scoreColumn ? 'score-column' : 'score-columns'}" is for classification tasks, but task is ${task}`,
    )
  }
  if (scoreColumn && scoreColumns) {
    throw new InputError(
      'inputs "score-column" and "score-columns" exclude each other: one positive-class score, or one per class',
    )
  }
  if (scoreColumn) settings.scoreColumn = scoreColumn
  if (scoreColumns) settings.scoreColumns = parseScoreColumns(scoreColumns)
  if (references) {
    if (task !== 'text')
      throw new InputError(`input "references-column" is for text tasks, but task is ${task}`)
    settings.referencesColumn = references
  }
  return { settings, thresholds }
}

function parseScoreColumns(text: string): ScoreColumns {
  const entries = splitList(text)
  if (entries.length === 1 && !entries[0]!.includes('=')) return { kind: 'array', field: entries[0]! }
  const columns = entries.map((entry): [string, string] => {
    const equals = entry.indexOf('=')
    if (equals < 0) return [entry, entry]
    const label = entry.slice(0, equals).trim()
    const field = entry.slice(equals + 1).trim()
    if (label === '' || field === '') {
      throw new InputError(`input "score-columns": expected LABEL=FIELD, got ${JSON.stringify(entry)}`)
    }
    return [label, field]
  })
  const labels = new Set(columns.map(([label]) => label))
  if (labels.size !== columns.length) throw new InputError('input "score-columns": a class is named twice')
  if (columns.length < 2) {
    throw new InputError('input "score-columns": name one field per class (at least two), or one array field')
  }
  return { kind: 'columns', columns }
}

/** The metric families a run's `metrics` input may name. */
export function familiesOf(settings: EvaluationSettings): MetricFamily[] {
  if (settings.task === 'regression') return ['regression']
  if (settings.task === 'text') return ['text']
  return settings.scoreColumn !== undefined || settings.scoreColumns !== undefined
    ? ['classification', 'scores']
    : ['classification']
}

/**
 * Checks the `metrics` input against the catalogue and the task: each name must be a metric this run computes.
 * A run of metrics files only computes nothing, so it takes no `metrics` (it has `metrics-select`).
 */
export function checkMetricNames(
  metrics: string[],
  settings: EvaluationSettings,
  hasPredictions: boolean,
): void {
  if (!hasPredictions) {
    throw new InputError(
      'input "metrics" chooses metrics computed from prediction files, and there are none; choose the metrics of metrics files with "metrics-select"',
    )
  }
  const families = familiesOf(settings)
  const known = [...CATALOGUE.values()].filter((m) => families.includes(m.family)).map((m) => m.name)
  for (const metric of metrics) {
    if (known.includes(metric)) continue
    const info = CATALOGUE.get(metric)
    if (info === undefined) {
      throw new InputError(
        `input "metrics": unknown metric ${JSON.stringify(metric)}; known metrics: ${known.join(', ')}`,
      )
    }
    const needs =
      info.family === 'scores'
        ? 'needs scores: set "score-column" (binary) or "score-columns" (one per class)'
        : `needs task: ${info.family}`
    throw new InputError(
      `input "metrics": metric ${JSON.stringify(metric)} ${needs} (task is ${settings.task})`,
    )
  }
}

import { CATALOGUE, DEFAULT_METRICS } from './catalogue.js'
import { InputError } from './errors.js'

/** How the labels of a run are read: binary (with a positive class) or multiclass. */
export interface TaskShape {
  kind: 'binary' | 'multiclass'
  /** scikit-learn's `pos_label`; set only for binary tasks. */
  positiveLabel?: string
}

/** Label pairs whose positive member is obvious; matched case-insensitively. */
const KNOWN_PAIRS: [negative: string, positive: string][] = [
  ['0', '1'],
  ['false', 'true'],
  ['no', 'yes'],
  ['negative', 'positive'],
]

/**
 * Decides whether the task is binary and which class is positive. An explicit `positive-label` must be one of the
 * labels of a task with at most two; without one, a pair such as 0/1 or no/yes is binary with its obvious positive
 * class, and anything else is multiclass.
 */
export function resolveTask(labels: string[], positiveLabel: string | undefined): TaskShape {
  if (positiveLabel !== undefined) {
    if (!labels.includes(positiveLabel)) {
      throw new InputError(
        `positive-label ${JSON.stringify(positiveLabel)} is not among the ${labels.length} labels found (labels are compared exactly, case included)`,
      )
    }
    if (labels.length > 2) {
      throw new InputError(
        `positive-label makes the task binary, but ${labels.length} labels were found; ` +
          'remove positive-label to evaluate it as multiclass',
      )
    }
    return { kind: 'binary', positiveLabel }
  }
  const lower = labels.map((label) => label.toLowerCase())
  // Labels that differ only in case ("yes", "Yes") are distinct classes: that is not a pair, so not binary.
  const distinct = new Set(lower).size === lower.length
  for (const [negative, positive] of KNOWN_PAIRS) {
    if (lower.length > 0 && distinct && lower.every((label) => label === negative || label === positive)) {
      const found = labels[lower.indexOf(positive)]
      // A single-class run of the negative label still has a positive class: the conventional spelling.
      return { kind: 'binary', positiveLabel: found ?? positive }
    }
  }
  return { kind: 'multiclass' }
}

/**
 * The metrics to report and gate: the requested ones, checked against the task, or the task's defaults.
 */
export function selectMetrics(
  requested: string[] | undefined,
  task: TaskShape,
  labelCount: number,
): string[] {
  if (requested === undefined || requested.length === 0) return [...DEFAULT_METRICS[task.kind]]
  for (const name of requested) {
    // Names were checked against the catalogue when the settings were read.
    if (CATALOGUE.get(name)?.binaryOnly && task.kind !== 'binary') {
      throw new InputError(
        `metric "${name}" needs a binary task, but ${labelCount} labels were found; ` +
          `use "${name}_macro" (or _micro/_weighted), or set positive-label for a two-label task`,
      )
    }
  }
  return requested
}

import { CATALOGUE } from './catalogue.js'
import { InputError } from './errors.js'
import { DEFAULT_THRESHOLDS, parseThresholds, type ThresholdLine } from './thresholds.js'

/** Everything a run is told, validated. The action reads it from its inputs, the CLI from its flags. */
export interface Settings {
  /** Paths or globs of per-example prediction files, relative to the workspace. */
  predictions: string[]
  /** Field holding the gold label in every record. */
  labelColumn: string
  /** Field holding the model's prediction in every record. */
  predictionColumn: string
  /** Makes a two-label task binary with this positive class (scikit-learn's `pos_label`); unset means automatic. */
  positiveLabel?: string
  /** Metrics to report and gate; unset means the task's defaults. */
  metrics?: string[]
  /** Path of the baseline JSON file, relative to the workspace. */
  baselinePath: string
  /** The parsed `thresholds` rules, in input order. */
  thresholds: ThresholdLine[]
  /** Fail the step when a metric regresses (otherwise only report). */
  failOnRegression: boolean
  /** Name of the model or report: its key in the baseline file and its title in the report. */
  name: string
  /** Write this run's results to the baseline file. */
  updateBaseline: boolean
}

/** Reads one input by its action.yml name; returns '' when it is not set. */
export type InputReader = (name: string) => string

export const DEFAULTS = {
  'label-column': 'label',
  'prediction-column': 'prediction',
  baseline: '.github/eval-baseline.json',
  thresholds: DEFAULT_THRESHOLDS,
  'fail-on-regression': 'true',
  name: 'default',
  'update-baseline': 'false',
} as const

/** Validates the inputs into settings; every problem is an error that names the input. */
export function parseSettings(read: InputReader): Settings {
  const get = (name: string) => read(name).trim() || (DEFAULTS as Record<string, string>)[name] || ''
  const predictions = splitList(get('predictions'))
  if (predictions.length === 0)
    throw new InputError('input "predictions" is required: paths or globs of prediction files')

  const metricsText = get('metrics')
  let metrics: string[] | undefined
  if (metricsText !== '') {
    metrics = [...new Set(splitList(metricsText))]
    for (const metric of metrics) {
      if (!CATALOGUE.has(metric)) {
        throw new InputError(
          `input "metrics": unknown metric ${JSON.stringify(metric)}; known metrics: ${[...CATALOGUE.keys()].join(', ')}`,
        )
      }
    }
  }

  const name = get('name')
  if (/[\r\n]/.test(name)) throw new InputError('input "name" must be a single line')
  const positiveLabel = read('positive-label').trim()

  return {
    predictions,
    labelColumn: get('label-column'),
    predictionColumn: get('prediction-column'),
    positiveLabel: positiveLabel === '' ? undefined : positiveLabel,
    metrics,
    baselinePath: get('baseline'),
    thresholds: parseThresholds(get('thresholds')),
    failOnRegression: parseBoolean('fail-on-regression', get('fail-on-regression')),
    name,
    updateBaseline: parseBoolean('update-baseline', get('update-baseline')),
  }
}

/** Entries of a newline- or comma-separated list, trimmed, empty ones dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
}

/** The YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function parseBoolean(input: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(`input "${input}" must be true or false, got ${JSON.stringify(value)}`)
}

import { COMMENT_MODES, type CommentMode } from './comment.js'
import { DEFAULT_MAX_LABELS } from './confusion.js'
import { InputError } from './errors.js'
import { parseBoolean, splitList } from './input-values.js'
import { checkMetricNames, parseEvaluationSettings, type EvaluationSettings } from './evaluation-settings.js'
import { parseModelInputs, type ModelsSettings } from './models.js'
import { DEFAULT_THRESHOLDS, parseThresholds, type ThresholdLine } from './thresholds.js'

export { splitList } from './input-values.js'

/**
 * Everything a run is told, validated. The action reads it from its inputs, the CLI from its flags. The task,
 * scores and metrics files are in `EvaluationSettings`.
 */
export interface Settings extends EvaluationSettings {
  /** Paths or globs of per-example prediction files, relative to the workspace; empty with metrics files only. */
  predictions: string[]
  /** Field holding the gold label in every record. */
  labelColumn: string
  /** Field holding the model's prediction in every record. */
  predictionColumn: string
  /** Most distinct labels (gold and predicted together) a classification run may have: bounds its matrix. */
  maxLabels: number
  /** Makes a two-label task binary with this positive class (scikit-learn's `pos_label`); unset means automatic. */
  positiveLabel?: string
  /** Field identifying each example; when set, the data fingerprint covers (id, gold label) pairs. */
  idColumn?: string
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
  /** Git ref or SHA whose copy of the baseline is trusted; unset means the working tree (or, on PRs, the base). */
  baselineRef?: string
  /** What to do when the evaluation data differs from the data the baseline was measured on. */
  onDatasetChange: DatasetChangePolicy
  /** With `updateBaseline`, also commit the file to the current branch through the REST API. */
  commitBaseline: boolean
  /** How the gate tells noise from a real drop: intervals, tests and their settings. */
  statistics: StatisticsSettings
  /** Several models in one run: named `predictions` lines or a model column, the gated candidate, rank-by, chart. */
  models: ModelsSettings
  /** `gate` (evaluate and gate), `shard` (write this part's statistics) or `merge` (gate on merged statistics). */
  mode: RunMode
  /** `mode: shard`: where the statistics file is written, relative to the workspace. */
  statsOutput?: string
  /** `mode: merge`: paths or globs of the shards' statistics files. */
  statsFiles: string[]
}

export type RunMode = 'gate' | 'shard' | 'merge'
const RUN_MODES: readonly RunMode[] = ['gate', 'shard', 'merge']

/** The statistical gate's settings (inputs `significance`, `confidence`, `bootstrap-samples`, `seed`, …). */
export interface StatisticsSettings {
  /** One-sided α of "the drop is real"; undefined (`significance: off`) gates on the threshold rules alone. */
  significance?: number
  /** Two-sided level of the intervals shown, in (0, 1). */
  confidence: number
  /** Resamples (B) for intervals and tests; at least 100. */
  samples: number
  /** Seed of every resample, so intervals and p-values are reproducible. */
  seed: string
  /** Paths or globs of the baseline model's per-example predictions, for paired tests (needs `id-column`). */
  baselinePredictions: string[]
}

export type DatasetChangePolicy = 'warn' | 'fail' | 'ignore'
const DATASET_CHANGE_POLICIES: readonly DatasetChangePolicy[] = ['warn', 'fail', 'ignore']

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
  'on-dataset-change': 'warn',
  'commit-baseline': 'false',
  significance: '0.05',
  confidence: '0.95',
  'bootstrap-samples': '2000',
  seed: '0',
  mode: 'gate',
  'max-labels': String(DEFAULT_MAX_LABELS),
} as const

/** Validates the inputs into settings; every problem is an error that names the input. */
export function parseSettings(read: InputReader): Settings {
  const get = (name: string) => read(name).trim() || (DEFAULTS as Record<string, string>)[name] || ''
  const mode = parseChoice('mode', get('mode'), RUN_MODES)
  const listed = splitList(get('predictions'))
  const evaluation = parseEvaluationSettings(read, get('thresholds'))
  const statsFiles = splitList(get('stats-files'))
  const statsOutput = get('stats-output') || undefined
  if (mode === 'merge') {
    if (statsFiles.length === 0)
      throw new InputError(
        'mode "merge" needs input "stats-files": paths or globs of the shards\' statistics files',
      )
    if (listed.length > 0 || evaluation.settings.metricsFiles.length > 0)
      throw new InputError(
        'mode "merge" reads only "stats-files"; the prediction files were read by the shard jobs, so leave "predictions" and "metrics-files" unset',
      )
  } else if (listed.length === 0 && evaluation.settings.metricsFiles.length === 0)
    throw new InputError('input "predictions" is required: paths or globs of prediction files')
  if (mode === 'shard' && statsOutput === undefined)
    throw new InputError(
      'mode "shard" needs input "stats-output": the path its statistics file is written to',
    )
  if (mode === 'shard' && evaluation.settings.metricsFiles.length > 0)
    throw new InputError(
      'mode "shard" computes from prediction files; metrics files cannot be merged exactly',
    )

  const metricsText = get('metrics')
  let metrics: string[] | undefined
  if (metricsText !== '') {
    metrics = [...new Set(splitList(metricsText))]
    checkMetricNames(metrics, evaluation.settings, listed.length > 0 || mode === 'merge')
  }
  // Named lines (`vendor-a=out/a.csv`) belong to other models; `predictions` keeps the candidate's patterns.
  const { predictions, models } = parseModelInputs(read, evaluation.settings, metrics)
  if (mode !== 'gate' && models.leaderboard)
    throw new InputError(
      `mode "${mode}" handles one model; run one shard job per model, or use mode "gate" for a leaderboard`,
    )

  const name = get('name')
  if (/[\r\n]/.test(name)) throw new InputError('input "name" must be a single line')
  const positiveLabel = read('positive-label').trim()

  const updateBaseline = parseBoolean('update-baseline', get('update-baseline'))
  const commitBaseline = parseBoolean('commit-baseline', get('commit-baseline'))
  if (commitBaseline && !updateBaseline) {
    throw new InputError(
      'input "commit-baseline" needs "update-baseline: true": there is nothing to commit otherwise',
    )
  }

  const idColumn = read('id-column').trim() || undefined
  const statistics = parseStatistics(get)
  if (statistics.baselinePredictions.length > 0 && evaluation.settings.task !== 'classification') {
    throw new InputError('input "baseline-predictions" is for classification tasks (paired tests of labels)')
  }
  if (statistics.baselinePredictions.length > 0 && idColumn === undefined) {
    throw new InputError(
      'input "baseline-predictions" needs "id-column": the two models\' predictions are paired by example id',
    )
  }

  return {
    predictions,
    labelColumn: get('label-column'),
    predictionColumn: get('prediction-column'),
    maxLabels: parseMaxLabels(get('max-labels')),
    positiveLabel: positiveLabel === '' ? undefined : positiveLabel,
    idColumn,
    metrics,
    baselinePath: get('baseline'),
    thresholds: parseThresholds(evaluation.thresholds, get('thresholds')),
    failOnRegression: parseBoolean('fail-on-regression', get('fail-on-regression')),
    name,
    updateBaseline,
    baselineRef: read('baseline-ref').trim() || undefined,
    onDatasetChange: parseChoice('on-dataset-change', get('on-dataset-change'), DATASET_CHANGE_POLICIES),
    commitBaseline,
    statistics,
    models,
    mode,
    ...(statsOutput !== undefined ? { statsOutput } : {}),
    statsFiles,
    ...evaluation.settings,
  }
}

function parseStatistics(get: (name: string) => string): StatisticsSettings {
  const significanceText = get('significance')
  const significance =
    significanceText === 'off' ? undefined : parseOpenUnit('significance', significanceText, 'or "off"')
  const samplesText = get('bootstrap-samples')
  if (!/^\d+$/.test(samplesText) || Number(samplesText) < 100)
    throw new InputError(
      `input "bootstrap-samples" must be a whole number of at least 100, got ${JSON.stringify(samplesText)}`,
    )
  return {
    significance,
    confidence: parseOpenUnit('confidence', get('confidence')),
    samples: Number(samplesText),
    seed: get('seed'),
    baselinePredictions: splitList(get('baseline-predictions')),
  }
}

function parseMaxLabels(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 2 || Number(text) > MAX_LABELS_CEILING)
    throw new InputError(
      `input "max-labels" must be a whole number from 2 to ${MAX_LABELS_CEILING}, got ${JSON.stringify(text)}`,
    )
  return Number(text)
}

/** Past this, one confusion matrix alone (labels² × 8 bytes) would take 3.2 GB. */
const MAX_LABELS_CEILING = 20_000

/** A number strictly between 0 and 1, such as a significance level or a confidence level. */
function parseOpenUnit(input: string, value: string, alternative = ''): number {
  const number = /^\s*(\d*\.?\d+(e-?\d+)?)\s*$/i.test(value) ? Number(value) : NaN
  if (!(number > 0 && number < 1))
    throw new InputError(
      `input "${input}" must be a number between 0 and 1 (exclusive)${alternative ? ` ${alternative}` : ''}, got ${JSON.stringify(value)}`,
    )
  return number
}

/** Settings of the pull-request comment; only the action has them. */
export interface CommentSettings {
  /** Token for GitHub's REST API; never printed. */
  token: string
  /** When to comment. */
  mode: CommentMode
  /** Tells apart the comments of several gates in one pull request; defaults to the `name` input. */
  commentId: string
  /** Pull request to comment on when the event does not name one (`workflow_run`, `workflow_dispatch`). */
  prNumber?: number
  /** `workflow_run` mode: name of the artifact of the triggering run that holds the prediction files. */
  artifactName?: string
  /** `workflow_run` mode: the run whose artifact is read; defaults to the triggering run. */
  runId?: number
  /** Write the report to the job summary (input `summary`; default true). */
  jobSummary: boolean
}

/** Validates the comment inputs. */
export function parseCommentSettings(read: InputReader, name: string): CommentSettings {
  const mode = parseChoice<CommentMode>('comment', read('comment').trim() || 'always', COMMENT_MODES)
  const artifactName = read('artifact-name').trim()
  return {
    token: read('github-token').trim(),
    mode,
    commentId: read('comment-id').trim() || name,
    prNumber: parsePositiveInteger('pr-number', read('pr-number').trim()),
    artifactName: artifactName === '' ? undefined : artifactName,
    runId: parsePositiveInteger('run-id', read('run-id').trim()),
    jobSummary: parseBoolean('summary', read('summary').trim() || 'true'),
  }
}

function parsePositiveInteger(input: string, value: string): number | undefined {
  if (value === '') return undefined
  if (!/^[1-9]\d*$/.test(value))
    throw new InputError(`input "${input}" must be a positive whole number, got ${JSON.stringify(value)}`)
  return Number(value)
}

function parseChoice<T extends string>(input: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) {
    throw new InputError(
      `input "${input}" must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}`,
    )
  }
  return value as T
}

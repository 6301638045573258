import { countPredictions, findFiles, type FoundFile } from './adapters/files.js'
import { readMetricsFiles, type MetricsFilesResult } from './adapters/metrics-files.js'
import { readPairedPredictions } from './adapters/paired-predictions.js'
import { readFields, readJsonRecords, type RecordLocation } from './adapters/records.js'
import { DEFAULT_METRICS, type Direction } from './core/catalogue.js'
import type { ConfusionMatrix } from './core/confusion.js'
import { InputError } from './core/errors.js'
import type { ClassificationResult } from './core/metrics/classification.js'
import { PairFingerprint } from './core/fingerprint.js'
import type { PairedScores } from './core/pairing.js'
import { parseNumber, RegressionAccumulator } from './core/metrics/regression.js'
import { referencesFromJson, TextAccumulator, textFromJson } from './core/metrics/text.js'
import { formatOf } from './core/readers/index.js'
import {
  regressionStandardErrors,
  RegressionResampler,
  rowBootstrapIntervals,
  TextResampler,
  textStandardErrors,
  type ErrorMethod,
  type Interval,
  type PairedTable,
} from './core/stats/index.js'
import {
  rowErrorStatistics,
  scoreMetricNames,
  scoreMetrics,
  type ScoreStatistics,
} from './evaluation-scores.js'
import { areExampleResults, readExampleResults } from './evaluation-samples.js'
import type { ExampleScores } from './core/samples/scores.js'
import type { Settings } from './core/settings.js'
import type { TaskShape } from './core/task.js'
import { classificationRun } from './core/classification-run.js'
import { ownValue, setOwn as setMetric } from './core/own.js'
import { fileMetricInterval } from './core/metrics-files/models.js'

/** The metrics of one run, before any comparison: computed from prediction files and read from metrics files. */
export interface Evaluation {
  /** Name → value: the computed metrics first, then those from metrics files in file order. */
  metrics: Record<string, number>
  /** Directions of the metrics read from files (computed ones take the catalogue's). */
  directions: Map<string, Direction>
  /** Prediction files read, as shown to the user; empty in a run of metrics files only. */
  files: string[]
  /** Rows read from the prediction files; undefined when there were none. */
  rows?: number
  /** Regression and text runs: which, and what the report says about the rows. */
  computed?: { kind: 'regression' | 'text'; note?: string }
  /** Fingerprint of the (id, gold label) pairs, when `id-column` is set; see fingerprint.ts. */
  fingerprint?: string
  /** Classification runs: the task, its confusion matrix and everything computed from it. */
  task?: TaskShape
  matrix?: ConfusionMatrix
  classification?: ClassificationResult
  /** Metrics files read, the metrics chosen from them, the values only shown, and warnings. */
  metricsFiles?: MetricsFilesResult
  /**
   * Per-example results of an LLM eval tool (lm-evaluation-harness samples): each example's scores by id, for
   * comparing models example by example. Their metrics are in `metricsFiles`, as if a tool had written them.
   */
  examples?: ExampleScores
  /** Classification with `baseline-predictions`: both models' predictions joined by id, for paired tests. */
  paired?: PairedTable
  /** Binary with `score-column` and `baseline-predictions`: both models' scores joined by id (paired DeLong). */
  pairedScores?: PairedScores
  /** Standard errors of metrics no confusion matrix resamples (score bootstrap; stderr given by metrics files). */
  standardErrors: Record<string, number>
  /** Intervals computed while reading (score metrics resample rows). */
  intervals: Record<string, Interval>
  /** Why a metric has no standard error, when the run knows (e.g. beyond the bootstrap's budget). */
  untested: Record<string, string>
  /** How the standard errors of computed metrics were made: DeLong, a formula, or a row bootstrap. */
  errorMethods?: Record<string, ErrorMethod>
}

/**
 * Reads the prediction files and the metrics files of a run and computes its metrics. A run may have either or
 * both; a metric name that comes from two places is an error.
 */
export async function evaluate(settings: Settings, folder: string): Promise<Evaluation> {
  const evaluation: Evaluation = {
    metrics: {},
    directions: new Map(),
    files: [],
    standardErrors: {},
    intervals: {},
    untested: {},
  }
  const files = settings.predictions.length > 0 ? await findFiles(settings.predictions, folder) : []
  const examples = areExampleResults(files) ? await readExampleResults(files) : undefined
  if (examples && settings.statistics.baselinePredictions.length > 0)
    throw new InputError(
      'input "baseline-predictions" pairs prediction rows; per-example results are paired by giving the baseline model as another model of "predictions" (NAME=PATH)',
    )
  if (examples) {
    Object.assign(evaluation, {
      files: files.map((f) => f.shown),
      rows: examples.scores.examples,
      examples: examples.scores,
    })
  } else if (files.length > 0 && settings.task !== 'classification') {
    const computed =
      settings.task === 'regression' ? await regression(settings, files) : await text(settings, files)
    const names = settings.metrics ?? [...DEFAULT_METRICS[settings.task]]
    for (const name of names) setMetric(evaluation.metrics, name, computed.values[name]!)
    takeStatistics(evaluation, rowStatistics(computed, names, settings.statistics))
    Object.assign(evaluation, {
      files: files.map((f) => f.shown),
      rows: computed.rows,
      computed: { kind: settings.task, ...(computed.note ? { note: computed.note } : {}) },
    })
  } else if (files.length > 0) {
    const counter = await countPredictions(
      files,
      settings.labelColumn,
      settings.predictionColumn,
      settings.maxLabels,
    )
    const matrix = counter.toMatrix()
    const scored = settings.scoreColumn !== undefined || settings.scoreColumns !== undefined
    const { task, classification, metrics } = classificationRun(matrix, { ...settings, scored })
    for (const [name, value] of metrics) setMetric(evaluation.metrics, name, value)
    if (scored) {
      const wanted = scoreMetricNames(settings.metrics, task)
      const scores = await scoreMetrics(settings, files, task, matrix, wanted, settings.statistics)
      for (const name of wanted) setMetric(evaluation.metrics, name, scores.values[name]!)
      takeStatistics(evaluation, scores)
    }
    if (settings.idColumn !== undefined) {
      // A second, opt-in pass: the fast counting path reads only the label and prediction columns.
      evaluation.fingerprint = (
        await readPairFingerprint(files, settings.idColumn, settings.labelColumn)
      ).value()
    }
    const { baselinePredictions } = settings.statistics
    if (settings.idColumn !== undefined && baselinePredictions.length > 0) {
      const joined = await readPairedPredictions(files, baselinePredictions, folder, {
        idColumn: settings.idColumn,
        labelColumn: settings.labelColumn,
        predictionColumn: settings.predictionColumn,
        ...(task.kind === 'binary' && settings.scoreColumn !== undefined
          ? { scoreColumn: settings.scoreColumn }
          : {}),
      })
      evaluation.paired = joined.table
      if (joined.scores) evaluation.pairedScores = joined.scores
    }
    Object.assign(evaluation, {
      files: files.map((f) => f.shown),
      rows: matrix.total,
      task,
      matrix,
      classification,
    })
  }

  if (settings.metricsFiles.length > 0 || examples) {
    const read = await readMetricsFiles(
      {
        patterns: settings.metricsFiles,
        parsed: examples?.files ?? [],
        format: settings.metricsFormat,
        select: settings.metricsSelect,
        directions: settings.directions,
      },
      folder,
    )
    for (const metric of read.metrics) {
      if (Object.hasOwn(evaluation.metrics, metric.name)) {
        throw new InputError(
          `metric ${JSON.stringify(metric.name)} is computed from the prediction files and also read from this metrics file; metric names must be unique (use metrics-select to leave it out)`,
          { file: metric.file, jsonPath: metric.path },
        )
      }
      setMetric(evaluation.metrics, metric.name, metric.value)
      if (metric.stderr !== undefined) setMetric(evaluation.standardErrors, metric.name, metric.stderr)
      // A pass rate's interval stays inside [0, 1] (Wilson's); others come from their standard error.
      const interval = metric.proportion && fileMetricInterval(metric, settings.statistics.confidence)
      if (interval) setMetric(evaluation.intervals, metric.name, interval)
      evaluation.directions.set(metric.name, metric.direction)
    }
    evaluation.metricsFiles = read
  }
  return evaluation
}

/** A run's standard errors, their methods, intervals and reasons for untested metrics, into its evaluation. */
function takeStatistics(evaluation: Evaluation, statistics: Omit<ScoreStatistics, 'values'>): void {
  Object.assign(evaluation.standardErrors, statistics.standardErrors)
  evaluation.errorMethods = statistics.methods
  Object.assign(evaluation.intervals, statistics.intervals)
  Object.assign(evaluation.untested, statistics.untested)
}

interface Computed {
  values: Record<string, number>
  rows: number
  note?: string
  /** Standard errors from formulas (analytic.ts), for the metrics that have one. */
  formulas: Record<string, number>
  /** The rows, for the row bootstrap of the metrics without a formula (made only when one is wanted). */
  resampler: () => RegressionResampler | TextResampler
}

/**
 * Standard errors of regression and text metrics: from formulas where one exists (every row mean; rmse and r2 by
 * the delta method), at any size; the others (max_error, median_absolute_error) by a row bootstrap within the same
 * rows × resamples budget as score metrics.
 */
function rowStatistics(
  computed: Computed,
  names: string[],
  { samples, confidence, seed }: Settings['statistics'],
): Omit<ScoreStatistics, 'values'> {
  const budget = { rows: computed.rows, samples, what: 'row bootstrap' }
  const statistics = rowErrorStatistics(names, computed.formulas, budget, (resampled) => {
    const resampler = computed.resampler()
    const known: readonly string[] = resampler.metricNames
    const metrics = resampled.filter((name) => known.includes(name))
    return rowBootstrapIntervals(resampler, { samples, confidence, seed, metrics })
  })
  // The exact values, not the resampler's (equal to 1e-12), are what the report shows.
  for (const [name, interval] of Object.entries(statistics.intervals))
    interval.estimate = computed.values[name]!
  return statistics
}

/** The (id, gold label) fingerprint of the files, in a pass of its own over those two fields. */
export async function readPairFingerprint(
  files: FoundFile[],
  idColumn: string,
  labelColumn: string,
): Promise<PairFingerprint> {
  const pairs = new PairFingerprint()
  await readFields(files, [idColumn, labelColumn], (values) => pairs.add(values[0]!, values[1]!))
  return pairs
}

/** `task: regression`: numeric gold and predicted values; anything that is not a finite number is an error. */
async function regression(settings: Settings, files: FoundFile[]): Promise<Computed> {
  const accumulator = await readRegression(settings, files, { keepRows: true })
  if (accumulator.rows < 2 && (settings.metrics ?? DEFAULT_METRICS.regression).includes('r2')) {
    throw new InputError(
      'r2 is not defined for a single row (scikit-learn returns nan); leave it out of "metrics" or add rows',
      { file: files[0]!.shown },
    )
  }
  const { values, rows } = accumulator.result()
  return {
    values,
    rows,
    formulas: regressionStandardErrors(accumulator.rowValues()),
    resampler: () => RegressionResampler.fromAccumulator(accumulator),
  }
}

/** The regression rows of the files, accumulated (for a gate, or for a shard's statistics). */
export async function readRegression(
  settings: Settings,
  files: FoundFile[],
  /** `keepRows`: hold the rows for the row bootstrap (a gate); a shard needs only the accumulator's state. */
  options: { keepRows?: boolean } = {},
): Promise<RegressionAccumulator> {
  const fields = [settings.labelColumn, settings.predictionColumn]
  const accumulator = new RegressionAccumulator(options)
  await readFields(files, fields, (values, where) => {
    const numbers = values.map((value, k) => {
      const number = parseNumber(value)
      if (number === undefined) {
        throw new InputError('is not a number (task is regression)', {
          ...where,
          field: fields[k]!,
        })
      }
      return number
    })
    accumulator.add(numbers[0]!, numbers[1]!)
  })
  if (accumulator.rows === 0) throw new InputError('the prediction files have no rows')
  return accumulator
}

/**
 * `task: text`: the model's output (the prediction column) against one gold answer (the label column) or several
 * (`references-column`). JSON records are read whole, so an output may be empty and references may be an array.
 */
async function text(settings: Settings, files: FoundFile[]): Promise<Computed> {
  const accumulator = await readText(settings, files, { keepRows: true })
  const { values, rows, references: answers } = accumulator.result()
  return {
    values,
    rows,
    ...(settings.referencesColumn ? { note: `${answers} gold answers` } : {}),
    formulas: textStandardErrors(accumulator.rowValues()),
    resampler: () => TextResampler.fromAccumulator(accumulator),
  }
}

/** The text rows of the files, accumulated (for a gate, or for a shard's statistics). */
export async function readText(
  settings: Settings,
  files: FoundFile[],
  /** `keepRows`: hold the rows' scores for the row bootstrap (a gate); a shard needs only the sums. */
  options: { keepRows?: boolean } = {},
): Promise<TextAccumulator> {
  const accumulator = new TextAccumulator(options)
  const references = settings.referencesColumn
  const goldField = references ?? settings.labelColumn
  for (const file of files) {
    const format = formatOf(file.shown)
    if (format === 'json' || format === 'jsonl') {
      await readJsonRecords(file, (record, where) => {
        if (typeof record !== 'object' || record === null || Array.isArray(record)) {
          throw new InputError('expected a JSON object', where)
        }
        const fields = record as Record<string, unknown>
        const output = textFromJson(ownValue(fields, settings.predictionColumn), {
          ...where,
          field: settings.predictionColumn,
        })
        const gold = ownValue(fields, goldField)
        const golds = references
          ? referencesFromJson(gold, { ...where, field: goldField })
          : [textFromJson(gold, { ...where, field: goldField })]
        accumulator.add(output, golds)
      })
    } else {
      await readFields([file], [goldField, settings.predictionColumn], (values, where: RecordLocation) => {
        const golds = references
          ? referencesFromJson(values[0]!, { ...where, field: goldField })
          : [values[0]!]
        accumulator.add(values[1]!, golds)
      })
    }
  }
  if (accumulator.rows === 0) throw new InputError('the prediction files have no rows')
  return accumulator
}

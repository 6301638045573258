import { countPredictions, findFiles } from './adapters/files.js'
import { readMetricsFiles } from './adapters/metrics-files.js'
import type { Direction } from './core/catalogue.js'
import type { ConfusionMatrix } from './core/confusion.js'
import { InputError } from './core/errors.js'
import { classificationMetrics, type ClassificationResult } from './core/metrics/classification.js'
import type { MetricsFile, SelectedMetric } from './core/metrics-files/index.js'
import type { Settings } from './core/settings.js'
import { resolveTask, selectMetrics, type TaskShape } from './core/task.js'

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
  /** Classification runs: the task, its confusion matrix and everything computed from it. */
  task?: TaskShape
  matrix?: ConfusionMatrix
  classification?: ClassificationResult
  /** Metrics files read, and the metrics chosen from them. */
  metricsFiles?: { files: MetricsFile[]; metrics: SelectedMetric[] }
}

/**
 * Reads the prediction files and the metrics files of a run and computes its metrics. A run may have either or
 * both; a metric name that comes from two places is an error.
 */
export async function evaluate(settings: Settings, folder: string): Promise<Evaluation> {
  const evaluation: Evaluation = { metrics: {}, directions: new Map(), files: [] }
  if (settings.predictions.length > 0) {
    const files = await findFiles(settings.predictions, folder)
    const counter = await countPredictions(files, settings.labelColumn, settings.predictionColumn)
    const matrix = counter.toMatrix()
    const task = resolveTask(matrix.labels, settings.positiveLabel)
    const names = selectMetrics(settings.metrics, task, matrix.labels.length)
    const classification = classificationMetrics(matrix, task.positiveLabel)
    for (const name of names) setMetric(evaluation.metrics, name, classification.values[name]!)
    Object.assign(evaluation, {
      files: files.map((f) => f.shown),
      rows: matrix.total,
      task,
      matrix,
      classification,
    })
  }

  if (settings.metricsFiles.length > 0) {
    const read = await readMetricsFiles(
      {
        patterns: settings.metricsFiles,
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
      evaluation.directions.set(metric.name, metric.direction)
    }
    evaluation.metricsFiles = read
  }
  return evaluation
}

/** Sets a metric without letting a name such as `__proto__` reach the object's prototype. */
function setMetric(metrics: Record<string, number>, name: string, value: number): void {
  Object.defineProperty(metrics, name, { value, enumerable: true, writable: true, configurable: true })
}

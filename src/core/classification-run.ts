import { CATALOGUE } from './catalogue.js'
import type { ConfusionMatrix } from './confusion.js'
import { classificationMetrics, type ClassificationResult } from './metrics/classification.js'
import { resolveTask, selectMetrics, type TaskShape } from './task.js'

/** A classification run's task, everything its confusion matrix gives, and the metrics it reports, in order. */
export interface ClassificationRun {
  task: TaskShape
  classification: ClassificationResult
  /** The requested classification metrics, or the task's defaults, with their values. */
  metrics: [name: string, value: number][]
}

/**
 * The one way a confusion matrix becomes a run's classification metrics, for a single run, each model of a model
 * column and merged shards alike: resolve the task, compute every metric, pick the requested ones (or the
 * defaults). `scored`: score metrics were asked for, so a `metrics` list naming only score metrics gets no
 * classification defaults beside them.
 */
export function classificationRun(
  matrix: ConfusionMatrix,
  settings: { metrics?: readonly string[]; positiveLabel?: string; scored?: boolean },
): ClassificationRun {
  const task = resolveTask(matrix.labels, settings.positiveLabel)
  const requested = settings.metrics?.filter((name) => CATALOGUE.get(name)?.family === 'classification')
  const names =
    settings.scored && requested !== undefined && requested.length === 0
      ? []
      : selectMetrics(requested, task, matrix.labels.length)
  const classification = classificationMetrics(matrix, task.positiveLabel)
  return { task, classification, metrics: names.map((name) => [name, classification.values[name]!]) }
}

import { DEFAULT_METRICS } from '../catalogue.js'
import type { ConfusionMatrix } from '../confusion.js'
import { InputError } from '../errors.js'
import { goldLabelFingerprint, PairFingerprint } from '../fingerprint.js'
import type { ClassificationResult } from '../metrics/classification.js'
import { RegressionAccumulator } from '../metrics/regression.js'
import {
  BinaryScoreAccumulator,
  MulticlassLogLoss,
  multiclassScoreValues,
  needsOneVsRest,
  OneVsRestPass,
  scoreMetricNames,
} from '../metrics/scores.js'
import { TextAccumulator } from '../metrics/text.js'
import type { TaskShape } from '../task.js'
import { classificationRun } from '../classification-run.js'
import type { ShardStats } from './types.js'
import { setOwn as setMetric } from '../own.js'

/** The metrics of (merged) statistics, and what the report needs beside them, as the normal path gives them. */
export interface ShardMetrics {
  /** Name → value, in the order a single run lists them. */
  metrics: Record<string, number>
  rows: number
  /** Classification: the task, the matrix and everything computed from it, and the gold-label fingerprint. */
  task?: TaskShape
  matrix?: ConfusionMatrix
  classification?: ClassificationResult
  goldFingerprint?: string
  /** The (id, gold label) fingerprint, when `id-column` was set. */
  fingerprint?: string
  /** Text with several references: how many gold answers there were. */
  note?: string
}

/**
 * The metrics of statistics, computed by the very functions a single run uses (`classificationMetrics`, the
 * score accumulators, `RegressionAccumulator`, `TextAccumulator`) on the state the statistics hold: merged shards
 * give the single run's values. Undefined cases are the single run's errors.
 */
export function metricsFromShardStats(stats: ShardStats): ShardMetrics {
  const { identity, rows } = stats
  if (rows === 0) throw new InputError('the statistics hold no rows')
  const requested = identity.metrics ?? undefined
  const result: ShardMetrics = { metrics: {}, rows }
  if (stats.pairs) result.fingerprint = PairFingerprint.fromState(stats.pairs).value()

  if (stats.regression) {
    const names = requested ?? [...DEFAULT_METRICS.regression]
    if (rows < 2 && names.includes('r2'))
      throw new InputError(
        'r2 is not defined for a single row (scikit-learn returns nan); leave it out of "metrics" or add rows',
      )
    const { values } = RegressionAccumulator.fromState(stats.regression).result()
    for (const name of names) setMetric(result.metrics, name, values[name]!)
    return result
  }
  if (stats.text) {
    const names = requested ?? [...DEFAULT_METRICS.text]
    const { values, references } = TextAccumulator.fromState(stats.text).result()
    for (const name of names) setMetric(result.metrics, name, values[name]!)
    if (identity.references !== null) result.note = `${references} gold answers`
    return result
  }

  const matrix = stats.classification!
  const scored = identity.scores !== null
  const { task, classification, metrics } = classificationRun(matrix, {
    ...(requested !== undefined ? { metrics: requested } : {}),
    ...(identity.positiveLabel !== null ? { positiveLabel: identity.positiveLabel } : {}),
    scored,
  })
  for (const [name, value] of metrics) setMetric(result.metrics, name, value)
  if (scored) {
    const wanted = scoreMetricNames(requested, task)
    const scores = scoreValues(stats, matrix, task, wanted)
    for (const name of wanted) setMetric(result.metrics, name, scores[name]!)
  }
  return { ...result, task, matrix, classification, goldFingerprint: goldLabelFingerprint(matrix) }
}

/** The score metrics, from the score section the task calls for. */
function scoreValues(
  stats: ShardStats,
  matrix: ConfusionMatrix,
  task: TaskShape,
  wanted: string[],
): Record<string, number> {
  if (task.kind !== 'binary' && stats.identity.scores?.kind === 'column') {
    throw new InputError(
      `input "score-column" gives one score per row, for a binary task; this task has ${matrix.labels.length} labels: name one score field per class with "score-columns"`,
    )
  }
  if (wanted.length === 0) return {}
  if (task.kind === 'binary') {
    const scores = stats.binaryScores
    if (scores === undefined)
      throw new InputError(
        `the shards hold no binary score statistics, but the merged labels make a binary task`,
      )
    if (scores.positiveLabel !== task.positiveLabel) {
      throw new InputError(
        `the shards read the scores of the positive class ${JSON.stringify(scores.positiveLabel)}, but the merged labels make ${JSON.stringify(task.positiveLabel)} the positive class; set positive-label`,
      )
    }
    return BinaryScoreAccumulator.fromState(scores).result(wanted, scores.positiveLabel)
  }

  const scores = stats.multiclassScores
  if (scores === undefined) {
    throw new InputError(
      `the shards hold no multiclass score statistics, but the merged labels make a multiclass task of ${matrix.labels.length} labels`,
    )
  }
  // scikit-learn's classes are those of the gold labels, in the matrix's order.
  const classes = matrix.labels.filter((_, g) => matrix.counts[g]!.some((count) => count > 0))
  const missing = classes.filter((label) => !scores.classes.includes(label))
  const extra = scores.classes.filter((label) => !classes.includes(label))
  if (missing.length > 0 || extra.length > 0) {
    const parts = [
      missing.length ? `no scores for ${missing.map((l) => JSON.stringify(l)).join(', ')}` : '',
      extra.length ? `${extra.map((l) => JSON.stringify(l)).join(', ')} never a gold label` : '',
    ].filter(Boolean)
    throw new InputError(
      `the shards' score classes must be the classes of the merged gold labels (${classes.map((l) => JSON.stringify(l)).join(', ')}): ${parts.join('; ')}`,
    )
  }
  let perClass: { auc: number; support: number }[] | undefined
  if (needsOneVsRest(wanted)) {
    const oneVsRest = scores.oneVsRest
    if (oneVsRest === undefined)
      throw new InputError('the shards hold no one-vs-rest statistics for roc_auc_ovr')
    perClass = classes.map((label) =>
      OneVsRestPass.fromState(oneVsRest[scores.classes.indexOf(label)]!).result(),
    )
  }
  return multiclassScoreValues(wanted, perClass, MulticlassLogLoss.fromState(scores.logLoss, stats.rows))
}

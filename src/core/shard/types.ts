import type { ConfusionMatrix } from '../confusion.js'
import type { ScoreColumns, TaskKind } from '../evaluation-settings.js'
import type { PairFingerprintState } from '../fingerprint.js'
import type { RegressionState } from '../metrics/regression.js'
import type { BinaryScoreState, ScoreRuns } from '../metrics/scores.js'
import type { TextState } from '../metrics/text.js'

/** The schema version of statistics files; a file of another version is refused, never guessed at. */
export const SHARD_STATS_VERSION = 1

/** The optional sections of a statistics file, in their written order. */
export const SECTIONS = [
  'classification',
  'binaryScores',
  'multiclassScores',
  'regression',
  'text',
  'pairs',
] as const

/** Where a run's scores come from: `score-column` (one field), or `score-columns`. */
export type ScoreSetting = { kind: 'column'; field: string } | ScoreColumns

/**
 * The settings a shard was computed with that decide what its statistics mean. Shards merge only when these are
 * equal: the same task and metrics, the same positive class and score fields. `null`: the input was not set.
 */
export interface ShardIdentity {
  task: TaskKind
  /** The `metrics` input; null takes the task's defaults, decided on the merged labels. */
  metrics: string[] | null
  /** The `positive-label` input; null infers it from the merged labels. */
  positiveLabel: string | null
  scores: ScoreSetting | null
  /** `references-column` (text). */
  references: string | null
  /** `id-column`: the shard holds the (id, gold label) fingerprint. */
  idColumn: string | null
}

/**
 * The sufficient statistics of a part of the data: everything the metrics need, in a form that merges exactly
 * (counts add, sorted lists and score runs interleave, `Sum` states add without rounding). One section per
 * family; which ones are present follows from the identity.
 */
export interface ShardStats {
  version: typeof SHARD_STATS_VERSION
  identity: ShardIdentity
  rows: number
  /** Classification: the confusion matrix, labels sorted as `sortLabels` sorts them. */
  classification?: ConfusionMatrix
  /** Binary scores, with the positive class they were read against. */
  binaryScores?: BinaryScoreState & { positiveLabel: string }
  /** Multiclass scores: the score classes in column order, the log loss sum, and per class its score runs. */
  multiclassScores?: MulticlassScoreState
  regression?: RegressionState
  text?: TextState
  /** The (id, gold label) fingerprint, when `id-column` is set. */
  pairs?: PairFingerprintState
}

export interface MulticlassScoreState {
  classes: string[]
  /** `Sum.state()` of the rows' losses. */
  logLoss: number[]
  /** Per class (in `classes` order), its one-vs-rest runs; absent when no one-vs-rest AUC is wanted. */
  oneVsRest?: ScoreRuns[]
}

/** A statistics file as read: its name (for messages) and its contents. */
export interface ShardFile {
  file: string
  stats: ShardStats
}

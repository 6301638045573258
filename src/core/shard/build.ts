import type { ConfusionMatrix } from '../confusion.js'
import type { EvaluationSettings } from '../evaluation-settings.js'
import type { PairFingerprint } from '../fingerprint.js'
import type { RegressionAccumulator } from '../metrics/regression.js'
import type { ScoreData, ScoreRuns } from '../metrics/scores.js'
import type { TextAccumulator } from '../metrics/text.js'
import { SHARD_STATS_VERSION, type ShardIdentity, type ShardStats } from './types.js'

/** The identity of a shard from the run's settings (see `ShardIdentity`). */
export function shardIdentity(
  settings: EvaluationSettings & { metrics?: string[]; positiveLabel?: string; idColumn?: string },
): ShardIdentity {
  return {
    task: settings.task,
    metrics: settings.metrics ?? null,
    positiveLabel: settings.positiveLabel ?? null,
    scores:
      settings.scoreColumn !== undefined
        ? { kind: 'column', field: settings.scoreColumn }
        : (settings.scoreColumns ?? null),
    references: settings.referencesColumn ?? null,
    idColumn: settings.idColumn ?? null,
  }
}

/**
 * What one shard computed, as the normal path computes it: the confusion matrix, the score pass's data (read with
 * `summarize: (pass) => pass.state()`), the regression or text accumulator, the pair fingerprint.
 */
export interface ShardParts {
  identity: ShardIdentity
  matrix?: ConfusionMatrix
  scores?: ScoreData<ScoreRuns>
  regression?: RegressionAccumulator
  text?: TextAccumulator
  pairs?: PairFingerprint
}

/** The statistics of one shard. The accumulators are left as they were. */
export function shardStats(parts: ShardParts): ShardStats {
  const { identity } = parts
  const stats: ShardStats = { version: SHARD_STATS_VERSION, identity, rows: 0 }
  if (identity.task === 'classification') {
    if (parts.matrix === undefined) throw new Error('a classification shard needs its confusion matrix')
    stats.rows = parts.matrix.total
    stats.classification = parts.matrix
    const scores = parts.scores
    if (scores?.kind === 'binary') {
      stats.binaryScores = { positiveLabel: scores.positiveLabel, ...scores.accumulator.state() }
    } else if (scores?.kind === 'multiclass') {
      stats.multiclassScores = {
        classes: scores.classes,
        logLoss: scores.logLoss.state(),
        ...(scores.perClass ? { oneVsRest: scores.perClass } : {}),
      }
    }
  } else if (identity.task === 'regression') {
    if (parts.regression === undefined) throw new Error('a regression shard needs its accumulator')
    stats.rows = parts.regression.rows
    stats.regression = parts.regression.state()
  } else {
    if (parts.text === undefined) throw new Error('a text shard needs its accumulator')
    stats.rows = parts.text.rows
    stats.text = parts.text.state()
  }
  if (parts.pairs !== undefined) stats.pairs = parts.pairs.state()
  return stats
}

/**
 * Sharded evaluation with exact merge (issue 8): each shard writes the sufficient statistics of its part of the
 * data, a merge reads them all, and the merged metrics are those of a single run over the concatenated data.
 * Pure: no I/O.
 *
 * API
 * - `shardIdentity(settings): ShardIdentity`: the settings that must agree for shards to merge.
 * - `shardStats({ identity, matrix?, scores?, regression?, text?, pairs? }): ShardStats`: one shard's statistics
 *   from what the normal path computed (scores: `readScores(…, (pass) => pass.state())`).
 * - `serializeShardStats(stats): string` / `parseShardStats(text, file): ShardStats`: the versioned JSON file
 *   (`{"evalGateStats": 1, …}`); parsing checks every field and throws `InputError` with the file and JSON path.
 * - `mergeShardStats([{ file, stats }, …]): ShardStats`: the statistics of the whole; refuses shards computed
 *   with different settings, naming the two files.
 * - `metricsFromShardStats(stats): ShardMetrics`: the metrics (and matrix, task, fingerprints), computed by the
 *   functions of a single run.
 */
export { shardIdentity, shardStats, type ShardParts } from './build.js'
export { parseShardStats, serializeShardStats } from './json.js'
export { mergeShardStats } from './merge.js'
export { metricsFromShardStats, type ShardMetrics } from './metrics.js'
export {
  SHARD_STATS_VERSION,
  type MulticlassScoreState,
  type ScoreSetting,
  type ShardFile,
  type ShardIdentity,
  type ShardStats,
} from './types.js'

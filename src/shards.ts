import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { countPredictions, findFiles, readOptionalFile, writeFileAtomic } from './adapters/files.js'
import { InputError } from './core/errors.js'
import type { Settings } from './core/settings.js'
import {
  mergeShardStats,
  metricsFromShardStats,
  parseShardStats,
  serializeShardStats,
  shardIdentity,
  shardStats,
  type ShardFile,
  type ShardParts,
} from './core/shard/index.js'
import { resolveTask } from './core/task.js'
import { readPairFingerprint, readRegression, readText, type Evaluation } from './evaluation.js'
import { readScores, scoreMetricNames } from './evaluation-scores.js'

/** What `mode: shard` computed: the statistics file's text, and what the log says about it. */
export interface ShardOutcome {
  text: string
  rows: number
  files: string[]
}

/**
 * `mode: shard`: the sufficient statistics of this job's prediction files (confusion matrix, score runs,
 * regression or text sums, fingerprints), read by the same readers as a gate, as the text of a statistics file.
 */
export async function collectShard(settings: Settings, folder: string): Promise<ShardOutcome> {
  const files = await findFiles(settings.predictions, folder)
  const parts: ShardParts = { identity: shardIdentity(settings) }
  if (settings.task === 'regression') parts.regression = await readRegression(settings, files)
  else if (settings.task === 'text') parts.text = await readText(settings, files)
  else {
    const matrix = (
      await countPredictions(files, settings.labelColumn, settings.predictionColumn, settings.maxLabels)
    ).toMatrix()
    parts.matrix = matrix
    if (settings.scoreColumn !== undefined || settings.scoreColumns !== undefined) {
      const task = resolveTask(matrix.labels, settings.positiveLabel)
      const wanted = scoreMetricNames(settings.metrics, task)
      parts.scores = await readScores(settings, files, task, matrix, wanted, (pass) => pass.state())
    }
    if (settings.idColumn !== undefined)
      parts.pairs = await readPairFingerprint(files, settings.idColumn, settings.labelColumn)
  }
  const stats = shardStats(parts)
  return { text: serializeShardStats(stats), rows: stats.rows, files: files.map((file) => file.shown) }
}

/** Writes a shard's statistics file at `relative` (to the workspace), creating its folder; returns its path. */
export async function writeShardFile(workspace: string, relative: string, text: string): Promise<string> {
  const target = path.resolve(workspace, relative)
  await mkdir(path.dirname(target), { recursive: true })
  await writeFileAtomic(target, text)
  return target
}

/**
 * `mode: merge`: reads the shards' statistics files, merges them exactly and computes the metrics from the
 * merged statistics, as one run over all the data would have. The shards must have been computed with this job's
 * settings (task, metrics, positive label, score fields), or the merged numbers would mean something else.
 */
export async function evaluateMerged(settings: Settings, folder: string): Promise<Evaluation> {
  const found = await findFiles(settings.statsFiles, folder, 'stats-files')
  const shards: ShardFile[] = []
  for (const file of found) {
    const text = await readOptionalFile(file.absolute, file.shown)
    if (text === undefined) throw new InputError('file not found', { file: file.shown })
    shards.push({ file: file.shown, stats: parseShardStats(text, file.shown) })
  }
  const labels = new Set(shards.flatMap((shard) => shard.stats.classification?.labels ?? []))
  if (labels.size > settings.maxLabels) {
    throw new InputError(
      `the statistics files hold ${labels.size} distinct labels together, more than input "max-labels" allows (${settings.maxLabels})`,
    )
  }
  const merged = mergeShardStats(shards)
  const expected = JSON.stringify(shardIdentity(settings))
  if (JSON.stringify(merged.identity) !== expected) {
    throw new InputError(
      `the statistics were computed with other settings than this merge job's (${JSON.stringify(merged.identity)} in the files, ${expected} here): give the merge job the same task, metrics, positive-label, score and id inputs as the shard jobs`,
      { file: shards[0]!.file },
    )
  }
  const result = metricsFromShardStats(merged)
  const kind = merged.identity.task
  return {
    metrics: result.metrics,
    directions: new Map(),
    files: shards.map((shard) => shard.file),
    rows: result.rows,
    ...(kind !== 'classification'
      ? { computed: { kind, ...(result.note ? { note: result.note } : {}) } }
      : {}),
    ...(result.fingerprint !== undefined ? { fingerprint: result.fingerprint } : {}),
    ...(result.task
      ? { task: result.task, matrix: result.matrix, classification: result.classification }
      : {}),
    standardErrors: {},
    intervals: {},
    untested: Object.fromEntries(
      Object.keys(result.metrics).map((name) => [name, 'merged shards hold no per-row resamples of it']),
    ),
  }
}

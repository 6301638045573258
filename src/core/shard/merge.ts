import { InputError } from '../errors.js'
import { PairFingerprint } from '../fingerprint.js'
import { Sum } from '../metrics/columns.js'
import type { RegressionState } from '../metrics/regression.js'
import type { ScoreRuns } from '../metrics/scores.js'
import type { TextState } from '../metrics/text.js'
import { addMatrices } from '../stats/bootstrap.js'
import {
  SECTIONS,
  type MulticlassScoreState,
  type ShardFile,
  type ShardIdentity,
  type ShardStats,
} from './types.js'

/** What each identity field is called in messages: the input it comes from. */
const IDENTITY_FIELDS: [keyof ShardIdentity, string][] = [
  ['task', 'task'],
  ['metrics', 'metrics'],
  ['positiveLabel', 'positive-label'],
  ['scores', 'score settings'],
  ['references', 'references-column'],
  ['idColumn', 'id-column'],
]

/**
 * Merges the statistics of shards into those of the whole: what a single run over the concatenated data would have
 * produced (labels are the sorted union, re-indexed; counts add; lists and runs interleave; sums add exactly).
 * Shards computed with different settings are refused, naming the two files that disagree.
 */
export function mergeShardStats(list: readonly ShardFile[]): ShardStats {
  const first = list[0]
  if (first === undefined) throw new InputError('there are no statistics files to merge')
  for (const other of list.slice(1)) checkCompatible(first, other)
  return mergeAll(list.map(({ stats }) => stats))
}

/** Merges halves first, so each row's values are copied about log2(shards) times rather than once per shard. */
function mergeAll(list: readonly ShardStats[]): ShardStats {
  if (list.length === 1) return list[0]!
  const half = list.length >> 1
  return mergeTwo(mergeAll(list.slice(0, half)), mergeAll(list.slice(half)))
}

function checkCompatible(a: ShardFile, b: ShardFile): void {
  const refuse = (problem: string): never => {
    throw new InputError(`cannot merge the statistics of ${a.file} and ${b.file}: ${problem}`)
  }
  if (a.stats.version !== b.stats.version)
    refuse(`they are of schema versions ${a.stats.version} and ${b.stats.version}`)
  for (const [key, name] of IDENTITY_FIELDS) {
    const [x, y] = [JSON.stringify(a.stats.identity[key]), JSON.stringify(b.stats.identity[key])]
    if (x !== y) refuse(`they were computed with different ${name} (${x} and ${y})`)
  }
  for (const section of SECTIONS) {
    const [x, y] = [a.stats[section] !== undefined, b.stats[section] !== undefined]
    if (x !== y)
      refuse(`${x ? a.file : b.file} holds ${section} statistics and ${x ? b.file : a.file} does not`)
  }
  const [p, q] = [a.stats.binaryScores?.positiveLabel, b.stats.binaryScores?.positiveLabel]
  if (p !== q)
    refuse(`their scores are for different positive classes (${JSON.stringify(p)} and ${JSON.stringify(q)})`)
  const [c, d] = [a.stats.multiclassScores?.classes, b.stats.multiclassScores?.classes]
  if (JSON.stringify(c) !== JSON.stringify(d))
    refuse(`their scores are for different classes (${JSON.stringify(c)} and ${JSON.stringify(d)})`)
}

function mergeTwo(a: ShardStats, b: ShardStats): ShardStats {
  const merged: ShardStats = { version: a.version, identity: a.identity, rows: a.rows + b.rows }
  if (a.classification && b.classification)
    merged.classification = addMatrices(a.classification, b.classification)
  if (a.binaryScores && b.binaryScores) {
    merged.binaryScores = {
      positiveLabel: a.binaryScores.positiveLabel,
      runs: mergeRuns(a.binaryScores.runs, b.binaryScores.runs),
      logLoss: mergeSums(a.binaryScores.logLoss, b.binaryScores.logLoss),
      brier: mergeSums(a.binaryScores.brier, b.binaryScores.brier),
    }
  }
  if (a.multiclassScores && b.multiclassScores)
    merged.multiclassScores = mergeMulticlass(a.multiclassScores, b.multiclassScores)
  if (a.regression && b.regression) merged.regression = mergeRegression(a.regression, b.regression)
  if (a.text && b.text) merged.text = mergeText(a.text, b.text)
  if (a.pairs && b.pairs) {
    const pairs = PairFingerprint.fromState(a.pairs)
    pairs.merge(b.pairs)
    merged.pairs = pairs.state()
  }
  return merged
}

function mergeMulticlass(a: MulticlassScoreState, b: MulticlassScoreState): MulticlassScoreState {
  const merged: MulticlassScoreState = { classes: a.classes, logLoss: mergeSums(a.logLoss, b.logLoss) }
  if (a.oneVsRest && b.oneVsRest)
    merged.oneVsRest = a.oneVsRest.map((runs, k) => mergeRuns(runs, b.oneVsRest![k]!))
  return merged
}

function mergeRegression(a: RegressionState, b: RegressionState): RegressionState {
  return {
    gold: mergeSorted(a.gold, b.gold),
    absoluteErrors: mergeSorted(a.absoluteErrors, b.absoluteErrors),
    absoluteSum: mergeSums(a.absoluteSum, b.absoluteSum),
    squaredSum: mergeSums(a.squaredSum, b.squaredSum),
    percentageSum: mergeSums(a.percentageSum, b.percentageSum),
    goldSum: mergeSums(a.goldSum, b.goldSum),
    maxError: Math.max(a.maxError, b.maxError),
  }
}

function mergeText(a: TextState, b: TextState): TextState {
  return {
    exactMatch: mergeSums(a.exactMatch, b.exactMatch),
    tokenF1: mergeSums(a.tokenF1, b.tokenF1),
    contains: mergeSums(a.contains, b.contains),
    rows: a.rows + b.rows,
    references: a.references + b.references,
  }
}

/** Two `Sum` states as one: exact, so the merged value is the single run's. */
function mergeSums(a: readonly number[], b: readonly number[]): number[] {
  const sum = Sum.fromState(a)
  sum.merge(Sum.fromState(b))
  return sum.state()
}

/** Two ascending lists as one. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const merged = new Float64Array(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length && j < b.length) merged[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!
  while (i < a.length) merged[k++] = a[i++]!
  while (j < b.length) merged[k++] = b[j++]!
  return Array.from(merged)
}

/** Two run lists as one: equal scores add their counts. */
function mergeRuns(a: ScoreRuns, b: ScoreRuns): ScoreRuns {
  const merged: ScoreRuns = { scores: [], positives: [], negatives: [] }
  const push = (runs: ScoreRuns, k: number) => {
    const last = merged.scores.length - 1
    if (last >= 0 && merged.scores[last] === runs.scores[k]) {
      merged.positives[last]! += runs.positives[k]!
      merged.negatives[last]! += runs.negatives[k]!
    } else {
      merged.scores.push(runs.scores[k]!)
      merged.positives.push(runs.positives[k]!)
      merged.negatives.push(runs.negatives[k]!)
    }
  }
  let i = 0
  let j = 0
  while (i < a.scores.length && j < b.scores.length) {
    if (a.scores[i]! <= b.scores[j]!) push(a, i++)
    else push(b, j++)
  }
  while (i < a.scores.length) push(a, i++)
  while (j < b.scores.length) push(b, j++)
  return merged
}

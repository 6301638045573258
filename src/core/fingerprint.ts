import { createHash } from 'node:crypto'
import type { ConfusionMatrix } from './confusion.js'
import { formatCount } from './format.js'
import { compareCodePoints } from './labels.js'
import { ownRecord, ownValue, setOwn } from './own.js'

/**
 * A fingerprint of the evaluation data that depends on neither row order nor the predictions: a hash of how many
 * rows carry each gold label. Two runs with the same fingerprint were, with overwhelming likelihood, scored on the
 * same gold labels; a different one means the data changed and the comparison is between different test sets.
 */
export function goldLabelFingerprint(matrix: ConfusionMatrix): string {
  const counts = matrix.labels
    .map((label, g) => [label, matrix.counts[g]!.reduce((sum, count) => sum + count, 0)] as const)
    .filter(([, count]) => count > 0)
    // In one order whatever the matrix's: its labels are sorted numerically when every label is a number, so a
    // predicted label that is not (e.g. "unknown") would otherwise reorder the same gold labels.
    .sort(([a], [b]) => compareCodePoints(a, b))
  const hash = createHash('sha256').update(JSON.stringify(counts)).digest('hex')
  return `gold-counts:sha256:${hash.slice(0, 32)}`
}

/** The state of a `PairFingerprint`: three unsigned 32-bit lanes and the number of pairs. */
export interface PairFingerprintState {
  sumA: number
  sumB: number
  xor: number
  count: number
}

/**
 * A fingerprint of (id, gold label) pairs that ignores row order and predictions, built in one pass with constant
 * memory: each pair is hashed, and the hashes are combined by addition modulo 2^32 in two independent lanes plus an
 * XOR lane and the count — operations that do not care about order. Unlike the gold-label counts it notices rows
 * replaced by others with the same labels, and labels moved between rows. It detects changed data; it is not meant
 * to resist someone crafting a collision on purpose.
 */
export class PairFingerprint {
  private sumA = 0
  private sumB = 0
  private xor = 0
  private count = 0

  add(id: string, gold: string): void {
    const text = `${id}\u0000${gold}`
    const a = hash32(text, 0x811c9dc5)
    const b = hash32(text, 0x9e3779b9)
    this.sumA = (this.sumA + a) >>> 0
    this.sumB = (this.sumB + b) >>> 0
    this.xor = (this.xor ^ Math.imul(a, 0x85ebca6b) ^ b) >>> 0
    this.count++
  }

  /** The lanes and the count, for a shard's statistics file: `merge` of states is `add` of all their pairs. */
  state(): PairFingerprintState {
    return { sumA: this.sumA, sumB: this.sumB, xor: this.xor, count: this.count }
  }

  static fromState(state: PairFingerprintState): PairFingerprint {
    const fingerprint = new PairFingerprint()
    fingerprint.merge(state)
    return fingerprint
  }

  /** Adds the pairs another fingerprint saw: the lanes' operations are associative and commutative. */
  merge(other: PairFingerprintState): void {
    this.sumA = (this.sumA + other.sumA) >>> 0
    this.sumB = (this.sumB + other.sumB) >>> 0
    this.xor = (this.xor ^ other.xor) >>> 0
    this.count += other.count
  }

  /** `id-gold:<count>:<hex>`. */
  value(): string {
    const hex = [this.sumA, this.sumB, this.xor].map((n) => n.toString(16).padStart(8, '0')).join('')
    return `id-gold:${this.count}:${hex}`
  }
}

/** FNV-1a over UTF-16 code units from `seed`, finished with murmur3's avalanche so nearby inputs spread out. */
function hash32(text: string, seed: number): number {
  let h = seed >>> 0
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * What part of its benchmark a run measured (lm-evaluation-harness's `--limit`): the limit, and per task the
 * examples measured (`effective`) of those the task has (`original`). Stored with the baseline, so that a limited
 * run compares with a baseline of the same limited run, and only then.
 */
export interface BenchmarkSubset {
  limit?: number
  tasks: Record<string, { effective: number; original: number }>
}

/** The subset a run of several files measured: their tasks together, and their limit when they share one. */
export function mergeSubsets(subsets: BenchmarkSubset[]): BenchmarkSubset | undefined {
  if (subsets.length === 0) return undefined
  const tasks = ownRecord<{ effective: number; original: number }>()
  for (const subset of subsets)
    for (const [task, counts] of Object.entries(subset.tasks)) setOwn(tasks, task, counts)
  const limits = new Set(subsets.map((subset) => subset.limit))
  const limit = limits.size === 1 ? subsets[0]!.limit : undefined
  return { ...(limit !== undefined ? { limit } : {}), tasks }
}

/** Whether two runs measured the same part of their benchmark: both all of it, or the same limit and counts. */
export function sameSubset(a: BenchmarkSubset | undefined, b: BenchmarkSubset | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  const tasks = Object.keys(a.tasks)
  return (
    a.limit === b.limit &&
    tasks.length === Object.keys(b.tasks).length &&
    tasks.every((task) => {
      const other = ownValue(b.tasks, task)
      return other?.effective === a.tasks[task]!.effective && other.original === a.tasks[task]!.original
    })
  )
}

/** `a --limit run (limit 50): gsm8k on 50 of 1,319 examples`, naming at most three of the tasks it cut. */
export function describeSubset(subset: BenchmarkSubset): string {
  const partial = Object.entries(subset.tasks).flatMap(([task, { effective, original }]) =>
    effective < original ? [`${task} on ${formatCount(effective)} of ${formatCount(original)} examples`] : [],
  )
  const shown =
    partial.slice(0, 3).join(', ') + (partial.length > 3 ? `, and ${partial.length - 3} more tasks` : '')
  const limit = subset.limit !== undefined ? ` (limit ${subset.limit})` : ''
  return `a --limit run${limit}${shown ? `: ${shown}` : ''}`
}

import { InputError, type ErrorLocation } from './errors.js'
import { sortLabels } from './labels.js'

/** A confusion matrix in scikit-learn's layout: `counts[gold][predicted]`, labels in sorted order. */
export interface ConfusionMatrix {
  labels: string[]
  counts: number[][]
  /** Number of rows it was counted from. */
  total: number
}

/**
 * Longest label, in characters, as for metric names: labels go into every table of the report, and ten labels of
 * 1 MB each cost 5.9 s, 1.18 GB and a 64 MB report.
 */
export const MAX_LABEL_LENGTH = 1000

/** A label past `MAX_LABEL_LENGTH`; thrown where labels are interned, which know no file, and located by readers. */
export class LabelTooLongError extends InputError {
  constructor(
    readonly length: number,
    location: ErrorLocation = {},
  ) {
    super(
      `a label is ${length} characters long; labels are at most ${MAX_LABEL_LENGTH} (is the label or prediction column free text?)`,
      location,
    )
  }
}

/** `error` with the file and line of the record it came from, if it is a label error that has none yet. */
export function locateLabelError(error: unknown, where: ErrorLocation): unknown {
  if (error instanceof LabelTooLongError && error.location.file === undefined)
    return new LabelTooLongError(error.length, where)
  return error
}

/**
 * Dense ids for labels, in first-seen order, looked up by string or by the label's UTF-8 bytes. The byte lookup is
 * what the fast readers use: a label read from a file is found without making a string of it (only a label seen
 * for the first time is decoded). A label's id is the same whichever way it is looked up, as UTF-8 is one-to-one.
 *
 * The byte lookup keys a label by its length and its first eight bytes read as two 32-bit words, which tells apart
 * every label of up to eight bytes without a byte loop; longer ones compare their other bytes too. Measured on the
 * bench CSV's labels, on 2 busy cores: 13 ns a lookup against 26 ns for the hash of a few bytes, probing and byte
 * compare it replaces; counting a 64 MB slice in one thread went from 3.5 to 2.9 ns per byte (fastest of 14 runs).
 */
export class LabelIds {
  /** The labels, by id. */
  readonly labels: string[] = []
  private readonly byString = new Map<string, number>()
  /** Open addressing, four int32 per slot: length, first word, second word, id + 1 (0: empty). */
  private table = new Int32Array(64 * 4)
  private shift = 32 - 6
  /** The UTF-8 bytes of every label, back to back; label `id` is `pool[offsets[id], offsets[id + 1])`. */
  private pool = new Uint8Array(256)
  private offsets = new Int32Array(65)
  /**
   * A direct-mapped cache of keys of up to eight bytes, four int32 per slot: length, first word, second word, id.
   * A slot holds the last key that went there (length 0 matches no key: empty labels are never looked up).
   */
  private readonly recent = new Int32Array(RECENT_SLOTS * 4)
  /** A view of the last buffer looked up in, for its 32-bit reads. */
  private viewOf: Uint8Array | undefined
  private view: DataView = new DataView(new ArrayBuffer(0))

  /** The id of a label given as a string. */
  idOf(label: string): number {
    const known = this.byString.get(label)
    if (known !== undefined) return known
    const bytes = Buffer.from(label, 'utf8')
    return this.insert(label, bytes, 0, bytes.length)
  }

  /**
   * The id of the label whose UTF-8 bytes are `bytes[start, end)`; the bytes must be valid UTF-8. Kept small, to be
   * inlined where labels are counted: a label of up to eight bytes whose key is in the cache of recent keys is found
   * with two reads and no branch on its bytes (labels vary from row to row, and a mispredicted branch costs more
   * than the reads); anything else goes to `find`.
   */
  idOfBytes(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start
    if (length <= 8 && start + 8 <= bytes.length) {
      if (bytes !== this.viewOf) this.viewFor(bytes)
      const view = this.view
      // Two little-endian reads; the bytes past the label are masked off.
      const word0 = view.getInt32(start, true) & FIRST_WORD[length]!
      const word1 = view.getInt32(start + 4, true) & SECOND_WORD[length]!
      const recent = this.recent
      const slot = recentSlot(length, word0, word1)
      if (recent[slot] === length && recent[slot + 1] === word0 && recent[slot + 2] === word1)
        return recent[slot + 3]!
    }
    return this.find(bytes, start, end)
  }

  get size(): number {
    return this.labels.length
  }

  /** The lookup past the cache of recent keys, which it then updates. */
  private find(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start
    keyOf(bytes, start, end)
    const word0 = KEY[0]!
    const word1 = KEY[1]!
    const table = this.table
    const mask = table.length - 4
    let id = -1
    for (let slot = slotOf(length, word0, word1, this.shift) << 2; ; slot = (slot + 4) & mask) {
      const entry = table[slot + 3]!
      if (entry === 0) break
      if (table[slot] === length && table[slot + 1] === word0 && table[slot + 2] === word1) {
        if (length <= 8 || this.sameTail(entry - 1, bytes, start)) {
          id = entry - 1
          break
        }
      }
    }
    if (id < 0) id = this.firstSeen(bytes, start, end)
    if (length <= 8) {
      const recent = this.recent
      const slot = recentSlot(length, word0, word1)
      recent[slot] = length
      recent[slot + 1] = word0
      recent[slot + 2] = word1
      recent[slot + 3] = id
    }
    return id
  }

  private viewFor(bytes: Uint8Array): void {
    this.viewOf = bytes
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  /** Whether label `id`'s bytes after its first eight are those of `bytes` from `start + 8` (lengths are equal). */
  private sameTail(id: number, bytes: Uint8Array, start: number): boolean {
    const pool = this.pool
    const from = this.offsets[id]!
    const to = this.offsets[id + 1]!
    for (let i = from + 8, j = start + 8; i < to; i++, j++) if (pool[i] !== bytes[j]) return false
    return true
  }

  /** A label not found by its bytes: decoded, and entered. */
  private firstSeen(bytes: Uint8Array, start: number, end: number): number {
    const label = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8')
    const known = this.byString.get(label)
    // Known as a string but not yet as bytes cannot happen (both are entered together), but stay safe.
    if (known !== undefined) return known
    return this.insert(label, bytes, start, end)
  }

  private insert(label: string, bytes: Uint8Array, start: number, end: number): number {
    // Checked here, once per distinct label, so counting a row pays nothing for it.
    if (label.length > MAX_LABEL_LENGTH) throw new LabelTooLongError(label.length)
    const id = this.labels.length
    this.labels.push(label)
    this.byString.set(label, id)
    const length = end - start
    if (id + 2 > this.offsets.length) {
      const offsets = new Int32Array(this.offsets.length * 2)
      offsets.set(this.offsets)
      this.offsets = offsets
    }
    const from = this.offsets[id]!
    if (from + length > this.pool.length) {
      const pool = new Uint8Array(Math.max(this.pool.length * 2, from + length))
      pool.set(this.pool)
      this.pool = pool
    }
    this.pool.set(bytes.subarray(start, end), from)
    this.offsets[id + 1] = from + length
    // At most half full.
    if ((id + 1) * 2 > this.table.length / 4) this.rehash(this.table.length / 4)
    else this.place(id)
    return id
  }

  private place(id: number): void {
    const from = this.offsets[id]!
    const length = this.offsets[id + 1]! - from
    keyOf(this.pool, from, from + length)
    const table = this.table
    const mask = table.length - 4
    let slot = slotOf(length, KEY[0]!, KEY[1]!, this.shift) << 2
    while (table[slot + 3] !== 0) slot = (slot + 4) & mask
    table[slot] = length
    table[slot + 1] = KEY[0]!
    table[slot + 2] = KEY[1]!
    table[slot + 3] = id + 1
  }

  /** Doubles the table (`slots` is its current number of slots). */
  private rehash(slots: number): void {
    this.table = new Int32Array(slots * 2 * 4)
    this.shift = 32 - Math.log2(slots * 2)
    for (let id = 0; id < this.labels.length; id++) this.place(id)
  }
}

/** Masks keeping the bytes of a label of n bytes (n ≤ 8) in its first and its second little-endian word, by n. */
const FIRST_WORD = new Int32Array([0, 0xff, 0xffff, 0xffffff, -1, -1, -1, -1, -1])
const SECOND_WORD = new Int32Array([0, 0, 0, 0, 0, 0xff, 0xffff, 0xffffff, -1])
const RECENT_SLOTS = 1 << 10
const RECENT_SHIFT = 32 - 10

/** The key `keyOf` makes. */
const KEY = new Int32Array(2)

/** Sets `KEY` to the first eight bytes of `bytes[start, end)` as two little-endian words (zero past its end). */
function keyOf(bytes: Uint8Array, start: number, end: number): void {
  KEY[0] = 0
  KEY[1] = 0
  const stop = Math.min(end, start + 8)
  for (let i = start; i < stop; i++) KEY[(i - start) >> 2]! |= bytes[i]! << (8 * ((i - start) & 3))
}

/** Where a key goes in the cache of recent keys (the index of its first int32). */
function recentSlot(length: number, word0: number, word1: number): number {
  return (Math.imul(word0 ^ Math.imul(word1 ^ length, 0x85ebca6b), 0x9e3779b1) >>> RECENT_SHIFT) << 2
}

/** A slot for a key: Fibonacci hashing, the top bits of the product. */
function slotOf(length: number, word0: number, word1: number, shift: number): number {
  return Math.imul(word0 ^ Math.imul(word1 ^ length, 0x85ebca6b), 0x9e3779b1) >>> shift
}

/** Default of the `max-labels` input. */
export const DEFAULT_MAX_LABELS = 1000

/**
 * Counts (gold, predicted) pairs as they stream by. Memory grows with the number of distinct labels, never with the
 * number of rows: every metric of the classification family is a function of these counts. The labels are bounded
 * (`max-labels`): the matrix takes labels² × 8 bytes, so a small file of distinct strings would otherwise cost
 * gigabytes (20,000 labels in 260 KB ran out of memory).
 */
export class ConfusionCounter {
  /** The labels seen so far, with their ids; readers look labels up here and count with `addIds`. */
  readonly ids = new LabelIds()
  /** Row-major square matrix over label ids (first-seen order), grown as labels appear. */
  private cells = new Float64Array(0)
  private size = 0
  private rows = 0
  /** The file being counted, named by the error about too many labels. */
  file: string | undefined

  constructor(readonly maxLabels = Infinity) {}

  /** Records one example. */
  add(gold: string, predicted: string, count = 1): void {
    const g = this.ids.idOf(gold)
    const p = this.ids.idOf(predicted)
    this.addIds(g, p, count)
  }

  /** Records one example by label ids (from `ids`). */
  addIds(gold: number, predicted: number, count = 1): void {
    if (gold >= this.size || predicted >= this.size) this.grow(Math.max(gold, predicted) + 1)
    this.cells[gold * this.size + predicted]! += count
    this.rows += count
  }

  /** Adds every count of another matrix (for files read in parts). */
  addMatrix(matrix: ConfusionMatrix): void {
    matrix.labels.forEach((gold, g) =>
      matrix.labels.forEach((predicted, p) => {
        const count = matrix.counts[g]![p]!
        if (count > 0) this.add(gold, predicted, count)
      }),
    )
  }

  get total(): number {
    return this.rows
  }

  /** The counts so far, labels sorted as scikit-learn sorts them. */
  toMatrix(): ConfusionMatrix {
    const labels = sortLabels(this.ids.labels)
    const order = labels.map((label) => this.ids.idOf(label))
    const counts = order.map((g) => order.map((p) => this.cell(g, p)))
    return { labels, counts, total: this.rows }
  }

  private cell(gold: number, predicted: number): number {
    return gold < this.size && predicted < this.size ? this.cells[gold * this.size + predicted]! : 0
  }

  private grow(needed: number): void {
    if (needed > this.maxLabels) {
      throw new InputError(
        `has more than ${this.maxLabels} distinct labels (gold and predicted together), the most input "max-labels" allows; is the label or prediction column free text? Raise max-labels if the labels are right`,
        this.file === undefined ? {} : { file: this.file },
      )
    }
    // Never past the bound, so that memory stays within max-labels² cells.
    const size = Math.min(Math.max(4, this.size * 2, needed), this.maxLabels)
    const cells = new Float64Array(size * size)
    for (let g = 0; g < this.size; g++)
      cells.set(this.cells.subarray(g * this.size, (g + 1) * this.size), g * size)
    this.cells = cells
    this.size = size
  }
}

import { sortLabels } from './labels.js'

/** A confusion matrix in scikit-learn's layout: `counts[gold][predicted]`, labels in sorted order. */
export interface ConfusionMatrix {
  labels: string[]
  counts: number[][]
  /** Number of rows it was counted from. */
  total: number
}

/**
 * Dense ids for labels, in first-seen order, looked up by string or by the label's UTF-8 bytes. The byte lookup is
 * what the fast readers use: a label read from a file is found without making a string of it (only a label seen
 * for the first time is decoded). A label's id is the same whichever way it is looked up, as UTF-8 is one-to-one.
 */
export class LabelIds {
  /** The labels, by id. */
  readonly labels: string[] = []
  private readonly byString = new Map<string, number>()
  /** Open addressing: slot → id + 1 (0: empty). */
  private slots = new Int32Array(64)
  /** The UTF-8 bytes of every label, back to back; label `id` is `pool[offsets[id], offsets[id + 1])`. */
  private pool = new Uint8Array(256)
  private offsets = new Int32Array(65)

  /** The id of a label given as a string. */
  idOf(label: string): number {
    const known = this.byString.get(label)
    if (known !== undefined) return known
    const bytes = Buffer.from(label, 'utf8')
    return this.insert(label, bytes, 0, bytes.length)
  }

  /** The id of the label whose UTF-8 bytes are `bytes[start, end)`; the bytes must be valid UTF-8. */
  idOfBytes(bytes: Uint8Array, start: number, end: number): number {
    const slots = this.slots
    const mask = slots.length - 1
    const pool = this.pool
    const offsets = this.offsets
    const length = end - start
    for (let slot = hashBytes(bytes, start, end) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!
      if (entry === 0) break
      const id = entry - 1
      const from = offsets[id]!
      if (offsets[id + 1]! - from !== length) continue
      let i = 0
      while (i < length && pool[from + i] === bytes[start + i]) i++
      if (i === length) return id
    }
    const label = Buffer.from(bytes.buffer, bytes.byteOffset + start, length).toString('utf8')
    const known = this.byString.get(label)
    // Known as a string but not yet as bytes cannot happen (both are entered together), but stay safe.
    if (known !== undefined) return known
    return this.insert(label, bytes, start, end)
  }

  get size(): number {
    return this.labels.length
  }

  private insert(label: string, bytes: Uint8Array, start: number, end: number): number {
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
    if ((id + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2)
    else this.place(id)
    return id
  }

  private place(id: number): void {
    const mask = this.slots.length - 1
    let slot = hashBytes(this.pool, this.offsets[id]!, this.offsets[id + 1]!) & mask
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask
    this.slots[slot] = id + 1
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size)
    for (let id = 0; id < this.labels.length; id++) this.place(id)
  }
}

/**
 * A hash of a label's bytes from its length and its first, second and last bytes: no loop, as it runs twice per
 * row. Labels that share all four land in the same chain and are told apart by comparing their bytes.
 */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start
  if (length === 0) return 0
  const second = length > 1 ? bytes[start + 1]! : 0
  const hash = Math.imul(length ^ (bytes[start]! << 8) ^ (second << 16) ^ (bytes[end - 1]! << 24), 0x9e3779b1)
  return (hash ^ (hash >>> 16)) >>> 0
}

/**
 * Counts (gold, predicted) pairs as they stream by. Memory grows with the number of distinct labels, never with the
 * number of rows: every metric of the classification family is a function of these counts.
 */
export class ConfusionCounter {
  /** The labels seen so far, with their ids; readers look labels up here and count with `addIds`. */
  readonly ids = new LabelIds()
  /** Row-major square matrix over label ids (first-seen order), grown as labels appear. */
  private cells = new Float64Array(0)
  private size = 0
  private rows = 0

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
    const size = Math.max(4, this.size * 2, needed)
    const cells = new Float64Array(size * size)
    for (let g = 0; g < this.size; g++)
      cells.set(this.cells.subarray(g * this.size, (g + 1) * this.size), g * size)
    this.cells = cells
    this.size = size
  }
}

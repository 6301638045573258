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
  /**
   * Open addressing over a label's signature (its length and first, second and last bytes, packed in 32 bits):
   * `signatures[slot]` and `slotIds[slot]` (id + 1; 0: empty). A lookup compares signatures, then only the bytes
   * the signature does not cover.
   */
  private signatures = new Int32Array(64)
  private slotIds = new Int32Array(64)
  private shift = 32 - 6
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
    const length = end - start
    const signature = signatureOf(bytes, start, end)
    const signatures = this.signatures
    const slotIds = this.slotIds
    const mask = slotIds.length - 1
    const pool = this.pool
    const offsets = this.offsets
    for (let slot = slotOf(signature, this.shift); ; slot = (slot + 1) & mask) {
      const entry = slotIds[slot]!
      if (entry === 0) break
      if (signatures[slot] !== signature) continue
      const id = entry - 1
      const from = offsets[id]!
      if (offsets[id + 1]! - from !== length) continue
      // The signature covers the first two bytes and the last: compare the rest.
      let i = 2
      while (i < length - 1 && pool[from + i] === bytes[start + i]) i++
      if (i >= length - 1) return id
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
    if ((id + 1) * 2 > this.slotIds.length) this.rehash(this.slotIds.length * 2)
    else this.place(id)
    return id
  }

  private place(id: number): void {
    const signature = signatureOf(this.pool, this.offsets[id]!, this.offsets[id + 1]!)
    const mask = this.slotIds.length - 1
    let slot = slotOf(signature, this.shift)
    while (this.slotIds[slot] !== 0) slot = (slot + 1) & mask
    this.slotIds[slot] = id + 1
    this.signatures[slot] = signature
  }

  private rehash(size: number): void {
    this.slotIds = new Int32Array(size)
    this.signatures = new Int32Array(size)
    this.shift = 32 - Math.log2(size)
    for (let id = 0; id < this.labels.length; id++) this.place(id)
  }
}

/** A label's length (its low 8 bits) and its first, second and last bytes, in 32 bits. */
function signatureOf(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start
  if (length === 0) return 0
  const second = length > 1 ? bytes[start + 1]! : 0
  return (length & 0xff) | (bytes[start]! << 8) | (second << 16) | (bytes[end - 1]! << 24)
}

/** A slot for a signature: Fibonacci hashing, the top bits of the product. */
function slotOf(signature: number, shift: number): number {
  return Math.imul(signature ^ (signature >>> 16), 0x9e3779b1) >>> shift
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

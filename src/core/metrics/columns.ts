/** Values per chunk of a `NumberColumn`: 512 KiB of float64. */
const CHUNK = 65_536

/**
 * A column of float64 values that grows a fixed-size chunk at a time, so appending never copies what is already
 * stored and memory is 8 bytes per value plus at most one chunk (a doubling array would briefly need 24). When the
 * number of values is known in advance, they go into one array of that size, which `drain` hands over as it is.
 */
export class NumberColumn {
  private chunks: Float64Array[] = []
  private last = new Float64Array(0)
  private used = 0
  private size = 0

  /** `expected`: how many values will come, when known (e.g. from the confusion matrix). */
  constructor(private readonly expected = 0) {}

  push(value: number): void {
    if (this.used === this.last.length) {
      this.last = new Float64Array(this.chunks.length === 0 && this.expected > 0 ? this.expected : CHUNK)
      this.chunks.push(this.last)
      this.used = 0
    }
    this.last[this.used++] = value
    this.size++
  }

  get length(): number {
    return this.size
  }

  /** Calls `visit` with every value in order. */
  forEach(visit: (value: number) => void): void {
    let left = this.size
    for (const chunk of this.chunks) {
      const n = Math.min(left, chunk.length)
      for (let i = 0; i < n; i++) visit(chunk[i]!)
      left -= n
    }
  }

  /**
   * Moves the values into one array and empties the column. A single full array (the expected size) is handed over
   * without a copy; otherwise each chunk is dropped as soon as it is copied, so the values are never held twice
   * over, beyond one chunk.
   */
  drain(): Float64Array {
    const only =
      this.chunks.length === 1 && this.chunks[0]!.length === this.size ? this.chunks[0]! : undefined
    const out = only ?? new Float64Array(this.size)
    let at = 0
    let left = only ? 0 : this.size
    while (left > 0) {
      const chunk = this.chunks.shift()!
      const n = Math.min(left, chunk.length)
      out.set(n === chunk.length ? chunk : chunk.subarray(0, n), at)
      at += n
      left -= n
    }
    this.chunks = []
    this.last = new Float64Array(0)
    this.used = 0
    this.size = 0
    return out
  }
}

/**
 * An exact sum, rounded once: Shewchuk's algorithm as Python's `math.fsum` runs it. The running total is kept as
 * non-overlapping partial sums whose exact total is the exact sum of everything added, and `value` rounds that
 * total correctly. The result therefore depends neither on the order of the additions nor on how they were split
 * between sums that were later merged: a sharded evaluation gets the very bits of a single run. It is also at least
 * as close to the true mean as numpy's pairwise sum.
 */
export class Sum {
  /** Non-overlapping partials, smallest magnitude first; `partials[0, used)` are live. */
  private partials = new Float64Array(4)
  private used = 0
  /** Infinities and NaNs added, and totals that overflowed: 0 while everything is finite. */
  private special = 0

  add(value: number): void {
    if (!Number.isFinite(value)) {
      this.special += value
      return
    }
    const partials = this.partials
    let x = value
    let kept = 0
    for (let k = 0; k < this.used; k++) {
      let y = partials[k]!
      if (Math.abs(x) < Math.abs(y)) {
        const t = x
        x = y
        y = t
      }
      const hi = x + y
      const lo = y - (hi - x)
      if (lo !== 0) partials[kept++] = lo
      x = hi
    }
    if (!Number.isFinite(x)) {
      // Two finite numbers overflowed: the total is that infinity, as in plain floating point.
      this.special += x
      this.used = 0
      return
    }
    if (x !== 0) {
      if (kept === partials.length) this.grow()
      this.partials[kept++] = x
    }
    this.used = kept
  }

  /** Adds everything another sum holds: the result is exactly the one of adding its values here. */
  merge(other: Sum): void {
    for (const value of other.state()) this.add(value)
  }

  /**
   * Numbers whose exact total is this sum (a non-finite sum is that one value): what a shard writes out.
   * `Sum.fromState(sum.state())` has the same value as `sum`, and merges the same.
   */
  state(): number[] {
    return this.special !== 0 ? [this.special] : Array.from(this.partials.subarray(0, this.used))
  }

  /** A sum of the numbers of a `state()` (any numbers: they are added exactly). */
  static fromState(state: readonly number[]): Sum {
    const sum = new Sum()
    for (const value of state) sum.add(value)
    return sum
  }

  /** The exact total rounded to the nearest double (ties to even), as `math.fsum` rounds it. */
  get value(): number {
    if (this.special !== 0) return this.special
    const partials = this.partials
    let n = this.used
    if (n === 0) return 0
    let hi = partials[--n]!
    let lo = 0
    while (n > 0) {
      const x = hi
      const y = partials[--n]!
      hi = x + y
      lo = y - (hi - x)
      if (lo !== 0) break
    }
    // Half-way cases: `lo` was rounded to even, but the partials below it say which way the exact total lies.
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2
      const x = hi + y
      if (y === x - hi) hi = x
    }
    return hi
  }

  private grow(): void {
    const partials = new Float64Array(this.partials.length * 2)
    partials.set(this.partials)
    this.partials = partials
  }
}

/** The median as numpy computes it: the middle value, or the mean of the two middle ones. Sorts `values`. */
export function median(values: Float64Array): number {
  values.sort()
  const n = values.length
  const mid = n >> 1
  return n % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2
}

/**
 * Neumaier's compensated sum: error about one ulp of the total, whatever the order and signs of the terms. Cheaper
 * per addition than `Sum`; what a bootstrap replicate needs (~1e-15), where `Sum`'s exactness buys nothing.
 */
export class CompensatedSum {
  private sum = 0
  private compensation = 0

  add(value: number): void {
    const t = this.sum + value
    if (Math.abs(this.sum) >= Math.abs(value)) this.compensation += this.sum - t + value
    else this.compensation += value - t + this.sum
    this.sum = t
  }

  get value(): number {
    return this.sum + this.compensation
  }
}

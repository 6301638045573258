/** Values per chunk of a `NumberColumn`: 512 KiB of float64. */
const CHUNK = 65_536

/**
 * A column of float64 values that grows a fixed-size chunk at a time, so appending never copies what is already
 * stored and memory is 8 bytes per value plus at most one chunk (a doubling array would briefly need 24).
 */
export class NumberColumn {
  private chunks: Float64Array[] = []
  private last = new Float64Array(0)
  private used = CHUNK
  private size = 0

  push(value: number): void {
    if (this.used === CHUNK) {
      this.last = new Float64Array(CHUNK)
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
      const n = Math.min(left, CHUNK)
      for (let i = 0; i < n; i++) visit(chunk[i]!)
      left -= n
    }
  }

  /**
   * Moves the values into one array and empties the column, dropping each chunk as soon as it is copied: the
   * values are never held twice over, beyond one chunk.
   */
  drain(): Float64Array {
    const out = new Float64Array(this.size)
    let at = 0
    let left = this.size
    while (this.chunks.length > 0) {
      const chunk = this.chunks.shift()!
      const n = Math.min(left, CHUNK)
      out.set(n === CHUNK ? chunk : chunk.subarray(0, n), at)
      at += n
      left -= n
    }
    this.last = new Float64Array(0)
    this.used = CHUNK
    this.size = 0
    return out
  }
}

/**
 * A sum that keeps the rounding error of every addition (Neumaier's variant of Kahan summation), so a mean over
 * millions of values is as close to exact as numpy's pairwise sum: both agree to far better than 1e-12.
 */
export class Sum {
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

/** The median as numpy computes it: the middle value, or the mean of the two middle ones. Sorts `values`. */
export function median(values: Float64Array): number {
  values.sort()
  const n = values.length
  const mid = n >> 1
  return n % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2
}

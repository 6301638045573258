import { CompensatedSum } from '../metrics/columns.js'
import type { RegressionAccumulator, RegressionState } from '../metrics/regression.js'
import type { TextAccumulator } from '../metrics/text.js'
import type { BootstrapOptions } from './bootstrap.js'
import { multinomial, type Random } from './random.js'
import { scoreBootstrapIntervals, type ScoreInterval, type ScoreResampler } from './score-bootstrap.js'

/**
 * Bootstrap intervals for the regression and text metrics, resampling rows. A resample is a vector of per-row
 * multiplicities (n rows drawn with replacement, counted), and its metrics are computed in one pass over the rows,
 * which are kept sorted by absolute error once: the largest and the median error of a resample are read off that
 * order with the counts, so no resample is ever sorted. Sums are compensated (Neumaier), within ~1e-15 of the
 * accumulators' exact sums; max_error, median_absolute_error, exact_match and contains are bit for bit those of the
 * resampled rows. Intervals and standard errors come from `scoreBootstrapIntervals`, so every row-resampled metric
 * is summarised the same way (`ScoreInterval`).
 */

export type { ScoreInterval } from './score-bootstrap.js'

/** numpy's `finfo(float64).eps`: scikit-learn's floor for |y_true| in the MAPE denominator (as regression.ts). */
const EPSILON = 2 ** -52
const TWO_32 = 4294967296

export const REGRESSION_METRICS = [
  'mae',
  'mse',
  'rmse',
  'r2',
  'mape',
  'max_error',
  'median_absolute_error',
] as const
/** What the sorted absolute errors alone give (a merged shard state keeps gold and errors unpaired). */
export const ERROR_METRICS = ['mae', 'mse', 'rmse', 'max_error', 'median_absolute_error'] as const
export const TEXT_METRICS = ['exact_match', 'token_f1', 'contains'] as const

/**
 * Regression rows for a row bootstrap: per row its absolute error and (optionally) its gold value, sorted once by
 * error. With gold values it computes every metric of `RegressionAccumulator`; without, `ERROR_METRICS`. r2 of a
 * sample whose gold values are all equal is NaN (undefined; scikit-learn would force 1 or 0).
 */
export class RegressionResampler implements ScoreResampler {
  readonly rows: number
  readonly metricNames: readonly string[]
  /** Sorted position → the row (in the order given) there. */
  private readonly rowAt: Int32Array
  /**
   * Per sorted position: absolute error, gold value minus `center`, and the MAPE term |error| / max(|gold|, eps).
   * Without gold values the last two are zeros (and r2, mape are not given).
   */
  private readonly errors: Float64Array
  private readonly centered: Float64Array
  private readonly percentages: Float64Array
  private readonly gold: Float64Array | undefined
  /** The mean gold value of all rows, about which a sample's spread is taken. */
  private readonly center: number = 0
  /** The current sample's multiplicities, by sorted position, and their sums per block of `BLOCK` positions. */
  private readonly counts: Int32Array
  private readonly blockTotals: Int32Array

  /** `absoluteErrors[i]` and `gold[i]` (optional) of row `i`. At least one row. */
  constructor(absoluteErrors: ArrayLike<number>, gold?: ArrayLike<number>) {
    const n = absoluteErrors.length
    if (n === 0) throw new RangeError('a row bootstrap needs at least one row')
    if (gold !== undefined && gold.length !== n)
      throw new RangeError(`${n} absolute errors but ${gold.length} gold values`)
    this.rows = n
    const errors = Float64Array.from(absoluteErrors)
    this.rowAt = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => errors[a]! - errors[b]! || a - b)
    this.errors = errors.map((_, at) => errors[this.rowAt[at]!]!)
    if (gold === undefined) {
      this.metricNames = ERROR_METRICS
      this.centered = new Float64Array(n)
      this.percentages = new Float64Array(n)
    } else {
      this.metricNames = REGRESSION_METRICS
      const sorted = this.errors.map((_, at) => gold[this.rowAt[at]!]!)
      this.gold = sorted
      this.percentages = this.errors.map((error, at) => error / Math.max(Math.abs(sorted[at]!), EPSILON))
      const sum = new CompensatedSum()
      for (const y of sorted) sum.add(y)
      this.center = sum.value / n
      this.centered = sorted.map((y) => y - this.center)
    }
    this.counts = new Int32Array(n)
    this.blockTotals = new Int32Array(Math.ceil(n / BLOCK))
  }

  /** Rows as (gold, predicted) pairs; the absolute error is computed as `RegressionAccumulator.add` does. */
  static fromPairs(gold: ArrayLike<number>, predicted: ArrayLike<number>): RegressionResampler {
    if (predicted.length !== gold.length)
      throw new RangeError(`${gold.length} gold values but ${predicted.length} predictions`)
    const errors = Float64Array.from({ length: gold.length }, (_, i) => Math.abs(predicted[i]! - gold[i]!))
    return new RegressionResampler(errors, gold)
  }

  /** The rows of an accumulator made with `{ keepRows: true }` (before or after its `result()`): every metric. */
  static fromAccumulator(accumulator: RegressionAccumulator): RegressionResampler {
    const { gold, absoluteErrors } = accumulator.rowValues()
    return new RegressionResampler(absoluteErrors, gold)
  }

  /** The absolute errors of a (merged) state: `ERROR_METRICS` only, as gold and errors are stored unpaired. */
  static fromState(state: RegressionState): RegressionResampler {
    return new RegressionResampler(state.absoluteErrors)
  }

  metrics(
    multiplicities: ArrayLike<number>,
    wanted: readonly string[] = this.metricNames,
  ): Record<string, number> {
    if (multiplicities.length !== this.rows)
      throw new RangeError(`${multiplicities.length} multiplicities for ${this.rows} rows`)
    const { counts, rowAt } = this
    for (let at = 0; at < this.rows; at++) counts[at] = multiplicities[rowAt[at]!]!
    return this.fromCounts(wanted)
  }

  resample(random: Random, wanted: readonly string[] = this.metricNames): Record<string, number> {
    drawMultiplicities(random, this.counts)
    return this.fromCounts(wanted)
  }

  /**
   * The metrics of the current counts in one pass without branches on them: plain sums within each block of
   * `BLOCK` positions (at most 255 additions: relative error < 6e-14, in practice ~1e-16), blocks added with
   * compensation. The spread of the gold values comes from the same pass, as Σ w·d² − (Σ w·d)² / N about the mean
   * of all rows (the correction is ~1/N of the first term on a bootstrap sample); where it cancels (the sample's
   * mean far from all rows' relative to its own spread, or the gold values all equal) a second pass takes it about
   * the sample's mean. The largest and the middle errors are found from the block totals, scanning two blocks.
   */
  private fromCounts(wanted: readonly string[]): Record<string, number> {
    checkWanted(wanted, this.metricNames)
    const { counts, errors, centered, percentages, blockTotals } = this
    const n = this.rows
    const absolute = new CompensatedSum()
    const squared = new CompensatedSum()
    const percentage = new CompensatedSum()
    const shifted = new CompensatedSum()
    const shiftedSquares = new CompensatedSum()
    let total = 0
    for (let block = 0, start = 0; start < n; block++, start += BLOCK) {
      const end = Math.min(start + BLOCK, n)
      let a = 0
      let q = 0
      let p = 0
      let s = 0
      let ss = 0
      let weight = 0
      for (let at = start; at < end; at++) {
        const w = counts[at]!
        const error = errors[at]!
        const d = centered[at]!
        const wd = w * d
        a += w * error
        q += w * (error * error)
        p += w * percentages[at]!
        s += wd
        ss += wd * d
        weight += w
      }
      blockTotals[block] = weight
      total += weight
      absolute.add(a)
      squared.add(q)
      percentage.add(p)
      shifted.add(s)
      shiftedSquares.add(ss)
    }
    if (total === 0) return Object.fromEntries(wanted.map((name) => [name, NaN]))
    const mse = squared.value / total
    const all: Record<string, number> = {
      mae: absolute.value / total,
      mse,
      rmse: Math.sqrt(mse),
      max_error: errors[this.lastDrawn()]!,
      median_absolute_error:
        total % 2 === 1
          ? errors[this.positionOf((total - 1) / 2)]!
          : (errors[this.positionOf(total / 2 - 1)]! + errors[this.positionOf(total / 2)]!) / 2,
    }
    if (this.gold !== undefined) {
      all.mape = percentage.value / total
      if (wanted.includes('r2')) {
        const sum = shifted.value
        const squares = shiftedSquares.value
        let spread = squares - (sum * sum) / total
        if (!(spread > squares / 64)) spread = this.spread(this.center + sum / total)
        // A sample whose gold values are all equal: r2 is undefined.
        all.r2 = spread > 0 ? 1 - squared.value / spread : NaN
      }
    }
    const values: Record<string, number> = {}
    for (const name of wanted) values[name] = all[name]!
    return values
  }

  /** The sorted position of the sample's `k`-th smallest error (0-based), from the block totals. */
  private positionOf(k: number): number {
    const { counts, blockTotals } = this
    let seen = 0
    let block = 0
    while (seen + blockTotals[block]! <= k) seen += blockTotals[block++]!
    let at = block * BLOCK
    while (seen + counts[at]! <= k) seen += counts[at++]!
    return at
  }

  /** The sorted position of the sample's largest error. */
  private lastDrawn(): number {
    const { counts, blockTotals } = this
    let block = blockTotals.length - 1
    while (blockTotals[block] === 0) block--
    let at = Math.min((block + 1) * BLOCK, this.rows) - 1
    while (counts[at] === 0) at--
    return at
  }

  /**
   * Σ w·(y − mean)² over the current sample, about its mean as the accumulator takes it; exactly 0 when the drawn
   * gold values are all equal.
   */
  private spread(mean: number): number {
    const { counts } = this
    const gold = this.gold!
    const sum = new CompensatedSum()
    let first = NaN
    let varied = false
    for (let at = 0; at < this.rows; at++) {
      const w = counts[at]!
      if (w === 0) continue
      const y = gold[at]!
      if (first !== first) first = y
      else if (y !== first) varied = true
      const d = y - mean
      sum.add(w * (d * d))
    }
    return varied ? sum.value : 0
  }
}

/**
 * Text rows for a row bootstrap: per row its exact match (0/1), token F1 (in [0, 1]) and contains (0/1). The
 * metrics are their means over the sample; exact_match and contains are counted in integers (bit for bit those of
 * `TextAccumulator`). Rows with the same three values are interchangeable, so they are grouped once: when there are
 * few groups (short answers give few distinct F1 values), a resample draws the group counts directly from
 * Multinomial(n, group sizes / n) — what drawing n rows does to them — at a cost that does not grow with rows.
 */
export class TextResampler implements ScoreResampler {
  readonly rows: number
  readonly metricNames = TEXT_METRICS
  /** Row → its group; per group: flags (1: exact match, + 2: contains), token F1 and rows. */
  private readonly groupOf: Int32Array
  private readonly groupFlags: Uint8Array
  private readonly groupF1: Float64Array
  private readonly groupSizes: Float64Array
  /** The current sample's rows per group, and (when drawing rows) its row multiplicities. */
  private readonly groupCounts: Float64Array
  private readonly counts: Int32Array | undefined

  constructor(exactMatch: ArrayLike<number>, tokenF1: ArrayLike<number>, contains: ArrayLike<number>) {
    const n = exactMatch.length
    if (n === 0) throw new RangeError('a row bootstrap needs at least one row')
    if (tokenF1.length !== n || contains.length !== n)
      throw new RangeError(
        `${n} exact matches, ${tokenF1.length} token F1s and ${contains.length} contains flags`,
      )
    this.rows = n
    this.groupOf = new Int32Array(n)
    const groups = new Map<string, number>()
    const flags: number[] = []
    const f1s: number[] = []
    const sizes: number[] = []
    for (let i = 0; i < n; i++) {
      const flag = (exactMatch[i] ? 1 : 0) | (contains[i] ? 2 : 0)
      const f1 = tokenF1[i]!
      const key = `${flag} ${f1}`
      let group = groups.get(key)
      if (group === undefined) {
        group = flags.length
        groups.set(key, group)
        flags.push(flag)
        f1s.push(f1)
        sizes.push(0)
      }
      sizes[group]!++
      this.groupOf[i] = group
    }
    this.groupFlags = Uint8Array.from(flags)
    this.groupF1 = Float64Array.from(f1s)
    this.groupSizes = Float64Array.from(sizes)
    this.groupCounts = new Float64Array(flags.length)
    // A binomial draw per group costs a few row draws: beyond n / 16 groups, draw rows.
    if (flags.length > n / 16) this.counts = new Int32Array(n)
  }

  /** The rows of an accumulator made with `{ keepRows: true }`. */
  static fromAccumulator(accumulator: TextAccumulator): TextResampler {
    const { exactMatch, tokenF1, contains } = accumulator.rowValues()
    return new TextResampler(exactMatch, tokenF1, contains)
  }

  metrics(
    multiplicities: ArrayLike<number>,
    wanted: readonly string[] = this.metricNames,
  ): Record<string, number> {
    if (multiplicities.length !== this.rows)
      throw new RangeError(`${multiplicities.length} multiplicities for ${this.rows} rows`)
    this.groupCounts.fill(0)
    for (let i = 0; i < this.rows; i++) this.groupCounts[this.groupOf[i]!]! += multiplicities[i]!
    return this.fromGroups(wanted)
  }

  resample(random: Random, wanted: readonly string[] = this.metricNames): Record<string, number> {
    const { counts, groupCounts, groupOf } = this
    if (counts === undefined) {
      multinomial(random, this.rows, this.groupSizes, groupCounts)
    } else {
      drawMultiplicities(random, counts)
      groupCounts.fill(0)
      for (let i = 0; i < this.rows; i++) groupCounts[groupOf[i]!]! += counts[i]!
    }
    return this.fromGroups(wanted)
  }

  private fromGroups(wanted: readonly string[]): Record<string, number> {
    checkWanted(wanted, this.metricNames)
    const { groupCounts, groupFlags, groupF1 } = this
    let total = 0
    let exact = 0
    let contained = 0
    let f1 = 0
    let f1C = 0
    for (let g = 0; g < groupCounts.length; g++) {
      const w = groupCounts[g]!
      if (w === 0) continue
      total += w
      const flag = groupFlags[g]!
      exact += w * (flag & 1)
      contained += w * (flag >> 1)
      const x = w * groupF1[g]!
      const t = f1 + x
      f1C += f1 >= x ? f1 - t + x : x - t + f1
      f1 = t
    }
    const all: Record<string, number> = {
      exact_match: exact / total,
      token_f1: (f1 + f1C) / total,
      contains: contained / total,
    }
    const values: Record<string, number> = {}
    for (const name of wanted) values[name] = all[name]!
    return values
  }
}

/**
 * Percentile intervals at `confidence` and bootstrap standard errors (ddof 1) of row-resampled metrics (those of
 * the resampler, or `metrics`), around the estimates of the full data: `scoreBootstrapIntervals` on a
 * `RegressionResampler` or `TextResampler`. Resamples where a metric is undefined (NaN) are left out and counted in
 * `undefinedResamples`. Same options, defaults and validation as `bootstrapIntervals`.
 */
export function rowBootstrapIntervals(
  resampler: RegressionResampler | TextResampler,
  options: Omit<BootstrapOptions, 'positiveLabel'> & { metrics?: readonly string[] } = {},
): Record<string, ScoreInterval> {
  return scoreBootstrapIntervals(resampler, options)
}

/** Rows per block of `drawMultiplicities`: a row within a block takes 8 random bits. */
const BLOCK = 256

/**
 * Sets `counts` to the multiplicities of one bootstrap resample: counts.length rows drawn uniformly with
 * replacement. Exact and fast: the rows are cut into blocks of 256, the number of draws falling in each block is
 * drawn from Multinomial(n, block sizes / n) (conditional binomials), and each draw in a full block then picks its
 * row with 8 random bits (four draws per 32-bit number); a last, shorter block picks by Lemire's unbiased
 * multiply-and-reject. Together: every draw is uniform over the rows and independent, as n uniform indices would be,
 * for about a quarter of the random numbers.
 */
export function drawMultiplicities(random: Random, counts: Int32Array): Int32Array {
  const n = counts.length
  counts.fill(0)
  const blocks = Math.ceil(n / BLOCK)
  const sizes = new Float64Array(blocks).fill(BLOCK)
  sizes[blocks - 1] = n - (blocks - 1) * BLOCK
  const drawn = multinomial(random, n, sizes, new Float64Array(blocks))
  let bits = 0
  let left = 0
  for (let b = 0; b < blocks; b++) {
    const draws = drawn[b]!
    const base = b * BLOCK
    const size = sizes[b]!
    if (size === BLOCK) {
      for (let d = 0; d < draws; d++) {
        if (left === 0) {
          bits = random.nextUint32()
          left = 4
        }
        counts[base + (bits & 255)]!++
        bits >>>= 8
        left--
      }
    } else {
      const reject = TWO_32 % size
      for (let d = 0; d < draws; d++) {
        let product: number
        let high: number
        do {
          product = random.nextUint32() * size
          high = Math.floor(product / TWO_32)
        } while (product - high * TWO_32 < reject)
        counts[base + high]!++
      }
    }
  }
  return counts
}

function checkWanted(wanted: readonly string[], known: readonly string[]): void {
  for (const name of wanted)
    if (!known.includes(name))
      throw new RangeError(
        `cannot resample ${name}: this data gives ${known.join(', ')}` +
          (name === 'r2' || name === 'mape' ? ' (r2 and mape need the rows paired: keepRows)' : ''),
      )
}

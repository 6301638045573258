import { median, NumberColumn, Sum } from './columns.js'

/** numpy's `finfo(float64).eps`: scikit-learn's floor for |y_true| in the MAPE denominator. */
const EPSILON = 2 ** -52

/** The regression metrics of scikit-learn 1.2 and what they were computed from. */
export interface RegressionResult {
  /** Metric name → value: mae, mse, rmse, r2, mape, max_error, median_absolute_error. */
  values: Record<string, number>
  rows: number
  /** Mean of the gold values, for the report. */
  goldMean: number
}

/**
 * Everything a `RegressionAccumulator` holds, as plain data: the gold values and the absolute errors (each sorted
 * ascending, as the metrics depend only on these multisets), the exact sums (`Sum.state()`) and the largest error.
 * Two states merge by concatenating the lists and merging the sums, and give the metrics of a single run.
 */
export interface RegressionState {
  gold: number[]
  absoluteErrors: number[]
  absoluteSum: number[]
  squaredSum: number[]
  percentageSum: number[]
  goldSum: number[]
  maxError: number
}

/** Options of a `RegressionAccumulator`. */
export interface RegressionOptions {
  /**
   * Keep the rows, paired, for a row bootstrap (`RegressionResampler.fromAccumulator`): `result()` then leaves the
   * gold values and absolute errors it would free readable by `rowValues()`. Nothing else changes.
   */
  keepRows?: boolean
}

/** One row's MAPE term: |error| / max(|gold|, eps), as scikit-learn's `mean_absolute_percentage_error`. */
export function percentageError(absoluteError: number, gold: number): number {
  return absoluteError / Math.max(Math.abs(gold), EPSILON)
}

/** The rows of a `RegressionAccumulator` kept with `keepRows`, in the order they were added. */
export interface RegressionRows {
  gold: Float64Array
  absoluteErrors: Float64Array
}

/**
 * Accumulates (gold, predicted) pairs and computes scikit-learn's regression metrics from them:
 * `mean_absolute_error`, `mean_squared_error` (and its square root), `r2_score`,
 * `mean_absolute_percentage_error`, `max_error` and `median_absolute_error`. The median and R² need the values
 * again, so the gold values and the absolute errors are kept: 16 bytes per row in typed arrays. Every sum is exact
 * (see `Sum`), so the metrics depend only on the multiset of rows, not on their order.
 */
export class RegressionAccumulator {
  private readonly gold = new NumberColumn()
  private readonly errors = new NumberColumn()
  private readonly absolute = new Sum()
  private readonly squared = new Sum()
  private readonly percentage = new Sum()
  private readonly goldSum = new Sum()
  private maxError = 0
  private readonly keepRows: boolean
  /** With `keepRows`, the rows `result()` drained. */
  private kept: RegressionRows | undefined

  constructor(options: RegressionOptions = {}) {
    this.keepRows = options.keepRows === true
  }

  add(gold: number, predicted: number): void {
    const error = Math.abs(predicted - gold)
    this.gold.push(gold)
    this.errors.push(error)
    this.absolute.add(error)
    this.squared.add(error * error)
    this.percentage.add(percentageError(error, gold))
    this.goldSum.add(gold)
    if (error > this.maxError) this.maxError = error
  }

  get rows(): number {
    return this.gold.length
  }

  /** What the accumulator holds, for a shard's statistics file; the accumulator is left as it was. */
  state(): RegressionState {
    return {
      gold: sortedCopy(this.gold),
      absoluteErrors: sortedCopy(this.errors),
      absoluteSum: this.absolute.state(),
      squaredSum: this.squared.state(),
      percentageSum: this.percentage.state(),
      goldSum: this.goldSum.state(),
      maxError: this.maxError,
    }
  }

  /** An accumulator holding a `state()`: its `result()` is that of the accumulator the state came from. */
  static fromState(state: RegressionState): RegressionAccumulator {
    const accumulator = new RegressionAccumulator()
    for (const value of state.gold) accumulator.gold.push(value)
    for (const value of state.absoluteErrors) accumulator.errors.push(value)
    accumulator.absolute.merge(Sum.fromState(state.absoluteSum))
    accumulator.squared.merge(Sum.fromState(state.squaredSum))
    accumulator.percentage.merge(Sum.fromState(state.percentageSum))
    accumulator.goldSum.merge(Sum.fromState(state.goldSum))
    accumulator.maxError = state.maxError
    return accumulator
  }

  /**
   * The rows as added (gold value and absolute error of each, same order), before or after `result()`. Only for an
   * accumulator made with `keepRows` (one from `fromState` holds the columns sorted apart, unpaired).
   */
  rowValues(): RegressionRows {
    if (!this.keepRows)
      throw new Error('the rows were not kept: make the accumulator with { keepRows: true }')
    if (this.kept !== undefined) return this.kept
    return { gold: copyOf(this.gold), absoluteErrors: copyOf(this.errors) }
  }

  /**
   * The metrics; the accumulator is emptied (its stored errors are sorted in place; with `keepRows`, a copy is,
   * and the rows stay readable by `rowValues()`). Needs at least one row.
   */
  result(): RegressionResult {
    const n = this.gold.length
    const goldMean = this.goldSum.value / n
    const spread = new Sum()
    this.gold.forEach((value) => {
      const d = value - goldMean
      spread.add(d * d)
    })
    const numerator = this.squared.value
    const denominator = spread.value
    // scikit-learn's force_finite: a constant gold column scores 1 when predicted exactly, else 0.
    const r2 = denominator !== 0 ? 1 - numerator / denominator : numerator === 0 ? 1 : 0
    const mse = numerator / n
    const values: Record<string, number> = {
      mae: this.absolute.value / n,
      mse,
      rmse: Math.sqrt(mse),
      r2,
      mape: this.percentage.value / n,
      max_error: this.maxError,
      median_absolute_error: median(this.drainErrors()),
    }
    const gold = this.gold.drain()
    if (this.kept !== undefined && gold.length > 0) this.kept.gold = gold
    return { values, rows: n, goldMean }
  }

  /** The errors, for the median to sort: with `keepRows`, a copy, and the errors in row order are kept. */
  private drainErrors(): Float64Array {
    const errors = this.errors.drain()
    if (!this.keepRows || errors.length === 0) return errors
    this.kept = { gold: new Float64Array(0), absoluteErrors: errors }
    return errors.slice()
  }
}

function copyOf(column: NumberColumn): Float64Array {
  const values = new Float64Array(column.length)
  let at = 0
  column.forEach((value) => (values[at++] = value))
  return values
}

function sortedCopy(column: NumberColumn): number[] {
  const values = new Float64Array(column.length)
  let at = 0
  column.forEach((value) => (values[at++] = value))
  return Array.from(values.sort())
}

/** A number as written in a prediction file: decimal or exponent notation, nothing else (no hex, no "NaN"). */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

/** Parses one numeric cell; undefined when it is not a finite number. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim()
  if (!NUMBER.test(trimmed)) return undefined
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : undefined
}

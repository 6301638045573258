import { CompensatedSum } from '../metrics/columns.js'

/**
 * Standard errors from formulas, for metrics that are means of per-row quantities (log_loss, brier_score, mae, mse,
 * mape, exact_match, token_f1, contains): the standard error of a mean is the sample standard deviation (ddof 1)
 * over √n, accumulated in one streaming pass (weighted Welford, so equal rows can be added as one group). rmse and
 * r2 by the delta method. No resampling: exact at any size, in one pass. Checked against numpy
 * (`scripts/make-delong-vectors.py`).
 */

/** Weighted Welford (West 1979): the mean and the sum of squared deviations, updated row by row (or group). */
export class MeanVariance {
  private count = 0
  private mean = 0
  private squares = 0

  /** `weight` rows of value `value`. */
  add(value: number, weight = 1): void {
    if (weight === 0) return
    this.count += weight
    const delta = value - this.mean
    this.mean += (delta * weight) / this.count
    this.squares += weight * delta * (value - this.mean)
  }

  get rows(): number {
    return this.count
  }

  /** The standard error of the mean, sd(ddof 1) / √n; NaN below two rows. */
  get standardError(): number {
    const n = this.count
    return n < 2 ? NaN : Math.sqrt(Math.max(this.squares, 0) / (n - 1) / n)
  }
}

/** The standard error of the mean of `values`. */
export function meanStandardError(values: ArrayLike<number>): number {
  const moments = new MeanVariance()
  for (let i = 0; i < values.length; i++) moments.add(values[i]!)
  return moments.standardError
}

/** rmse = √mse, so by the delta method se(rmse) = se(mse) / (2 rmse); 0 when every error is 0 (no spread). */
export function rmseStandardError(mse: number, mseStandardError: number): number {
  return mse > 0 ? mseStandardError / (2 * Math.sqrt(mse)) : 0
}

/**
 * The standard error of r2 = 1 − A / B, with A the mean squared error and B the mean of (y − ȳ)², by the delta
 * method on the ratio of two means: Var = (S_aa / B² − 2 A S_ab / B³ + A² S_bb / B⁴) / n, S the sample
 * covariances (ddof 1) of the per-row a = e² and b = (y − ȳ)². Estimating ȳ adds only a second-order term. Two
 * passes over the kept rows (ȳ first); NaN when every gold value is equal (r2 has no spread to divide by).
 */
export function r2StandardError(gold: ArrayLike<number>, absoluteErrors: ArrayLike<number>): number {
  const n = gold.length
  const center = new CompensatedSum()
  for (let i = 0; i < n; i++) center.add(gold[i]!)
  const mean = center.value / n
  // Co-moments by Welford's update, pair by pair.
  let meanA = 0
  let meanB = 0
  let saa = 0
  let sbb = 0
  let sab = 0
  for (let i = 0; i < n; i++) {
    const a = absoluteErrors[i]! * absoluteErrors[i]!
    const b = (gold[i]! - mean) * (gold[i]! - mean)
    const da = a - meanA
    const db = b - meanB
    meanA += da / (i + 1)
    meanB += db / (i + 1)
    saa += da * (a - meanA)
    sbb += db * (b - meanB)
    sab += da * (b - meanB)
  }
  if (n < 2 || meanB === 0) return NaN
  const [A, B] = [meanA, meanB]
  const variance = (saa / B ** 2 - (2 * A * sab) / B ** 3 + (A ** 2 * sbb) / B ** 4) / (n - 1) / n
  return Math.sqrt(Math.max(variance, 0))
}

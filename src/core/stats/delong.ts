import type { ScoreRuns } from '../metrics/scores.js'
import { MeanVariance } from './analytic.js'

/**
 * ROC AUC's variance by DeLong's method (DeLong, DeLong & Clarke-Pearson 1988), without resampling. A positive's
 * structural component (placement value) V10 is the share of negatives it outranks, ties counting one half; a
 * negative's V01 the share of positives that outrank it. AUC is the mean of either, and
 * Var(AUC) = s²(V10) / m + s²(V01) / n (sample variances, ddof 1; m positives, n negatives). Rows of equal score
 * share their component, so everything is computed per distinct score from the sorted runs: O(n log n) for the
 * sort, O(distinct scores) after. Ties are midranks, as scikit-learn's `roc_auc_score` and pROC count them.
 */

/** Per distinct score (ascending, as in the runs): the component of a positive and of a negative with that score. */
export interface Placements {
  auc: number
  positive: Float64Array
  negative: Float64Array
}

/** The structural components of each distinct score of `runs`. */
export function placements(runs: ScoreRuns): Placements {
  const groups = runs.scores.length
  const m = runs.positives.reduce((total, k) => total + k, 0)
  const n = runs.negatives.reduce((total, k) => total + k, 0)
  const positive = new Float64Array(groups)
  const negative = new Float64Array(groups)
  let below = 0 // negatives with a smaller score
  let above = m // positives with a score at least this one's
  let pairs = 0 // 2 × (pairs ranked right) + (tied pairs): an integer, exact until the division
  for (let g = 0; g < groups; g++) {
    const p = runs.positives[g]!
    const q = runs.negatives[g]!
    above -= p
    positive[g] = (2 * below + q) / (2 * n)
    negative[g] = (2 * above + p) / (2 * m)
    pairs += p * (2 * below + q)
    below += q
  }
  return { auc: pairs / (2 * m * n), positive, negative }
}

/** ROC AUC and its DeLong standard error; NaN standard error without two rows of each class. */
export function delong(runs: ScoreRuns): { auc: number; standardError: number } {
  const { auc, positive, negative } = placements(runs)
  const v10 = new MeanVariance()
  const v01 = new MeanVariance()
  runs.scores.forEach((_, g) => {
    v10.add(positive[g]!, runs.positives[g]!)
    v01.add(negative[g]!, runs.negatives[g]!)
  })
  // The standard error of a mean is s / √count: its square is exactly the term DeLong adds per class.
  return { auc, standardError: Math.hypot(v10.standardError, v01.standardError) }
}

/**
 * DeLong's paired test of two models' AUCs on the same rows (pROC's `roc.test(method = "delong")`): Δ = AUC_a −
 * AUC_b and its standard error from the covariance of the two models' components,
 * Var(Δ) = s²(V10_a − V10_b) / m + s²(V01_a − V01_b) / n — the variance of a difference is the two variances less
 * twice the covariance. `positive[i]`: whether row i is of the positive class; `a[i]`, `b[i]` its two scores.
 */
export function pairedDelong(
  positive: ArrayLike<boolean | number>,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
): { candidate: number; baseline: number; delta: number; standardError: number } {
  const first = rowComponents(positive, a)
  const second = rowComponents(positive, b)
  const v10 = new MeanVariance()
  const v01 = new MeanVariance()
  for (let i = 0; i < positive.length; i++)
    (positive[i] ? v10 : v01).add(first.components[i]! - second.components[i]!)
  return {
    candidate: first.auc,
    baseline: second.auc,
    delta: first.auc - second.auc,
    standardError: Math.hypot(v10.standardError, v01.standardError),
  }
}

/** Each row's component (V10 for a positive, V01 for a negative) under one model's scores, and the model's AUC. */
function rowComponents(
  positive: ArrayLike<boolean | number>,
  scores: ArrayLike<number>,
): { auc: number; components: Float64Array } {
  const n = scores.length
  if (positive.length !== n) throw new RangeError(`${n} scores but ${positive.length} gold flags`)
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((i, j) => scores[i]! - scores[j]!)
  const runs: ScoreRuns = { scores: [], positives: [], negatives: [] }
  const groupOf = new Int32Array(n)
  for (const i of order) {
    const last = runs.scores.length - 1
    if (last < 0 || runs.scores[last] !== scores[i]) {
      runs.scores.push(scores[i]!)
      runs.positives.push(0)
      runs.negatives.push(0)
    }
    const g = runs.scores.length - 1
    groupOf[i] = g
    if (positive[i]) runs.positives[g]!++
    else runs.negatives[g]!++
  }
  const { auc, positive: v10, negative: v01 } = placements(runs)
  const components = new Float64Array(n)
  for (let i = 0; i < n; i++) components[i] = positive[i] ? v10[groupOf[i]!]! : v01[groupOf[i]!]!
  return { auc, components }
}

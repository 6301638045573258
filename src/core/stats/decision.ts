import type { ConfusionMatrix } from '../confusion.js'
import type { DropTest } from './tests.js'
import { holm } from './tests.js'

/**
 * Which drops are significant at family-wise level `alpha`: Holm–Bonferroni over the p-values of `tests` (the gated
 * metrics). Returns metric → { adjustedP, significant }.
 */
export function significantDrops(
  tests: readonly Pick<DropTest, 'metric' | 'pValue'>[],
  alpha: number,
): Record<string, { adjustedP: number; significant: boolean }> {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`significance must be in (0, 1), got ${alpha}`)
  const { adjusted, reject } = holm(
    tests.map((test) => test.pValue),
    alpha,
  )
  const result: Record<string, { adjustedP: number; significant: boolean }> = {}
  tests.forEach((test, i) => {
    result[test.metric] = { adjustedP: adjusted[i]!, significant: reject[i]! }
  })
  return result
}

/** The standard normal quantile (Acklam's algorithm with one Halley step; relative error < 1e-15). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN
  const a = [
    -39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ]
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572]
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ]
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416]
  const low = 0.02425
  let x: number
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p))
    x =
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
  } else if (p <= 1 - low) {
    const q = p - 0.5
    const r = q * q
    x =
      ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
      (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p))
    x =
      -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
  }
  // One Halley refinement step with erfc.
  const e = 0.5 * erfc(-x / Math.SQRT2) - p
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2)
  return x - u / (1 + (x * u) / 2)
}

/** The standard normal distribution function Φ(x). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2)
}

/** The complementary error function: its series below 2, Lentz's continued fraction above (relative error ~1e-15). */
function erfc(x: number): number {
  const z = Math.abs(x)
  let result: number
  if (z < 2) {
    // erf series: erf(z) = 2/√π Σ (-1)^n z^(2n+1) / (n! (2n+1))
    let sum = z
    let term = z
    for (let n = 1; n < 60; n++) {
      term *= (-z * z) / n
      const add = term / (2 * n + 1)
      sum += add
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break
    }
    result = 1 - (2 / Math.sqrt(Math.PI)) * sum
  } else {
    // Continued fraction (Lentz) for erfc(z) = exp(-z²)/√π · 1/(z + 1/2/(z + 1/(z + 3/2/(z + ...)))).
    let f = z
    let C = z
    let D = 0
    for (let n = 1; n < 200; n++) {
      const an = n / 2
      D = z + an * D
      D = D === 0 ? 1e-300 : 1 / D
      C = z + an / C
      if (C === 0) C = 1e-300
      const delta = C * D
      f *= delta
      if (Math.abs(delta - 1) < 1e-16) break
    }
    result = Math.exp(-z * z) / (Math.sqrt(Math.PI) * f)
  }
  return x < 0 ? 2 - result : result
}

/** The Wilson score interval of a binomial proportion `successes / n` at a two-sided `confidence`. */
export function wilsonInterval(
  successes: number,
  n: number,
  confidence: number,
): { lower: number; upper: number } {
  const z = normalQuantile(0.5 + confidence / 2)
  const phat = successes / n
  const z2 = z * z
  const centre = (phat + z2 / (2 * n)) / (1 + z2 / n)
  const half = (z * Math.sqrt((phat * (1 - phat)) / n + z2 / (4 * n * n))) / (1 + z2 / n)
  return { lower: centre - half, upper: centre + half }
}

/**
 * The confusion matrix stored in a baseline entry, or `undefined` when the entry cannot support a test (a flat
 * hand-written baseline, no labels or matrix, a matrix of the wrong shape or with non-integer/negative counts, or a
 * row count that disagrees with the cells): the gate then falls back to the rule alone and says so.
 */
export function baselineMatrix(entry: {
  labels?: string[]
  confusionMatrix?: number[][]
  rows?: number
}): ConfusionMatrix | undefined {
  const { labels, confusionMatrix: counts } = entry
  if (!labels || !counts || labels.length === 0 || counts.length !== labels.length) return undefined
  let total = 0
  for (const row of counts) {
    if (row.length !== labels.length) return undefined
    for (const count of row) {
      if (!Number.isInteger(count) || count < 0) return undefined
      total += count
    }
  }
  if (total === 0 || (entry.rows !== undefined && entry.rows !== total)) return undefined
  return { labels: [...labels], counts: counts.map((row) => [...row]), total }
}

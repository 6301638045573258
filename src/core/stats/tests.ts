import { directionOf, type Direction } from '../catalogue.js'
import type { ConfusionMatrix } from '../confusion.js'
import { sortLabels } from '../labels.js'
import { classificationMetrics } from '../metrics/classification.js'
import {
  addMatrices,
  bootstrapReplicates,
  cellsToMatrix,
  percentileInterval,
  resolveOptions,
  type BootstrapOptions,
} from './bootstrap.js'
import { NOISE } from '../compare.js'
import { logFactorial, multinomial } from './random.js'

/** The test of "the candidate is worse than the baseline" for one metric. */
export interface DropTest {
  metric: string
  direction: Direction
  baseline: number
  candidate: number
  /** `candidate − baseline`. */
  delta: number
  /** Percentile bootstrap interval of Δ at the `confidence` level. */
  lower: number
  upper: number
  /** One-sided p-value of "the candidate is worse" (small: the drop is real). */
  pValue: number
  /** Whether the data were paired (same examples scored by both models). */
  paired: boolean
  /** How `pValue` was computed: bootstrap of Δ, or the exact McNemar test (accuracy, paired). */
  method: 'bootstrap' | 'mcnemar'
  /**
   * Set when `baseline` is a stored value its stored matrix does not give (`storedValues`): what the matrix gives.
   * The test is then one-sample, the candidate's bootstrap against `baseline` held fixed.
   */
  fromMatrix?: number
}

/** Options of the drop tests. */
export interface DropTestOptions extends BootstrapOptions {
  /** The metrics to test; default every metric both sides produce. */
  metrics?: readonly string[]
  /** Direction per metric; default the catalogue's. */
  directionOf?: (metric: string) => Direction
  /** Paired only: use the exact McNemar test for accuracy's p-value (default true). */
  mcnemar?: boolean
  /**
   * Unpaired only: how the p-value is computed. `'percentile'` (default): from the bootstrap of both sides, the
   * share of Δ* on the not-worse side of 0. `'pooled'`: a bootstrap test under the null (Efron & Tibshirani §16.2):
   * both sides are resampled, at their own sizes, from the pooled matrix, and p = (1 + #{Δ0* at least as bad as the
   * observed Δ}) / (B + 1); it costs twice the resamples and holds α more tightly at small n.
   */
  unpairedPValue?: 'percentile' | 'pooled'
  /**
   * Unpaired only: the baseline's stored values. Where one differs from what the baseline's matrix gives (the file
   * was edited by hand), the stored value wins: the candidate is tested against it as a fixed value.
   */
  storedValues?: Readonly<Record<string, number>>
}

/**
 * The bootstrap p-value of "worse": the share of resampled differences on the "not worse" side of 0 (≥ 0 when
 * higher is better), with the +1 correction `(1 + #) / (B + 1)`, which never returns 0.
 */
export function bootstrapPValue(deltas: ArrayLike<number>, direction: Direction): number {
  let notWorse = 0
  for (let b = 0; b < deltas.length; b++) {
    const d = deltas[b]!
    if (direction === 'higher-is-better' ? d >= 0 : d <= 0) notWorse++
  }
  return (1 + notWorse) / (deltas.length + 1)
}

/** The p-value of a bootstrap test under the null: the share of Δ0* at least as bad as `observed`, +1 corrected. */
export function nullPValue(nullDeltas: ArrayLike<number>, observed: number, direction: Direction): number {
  let asBad = 0
  for (let b = 0; b < nullDeltas.length; b++) {
    const d = nullDeltas[b]!
    if (direction === 'higher-is-better' ? d <= observed + 1e-12 : d >= observed - 1e-12) asBad++
  }
  return (1 + asBad) / (nullDeltas.length + 1)
}

function commonMetrics(
  a: Record<string, number>,
  b: Record<string, number>,
  wanted?: readonly string[],
): string[] {
  const names = wanted ?? Object.keys(a)
  return names.filter((name) => Object.hasOwn(a, name) && Object.hasOwn(b, name))
}

/**
 * Unpaired test of a drop for every metric: both sides are bootstrapped independently (the candidate's confusion
 * matrix and the baseline's stored one), Δ* = m(candidate*) − m(baseline*), and the p-value of "worse" and the
 * interval of Δ come from the B differences.
 */
export function unpairedDropTests(
  candidate: ConfusionMatrix,
  baseline: ConfusionMatrix,
  options: DropTestOptions = {},
): Record<string, DropTest> {
  const { samples, confidence, random } = resolveOptions(options)
  const direction = options.directionOf ?? directionOf
  const current = classificationMetrics(candidate, options.positiveLabel).values
  const before = classificationMetrics(baseline, options.positiveLabel).values
  const names = commonMetrics(current, before, options.metrics)
  const candidateRandom = random.fork()
  const baselineRandom = random.fork()
  const a = bootstrapReplicates(candidate, samples, candidateRandom, options.positiveLabel, names)
  const b = bootstrapReplicates(baseline, samples, baselineRandom, options.positiveLabel, names)
  let nullDeltas: Record<string, Float64Array> | undefined
  if (options.unpairedPValue === 'pooled') {
    const pooled = addMatrices(candidate, baseline)
    const a0 = bootstrapReplicates(
      pooled,
      samples,
      random.fork(),
      options.positiveLabel,
      names,
      candidate.total,
    )
    const b0 = bootstrapReplicates(
      pooled,
      samples,
      random.fork(),
      options.positiveLabel,
      names,
      baseline.total,
    )
    nullDeltas = {}
    for (const metric of names) nullDeltas[metric] = a0[metric]!.map((value, i) => value - b0[metric]![i]!)
  }
  const result: Record<string, DropTest> = {}
  for (const metric of names) {
    const stored = options.storedValues?.[metric]
    if (stored !== undefined && Math.abs(stored - before[metric]!) > NOISE) {
      const test = fixedBaselineTest(
        metric,
        direction(metric),
        stored,
        current[metric]!,
        a[metric]!,
        confidence,
      )
      result[metric] = { ...test, fromMatrix: before[metric]! }
      continue
    }
    const deltas = new Float64Array(samples)
    for (let i = 0; i < samples; i++) deltas[i] = a[metric]![i]! - b[metric]![i]!
    const shift = measuredShift(
      metric,
      direction(metric),
      before[metric]!,
      current[metric]!,
      deltas,
      confidence,
    )
    result[metric] = {
      ...shift,
      pValue: nullDeltas
        ? nullPValue(nullDeltas[metric]!, shift.delta, shift.direction)
        : bootstrapPValue(deltas, shift.direction),
      paired: false,
      method: 'bootstrap',
    }
  }
  return result
}

/**
 * One-sample tests of "the candidate is worse than a fixed value" for each metric of `fixed` (stored baseline
 * values that the baseline's own data do not give): the candidate's matrix alone is bootstrapped.
 */
export function fixedValueTests(
  candidate: ConfusionMatrix,
  fixed: Readonly<Record<string, number>>,
  options: DropTestOptions = {},
): Record<string, DropTest> {
  const { samples, confidence, random } = resolveOptions(options)
  const direction = options.directionOf ?? directionOf
  const current = classificationMetrics(candidate, options.positiveLabel).values
  const names = commonMetrics(current, fixed, Object.keys(fixed))
  const replicates = bootstrapReplicates(candidate, samples, random, options.positiveLabel, names)
  const result: Record<string, DropTest> = {}
  for (const metric of names)
    result[metric] = fixedBaselineTest(
      metric,
      direction(metric),
      fixed[metric]!,
      current[metric]!,
      replicates[metric]!,
      confidence,
    )
  return result
}

/**
 * One-sample test of "the candidate is worse than `fixed`": Δ* = m(candidate*) − fixed over the candidate's
 * bootstrap `replicates`, so Δ, its interval and p all measure the distance to the same fixed value.
 */
function fixedBaselineTest(
  metric: string,
  direction: Direction,
  fixed: number,
  candidate: number,
  replicates: Float64Array,
  confidence: number,
): DropTest {
  const deltas = replicates.map((value) => value - fixed)
  return {
    ...measuredShift(metric, direction, fixed, candidate, deltas, confidence),
    pValue: bootstrapPValue(deltas, direction),
    paired: false,
    method: 'bootstrap',
  }
}

/**
 * The sufficient statistic of paired predictions: counts over (gold, candidate's prediction, baseline's
 * prediction). Label indices refer to `labels` (sorted as scikit-learn sorts them).
 */
export interface PairedTable {
  labels: string[]
  /** The non-empty cells. */
  cells: { gold: number; candidate: number; baseline: number; count: number }[]
  total: number
}

/** Counts (gold, candidate, baseline) triples as they stream by; memory grows with labels³, never with rows. */
export class PairedCounter {
  private readonly counts = new Map<string, number>()
  private rows = 0

  add(gold: string, candidate: string, baseline: string, count = 1): void {
    const key = JSON.stringify([gold, candidate, baseline])
    this.counts.set(key, (this.counts.get(key) ?? 0) + count)
    this.rows += count
  }

  get total(): number {
    return this.rows
  }

  toTable(): PairedTable {
    const triples = [...this.counts].map(
      ([key, count]) => [JSON.parse(key) as [string, string, string], count] as const,
    )
    const labels = sortLabels([...new Set(triples.flatMap(([triple]) => triple))])
    const index = new Map(labels.map((label, i) => [label, i]))
    const cells = triples
      .filter(([, count]) => count > 0)
      .map(([[gold, candidate, baseline], count]) => ({
        gold: index.get(gold)!,
        candidate: index.get(candidate)!,
        baseline: index.get(baseline)!,
        count,
      }))
    return { labels, cells, total: this.rows }
  }
}

/** The candidate's and the baseline's confusion matrices of a paired table (each over its own labels). */
export function pairedMatrices(table: PairedTable): {
  candidate: ConfusionMatrix
  baseline: ConfusionMatrix
} {
  return matricesOf(
    table,
    table.cells.map((cell) => cell.count),
  )
}

function matricesOf(
  table: PairedTable,
  counts: ArrayLike<number>,
): { candidate: ConfusionMatrix; baseline: ConfusionMatrix } {
  const size = table.labels.length
  const a = new Float64Array(size * size)
  const b = new Float64Array(size * size)
  let total = 0
  table.cells.forEach((cell, i) => {
    const count = counts[i]!
    a[cell.gold * size + cell.candidate]! += count
    b[cell.gold * size + cell.baseline]! += count
    total += count
  })
  return { candidate: cellsToMatrix(table.labels, a, total), baseline: cellsToMatrix(table.labels, b, total) }
}

/** Discordant pairs of a paired table: `candidateOnly` right only by the candidate, `baselineOnly` only by the baseline. */
export function discordantPairs(table: PairedTable): { candidateOnly: number; baselineOnly: number } {
  let candidateOnly = 0
  let baselineOnly = 0
  for (const cell of table.cells) {
    const a = cell.gold === cell.candidate
    const b = cell.gold === cell.baseline
    if (a && !b) candidateOnly += cell.count
    else if (b && !a) baselineOnly += cell.count
  }
  return { candidateOnly, baselineOnly }
}

/**
 * Paired test of a drop for every metric: the rows are resampled together (a multinomial over the joint
 * (gold, candidate, baseline) table), so Δ* = m(candidate*) − m(baseline*) on the same resampled rows. For accuracy
 * the p-value is the exact McNemar test (unless `mcnemar: false`); the interval of Δ is the bootstrap's.
 */
export function pairedDropTests(table: PairedTable, options: DropTestOptions = {}): Record<string, DropTest> {
  const { samples, confidence, random } = resolveOptions(options)
  const direction = options.directionOf ?? directionOf
  const { candidate, baseline } = pairedMatrices(table)
  const current = classificationMetrics(candidate, options.positiveLabel).values
  const before = classificationMetrics(baseline, options.positiveLabel).values
  const names = commonMetrics(current, before, options.metrics)
  const weights = table.cells.map((cell) => cell.count)
  const draw = new Float64Array(weights.length)
  const deltas: Record<string, Float64Array> = {}
  for (const name of names) deltas[name] = new Float64Array(samples)
  for (let s = 0; s < samples; s++) {
    multinomial(random, table.total, weights, draw)
    const matrices = matricesOf(table, draw)
    const a = classificationMetrics(matrices.candidate, options.positiveLabel).values
    const b = classificationMetrics(matrices.baseline, options.positiveLabel).values
    for (const name of names) deltas[name]![s] = (a[name] ?? 0) - (b[name] ?? 0)
  }
  const discordant = discordantPairs(table)
  const result: Record<string, DropTest> = {}
  for (const metric of names) {
    const shift = measuredShift(
      metric,
      direction(metric),
      before[metric]!,
      current[metric]!,
      deltas[metric]!,
      confidence,
    )
    const exact = metric === 'accuracy' && options.mcnemar !== false
    result[metric] = {
      ...shift,
      pValue: exact
        ? mcnemarExact(discordant.candidateOnly, discordant.baselineOnly).worse
        : bootstrapPValue(deltas[metric]!, shift.direction),
      paired: true,
      method: exact ? 'mcnemar' : 'bootstrap',
    }
  }
  return result
}

/** The part of a drop test both kinds share: the two values, their difference and its bootstrap interval. */
function measuredShift(
  metric: string,
  direction: Direction,
  baseline: number,
  candidate: number,
  deltas: Float64Array,
  confidence: number,
): Omit<DropTest, 'pValue' | 'paired' | 'method'> {
  const delta = candidate - baseline
  const { lower, upper } = percentileInterval(deltas, confidence, delta)
  return { metric, direction, baseline, candidate, delta, lower, upper }
}

/**
 * P(X ≤ k) for X ~ Binomial(n, 1/2), exactly up to rounding (relative error ~1e-13): the terms are summed from
 * k down, starting from the log of the binomial coefficient; the larger half comes from the symmetric complement.
 */
export function binomialHalfCdf(k: number, n: number): number {
  if (k < 0) return 0
  if (k >= n) return 1
  if (2 * k >= n) return 1 - binomialHalfCdf(n - k - 1, n)
  // Up to n = 1000 the binomial coefficients are summed as integers (exact while below 2^53) and scaled by 2^−n,
  // which is exact; above, the first term comes from ln Γ.
  let scale = 1
  let term: number
  if (n <= 1000) {
    term = 1
    for (let j = 1; j <= k; j++) term = (term * (n - k + j)) / j
    scale = Math.pow(2, -n)
  } else term = Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k) - n * Math.LN2)
  let sum = 0
  for (let i = k; i >= 0; i--) {
    sum += term
    if (term < sum * 1e-17) break
    term = (term * i) / (n - i + 1)
  }
  return Math.min(1, sum * scale)
}

/**
 * The exact McNemar test on discordant pairs: `candidateOnly` examples the candidate gets right and the baseline
 * wrong, `baselineOnly` the reverse. Under "same accuracy" candidateOnly ~ Binomial(candidateOnly + baselineOnly, ½).
 * `worse` is the one-sided p-value of "the candidate is less accurate", P(X ≤ candidateOnly); `twoSided` is
 * min(1, 2·min tail), the same as scipy's `binomtest(candidateOnly, n, 0.5).pvalue` and statsmodels'
 * `mcnemar(table, exact=True)`.
 */
export function mcnemarExact(
  candidateOnly: number,
  baselineOnly: number,
): { worse: number; twoSided: number } {
  const n = candidateOnly + baselineOnly
  if (n === 0) return { worse: 1, twoSided: 1 }
  const lower = binomialHalfCdf(candidateOnly, n)
  const upper = binomialHalfCdf(baselineOnly, n) // P(X ≥ candidateOnly) by symmetry
  return { worse: lower, twoSided: Math.min(1, 2 * Math.min(lower, upper)) }
}

/**
 * Holm–Bonferroni step-down over a family of p-values: adjusted p-values (monotone, capped at 1) in the input
 * order, and which hypotheses are rejected at family-wise level `alpha` (adjusted ≤ alpha).
 */
export function holm(pValues: readonly number[], alpha: number): { adjusted: number[]; reject: boolean[] } {
  const m = pValues.length
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[i]! - pValues[j]! || i - j)
  const adjusted = new Array<number>(m).fill(1)
  let running = 0
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[index]!))
    adjusted[index] = running
  })
  return { adjusted, reject: adjusted.map((p) => p <= alpha) }
}

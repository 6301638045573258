import { CompensatedSum, Sum } from '../metrics/columns.js'
import { averageAuc } from '../metrics/scores.js'
import { percentileInterval, resolveOptions, type BootstrapOptions, type Interval } from './bootstrap.js'
import type { Random } from './random.js'

/**
 * Bootstrap intervals for the score metrics (ROC AUC, average precision, one-vs-rest AUC, log loss, Brier score).
 * Unlike the count metrics, these depend on the order of the scores, so rows are resampled: a resample is a vector
 * of per-row multiplicities (n indices drawn with replacement, counted), and the metrics of that weighted sample
 * are computed in one pass over rows sorted once, grouped by distinct score — no resample is ever sorted. With
 * every multiplicity 1, ROC AUC, average precision and one-vs-rest AUC are bit for bit those of `rocAuc`,
 * `averagePrecision` and `averageAuc`; with any multiplicities, those of the explicitly resampled rows.
 */

/** numpy's `finfo(float64).eps`: the clipping of probabilities in scikit-learn 1.2's `log_loss`. */
const EPSILON = 2 ** -52
const TWO_32 = 4294967296
/** Up to this many rows, 32 random bits times the row count is exact in a double (Lemire's method below). */
const EXACT_ROWS = 2 ** 21

export const BINARY_SCORE_METRICS = ['roc_auc', 'average_precision', 'log_loss', 'brier_score'] as const
export const MULTICLASS_SCORE_METRICS = ['roc_auc_ovr_macro', 'roc_auc_ovr_weighted', 'log_loss'] as const

/** A score data set that can give its metrics for any row multiplicities. */
export interface ScoreResampler {
  readonly rows: number
  /** The metrics it computes. */
  readonly metricNames: readonly string[]
  /**
   * The metrics of the sample in which row `i` (in the order the rows were given) appears `multiplicities[i]`
   * times. A metric undefined for that sample (no positive, or a class absent) is NaN.
   */
  metrics(multiplicities: ArrayLike<number>, wanted?: readonly string[]): Record<string, number>
  /** The metrics of one bootstrap resample: `rows` rows drawn uniformly with replacement. */
  resample(random: Random, wanted?: readonly string[]): Record<string, number>
}

/** A bootstrap interval with the bootstrap standard error (the standard deviation of the replicates, ddof 1). */
export interface ScoreInterval extends Interval {
  standardError: number
  /** Resamples in which the metric was undefined (a class drawn no row): left out of the interval. */
  undefinedResamples: number
}

/**
 * The rows of a binary task, sorted once by score and grouped by distinct score. `positive[i]`: whether row `i`'s
 * gold label is the positive class.
 */
export class BinaryScoreResampler implements ScoreResampler {
  readonly rows: number
  readonly metricNames = BINARY_SCORE_METRICS
  /** Row → its cell: 2 × (its group, by distinct score ascending) + (0 if positive, 1 if negative). */
  private readonly cellOf: Int32Array
  /** Per group: the log loss and Brier term of a positive and of a negative row with that score. */
  private readonly lossPositive: Float64Array
  private readonly lossNegative: Float64Array
  private readonly brierPositive: Float64Array
  private readonly brierNegative: Float64Array
  /** The current sample: the weighted rows of each cell, and the rows drawn. */
  private readonly cells: Int32Array
  private readonly drawn: Int32Array

  constructor(scores: ArrayLike<number>, positive: ArrayLike<boolean | number>) {
    const n = scores.length
    if (positive.length !== n) throw new RangeError(`${n} scores but ${positive.length} gold flags`)
    this.rows = n
    const { groupOf, groupScores } = groupByScore(scores)
    this.cellOf = new Int32Array(n)
    for (let i = 0; i < n; i++) this.cellOf[i] = 2 * groupOf[i]! + (positive[i] ? 0 : 1)
    const groups = groupScores.length
    this.lossPositive = new Float64Array(groups)
    this.lossNegative = new Float64Array(groups)
    this.brierPositive = new Float64Array(groups)
    this.brierNegative = new Float64Array(groups)
    groupScores.forEach((score, g) => {
      // As BinaryScoreAccumulator.add: the columns [1 − p, p] clipped, each divided by their sum.
      const p = Math.min(Math.max(score, EPSILON), 1 - EPSILON)
      const q = 1 - p
      const total = q + p
      this.lossPositive[g] = -Math.log(p / total)
      this.lossNegative[g] = -Math.log(q / total)
      this.brierPositive[g] = (1 - score) * (1 - score)
      this.brierNegative[g] = (0 - score) * (0 - score)
    })
    this.cells = new Int32Array(2 * groups)
    this.drawn = new Int32Array(n)
  }

  /** The data the binary score path holds: its positive and negative scores (rows: positives, then negatives). */
  static fromScores(positives: ArrayLike<number>, negatives: ArrayLike<number>): BinaryScoreResampler {
    const scores = new Float64Array(positives.length + negatives.length)
    scores.set(Array.from(positives))
    scores.set(Array.from(negatives), positives.length)
    const flags = new Uint8Array(scores.length).fill(1, 0, positives.length)
    return new BinaryScoreResampler(scores, flags)
  }

  metrics(
    multiplicities: ArrayLike<number>,
    wanted: readonly string[] = this.metricNames,
  ): Record<string, number> {
    const { cells, cellOf } = this
    cells.fill(0)
    for (let i = 0; i < this.rows; i++) cells[cellOf[i]!]! += multiplicities[i]!
    return this.fromCells(wanted)
  }

  resample(random: Random, wanted: readonly string[] = this.metricNames): Record<string, number> {
    const { cells, cellOf } = this
    cells.fill(0)
    const drawn = drawRows(random, this.rows, this.drawn)
    for (let d = 0; d < drawn.length; d++) cells[cellOf[drawn[d]!]!]!++
    return this.fromCells(wanted)
  }

  private fromCells(wanted: readonly string[]): Record<string, number> {
    const { cells } = this
    const { auc, positives, negatives } = cellsAuc(cells)
    const both = positives > 0 && negatives > 0
    const rows = positives + negatives
    const values: Record<string, number> = {}
    if (wanted.includes('roc_auc')) values.roc_auc = auc
    if (wanted.includes('average_precision'))
      values.average_precision = positives > 0 ? this.averagePrecision(positives) : NaN
    if (wanted.includes('log_loss'))
      values.log_loss = both ? weightedSum(cells, this.lossPositive, this.lossNegative) / rows : NaN
    if (wanted.includes('brier_score'))
      values.brier_score = weightedSum(cells, this.brierPositive, this.brierNegative) / rows
    return values
  }

  /** As averagePrecision: from the highest score down, (recall gained) × (precision there), summed exactly. */
  private averagePrecision(total: number): number {
    const { cells } = this
    const sum = new Sum()
    let tps = 0
    let fps = 0
    let previousRecall = 0
    for (let cell = cells.length - 2; cell >= 0 && tps < total; cell -= 2) {
      fps += cells[cell + 1]!
      // Without positives here the recall is unchanged and nothing is added.
      if (cells[cell] === 0) continue
      tps += cells[cell]!
      const recall = tps / total
      if (recall !== previousRecall) {
        sum.add((recall - previousRecall) * (tps / (tps + fps)))
        previousRecall = recall
      }
    }
    return sum.value
  }
}

/**
 * The rows of a multiclass task: `gold[i]` is row `i`'s class (an index into `scores`), `scores[k][i]` its
 * probability of class `k`. Each class's scores are sorted once; one-vs-rest AUC is averaged by `averageAuc`.
 */
export class MulticlassScoreResampler implements ScoreResampler {
  readonly rows: number
  readonly metricNames = MULTICLASS_SCORE_METRICS
  /**
   * Per class, its rows in the order of its scores (`rowAt`) with the cell of each (`cellAt`, as in
   * BinaryScoreResampler), so a sample's cells fill in one pass that reads the row counts and writes in order.
   */
  private readonly classes: { rowAt: Int32Array; cellAt: Int32Array; cells: Int32Array }[]
  /** Each row's log loss, as MulticlassLogLoss.add computes it. */
  private readonly rowLoss: Float64Array
  /** The current sample: each row's multiplicity, and the rows drawn. */
  private readonly counts: Int32Array
  private readonly drawn: Int32Array

  constructor(gold: ArrayLike<number>, scores: readonly ArrayLike<number>[]) {
    const n = gold.length
    this.rows = n
    this.classes = scores.map((column, k) => {
      if (column.length !== n) throw new RangeError(`class ${k} has ${column.length} scores for ${n} rows`)
      const { groupOf, groupScores } = groupByScore(column)
      const rowAt = Int32Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => groupOf[a]! - groupOf[b]! || a - b,
      )
      const cellAt = rowAt.map((row) => 2 * groupOf[row]! + (gold[row] === k ? 0 : 1))
      return { rowAt, cellAt, cells: new Int32Array(2 * groupScores.length) }
    })
    this.rowLoss = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      let total = 0
      const clipped = scores.map((column) => Math.min(Math.max(column[i]!, EPSILON), 1 - EPSILON))
      for (const p of clipped) total += p
      this.rowLoss[i] = -Math.log(clipped[gold[i]!]! / total)
    }
    this.counts = new Int32Array(n)
    this.drawn = new Int32Array(n)
  }

  metrics(
    multiplicities: ArrayLike<number>,
    wanted: readonly string[] = this.metricNames,
  ): Record<string, number> {
    for (let i = 0; i < this.rows; i++) this.counts[i] = multiplicities[i]!
    return this.fromCounts(wanted)
  }

  resample(random: Random, wanted: readonly string[] = this.metricNames): Record<string, number> {
    const { counts } = this
    counts.fill(0)
    const drawn = drawRows(random, this.rows, this.drawn)
    for (let d = 0; d < drawn.length; d++) counts[drawn[d]!]!++
    return this.fromCounts(wanted)
  }

  private fromCounts(wanted: readonly string[]): Record<string, number> {
    const { counts } = this
    const values: Record<string, number> = {}
    if (wanted.some((name) => name.startsWith('roc_auc_ovr'))) {
      const perClass = this.classes.map(({ rowAt, cellAt, cells }) => {
        cells.fill(0)
        for (let at = 0; at < rowAt.length; at++) cells[cellAt[at]!]! += counts[rowAt[at]!]!
        const { auc, positives } = cellsAuc(cells)
        return { auc, support: positives }
      })
      const { macro, weighted } = averageAuc(perClass)
      if (wanted.includes('roc_auc_ovr_macro')) values.roc_auc_ovr_macro = macro
      if (wanted.includes('roc_auc_ovr_weighted')) values.roc_auc_ovr_weighted = weighted
    }
    if (wanted.includes('log_loss')) {
      const loss = new CompensatedSum()
      let rows = 0
      for (let i = 0; i < counts.length; i++) {
        const w = counts[i]!
        if (w === 0) continue
        loss.add(w * this.rowLoss[i]!)
        rows += w
      }
      values.log_loss = loss.value / rows
    }
    return values
  }
}

/**
 * Bootstrap replicates of score metrics: `samples` resamples of the rows, metric name → one value per resample
 * (NaN where the resample left the metric undefined).
 */
export function scoreBootstrapReplicates(
  resampler: ScoreResampler,
  samples: number,
  random: Random,
  metrics: readonly string[] = resampler.metricNames,
): Record<string, Float64Array> {
  const replicates: Record<string, Float64Array> = {}
  for (const name of metrics) replicates[name] = new Float64Array(samples)
  for (let b = 0; b < samples; b++) {
    const values = resampler.resample(random, metrics)
    for (const name of metrics) replicates[name]![b] = values[name]!
  }
  return replicates
}

/**
 * Percentile intervals and bootstrap standard errors of score metrics (those of the resampler, or `metrics`),
 * around the estimates of the full data. Same options and defaults as `bootstrapIntervals`.
 */
export function scoreBootstrapIntervals(
  resampler: ScoreResampler,
  options: BootstrapOptions & { metrics?: readonly string[] } = {},
): Record<string, ScoreInterval> {
  const { samples, confidence, random } = resolveOptions(options)
  const metrics = options.metrics ?? resampler.metricNames
  const estimates = resampler.metrics(new Int32Array(resampler.rows).fill(1), metrics)
  const replicates = scoreBootstrapReplicates(resampler, samples, random, metrics)
  const result: Record<string, ScoreInterval> = {}
  for (const name of metrics) {
    const defined = replicates[name]!.filter((value) => !Number.isNaN(value))
    result[name] = {
      ...percentileInterval(defined, confidence, estimates[name]!),
      standardError: standardDeviation(defined),
      undefinedResamples: samples - defined.length,
    }
  }
  return result
}

/** The sample standard deviation (ddof 1, numpy's `std(ddof=1)`); NaN for fewer than two values. */
export function standardDeviation(values: ArrayLike<number>): number {
  const n = values.length
  if (n < 2) return NaN
  let mean = 0
  for (let i = 0; i < n; i++) mean += values[i]!
  mean /= n
  let squares = 0
  for (let i = 0; i < n; i++) squares += (values[i]! - mean) ** 2
  return Math.sqrt(squares / (n - 1))
}

/** Rows grouped by distinct score: each row's group, and the groups' scores ascending. */
function groupByScore(scores: ArrayLike<number>): { groupOf: Int32Array; groupScores: number[] } {
  const n = scores.length
  const values = Float64Array.from(scores)
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!)
  const groupOf = new Int32Array(n)
  const groupScores: number[] = []
  for (const i of order) {
    const score = values[i]!
    if (groupScores.length === 0 || groupScores[groupScores.length - 1] !== score) groupScores.push(score)
    groupOf[i] = groupScores.length - 1
  }
  return { groupOf, groupScores }
}

/**
 * ROC AUC of weighted cells (per distinct score ascending: positives, negatives), as rocAuc computes it: 2 ×
 * (pairs ranked right) + (tied pairs), exact in integers until the division. NaN without both classes.
 */
function cellsAuc(cells: Int32Array): { auc: number; positives: number; negatives: number } {
  let below = 0
  let pairs = 0
  let positives = 0
  for (let cell = 0; cell < cells.length; cell += 2) {
    const p = cells[cell]!
    const n = cells[cell + 1]!
    if (p > 0) pairs += p * (2 * below + n)
    below += n
    positives += p
  }
  const auc = positives > 0 && below > 0 ? pairs / (2 * positives * below) : NaN
  return { auc, positives, negatives: below }
}

/** Σ over the groups of (positives × positive term + negatives × negative term), compensated. */
function weightedSum(cells: Int32Array, positiveTerm: Float64Array, negativeTerm: Float64Array): number {
  const sum = new CompensatedSum()
  for (let g = 0; g < positiveTerm.length; g++) {
    const p = cells[2 * g]!
    const n = cells[2 * g + 1]!
    if (p > 0) sum.add(p * positiveTerm[g]!)
    if (n > 0) sum.add(n * negativeTerm[g]!)
  }
  return sum.value
}

/**
 * Fills `rows` with indices drawn uniformly from [0, n), with replacement. Unbiased: Lemire's multiply-and-reject
 * on 32 random bits while the product is exact in a double, 53-bit doubles beyond.
 */
function drawRows(random: Random, n: number, rows: Int32Array): Int32Array {
  if (n > EXACT_ROWS) {
    for (let d = 0; d < rows.length; d++) rows[d] = Math.floor(random.nextDouble() * n)
    return rows
  }
  const threshold = TWO_32 % n
  for (let d = 0; d < rows.length; d++) {
    let product = random.nextUint32() * n
    let row = Math.floor(product / TWO_32)
    // The low 32 bits of the product (not `%`: on doubles it is a slow library call).
    while (product - row * TWO_32 < threshold) {
      product = random.nextUint32() * n
      row = Math.floor(product / TWO_32)
    }
    rows[d] = row
  }
  return rows
}

import type { ConfusionMatrix } from '../confusion.js'
import { sortLabels } from '../labels.js'
import { classificationMetrics } from '../metrics/classification.js'
import { multinomial, Random } from './random.js'

/** A point estimate with a two-sided interval. */
export interface Interval {
  estimate: number
  lower: number
  upper: number
}

/** Options shared by the bootstrap functions. */
export interface BootstrapOptions {
  /** Resamples (B). Default 2000; at least 100. */
  samples?: number
  /** Two-sided level of the intervals, in (0, 1). Default 0.95. */
  confidence?: number
  /** Seed of the generator. Default 0. */
  seed?: number | string
  /** The positive class of a binary task (adds `precision`, `recall`, `f1`). */
  positiveLabel?: string
}

export const DEFAULT_SAMPLES = 2000
export const DEFAULT_CONFIDENCE = 0.95
export const DEFAULT_SEED = 0

/** Resolved options, validated. */
export function resolveOptions(options: BootstrapOptions): {
  samples: number
  confidence: number
  random: Random
} {
  const samples = options.samples ?? DEFAULT_SAMPLES
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE
  if (!Number.isInteger(samples) || samples < 100)
    throw new RangeError(`bootstrap samples must be an integer ≥ 100, got ${samples}`)
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`)
  return { samples, confidence, random: new Random(options.seed ?? DEFAULT_SEED) }
}

/**
 * The q-quantile of `values` with linear interpolation between order statistics: numpy's default
 * (`np.quantile(values, q)`, method "linear", R type 7). `sorted` says the values are already ascending.
 */
export function quantile(values: ArrayLike<number>, q: number, sorted = false): number {
  if (values.length === 0) return NaN
  const data = sorted ? values : Float64Array.from(values).sort()
  const position = q * (data.length - 1)
  const below = Math.floor(position)
  const above = Math.min(below + 1, data.length - 1)
  const fraction = position - below
  const low = data[below]!
  const high = data[above]!
  return fraction === 0 ? low : low + (high - low) * fraction
}

/** The percentile interval of bootstrap replicates at a two-sided `confidence`, around `estimate`. */
export function percentileInterval(
  replicates: ArrayLike<number>,
  confidence: number,
  estimate: number,
): Interval {
  const sorted = Float64Array.from(replicates).sort()
  const tail = (1 - confidence) / 2
  return { estimate, lower: quantile(sorted, tail, true), upper: quantile(sorted, 1 - tail, true) }
}

/**
 * Resamples the rows a confusion matrix was counted from: the cells are drawn from Multinomial(total, cell
 * frequencies), which is what drawing `total` rows with replacement does to the counts. As scikit-learn takes the
 * labels from the data, labels absent from a resample (zero row and zero column) are dropped from it.
 */
export class MatrixResampler {
  private readonly weights: Float64Array
  private readonly draw: Float64Array
  private readonly size: number

  /** `rows`: the size of each resample (default the matrix's total; the pooled null test draws other sizes). */
  constructor(
    readonly matrix: ConfusionMatrix,
    private readonly random: Random,
    private readonly rows = matrix.total,
  ) {
    this.size = matrix.labels.length
    this.weights = new Float64Array(this.size * this.size)
    this.draw = new Float64Array(this.size * this.size)
    let total = 0
    matrix.counts.forEach((row, g) =>
      row.forEach((count, p) => {
        this.weights[g * this.size + p] = count
        total += count
      }),
    )
    if (total !== matrix.total)
      throw new RangeError(`confusion matrix cells sum to ${total}, not to its total ${matrix.total}`)
  }

  /** One resampled matrix. */
  next(): ConfusionMatrix {
    multinomial(this.random, this.rows, this.weights, this.draw)
    return cellsToMatrix(this.matrix.labels, this.draw, this.rows)
  }
}

/** A matrix from row-major cells over `labels`, dropping labels with no gold and no predicted row. */
export function cellsToMatrix(labels: string[], cells: ArrayLike<number>, total: number): ConfusionMatrix {
  const size = labels.length
  const keep: number[] = []
  for (let i = 0; i < size; i++) {
    let present = false
    for (let j = 0; j < size && !present; j++) present = cells[i * size + j]! > 0 || cells[j * size + i]! > 0
    if (present) keep.push(i)
  }
  return {
    labels: keep.map((i) => labels[i]!),
    counts: keep.map((g) => keep.map((p) => cells[g * size + p]!)),
    total,
  }
}

/** Bootstrap replicates of every classification metric of a matrix (resamples of `rows` rows): name → B values. */
export function bootstrapReplicates(
  matrix: ConfusionMatrix,
  samples: number,
  random: Random,
  positiveLabel?: string,
  metrics?: readonly string[],
  rows = matrix.total,
): Record<string, Float64Array> {
  const resampler = new MatrixResampler(matrix, random, rows)
  const names = metrics ?? Object.keys(classificationMetrics(matrix, positiveLabel).values)
  const replicates: Record<string, Float64Array> = {}
  for (const name of names) replicates[name] = new Float64Array(samples)
  for (let b = 0; b < samples; b++) {
    const values = classificationMetrics(resampler.next(), positiveLabel).values
    for (const name of names) replicates[name]![b] = values[name] ?? 0
  }
  return replicates
}

/**
 * Percentile bootstrap intervals for every metric `classificationMetrics(matrix, positiveLabel)` produces (or the
 * `metrics` named), resampling rows through the multinomial on the matrix cells: the cost does not grow with rows.
 */
export function bootstrapIntervals(
  matrix: ConfusionMatrix,
  options: BootstrapOptions & { metrics?: readonly string[] } = {},
): Record<string, Interval> {
  const { samples, confidence, random } = resolveOptions(options)
  const estimates = classificationMetrics(matrix, options.positiveLabel).values
  const replicates = bootstrapReplicates(matrix, samples, random, options.positiveLabel, options.metrics)
  const result: Record<string, Interval> = {}
  for (const [name, values] of Object.entries(replicates))
    result[name] = percentileInterval(values, confidence, estimates[name] ?? 0)
  return result
}

/** The sum of two confusion matrices over the sorted union of their labels. */
export function addMatrices(a: ConfusionMatrix, b: ConfusionMatrix): ConfusionMatrix {
  const labels = sortLabels([...new Set([...a.labels, ...b.labels])])
  const index = new Map(labels.map((label, i) => [label, i]))
  const counts = labels.map(() => labels.map(() => 0))
  for (const m of [a, b])
    m.labels.forEach((gold, g) =>
      m.labels.forEach((predicted, p) => {
        counts[index.get(gold)!]![index.get(predicted)!]! += m.counts[g]![p]!
      }),
    )
  return { labels, counts, total: a.total + b.total }
}

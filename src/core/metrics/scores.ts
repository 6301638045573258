import { CATALOGUE, DEFAULT_METRICS } from '../catalogue.js'
import { InputError } from '../errors.js'
import type { TaskShape } from '../task.js'
import { MeanVariance } from '../stats/analytic.js'
import { NumberColumn, Sum } from './columns.js'

/** numpy's `finfo(float64).eps`: scikit-learn 1.2's `log_loss(eps="auto")` clips probabilities to [eps, 1 − eps]. */
const EPSILON = 2 ** -52

/**
 * The area under the ROC curve of scores whose positives and negatives are given apart, as scikit-learn's
 * `roc_auc_score`: ties between a positive and a negative count one half (the trapezoid of `roc_curve`). Computed
 * as the Mann–Whitney statistic over the two sorted lists, exactly in integers until the final division. Sorts both.
 */
export function rocAuc(positives: Float64Array, negatives: Float64Array): number {
  positives.sort()
  negatives.sort()
  let below = 0 // negatives with a smaller score than the current positive
  let pairs = 0 // 2 × (pairs ranked right) + (tied pairs), an integer
  let j = 0
  let i = 0
  while (i < positives.length) {
    const score = positives[i]!
    let same = 0
    while (i + same < positives.length && positives[i + same] === score) same++
    while (j < negatives.length && negatives[j]! < score) {
      below++
      j++
    }
    let tied = 0
    while (j + tied < negatives.length && negatives[j + tied] === score) tied++
    pairs += same * (2 * below + tied)
    i += same
  }
  return pairs / (2 * positives.length * negatives.length)
}

/**
 * scikit-learn's `average_precision_score`: over the distinct score thresholds from the highest down, the sum of
 * (recall gained) × (precision at that threshold). Expects both lists sorted ascending (as `rocAuc` leaves them).
 */
export function averagePrecision(positives: Float64Array, negatives: Float64Array): number {
  const total = positives.length
  let i = positives.length - 1
  let j = negatives.length - 1
  let tps = 0
  let fps = 0
  let previousRecall = 0
  const sum = new Sum()
  while (i >= 0 || j >= 0) {
    const score = Math.max(i >= 0 ? positives[i]! : -Infinity, j >= 0 ? negatives[j]! : -Infinity)
    while (i >= 0 && positives[i] === score) {
      tps++
      i--
    }
    while (j >= 0 && negatives[j] === score) {
      fps++
      j--
    }
    const recall = tps / total
    if (recall !== previousRecall) {
      sum.add((recall - previousRecall) * (tps / (tps + fps)))
      previousRecall = recall
    }
    if (tps === total) break
  }
  return sum.value
}

/**
 * Scores with their gold classes, grouped: `scores` strictly ascending, and for each the number of rows of the
 * class (`positives`) and of the rest (`negatives`) that have it. Everything ROC AUC and average precision need,
 * and what a shard writes out: two run lists merge by adding the counts of equal scores.
 */
export interface ScoreRuns {
  scores: number[]
  positives: number[]
  negatives: number[]
}

/** The runs of two lists sorted ascending (as `rocAuc` leaves them). */
export function runsOf(positives: Float64Array, negatives: Float64Array): ScoreRuns {
  const runs: ScoreRuns = { scores: [], positives: [], negatives: [] }
  let i = 0
  let j = 0
  while (i < positives.length || j < negatives.length) {
    const score = Math.min(
      i < positives.length ? positives[i]! : Infinity,
      j < negatives.length ? negatives[j]! : Infinity,
    )
    const firstPositive = i
    const firstNegative = j
    while (i < positives.length && positives[i] === score) i++
    while (j < negatives.length && negatives[j] === score) j++
    runs.scores.push(score)
    runs.positives.push(i - firstPositive)
    runs.negatives.push(j - firstNegative)
  }
  return runs
}

/** The two sorted lists that `runs` stand for. */
export function expandRuns(runs: ScoreRuns): { positives: Float64Array; negatives: Float64Array } {
  const count = (list: number[]) => list.reduce((total, k) => total + k, 0)
  const positives = new Float64Array(count(runs.positives))
  const negatives = new Float64Array(count(runs.negatives))
  let i = 0
  let j = 0
  runs.scores.forEach((score, k) => {
    positives.fill(score, i, (i += runs.positives[k]!))
    negatives.fill(score, j, (j += runs.negatives[k]!))
  })
  return { positives, negatives }
}

/** A column's values, sorted ascending, leaving the column as it was. */
function sortedValues(column: NumberColumn): Float64Array {
  const values = new Float64Array(column.length)
  let at = 0
  column.forEach((value) => (values[at++] = value))
  return values.sort()
}

/** One row's log loss and Brier terms (the means of these are `log_loss` and `brier_score`). */
export function binaryRowTerms(positive: boolean, score: number): { logLoss: number; brier: number } {
  // log_loss of the two columns [1 − p, p] after clipping, each divided by their sum, as scikit-learn does.
  const p = Math.min(Math.max(score, EPSILON), 1 - EPSILON)
  const q = 1 - p
  const d = (positive ? 1 : 0) - score
  return { logLoss: -Math.log((positive ? p : q) / (q + p)), brier: d * d }
}

/** Everything a `BinaryScoreAccumulator` holds, as plain data: the score runs and the exact sums. */
export interface BinaryScoreState {
  runs: ScoreRuns
  logLoss: number[]
  brier: number[]
}

/**
 * Collects the positive-class score of every row of a binary task (`score-column`) and computes scikit-learn's
 * `roc_auc_score`, `average_precision_score`, `log_loss` and `brier_score_loss` with `pos_label` the positive
 * class. Scores are kept apart by gold class (8 bytes per row); log loss and the Brier score are summed as rows
 * arrive.
 */
export class BinaryScoreAccumulator {
  private readonly positives: NumberColumn
  private readonly negatives: NumberColumn

  /** `expected`: the rows of each class, when known (the confusion matrix says): then exactly 8 bytes per row. */
  constructor(expected?: { positives: number; negatives: number }) {
    this.positives = new NumberColumn(expected?.positives)
    this.negatives = new NumberColumn(expected?.negatives)
  }
  private readonly logLoss = new Sum()
  private readonly brier = new Sum()

  /** One row: whether its gold label is the positive class, and its score (a probability for log loss and Brier). */
  add(positive: boolean, score: number): void {
    if (positive) this.positives.push(score)
    else this.negatives.push(score)
    const terms = binaryRowTerms(positive, score)
    this.logLoss.add(terms.logLoss)
    this.brier.add(terms.brier)
  }

  get rows(): number {
    return this.positives.length + this.negatives.length
  }

  /** What the accumulator holds, for a shard's statistics file; the accumulator is left as it was. */
  state(): BinaryScoreState {
    return {
      runs: runsOf(sortedValues(this.positives), sortedValues(this.negatives)),
      logLoss: this.logLoss.state(),
      brier: this.brier.state(),
    }
  }

  /** An accumulator holding a `state()`: its `result()` is that of the accumulator the state came from. */
  static fromState(state: BinaryScoreState): BinaryScoreAccumulator {
    const accumulator = new BinaryScoreAccumulator()
    const { positives, negatives } = expandRuns(state.runs)
    for (const score of positives) accumulator.positives.push(score)
    for (const score of negatives) accumulator.negatives.push(score)
    accumulator.logLoss.merge(Sum.fromState(state.logLoss))
    accumulator.brier.merge(Sum.fromState(state.brier))
    return accumulator
  }

  /**
   * The requested metrics. ROC AUC needs both classes among the gold labels and average precision a positive one:
   * otherwise they are undefined, and that is an error rather than an invented 0.5.
   */
  result(wanted: readonly string[], positiveLabel: string): Record<string, number> {
    const n = this.rows
    const values: Record<string, number> = {}
    const positives = this.positives.length
    const negatives = this.negatives.length
    if (wanted.includes('roc_auc') || wanted.includes('average_precision')) {
      if (wanted.includes('roc_auc') && (positives === 0 || negatives === 0)) {
        throw new InputError(
          `roc_auc is not defined: the gold labels hold only ${positives === 0 ? 'negatives' : `the positive class ${JSON.stringify(positiveLabel)}`}, and ROC AUC needs both classes`,
        )
      }
      if (wanted.includes('average_precision') && positives === 0) {
        throw new InputError(
          `average_precision is not defined: no gold label is the positive class ${JSON.stringify(positiveLabel)}`,
        )
      }
      const pos = this.positives.drain()
      const neg = this.negatives.drain()
      if (wanted.includes('roc_auc')) values.roc_auc = rocAuc(pos, neg)
      else {
        pos.sort()
        neg.sort()
      }
      if (wanted.includes('average_precision')) values.average_precision = averagePrecision(pos, neg)
    }
    if (wanted.includes('log_loss')) {
      if (positives === 0 || negatives === 0) {
        throw new InputError(
          'log_loss is not defined for gold labels of one class (scikit-learn refuses it: "y_true contains only one label")',
        )
      }
      values.log_loss = this.logLoss.value / n
    }
    if (wanted.includes('brier_score')) values.brier_score = this.brier.value / n
    return values
  }
}

/**
 * The multiclass score metrics of scikit-learn (`roc_auc_score(multi_class="ovr")` macro and weighted, and
 * `log_loss`) for rows that give one probability per class. Log loss is summed as rows arrive; the one-vs-rest
 * AUC of a class needs that class's scores sorted, so it is computed one class at a time from a fresh pass over
 * the files (see `OneVsRestPass`): memory stays at 8 bytes per row whatever the number of classes.
 */
export class MulticlassLogLoss {
  private readonly loss = new Sum()
  private count = 0
  /** The spread of the rows' losses, for the standard error of their mean (not kept in a shard's state). */
  private readonly spread = new MeanVariance()

  /** One row: the probabilities in class order and the index of its gold class. */
  add(probabilities: readonly number[], gold: number): void {
    let total = 0
    const clipped = probabilities.map((p) => Math.min(Math.max(p, EPSILON), 1 - EPSILON))
    for (const p of clipped) total += p
    const loss = -Math.log(clipped[gold]! / total)
    this.loss.add(loss)
    this.spread.add(loss)
    this.count++
  }

  get value(): number {
    return this.loss.value / this.count
  }

  /** The standard error of the mean loss, from the rows added (NaN for a log loss made from a shard's state). */
  get standardError(): number {
    return this.spread.rows === this.count ? this.spread.standardError : NaN
  }

  /** The exact sum of the rows' losses (`Sum.state()`), for a shard's statistics file. */
  state(): number[] {
    return this.loss.state()
  }

  /** A log loss holding a `state()` of `rows` rows. */
  static fromState(state: readonly number[], rows: number): MulticlassLogLoss {
    const loss = new MulticlassLogLoss()
    loss.loss.merge(Sum.fromState(state))
    loss.count = rows
    return loss
  }
}

/** scikit-learn's check that multiclass ROC AUC scores are probabilities: `np.allclose(1, row.sum())`. */
export function sumsToOne(probabilities: readonly number[]): boolean {
  let total = 0
  for (const p of probabilities) total += p
  return Math.abs(1 - total) <= 1e-8 + 1e-5 * Math.abs(total)
}

/** The scores of one class against the rest, collected in one pass over the rows. */
export class OneVsRestPass {
  private readonly positives = new NumberColumn()
  private readonly negatives = new NumberColumn()

  add(isClass: boolean, score: number): void {
    if (isClass) this.positives.push(score)
    else this.negatives.push(score)
  }

  /** The runs of the class's scores, for a shard's statistics file; the pass is left as it was. */
  state(): ScoreRuns {
    return runsOf(sortedValues(this.positives), sortedValues(this.negatives))
  }

  /** A pass holding a `state()`: its `result()` is that of the pass the state came from. */
  static fromState(runs: ScoreRuns): OneVsRestPass {
    const pass = new OneVsRestPass()
    const { positives, negatives } = expandRuns(runs)
    for (const score of positives) pass.positives.push(score)
    for (const score of negatives) pass.negatives.push(score)
    return pass
  }

  /** The class's AUC and support (rows of the class). */
  result(): { auc: number; support: number } {
    const support = this.positives.length
    return { auc: rocAuc(this.positives.drain(), this.negatives.drain()), support }
  }
}

/** Macro and weighted means of per-class AUCs, as `_average_binary_score` takes them. */
export function averageAuc(perClass: { auc: number; support: number }[]): {
  macro: number
  weighted: number
} {
  const macro = new Sum()
  const weighted = new Sum()
  let support = 0
  for (const c of perClass) {
    macro.add(c.auc)
    weighted.add(c.auc * c.support)
    support += c.support
  }
  return { macro: macro.value / perClass.length, weighted: weighted.value / support }
}

/**
 * What a score pass read, before any metric is computed from it (a shard writes it out as it is): the binary
 * accumulator, or the multiclass log loss with one summary per class of its one-vs-rest pass (`perClass`, in the
 * order of `classes`, only when a one-vs-rest AUC is wanted).
 */
export type ScoreData<PerClass> =
  | { kind: 'binary'; positiveLabel: string; accumulator: BinaryScoreAccumulator }
  | { kind: 'multiclass'; classes: string[]; logLoss: MulticlassLogLoss; perClass?: PerClass[] }

/**
 * The multiclass score metrics wanted, from the per-class AUCs (when one-vs-rest AUC is wanted) and the log loss.
 */
export function multiclassScoreValues(
  wanted: readonly string[],
  perClass: { auc: number; support: number }[] | undefined,
  loss: MulticlassLogLoss,
): Record<string, number> {
  const values: Record<string, number> = {}
  if (perClass !== undefined) {
    const { macro, weighted } = averageAuc(perClass)
    if (wanted.includes('roc_auc_ovr_macro')) values.roc_auc_ovr_macro = macro
    if (wanted.includes('roc_auc_ovr_weighted')) values.roc_auc_ovr_weighted = weighted
  }
  if (wanted.includes('log_loss')) values.log_loss = loss.value
  return values
}

/** Whether the wanted multiclass metrics include a one-vs-rest AUC (which needs the per-class passes). */
export function needsOneVsRest(wanted: readonly string[]): boolean {
  return wanted.some((name) => name.startsWith('roc_auc_ovr'))
}

/**
 * The score metrics of a classification run (`score-column` or `score-columns`): the requested ones, or the
 * defaults (`roc_auc`, `average_precision` for a binary task; `roc_auc_ovr_macro` for a multiclass one).
 */
export function scoreMetricNames(requested: string[] | undefined, task: TaskShape): string[] {
  if (requested === undefined) {
    return [...(task.kind === 'binary' ? DEFAULT_METRICS.binaryScores : DEFAULT_METRICS.multiclassScores)]
  }
  const wanted = requested.filter((name) => CATALOGUE.get(name)?.family === 'scores')
  for (const name of wanted) {
    const info = CATALOGUE.get(name)!
    if (info.binaryOnly && task.kind !== 'binary')
      throw new InputError(`metric "${name}" needs a binary task; for a multiclass one use roc_auc_ovr_macro`)
    if (info.multiclassOnly && task.kind === 'binary')
      throw new InputError(`metric "${name}" is for multiclass tasks; a binary task has roc_auc`)
  }
  return wanted
}

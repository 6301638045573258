import type { ConfusionMatrix } from '../confusion.js'

/** Precision, recall, F1 and support of one class, one-vs-rest. */
export interface ClassScores {
  label: string
  precision: number
  recall: number
  f1: number
  /** Rows whose gold label is this class. */
  support: number
  /** Rows predicted as this class. */
  predicted: number
}

/** Everything the classification family reports for one confusion matrix. */
export interface ClassificationResult {
  /** Metric name → value, for every metric that applies to this task. */
  values: Record<string, number>
  perClass: ClassScores[]
  /** Classes whose precision or recall had a zero denominator and was set to 0 (`zero_division=0`). */
  zeroDivision: { label: string; precision: boolean; recall: boolean }[]
}

/** `num / den`, or 0 when `den` is 0: scikit-learn's `zero_division=0`. */
function divide(num: number, den: number): number {
  return den === 0 ? 0 : num / den
}

/** F-score exactly as scikit-learn 1.2 computes it: from the already-divided precision and recall. */
function fScore(precision: number, recall: number): number {
  const denominator = precision + recall
  return denominator === 0 ? 0 : (2 * precision * recall) / denominator
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : sum(values) / values.length
}

function sum(values: number[]): number {
  let total = 0
  for (const value of values) total += value
  return total
}

/**
 * Computes the classification metrics of scikit-learn (`accuracy_score`, `balanced_accuracy_score` and
 * `precision_recall_fscore_support` with `zero_division=0`) from a confusion matrix. The labels are those of the
 * matrix (the sorted union of gold and predicted labels). With a `positiveLabel` the binary metrics are added; the
 * caller has checked that the task has at most two labels.
 */
export function classificationMetrics(matrix: ConfusionMatrix, positiveLabel?: string): ClassificationResult {
  const { labels, counts, total } = matrix
  const tp = labels.map((_, i) => counts[i]![i]!)
  const trueSum = counts.map((row) => sum(row))
  const predSum = labels.map((_, j) => sum(counts.map((row) => row[j]!)))

  const perClass: ClassScores[] = labels.map((label, i) => {
    const precision = divide(tp[i]!, predSum[i]!)
    const recall = divide(tp[i]!, trueSum[i]!)
    return {
      label,
      precision,
      recall,
      f1: fScore(precision, recall),
      support: trueSum[i]!,
      predicted: predSum[i]!,
    }
  })

  const values: Record<string, number> = {}
  const correct = sum(tp)
  values.accuracy = divide(correct, total)
  // Classes never seen in the gold labels have no recall and are left out, as scikit-learn does.
  values.balanced_accuracy = mean(perClass.filter((c) => c.support > 0).map((c) => c.recall))

  const microPrecision = divide(correct, sum(predSum))
  const microRecall = divide(correct, sum(trueSum))
  values.precision_micro = microPrecision
  values.recall_micro = microRecall
  values.f1_micro = fScore(microPrecision, microRecall)

  const totalSupport = sum(trueSum)
  for (const key of ['precision', 'recall', 'f1'] as const) {
    const scores = perClass.map((c) => c[key])
    values[`${key}_macro`] = mean(scores)
    values[`${key}_weighted`] = divide(sum(perClass.map((c) => c[key] * c.support)), totalSupport)
  }

  if (positiveLabel !== undefined) {
    // A positive class that never occurs has all-zero counts, as in scikit-learn.
    const positive = perClass.find((c) => c.label === positiveLabel)
    values.precision = positive?.precision ?? 0
    values.recall = positive?.recall ?? 0
    values.f1 = positive?.f1 ?? 0
  }

  const zeroDivision = perClass
    .filter((c) => c.predicted === 0 || c.support === 0)
    .map((c) => ({ label: c.label, precision: c.predicted === 0, recall: c.support === 0 }))

  return { values, perClass, zeroDivision }
}

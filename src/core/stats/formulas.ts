import { CompensatedSum } from '../metrics/columns.js'
import { ownValue } from '../own.js'
import { percentageError, type RegressionRows } from '../metrics/regression.js'
import { binaryRowTerms, type ScoreRuns } from '../metrics/scores.js'
import type { TextRows } from '../metrics/text.js'
import { meanStandardError, MeanVariance, r2StandardError, rmseStandardError } from './analytic.js'
import { delong, pairedDelong } from './delong.js'

/**
 * Which metric's standard error comes from which formula, and the standard errors of each family from the data the
 * run holds. `delong`: ROC AUC (delong.ts); `analytic`: means of per-row values and the delta method (analytic.ts);
 * `bootstrap`: no formula (average_precision, max_error, median_absolute_error), rows are resampled.
 */
export type ErrorMethod = 'delong' | 'analytic' | 'bootstrap'

/** The metrics whose standard error has a formula, and which; every other row metric is bootstrapped. */
export const FORMULA_METHODS = {
  roc_auc: 'delong',
  log_loss: 'analytic',
  brier_score: 'analytic',
  mae: 'analytic',
  mse: 'analytic',
  rmse: 'analytic',
  r2: 'analytic',
  mape: 'analytic',
  exact_match: 'analytic',
  token_f1: 'analytic',
  contains: 'analytic',
} as const satisfies Record<string, ErrorMethod>

/** How `metric`'s standard error is computed, when a formula gives it. */
export function formulaMethod(metric: string): ErrorMethod | undefined {
  return ownValue<ErrorMethod>(FORMULA_METHODS, metric)
}

/**
 * Standard errors of the binary score metrics with a formula, from the score runs: ROC AUC by DeLong, log_loss and
 * brier_score as means of the per-row terms.
 */
export function binaryScoreStandardErrors(runs: ScoreRuns): {
  roc_auc: number
  log_loss: number
  brier_score: number
} {
  const loss = new MeanVariance()
  const brier = new MeanVariance()
  runs.scores.forEach((score, g) => {
    for (const positive of [true, false]) {
      const rows = positive ? runs.positives[g]! : runs.negatives[g]!
      const terms = binaryRowTerms(positive, score)
      loss.add(terms.logLoss, rows)
      brier.add(terms.brier, rows)
    }
  })
  return {
    roc_auc: delong(runs).standardError,
    log_loss: loss.standardError,
    brier_score: brier.standardError,
  }
}

/** Standard errors of mae, mse, mape (row means), rmse and r2 (delta method), from the kept rows. */
export function regressionStandardErrors({ gold, absoluteErrors }: RegressionRows): {
  mae: number
  mse: number
  rmse: number
  r2: number
  mape: number
} {
  const mae = new MeanVariance()
  const mse = new MeanVariance()
  const mape = new MeanVariance()
  const squared = new CompensatedSum()
  for (let i = 0; i < gold.length; i++) {
    const error = absoluteErrors[i]!
    mae.add(error)
    mse.add(error * error)
    squared.add(error * error)
    mape.add(percentageError(error, gold[i]!))
  }
  return {
    mae: mae.standardError,
    mse: mse.standardError,
    rmse: rmseStandardError(squared.value / gold.length, mse.standardError),
    r2: r2StandardError(gold, absoluteErrors),
    mape: mape.standardError,
  }
}

/** Standard errors of the text metrics, every one a mean of per-row scores. */
export function textStandardErrors(rows: TextRows): {
  exact_match: number
  token_f1: number
  contains: number
} {
  return {
    exact_match: meanStandardError(rows.exactMatch),
    token_f1: meanStandardError(rows.tokenF1),
    contains: meanStandardError(rows.contains),
  }
}

/** A paired difference of one metric between two models scored on the same rows. */
export interface PairedDifference {
  /** The metric of each model on the joined rows. */
  candidate: number
  baseline: number
  /** candidate − baseline, and its standard error. */
  delta: number
  standardError: number
  method: ErrorMethod
}

/**
 * Paired differences of the binary score metrics with a formula, for two models' scores of the same rows: ROC AUC
 * by DeLong's paired test, log_loss and brier_score from the per-row differences of their terms (their mean is
 * Δ, their standard error of the mean its standard error). `positive[i]`: whether row i is of the positive class.
 */
export function pairedScoreDifferences(
  positive: ArrayLike<boolean | number>,
  candidate: ArrayLike<number>,
  baseline: ArrayLike<number>,
  metrics: readonly string[],
): Record<string, PairedDifference> {
  const result: Record<string, PairedDifference> = {}
  if (metrics.includes('roc_auc'))
    result.roc_auc = { ...pairedDelong(positive, candidate, baseline), method: 'delong' }
  const means = (['log_loss', 'brier_score'] as const).filter((name) => metrics.includes(name))
  for (const name of means) {
    const differences = new MeanVariance()
    const [first, second] = [new CompensatedSum(), new CompensatedSum()]
    for (let i = 0; i < positive.length; i++) {
      const a = binaryRowTerms(Boolean(positive[i]), candidate[i]!)
      const b = binaryRowTerms(Boolean(positive[i]), baseline[i]!)
      const [x, y] = name === 'log_loss' ? [a.logLoss, b.logLoss] : [a.brier, b.brier]
      first.add(x)
      second.add(y)
      differences.add(x - y)
    }
    const n = positive.length
    result[name] = {
      candidate: first.value / n,
      baseline: second.value / n,
      delta: first.value / n - second.value / n,
      standardError: differences.standardError,
      method: 'analytic',
    }
  }
  return result
}

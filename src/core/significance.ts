import type { BaselineEntry } from './baseline.js'
import { CATALOGUE, type Direction } from './catalogue.js'
import type { ConfusionMatrix } from './confusion.js'
import { NOISE } from './compare.js'
import { ownValue } from './own.js'
import type { PairedScores } from './pairing.js'
import type { StatisticsSettings } from './settings.js'
import {
  baselineMatrix,
  bootstrapIntervals,
  fixedValueTests,
  formulaMethod,
  normalCdf,
  normalQuantile,
  pairedDropTests,
  pairedScoreDifferences,
  significantDrops,
  unpairedDropTests,
  type DropTest,
  type Interval,
  type ErrorMethod,
  type PairedTable,
} from './stats/index.js'

/**
 * Each resample recomputes every metric from a labels × labels matrix: beyond this many cells over all resamples
 * (≈ 1 s here), count metrics go without intervals and tests rather than stall the run.
 */
export const MAX_RESAMPLED_CELLS = 100_000_000

/** How one metric's drop was tested. */
export interface MetricTest {
  /** `current − baseline` as the test measured it. */
  delta: number
  /** Interval of `delta` at the confidence level. */
  lower: number
  upper: number
  /** One-sided p-value of "the candidate is worse", before any correction. */
  pValue: number
  /** Same examples scored by both models. */
  paired: boolean
  /**
   * bootstrap of Δ; exact McNemar (accuracy, paired); normal from the two standard errors (`delong`, `analytic`: the
   * same normal test, this run's standard error by DeLong's method or a formula); one-sample: this run's bootstrap
   * against the stored baseline value held fixed (the file was edited by hand).
   */
  method: 'bootstrap' | 'mcnemar' | 'normal' | 'one-sample' | 'delong' | 'analytic'
}

/** What the statistics say about one metric. */
export interface MetricEvidence {
  /** Interval of the current value at the confidence level. */
  interval?: Interval
  test?: MetricTest
  /** p after the family-wise correction; set when significance is on and the metric is in the family. */
  adjustedP?: number
  /** Whether the drop is significant at α after the correction; unset when significance is off or untested. */
  significant?: boolean
  /** Why a gated metric has no test, in words for the report ("the baseline is hand-written values"). */
  untested?: string
  /** How this run's standard error was computed, for metrics computed from rows (scores, regression, text). */
  errorMethod?: ErrorMethod
}

/** The statistics of a run, for the comparison (which drops are real) and the report (intervals, p, rule). */
export interface Evidence {
  metrics: Map<string, MetricEvidence>
  settings: Omit<StatisticsSettings, 'baselinePredictions'>
  /** Gated metrics that have a test: the family the correction runs over, in report order. */
  family: string[]
  /** Rows of the paired comparison, when the baseline model's predictions were given. */
  pairedRows?: number
  /**
   * Paired runs: metrics whose value from the baseline model's predictions differs from the stored baseline
   * value, so the test and the rule look at different baselines.
   */
  pairedMismatches: { metric: string; stored: number; fromPredictions: number }[]
  /**
   * Metrics whose stored value is not what the baseline's stored confusion matrix gives: the file was edited by
   * hand, so the stored value wins and the run is tested against it as a fixed value.
   */
  editedBaseline: { metric: string; stored: number; fromMatrix: number }[]
}

/** What the run knows that a test can use. */
export interface EvidenceInput {
  /** The run's metric values. */
  current: Record<string, number>
  directionOf: (metric: string) => Direction
  /** Metrics compared with the baseline by a rule (max-drop): the family of tests, fixed before any is run. */
  gated: readonly string[]
  baseline?: BaselineEntry
  /** Whether the baseline is a hand-written flat file, to say why nothing could be tested. */
  flatBaseline?: boolean
  /** Classification runs: the candidate's confusion matrix and the positive class. */
  matrix?: ConfusionMatrix
  positiveLabel?: string
  /** Candidate and baseline predictions joined by id (`baseline-predictions`). */
  paired?: PairedTable
  /** Binary runs with scores: both models' scores of the joined rows, for DeLong's paired test. */
  pairedScores?: PairedScores
  /** Standard errors of the current values that no confusion matrix gives (score metrics, file stderr). */
  standardErrors?: Record<string, number>
  /** Intervals of the current values computed elsewhere (score metrics resample rows). */
  intervals?: Record<string, Interval>
  /** Why the run has no standard error for a metric, when it knows. */
  untested?: Record<string, string>
  /** How the run's standard errors were computed: DeLong, a formula, a row bootstrap. */
  errorMethods?: Record<string, ErrorMethod>
}

/**
 * Intervals for every metric that has data for one, a drop test for every gated metric that has data for one,
 * and the family-wise decision (Holm–Bonferroni over the tested gated metrics) when significance is on.
 *
 * Count metrics resample the confusion matrix (multinomial: the cost does not grow with rows); with paired
 * predictions the joint table is resampled and accuracy uses the exact McNemar test. Metrics with a standard
 * error on both sides (scores, metrics files) use a normal test of Δ; binary score metrics with both models' scores
 * joined by id use DeLong's paired test (roc_auc) or the per-row differences (log_loss, brier_score). Anything else
 * is judged by its rule alone.
 */
export function gatherEvidence(
  input: EvidenceInput,
  settings: Omit<StatisticsSettings, 'baselinePredictions'>,
): Evidence {
  const { confidence, samples, seed } = settings
  const options = { confidence, samples, seed, positiveLabel: input.positiveLabel }
  const metrics = new Map<string, MetricEvidence>()
  const entry = (name: string) => {
    let found = metrics.get(name)
    if (!found) metrics.set(name, (found = {}))
    return found
  }
  const names = Object.keys(input.current)
  const counted = names.filter((name) => CATALOGUE.get(name)?.family === 'classification')
  const labels = input.matrix?.labels.length ?? 0
  const resamplable = labels * labels * samples <= MAX_RESAMPLED_CELLS

  if (input.matrix && counted.length > 0 && resamplable) {
    const intervals = bootstrapIntervals(input.matrix, { ...options, metrics: counted })
    for (const name of counted) entry(name).interval = { ...intervals[name]!, estimate: input.current[name]! }
  }
  const z = normalQuantile(0.5 + confidence / 2)
  for (const name of names) {
    const given = ownValue(input.intervals, name)
    const error = ownValue(input.standardErrors, name)
    const errorMethod = ownValue(input.errorMethods, name)
    if (errorMethod !== undefined) entry(name).errorMethod = errorMethod
    if (given) entry(name).interval = given
    else if (error !== undefined && !metrics.get(name)?.interval) {
      const value = input.current[name]!
      entry(name).interval = { estimate: value, lower: value - z * error, upper: value + z * error }
    }
  }

  const gated = input.gated.filter(
    (name) =>
      Object.hasOwn(input.current, name) && input.baseline && Object.hasOwn(input.baseline.metrics, name),
  )
  const countedGated = gated.filter((name) => counted.includes(name))
  // Too many labels: left untested below, with the reason.
  const { tests, pairedMismatches, editedBaseline } = resamplable
    ? countTests(input, countedGated, options)
    : { tests: new Map<string, GatedTest>(), pairedMismatches: [], editedBaseline: [] }
  for (const [name, test] of pairedScoreTests(input, gated, z, pairedMismatches)) tests.set(name, test)
  for (const name of gated) {
    const mine = ownValue(input.standardErrors, name)
    const theirs = ownValue(input.baseline?.standardErrors, name)
    if (tests.has(name) || mine === undefined || theirs === undefined) continue
    tests.set(name, {
      metric: name,
      ...normalTest(
        input.current[name]! - input.baseline!.metrics[name]!,
        Math.hypot(mine, theirs),
        input.directionOf(name),
        z,
        normalMethod(ownValue(input.errorMethods, name)),
      ),
    })
  }

  const family = gated.filter((name) => tests.has(name))
  const testedAgainstStoredValue = new Set(
    [...editedBaseline, ...pairedMismatches].map((edit) => edit.metric),
  )
  for (const name of family) {
    const { delta, lower, upper, pValue, paired, method } = tests.get(name)!
    const oneSample = testedAgainstStoredValue.has(name)
    entry(name).test = { delta, lower, upper, pValue, paired, method: oneSample ? 'one-sample' : method }
  }
  if (settings.significance !== undefined && family.length > 0) {
    const decided = significantDrops(
      family.map((name) => ({ metric: name, pValue: tests.get(name)!.pValue })),
      settings.significance,
    )
    for (const name of family) {
      entry(name).adjustedP = decided[name]!.adjustedP
      entry(name).significant = decided[name]!.significant
    }
  }
  for (const name of gated) {
    if (!tests.has(name))
      entry(name).untested =
        counted.includes(name) && !resamplable
          ? `${labels.toLocaleString('en-US')} labels are too many to resample`
          : whyUntested(name, input)
  }
  return {
    metrics,
    settings: { significance: settings.significance, confidence, samples, seed },
    family,
    ...(input.paired ? { pairedRows: input.paired.total } : {}),
    pairedMismatches,
    editedBaseline,
  }
}

/** A gated metric's test: a count metric's drop test, or a normal test from standard errors. */
type GatedTest = DropTest | (MetricTest & { metric: string })

/**
 * The drop tests of the gated count metrics: paired over the joint table when the baseline model's predictions
 * were given, else unpaired against the baseline's stored matrix. Unpaired, a stored value the stored matrix does
 * not give (the file was edited by hand) wins: that metric is tested one-sample against it.
 */
function countTests(
  input: EvidenceInput,
  metrics: string[],
  options: { confidence: number; samples: number; seed: string; positiveLabel?: string },
): Pick<Evidence, 'pairedMismatches' | 'editedBaseline'> & { tests: Map<string, GatedTest> } {
  const tests = new Map<string, GatedTest>()
  const pairedMismatches: Evidence['pairedMismatches'] = []
  const editedBaseline: Evidence['editedBaseline'] = []
  const stored = input.baseline?.metrics ?? {}
  const testOptions = { ...options, metrics, directionOf: input.directionOf }
  if (metrics.length > 0 && input.paired) {
    for (const [name, test] of Object.entries(pairedDropTests(input.paired, testOptions))) {
      tests.set(name, test)
      if (Math.abs(stored[name]! - test.baseline) > NOISE)
        pairedMismatches.push({ metric: name, stored: stored[name]!, fromPredictions: test.baseline })
    }
    // The baseline predictions do not give the stored value: the stored value wins, as over a stored matrix.
    const fixed = Object.fromEntries(pairedMismatches.map(({ metric }) => [metric, stored[metric]!]))
    if (input.matrix && pairedMismatches.length > 0)
      for (const [name, test] of Object.entries(fixedValueTests(input.matrix, fixed, testOptions)))
        tests.set(name, test)
  }
  const before = metrics.length > 0 && !input.paired && input.matrix && baselineMatrix(input.baseline!)
  if (before) {
    // A baseline recorded with another positive class has other binary metrics: not an edit.
    const samePositive = (input.baseline!.positiveLabel ?? input.positiveLabel) === input.positiveLabel
    const unpaired = unpairedDropTests(input.matrix!, before, {
      ...testOptions,
      ...(samePositive ? { storedValues: stored } : {}),
    })
    for (const [name, test] of Object.entries(unpaired)) {
      tests.set(name, test)
      if (test.fromMatrix !== undefined)
        editedBaseline.push({ metric: name, stored: test.baseline, fromMatrix: test.fromMatrix })
    }
  }
  return { tests, pairedMismatches, editedBaseline }
}

/**
 * Paired tests of the gated binary score metrics with a formula, when both models' scores were joined by id:
 * DeLong's paired test for ROC AUC, per-row differences for log_loss and brier_score. A stored value that the
 * baseline's scores do not give wins, as for count metrics: that metric is tested one-sample against it, from this
 * run's standard error, and listed in `mismatches`.
 */
function pairedScoreTests(
  input: EvidenceInput,
  gated: string[],
  z: number,
  mismatches: Evidence['pairedMismatches'],
): Map<string, GatedTest> {
  const tests = new Map<string, GatedTest>()
  const scores = input.pairedScores
  const wanted = gated.filter(
    (name) => formulaMethod(name) !== undefined && CATALOGUE.get(name)?.family === 'scores',
  )
  if (!scores || input.positiveLabel === undefined || wanted.length === 0) return tests
  const positive = scores.gold.map((gold) => gold === input.positiveLabel)
  const differences = pairedScoreDifferences(positive, scores.candidate, scores.baseline, wanted)
  for (const [name, difference] of Object.entries(differences)) {
    const stored = input.baseline!.metrics[name]!
    const direction = input.directionOf(name)
    if (Math.abs(stored - difference.baseline) <= NOISE) {
      const test = normalTest(difference.delta, difference.standardError, direction, z, difference.method)
      tests.set(name, { metric: name, ...test, paired: true })
      continue
    }
    mismatches.push({ metric: name, stored, fromPredictions: difference.baseline })
    const mine = ownValue(input.standardErrors, name)
    if (mine !== undefined)
      tests.set(name, { metric: name, ...normalTest(input.current[name]! - stored, mine, direction, z) })
  }
  return tests
}

/** A one-sided normal test of Δ with standard error `error`; small p means "worse". */
function normalTest(
  delta: number,
  error: number,
  direction: Direction,
  z: number,
  method: MetricTest['method'] = 'normal',
): MetricTest {
  const worse = direction === 'higher-is-better' ? delta : -delta
  // No spread at all: a drop is certain, no drop is certainly not one.
  const pValue = error > 0 ? normalCdf(worse / error) : worse < -NOISE ? 0 : 1
  return {
    delta,
    lower: delta - z * error,
    upper: delta + z * error,
    pValue,
    paired: false,
    method,
  }
}

/** The normal test says where this run's standard error came from when a formula gave it. */
function normalMethod(errorMethod: ErrorMethod | undefined): MetricTest['method'] {
  return errorMethod === 'delong' || errorMethod === 'analytic' ? errorMethod : 'normal'
}

function whyUntested(name: string, input: EvidenceInput): string {
  const family = CATALOGUE.get(name)?.family
  if (input.flatBaseline) return 'the baseline holds hand-written values only'
  if (family === 'classification')
    return input.matrix ? 'the baseline stores no confusion matrix' : 'no confusion matrix'
  if (ownValue(input.standardErrors, name) !== undefined) return 'the baseline stores no standard error'
  const reason = ownValue(input.untested, name)
  if (reason) return reason
  return family === undefined ? 'the metrics file gives no standard error' : 'no standard error for this run'
}

// The calibration simulation of issue 7, run through the gate's REAL decision path: every replicate counts the
// candidate's confusion matrix with `ConfusionCounter` (and, paired, the joint table with `PairedCounter`), stores
// the baseline run's entry as `runGate` writes it, and calls `gatherEvidence` + `compareMetrics` as src/gate.ts
// does. A false fail is `comparison.regressed === true` when the candidate is the same model.
//
// Shared by scripts/sim.mjs (`npm run sim`, compiled with tsc) and test/gate-calibration.test.ts (a fast slice).
import type { BaselineEntry } from '../../src/core/baseline.js'
import { directionOf } from '../../src/core/catalogue.js'
import { compareMetrics, type Comparison } from '../../src/core/compare.js'
import { ConfusionCounter, type ConfusionMatrix } from '../../src/core/confusion.js'
import { classificationMetrics } from '../../src/core/metrics/classification.js'
import type { StatisticsSettings } from '../../src/core/settings.js'
import { gatherEvidence, type Evidence } from '../../src/core/significance.js'
import { multinomial, PairedCounter, Random, type PairedTable } from '../../src/core/stats/index.js'
import { resolveTask, selectMetrics } from '../../src/core/task.js'
import { parseThresholds, rulesFor, type ThresholdLine } from '../../src/core/thresholds.js'

/** The gate's statistics settings without the file list (`significance` undefined: `off`). */
export type Statistics = Omit<StatisticsSettings, 'baselinePredictions'>

/** The gate's defaults (action.yml / settings.ts): α 0.05, 95 % intervals, B = 2000, seed "0". */
export const GATE_DEFAULTS: Statistics = { significance: 0.05, confidence: 0.95, samples: 2000, seed: '0' }
/** `thresholds: "*: max-drop 0"`, the gate's default rule. */
export const THRESHOLDS: ThresholdLine[] = parseThresholds('*: max-drop 0')
/** The metric sets gated: accuracy and macro-F1 together, and each alone (the `metrics` input). */
export const METRIC_SETS: Record<string, readonly string[]> = {
  'acc+F1': ['accuracy', 'f1_macro'],
  accuracy: ['accuracy'],
  'macro-F1': ['f1_macro'],
}

/** A classifier: labels, class priors and P(prediction | gold) (accuracy `right[g]` on the diagonal). */
export interface Model {
  k: number
  labels: string[]
  priors: number[]
  /** Row-major k × k: P(pred = p | gold = g). */
  conditional: number[]
  /** Row-major k × k: P(gold = g, pred = p). */
  cells: number[]
}

/** The binary (k = 2) or 5-class model of the simulation: errors spread evenly over the other classes. */
export function model(k: 2 | 5): Model {
  const priors = k === 2 ? [0.6, 0.4] : [0.35, 0.25, 0.2, 0.12, 0.08]
  const right = k === 2 ? [0.9, 0.8] : [0.9, 0.85, 0.8, 0.75, 0.7]
  const labels = priors.map((_, i) => String(i))
  const conditional: number[] = []
  for (let g = 0; g < k; g++)
    for (let p = 0; p < k; p++) conditional.push(g === p ? right[g]! : (1 - right[g]!) / (k - 1))
  const cells = conditional.map((c, i) => c * priors[Math.floor(i / k)]!)
  return { k, labels, priors, conditional, cells }
}

/**
 * Joint (gold, candidate, baseline) probabilities, index `(g·k + a)·k + b`, of the same model run twice on the same
 * examples: with probability `agreement` the candidate repeats the baseline's prediction, otherwise both are drawn
 * independently from P(· | gold). Symmetric in (a, b): both sides have the same distribution (the null).
 */
export function sameModelJoint(m: Model, agreement: number): number[] {
  const { k, priors, conditional } = m
  const joint = new Array<number>(k * k * k).fill(0)
  for (let g = 0; g < k; g++)
    for (let a = 0; a < k; a++)
      for (let b = 0; b < k; b++) {
        const pa = conditional[g * k + a]!
        const pb = conditional[g * k + b]!
        joint[(g * k + a) * k + b] = priors[g]! * ((a === b ? agreement * pb : 0) + (1 - agreement) * pa * pb)
      }
  return joint
}

/**
 * A paired population with a real change: the baseline is `m`; the candidate fixes a share `fix` of the baseline's
 * errors (predicting gold) and breaks a share `breakRate` of its right answers (another class, uniformly).
 */
export function changedJoint(m: Model, fix: number, breakRate: number): number[] {
  const { k, cells } = m
  const joint = new Array<number>(k * k * k).fill(0)
  for (let g = 0; g < k; g++)
    for (let b = 0; b < k; b++) {
      const mass = cells[g * k + b]!
      if (g === b) {
        joint[(g * k + g) * k + b]! += mass * (1 - breakRate)
        for (let a = 0; a < k; a++) if (a !== g) joint[(g * k + a) * k + b]! += (mass * breakRate) / (k - 1)
      } else {
        joint[(g * k + g) * k + b]! += mass * fix
        joint[(g * k + b) * k + b]! += mass * (1 - fix)
      }
    }
  return joint
}

/** The (gold, candidate) and (gold, baseline) margins of a joint table, each row-major k × k. */
export function margins(joint: ArrayLike<number>, k: number): { candidate: number[]; baseline: number[] } {
  const candidate = new Array<number>(k * k).fill(0)
  const baseline = new Array<number>(k * k).fill(0)
  for (let g = 0; g < k; g++)
    for (let a = 0; a < k; a++)
      for (let b = 0; b < k; b++) {
        const x = joint[(g * k + a) * k + b]!
        candidate[g * k + a]! += x
        baseline[g * k + b]! += x
      }
  return { candidate, baseline }
}

/** Population macro-F1 of (gold, pred) cell probabilities. */
export function populationMacroF1(m: Model, cells: readonly number[]): number {
  const counts = m.labels.map((_, g) => m.labels.map((_, p) => cells[g * m.k + p]!))
  return classificationMetrics({ labels: m.labels, counts, total: 1 }).values.f1_macro!
}

/** The break rate that makes `changedJoint(m, fix, ·)` lose `drop` of population macro-F1 (bisection). */
export function breakRateFor(m: Model, fix: number, drop: number): number {
  const base = populationMacroF1(m, m.cells)
  let low = 0
  let high = 0.5
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2
    const f1 = populationMacroF1(m, margins(changedJoint(m, fix, mid), m.k).candidate)
    if (base - f1 < drop) low = mid
    else high = mid
  }
  return (low + high) / 2
}

/** What the evaluation of a prediction file produces for a classification run (as src/evaluation.ts does). */
export interface Run {
  matrix: ConfusionMatrix
  positiveLabel?: string
  metrics: Record<string, number>
}

/** Counts (gold, pred) cells into a confusion matrix and computes the requested metrics, as `evaluate` does. */
export function evaluateCounts(
  labels: readonly string[],
  counts: ArrayLike<number>,
  wanted: readonly string[],
): Run {
  const k = labels.length
  const counter = new ConfusionCounter()
  for (let i = 0; i < k * k; i++)
    if (counts[i]! > 0) counter.add(labels[Math.floor(i / k)]!, labels[i % k]!, counts[i]!)
  const matrix = counter.toMatrix()
  const task = resolveTask(matrix.labels, undefined)
  const names = selectMetrics([...wanted], task, matrix.labels.length)
  const values = classificationMetrics(matrix, task.positiveLabel).values
  const metrics: Record<string, number> = {}
  for (const name of names) metrics[name] = values[name]!
  return { matrix, positiveLabel: task.positiveLabel, metrics }
}

/** The baseline entry `runGate` writes after a passing run (`update-baseline`). */
export function baselineEntryOf(run: Run): BaselineEntry {
  return {
    metrics: run.metrics,
    rows: run.matrix.total,
    labels: run.matrix.labels,
    confusionMatrix: run.matrix.counts,
    ...(run.positiveLabel !== undefined ? { positiveLabel: run.positiveLabel } : {}),
  }
}

/** The paired table of a joint count vector, through `PairedCounter` (what `PredictionPairing` fills by id). */
export function pairedTableOf(labels: readonly string[], joint: ArrayLike<number>): PairedTable {
  const k = labels.length
  const counter = new PairedCounter()
  for (let i = 0; i < joint.length; i++)
    if (joint[i]! > 0)
      counter.add(labels[Math.floor(i / (k * k))]!, labels[Math.floor(i / k) % k]!, labels[i % k]!, joint[i]!)
  return counter.toTable()
}

/** The gate's decision for a run against a stored baseline entry: src/gate.ts from `evaluate` to `compareMetrics`. */
export function gate(
  run: Run,
  entry: BaselineEntry,
  statistics: Statistics,
  paired?: PairedTable,
  thresholds: ThresholdLine[] = THRESHOLDS,
): { comparison: Comparison; evidence: Evidence } {
  const gated = Object.keys(run.metrics).filter((name) => rulesFor(name, thresholds).maxDrop)
  const evidence = gatherEvidence(
    {
      current: run.metrics,
      directionOf: (name) => directionOf(name, undefined),
      gated,
      baseline: entry,
      flatBaseline: false,
      matrix: run.matrix,
      positiveLabel: run.positiveLabel,
      paired,
      standardErrors: {},
      intervals: {},
      untested: {},
    },
    statistics,
  )
  const comparison = compareMetrics(run.metrics, entry.metrics, thresholds, undefined, evidence)
  return { comparison, evidence }
}

/** One simulated comparison: the candidate's counts, the baseline's counts and, paired, the joint counts. */
export interface Replicate {
  candidate: ArrayLike<number>
  baseline: ArrayLike<number>
  joint?: ArrayLike<number>
}

/** Draws replicates of a scenario. */
export type Scenario = (random: Random) => Replicate

/** Unpaired null: the baseline's stored matrix from one sample of `n`, the candidate's from another. */
export function freshSample(m: Model, n: number): Scenario {
  return (random) => ({
    baseline: multinomial(random, n, m.cells),
    candidate: multinomial(random, n, m.cells),
  })
}

/** Paired: `n` examples drawn from a joint (gold, candidate, baseline) population, both models on the same rows. */
export function sameExamples(joint: readonly number[], k: number, n: number, pairedData = true): Scenario {
  return (random) => {
    const draw = multinomial(random, n, joint)
    const { candidate, baseline } = margins(draw, k)
    return pairedData ? { candidate, baseline, joint: draw } : { candidate, baseline }
  }
}

/** Unpaired with a real change: the baseline model on one sample, the changed candidate on another. */
export function freshSampleChanged(joint: readonly number[], k: number, n: number): Scenario {
  const { candidate, baseline } = margins(joint, k)
  return (random) => ({
    baseline: multinomial(random, n, baseline),
    candidate: multinomial(random, n, candidate),
  })
}

/** Fail counts over replicates, per metric set: the statistical gate and fixed-threshold gating. */
export interface Tally {
  replicates: number
  /** Metric set → number of replicates where `comparison.regressed` with significance on. */
  significant: Record<string, number>
  /** Metric set → the same with `significance: off` (the rule alone: `max-drop 0`). */
  fixed: Record<string, number>
}

/**
 * Runs `replicates` replicates of a scenario through the gate for every metric set. Each set is its own gate run
 * (its own `metrics` input, so its own family for Holm), on the same replicate data.
 */
export function simulate(
  m: Model,
  scenario: Scenario,
  replicates: number,
  seed: number,
  statistics: Statistics = GATE_DEFAULTS,
  sets: Record<string, readonly string[]> = METRIC_SETS,
  fixedSets: readonly string[] = Object.keys(sets),
): Tally {
  const random = new Random(seed)
  const tally: Tally = { replicates, significant: {}, fixed: {} }
  for (const name of Object.keys(sets)) tally.significant[name] = 0
  for (const name of fixedSets) tally.fixed[name] = 0
  // `significance: off`: no `significant` is ever set, so the bootstrap size cannot change the decision; the
  // minimum B keeps the contrast column cheap.
  const off: Statistics = { ...statistics, significance: undefined, samples: 100 }
  for (let r = 0; r < replicates; r++) {
    const data = scenario(random)
    const paired = data.joint && pairedTableOf(m.labels, data.joint)
    for (const [name, wanted] of Object.entries(sets)) {
      const candidate = evaluateCounts(m.labels, data.candidate, wanted)
      const entry = baselineEntryOf(evaluateCounts(m.labels, data.baseline, wanted))
      if (gate(candidate, entry, statistics, paired).comparison.regressed) tally.significant[name]!++
      if (fixedSets.includes(name) && gate(candidate, entry, off, paired).comparison.regressed)
        tally.fixed[name]!++
    }
  }
  return tally
}

/** Monte-Carlo standard error of a rate over `replicates` replicates. */
export function monteCarloError(rate: number, replicates: number): number {
  return Math.sqrt((rate * (1 - rate)) / replicates)
}

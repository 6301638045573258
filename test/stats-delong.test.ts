import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RegressionAccumulator } from '../src/core/metrics/regression.js'
import { BinaryScoreAccumulator, MulticlassLogLoss } from '../src/core/metrics/scores.js'
import {
  binaryScoreStandardErrors,
  delong,
  meanStandardError,
  MeanVariance,
  normalCdf,
  pairedDelong,
  placements,
  Random,
  regressionStandardErrors,
} from '../src/core/stats/index.js'

/** Written by scripts/make-delong-vectors.py: DeLong's components by their O(m·n) definition, numpy SEs. */
const reference = JSON.parse(readFileSync('test/fixtures/stats/delong.json', 'utf8')) as {
  delong: {
    name: string
    scores: number[]
    positive: number[]
    auc: number
    v10: number[]
    v01: number[]
    standardError: number
  }[]
  paired: {
    name: string
    candidate: number[]
    baseline: number[]
    positive: number[]
    candidateAuc: number
    baselineAuc: number
    delta: number
    standardError: number
  }[]
  scores: {
    name: string
    scores: number[]
    positive: number[]
    values: Record<string, number>
    standardErrors: Record<string, number>
  }[]
  regression: {
    name: string
    gold: number[]
    predicted: number[]
    values: Record<string, number>
    standardErrors: Record<string, number>
  }[]
  text: { values: number[]; standardError: number }
  multiclassLogLoss: { probabilities: number[][]; gold: number[]; logLoss: number; standardError: number }
}

/** The score runs a binary score accumulator holds after reading these rows. */
function runsOfRows(scores: number[], positive: number[]) {
  const accumulator = new BinaryScoreAccumulator()
  scores.forEach((score, i) => accumulator.add(positive[i] === 1, score))
  return { accumulator, runs: accumulator.state().runs }
}

describe('DeLong against the structural components computed by their definition', () => {
  it.each(reference.delong)('$name: each row’s component, the AUC and its standard error to 1e-9', (c) => {
    const { runs } = runsOfRows(c.scores, c.positive)
    const { auc, positive, negative } = placements(runs)
    const groupOf = new Map(runs.scores.map((score, g) => [score, g]))
    const v10 = c.scores.filter((_, i) => c.positive[i] === 1).map((s) => positive[groupOf.get(s)!]!)
    const v01 = c.scores.filter((_, i) => c.positive[i] === 0).map((s) => negative[groupOf.get(s)!]!)
    v10.forEach((value, i) => expect(value).toBeCloseTo(c.v10[i]!, 12))
    v01.forEach((value, j) => expect(value).toBeCloseTo(c.v01[j]!, 12))
    expect(Math.abs(auc - c.auc)).toBeLessThan(1e-12)
    const result = delong(runs)
    expect(result.auc).toBe(auc)
    expect(Math.abs(result.standardError - c.standardError)).toBeLessThan(1e-9)
  })

  it.each(reference.paired)('$name: paired Δ and its standard error (pROC roc.test) to 1e-9', (c) => {
    const result = pairedDelong(c.positive, c.candidate, c.baseline)
    expect(Math.abs(result.candidate - c.candidateAuc)).toBeLessThan(1e-12)
    expect(Math.abs(result.baseline - c.baselineAuc)).toBeLessThan(1e-12)
    expect(Math.abs(result.delta - c.delta)).toBeLessThan(1e-12)
    expect(Math.abs(result.standardError - c.standardError)).toBeLessThan(1e-9)
    expect(result.standardError).toBeGreaterThan(0)
  })

  it('a model paired with itself has Δ 0 and standard error 0', () => {
    const c = reference.paired[1]!
    expect(pairedDelong(c.positive, c.candidate, c.candidate)).toMatchObject({ delta: 0, standardError: 0 })
  })
})

describe('analytic standard errors of the row-mean metrics against numpy', () => {
  it.each(reference.scores)('$name: log_loss and brier_score from the score runs', (c) => {
    const { runs } = runsOfRows(c.scores, c.positive)
    const errors = binaryScoreStandardErrors(runs)
    expect(Math.abs(errors.log_loss - c.standardErrors.log_loss!)).toBeLessThan(1e-9)
    expect(Math.abs(errors.brier_score - c.standardErrors.brier_score!)).toBeLessThan(1e-9)
  })

  it.each(reference.regression)('$name: mae, mse, mape; rmse and r2 by the delta method', (c) => {
    const accumulator = new RegressionAccumulator({ keepRows: true })
    c.gold.forEach((gold, i) => accumulator.add(gold, c.predicted[i]!))
    const { values } = accumulator.result()
    for (const name of ['mae', 'mse', 'rmse', 'r2', 'mape'])
      expect(Math.abs(values[name as 'mae']! - c.values[name]!)).toBeLessThan(
        1e-9 * Math.max(1, c.values[name]!),
      )
    const errors = regressionStandardErrors(accumulator.rowValues())
    for (const [name, expected] of Object.entries(c.standardErrors))
      expect(Math.abs(errors[name as 'mae'] - expected) / expected, name).toBeLessThan(1e-9)
  })

  it('multiclass log_loss, streamed row by row', () => {
    const { probabilities, gold, logLoss, standardError } = reference.multiclassLogLoss
    const loss = new MulticlassLogLoss()
    probabilities.forEach((row, i) => loss.add(row, gold[i]!))
    expect(Math.abs(loss.value - logLoss)).toBeLessThan(1e-12)
    expect(Math.abs(loss.standardError - standardError)).toBeLessThan(1e-9)
    // A shard's state keeps only the sum: no standard error rather than a wrong one.
    expect(MulticlassLogLoss.fromState(loss.state(), gold.length).standardError).toBeNaN()
  })

  it('a text score mean, and Welford by weighted groups equal to row by row', () => {
    expect(Math.abs(meanStandardError(reference.text.values) - reference.text.standardError)).toBeLessThan(
      1e-12,
    )
    const grouped = new MeanVariance()
    grouped.add(0.25, 3)
    grouped.add(1, 2)
    expect(grouped.standardError).toBeCloseTo(meanStandardError([0.25, 0.25, 0.25, 1, 1]), 14)
    expect(new MeanVariance().standardError).toBeNaN()
  })
})

/** A standard normal draw (Box–Muller). */
function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble())
}

/** n rows of a model with AUC ≈ 0.75: positives' scores shifted by 0.95 standard deviations. */
function binaryRows(random: Random, n: number) {
  const positive = new Uint8Array(n)
  const scores = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    positive[i] = random.nextDouble() < 0.35 ? 1 : 0
    scores[i] = positive[i]! * 0.95 + gaussian(random)
  }
  return { positive, scores }
}

describe('calibration: the one-sided 5 % tests reject a model that did not change about 5 % of the time', () => {
  const replicates = 500
  // ±3 Monte-Carlo standard errors around α = 0.05 at 500 replicates.
  const band = 3 * Math.sqrt((0.05 * 0.95) / replicates)

  it('unpaired DeLong: two fresh samples of 300 rows of the same model', () => {
    const random = new Random('delong-unpaired')
    let rejected = 0
    for (let r = 0; r < replicates; r++) {
      const [a, b] = [binaryRows(random, 300), binaryRows(random, 300)].map(({ positive, scores }) =>
        delong(runsOfRows(Array.from(scores), Array.from(positive)).runs),
      )
      const z = (a!.auc - b!.auc) / Math.hypot(a!.standardError, b!.standardError)
      if (normalCdf(z) <= 0.05) rejected++
    }
    expect(Math.abs(rejected / replicates - 0.05)).toBeLessThan(band)
  })

  it('paired DeLong: two equally good noisy copies of one model on the same 300 rows', () => {
    const random = new Random('delong-paired')
    let rejected = 0
    for (let r = 0; r < replicates; r++) {
      // One latent difficulty per row; each model adds its own noise of the same size.
      const { positive, scores } = binaryRows(random, 300)
      const a = scores.map((s) => s + 0.7 * gaussian(random))
      const b = scores.map((s) => s + 0.7 * gaussian(random))
      const test = pairedDelong(positive, a, b)
      if (normalCdf(test.delta / test.standardError) <= 0.05) rejected++
    }
    expect(Math.abs(rejected / replicates - 0.05)).toBeLessThan(band)
  })

  it('analytic mse standard error: fresh samples of 200 rows', () => {
    const random = new Random('analytic-mse')
    let rejected = 0
    const sample = () => {
      const accumulator = new RegressionAccumulator({ keepRows: true })
      for (let i = 0; i < 200; i++)
        accumulator.add(gaussian(random) * 3, gaussian(random) * 3 + gaussian(random))
      const { values } = accumulator.result()
      return { mse: values.mse!, se: regressionStandardErrors(accumulator.rowValues()).mse }
    }
    for (let r = 0; r < replicates; r++) {
      const [a, b] = [sample(), sample()]
      // mse: lower is better, so "worse" is a larger value.
      if (normalCdf(-(a.mse - b.mse) / Math.hypot(a.se, b.se)) <= 0.05) rejected++
    }
    expect(Math.abs(rejected / replicates - 0.05)).toBeLessThan(band)
  })
})

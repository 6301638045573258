// A fast, deterministic slice of `npm run sim` (scripts/sim.mjs): the gate's REAL decision path (gatherEvidence +
// compareMetrics, as src/gate.ts calls them) on simulated evaluations. First, that the simulation's `gate()` is what
// `runGate` decides from prediction files; then the false-fail rate when the candidate is the same model, the
// contrast with fixed-threshold gating, and the power for a real 2-point macro-F1 drop with paired data.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseSettings } from '../src/core/settings.js'
import { multinomial, Random } from '../src/core/stats/index.js'
import { runGate } from '../src/gate.js'
import {
  baselineEntryOf,
  breakRateFor,
  changedJoint,
  evaluateCounts,
  freshSample,
  gate,
  GATE_DEFAULTS,
  margins,
  model,
  monteCarloError,
  pairedTableOf,
  sameExamples,
  sameModelJoint,
  simulate,
  type Model,
} from '../scripts/sim/gate-calibration.js'

const ALPHA = 0.05
const BOTH = { 'acc+F1': ['accuracy', 'f1_macro'] }
const folder = mkdtempSync(path.join(os.tmpdir(), 'gate-calibration-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Rows of a joint (gold, candidate, baseline) count vector, in cell order, with ids. */
function rowsOf(m: Model, joint: ArrayLike<number>): { id: string; gold: string; a: string; b: string }[] {
  const k = m.k
  const rows: { id: string; gold: string; a: string; b: string }[] = []
  for (let i = 0; i < joint.length; i++)
    for (let c = 0; c < joint[i]!; c++)
      rows.push({
        id: `r${rows.length}`,
        gold: m.labels[Math.floor(i / (k * k))]!,
        a: m.labels[Math.floor(i / k) % k]!,
        b: m.labels[i % k]!,
      })
  return rows
}

/** Runs the whole gate (`runGate`) on prediction files written from a joint table. */
async function runWholeGate(m: Model, joint: ArrayLike<number>, paired: boolean, samples: number) {
  const rows = rowsOf(m, joint)
  const csv = (side: 'a' | 'b') =>
    'id,label,prediction\n' + rows.map((row) => `${row.id},${row.gold},${row[side]}\n`).join('')
  const dir = mkdtempSync(path.join(folder, 'run-'))
  writeFileSync(path.join(dir, 'candidate.csv'), csv('a'))
  writeFileSync(path.join(dir, 'baseline.csv'), csv('b'))
  const wanted = ['accuracy', 'f1_macro']
  const entry = baselineEntryOf(evaluateCounts(m.labels, margins(joint, m.k).baseline, wanted))
  writeFileSync(
    path.join(dir, 'eval-baseline.json'),
    JSON.stringify({ schema: 1, models: { default: entry } }),
  )
  const inputs: Record<string, string> = {
    predictions: 'candidate.csv',
    baseline: 'eval-baseline.json',
    metrics: 'accuracy, f1_macro',
    'bootstrap-samples': String(samples),
    ...(paired ? { 'id-column': 'id', 'baseline-predictions': 'baseline.csv' } : {}),
  }
  const settings = parseSettings((name) => inputs[name] ?? '')
  return runGate(settings, { workspace: dir, now: new Date(0) })
}

describe('the simulation runs the gate', () => {
  it.each([
    [2, false],
    [5, false],
    [2, true],
    [5, true],
  ] as const)(
    '%d classes, paired %s: same decision, p-values and Δ as runGate on files',
    async (k, paired) => {
      const m = model(k)
      // A real 2-point macro-F1 drop, so both passing and failing metrics can occur; 400 rows.
      const joint = changedJoint(m, 0.1, breakRateFor(m, 0.1, 0.02))
      const draw = multinomial(new Random(40 + k), 400, joint)
      const statistics = { ...GATE_DEFAULTS, samples: 200 }
      const whole = await runWholeGate(m, draw, paired, 200)
      const { candidate, baseline } = margins(draw, k)
      const wanted = ['accuracy', 'f1_macro']
      const simulated = gate(
        evaluateCounts(m.labels, candidate, wanted),
        baselineEntryOf(evaluateCounts(m.labels, baseline, wanted)),
        statistics,
        paired ? pairedTableOf(m.labels, draw) : undefined,
      )
      expect(simulated.comparison.regressed).toBe(whole.comparison.regressed)
      expect(simulated.comparison.metrics.map((x) => [x.name, x.status, x.delta])).toEqual(
        whole.comparison.metrics.map((x) => [x.name, x.status, x.delta]),
      )
      for (const metric of whole.comparison.metrics) {
        const test = metric.evidence?.test
        expect(test?.paired).toBe(paired)
        expect(simulated.evidence.metrics.get(metric.name)?.test).toEqual(test)
        expect(simulated.evidence.metrics.get(metric.name)?.adjustedP).toBe(metric.evidence?.adjustedP)
      }
    },
  )
})

describe('calibration through the gate (α = 0.05, B = 200)', () => {
  const statistics = { ...GATE_DEFAULTS, significance: ALPHA, samples: 200 }
  // α plus three Monte-Carlo standard errors of a rate α over `reps` replicates.
  const bound = (reps: number) => ALPHA + 3 * monteCarloError(ALPHA, reps)

  it.each([2, 5] as const)(
    '%d classes, n = 2000, unpaired fresh sample: false-fail rate ≤ α; max-drop 0 alone fails about half the time',
    (k) => {
      const m = model(k)
      const reps = 150
      const tally = simulate(m, freshSample(m, 2000), reps, 100 + k, statistics, BOTH)
      expect(tally.significant['acc+F1']! / reps).toBeLessThanOrEqual(bound(reps))
      expect(tally.fixed['acc+F1']! / reps).toBeGreaterThan(0.4)
    },
  )

  it('5 classes, n = 2000, paired (ρ = 0.9): false-fail rate ≤ α', () => {
    const m = model(5)
    const reps = 100
    const tally = simulate(m, sameExamples(sameModelJoint(m, 0.9), 5, 2000), reps, 7, statistics, BOTH, [])
    expect(tally.significant['acc+F1']! / reps).toBeLessThanOrEqual(bound(reps))
  })

  it('5 classes, n = 2000, paired: a real 2-point macro-F1 drop fails the gate ≥ 80 % of the time', () => {
    const m = model(5)
    const reps = 60
    const joint = changedJoint(m, 0.1, breakRateFor(m, 0.1, 0.02))
    const sets = { 'macro-F1': ['f1_macro'] }
    const tally = simulate(m, sameExamples(joint, 5, 2000), reps, 9, statistics, sets, [])
    expect(tally.significant['macro-F1']! / reps).toBeGreaterThanOrEqual(0.8)
  })
})

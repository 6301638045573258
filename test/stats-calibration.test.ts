// A small, fast slice of the calibration simulation (`npm run sim` runs the full one): the gate's false-fail rate
// when the candidate is the same model on a fresh sample, and its power for a real 2-point macro-F1 drop with
// paired data. Fixed seeds: the figures are deterministic.
import { describe, expect, it } from 'vitest'
import {
  cellsToMatrix,
  holm,
  multinomial,
  pairedDropTests,
  Random,
  unpairedDropTests,
  type DropTest,
  type PairedTable,
} from '../src/core/stats/index.js'

const ALPHA = 0.05
const GATED = ['accuracy', 'f1_macro']
const labels = ['0', '1', '2', '3', '4']
const priors = [0.35, 0.25, 0.2, 0.12, 0.08]
const right = [0.9, 0.85, 0.8, 0.75, 0.7]
const cells = priors.flatMap((prior, g) =>
  labels.map((_, p) => prior * (g === p ? right[g]! : (1 - right[g]!) / 4)),
)

/** Fails when a gated metric dropped and its Holm-adjusted p-value is ≤ α. */
function fails(tests: Record<string, DropTest>): boolean {
  const { reject } = holm(
    GATED.map((m) => tests[m]!.pValue),
    ALPHA,
  )
  return GATED.some((m, i) => tests[m]!.delta < 0 && reject[i])
}

describe('calibration (5-class, α = 0.05)', () => {
  it('keeps the false-fail rate ≤ α on a fresh sample of the same model (n = 2000, unpaired)', () => {
    const random = new Random(1)
    const reps = 300
    let failed = 0
    let fixedFailed = 0
    for (let r = 0; r < reps; r++) {
      const baseline = cellsToMatrix(labels, multinomial(random, 2000, cells), 2000)
      const candidate = cellsToMatrix(labels, multinomial(random, 2000, cells), 2000)
      const tests = unpairedDropTests(candidate, baseline, { samples: 200, seed: r, metrics: GATED })
      if (fails(tests)) failed++
      if (GATED.some((m) => tests[m]!.delta < 0)) fixedFailed++
    }
    // α plus three Monte-Carlo standard errors (√(0.05·0.95/300) ≈ 0.0126).
    expect(failed / reps).toBeLessThanOrEqual(ALPHA + 3 * 0.0126)
    // A fixed `max-drop 0` fails about half the time or more.
    expect(fixedFailed / reps).toBeGreaterThan(0.4)
  })

  it('detects a real 2-point macro-F1 drop ≥ 80 % of the time with paired data (n = 2000)', () => {
    // The candidate breaks 4.52 % of the baseline's right answers (uniformly to another class) and fixes 10 % of its
    // errors: about −2.0 points of population macro-F1 (the simulation in scripts/sim.mjs bisects it exactly).
    const k = labels.length
    const breakRate = 0.04516
    const fix = 0.1
    const joint = new Array<number>(k * k * k).fill(0)
    const index: [number, number, number][] = []
    for (let g = 0; g < k; g++) for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) index.push([g, a, b])
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
    const random = new Random(2)
    const reps = 150
    let detected = 0
    for (let r = 0; r < reps; r++) {
      const draw = multinomial(random, 2000, joint)
      const table: PairedTable = { labels, cells: [], total: 2000 }
      draw.forEach((count, i) => {
        const [gold, candidate, baseline] = index[i]!
        if (count > 0) table.cells.push({ gold, candidate, baseline, count })
      })
      if (fails(pairedDropTests(table, { samples: 200, seed: r, metrics: GATED }))) detected++
    }
    expect(detected / reps).toBeGreaterThanOrEqual(0.8)
  })
})

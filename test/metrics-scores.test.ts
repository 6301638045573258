import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  averageAuc,
  BinaryScoreAccumulator,
  MulticlassLogLoss,
  OneVsRestPass,
  rocAuc,
  sumsToOne,
} from '../src/core/metrics/scores.js'

interface BinaryCase {
  name: string
  y_true: string[]
  pos_label: string
  y_score: number[]
  expected: Record<string, number>
}
interface MulticlassCase {
  name: string
  y_true: string[]
  classes: string[]
  probabilities: number[][]
  expected: Record<string, number>
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/sklearn/scores.json', import.meta.url), 'utf8'),
) as {
  sklearn_version: string
  binary: BinaryCase[]
  multiclass: MulticlassCase[]
}

const TOLERANCE = 1e-12

describe('scikit-learn score reference vectors', () => {
  it('loads 20 binary and 3 multiclass cases made with scikit-learn 1.2.1', () => {
    expect(fixture.sklearn_version).toBe('1.2.1')
    expect(fixture.binary).toHaveLength(20)
    expect(fixture.multiclass).toHaveLength(3)
  })

  it.each(fixture.binary.map((c) => [c.name, c] as const))('binary %s', (name, c) => {
    const accumulator = new BinaryScoreAccumulator()
    c.y_true.forEach((label, i) => accumulator.add(label === c.pos_label, c.y_score[i]!))
    const wanted = Object.keys(c.expected)
    const values = accumulator.result(wanted, c.pos_label)
    for (const metric of wanted)
      expect(
        Math.abs(values[metric]! - c.expected[metric]!),
        `${name} ${metric}: ${values[metric]}`,
      ).toBeLessThanOrEqual(TOLERANCE)
  })

  it.each(fixture.multiclass.map((c) => [c.name, c] as const))('multiclass %s', (name, c) => {
    const index = new Map(c.classes.map((label, k) => [label, k]))
    const loss = new MulticlassLogLoss()
    c.y_true.forEach((label, i) => {
      expect(sumsToOne(c.probabilities[i]!)).toBe(true)
      loss.add(c.probabilities[i]!, index.get(label)!)
    })
    const perClass = c.classes.map((label, k) => {
      const pass = new OneVsRestPass()
      c.y_true.forEach((gold, i) => pass.add(gold === label, c.probabilities[i]![k]!))
      return pass.result()
    })
    const { macro, weighted } = averageAuc(perClass)
    const got: Record<string, number> = {
      roc_auc_ovr_macro: macro,
      roc_auc_ovr_weighted: weighted,
      log_loss: loss.value,
    }
    for (const [metric, value] of Object.entries(c.expected))
      expect(Math.abs(got[metric]! - value), `${name} ${metric}: ${got[metric]}`).toBeLessThanOrEqual(
        TOLERANCE,
      )
  })
})

describe('undefined cases are errors, not invented numbers', () => {
  it('roc_auc with one class only', () => {
    const accumulator = new BinaryScoreAccumulator()
    accumulator.add(true, 0.4)
    accumulator.add(true, 0.9)
    expect(() => accumulator.result(['roc_auc'], '1')).toThrowError(
      'roc_auc is not defined: the gold labels hold only the positive class "1", and ROC AUC needs both classes',
    )
    const negatives = new BinaryScoreAccumulator()
    negatives.add(false, 0.4)
    expect(() => negatives.result(['average_precision'], 'yes')).toThrowError(
      'average_precision is not defined: no gold label is the positive class "yes"',
    )
    expect(() => negatives.result(['log_loss'], 'yes')).toThrowError(
      /^log_loss is not defined for gold labels of one class/,
    )
  })

  it('an AUC of ties only is one half, as scikit-learn gives it', () => {
    expect(rocAuc(Float64Array.from([0.5, 0.5]), Float64Array.from([0.5]))).toBe(0.5)
  })

  it('multiclass scores must sum to one', () => {
    expect(sumsToOne([0.2, 0.3, 0.5])).toBe(true)
    expect(sumsToOne([0.2, 0.3, 0.6])).toBe(false)
  })
})

describe('memory: typed arrays, at most 16 bytes per row', () => {
  const ROWS = 2_000_000
  const SLACK = 4 * 1024 * 1024

  it('binary scores keep 8 bytes per row', () => {
    const before = process.memoryUsage().arrayBuffers
    const accumulator = new BinaryScoreAccumulator()
    for (let i = 0; i < ROWS; i++) accumulator.add(i % 3 === 0, (i % 1000) / 1000)
    const held = process.memoryUsage().arrayBuffers - before
    expect(held).toBeLessThanOrEqual(8 * ROWS + SLACK)
    const values = accumulator.result(['roc_auc', 'average_precision'], '1')
    expect(values.roc_auc).toBeGreaterThan(0)
  })

  it('regression keeps 16 bytes per row', async () => {
    const { RegressionAccumulator } = await import('../src/core/metrics/regression.js')
    const before = process.memoryUsage().arrayBuffers
    const accumulator = new RegressionAccumulator()
    for (let i = 0; i < ROWS; i++) accumulator.add(i, i + (i % 7) - 3)
    const held = process.memoryUsage().arrayBuffers - before
    expect(held).toBeLessThanOrEqual(16 * ROWS + SLACK)
    expect(accumulator.result().values.max_error).toBe(3)
  })
})

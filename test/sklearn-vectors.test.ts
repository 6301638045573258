import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ConfusionCounter } from '../src/core/confusion.js'
import { classificationMetrics } from '../src/core/metrics/classification.js'

interface Case {
  name: string
  y_true: string[]
  y_pred: string[]
  pos_label: string | null
  labels: string[]
  expected: Record<string, number> & {
    per_class: { precision: number[]; recall: number[]; f1: number[]; support: number[] }
    confusion_matrix: number[][]
  }
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/sklearn/classification.json', import.meta.url), 'utf8'),
) as { sklearn_version: string; cases: Case[] }
const cases = fixture.cases

const TOLERANCE = 1e-12
const AVERAGED = [
  'accuracy',
  'balanced_accuracy',
  ...['precision', 'recall', 'f1'].flatMap((m) => [`${m}_micro`, `${m}_macro`, `${m}_weighted`]),
]
const BINARY = ['precision', 'recall', 'f1']

function compute(c: Case) {
  const counter = new ConfusionCounter()
  c.y_true.forEach((gold, i) => counter.add(gold, c.y_pred[i]!))
  const matrix = counter.toMatrix()
  return { matrix, result: classificationMetrics(matrix, c.pos_label ?? undefined) }
}

/** Collects every mismatch so a failure lists them all, each naming the case. */
function close(failures: string[], where: string, actual: number | undefined, expected: number): void {
  if (actual === undefined || !(Math.abs(actual - expected) <= TOLERANCE))
    failures.push(`${where}: got ${actual}, sklearn says ${expected}`)
}

const isNumeric = (label: string) => /^[+-]?\d+(\.\d*)?$/.test(label)

describe('scikit-learn reference vectors', () => {
  it('loads the 48 cases generated with scikit-learn 1.2.1', () => {
    expect(fixture.sklearn_version).toBe('1.2.1')
    expect(cases).toHaveLength(48)
  })

  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const { matrix, result } = compute(c)
    const failures: string[] = []

    expect(matrix.total, `${name}: total`).toBe(c.y_true.length)
    expect([...matrix.labels].sort(), `${name}: label set`).toEqual([...c.labels].sort())

    for (const metric of AVERAGED)
      close(failures, `${name} ${metric}`, result.values[metric], c.expected[metric]!)
    if (c.pos_label !== null) {
      for (const metric of BINARY)
        close(failures, `${name} ${metric}`, result.values[metric], c.expected[metric]!)
    } else {
      for (const metric of BINARY)
        expect(result.values, `${name}: no ${metric} without pos_label`).not.toHaveProperty(metric)
    }

    // Per-class values and the matrix by label name: the two label orders can differ.
    const ours = new Map(result.perClass.map((s) => [s.label, s]))
    expect(ours.size, `${name}: per-class count`).toBe(c.labels.length)
    c.labels.forEach((label, i) => {
      const scores = ours.get(label)
      if (scores === undefined) {
        failures.push(`${name}: no per-class scores for ${JSON.stringify(label)}`)
        return
      }
      for (const key of ['precision', 'recall', 'f1'] as const)
        close(
          failures,
          `${name} ${key}[${JSON.stringify(label)}]`,
          scores[key],
          c.expected.per_class[key][i]!,
        )
      if (scores.support !== c.expected.per_class.support[i])
        failures.push(`${name} support[${JSON.stringify(label)}]: got ${scores.support}`)
      const predicted = c.expected.confusion_matrix.reduce((total, row) => total + row[i]!, 0)
      if (scores.predicted !== predicted)
        failures.push(
          `${name} predicted[${JSON.stringify(label)}]: got ${scores.predicted}, expected ${predicted}`,
        )
    })
    c.labels.forEach((gold, g) =>
      c.labels.forEach((predicted, p) => {
        const count = matrix.counts[matrix.labels.indexOf(gold)]?.[matrix.labels.indexOf(predicted)]
        if (count !== c.expected.confusion_matrix[g]![p])
          failures.push(
            `${name} matrix[${JSON.stringify(gold)}][${JSON.stringify(predicted)}]: got ${count}, sklearn says ${c.expected.confusion_matrix[g]![p]}`,
          )
      }),
    )

    expect(failures).toEqual([])
  })

  it('reproduces the seed example exactly: precision 1/3, recall 0.5, f1 0.4', () => {
    const seed = cases.find((c) => c.name === 'seed-example')!
    const { result } = compute(seed)
    expect(Math.abs(result.values.precision! - 1 / 3)).toBeLessThanOrEqual(TOLERANCE)
    expect(Math.abs(result.values.recall! - 0.5)).toBeLessThanOrEqual(TOLERANCE)
    expect(Math.abs(result.values.f1! - 0.4)).toBeLessThanOrEqual(TOLERANCE)
  })

  const stringCases = cases.filter((c) => !c.labels.every(isNumeric))

  it('covers string-labelled cases, including one with astral and full-width labels', () => {
    expect(stringCases.length).toBeGreaterThanOrEqual(20)
    expect(stringCases.map((c) => c.name)).toContain('unicode-labels-n400')
  })

  it.each(stringCases.map((c) => [c.name, c] as const))(
    'orders string labels by code point as numpy does: %s',
    (_name, c) => {
      expect(compute(c).matrix.labels).toEqual(c.labels)
    },
  )

  it('puts U+FF21 "Ａ" before U+1F431 "🐱" (code-point order, not UTF-16 order)', () => {
    const c = cases.find((c) => c.name === 'unicode-astral-vs-bmp-binary-pos-astral')!
    expect(c.labels).toEqual(['Ａ', '🐱'])
    expect(compute(c).matrix.labels).toEqual(['Ａ', '🐱'])
  })

  it('orders all-numeric labels numerically, where sklearn (on strings) orders them as text', () => {
    const c = cases.find((c) => c.name === 'numeric-looking-labels-n250')!
    expect(c.labels).toEqual(['-1', '10', '2', '9'])
    expect(compute(c).matrix.labels).toEqual(['-1', '2', '9', '10'])
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NumberColumn, Sum, median } from '../src/core/metrics/columns.js'
import { parseNumber, RegressionAccumulator } from '../src/core/metrics/regression.js'

interface Case {
  name: string
  y_true: number[]
  y_pred: number[]
  expected: Record<string, number>
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/sklearn/regression.json', import.meta.url), 'utf8'),
) as { sklearn_version: string; cases: Case[] }

/**
 * 1e-12, relative to the size of the value when that is above 1: a mean squared error of 2.5e6 cannot agree to
 * 1e-12 in absolute terms in float64 (its unit in the last place is 5e-10), but agrees to 1e-12 of itself.
 */
function close(actual: number | undefined, expected: number): boolean {
  return actual !== undefined && Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected))
}

const METRICS = ['mae', 'mse', 'rmse', 'r2', 'mape', 'max_error', 'median_absolute_error']

describe('scikit-learn regression reference vectors', () => {
  it('loads the 28 cases generated with scikit-learn 1.2.1', () => {
    expect(fixture.sklearn_version).toBe('1.2.1')
    expect(fixture.cases).toHaveLength(28)
  })

  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const accumulator = new RegressionAccumulator()
    c.y_true.forEach((gold, i) => accumulator.add(gold, c.y_pred[i]!))
    const { values, rows } = accumulator.result()
    expect(rows).toBe(c.y_true.length)
    const failures: string[] = []
    for (const metric of METRICS) {
      if (!(metric in c.expected)) continue
      if (!close(values[metric], c.expected[metric]!))
        failures.push(`${name} ${metric}: got ${values[metric]}, sklearn says ${c.expected[metric]}`)
    }
    expect(failures).toEqual([])
  })

  it('has r2 for every case of two rows or more, and the special cases sklearn forces', () => {
    const byName = new Map(fixture.cases.map((c) => [c.name, c.expected]))
    expect(byName.get('constant-gold-exact')!.r2).toBe(1)
    expect(byName.get('constant-gold-wrong')!.r2).toBe(0)
    expect(byName.get('single-row')).not.toHaveProperty('r2')
    expect(byName.get('simple-4')).toMatchObject({
      mae: 0.5,
      mse: 0.375,
      max_error: 1,
      median_absolute_error: 0.5,
    })
  })
})

describe('the pieces', () => {
  it('parses numbers as written, and nothing else', () => {
    for (const [text, value] of [
      ['1', 1],
      [' -2.5 ', -2.5],
      ['+3', 3],
      ['1e-3', 0.001],
      ['.5', 0.5],
      ['5.', 5],
      ['0', 0],
    ] as const)
      expect(parseNumber(text), text).toBe(value)
    for (const text of ['', 'abc', 'NaN', 'Infinity', '-inf', '0x10', '1,5', '1e999', '1 2', 'true'])
      expect(parseNumber(text), text).toBeUndefined()
  })

  it('a column grows in chunks and drains into one array', () => {
    const column = new NumberColumn()
    for (let i = 0; i < 200_000; i++) column.push(i)
    expect(column.length).toBe(200_000)
    let sum = 0
    column.forEach((v) => (sum += v))
    expect(sum).toBe((199_999 * 200_000) / 2)
    const all = column.drain()
    expect(all.length).toBe(200_000)
    expect(all[131_072]).toBe(131_072)
    expect(column.length).toBe(0)
  })

  it('a compensated sum keeps what a naive one loses', () => {
    const sum = new Sum()
    let naive = 0
    for (const v of [1e16, 1, -1e16, 1]) {
      sum.add(v)
      naive += v
    }
    expect(sum.value).toBe(2)
    expect(naive).not.toBe(2)
  })

  it('median of odd and even counts, as numpy', () => {
    expect(median(Float64Array.from([3, 1, 2]))).toBe(2)
    expect(median(Float64Array.from([4, 1, 3, 2]))).toBe(2.5)
  })
})

import { describe, expect, it } from 'vitest'
import { rowErrorStatistics } from '../src/evaluation-scores.js'

describe('rowErrorStatistics: formulas where they exist, the row bootstrap for the rest', () => {
  const interval = (standardError: number) => ({
    estimate: 1,
    lower: 0,
    upper: 2,
    standardError,
    undefinedResamples: 0,
  })

  it('takes the formula metrics at any size and resamples only the others, within the budget', () => {
    const asked: string[][] = []
    const statistics = rowErrorStatistics(
      ['mae', 'max_error', 'r2'],
      { mae: 0.1, r2: 0.02 },
      { rows: 10, samples: 100, what: 'row bootstrap' },
      (metrics) => (asked.push(metrics), { max_error: interval(0.3) }),
    )
    expect(asked).toEqual([['max_error']])
    expect(statistics.standardErrors).toEqual({ mae: 0.1, r2: 0.02, max_error: 0.3 })
    expect(statistics.methods).toEqual({ mae: 'analytic', r2: 'analytic', max_error: 'bootstrap' })
    expect(Object.keys(statistics.intervals)).toEqual(['max_error'])
  })

  it('beyond the budget only the resampled metrics go untested', () => {
    const statistics = rowErrorStatistics(
      ['roc_auc', 'average_precision'],
      { roc_auc: 0.01 },
      { rows: 1_000_000, samples: 2000, what: 'score bootstrap' },
      () => {
        throw new Error('must not resample')
      },
    )
    expect(statistics.standardErrors).toEqual({ roc_auc: 0.01 })
    expect(statistics.untested).toEqual({
      average_precision: "1,000,000 rows × 2,000 resamples is beyond the score bootstrap's budget",
    })
  })

  it('a standard error that is NaN (r2 of equal gold values, one row) is never stored: untested, with the reason', () => {
    const statistics = rowErrorStatistics(
      ['mae', 'r2', 'median_absolute_error'],
      { mae: 0.1, r2: NaN },
      { rows: 3, samples: 100, what: 'row bootstrap' },
      () => ({ median_absolute_error: interval(NaN) }),
    )
    expect(statistics.standardErrors).toEqual({ mae: 0.1 })
    expect(statistics.intervals).toEqual({})
    expect(statistics.untested).toEqual({
      r2: 'the rows give no spread to estimate a standard error from',
      median_absolute_error: 'the rows give no spread to estimate a standard error from',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { buildLeaderboard, type LeaderboardModel } from '../src/core/leaderboard.js'
import { mcnemarExact } from '../src/core/stats/index.js'

// The leaderboard's comparison of models given as per-example results (issue 17): a pass/fail metric joined by
// example id is tested with the exact McNemar test on the discordant examples, two-sided, Holm over the models.

const STATS = { significance: 0.05, confidence: 0.95, samples: 1000, seed: '0' }

function model(
  name: string,
  value: number,
  pair?: { modelOnly: number; candidateOnly: number },
): LeaderboardModel {
  return {
    name,
    metrics: { 'asdiv/acc': value },
    rows: 50,
    ...(pair ? { pairedPassFail: { 'asdiv/acc': { examples: 50, ...pair } } } : {}),
  }
}

describe('pass/fail metrics of per-example results', () => {
  it('exact McNemar on the discordant examples, Holm over the compared models', () => {
    const board = buildLeaderboard({
      models: [
        model('ours', 0.7),
        model('better', 0.9, { modelOnly: 12, candidateOnly: 2 }),
        model('same', 0.72, { modelOnly: 4, candidateOnly: 3 }),
      ],
      candidate: 'ours',
      statistics: STATS,
    })
    const versus = Object.fromEntries(board.rows.map((row) => [row.name, row.versus]))
    const better = mcnemarExact(2, 12).twoSided
    const same = mcnemarExact(3, 4).twoSided
    expect(better).toBeCloseTo(0.012939453125, 12)
    expect(versus.better).toEqual({
      kind: 'better',
      delta: 10 / 50,
      pValue: better,
      adjustedP: 2 * better,
      paired: true,
      method: 'mcnemar',
    })
    expect(versus.same).toEqual({
      kind: 'no-difference',
      delta: 1 / 50,
      pValue: same,
      adjustedP: same,
      paired: true,
      method: 'mcnemar',
    })
    expect(board.tested).toBe(2)
  })

  it('a lower-is-better 0/1 metric: passing more of them is worse', () => {
    const board = buildLeaderboard({
      models: [model('ours', 0.1), model('more-errors', 0.3, { modelOnly: 12, candidateOnly: 2 })],
      candidate: 'ours',
      directions: new Map([['asdiv/acc', 'lower-is-better']]),
      statistics: STATS,
    })
    expect(board.rows.find((row) => row.name === 'more-errors')!.versus).toMatchObject({
      kind: 'worse',
      delta: 10 / 50,
      pValue: mcnemarExact(2, 12).twoSided,
    })
  })
})

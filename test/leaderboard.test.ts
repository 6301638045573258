// @vitest-environment happy-dom
// (Mermaid's label sanitiser, DOMPurify, needs a DOM; see test/helpers/mermaid.ts.)
import { describe, expect, it } from 'vitest'
import type { ConfusionMatrix } from '../src/core/confusion.js'
import {
  buildLeaderboard,
  modelMetricsJson,
  renderLeaderboard,
  type LeaderboardInput,
  type LeaderboardModel,
  type Versus,
} from '../src/core/leaderboard.js'
import { classificationMetrics } from '../src/core/metrics/classification.js'
import {
  bootstrapIntervals,
  mcnemarExact,
  PairedCounter,
  pairedMatrices,
  type PairedTable,
} from '../src/core/stats/index.js'
import { parseChart } from './helpers/mermaid.js'
import { binary } from './helpers/matrices.js'

/** A comparison that was tested. */
type Tested = Extract<Versus, { delta: number }>

const STATS = { significance: 0.05, confidence: 0.95, samples: 1000, seed: '0' }

/** A classification model as evaluate would describe it: metrics computed from its matrix. */
function classifier(
  name: string,
  matrix: ConfusionMatrix,
  extra: Partial<LeaderboardModel> = {},
): LeaderboardModel {
  const { values } = classificationMetrics(matrix, '1')
  const metrics = { accuracy: values.accuracy!, f1: values.f1! }
  return { name, metrics, matrix, positiveLabel: '1', rows: matrix.total, ...extra }
}

/** Plain metric values, as from metrics files or regression. */
function plain(
  name: string,
  metrics: Record<string, number>,
  extra: Partial<LeaderboardModel> = {},
): LeaderboardModel {
  return { name, metrics, ...extra }
}

function versusOf(input: LeaderboardInput): Record<string, Versus> {
  return Object.fromEntries(buildLeaderboard(input).rows.map((row) => [row.name, row.versus]))
}

// 1,000 rows, 500 of each gold label: accuracy 0.90, 0.97, 0.80 and 0.90 again.
const CANDIDATE = binary(450, 50, 50, 450)
const STRONG = binary(485, 15, 15, 485)
const WEAK = binary(400, 100, 100, 400)

describe('ranking and bold', () => {
  it('ranks by the rank-by metric, higher is better, and bolds the best value of each metric', () => {
    const board = buildLeaderboard({
      models: [
        plain('ours', { accuracy: 0.8, f1: 0.7 }),
        plain('a', { accuracy: 0.9, f1: 0.6 }),
        plain('b', { accuracy: 0.7, f1: 0.75 }),
      ],
      candidate: 'ours',
    })
    expect(board.rankBy).toBe('accuracy')
    expect(board.metrics).toEqual(['accuracy', 'f1'])
    expect(board.rows.map((r) => [r.name, r.rank, r.best])).toEqual([
      ['a', 1, ['accuracy']],
      ['ours', 2, []],
      ['b', 3, ['f1']],
    ])
    const markdown = renderLeaderboard(board, { chart: false })
    expect(markdown).toContain('| 1 | a | — | **0.9000** | 0.6000 | not tested (significance is off) |')
    expect(markdown).toContain('| 2 | ours (candidate) | — | 0.8000 | 0.7000 | — |')
  })

  it('ranks a lower-is-better metric ascending and bolds its smallest value', () => {
    const board = buildLeaderboard({
      models: [
        plain('ours', { mae: 0.3, r2: 0.5 }),
        plain('a', { mae: 0.2, r2: 0.4 }),
        plain('b', { mae: 0.5, r2: 0.9 }),
      ],
      candidate: 'ours',
      rankBy: 'mae',
    })
    expect(board.rows.map((r) => [r.name, r.rank, r.best])).toEqual([
      ['a', 1, ['mae']],
      ['ours', 2, []],
      ['b', 3, ['r2']],
    ])
  })

  it('takes a metric file’s own direction', () => {
    const board = buildLeaderboard({
      models: [plain('ours', { score: 3 }), plain('a', { score: 1 })],
      candidate: 'ours',
      directions: new Map([['score', 'lower-is-better']]),
    })
    expect(board.rows.map((r) => r.name)).toEqual(['a', 'ours'])
  })

  it('treats values equal at the shown precision as ties: all bold, one shared rank', () => {
    const board = buildLeaderboard({
      models: [
        plain('ours', { accuracy: 0.85001 }),
        plain('a', { accuracy: 0.85004 }),
        plain('b', { accuracy: 0.85 }),
        plain('c', { accuracy: 0.8 }),
      ],
      candidate: 'ours',
    })
    expect(board.rows.map((r) => [r.name, r.rank, r.best.length])).toEqual([
      ['a', 1, 1],
      ['ours', 1, 1],
      ['b', 1, 1],
      ['c', 4, 0],
    ])
  })

  it('puts models without the rank-by value after the ranked ones, and shows their missing cells as —', () => {
    const board = buildLeaderboard({
      models: [plain('ours', { accuracy: 0.8, f1: 0.5 }), plain('a', { f1: 0.9 })],
      candidate: 'ours',
    })
    expect(board.rows.map((r) => [r.name, r.rank])).toEqual([
      ['ours', 1],
      ['a', undefined],
    ])
    expect(renderLeaderboard(board, { chart: false })).toContain('| — | a | — | — | **0.9000** |')
  })

  it('refuses a rank-by metric that is not a column', () => {
    expect(() =>
      buildLeaderboard({ models: [plain('ours', { accuracy: 1 })], candidate: 'ours', rankBy: 'f1' }),
    ).toThrow('input "rank-by": "f1" is not among the metrics of this run ("accuracy")')
  })
})

describe('models evaluated on other rows', () => {
  it('are shown last, neither ranked, bold nor compared, and left out of the chart', async () => {
    const input: LeaderboardInput = {
      models: [
        classifier('ours', CANDIDATE),
        classifier('elsewhere', STRONG, {
          otherRows: "its gold labels differ from the candidate's (1,000 rows vs 900 rows)",
        }),
        classifier('weak', WEAK),
      ],
      candidate: 'ours',
      statistics: STATS,
    }
    const board = buildLeaderboard(input)
    expect(board.rows.map((r) => [r.name, r.rank, r.best])).toEqual([
      ['ours', 1, ['accuracy', 'f1']],
      ['weak', 2, []],
      ['elsewhere', undefined, []],
    ])
    expect(board.rows[2]!.versus).toEqual({
      kind: 'not-compared',
      reason: "its gold labels differ from the candidate's (1,000 rows vs 900 rows)",
    })
    const markdown = renderLeaderboard(board)
    expect(markdown).toMatch(
      /^\| — \| elsewhere ⚠️ \| 1,000 \| 0\.9700 \[0\.9\d{3}, 0\.9\d{3}\] \| 0\.9700 \[[^\]]+\] \| ⚠️ evaluated on other rows: not compared \(its gold labels differ from the candidate's \(1,000 rows vs 900 rows\)\) \|$/m,
    )
    expect(markdown).toContain('Not in the chart (evaluated on other rows): elsewhere.')
    const chart = await parseChart(/```mermaid\n[^]*?\n```/.exec(markdown)![0])
    expect(chart.plots.map((p) => p.title)).toEqual(['ours', 'weak'])
  })
})

describe('significance against the candidate', () => {
  it('unpaired: better, worse and no difference where the answer is plain, Holm over the three', () => {
    const input: LeaderboardInput = {
      models: [
        classifier('ours', CANDIDATE),
        classifier('strong', STRONG),
        classifier('weak', WEAK),
        classifier('twin', binary(450, 50, 50, 450)),
      ],
      candidate: 'ours',
      statistics: STATS,
    }
    const versus = versusOf(input)
    expect(versus.ours).toEqual({ kind: 'candidate' })
    expect(versus.strong).toMatchObject({ kind: 'better', paired: false, method: 'bootstrap' })
    expect(versus.weak).toMatchObject({ kind: 'worse', paired: false, method: 'bootstrap' })
    expect(versus.twin).toMatchObject({ kind: 'no-difference', delta: 0 })
    const strong = versus.strong as Tested
    expect(strong.delta).toBeCloseTo(0.07, 12)
    // 1,000 resamples never put a Δ of 7 standard errors on the other side: p is the +1-corrected minimum.
    expect(strong.pValue).toBeCloseTo(2 / 1001, 12)
    expect(strong.adjustedP).toBeCloseTo((3 * 2) / 1001, 12)
    expect((versus.twin as Tested).pValue).toBeGreaterThan(0.5)
    // Deterministic for a seed.
    expect(versusOf(input)).toEqual(versus)
    const markdown = renderLeaderboard(buildLeaderboard(input), { chart: false })
    expect(markdown).toContain('🟢 significantly better (+0.0700, p 0.0060, unpaired)')
    expect(markdown).toContain('🔴 significantly worse (−0.1000, p 0.0060, unpaired)')
    expect(markdown).toMatch(/⚪ no significant difference \(±0\.0000, p \d\.\d{4}, unpaired\)/)
    expect(markdown).toContain(
      'vs candidate: a two-sided test of <code>accuracy</code> (Δ = model − candidate) at α = 0.05, Holm-corrected over the 3 comparisons',
    )
  })

  it('paired accuracy: the exact McNemar test, two-sided', () => {
    // 200 examples: the other model alone is right on 25, the candidate alone on 1.
    const counter = new PairedCounter()
    const add = (gold: string, other: string, candidate: string, count: number) =>
      counter.add(gold, other, candidate, count)
    add('1', '1', '1', 80)
    add('1', '1', '0', 15)
    add('1', '0', '1', 1)
    add('1', '0', '0', 4)
    add('0', '0', '0', 90)
    add('0', '0', '1', 10)
    const table: PairedTable = counter.toTable()
    const { candidate: otherMatrix, baseline: candidateMatrix } = pairedMatrices(table)
    const versus = versusOf({
      models: [classifier('ours', candidateMatrix), classifier('other', otherMatrix, { paired: table })],
      candidate: 'ours',
      statistics: STATS,
    })
    expect(versus.other).toEqual({
      kind: 'better',
      delta: 0.12,
      pValue: mcnemarExact(25, 1).twoSided,
      adjustedP: mcnemarExact(25, 1).twoSided,
      paired: true,
      method: 'mcnemar',
    })
    // 2 · P(X ≤ 1) for X ~ Binomial(26, ½) = 2 · 27 / 2^26.
    expect(mcnemarExact(25, 1).twoSided).toBeCloseTo((2 * 27) / 2 ** 26, 15)

    // Ranked by f1, the same pair is tested by the paired bootstrap; the other model is worse the other way round.
    const swapped = new PairedCounter()
    for (const cell of table.cells)
      swapped.add(
        table.labels[cell.gold]!,
        table.labels[cell.baseline]!,
        table.labels[cell.candidate]!,
        cell.count,
      )
    const byF1 = versusOf({
      models: [
        classifier('ours', otherMatrix),
        classifier('other', candidateMatrix, { paired: swapped.toTable() }),
      ],
      candidate: 'ours',
      rankBy: 'f1',
      statistics: STATS,
    })
    expect(byF1.other).toMatchObject({ kind: 'worse', paired: true, method: 'bootstrap' })
  })

  it('says why a comparison was not tested', () => {
    const off = versusOf({
      models: [classifier('ours', CANDIDATE), classifier('strong', STRONG)],
      candidate: 'ours',
      statistics: { ...STATS, significance: undefined },
    })
    expect(off.strong).toEqual({ kind: 'not-tested', reason: 'significance is off' })
    const regression = versusOf({
      models: [plain('ours', { mae: 1 }), plain('a', { mae: 2 })],
      candidate: 'ours',
      statistics: STATS,
    })
    expect(regression.a).toEqual({
      kind: 'not-tested',
      reason: 'mae has no test: only confusion-matrix metrics are tested',
    })
  })

  it('shows intervals only when significance is on, the candidate’s equal to the bootstrap of its matrix', () => {
    const models = [classifier('ours', CANDIDATE), classifier('weak', WEAK)]
    const on = buildLeaderboard({ models, candidate: 'ours', statistics: STATS })
    const expected = bootstrapIntervals(CANDIDATE, {
      samples: 1000,
      confidence: 0.95,
      seed: '0',
      positiveLabel: '1',
      metrics: ['accuracy', 'f1'],
    })
    expect(on.rows[0]!.intervals).toEqual(expected)
    expect(renderLeaderboard(on, { chart: false })).toContain(
      '| rank | model | rows | accuracy ▾ [95% interval] | f1 [95% interval] | vs candidate |',
    )
    const off = buildLeaderboard({
      models,
      candidate: 'ours',
      statistics: { ...STATS, significance: undefined },
    })
    expect(off.rows.every((row) => Object.keys(row.intervals).length === 0)).toBe(true)
    const markdown = renderLeaderboard(off, { chart: false })
    expect(markdown).toContain('| rank | model | rows | accuracy ▾ | f1 | vs candidate |')
    expect(markdown).toContain('vs candidate: not tested, as significance is off.')
  })
})

describe('rendering', () => {
  const hostile = [
    '@octocat',
    '<img src=x onerror=alert(1)>',
    'a|b **c** [x](https://evil.example)',
    '%%{init: {"theme":"dark"}}%%',
    'line\n```\n@here',
  ]

  it('escapes hostile model names in the table, the legend and the chart', async () => {
    const models = [
      plain('ours', { accuracy: 0.8, f1: 0.7 }),
      ...hostile.map((name, i) => plain(name, { accuracy: 0.5 + i / 20, f1: 0.6 })),
    ]
    const markdown = renderLeaderboard(buildLeaderboard({ models, candidate: 'ours' }))
    const block = /```mermaid\n[^]*?\n```/.exec(markdown)![0]
    // Outside the chart, Markdown rules; inside it, Mermaid's (checked by chartText's own tests and the parse below).
    const text = markdown.replace(block, '')
    expect(markdown).not.toMatch(/@(?!&#8203;|\u200b)/)
    expect(markdown).not.toContain('<img')
    expect(text).not.toContain('](https://')
    expect(text).toContain('@&#8203;octocat')
    expect(text).toContain('a&#124;b \\*\\*c\\*\\* \\[x\\](https:&#8203;//evil.example)')
    expect(block.match(/%%\{/g)).toHaveLength(1)
    // Every table row is one line: a newline in a name would have ended it.
    const tableLines = markdown.split('\n').filter((line) => line.startsWith('|'))
    expect(tableLines).toHaveLength(2 + models.length)
    const chart = await parseChart(block)
    expect(chart.config).toEqual({
      xyChart: { height: 220 },
      themeVariables: {
        xyChart: { plotColorPalette: '#3b82f6, #f97316, #22c55e, #a855f7, #ef4444, #eab308' },
      },
    })
    expect(chart.plots).toHaveLength(models.length)
    expect(chart.plots[0]).toMatchObject({ type: 'bar', title: 'ours' })
    expect(chart.categories).toEqual(['accuracy', 'f1'])
  })

  it('draws the candidate first, then the baseline, then the others by rank', async () => {
    const board = buildLeaderboard({
      models: [
        plain('ours', { accuracy: 0.8, f1: 0.7 }),
        plain('b', { accuracy: 0.6, f1: 0.5 }),
        plain('a', { accuracy: 0.9, f1: 0.6 }),
      ],
      candidate: 'ours',
      baseline: { accuracy: 0.75, f1: 0.65 },
    })
    const markdown = renderLeaderboard(board)
    const chart = await parseChart(/```mermaid\n[^]*?\n```/.exec(markdown)![0])
    expect(chart.plots.map((p) => [p.type, p.title, p.values])).toEqual([
      ['bar', 'ours', [0.8, 0.7]],
      ['line', 'baseline', [0.75, 0.65]],
      ['line', 'a', [0.9, 0.6]],
      ['line', 'b', [0.6, 0.5]],
    ])
    expect(markdown).toContain(
      '🟦 **ours** (bars) · 🟧 **baseline** (line) · 🟩 **a** (line) · 🟪 **b** (line)',
    )
    // A model named baseline keeps its name; the stored baseline is told apart.
    const named = buildLeaderboard({
      models: [plain('ours', { accuracy: 0.8 }), plain('baseline', { accuracy: 0.7 })],
      candidate: 'ours',
      baseline: { accuracy: 0.75 },
    })
    const parsed = await parseChart(/```mermaid\n[^]*?\n```/.exec(renderLeaderboard(named))![0])
    expect(parsed.categories).toEqual(['ours', 'baseline (stored)', 'baseline'])
  })

  it('leaves the chart out with chart: false, and says why when too many models would be drawn', () => {
    const board = buildLeaderboard({
      models: Array.from({ length: 9 }, (_, i) =>
        plain(i === 0 ? 'ours' : `m${i}`, { accuracy: i / 10, f1: 0.5 }),
      ),
      candidate: 'ours',
    })
    expect(renderLeaderboard(board, { chart: false })).not.toContain('```mermaid')
    const markdown = renderLeaderboard(board)
    expect(markdown).not.toContain('```mermaid')
    expect(markdown).toContain('<sub>Chart left out: 9 models (at most 8 fit).</sub>')
  })

  it('starts with a heading naming the model count and the rank-by metric', () => {
    const markdown = renderLeaderboard(
      buildLeaderboard({
        models: [plain('ours', { f1_macro: 0.5 }), plain('a', { f1_macro: 0.4 })],
        candidate: 'ours',
      }),
    )
    expect(markdown.split('\n')[0]).toBe('### 🏆 Leaderboard: 2 models, ranked by <code>f1_macro</code>')
  })
})

describe('modelMetricsJson', () => {
  it('nests metrics under model names, in order, with __proto__ as a plain key', () => {
    const json = modelMetricsJson([
      { name: 'ours', metrics: { accuracy: 0.9 } },
      { name: '__proto__', metrics: { accuracy: 0.8 } },
    ])
    expect(JSON.stringify(json)).toBe('{"ours":{"accuracy":0.9},"__proto__":{"accuracy":0.8}}')
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype)
  })
})

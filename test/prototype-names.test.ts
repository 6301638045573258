// Names such as `constructor` or `__proto__` come from artifacts and from a baseline a pull request may edit:
// they must behave like any other name (issue 12, item 4).
import { describe, expect, it } from 'vitest'
import { entryFor, parseBaseline, serializeBaseline, withEntry } from '../src/core/baseline.js'
import { compareMetrics } from '../src/core/compare.js'
import { buildLeaderboard, renderLeaderboard } from '../src/core/leaderboard.js'
import { ownRecord, ownValue, setOwn } from '../src/core/own.js'
import { gatherEvidence } from '../src/core/significance.js'
import { parseThresholds } from '../src/core/thresholds.js'

const NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf']

describe('own.ts', () => {
  it('reads only keys the record holds itself, whatever their name', () => {
    const plain: Record<string, number> = { accuracy: 1 }
    for (const name of NAMES) expect(ownValue(plain, name), name).toBeUndefined()
    expect(ownValue(plain, 'accuracy')).toBe(1)
    expect(ownValue(undefined, 'accuracy')).toBeUndefined()
  })

  it('stores __proto__ as a key, not as the prototype', () => {
    const record = ownRecord(NAMES.map((name, i) => [name, i] as const))
    expect(Object.getPrototypeOf(record)).toBeNull()
    expect(Object.keys(record)).toEqual(NAMES)
    for (const [i, name] of NAMES.entries()) expect(ownValue(record, name)).toBe(i)
    const plain: Record<string, number> = {}
    setOwn(plain, '__proto__', 7)
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype)
    expect(JSON.stringify(plain)).toBe('{"__proto__":7}')
  })
})

describe('baseline files with such names', () => {
  const text = JSON.stringify({
    schema: 1,
    models: {
      other: { metrics: { accuracy: 0.5 } },
      ['__proto__']: {
        metrics: { ['__proto__']: 0.25, constructor: 0.75 },
        standardErrors: { toString: 0.01 },
      },
      constructor: { metrics: { valueOf: 0.125 } },
    },
  })

  it('finds each entry by its name and finds no entry for a name the file lacks', () => {
    const { document } = parseBaseline(text, 'b.json')
    expect(Object.keys(document.models)).toEqual(['other', '__proto__', 'constructor'])
    const proto = entryFor(document, '__proto__')!
    expect(Object.entries(proto.metrics)).toEqual([
      ['__proto__', 0.25],
      ['constructor', 0.75],
    ])
    expect(ownValue(proto.metrics, 'toString')).toBeUndefined()
    expect(proto.metrics.toString).toBeUndefined()
    expect(proto.standardErrors!.toString).toBe(0.01)
    expect(entryFor(document, 'constructor')!.metrics).toEqual({ valueOf: 0.125 })
    for (const name of ['toString', 'valueOf', 'hasOwnProperty'])
      expect(entryFor(document, name)).toBeUndefined()
    expect(entryFor({ schema: 1, models: {} }, 'constructor')).toBeUndefined()
  })

  it('keeps a __proto__ entry when another entry is updated, and round-trips it through the file', () => {
    const { document } = parseBaseline(text, 'b.json')
    const updated = withEntry(document, 'other', { metrics: { accuracy: 0.6 } })
    expect(Object.keys(updated.models).sort()).toEqual(['__proto__', 'constructor', 'other'])
    const written = serializeBaseline(updated)
    expect(written).toContain('"__proto__": {\n')
    const again = parseBaseline(written, 'b.json').document
    expect(entryFor(again, '__proto__')!.metrics).toEqual({ ['__proto__']: 0.25, constructor: 0.75 })
    expect(entryFor(again, 'other')!.metrics).toEqual({ accuracy: 0.6 })
    expect(serializeBaseline(again)).toBe(written)
  })

  it('adds an entry named __proto__ or toString to a file that has other entries', () => {
    let { document } = parseBaseline('{"schema": 1, "models": {"a": {"metrics": {"x": 1}}}}', 'b.json')
    document = withEntry(document, '__proto__', { metrics: { x: 2 } })
    document = withEntry(document, 'toString', { metrics: { x: 3 } })
    const again = parseBaseline(serializeBaseline(document), 'b.json').document
    expect(Object.keys(again.models)).toEqual(['__proto__', 'a', 'toString'])
    expect(entryFor(again, '__proto__')!.metrics.x).toBe(2)
    expect(entryFor(again, 'toString')!.metrics.x).toBe(3)
  })
})

describe('metrics with such names', () => {
  const current = ownRecord(NAMES.map((name) => [name, 0.5] as const))

  it('are new against a baseline without them, and compared against one with them', () => {
    const first = compareMetrics(current, { accuracy: 0.5 }, parseThresholds('*: max-drop 0'))
    expect(first.metrics.map((m) => [m.name, m.status])).toEqual([
      ...NAMES.map((name) => [name, 'new']),
      ['accuracy', 'missing'],
    ])
    const baseline = ownRecord(NAMES.map((name) => [name, 0.75] as const))
    const second = compareMetrics(current, baseline, parseThresholds('*: max-drop 0'))
    expect(second.metrics.map((m) => [m.name, m.status, m.delta])).toEqual(
      NAMES.map((name) => [name, 'regressed', -0.25]),
    )
  })

  it('get no interval or standard error that the run does not give', () => {
    const evidence = gatherEvidence(
      {
        current,
        directionOf: () => 'higher-is-better',
        gated: NAMES,
        baseline: { metrics: current },
        standardErrors: { valueOf: 0.01 },
        intervals: {},
        untested: {},
      },
      { significance: 0.05, confidence: 0.95, samples: 200, seed: '0' },
    )
    expect(evidence.family).toEqual([])
    for (const name of NAMES.filter((n) => n !== 'valueOf')) {
      expect(evidence.metrics.get(name), name).toEqual({
        untested: 'the metrics file gives no standard error',
      })
    }
    expect(evidence.metrics.get('valueOf')).toEqual({
      interval: {
        estimate: 0.5,
        lower: 0.5 - 1.959963984540054 * 0.01,
        upper: 0.5 + 1.959963984540054 * 0.01,
      },
      untested: 'the baseline stores no standard error',
    })
  })

  it('show their own intervals in the leaderboard, and none they do not have', () => {
    const interval = { estimate: 0.5, lower: 0.25, upper: 0.75 }
    const board = buildLeaderboard({
      models: [
        { name: 'ours', metrics: current, intervals: ownRecord([['__proto__', interval]]) },
        { name: 'theirs', metrics: current },
      ],
      candidate: 'ours',
      metrics: ['__proto__', 'toString'],
      statistics: { significance: 0.05, confidence: 0.95, samples: 200, seed: '0' },
    })
    expect(board.rows[0]!.intervals).toEqual({ ['__proto__']: interval })
    const markdown = renderLeaderboard(board, { chart: false })
    expect(markdown).toContain('| 1 | ours (candidate) | — | **0.5000** [0.2500, 0.7500] | **0.5000** | — |')
  })
})

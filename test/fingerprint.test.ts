import { describe, expect, it } from 'vitest'
import { ConfusionCounter, type ConfusionMatrix } from '../src/core/confusion.js'
import { goldLabelFingerprint, PairFingerprint } from '../src/core/fingerprint.js'

/** The matrix of (gold, predicted) rows, counted the way the readers count them. */
function matrixOf(rows: [gold: string, predicted: string][]): ConfusionMatrix {
  const counter = new ConfusionCounter()
  for (const [gold, predicted] of rows) counter.add(gold, predicted)
  return counter.toMatrix()
}

const fingerprint = (rows: [string, string][]) => goldLabelFingerprint(matrixOf(rows))

const ROWS: [string, string][] = [
  ['cat', 'cat'],
  ['dog', 'cat'],
  ['cat', 'cat'],
  ['bird', 'bird'],
  ['dog', 'dog'],
  ['cat', 'dog'],
]

describe('goldLabelFingerprint', () => {
  it('is a short, labelled sha256', () => {
    expect(fingerprint(ROWS)).toMatch(/^gold-counts:sha256:[0-9a-f]{32}$/)
  })

  it('is a hash of the gold-label counts', () => {
    // cat 3, dog 2, bird 1, in code-point order of the labels.
    const expected = goldLabelFingerprint({
      labels: ['bird', 'cat', 'dog'],
      counts: [
        [1, 0, 0],
        [0, 2, 1],
        [0, 1, 1],
      ],
      total: 6,
    })
    expect(fingerprint(ROWS)).toBe(expected)
  })

  it('does not depend on row order', () => {
    expect(fingerprint([...ROWS].reverse())).toBe(fingerprint(ROWS))
    expect(fingerprint([...ROWS.slice(3), ...ROWS.slice(0, 3)])).toBe(fingerprint(ROWS))
  })

  it('does not depend on the predictions', () => {
    const perfect = ROWS.map(([gold]) => [gold, gold] as [string, string])
    const allWrong = ROWS.map(([gold]) => [gold, gold === 'cat' ? 'dog' : 'cat'] as [string, string])
    expect(fingerprint(perfect)).toBe(fingerprint(ROWS))
    expect(fingerprint(allWrong)).toBe(fingerprint(ROWS))
  })

  it('ignores labels that only the predictions use', () => {
    const withStray = ROWS.map(([gold], i) => [gold, i === 0 ? 'zebra' : gold] as [string, string])
    expect(fingerprint(withStray)).toBe(fingerprint(ROWS))
  })

  it('ignores a predicted-only label that turns numeric labels into text labels (and their sort order)', () => {
    // Numeric labels are sorted by value (2 before 10); one non-numeric prediction makes the matrix sort them by
    // code point (10 before 2). The gold labels are the same, so the fingerprint must be too.
    const numeric: [string, string][] = [
      ['2', '2'],
      ['10', '10'],
      ['10', '2'],
    ]
    const withText: [string, string][] = [
      ['2', 'unknown'],
      ['10', '10'],
      ['10', '2'],
    ]
    expect(matrixOf(numeric).labels).toEqual(['2', '10'])
    expect(matrixOf(withText).labels).toEqual(['10', '2', 'unknown'])
    expect(fingerprint(withText)).toBe(fingerprint(numeric))
  })

  it('does not depend on the order of the labels in the matrix', () => {
    const a: ConfusionMatrix = {
      labels: ['x', 'y'],
      counts: [
        [2, 1],
        [0, 4],
      ],
      total: 7,
    }
    const b: ConfusionMatrix = {
      labels: ['y', 'x'],
      counts: [
        [4, 0],
        [1, 2],
      ],
      total: 7,
    }
    expect(goldLabelFingerprint(b)).toBe(goldLabelFingerprint(a))
  })

  it('changes when a gold label is added, removed or counted differently', () => {
    const base = fingerprint(ROWS)
    expect(fingerprint([...ROWS, ['cat', 'cat']])).not.toBe(base)
    expect(fingerprint([...ROWS, ['fish', 'cat']])).not.toBe(base)
    expect(fingerprint(ROWS.filter(([gold]) => gold !== 'bird'))).not.toBe(base)
    // Same counts, another label: bird → fish.
    expect(fingerprint(ROWS.map(([gold, p]) => [gold === 'bird' ? 'fish' : gold, p]))).not.toBe(base)
    // Same labels, counts moved between them.
    expect(fingerprint(ROWS.map(([gold, p], i) => [i === 1 ? 'cat' : gold, p]))).not.toBe(base)
  })

  it('tells apart labels that a naive concatenation would run together', () => {
    expect(fingerprint([['a,1', 'a,1']])).not.toBe(
      fingerprint([
        ['a', 'a'],
        ['1', '1'],
      ]),
    )
    expect(
      fingerprint([
        ['1', '1'],
        ['1', '1'],
        ['1', '1'],
        ['1', '1'],
        ['1', '1'],
        ['1', '1'],
        ['1', '1'],
        ['1', '1'],
        ['1', '1'],
        ['1', '1'],
        ['1', '1'],
      ]),
    ).not.toBe(fingerprint([['11', '11']]))
  })

  it('is the same for an empty data set, whatever was predicted', () => {
    expect(goldLabelFingerprint({ labels: [], counts: [], total: 0 })).toBe(
      goldLabelFingerprint({ labels: ['a'], counts: [[0]], total: 0 }),
    )
  })
})

describe('PairFingerprint (id-column)', () => {
  const of = (pairs: [id: string, gold: string][]) => {
    const fingerprint = new PairFingerprint()
    for (const [id, gold] of pairs) fingerprint.add(id, gold)
    return fingerprint.value()
  }
  const data: [string, string][] = [
    ['q1', 'cat'],
    ['q2', 'dog'],
    ['q3', 'cat'],
    ['q4', 'bird'],
  ]

  it('has the count and 96 bits of hash', () => {
    expect(of(data)).toMatch(/^id-gold:4:[0-9a-f]{24}$/)
  })

  it('does not depend on row order', () => {
    expect(of([...data].reverse())).toBe(of(data))
    expect(of([data[2]!, data[0]!, data[3]!, data[1]!])).toBe(of(data))
  })

  it('notices labels moved between rows, which the gold-label counts cannot', () => {
    const moved: [string, string][] = [
      ['q1', 'dog'],
      ['q2', 'cat'],
      ['q3', 'cat'],
      ['q4', 'bird'],
    ]
    expect(of(moved)).not.toBe(of(data))
    const counts = (pairs: [string, string][]) => fingerprint(pairs.map(([, gold]) => [gold, gold]))
    expect(counts(moved)).toBe(counts(data))
  })

  it('notices a row replaced by another with the same label, and a duplicated row', () => {
    expect(of([...data.slice(0, 3), ['q5', 'bird']])).not.toBe(of(data))
    expect(of([...data, data[0]!])).not.toBe(of(data))
  })

  it('keeps the id and the label apart ("a" + "bc" is not "ab" + "c")', () => {
    expect(of([['a', 'bc']])).not.toBe(of([['ab', 'c']]))
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ConfusionCounter, LabelIds } from '../src/core/confusion.js'

// The fast readers look labels up by their UTF-8 bytes; the rest of the code by string. Both must give one id per
// label, whatever the labels: ones that share their length and first, second and last bytes, or their first eight
// bytes (the lookup's key), very long ones, one- and two-byte ones, multi-byte characters, and thousands of them;
// whatever bytes follow a label in the buffer (the lookup reads 32-bit words past its end and masks them off), and
// wherever it is (near the end of the buffer, the words cannot be read whole).

/** Labels that collide on the signature: same length, same first two and last bytes, different middles. */
const lookalike = fc
  .tuple(
    fc.constantFrom('ab', 'xy', 'é'),
    fc.string({ minLength: 0, maxLength: 4 }),
    fc.constantFrom('z', '🐱'),
  )
  .map(([head, middle, tail]) => head + middle + tail)
const anyLabel = fc.oneof(
  lookalike,
  fc.string({ minLength: 1, maxLength: 3 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
  fc.integer({ min: 250, max: 300 }).map((n) => 'L'.repeat(n) + 'x'),
  fc.integer({ min: 250, max: 300 }).map((n) => 'L'.repeat(n) + 'y'),
)

describe('label ids by bytes and by string', () => {
  it('agree, are dense, and keep every label', () => {
    fc.assert(
      fc.property(
        fc.array(anyLabel, { maxLength: 300 }),
        fc.array(fc.boolean(), { maxLength: 300 }),
        (labels, how) => {
          const ids = new LabelIds()
          const seen = new Map<string, number>()
          labels.forEach((label, i) => {
            // Inside a larger buffer, as a reader sees it.
            const bytes = Buffer.from(`,${label},`, 'utf8')
            const id = how[i] ? ids.idOfBytes(bytes, 1, bytes.length - 1) : ids.idOf(label)
            if (!seen.has(label)) seen.set(label, seen.size)
            expect(id).toBe(seen.get(label))
          })
          expect(ids.labels).toEqual([...seen.keys()])
          for (const [label, id] of seen) {
            const bytes = Buffer.from(label, 'utf8')
            expect(ids.idOfBytes(bytes, 0, bytes.length)).toBe(id)
            expect(ids.idOf(label)).toBe(id)
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('tells thousands of labels apart', () => {
    const ids = new LabelIds()
    const labels = Array.from({ length: 5000 }, (_, i) => `class-${i}`)
    labels.forEach((label, i) => expect(ids.idOf(label)).toBe(i))
    labels.forEach((label, i) => {
      const bytes = Buffer.from(label)
      expect(ids.idOfBytes(bytes, 0, bytes.length)).toBe(i)
    })
    expect(ids.size).toBe(5000)
  })
})

/** Labels of 1 to 12 bytes from few characters: many share their length and their first eight bytes. */
const shortLabel = fc.string({ unit: fc.constantFrom('a', 'b', 'é', ','), minLength: 1, maxLength: 10 })

describe('label ids of short labels, by the words that hold them', () => {
  it('ignore the bytes after a label and agree with the ids by string', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(shortLabel, fc.uint8Array({ maxLength: 12 }), fc.nat({ max: 2 })), {
          maxLength: 200,
        }),
        (entries) => {
          const ids = new LabelIds()
          const seen = new Map<string, number>()
          for (const [label, after, how] of entries) {
            const bytes = Buffer.concat([Buffer.from([0x2c]), Buffer.from(label), after])
            const end = 1 + Buffer.byteLength(label)
            const id = how === 0 ? ids.idOf(label) : ids.idOfBytes(bytes, 1, end)
            if (!seen.has(label)) seen.set(label, seen.size)
            expect(id, JSON.stringify(label)).toBe(seen.get(label))
          }
          expect(ids.labels).toEqual([...seen.keys()])
        },
      ),
      { numRuns: 300 },
    )
  })

  it('tells thousands of short labels apart, looked up again and again in any order', () => {
    const labels = Array.from({ length: 3000 }, (_, i) => (i % 2 ? `${i}` : `k${i.toString(36)}é`))
    // All of them in one buffer, each followed by other labels' bytes, as in a file.
    const text = labels.join(',')
    const bytes = Buffer.from(text)
    const spans: [number, number][] = []
    let at = 0
    for (const label of labels) {
      const length = Buffer.byteLength(label)
      spans.push([at, at + length])
      at += length + 1
    }
    const ids = new LabelIds()
    let state = 12345
    for (let round = 0; round < 4; round++) {
      for (let n = 0; n < labels.length; n++) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0
        const i = round === 0 ? n : state % labels.length
        const id = ids.idOfBytes(bytes, spans[i]![0], spans[i]![1])
        expect(ids.labels[id]).toBe(labels[i])
      }
    }
    expect(ids.size).toBe(labels.length)
  })
})

describe('ConfusionCounter by ids', () => {
  it('counts the same by ids as by strings', () => {
    const byIds = new ConfusionCounter()
    const byStrings = new ConfusionCounter()
    const pairs: [string, string][] = [
      ['b', 'a'],
      ['a', 'a'],
      ['🐱', 'b'],
      ['b', 'a'],
      ['c', '🐱'],
    ]
    for (const [gold, predicted] of pairs) {
      byStrings.add(gold, predicted)
      const g = Buffer.from(gold)
      const p = Buffer.from(predicted)
      byIds.addIds(byIds.ids.idOfBytes(g, 0, g.length), byIds.ids.idOfBytes(p, 0, p.length))
    }
    expect(byIds.toMatrix()).toEqual(byStrings.toMatrix())
    expect(byIds.total).toBe(5)
  })
})

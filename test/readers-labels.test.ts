import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ConfusionCounter, LabelIds } from '../src/core/confusion.js'

// The fast readers look labels up by their UTF-8 bytes; the rest of the code by string. Both must give one id per
// label, whatever the labels: ones that share their length and first, second and last bytes (the lookup's
// signature), very long ones, one- and two-byte ones, multi-byte characters, and thousands of them.

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

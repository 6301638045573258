import { describe, expect, it } from 'vitest'
import { parseBaseline, type BaselineEntry } from '../src/core/baseline.js'
import { baselineChanges } from '../src/core/baseline-diff.js'

const entry = (metrics: Record<string, number>): BaselineEntry => ({ metrics })

describe('baselineChanges', () => {
  it('is empty when the PR keeps every value', () => {
    const metrics = { accuracy: 0.9, f1: 0.8 }
    expect(baselineChanges(entry(metrics), entry({ ...metrics }))).toEqual([])
    expect(baselineChanges(undefined, undefined)).toEqual([])
  })

  it('lists each changed value, old and new', () => {
    expect(
      baselineChanges(
        entry({ accuracy: 0.9, f1: 0.9, recall: 0.75 }),
        entry({ accuracy: 0.9, f1: 0.5, recall: 0.6 }),
      ),
    ).toEqual([
      { metric: 'f1', before: 0.9, after: 0.5 },
      { metric: 'recall', before: 0.75, after: 0.6 },
    ])
  })

  it('lists raised values too: any edit of the bar deserves a reviewer', () => {
    expect(baselineChanges(entry({ f1: 0.5 }), entry({ f1: 0.9 }))).toEqual([
      { metric: 'f1', before: 0.5, after: 0.9 },
    ])
  })

  it('lists added and removed metrics with the missing side undefined', () => {
    const changes = baselineChanges(entry({ accuracy: 0.9, f1: 0.8 }), entry({ accuracy: 0.9, recall: 0.7 }))
    expect(changes).toEqual([
      { metric: 'f1', before: 0.8, after: undefined },
      { metric: 'recall', before: undefined, after: 0.7 },
    ])
  })

  it('a PR that adds the first entry lists every metric as added; one that deletes it, as removed', () => {
    expect(baselineChanges(undefined, entry({ f1: 0.5, accuracy: 0.6 }))).toEqual([
      { metric: 'f1', before: undefined, after: 0.5 },
      { metric: 'accuracy', before: undefined, after: 0.6 },
    ])
    expect(baselineChanges(entry({ f1: 0.5 }), undefined)).toEqual([
      { metric: 'f1', before: 0.5, after: undefined },
    ])
  })

  it('keeps the trusted copy’s order, then the metrics the PR adds', () => {
    const changes = baselineChanges(entry({ z: 1, a: 1, m: 1 }), entry({ b: 2, m: 2, z: 2, a: 2 }))
    expect(changes.map((c) => c.metric)).toEqual(['z', 'a', 'm', 'b'])
  })

  it('does not count floating-point noise as a change, but does count a real one however small', () => {
    expect(baselineChanges(entry({ f1: 0.3 }), entry({ f1: 0.1 + 0.2 }))).toEqual([])
    expect(baselineChanges(entry({ f1: 0.8 }), entry({ f1: 0.8 + 1e-13 }))).toEqual([])
    expect(baselineChanges(entry({ f1: 0.8 }), entry({ f1: 0.8001 }))).toEqual([
      { metric: 'f1', before: 0.8, after: 0.8001 },
    ])
    expect(baselineChanges(entry({ f1: 0.8 }), entry({ f1: 0.8 + 1e-9 }))).toHaveLength(1)
  })

  it('a metric whose value is 0 on one side is still a value, not a missing one', () => {
    expect(baselineChanges(entry({ log_loss: 0 }), entry({ log_loss: 0.2 }))).toEqual([
      { metric: 'log_loss', before: 0, after: 0.2 },
    ])
    expect(baselineChanges(entry({ log_loss: 0 }), entry({ log_loss: 0 }))).toEqual([])
  })

  it('metric names shaped like Object.prototype members are ordinary names', () => {
    const trusted = parseBaseline('{"__proto__": 0.5, "constructor": 0.5}', 'base').document.models['*']
    const proposed = parseBaseline('{"__proto__": 0.4, "toString": 0.1}', 'pr').document.models['*']
    expect(baselineChanges(trusted, proposed)).toEqual([
      { metric: '__proto__', before: 0.5, after: 0.4 },
      { metric: 'constructor', before: 0.5, after: undefined },
      { metric: 'toString', before: undefined, after: 0.1 },
    ])
  })

  it('looks only at the metrics: provenance, rows and matrices may differ freely', () => {
    const trusted: BaselineEntry = { metrics: { f1: 0.8 }, rows: 10, provenance: { commit: 'a' } }
    const proposed: BaselineEntry = {
      metrics: { f1: 0.8 },
      rows: 12,
      provenance: { commit: 'b' },
      fingerprint: 'x',
    }
    expect(baselineChanges(trusted, proposed)).toEqual([])
  })
})

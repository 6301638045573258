import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contains, exactMatch, normalizeAnswer, TextAccumulator, tokenF1 } from '../src/core/metrics/text.js'

interface Case {
  name: string
  prediction: string
  answers: string[]
  normalized_prediction: string
  normalized_answers: string[]
  exact_match: number
  f1: number
  contains: number
}

// Made by scripts/make-text-vectors.py with the functions of the official SQuAD v1.1 evaluation script.
const fixture = JSON.parse(readFileSync(new URL('./fixtures/squad/text.json', import.meta.url), 'utf8')) as {
  cases: Case[]
  means: Record<string, number>
}

const max = (scores: number[]) => Math.max(...scores)

describe('SQuAD v1.1 reference vectors', () => {
  it('loads the 27 cases', () => {
    expect(fixture.cases).toHaveLength(27)
  })

  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expect(normalizeAnswer(c.prediction)).toBe(c.normalized_prediction)
    expect(c.answers.map(normalizeAnswer)).toEqual(c.normalized_answers)
    expect(max(c.answers.map((a) => exactMatch(c.prediction, a)))).toBe(c.exact_match)
    expect(Math.abs(max(c.answers.map((a) => tokenF1(c.prediction, a))) - c.f1)).toBeLessThanOrEqual(1e-12)
    expect(max(c.answers.map((a) => contains(c.prediction, a)))).toBe(c.contains)
  })

  it('the means over all cases, as the script computes them (divided by 100)', () => {
    const accumulator = new TextAccumulator()
    for (const c of fixture.cases) accumulator.add(c.prediction, c.answers)
    const { values, rows, references } = accumulator.result()
    expect(rows).toBe(27)
    expect(references).toBe(fixture.cases.reduce((n, c) => n + c.answers.length, 0))
    for (const [metric, value] of Object.entries(fixture.means))
      expect(Math.abs(values[metric]! - value), metric).toBeLessThanOrEqual(1e-12)
  })
})

describe('what the normalisation does', () => {
  it('a Unicode letter next to an article makes it part of a word, as in Python', () => {
    expect(normalizeAnswer('éthe')).toBe('éthe')
    expect(normalizeAnswer('the é')).toBe('é')
  })

  it('only ASCII punctuation is removed', () => {
    expect(normalizeAnswer('«x» b—c')).toBe('«x» b—c')
    expect(normalizeAnswer('«a» b—c')).toBe('« » b—c')
  })
})

import { describe, expect, it } from 'vitest'
import { ConfusionCounter } from '../src/core/confusion.js'
import { InputError } from '../src/core/errors.js'
import {
  compareCodePoints,
  labelFromJson,
  lookAlikeLabelWarnings,
  shownLabel,
  sortLabels,
  visibleLabel,
} from '../src/core/labels.js'

describe('labelFromJson', () => {
  const where = { file: 'p.jsonl', line: 3, field: 'label' }

  it('keeps strings, prints numbers in their shortest form, and spells booleans', () => {
    expect(
      [1, 1.0, 1.5, -2, 0.1, 1e21, -0, 'cat', ' x ', true, false].map((v) => labelFromJson(v, where)),
    ).toEqual(['1', '1', '1.5', '-2', '0.1', '1e+21', '0', 'cat', ' x ', 'true', 'false'])
  })

  it('refuses missing, null, empty, structured and non-finite values with a located message', () => {
    const cases: [unknown, string][] = [
      [undefined, 'p.jsonl:3: field "label": is missing'],
      [null, 'p.jsonl:3: field "label": is null'],
      ['', 'p.jsonl:3: field "label": value is empty'],
      [[1], 'p.jsonl:3: field "label": must be a string, number or boolean, not an array'],
      [{ a: 1 }, 'p.jsonl:3: field "label": must be a string, number or boolean, not an object'],
      [Number.NaN, 'p.jsonl:3: field "label": value NaN is not a finite number'],
      [Infinity, 'p.jsonl:3: field "label": value Infinity is not a finite number'],
    ]
    for (const [value, message] of cases) {
      let caught: unknown
      try {
        labelFromJson(value, where)
      } catch (error) {
        caught = error
      }
      expect(caught, String(value)).toBeInstanceOf(InputError)
      expect((caught as InputError).message).toBe(message)
      expect((caught as InputError).location).toEqual(where)
    }
  })
})

describe('compareCodePoints', () => {
  it('orders by code point, not by UTF-16 code unit', () => {
    // U+FF21 is one code unit 0xFF21; U+1F431 is the surrogate pair 0xD83D 0xDC31, which sorts first in UTF-16.
    expect('🐱' < 'Ａ').toBe(true)
    expect(compareCodePoints('Ａ', '🐱')).toBeLessThan(0)
    expect(compareCodePoints('🐱', 'Ａ')).toBeGreaterThan(0)
    expect(compareCodePoints('a🐱b', 'a🐱c')).toBeLessThan(0)
    expect(compareCodePoints('x\uFFFF', 'x🐱')).toBeLessThan(0)
  })

  it('puts a prefix first and finds equal strings equal', () => {
    expect(compareCodePoints('ab', 'abc')).toBeLessThan(0)
    expect(compareCodePoints('abc', 'ab')).toBeGreaterThan(0)
    expect(compareCodePoints('', 'a')).toBeLessThan(0)
    expect(compareCodePoints('日本🐱', '日本🐱')).toBe(0)
  })
})

describe('sortLabels', () => {
  it('sorts strings by code point like numpy: upper case before lower case, BMP before astral', () => {
    expect(sortLabels(['🐱', 'b', 'Ａ', 'é', 'B', 'a', 'Zeta', '日本'])).toEqual([
      'B',
      'Zeta',
      'a',
      'b',
      'é',
      '日本',
      'Ａ',
      '🐱',
    ])
  })

  it('sorts numerically when every label is a number', () => {
    expect(sortLabels(['10', '9', '-1', '2', '1.5', '.5', '+3', '1e3'])).toEqual([
      '-1',
      '.5',
      '1.5',
      '2',
      '+3',
      '9',
      '10',
      '1e3',
    ])
  })

  it('breaks ties between equal numbers by code point', () => {
    expect(sortLabels(['1.0', '1', '01'])).toEqual(['01', '1', '1.0'])
  })

  it('sorts as strings as soon as one label is not a number', () => {
    expect(sortLabels(['10', '9', '2', 'a'])).toEqual(['10', '2', '9', 'a'])
    expect(sortLabels(['10', ' 9'])).toEqual([' 9', '10'])
    expect(sortLabels(['NaN', 'Infinity', '1'])).toEqual(['1', 'Infinity', 'NaN'])
    expect(sortLabels(['0x10', '2'])).toEqual(['0x10', '2'])
  })

  it('returns a new array and accepts any iterable', () => {
    const set = new Set(['b', 'a'])
    expect(sortLabels(set)).toEqual(['a', 'b'])
    expect([...set]).toEqual(['b', 'a'])
  })
})

describe('ConfusionCounter', () => {
  it('counts gold × predicted in sorted label order, growing past its first capacity', () => {
    const counter = new ConfusionCounter()
    const labels = ['e', 'd', 'c', 'b', 'a', 'f'] // more than the initial 4 slots, first seen out of order
    labels.forEach((gold, i) => counter.add(gold, labels[(i + 1) % labels.length]!))
    counter.add('a', 'a', 3)
    expect(counter.total).toBe(9)
    expect(counter.toMatrix()).toEqual({
      labels: ['a', 'b', 'c', 'd', 'e', 'f'],
      counts: [
        [3, 0, 0, 0, 0, 1],
        [1, 0, 0, 0, 0, 0],
        [0, 1, 0, 0, 0, 0],
        [0, 0, 1, 0, 0, 0],
        [0, 0, 0, 1, 0, 0],
        [0, 0, 0, 0, 1, 0],
      ],
      total: 9,
    })
  })

  it('adds another matrix, label by label', () => {
    const first = new ConfusionCounter()
    first.add('1', '0')
    first.add('10', '10')
    const second = new ConfusionCounter()
    second.add('2', '1')
    second.add('1', '0')
    second.addMatrix(first.toMatrix())
    expect(second.toMatrix()).toEqual({
      labels: ['0', '1', '2', '10'],
      counts: [
        [0, 0, 0, 0],
        [2, 0, 0, 0],
        [0, 1, 0, 0],
        [0, 0, 0, 1],
      ],
      total: 4,
    })
  })

  it('starts empty', () => {
    expect(new ConfusionCounter().toMatrix()).toEqual({ labels: [], counts: [], total: 0 })
  })
})

describe('lookAlikeLabelWarnings', () => {
  it('names both spellings of labels that differ only by surrounding whitespace or normalisation', () => {
    const composed = 'caf\u00e9'
    const decomposed = 'cafe\u0301'
    expect(lookAlikeLabelWarnings(['cat', 'dog', 'cat ', composed, '\tdog', decomposed, 'Cat'])).toEqual([
      'labels "cat" and "cat " differ only by surrounding whitespace or Unicode normalisation, and are counted as two classes',
      'labels "dog" and "\\tdog" differ only by surrounding whitespace or Unicode normalisation, and are counted as two classes',
      'labels "caf\\u00e9" and "cafe\\u0301" differ only by surrounding whitespace or Unicode normalisation, and are counted as two classes',
    ])
  })

  it('shows the difference between labels that print alike', () => {
    expect(lookAlikeLabelWarnings([' a', 'a', 'a\t', 'a\u00a0'])).toEqual([
      'labels " a" and "a" differ only by surrounding whitespace or Unicode normalisation, and are counted as two classes',
      'labels " a" and "a\\t" differ only by surrounding whitespace or Unicode normalisation, and are counted as two classes',
      'labels " a" and "a\\u00a0" differ only by surrounding whitespace or Unicode normalisation, and are counted as two classes',
    ])
  })
})

describe('visibleLabel and shownLabel', () => {
  it('write what would not show as code points, and leave other text readable', () => {
    expect(visibleLabel('cafe\u0301')).toBe('"cafe\\u0301"')
    expect(visibleLabel('caf\u00e9')).toBe('"caf\\u00e9"')
    expect(visibleLabel('\u200ba\u3000"b\\\n')).toBe('"\\u200ba\\u3000\\"b\\\\\\n"')
    expect(visibleLabel('日本 \u{1f600}\u{e0041}')).toBe('"日本 \u{1f600}\\u{e0041}"')
  })

  it('quote only labels that may print like another', () => {
    expect(['cat', 'caf\u00e9', '日本', ' cat', 'cat\t', 'cafe\u0301'].map(shownLabel)).toEqual([
      'cat',
      'caf\u00e9',
      '日本',
      '" cat"',
      '"cat\\t"',
      '"cafe\\u0301"',
    ])
  })

  it('says nothing about distinct labels, and names at most `limit` pairs', () => {
    expect(lookAlikeLabelWarnings(['a', 'b', 'a b', 'A'])).toEqual([])
    const many = Array.from({ length: 8 }, (_, i) => [`l${i}`, ` l${i}`]).flat()
    const warnings = lookAlikeLabelWarnings(many, 5)
    expect(warnings).toHaveLength(6)
    expect(warnings[5]).toBe('3 more pairs of such labels')
  })
})

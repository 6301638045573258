import { describe, expect, it } from 'vitest'
import { InputError } from '../src/core/errors.js'
import { DEFAULT_THRESHOLDS, describeRules, parseThresholds, rulesFor } from '../src/core/thresholds.js'

const RULE_HELP = 'expected "max-drop 0.01", "max-drop 2%", "min 0.85" or "max 0.3"'

describe('parseThresholds', () => {
  it('parses the default', () => {
    expect(DEFAULT_THRESHOLDS).toBe('*: max-drop 0')
    expect(parseThresholds(DEFAULT_THRESHOLDS)).toEqual([
      { pattern: '*', rules: { maxDrop: { kind: 'absolute', amount: 0 } }, source: '*: max-drop 0' },
    ])
  })

  it('parses several rules on a line, percentages, bounds, comments, blank lines and CRLF', () => {
    const text = [
      '# gate on macro F1',
      '',
      '  f1: max-drop 0.01, min 0.8  ',
      'accuracy: max-drop 2%\r',
      '   # indented comment',
      'f1_*:max 0.3,min -1',
      'recall_macro: max-drop 1e-3, max +0.99',
    ].join('\n')
    expect(parseThresholds(text)).toEqual([
      {
        pattern: 'f1',
        rules: { maxDrop: { kind: 'absolute', amount: 0.01 }, min: 0.8 },
        source: 'f1: max-drop 0.01, min 0.8',
      },
      {
        pattern: 'accuracy',
        rules: { maxDrop: { kind: 'relative', amount: 0.02 } },
        source: 'accuracy: max-drop 2%',
      },
      { pattern: 'f1_*', rules: { max: 0.3, min: -1 }, source: 'f1_*:max 0.3,min -1' },
      {
        pattern: 'recall_macro',
        rules: { maxDrop: { kind: 'absolute', amount: 0.001 }, max: 0.99 },
        source: 'recall_macro: max-drop 1e-3, max +0.99',
      },
    ])
  })

  it.each(['acc: max-drop 1e999', 'acc: max-drop 1e999%', 'acc: min 1e400', 'acc: max -1e999'])(
    'refuses a number too large to be finite: %s',
    (text) => {
      const rule = text.slice('acc: '.length)
      expect(() => parseThresholds(text)).toThrowError(
        new InputError(
          `thresholds line 1 ${JSON.stringify(text)}: the number in rule ${JSON.stringify(rule)} is too large: use a finite number`,
        ),
      )
    },
  )

  it('returns no rules for empty input or only comments', () => {
    expect(parseThresholds('')).toEqual([])
    expect(parseThresholds('\n# nothing\n  \n')).toEqual([])
  })

  it.each([
    [
      'accuracy: drop-at-most lots',
      1,
      `thresholds line 1 "accuracy: drop-at-most lots": invalid rule "drop-at-most lots"; ${RULE_HELP}`,
    ],
    ['f1 max-drop 0.01', 1, 'thresholds line 1 "f1 max-drop 0.01": expected "METRIC: RULE"'],
    ['# ok\n\n: min 1', 3, 'thresholds line 3 ": min 1": expected "METRIC: RULE"'],
    ['f 1: min 1', 1, 'thresholds line 1 "f 1: min 1": "f 1" is not a metric name or glob'],
    ['f1?: min 1', 1, 'thresholds line 1 "f1?: min 1": "f1?" is not a metric name or glob'],
    [
      '*: max-drop 0\nf1: max-drop',
      2,
      `thresholds line 2 "f1: max-drop": invalid rule "max-drop"; ${RULE_HELP}`,
    ],
    [
      'f1: max-drop -0.1',
      1,
      `thresholds line 1 "f1: max-drop -0.1": invalid rule "max-drop -0.1"; ${RULE_HELP}`,
    ],
    [
      'f1: max-drop 5 %',
      1,
      `thresholds line 1 "f1: max-drop 5 %": invalid rule "max-drop 5 %"; ${RULE_HELP}`,
    ],
    ['f1: min high', 1, `thresholds line 1 "f1: min high": invalid rule "min high"; ${RULE_HELP}`],
    ['f1: MIN 0.5', 1, `thresholds line 1 "f1: MIN 0.5": invalid rule "MIN 0.5"; ${RULE_HELP}`],
    ['f1:', 1, `thresholds line 1 "f1:": invalid rule ""; ${RULE_HELP}`],
    ['f1: min 0.5,', 1, `thresholds line 1 "f1: min 0.5,": invalid rule ""; ${RULE_HELP}`],
    [
      'f1: min 0.5, floor 0.2',
      1,
      `thresholds line 1 "f1: min 0.5, floor 0.2": invalid rule "floor 0.2"; ${RULE_HELP}`,
    ],
    ['a: min 0\r\nb: min 0.1, min 0.2', 2, 'thresholds line 2 "b: min 0.1, min 0.2": "min" is given twice'],
    [
      'f1: max-drop 0.01, max-drop 2%',
      1,
      'thresholds line 1 "f1: max-drop 0.01, max-drop 2%": "max-drop" is given twice',
    ],
    ['f1: max 1, max 2', 1, 'thresholds line 1 "f1: max 1, max 2": "max" is given twice'],
    [
      'f1: min 0.5 ' + 'x'.repeat(200),
      1,
      `thresholds line 1 "f1: min 0.5 ${'x'.repeat(88)}…": invalid rule "min 0.5 ${'x'.repeat(200)}"; ${RULE_HELP}`,
    ],
  ])('refuses %j (line %i)', (text, _line, message) => {
    expect(() => parseThresholds(text)).toThrowError(new InputError(message))
  })
})

describe('rulesFor', () => {
  const lines = parseThresholds(
    [
      '*: max-drop 0',
      'f1*: max-drop 0.05, min 0.5',
      'f1_macro: max-drop 0.01',
      '*_macro: min 0.7',
      'f1_m*: max 0.99',
    ].join('\n'),
  )

  it('gives every metric the fallback `*`', () => {
    expect(rulesFor('accuracy', lines)).toEqual({ maxDrop: { kind: 'absolute', amount: 0 } })
    expect(rulesFor('anything.else', lines)).toEqual({ maxDrop: { kind: 'absolute', amount: 0 } })
  })

  it('takes each kind of rule from the most specific line that sets it', () => {
    // max-drop: exact beats every glob; min: `*_macro` (6 characters) beats `f1*` (2); max: only `f1_m*` sets it.
    expect(rulesFor('f1_macro', lines)).toEqual({
      maxDrop: { kind: 'absolute', amount: 0.01 },
      min: 0.7,
      max: 0.99,
    })
    // `f1*` (2) beats `*` (0) for max-drop; `f1_m*` matches f1_micro too.
    expect(rulesFor('f1_micro', lines)).toEqual({
      maxDrop: { kind: 'absolute', amount: 0.05 },
      min: 0.5,
      max: 0.99,
    })
    expect(rulesFor('precision_macro', lines)).toEqual({ maxDrop: { kind: 'absolute', amount: 0 }, min: 0.7 })
    expect(rulesFor('f1', lines)).toEqual({ maxDrop: { kind: 'absolute', amount: 0.05 }, min: 0.5 })
  })

  it('lets an exact name beat a glob of the same length, whatever the order of the lines', () => {
    const exactFirst = parseThresholds('f1: min 0.9\nf1*: min 0.1')
    const globFirst = parseThresholds('f1*: min 0.1\nf1: min 0.9')
    expect(rulesFor('f1', exactFirst)).toEqual({ min: 0.9 })
    expect(rulesFor('f1', globFirst)).toEqual({ min: 0.9 })
  })

  it('lets the later line win between equals', () => {
    expect(rulesFor('f1', parseThresholds('f1: min 0.1\nf1: min 0.2'))).toEqual({ min: 0.2 })
    // `*_macro` and `f1_mac*` are equally specific (six literal characters): the later line wins.
    expect(rulesFor('f1_macro', parseThresholds('*_macro: min 0.1\nf1_mac*: min 0.2'))).toEqual({ min: 0.2 })
    expect(rulesFor('f1_macro', parseThresholds('f1_mac*: min 0.2\n*_macro: min 0.1'))).toEqual({ min: 0.1 })
    // A longer glob wins whatever the order.
    expect(rulesFor('f1_macro', parseThresholds('*_macro: min 0.1\nf1_*: min 0.2'))).toEqual({ min: 0.1 })
  })

  it('matches globs literally apart from `*`', () => {
    expect(rulesFor('a.b', parseThresholds('a*b: min 0.1'))).toEqual({ min: 0.1 })
    expect(rulesFor('axb', parseThresholds('a.b: min 0.1'))).toEqual({})
    expect(rulesFor('axb', parseThresholds('a.*: min 0.1'))).toEqual({})
    expect(rulesFor('f1_macro', parseThresholds('f1: min 0.1'))).toEqual({})
    expect(rulesFor('recall', parseThresholds('*all: min 0.1\n*l*: max 0.9'))).toEqual({ min: 0.1, max: 0.9 })
  })

  it('returns no rules when nothing matches', () => {
    expect(rulesFor('accuracy', [])).toEqual({})
  })
})

describe('describeRules', () => {
  it('writes rules back in the words of the input', () => {
    expect(describeRules({ maxDrop: { kind: 'absolute', amount: 0.01 }, min: 0.8, max: 0.95 })).toBe(
      'max-drop 0.01, min 0.8, max 0.95',
    )
    expect(describeRules({ maxDrop: { kind: 'relative', amount: 0.07 } })).toBe('max-drop 7%')
    expect(describeRules({ maxDrop: { kind: 'relative', amount: 0.001 } })).toBe('max-drop 0.1%')
    expect(describeRules({ min: -1 })).toBe('min -1')
    expect(describeRules({})).toBe('')
  })

  it('round-trips what was parsed', () => {
    for (const source of ['max-drop 2%', 'max-drop 0.015, min 0.85', 'min 0.3, max 0.7', 'max-drop 0']) {
      expect(describeRules(parseThresholds(`x: ${source}`)[0]!.rules)).toBe(source)
    }
  })
})

import { describe, expect, test } from 'vitest'
import { jsonKeyLine } from '../src/core/json-lines.js'

describe('jsonKeyLine', () => {
  const versioned = [
    '{',
    '  "schema": 1,',
    '  "models": {',
    '    "other": { "metrics": { "accuracy": 0.5 } },',
    '    "default": {',
    '      "labels": ["a", "b,\\"}"],',
    '      "metrics": {',
    '        "f1": 0.8,',
    '        "acc\\u0075racy": 0.9',
    '      }',
    '    }',
    '  }',
    '}',
  ].join('\n')

  test('finds the line of a nested key, past strings and arrays holding brackets, quotes and commas', () => {
    expect(jsonKeyLine(versioned, ['models', 'default', 'metrics', 'accuracy'])).toBe(9)
    expect(jsonKeyLine(versioned, ['models', 'default', 'metrics', 'f1'])).toBe(8)
    expect(jsonKeyLine(versioned, ['models', 'other', 'metrics', 'accuracy'])).toBe(4)
    expect(jsonKeyLine(versioned, ['schema'])).toBe(2)
  })

  test('a key elsewhere, a value that looks like the key, or a missing key give no line', () => {
    expect(jsonKeyLine(versioned, ['accuracy'])).toBeUndefined()
    expect(jsonKeyLine(versioned, ['models', 'default', 'metrics', 'recall'])).toBeUndefined()
    expect(jsonKeyLine('{"a": "b", "c": {"a": 1}}', ['b'])).toBeUndefined()
    expect(jsonKeyLine('[{"accuracy": 1}]', ['accuracy'])).toBeUndefined()
    expect(jsonKeyLine('{"accuracy": 1}', [])).toBeUndefined()
  })

  test('a flat file, and text that is not JSON', () => {
    expect(jsonKeyLine('{\n"f1_macro": 0.99}\n', ['f1_macro'])).toBe(2)
    expect(jsonKeyLine('{"f1_macro', ['f1_macro'])).toBeUndefined()
    expect(jsonKeyLine('{"bad \\x": 1, "f1": 2}', ['f1'])).toBeUndefined()
  })
})

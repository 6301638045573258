import { describe, expect, it } from 'vitest'
import {
  BASELINE_SCHEMA,
  entryFor,
  parseBaseline,
  serializeBaseline,
  withEntry,
  type BaselineDocument,
} from '../src/core/baseline.js'
import { InputError } from '../src/core/errors.js'

const FILE = '.github/eval-baseline.json'

/** The error `parseBaseline` throws for `text`; fails the test if it does not throw an InputError. */
function parseError(text: string): string {
  let caught: unknown
  try {
    parseBaseline(text, FILE)
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(InputError)
  return (caught as Error).message
}

const versioned = {
  schema: 1,
  models: {
    default: {
      metrics: { accuracy: 0.75, f1_macro: 0.7 },
      rows: 4,
      positiveLabel: 'yes',
      labels: ['no', 'yes'],
      confusionMatrix: [
        [2, 0],
        [1, 1],
      ],
      provenance: {
        commit: 'abc123',
        ref: 'refs/heads/main',
        time: '2025-01-01T00:00:00Z',
        tool: 'eval-gate@0.1.0',
      },
    },
    other: { metrics: { accuracy: 0.5 } },
  },
}

describe('parseBaseline', () => {
  it('reads the versioned form', () => {
    expect(parseBaseline(JSON.stringify(versioned), FILE)).toEqual({ document: versioned, flat: false })
    expect(BASELINE_SCHEMA).toBe(1)
  })

  it('reads a flat hand-written file as an entry every name shares', () => {
    const parsed = parseBaseline('{"f1_macro": 0.81, "accuracy": 1}', FILE)
    expect(parsed).toEqual({
      document: { schema: 1, models: { '*': { metrics: { f1_macro: 0.81, accuracy: 1 } } } },
      flat: true,
    })
    expect(entryFor(parsed.document, 'any-name')).toEqual({ metrics: { f1_macro: 0.81, accuracy: 1 } })
  })

  it('finds an entry by name, falling back to the shared one only when there is one', () => {
    const { document } = parseBaseline(JSON.stringify(versioned), FILE)
    expect(entryFor(document, 'other')).toEqual({ metrics: { accuracy: 0.5 } })
    expect(entryFor(document, 'missing')).toBeUndefined()
  })

  it('keeps only the string fields of provenance', () => {
    const text = '{"schema":1,"models":{"m":{"metrics":{},"provenance":{"commit":"abc","run":7,"x":null}}}}'
    expect(parseBaseline(text, FILE).document.models.m).toEqual({
      metrics: {},
      provenance: { commit: 'abc' },
    })
  })

  it('names the file when the JSON is malformed', () => {
    expect(parseError('{"f1": 0.5,')).toBe(`${FILE}:1: is not valid JSON: expected a quoted key at column 12`)
    expect(parseError('')).toBe(`${FILE}: is empty: expected a JSON document`)
  })

  it.each([
    ['[]', `${FILE} at $: baseline must be a JSON object`],
    ['null', `${FILE} at $: baseline must be a JSON object`],
    [
      '{"schema": 2, "models": {}}',
      `${FILE} at $.schema: unknown baseline schema 2; this version of eval-gate reads schema 1`,
    ],
    [
      '{"schema": "1"}',
      `${FILE} at $.schema: unknown baseline schema a string; this version of eval-gate reads schema 1`,
    ],
    ['{"schema": 1}', `${FILE} at $.models: "models" must be an object`],
    ['{"schema": 1, "models": []}', `${FILE} at $.models: "models" must be an object`],
    ['{"schema": 1, "models": {"default": 3}}', `${FILE} at $.models.default: must be an object`],
    ['{"schema": 1, "models": {"default": {}}}', `${FILE} at $.models.default: entry has no "metrics"`],
    [
      '{"schema": 1, "models": {"default": {"metrics": []}}}',
      `${FILE} at $.models.default.metrics: metrics must be an object of numbers`,
    ],
    [
      '{"schema": 1, "models": {"default": {"metrics": {"accuracy": 0.5, "f1": "0.8"}}}}',
      `${FILE} at $.models.default.metrics.f1: metric value must be a finite number, got a string`,
    ],
    [
      '{"schema": 1, "models": {"my model": {"metrics": {"f1 score": null}}}}',
      `${FILE} at $.models["my model"].metrics["f1 score"]: metric value must be a finite number, got null`,
    ],
    [
      '{"schema": 1, "models": {"default": {"metrics": {"f1": 1e400}}}}',
      `${FILE} at $.models.default.metrics.f1: metric value must be a finite number, got Infinity`,
    ],
    ['{"f1": true}', `${FILE} at $.f1: metric value must be a finite number, got true`],
    ['{"loss": -1e999}', `${FILE} at $.loss: metric value must be a finite number, got -Infinity`],
    [
      '{"schema": 1, "models": {"m": {"metrics": {}, "standardErrors": {"roc_auc": 1e999}}}}',
      `${FILE} at $.models.m.standardErrors.roc_auc: metric value must be a finite number, got Infinity`,
    ],
    [
      '{"schema": 1, "models": {"default": {"metrics": {}, "rows": 1e999}}}',
      `${FILE} at $.models.default.rows: must be a whole number ≥ 0, got Infinity`,
    ],
    [
      '{"schema": 1, "models": {"default": {"metrics": {}, "labels": ["a", "b"], "confusionMatrix": [[1, 2], [3, 1e999]]}}}',
      `${FILE} at $.models.default.confusionMatrix[1][1]: must be a whole number ≥ 0, got Infinity`,
    ],
    [
      '{"schema": 1, "models": {"default": {"metrics": {}, "labels": ["a", "b", "a"]}}}',
      `${FILE} at $.models.default.labels[2]: this label is given twice (also at [0]); each label must appear once`,
    ],
    [
      '{"schema": 1, "models": {"default": {"metrics": {}, "labels": ["", ""], "confusionMatrix": [[1, 0], [0, 1]]}}}',
      `${FILE} at $.models.default.labels[1]: this label is given twice (also at [0]); each label must appear once`,
    ],
    [
      '{"schema": 1, "models": {"default": {"metrics": {}, "rows": 1.5}}}',
      `${FILE} at $.models.default.rows: must be a whole number ≥ 0, got 1.5`,
    ],
    [
      '{"schema": 1, "models": {"default": {"metrics": {}, "labels": ["a", 1]}}}',
      `${FILE} at $.models.default.labels: must be an array of strings`,
    ],
    [
      '{"schema": 1, "models": {"default": {"metrics": {}, "labels": ["a", "b"], "confusionMatrix": [[1, 2]]}}}',
      `${FILE} at $.models.default.confusionMatrix: must be a square array matching "labels"`,
    ],
    [
      '{"schema": 1, "models": {"default": {"metrics": {}, "labels": ["a", "b"], "confusionMatrix": [[1, 2], [3]]}}}',
      `${FILE} at $.models.default.confusionMatrix[1]: each row must have one count per label`,
    ],
    [
      '{"schema": 1, "models": {"default": {"metrics": {}, "labels": ["a", "b"], "confusionMatrix": [[1, 2], [3, -4]]}}}',
      `${FILE} at $.models.default.confusionMatrix[1][1]: must be a whole number ≥ 0, got -4`,
    ],
    [
      '{"schema": 1, "models": {"default": {"metrics": {}, "positiveLabel": 1}}}',
      `${FILE} at $.models.default.positiveLabel: must be a string`,
    ],
    [
      '{"schema": 1, "models": {"default": {"metrics": {}, "provenance": "abc"}}}',
      `${FILE} at $.models.default.provenance: must be an object`,
    ],
  ])('refuses %s', (text, message) => {
    expect(parseError(text)).toBe(message)
  })
})

describe('withEntry', () => {
  it('replaces one entry and keeps the others', () => {
    const { document } = parseBaseline(JSON.stringify(versioned), FILE)
    const updated = withEntry(document, 'other', { metrics: { accuracy: 0.6 } })
    expect(updated).toEqual({
      schema: 1,
      models: { default: versioned.models.default, other: { metrics: { accuracy: 0.6 } } },
    })
    // The input is left as it was.
    expect(document.models.other).toEqual({ metrics: { accuracy: 0.5 } })
    expect(withEntry(document, 'new', { metrics: {} }).models).toEqual({
      ...versioned.models,
      new: { metrics: {} },
    })
  })

  it('drops the shared entry of a flat file', () => {
    const { document } = parseBaseline('{"f1_macro": 0.8}', FILE)
    expect(withEntry(document, 'default', { metrics: { f1_macro: 0.85 } })).toEqual({
      schema: 1,
      models: { default: { metrics: { f1_macro: 0.85 } } },
    })
  })
})

describe('serializeBaseline', () => {
  const expected = `{
  "schema": 1,
  "models": {
    "default": {
      "metrics": {
        "accuracy": 0.75,
        "f1_macro": 0.7
      },
      "rows": 4,
      "positiveLabel": "yes",
      "labels": [
        "no",
        "yes"
      ],
      "confusionMatrix": [
        [2,0],
        [1,1]
      ],
      "provenance": {
        "commit": "abc123",
        "ref": "refs/heads/main",
        "time": "2025-01-01T00:00:00Z",
        "tool": "eval-gate@0.1.0"
      }
    },
    "other": {
      "metrics": {
        "accuracy": 0.5
      }
    }
  }
}
`

  it('writes keys in a fixed order, matrix rows on one line, and a trailing newline', () => {
    expect(serializeBaseline(versioned as BaselineDocument)).toBe(expected)
  })

  it('gives the same text whatever the key insertion order', () => {
    const shuffled: BaselineDocument = {
      models: {
        other: { metrics: { accuracy: 0.5 } },
        default: {
          provenance: {
            tool: 'eval-gate@0.1.0',
            time: '2025-01-01T00:00:00Z',
            ref: 'refs/heads/main',
            commit: 'abc123',
          },
          confusionMatrix: [
            [2, 0],
            [1, 1],
          ],
          labels: ['no', 'yes'],
          positiveLabel: 'yes',
          rows: 4,
          metrics: { f1_macro: 0.7, accuracy: 0.75 },
        },
      },
      schema: 1,
    }
    expect(serializeBaseline(shuffled)).toBe(expected)
  })

  it('sorts metric and model names by code point', () => {
    const text = serializeBaseline({
      schema: 1,
      models: {
        b: { metrics: { recall: 1, Accuracy: 2, f1: 3 } },
        B: { metrics: {} },
        '🐱': { metrics: {} },
        Ａ: { metrics: {} },
      },
    })
    expect([...text.matchAll(/^ {4}"([^"]+)": \{$/gm)].map((m) => m[1])).toEqual(['B', 'b', 'Ａ', '🐱'])
    expect([...text.matchAll(/^ {8}"([^"]+)": \d,?$/gm)].map((m) => m[1])).toEqual([
      'Accuracy',
      'f1',
      'recall',
    ])
  })

  it('round-trips through parseBaseline, floats exactly', () => {
    const document: BaselineDocument = {
      schema: 1,
      models: {
        default: {
          metrics: { accuracy: 0.1 + 0.2, f1_macro: 1 / 3, recall_macro: 5e-324 },
          rows: 123456,
          labels: ['a', 'b', 'c'],
          confusionMatrix: [
            [1, 2, 3],
            [4, 5, 6],
            [7, 8, 9],
          ],
        },
      },
    }
    const text = serializeBaseline(document)
    expect(parseBaseline(text, FILE)).toEqual({ document, flat: false })
    expect(serializeBaseline(parseBaseline(text, FILE).document)).toBe(text)
  })

  it('keeps hostile labels intact, the row marker included', () => {
    const labels = ['__row__[1]', '"q"', 'line\nbreak', '__row__']
    const document: BaselineDocument = {
      schema: 1,
      models: {
        '__row__[0]': {
          metrics: { '__row__[2]': 0.5 },
          labels,
          confusionMatrix: labels.map((_, g) => labels.map((_, p) => Number(g === p))),
        },
      },
    }
    const text = serializeBaseline(document)
    expect(parseBaseline(text, FILE).document).toEqual(document)
    expect(text).toContain('\n        [1,0,0,0],\n')
  })
})

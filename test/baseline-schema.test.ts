import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseBaseline, serializeBaseline, withEntry } from '../src/core/baseline.js'
import { BINARY_20, e2eFixture, MULTICLASS_9 } from './helpers/fixtures.js'
import { REPO_ROOT } from './helpers/node24.js'
import { cleanupRuns, runAction, runCli } from './helpers/run-action.js'

// schema/baseline.schema.json publishes the baseline format. Every baseline file the project writes or shows must
// validate against it, and a file that parseBaseline (src/core/baseline.ts) refuses must be refused by it too.

afterAll(cleanupRuns)

const SCHEMA_FILE = path.join(REPO_ROOT, 'schema', 'baseline.schema.json')
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>
// strict: an unknown keyword or a schema mistake is an error, not silently ignored.
const ajv = new Ajv2020({ strict: true, allErrors: true })
const validate = ajv.compile(schema)

/** The schema's errors for a file's text, as `instancePath message` lines; [] when it is valid. */
function schemaErrors(text: string): string[] {
  if (validate(JSON.parse(text))) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)
}

function parses(text: string): boolean {
  try {
    parseBaseline(text, 'baseline.json')
    return true
  } catch {
    return false
  }
}

const BASELINE = '.github/eval-baseline.json'

describe('the schema', () => {
  it('is a valid draft 2020-12 schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(ajv.validateSchema(schema)).toBe(true)
  })
})

describe('every baseline file the project writes or shows validates', () => {
  it('examples/eval-baseline.json', () => {
    const text = readFileSync(path.join(REPO_ROOT, 'examples', 'eval-baseline.json'), 'utf8')
    expect(parses(text)).toBe(true)
    expect(schemaErrors(text)).toEqual([])
  })

  it('the baseline examples in README.md', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')
    const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)]
      .map((m) => m[1]!)
      .filter((text) => text.includes('"schema"'))
    // The inline flat example: `{"f1_macro": 0.81, "accuracy": 0.9}`.
    const flat = [...readme.matchAll(/`(\{"[^`]*\})`/g)].map((m) => m[1]!).filter((text) => parses(text))
    expect(blocks.length + flat.length).toBeGreaterThan(0)
    for (const text of [...blocks, ...flat]) {
      // The README shortens the commit SHA with an ellipsis; the shape is what matters.
      expect(parses(text), text).toBe(true)
      expect(schemaErrors(text), text).toEqual([])
    }
  })

  describe('files written by the bundle', () => {
    const written: Record<string, string> = {}

    beforeAll(async () => {
      // A binary entry (positive label, labels, confusion matrix, fingerprint, provenance) ...
      const binary = await runAction({
        files: { 'p.csv': e2eFixture(BINARY_20.file) },
        inputs: { predictions: 'p.csv', 'update-baseline': 'true', name: 'sentiment' },
      })
      expect(binary.exitCode, binary.stdout).toBe(0)
      written.binary = await readFile(path.join(binary.workspace, BASELINE), 'utf8')
      // ... a multiclass one merged into the same file ...
      const multiclass = await runAction({
        files: { 'p.jsonl': e2eFixture(MULTICLASS_9.file), [BASELINE]: written.binary },
        inputs: {
          predictions: 'p.jsonl',
          'label-column': 'gold',
          'prediction-column': 'predicted',
          'update-baseline': 'true',
          name: 'topics',
        },
      })
      expect(multiclass.exitCode, multiclass.stdout).toBe(0)
      written.merged = await readFile(path.join(multiclass.workspace, BASELINE), 'utf8')
      // ... a regression entry (no labels, no matrix, no fingerprint) ...
      const regression = await runAction({
        files: { 'p.csv': 'label,prediction\n1.5,1.25\n-2,-2.5\n3e3,2999\n' },
        inputs: { predictions: 'p.csv', task: 'regression', 'update-baseline': 'true', name: 'price' },
      })
      expect(regression.exitCode, regression.stdout).toBe(0)
      written.regression = await readFile(path.join(regression.workspace, BASELINE), 'utf8')
      // ... and the CLI's rewrite of a hand-written flat file.
      const cli = await runCli(['--predictions', 'p.csv', '--update-baseline', '--baseline', 'b.json'], {
        files: { 'p.csv': e2eFixture(BINARY_20.file), 'b.json': '{"accuracy": 0.5}\n' },
      })
      expect(cli.exitCode, cli.stdout + cli.stderr).toBe(0)
      written.cli = await readFile(path.join(cli.workspace, 'b.json'), 'utf8')
    })

    it.each(['binary', 'merged', 'regression', 'cli'])('%s', (kind) => {
      const text = written[kind]!
      expect(parses(text)).toBe(true)
      expect(schemaErrors(text)).toEqual([])
    })

    it('they carry what the schema describes', () => {
      const merged = JSON.parse(written.merged!)
      expect(Object.keys(merged.models).sort()).toEqual(['sentiment', 'topics'])
      expect(Object.keys(merged.models.sentiment)).toEqual([
        'metrics',
        'rows',
        'fingerprint',
        'positiveLabel',
        'labels',
        'confusionMatrix',
        'provenance',
      ])
      expect(merged.models.topics.labels).toEqual(MULTICLASS_9.labels)
      // Regression metrics carry their row-bootstrap standard errors, for later unpaired tests.
      expect(Object.keys(JSON.parse(written.regression!).models.price)).toEqual([
        'metrics',
        'rows',
        'standardErrors',
        'provenance',
      ])
    })
  })

  it('serializeBaseline output of a document with every field', () => {
    const text = serializeBaseline(
      withEntry({ schema: 1, models: { other: { metrics: { r2: -3.5 } } } }, 'clf', {
        metrics: { accuracy: 1, 'f1 (macro)': 0, __proto__: 0.5 },
        rows: 3,
        fingerprint: 'gold-counts:sha256:00',
        positiveLabel: 'yes',
        labels: ['no', 'yes'],
        confusionMatrix: [
          [1, 0],
          [0, 2],
        ],
        subset: { limit: 50, tasks: { gsm8k: { effective: 50, original: 1319 } } },
        provenance: {
          commit: 'a'.repeat(40),
          ref: 'refs/heads/main',
          time: '2026-01-01T00:00:00.000Z',
          tool: 'x',
        },
      }),
    )
    expect(parses(text)).toBe(true)
    expect(schemaErrors(text)).toEqual([])
  })
})

/** Files parseBaseline refuses, each with what is wrong. */
const REFUSED: [string, string][] = [
  ['not an object: an array', '[{"accuracy": 0.9}]'],
  [
    'a negative standard error',
    '{"schema": 1, "models": {"a": {"metrics": {}, "standardErrors": {"roc_auc": -0.01}}}}',
  ],
  [
    'a standard error that is a string',
    '{"schema": 1, "models": {"a": {"metrics": {}, "standardErrors": {"x": "0.1"}}}}',
  ],
  ['not an object: null', 'null'],
  ['not an object: a number', '0.9'],
  ['flat: a value that is a string', '{"accuracy": "0.9"}'],
  ['flat: a value that is null', '{"accuracy": null}'],
  ['flat: a value that is an object', '{"accuracy": {"value": 0.9}}'],
  ['flat: a value too large to be finite', '{"accuracy": 1e999}'],
  ['flat: a value too small to be finite', '{"loss": -1e999}'],
  ['flat: an empty metric name', '{"": 0.5}'],
  ['flat: a metric name with a line break', '{"a\\nb": 0.5}'],
  ['flat: a metric name with a tab', '{"a\\tb": 0.5}'],
  ['flat: a metric name with U+2028', '{"a\\u2028b": 0.5}'],
  ['flat: a metric name with DEL', '{"a\\u007fb": 0.5}'],
  ['an unknown schema version', '{"schema": 2, "models": {}}'],
  ['a schema version as a string', '{"schema": "1", "models": {}}'],
  ['a schema version null', '{"schema": null, "models": {}}'],
  ['no models', '{"schema": 1}'],
  ['models an array', '{"schema": 1, "models": []}'],
  ['models null', '{"schema": 1, "models": null}'],
  ['an entry that is not an object', '{"schema": 1, "models": {"a": [0.9]}}'],
  ['an entry without metrics', '{"schema": 1, "models": {"a": {"rows": 3}}}'],
  ['entry metrics an array', '{"schema": 1, "models": {"a": {"metrics": [0.9]}}}'],
  ['entry metrics null', '{"schema": 1, "models": {"a": {"metrics": null}}}'],
  ['entry metric a boolean', '{"schema": 1, "models": {"a": {"metrics": {"f1": true}}}}'],
  ['entry metric name empty', '{"schema": 1, "models": {"a": {"metrics": {"": 1}}}}'],
  ['rows negative', '{"schema": 1, "models": {"a": {"metrics": {}, "rows": -1}}}'],
  ['rows fractional', '{"schema": 1, "models": {"a": {"metrics": {}, "rows": 1.5}}}'],
  ['rows a string', '{"schema": 1, "models": {"a": {"metrics": {}, "rows": "20"}}}'],
  ['rows null', '{"schema": 1, "models": {"a": {"metrics": {}, "rows": null}}}'],
  ['rows beyond 2^53 − 1', '{"schema": 1, "models": {"a": {"metrics": {}, "rows": 9007199254740992}}}'],
  ['fingerprint a number', '{"schema": 1, "models": {"a": {"metrics": {}, "fingerprint": 1}}}'],
  ['labels not strings', '{"schema": 1, "models": {"a": {"metrics": {}, "labels": [0, 1]}}}'],
  ['labels a string', '{"schema": 1, "models": {"a": {"metrics": {}, "labels": "0,1"}}}'],
  ['a label given twice', '{"schema": 1, "models": {"a": {"metrics": {}, "labels": ["x", "y", "x"]}}}'],
  ['positiveLabel a number', '{"schema": 1, "models": {"a": {"metrics": {}, "positiveLabel": 1}}}'],
  ['confusionMatrix not an array', '{"schema": 1, "models": {"a": {"metrics": {}, "confusionMatrix": {}}}}'],
  [
    'confusionMatrix rows not arrays',
    '{"schema": 1, "models": {"a": {"metrics": {}, "confusionMatrix": [1]}}}',
  ],
  [
    'a negative count',
    '{"schema": 1, "models": {"a": {"metrics": {}, "confusionMatrix": [[1, -1], [0, 2]]}}}',
  ],
  [
    'a fractional count',
    '{"schema": 1, "models": {"a": {"metrics": {}, "confusionMatrix": [[1, 0.5], [0, 2]]}}}',
  ],
  ['a count as a string', '{"schema": 1, "models": {"a": {"metrics": {}, "confusionMatrix": [["1"]]}}}'],
  ['provenance a string', '{"schema": 1, "models": {"a": {"metrics": {}, "provenance": "abc"}}}'],
  ['provenance an array', '{"schema": 1, "models": {"a": {"metrics": {}, "provenance": ["abc"]}}}'],
  ['subset without tasks', '{"schema": 1, "models": {"a": {"metrics": {}, "subset": {"limit": 50}}}}'],
  [
    'a subset task without its original count',
    '{"schema": 1, "models": {"a": {"metrics": {}, "subset": {"tasks": {"gsm8k": {"effective": 50}}}}}}',
  ],
  [
    'a subset count that is fractional',
    '{"schema": 1, "models": {"a": {"metrics": {}, "subset": {"tasks": {"gsm8k": {"effective": 0.5, "original": 9}}}}}}',
  ],
  [
    'a subset limit of 0',
    '{"schema": 1, "models": {"a": {"metrics": {}, "subset": {"limit": 0, "tasks": {}}}}}',
  ],
]

/** Files both accept. */
const ACCEPTED: [string, string][] = [
  ['an empty flat file', '{}'],
  [
    'standard errors of score and file metrics',
    '{"schema": 1, "models": {"a": {"metrics": {"roc_auc": 0.9}, "standardErrors": {"roc_auc": 0.004, "x": 0}}}}',
  ],
  [
    'a flat file',
    '{"f1_macro": 0.81, "accuracy": 1, "r2": -3.5, "tiny": 5e-324, "huge": 1.7976931348623157e308}',
  ],
  ['a flat file with odd but single-line names', '{"f1 (macro)": 0.8, "hellaswag/acc,none": 0.5, "ü": 1}'],
  ['no entries', '{"schema": 1, "models": {}}'],
  ['schema written 1.0', '{"schema": 1.0, "models": {}}'],
  ['a bare entry', '{"schema": 1, "models": {"a": {"metrics": {}}}}'],
  [
    'the subset of a --limit run',
    '{"schema": 1, "models": {"a": {"metrics": {}, "subset": {"limit": 50, "tasks": {"gsm8k": {"effective": 50, "original": 1319}}}}}}',
  ],
  [
    'a fractional --limit (a share of each task)',
    '{"schema": 1, "models": {"a": {"metrics": {}, "subset": {"limit": 0.1, "tasks": {}}}}}',
  ],
  [
    'unknown keys (ignored on read)',
    '{"schema": 1, "note": "x", "models": {"a": {"metrics": {}, "extra": [1]}}}',
  ],
  ['any model name', '{"schema": 1, "models": {"": {"metrics": {}}, "a\\nb": {"metrics": {"x": 1}}}}'],
  [
    'a matrix without labels',
    '{"schema": 1, "models": {"a": {"metrics": {}, "confusionMatrix": [[1, 2], [3, 4]]}}}',
  ],
  ['an empty matrix', '{"schema": 1, "models": {"a": {"metrics": {}, "labels": [], "confusionMatrix": []}}}'],
  [
    'rows 0 and 2^53 − 1',
    '{"schema": 1, "models": {"a": {"metrics": {}, "rows": 0}, "b": {"metrics": {}, "rows": 9007199254740991}}}',
  ],
  ['rows written 20.0', '{"schema": 1, "models": {"a": {"metrics": {}, "rows": 20.0}}}'],
  [
    'provenance with other keys',
    '{"schema": 1, "models": {"a": {"metrics": {}, "provenance": {"runner": "x"}}}}',
  ],
]

describe('what parseBaseline refuses, the schema refuses', () => {
  it.each(REFUSED)('%s', (_, text) => {
    expect(parses(text)).toBe(false)
    expect(schemaErrors(text)).not.toEqual([])
  })
})

describe('what parseBaseline accepts, the schema accepts', () => {
  it.each(ACCEPTED)('%s', (_, text) => {
    expect(parses(text)).toBe(true)
    expect(schemaErrors(text)).toEqual([])
  })
})

describe('the known differences', () => {
  // JSON Schema cannot compare one array's length with another's: these two rules are checked on read only, and
  // the schema's description says so.
  it.each([
    [
      'a matrix that is not square',
      '{"schema": 1, "models": {"a": {"metrics": {}, "confusionMatrix": [[1, 2], [3]]}}}',
    ],
    [
      'a matrix with another size than labels',
      '{"schema": 1, "models": {"a": {"metrics": {}, "labels": ["x"], "confusionMatrix": [[1, 2], [3, 4]]}}}',
    ],
  ])('%s: refused on read, not expressible in the schema', (_, text) => {
    expect(parses(text)).toBe(false)
    expect(schemaErrors(text)).toEqual([])
    expect(schema.description).toMatch(/confusionMatrix is square/)
  })

  // parseBaseline drops provenance values that are not strings instead of refusing them; the schema states the
  // format, in which they are strings.
  it('a provenance value that is not a string: dropped on read, refused by the schema', () => {
    const text = '{"schema": 1, "models": {"a": {"metrics": {}, "provenance": {"commit": 5, "ref": "r"}}}}'
    expect(parseBaseline(text, 'b').document.models.a!.provenance).toEqual({ ref: 'r' })
    expect(schemaErrors(text)).toContain('/models/a/provenance/commit must be string')
  })
})

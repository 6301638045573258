import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, describe, expect, test } from 'vitest'
import type { JsonReport } from '../../src/core/json-report.js'
import { VERSION } from '../../src/version.js'
import { BINARY_20, baselineDocument, e2eFixture } from '../helpers/fixtures.js'
import { REPO_ROOT } from '../helpers/node24.js'
import { cleanupRuns, runCli, stackTraceLines, type CliResult } from '../helpers/run-action.js'

// dist/cli.js --format json and --output: the report as data for other CI systems, validated against the published
// schema/report.schema.json, and the exit codes 0 pass, 1 regression, 2 bad input.

afterAll(cleanupRuns)

const schema = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'schema', 'report.schema.json'), 'utf8'),
) as object
// strict: an unknown keyword or a mistake in the schema is an error, not silently ignored.
const ajv = new Ajv2020({ strict: true, allErrors: true })
const validate = ajv.compile(schema)

const BASELINE = '.github/eval-baseline.json'
const example = (file: string): string => readFileSync(path.join(REPO_ROOT, 'examples', file), 'utf8')
const PREDICTIONS = { 'predictions.csv': e2eFixture(BINARY_20.file) }
const REGRESSED_BASELINE = baselineDocument({ default: { ...BINARY_20.metrics, accuracy: 0.95 } })

/** The JSON report of a run, after checking it against the schema. */
function report(text: string): JsonReport {
  const document: unknown = JSON.parse(text)
  const errors = validate(document)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
  expect(errors).toEqual([])
  return document as JsonReport
}

function expectOneErrorLine(result: CliResult, message: string): void {
  expect(result.exitCode, result.stdout + result.stderr).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toBe(`eval-gate: error: ${message}\n`)
  expect(stackTraceLines(result.stderr)).toEqual([])
}

describe('--format json', () => {
  test('the schema is a valid draft 2020-12 schema', () => {
    expect(ajv.validateSchema(schema)).toBe(true)
  })

  test('a regression exits 1; the report has the values, the interval, the p-values and the verdict', async () => {
    // The demo's real drop (examples/): a baseline with its confusion matrix, so each drop is tested.
    const result = await runCli(
      [
        ...['--predictions', 'predictions.csv', '--baseline', 'eval-baseline.json', '--name', 'sentiment'],
        ...[
          '--metrics',
          'accuracy,balanced_accuracy,precision_macro,recall_macro,f1_macro',
          '--thresholds',
          '*: max-drop 0.01',
          '--format',
          'json',
        ],
      ],
      {
        files: {
          'predictions.csv': example('predictions-regressed.csv'),
          'eval-baseline.json': example('eval-baseline.json'),
        },
      },
    )
    expect(result.exitCode, result.stderr).toBe(1)
    const json = report(result.stdout)
    expect(json.verdict.status).toBe('failed')
    expect(json.verdict.regressed).toEqual([
      'accuracy',
      'balanced_accuracy',
      'precision_macro',
      'recall_macro',
      'f1_macro',
    ])
    // The headline names the three largest drops (in table order), then how many more.
    expect(json.verdict.failure).toBe(
      '5 metrics regressed: balanced_accuracy −0.0945 (max-drop 0.01; p 0.0025); precision_macro −0.0950 ' +
        '(max-drop 0.01; p 0.0025); f1_macro −0.1025 (max-drop 0.01; p 0.0025); and 2 more',
    )
    expect(json.verdict.summary).toBe(`❌ ${json.verdict.failure}`)
    expect(result.stderr).toBe(`eval-gate: ${json.verdict.failure}\n`)
    expect(json).toMatchObject({
      schema: 1,
      version: VERSION,
      name: 'sentiment',
      rows: 600,
      files: ['predictions.csv'],
    })
    expect(json.baseline).toEqual({
      path: 'eval-baseline.json',
      found: true,
      commit: '4f2c9a1e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39',
      rows: 600,
    })
    expect(json.statistics).toEqual({ significance: 0.05, confidence: 0.95, samples: 2000, seed: '0' })
    expect(json.metrics.map((metric) => [metric.name, metric.status])).toEqual([
      ['accuracy', 'regressed'],
      ['balanced_accuracy', 'regressed'],
      ['precision_macro', 'regressed'],
      ['recall_macro', 'regressed'],
      ['f1_macro', 'regressed'],
    ])
    const accuracy = json.metrics[0]!
    expect(accuracy).toMatchObject({ current: 440 / 600, baseline: 496 / 600, rules: 'max-drop 0.01' })
    expect(accuracy.delta).toBeCloseTo(-56 / 600, 12)
    expect(accuracy.broken).toEqual([{ rule: 'max-drop 0.01', detail: 'dropped 0.0933' }])
    expect(accuracy.interval!.lower).toBeLessThan(440 / 600)
    expect(accuracy.interval!.upper).toBeGreaterThan(440 / 600)
    // No resample of 2,000 came near the baseline: p is its floor 1/(B+1), and Holm multiplies it by the five metrics.
    expect(accuracy.test).toMatchObject({
      pValue: 1 / 2001,
      significant: true,
      paired: false,
      method: 'bootstrap',
    })
    expect(accuracy.test!.adjustedP).toBeCloseTo(5 / 2001, 15)
    expect(accuracy.test!.upper).toBeLessThan(0)
    expect(accuracy.untested).toBeNull()
  })

  test('no regression exits 0 with status passed', async () => {
    const result = await runCli(['--predictions', 'predictions.csv', '--format', 'json'], {
      files: { ...PREDICTIONS, [BASELINE]: baselineDocument({ default: BINARY_20.metrics }) },
    })
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stderr).toBe('')
    const json = report(result.stdout)
    expect(json.verdict).toEqual({
      status: 'passed',
      summary: '✅ No regressions (4 unchanged)',
      failure: null,
      regressed: [],
    })
    expect(json.models).toBeNull()
  })

  test('a first run exits 0 with status first-run and no baseline values', async () => {
    const result = await runCli(
      ['--predictions', 'predictions.csv', '--format', 'json', '--significance', 'off'],
      {
        files: PREDICTIONS,
      },
    )
    expect(result.exitCode, result.stderr).toBe(0)
    const json = report(result.stdout)
    expect(json.verdict.status).toBe('first-run')
    expect(json.baseline.found).toBe(false)
    expect(json.statistics!.significance).toBeNull()
    expect(json.metrics.map((metric) => [metric.name, metric.status, metric.baseline, metric.test])).toEqual([
      ['accuracy', 'new', null, null],
      ['precision', 'new', null, null],
      ['recall', 'new', null, null],
      ['f1', 'new', null, null],
    ])
    for (const metric of json.metrics) {
      expect(metric.current).toBeCloseTo(BINARY_20.metrics[metric.name as keyof typeof BINARY_20.metrics], 12)
    }
  })

  test('a model column gives each model its metrics', async () => {
    const rows = ['model,label,prediction', 'a,1,1', 'a,0,0', 'a,1,0', 'b,1,1', 'b,0,1', 'b,1,0', 'b,0,0']
    const result = await runCli(
      [
        '--predictions',
        'all.csv',
        '--model-column',
        'model',
        '--candidate',
        'a',
        '--metrics',
        'accuracy',
        '--format',
        'json',
      ],
      { files: { 'all.csv': rows.join('\n') + '\n' } },
    )
    expect(result.exitCode, result.stderr).toBe(0)
    expect(report(result.stdout).models).toEqual({ a: { accuracy: 2 / 3 }, b: { accuracy: 0.5 } })
  })
})

describe('--output', () => {
  test('writes the report to the file and nothing to stdout; the exit code is unchanged', async () => {
    const args = ['--predictions', 'predictions.csv', '--thresholds', 'accuracy: max-drop 0.01']
    const files = { ...PREDICTIONS, [BASELINE]: REGRESSED_BASELINE }
    const printed = await runCli(args, { files })
    const written = await runCli([...args, '--output', 'out/report.md'], { files })
    expect(written.exitCode).toBe(1)
    expect(written.stdout).toBe('')
    expect(written.stderr).toBe(printed.stderr)
    const text = await readFile(path.join(written.workspace, 'out', 'report.md'), 'utf8')
    expect(text).toBe(printed.stdout)
    expect(text).toContain('| accuracy | 0.9500 | 0.8500')
  })

  test('--format json --output writes the JSON report', async () => {
    const result = await runCli(
      ['--predictions', 'predictions.csv', '--format', 'json', '--output', 'report.json'],
      {
        files: PREDICTIONS,
      },
    )
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stdout).toBe('')
    expect(report(await readFile(path.join(result.workspace, 'report.json'), 'utf8')).verdict.status).toBe(
      'first-run',
    )
  })

  test('a path that cannot be written exits 2 with one line naming it', async () => {
    const result = await runCli(
      ['--predictions', 'predictions.csv', '--output', 'predictions.csv/report.md'],
      {
        files: PREDICTIONS,
      },
    )
    expectOneErrorLine(result, '--output predictions.csv/report.md: the report cannot be written (EEXIST)')
  })
})

describe('usage', () => {
  test('an unknown format exits 2 with one line', async () => {
    const result = await runCli(['--predictions', 'predictions.csv', '--format', 'xml'], {
      files: PREDICTIONS,
    })
    expectOneErrorLine(result, '--format must be markdown or json, not "xml"')
  })
})

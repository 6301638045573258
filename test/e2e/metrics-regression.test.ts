import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { baselineDocument } from '../helpers/fixtures.js'
import { REPO_ROOT } from '../helpers/node24.js'
import {
  cleanupRuns,
  runAction,
  stackTraceLines,
  workflowCommands,
  type RunResult,
} from '../helpers/run-action.js'

// task: regression through the real bundle: scikit-learn's values for the committed reference vectors, directions
// (a rise of mae is a regression), and one-line errors for values that are not numbers.

afterAll(cleanupRuns)

interface Case {
  name: string
  y_true: number[]
  y_pred: number[]
  expected: Record<string, number>
}
const fixture = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'sklearn', 'regression.json'), 'utf8'),
) as { cases: Case[] }
const byName = (name: string) => fixture.cases.find((c) => c.name === name)!

const ALL = 'mae,mse,rmse,r2,mape,max_error,median_absolute_error'

function close(actual: number | undefined, expected: number): boolean {
  return actual !== undefined && Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected))
}

function metricsOf(result: RunResult): Record<string, number> {
  expect(result.exitCode, result.stdout + result.stderr).toBe(0)
  return JSON.parse(result.outputs.metrics!) as Record<string, number>
}

/** A CSV of a case; JavaScript prints each float in its shortest round-trip form, as Python's repr does. */
function csv(c: Case): string {
  return 'id,gold,predicted\n' + c.y_true.map((y, i) => `${i},${y},${c.y_pred[i]}`).join('\n') + '\n'
}

function jsonl(c: Case): string {
  return (
    c.y_true.map((y, i) => JSON.stringify({ id: i, label: y, prediction: c.y_pred[i] })).join('\n') + '\n'
  )
}

describe('scikit-learn regression metrics through the bundle', () => {
  for (const name of [
    'simple-4',
    'normal-n1000',
    'large-magnitude-n2000',
    'zero-gold-mape-epsilon',
    'skewed-odd-n4001',
  ]) {
    test(`${name} (CSV)`, async () => {
      const c = byName(name)
      const result = await runAction({
        files: { 'out/predictions.csv': csv(c) },
        inputs: {
          predictions: 'out/predictions.csv',
          task: 'regression',
          'label-column': 'gold',
          'prediction-column': 'predicted',
          metrics: ALL,
        },
      })
      const metrics = metricsOf(result)
      expect(Object.keys(metrics)).toEqual(ALL.split(','))
      for (const [metric, value] of Object.entries(c.expected))
        expect(close(metrics[metric], value), `${metric}: ${metrics[metric]} vs sklearn ${value}`).toBe(true)
      expect(result.summary).toContain(
        `${c.y_true.length.toLocaleString('en-US')} rows from 1 file · regression`,
      )
    })
  }

  test('constant gold values in JSON Lines: r2 is 1 for an exact prediction, as scikit-learn forces it', async () => {
    const c = byName('constant-gold-exact')
    const metrics = metricsOf(
      await runAction({
        files: { 'p.jsonl': jsonl(c) },
        inputs: { predictions: 'p.jsonl', task: 'regression', metrics: ALL },
      }),
    )
    expect(metrics).toEqual(c.expected)
  })

  test('the defaults are mae, rmse and r2', async () => {
    const c = byName('normal-n1000')
    const metrics = metricsOf(
      await runAction({
        files: { 'p.jsonl': jsonl(c) },
        inputs: { predictions: 'p.jsonl', task: 'regression' },
      }),
    )
    expect(Object.keys(metrics)).toEqual(['mae', 'rmse', 'r2'])
  })
})

describe('directions against a baseline', () => {
  test('mae and rmse rising is a regression; r2 rising is an improvement', async () => {
    const c = byName('simple-4') // mae 0.5, rmse 0.6123…, r2 0.9486…
    const result = await runAction({
      files: {
        'p.csv': csv(c),
        '.github/eval-baseline.json': baselineDocument({ default: { mae: 0.4, rmse: 0.7, r2: 0.9 } }),
      },
      inputs: {
        predictions: 'p.csv',
        task: 'regression',
        'label-column': 'gold',
        'prediction-column': 'predicted',
        thresholds: '*: max-drop 0.05',
      },
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.summary).toBe('❌ 1 metric regressed: mae +0.1000 (max-drop 0.05)')
    // Four rows: normal intervals from the analytic standard errors (rmse and r2 by the delta method; the same
    // figures from numpy, see scripts/make-delong-vectors.py); a hand-written baseline has no standard errors to test.
    expect(result.summary).toContain(
      '| rmse | 0.7000 | 0.6124 [0.2659, 0.9588] | −0.0876 | — | 🟢 improved |',
    )
    expect(result.summary).toContain('| r2 | 0.9000 | 0.9486 [0.9146, 0.9826] | +0.0486 | — | 🟢 improved |')
    expect(result.summary).toMatch(/\| mae \| lower is better \| max-drop 0\.05 \|/)
  })

  test('update-baseline records the rows and no labels', async () => {
    const c = byName('simple-4')
    const result = await runAction({
      files: { 'p.csv': csv(c) },
      inputs: {
        predictions: 'p.csv',
        task: 'regression',
        'label-column': 'gold',
        'prediction-column': 'predicted',
        'update-baseline': 'true',
      },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    const baseline = JSON.parse(
      await readFile(path.join(result.workspace, '.github/eval-baseline.json'), 'utf8'),
    ) as {
      models: { default: Record<string, unknown> }
    }
    expect(baseline.models.default).toMatchObject({ metrics: metricsOf(result), rows: 4 })
    expect(baseline.models.default).not.toHaveProperty('labels')
  })
})

describe('bad regression input: file, line and field in one line', () => {
  const cases: {
    title: string
    files: Record<string, string>
    inputs?: Record<string, string>
    error: string
  }[] = [
    {
      title: 'a word where a number belongs (CSV)',
      files: { 'p.csv': 'label,prediction\n1.5,2\n2,n/a\n' },
      error: 'p.csv:3: field "prediction": is not a number (task is regression)',
    },
    {
      title: 'NaN in JSON Lines written as a string',
      files: { 'p.jsonl': '{"label": 1, "prediction": 2}\n{"label": "NaN", "prediction": 2}\n' },
      error: 'p.jsonl:2: field "label": is not a number (task is regression)',
    },
    {
      title: 'Infinity in a TSV',
      files: { 'p.tsv': 'label\tprediction\n1\tInfinity\n' },
      error: 'p.tsv:2: field "prediction": is not a number (task is regression)',
    },
    {
      title: 'a boolean in a JSON array',
      files: { 'p.json': '[{"label": 1, "prediction": 1}, {"label": true, "prediction": 0}]' },
      error: 'p.json:1: field "label": is not a number (task is regression)',
    },
    {
      title: 'r2 of a single row',
      files: { 'p.csv': 'label,prediction\n1,2\n' },
      error:
        'p.csv: r2 is not defined for a single row (scikit-learn returns nan); leave it out of "metrics" or add rows',
    },
    {
      title: 'a classification metric for a regression task',
      files: { 'p.csv': 'label,prediction\n1,2\n' },
      inputs: { metrics: 'mae, accuracy' },
      error: 'input "metrics": metric "accuracy" needs task: classification (task is regression)',
    },
  ]
  for (const bad of cases) {
    test(bad.title, async () => {
      const file = Object.keys(bad.files)[0]!
      const result = await runAction({
        files: bad.files,
        inputs: { predictions: file, task: 'regression', 'update-baseline': 'true', ...bad.inputs },
      })
      expect(result.exitCode).toBe(1)
      const errors = workflowCommands(result.stdout).filter((c) => c.command === 'error')
      expect(errors.map((e) => e.message)).toEqual([bad.error])
      expect(stackTraceLines(result.stdout + result.stderr)).toEqual([])
    })
  }
})

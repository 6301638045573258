import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { BINARY_20, MULTICLASS_9, baselineDocument, e2eFixture } from '../helpers/fixtures.js'
import {
  actionOutputNames,
  cleanupRuns,
  runAction,
  stackTraceLines,
  workflowCommands,
  type RunResult,
} from '../helpers/run-action.js'

// Statuses, exit codes and outputs of the bundled action against a baseline file in the workspace.

afterAll(cleanupRuns)

const BASELINE = '.github/eval-baseline.json'
const PREDICTIONS = { 'predictions/binary-20.csv': e2eFixture(BINARY_20.file) }
const CURRENT = BINARY_20.metrics

async function gate(baseline: string | undefined, inputs: Record<string, string> = {}): Promise<RunResult> {
  return runAction({
    files: { ...PREDICTIONS, ...(baseline === undefined ? {} : { [BASELINE]: baseline }) },
    inputs: { predictions: 'predictions/*.csv', ...inputs },
  })
}

/** The row of the report's metrics table for one metric. */
function tableRow(report: string, metric: string): string | undefined {
  return report.split('\n').find((line) => line.startsWith(`| ${metric} |`))
}

function errorCommands(result: RunResult) {
  return workflowCommands(result.stdout).filter((c) => c.command === 'error')
}

function expectNoStackTrace(result: RunResult): void {
  expect(stackTraceLines(result.stdout)).toEqual([])
  expect(stackTraceLines(result.stderr)).toEqual([])
}

describe('a metric regressed', () => {
  test('fails the step, annotates the metric and reports it', async () => {
    const result = await gate(baselineDocument({ default: { ...CURRENT, accuracy: 0.9 } }))

    expect(result.exitCode).toBe(1)
    expect(result.outputs.regressed).toBe('true')
    const errors = errorCommands(result)
    // One annotation for the metric, one failure line for the step.
    expect(errors).toHaveLength(2)
    // On the baseline file's line of the metric: baselineDocument writes "accuracy" on line 6.
    expect(errors[0]!.properties).toEqual({
      title: 'accuracy regressed (\u22120.0500)',
      file: BASELINE,
      line: '6',
    })
    expect(errors[0]!.message).toBe('accuracy \u22120.0500 (max-drop 0)')
    expect(errors[1]!.raw).toMatch(/^::error::/)
    expect(errors[1]!.message).toBe('1 metric regressed: accuracy \u22120.0500 (max-drop 0)')
    expect(result.outputs.summary).toBe('❌ 1 metric regressed: accuracy \u22120.0500 (max-drop 0)')

    expect(tableRow(result.summary, 'accuracy')).toBe(
      '| accuracy | 0.9000 | 0.8500 [0.6500, 1.0000] | \u22120.0500 | — | 🔴 regressed: max-drop 0 (dropped 0.0500) |',
    )
    expect(tableRow(result.summary, 'precision')).toContain('⚪ unchanged')
    // The metrics are still published on a failing run.
    expect(JSON.parse(result.outputs.metrics!)).toEqual(
      expect.objectContaining({ accuracy: 0.85, precision: CURRENT.precision }),
    )
    expectNoStackTrace(result)
  })

  test('a floor rule breaks even when the baseline value is unchanged', async () => {
    const result = await gate(baselineDocument({ default: CURRENT }), {
      thresholds: '# floors first\n*: max-drop 0.01\nrecall: min 0.9',
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.regressed).toBe('true')
    expect(tableRow(result.summary, 'recall')).toContain('🔴 regressed: min 0.9 (is 0.8000)')
    expect(errorCommands(result)[0]!.properties.title).toBe('recall regressed (±0.0000)')
  })

  test('a metric of the baseline that the run no longer produces counts as a regression', async () => {
    const result = await gate(baselineDocument({ default: { ...CURRENT, balanced_accuracy: 0.85 } }))
    expect(result.exitCode).toBe(1)
    expect(result.outputs.regressed).toBe('true')
    expect(tableRow(result.summary, 'balanced_accuracy')).toMatch(
      /^\| balanced_accuracy \| 0\.8500 \| — \| — \| — \| 🔴 missing/,
    )
    expect(result.outputs.summary).toContain('balanced_accuracy missing from this run')
  })

  test('fail-on-regression: false reports the regression but passes the step', async () => {
    const result = await gate(baselineDocument({ default: { ...CURRENT, f1: 0.9 } }), {
      'fail-on-regression': 'false',
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.regressed).toBe('true')
    expect(result.outputs.summary).toMatch(/^❌ 1 metric regressed: f1 /)
    // No failure line for the step.
    expect(workflowCommands(result.stdout).filter((c) => c.raw.startsWith('::error::'))).toEqual([])
    expect(tableRow(result.summary, 'f1')).toContain('🔴 regressed')
  })
})

describe('no regression', () => {
  test('an improvement passes', async () => {
    const result = await gate(baselineDocument({ default: { ...CURRENT, accuracy: 0.8 } }))
    expect(result.exitCode).toBe(0)
    expect(result.outputs.regressed).toBe('false')
    expect(result.outputs.summary).toBe('✅ No regressions (1 improved, 3 unchanged)')
    expect(tableRow(result.summary, 'accuracy')).toBe(
      '| accuracy | 0.8000 | 0.8500 [0.6500, 1.0000] | +0.0500 | — | 🟢 improved |',
    )
    expect(errorCommands(result)).toEqual([])
    expect(result.stderr).toBe('')
  })

  test('unchanged metrics pass', async () => {
    const result = await gate(baselineDocument({ default: CURRENT }))
    expect(result.exitCode).toBe(0)
    expect(result.outputs.regressed).toBe('false')
    expect(result.outputs.summary).toBe('✅ No regressions (4 unchanged)')
    expect(errorCommands(result)).toEqual([])
  })

  test('a drop within the max-drop tolerance passes', async () => {
    const result = await gate(baselineDocument({ default: { ...CURRENT, accuracy: 0.86 } }), {
      thresholds: 'accuracy: max-drop 2%\n*: max-drop 0',
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.regressed).toBe('false')
    expect(tableRow(result.summary, 'accuracy')).toContain('🟡 within tolerance')
  })

  test('without a baseline file it is a first run', async () => {
    const result = await gate(undefined)
    expect(result.exitCode).toBe(0)
    expect(result.outputs.regressed).toBe('false')
    expect(result.outputs.summary).toBe('🆕 First run: no baseline yet, 4 metrics recorded')
    expect(result.summary).toContain('First run')
    // The path may be set in backticks or <code>: what matters is that the report names it and says first run.
    expect(result.summary).toMatch(
      /none for this name in (`|<code>)\.github\/eval-baseline\.json(`|<\/code>) \(first run\)/,
    )
    expect(tableRow(result.summary, 'accuracy')).toBe(
      '| accuracy | — | 0.8500 [0.6500, 1.0000] | — | — | 🆕 new |',
    )
  })

  test('a baseline with entries for other names only is a first run for this name', async () => {
    const result = await gate(baselineDocument({ other: { accuracy: 0.99 } }), { name: 'mine' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.summary).toMatch(/^🆕 First run/)
  })
})

describe('a hand-written flat baseline', () => {
  const files = { 'eval/multiclass-9.jsonl': e2eFixture(MULTICLASS_9.file) }
  const inputs = {
    predictions: 'eval/multiclass-9.jsonl',
    'label-column': 'gold',
    'prediction-column': 'predicted',
  }

  test('{"f1_macro": 0.99} applies to the run and catches the drop', async () => {
    const result = await runAction({
      files: { ...files, [BASELINE]: '{"f1_macro": 0.99}\n' },
      inputs,
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.regressed).toBe('true')
    expect(tableRow(result.summary, 'f1_macro')).toMatch(
      /^\| f1_macro \| 0\.9900 \| 0\.6667 \[0\.\d{4}, 0\.\d{4}\] \| \u22120\.3233 \| — \| 🔴 regressed/,
    )
    // The others have no baseline value: new.
    expect(tableRow(result.summary, 'accuracy')).toContain('🆕 new')
    expect(result.summary).toContain('hand-written values')
    expect(errorCommands(result)[0]!.properties).toEqual({
      title: 'f1_macro regressed (\u22120.3233)',
      file: BASELINE,
      line: '1',
    })
  })

  test('a flat baseline the run beats passes', async () => {
    const result = await runAction({ files: { ...files, [BASELINE]: '{"f1_macro": 0.5}' }, inputs })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.regressed).toBe('false')
    const metrics = JSON.parse(result.outputs.metrics!) as Record<string, number>
    for (const [name, value] of Object.entries(MULTICLASS_9.metrics)) {
      expect(Math.abs(metrics[name]! - value)).toBeLessThanOrEqual(1e-12)
    }
  })
})

describe('outputs', () => {
  test('report is a file under RUNNER_TEMP holding the report; summary is one line; metrics is JSON', async () => {
    const result = await gate(baselineDocument({ 'my model/v2': CURRENT }), { name: 'my model/v2' })
    expect(result.exitCode).toBe(0)
    // Every output action.yml declares is set (comment-url is empty: no pull request on a push).
    expect(Object.keys(result.outputs).sort()).toEqual(actionOutputNames().sort())

    const report = result.outputs.report!
    expect(path.isAbsolute(report)).toBe(true)
    expect(path.relative(result.runnerTemp, report).startsWith('..')).toBe(false)
    const text = await readFile(report, 'utf8')
    expect(text).toContain('my model/v2')
    expect(tableRow(text, 'accuracy')).toBe(
      '| accuracy | 0.8500 | 0.8500 [0.6500, 1.0000] | ±0.0000 | — | ⚪ unchanged |',
    )
    // The step summary is the same report.
    expect(result.summary).toBe(text)

    expect(result.outputs.summary).not.toMatch(/[\r\n]/)
    expect(result.outputs.summary).toBe('✅ No regressions (4 unchanged)')

    const metrics = JSON.parse(result.outputs.metrics!) as Record<string, number>
    expect(Object.keys(metrics)).toEqual(['accuracy', 'precision', 'recall', 'f1'])
    for (const [name, value] of Object.entries(CURRENT)) {
      expect(Math.abs(metrics[name]! - value)).toBeLessThanOrEqual(1e-12)
    }
  })

  test('the requested metrics, in the order asked', async () => {
    const result = await gate(undefined, { metrics: 'f1_macro, accuracy,balanced_accuracy' })
    expect(result.exitCode).toBe(0)
    expect(Object.keys(JSON.parse(result.outputs.metrics!) as object)).toEqual([
      'f1_macro',
      'accuracy',
      'balanced_accuracy',
    ])
  })
})

import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { BINARY_20, baselineDocument, e2eFixture } from '../helpers/fixtures.js'
import { REPO_ROOT } from '../helpers/node24.js'
import { cleanupRuns, runCli, stackTraceLines, type CliResult } from '../helpers/run-action.js'

// dist/cli.js: the same gate as the action, from a terminal. Exit codes: 0 passed, 1 regressed, 2 bad input or usage.

afterAll(cleanupRuns)

const BASELINE = '.github/eval-baseline.json'
const PREDICTIONS = { 'predictions.csv': e2eFixture(BINARY_20.file) }

function expectOneErrorLine(result: CliResult): string {
  expect(result.exitCode, result.stdout + result.stderr).toBe(2)
  expect(result.stderr.endsWith('\n')).toBe(true)
  const lines = result.stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^eval-gate: error: /)
  expect(stackTraceLines(result.stdout)).toEqual([])
  expect(stackTraceLines(result.stderr)).toEqual([])
  return lines[0]!
}

describe('dist/cli.js', () => {
  test('--help prints the usage and exits 0', async () => {
    const result = await runCli(['--help'])
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('Usage: eval-gate --predictions FILE_OR_GLOB [options]')
    expect(result.stdout).toContain('--format FORMAT            markdown or json (schema/report.schema.json)')
    expect(result.stdout).toContain('--output FILE              write the report to FILE instead of stdout')
    expect(result.stdout).toContain('Exit codes: 0 passed, 1 a metric regressed, 2 bad input or usage.')
    expect(result.stderr).toBe('')
  })

  test('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string
    }
    const result = await runCli(['--version'])
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toBe(`${version}\n`)
  })

  test('a regression exits 1 and prints the report on stdout', async () => {
    const result = await runCli(
      ['--predictions', 'predictions.csv', '--thresholds', 'accuracy: max-drop 0.01; *: max-drop 0'],
      {
        files: {
          ...PREDICTIONS,
          [BASELINE]: baselineDocument({ default: { ...BINARY_20.metrics, accuracy: 0.9 } }),
        },
      },
    )
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '| accuracy | 0.9000 | 0.8500 [0.6500, 1.0000] | \u22120.0500 | — | 🔴 regressed: max-drop 0.01 (dropped 0.0500) |',
    )
    expect(result.stdout).toMatch(
      /\| precision \| 0\.8889 \| 0\.8889 \[0\.\d{4}, 1\.0000\] \| ±0\.0000 \| — \| ⚪ unchanged \|/,
    )
    // No workflow commands outside the runner.
    expect(result.stdout).not.toMatch(/^::/m)
    expect(result.stderr).toBe('eval-gate: 1 metric regressed: accuracy \u22120.0500 (max-drop 0.01)\n')
  })

  test('no regression exits 0', async () => {
    const result = await runCli(['--predictions', 'predictions.csv'], {
      files: { ...PREDICTIONS, [BASELINE]: baselineDocument({ default: BINARY_20.metrics }) },
    })
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stdout).toContain('No regressions (4 unchanged)')
    expect(result.stderr).toBe('')
  })

  test('--update-baseline writes the baseline in the working directory', async () => {
    const result = await runCli(['--predictions', 'predictions.csv', '--update-baseline', '--name', 'cli'], {
      files: PREDICTIONS,
    })
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stderr).toBe(`Baseline written to ${BASELINE}\n`)
    const document = JSON.parse(await readFile(path.join(result.workspace, BASELINE), 'utf8')) as {
      schema: number
      models: Record<string, { confusionMatrix: number[][] }>
    }
    expect(document.schema).toBe(1)
    expect(document.models.cli!.confusionMatrix).toEqual(BINARY_20.confusionMatrix)
  })

  test('a broken file exits 2 with one error line on stderr', async () => {
    const result = await runCli(['--predictions', 'predictions.csv'], {
      files: { 'predictions.csv': 'id,label,prediction\n1,0,0\n2,1\n' },
    })
    expect(expectOneErrorLine(result)).toBe(
      'eval-gate: error: predictions.csv:3: expected 3 fields as in the header, found 2',
    )
    expect(result.stdout).toBe('')
  })

  test('a bad baseline exits 2 with one error line on stderr', async () => {
    const result = await runCli(['--predictions', 'predictions.csv'], {
      files: { ...PREDICTIONS, [BASELINE]: '{"schema": 99, "models": {}}' },
    })
    expect(expectOneErrorLine(result)).toContain(`${BASELINE} at $.schema: unknown baseline schema 99`)
  })

  test('an unknown option exits 2 with one error line on stderr', async () => {
    const result = await runCli(['--predictions', 'predictions.csv', '--no-such-option'], {
      files: PREDICTIONS,
    })
    expect(expectOneErrorLine(result)).toContain('--no-such-option')
  })

  test('no --predictions exits 2 with one error line on stderr', async () => {
    const result = await runCli([])
    expect(expectOneErrorLine(result)).toContain('"predictions"')
  })
})

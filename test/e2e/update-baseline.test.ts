import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { BINARY_20, baselineDocument, e2eFixture } from '../helpers/fixtures.js'
import {
  cleanupRuns,
  DEFAULT_REF,
  runAction,
  workflowCommands,
  type RunResult,
} from '../helpers/run-action.js'

// `update-baseline: true`: what the action writes to the baseline file, and when it must leave it alone.

afterAll(cleanupRuns)

const BASELINE = '.github/eval-baseline.json'
const PREDICTIONS = { 'predictions.csv': e2eFixture(BINARY_20.file) }
const SHA = 'feedfacecafebeef00112233445566778899aabb'

interface WrittenEntry {
  metrics: Record<string, number>
  rows: number
  positiveLabel?: string
  labels: string[]
  confusionMatrix: number[][]
  provenance: { commit?: string; ref?: string; time?: string; tool?: string }
}

interface WrittenBaseline {
  schema: number
  models: Record<string, WrittenEntry>
}

async function readBaseline(result: RunResult): Promise<{ text: string; document: WrittenBaseline }> {
  const text = await readFile(path.join(result.workspace, BASELINE), 'utf8')
  return { text, document: JSON.parse(text) as WrittenBaseline }
}

/** Files in the baseline's folder: the baseline itself and nothing else (no temporary files left behind). */
async function baselineFolder(result: RunResult): Promise<string[]> {
  return (await readdir(path.join(result.workspace, path.dirname(BASELINE)))).sort()
}

/** The written metrics equal `expected` to 1e-12 (the file lists them in sorted key order). */
function expectClose(actual: Record<string, number>, expected: Record<string, number>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort())
  for (const [name, value] of Object.entries(expected)) {
    expect(Math.abs(actual[name]! - value), name).toBeLessThanOrEqual(1e-12)
  }
}

describe('update-baseline: true', () => {
  test('on a first run, writes a schema-1 file with the entry and its provenance', async () => {
    const before = Date.now()
    const result = await runAction({
      files: PREDICTIONS,
      inputs: { predictions: 'predictions.csv', 'update-baseline': 'true', name: 'sentiment' },
      sha: SHA,
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const notices = workflowCommands(result.stdout).filter((c) => c.command === 'notice')
    expect(notices.map((c) => c.message)).toEqual([`Baseline written to ${BASELINE}`])

    const { text, document } = await readBaseline(result)
    expect(text.endsWith('\n')).toBe(true)
    expect(document.schema).toBe(1)
    expect(Object.keys(document.models)).toEqual(['sentiment'])
    const entry = document.models.sentiment!
    expectClose(entry.metrics, BINARY_20.metrics)
    expect(entry.rows).toBe(BINARY_20.rows)
    expect(entry.positiveLabel).toBe('1')
    expect(entry.labels).toEqual(BINARY_20.labels)
    expect(entry.confusionMatrix).toEqual(BINARY_20.confusionMatrix)
    expect(entry.provenance.commit).toBe(SHA)
    expect(entry.provenance.ref).toBe(DEFAULT_REF)
    expect(entry.provenance.tool).toMatch(/^eval-gate@\d+\.\d+\.\d+/)
    const time = Date.parse(entry.provenance.time!)
    expect(time).toBeGreaterThanOrEqual(before - 1000)
    expect(time).toBeLessThanOrEqual(Date.now() + 1000)
    expect(await baselineFolder(result)).toEqual(['eval-baseline.json'])
  })

  test('replaces its own entry and keeps the other names', async () => {
    const other = { accuracy: 0.5, f1_macro: 0.25 }
    const result = await runAction({
      files: {
        ...PREDICTIONS,
        [BASELINE]: baselineDocument({
          'zzz-other': other,
          default: { ...BINARY_20.metrics, accuracy: 0.8 },
        }),
      },
      inputs: { predictions: 'predictions.csv', 'update-baseline': 'true' },
      sha: SHA,
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.outputs.summary).toMatch(/^✅/)
    const { document } = await readBaseline(result)
    expect(document.schema).toBe(1)
    expect(Object.keys(document.models).sort()).toEqual(['default', 'zzz-other'])
    expect(document.models['zzz-other']).toEqual({ metrics: other })
    expectClose(document.models.default!.metrics, BINARY_20.metrics)
    expect(document.models.default!.provenance.commit).toBe(SHA)
    expect(await baselineFolder(result)).toEqual(['eval-baseline.json'])
  })

  test('a flat hand-written baseline is written back in the versioned form', async () => {
    const result = await runAction({
      files: { ...PREDICTIONS, [BASELINE]: '{"accuracy": 0.5}' },
      inputs: { predictions: 'predictions.csv', 'update-baseline': 'true', name: 'clf' },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const { document } = await readBaseline(result)
    expect(document.schema).toBe(1)
    expect(Object.keys(document.models)).toEqual(['clf'])
  })

  test('a regression with fail-on-regression true leaves the file byte-identical', async () => {
    // Formatted unlike the action would write it, so any rewrite would show.
    const original =
      '{"schema":1,"models":{"default":{"metrics":{"accuracy":0.95}},\n  "other":{"metrics":{"f1":0.5}}}}'
    const result = await runAction({
      files: { ...PREDICTIONS, [BASELINE]: original },
      inputs: { predictions: 'predictions.csv', 'update-baseline': 'true' },
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.regressed).toBe('true')
    expect((await readBaseline(result)).text).toBe(original)
    const warnings = workflowCommands(result.stdout).filter((c) => c.command === 'warning')
    expect(warnings.map((c) => c.message)).toEqual([`Baseline ${BASELINE} not updated: the gate failed`])
    expect(await baselineFolder(result)).toEqual(['eval-baseline.json'])
  })

  test('a regression with fail-on-regression false still records the new values', async () => {
    const result = await runAction({
      files: { ...PREDICTIONS, [BASELINE]: baselineDocument({ default: { accuracy: 0.95 } }) },
      inputs: { predictions: 'predictions.csv', 'update-baseline': 'true', 'fail-on-regression': 'false' },
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.regressed).toBe('true')
    const { document } = await readBaseline(result)
    expectClose(document.models.default!.metrics, BINARY_20.metrics)
    expect(await baselineFolder(result)).toEqual(['eval-baseline.json'])
  })

  test('a broken prediction file leaves the baseline byte-identical', async () => {
    const original = baselineDocument({ default: BINARY_20.metrics })
    const result = await runAction({
      files: {
        [BASELINE]: original,
        'predictions.csv': 'id,label,prediction\n1,1,1\n2,0\n3,0,0\n',
      },
      inputs: { predictions: 'predictions.csv', 'update-baseline': 'true' },
    })
    expect(result.exitCode).toBe(1)
    expect(
      workflowCommands(result.stdout)
        .filter((c) => c.command === 'error')
        .map((c) => c.raw),
    ).toEqual([
      '::error title=eval-gate%3A bad input,file=predictions.csv,line=3::' +
        'predictions.csv:3: expected 3 fields as in the header, found 2',
    ])
    expect((await readBaseline(result)).text).toBe(original)
    expect(await baselineFolder(result)).toEqual(['eval-baseline.json'])
  })

  test('update-baseline false never writes', async () => {
    const result = await runAction({
      files: PREDICTIONS,
      inputs: { predictions: 'predictions.csv' },
    })
    expect(result.exitCode).toBe(0)
    expect(await readdir(result.workspace)).toEqual(['predictions.csv'])
  })
})

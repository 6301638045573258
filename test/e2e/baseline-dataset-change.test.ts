import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, afterAll, describe, expect, test } from 'vitest'
import { cleanupRuns, runAction, type RunResult } from '../helpers/run-action.js'
import {
  BASELINE,
  baselineState,
  binaryRows,
  csv,
  expectOneLineFailure,
  expectUntouched,
  messages,
  shuffled,
  type Row,
} from './baseline-support.js'

// The baseline entry records a fingerprint of the evaluation data (a hash of how many rows carry each gold label);
// a run on other data follows `on-dataset-change`. Row order and the predictions do not change the fingerprint.

afterAll(cleanupRuns)

/** The baseline's data: 20 rows, 10 of each gold label; every metric 0.7. */
const MEASURED_ON = binaryRows({ tp: 7, fn: 3, fp: 3, tn: 7 })
/** Other data (24 rows, gold labels 10 × "1", 14 × "0") on which the model scores better: 0.8 and 0.8333. */
const OTHER_DATA_BETTER = binaryRows({ tp: 8, fn: 2, fp: 2, tn: 12 })
/** Other data (22 rows) on which the model scores worse. */
const OTHER_DATA_WORSE = binaryRows({ tp: 5, fn: 5, fp: 3, tn: 9 })
/** The baseline's gold labels, row for row, with better predictions. */
const SAME_GOLD_BETTER = binaryRows({ tp: 8, fn: 2, fp: 2, tn: 8 })

const NOTICE = /The evaluation data differs from the data the baseline was measured on/

/** The baseline file as the bundle writes it after a run on MEASURED_ON. */
let baselineText = ''

beforeAll(async () => {
  const result = await runAction({
    files: { 'predictions.csv': csv(MEASURED_ON) },
    inputs: { predictions: 'predictions.csv', 'update-baseline': 'true' },
  })
  expect(result.exitCode, result.stdout).toBe(0)
  baselineText = await readFile(path.join(result.workspace, BASELINE), 'utf8')
  const entry = JSON.parse(baselineText).models.default
  expect(entry.rows).toBe(20)
  expect(entry.fingerprint).toMatch(/^gold-counts:sha256:[0-9a-f]{32}$/)
})

/** A run on `rows` against the written baseline; update-baseline too, to see that a failed gate writes nothing. */
async function gate(
  rows: Row[],
  policy: 'warn' | 'fail' | 'ignore' | undefined,
): Promise<{ result: RunResult; before: Awaited<ReturnType<typeof baselineState>> }> {
  let before: Awaited<ReturnType<typeof baselineState>> | undefined
  const result = await runAction({
    files: { 'predictions.csv': csv(rows), [BASELINE]: baselineText },
    inputs: {
      predictions: 'predictions.csv',
      'update-baseline': 'true',
      // On 20 rows no drop is significant; these tests are about the data rule, so the threshold rule decides.
      significance: 'off',
      ...(policy ? { 'on-dataset-change': policy } : {}),
    },
    prepare: async (workspace) => {
      before = await baselineState(workspace)
    },
  })
  return { result, before: before! }
}

/** The fingerprint the run wrote. */
async function writtenFingerprint(result: RunResult): Promise<string> {
  const text = await readFile(path.join(result.workspace, BASELINE), 'utf8')
  return JSON.parse(text).models.default.fingerprint
}

describe.concurrent('on-dataset-change', () => {
  test('warn (the default): the report warns and shows both row counts; the metrics decide the exit code', async () => {
    const { result } = await gate(OTHER_DATA_BETTER, undefined)
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.summary).toMatch(NOTICE)
    expect(result.summary).toContain('> [!WARNING]')
    expect(result.summary).toContain('(baseline: 20 rows, this run: 24 rows)')
    expect(messages(result, 'error')).toEqual([])
    // The gate passed, so the baseline moved on to the new data.
    expect(await writtenFingerprint(result)).not.toBe(JSON.parse(baselineText).models.default.fingerprint)
  })

  test('warn with a regression: exit 1 for the metrics, the data only warned about', async () => {
    const { result, before } = await gate(OTHER_DATA_WORSE, 'warn')
    const error = expectOneLineFailure(result, /^4 metrics regressed: precision \u2212.*; and 1 more$/)
    expect(error).not.toMatch(/evaluation data/)
    expect(result.summary).toMatch(NOTICE)
    await expectUntouched(result, before)
  })

  test('fail: exit 1 with a message about the evaluation data, nothing written', async () => {
    const { result, before } = await gate(OTHER_DATA_BETTER, 'fail')
    expectOneLineFailure(
      result,
      /^the evaluation data differs from the baseline's \(20 rows then, 24 now\); on-dataset-change is fail$/,
    )
    expect(result.summary).toContain('> [!CAUTION]')
    expect(result.summary).toMatch(NOTICE)
    expect(messages(result, 'warning')).toEqual([`Baseline ${BASELINE} not updated: the gate failed`])
    await expectUntouched(result, before)
  })

  test('ignore: no notice, and the metrics alone decide', async () => {
    const { result } = await gate(OTHER_DATA_BETTER, 'ignore')
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.summary).not.toMatch(NOTICE)
    expect(result.summary).not.toMatch(/\[!CAUTION\]|\[!WARNING\]/)
  })

  test('the same data in another row order is the same data', async () => {
    const rows = shuffled(MEASURED_ON)
    expect(rows.map((r) => r.label)).not.toEqual(MEASURED_ON.map((r) => r.label))
    const { result } = await gate(rows, 'fail')
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.summary).not.toMatch(NOTICE)
    expect(await writtenFingerprint(result)).toBe(JSON.parse(baselineText).models.default.fingerprint)
  })

  test('the same gold labels with other predictions are the same data', async () => {
    expect(SAME_GOLD_BETTER.map((r) => r.label).sort()).toEqual(MEASURED_ON.map((r) => r.label).sort())
    const { result } = await gate(SAME_GOLD_BETTER, 'fail')
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.outputs.summary).toMatch(/^✅ No regressions \(4 improved\)$/)
    expect(result.summary).not.toMatch(NOTICE)
  })
})

test('numeric gold labels and a non-numeric prediction: the same data', async () => {
  // Labels 2 and 10 sort by value (2, 10) until a prediction such as "unknown" makes the matrix sort them as text
  // (10, 2). The gold labels are the same, so the fingerprint must be too.
  const gold = ['2', '10', '10', '2', '10', '2']
  const first = await runAction({
    files: { 'p.csv': csv(gold.map((label) => ({ label, prediction: label }))) },
    inputs: { predictions: 'p.csv', 'update-baseline': 'true' },
  })
  expect(first.exitCode, first.stdout).toBe(0)
  const written = await readFile(path.join(first.workspace, BASELINE), 'utf8')
  const result = await runAction({
    files: {
      'p.csv': csv(gold.map((label, i) => ({ label, prediction: i === 0 ? 'unknown' : label }))),
      [BASELINE]: written,
    },
    // The metrics drop; only a dataset change could fail this run.
    inputs: { predictions: 'p.csv', 'on-dataset-change': 'fail', 'fail-on-regression': 'false' },
  })
  expect(result.exitCode, result.stdout).toBe(0)
  expect(result.summary).not.toMatch(NOTICE)
})

describe('id-column', () => {
  /** Rows with ids; `moved` swaps the gold labels of the first "1" row and the first "0" row. */
  function withIds(moved: boolean): string {
    const rows = MEASURED_ON.map((row, i) => ({ id: `ex-${i}`, ...row }))
    if (moved) {
      const one = rows.findIndex((row) => row.label === '1')
      const zero = rows.findIndex((row) => row.label === '0')
      ;[rows[one]!.label, rows[zero]!.label] = [rows[zero]!.label, rows[one]!.label]
    }
    const lines = rows.map((row) => `${row.id},${row.label},${row.prediction}`)
    return ['id,label,prediction', ...lines].join('\n') + '\n'
  }

  async function run(files: Record<string, string>, update = false): Promise<RunResult> {
    return runAction({
      files,
      inputs: {
        predictions: 'predictions.csv',
        'id-column': 'id',
        'on-dataset-change': 'fail',
        ...(update ? { 'update-baseline': 'true' } : {}),
      },
    })
  }

  test('the same (id, label) pairs in another order pass; labels moved between ids fail', async () => {
    const first = await run({ 'predictions.csv': withIds(false) }, true)
    expect(first.exitCode, first.stdout).toBe(0)
    const written = await readFile(path.join(first.workspace, BASELINE), 'utf8')
    expect(JSON.parse(written).models.default.fingerprint).toMatch(/^id-gold:20:[0-9a-f]{24}$/)

    const lines = withIds(false).trimEnd().split('\n')
    const reordered = [lines[0], ...lines.slice(1).reverse()].join('\n') + '\n'
    const same = await run({ 'predictions.csv': reordered, [BASELINE]: written })
    expect(same.exitCode, same.stdout).toBe(0)
    expect(same.summary).not.toMatch(NOTICE)

    // The gold-label counts are unchanged (10 and 10), so only the (id, label) fingerprint can see this.
    const moved = await run({ 'predictions.csv': withIds(true), [BASELINE]: written })
    expect(moved.exitCode, moved.stdout).toBe(1)
    expect(moved.summary).toMatch(NOTICE)
    expectOneLineFailure(moved, /the evaluation data differs from the baseline's/)
  })
})

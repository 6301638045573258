import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { toDelimited } from '../helpers/prediction-files.js'
import { cleanupRuns, runAction } from '../helpers/run-action.js'

// Issue 13, item 6, end to end: the bundle records a baseline, someone raises its accuracy by hand from 0.8588 to
// 0.95, and the same predictions are gated again. The stored value must win over the stored confusion matrix.

afterAll(cleanupRuns)

const BASELINE = '.github/eval-baseline.json'

/** 786 binary rows, 675 right (accuracy 0.8588): 400 true negatives, 50 false positives, 61 false negatives. */
function predictions(): string {
  const cells: [label: number, prediction: number, count: number][] = [
    [0, 0, 400],
    [0, 1, 50],
    [1, 0, 61],
    [1, 1, 275],
  ]
  const rows = cells.flatMap(([label, prediction, count]) =>
    Array.from({ length: count }, () => ({ label, prediction })),
  )
  return toDelimited(
    rows.map((row, i) => ({ id: i + 1, ...row })),
    ['id', 'label', 'prediction'],
  )
}

test('accuracy raised by hand in the baseline: the same model fails against it, and the report says why', async () => {
  const files = { 'out/predictions.csv': predictions() }
  const inputs = { predictions: 'out/predictions.csv', metrics: 'accuracy,f1' }
  const recorded = await runAction({ files, inputs: { ...inputs, 'update-baseline': 'true' } })
  expect(recorded.exitCode, recorded.stdout).toBe(0)
  const document = JSON.parse(await readFile(path.join(recorded.workspace, BASELINE), 'utf8')) as {
    models: { default: { metrics: Record<string, number>; confusionMatrix: number[][] } }
  }
  expect(document.models.default.metrics.accuracy).toBe(675 / 786)
  expect(document.models.default.confusionMatrix).toEqual([
    [400, 50],
    [61, 275],
  ])
  document.models.default.metrics.accuracy = 0.95

  const result = await runAction({
    files: { ...files, [BASELINE]: JSON.stringify(document, null, 2) },
    inputs,
  })
  expect(result.exitCode, result.stdout).toBe(1)
  expect(result.outputs.regressed).toBe('true')
  // Two tested metrics: Holm doubles the smallest p of 2,000 resamples, 1 / 2,001.
  expect(result.outputs.summary).toBe('❌ 1 metric regressed: accuracy −0.0912 (max-drop 0; p 0.0010)')
  const row = result.summary.split('\n').find((line) => line.startsWith('| accuracy |'))
  expect(row).toMatch(
    /^\| accuracy \| 0\.9500 \| 0\.8588 \[0\.8\d{3}, 0\.8\d{3}\] \| −0\.0912 \[−0\.1\d{3}, −0\.0\d{3}\] \| 0\.0005 \(against the stored value, Holm 0\.0010\) \| 🔴 regressed: max-drop 0 \(dropped 0\.0912\) \|$/,
  )
  expect(result.summary).toContain(
    '⚠️ <code>accuracy</code> is 0.9500 in the baseline file, but the confusion matrix stored with it gives 0.8588: the baseline was edited by hand.',
  )
})

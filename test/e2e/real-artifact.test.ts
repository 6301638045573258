import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { REPO_ROOT } from '../helpers/node24.js'
import { cleanupRuns, runAction } from '../helpers/run-action.js'

// A real per-example artifact: DVCLive's confusion-matrix data from iterative/example-get-started at c8b4895
// (test/fixtures/real/PROVENANCE.md), placed at the path it has in that repository.

afterAll(cleanupRuns)

const ARTIFACT = readFileSync(
  path.join(
    REPO_ROOT,
    'test',
    'fixtures',
    'real',
    'dvc_example-get-started_cm_test_actual_predicted_c8b4895.json',
  ),
)
const SOURCE_PATH = 'eval/live/plots/sklearn/cm/test.json'

// Counts stated in the provenance: TN 1338, TP 440, FN 186, FP 40; positive label "1".
const TN = 1338
const TP = 440
const FN = 186
const FP = 40
const ROWS = TN + TP + FN + FP

describe('the DVC example-get-started test-set predictions', () => {
  test('the fixture is the 2004-record artifact', () => {
    expect(ARTIFACT.length).toBe(122246)
    const records = JSON.parse(ARTIFACT.toString('utf8')) as { actual: string; predicted: string }[]
    expect(records).toHaveLength(ROWS)
  })

  test('the action reports its accuracy, precision, recall and F1 exactly', async () => {
    const result = await runAction({
      files: { [SOURCE_PATH]: ARTIFACT },
      inputs: {
        predictions: SOURCE_PATH,
        'label-column': 'actual',
        'prediction-column': 'predicted',
        'update-baseline': 'true',
      },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)

    const precision = TP / (TP + FP)
    const recall = TP / (TP + FN)
    const expected: Record<string, number> = {
      accuracy: 1778 / 2004,
      precision: 440 / 480,
      recall: 440 / 626,
      f1: (2 * precision * recall) / (precision + recall),
    }
    expect(precision).toBe(440 / 480)
    expect(recall).toBe(440 / 626)
    const metrics = JSON.parse(result.outputs.metrics!) as Record<string, number>
    // The binary defaults, in this order: 0/1 labels make a binary task with positive label "1".
    expect(Object.keys(metrics)).toEqual(['accuracy', 'precision', 'recall', 'f1'])
    for (const [name, value] of Object.entries(expected)) {
      expect(Math.abs(metrics[name]! - value), `${name}: ${metrics[name]} vs ${value}`).toBeLessThanOrEqual(
        1e-12,
      )
    }

    const baseline = JSON.parse(
      await readFile(path.join(result.workspace, '.github', 'eval-baseline.json'), 'utf8'),
    ) as { models: Record<string, Record<string, unknown>> }
    expect(baseline.models.default).toMatchObject({
      rows: ROWS,
      positiveLabel: '1',
      labels: ['0', '1'],
      confusionMatrix: [
        [TN, FP],
        [FN, TP],
      ],
    })
    expect(result.summary).toMatch(/\b2,004 rows from 1 file\b/)
    expect(result.summary).toMatch(/binary, positive label (`1`|<code>1<\/code>)/)
  })
})

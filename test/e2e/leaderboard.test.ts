import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { REPO_ROOT } from '../helpers/node24.js'
import { toDelimited } from '../helpers/prediction-files.js'
import { cleanupRuns, runAction } from '../helpers/run-action.js'

// Several models in one run, through the bundle: named predictions lines, a leaderboard with a chart in the
// report, and the `metrics` output per model.

afterAll(cleanupRuns)

const BASELINE = '.github/eval-baseline.json'
const example = (name: string) => readFileSync(path.join(REPO_ROOT, 'examples', name), 'utf8')
const METRICS = 'accuracy,balanced_accuracy,precision_macro,recall_macro,f1_macro'

describe.concurrent('a leaderboard of services on the same examples', () => {
  test('named lines: the candidate is gated, the others ranked beside it with paired tests', async () => {
    const result = await runAction({
      files: {
        'out/ours.csv': example('predictions.csv'),
        'out/vendor-a.csv': example('predictions-regressed.csv'),
        'out/vendor-b.csv': example('baseline-predictions.csv'),
        [BASELINE]: example('eval-baseline.json'),
      },
      inputs: {
        predictions: 'ours=out/ours.csv\nvendor-a=out/vendor-a.csv\nvendor-b=out/vendor-b.csv',
        candidate: 'ours',
        'id-column': 'id',
        name: 'sentiment',
        metrics: METRICS,
        thresholds: '*: max-drop 0.01',
      },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const metrics = JSON.parse(result.outputs.metrics!)
    expect(Object.keys(metrics)).toEqual(['ours', 'vendor-a', 'vendor-b'])
    expect(metrics.ours.f1_macro).toBeCloseTo(0.8069, 4)
    expect(metrics['vendor-b'].accuracy).toBe(0.8266666666666667)
    const report = result.summary
    expect(report).toContain('### 🏆 Leaderboard: 3 models, ranked by <code>accuracy</code>')
    expect(report).toMatch(/^\| 1 \| vendor-b \| 600 \| \*\*0\.8267\*\* /m)
    expect(report).toMatch(/^\| 2 \| ours \(candidate\) \| 600 \| /m)
    expect(report).toMatch(
      /^\| 3 \| vendor-a \| 600 \| .* 🔴 significantly worse \(−0\.0767, p [0-9.]+, paired, McNemar\) \|$/m,
    )
    expect(report).toContain('xychart-beta')
    expect(report).toContain('  bar "ours" [')
    // The gate itself is the candidate's: its noisy dip passes.
    expect(result.outputs.summary).toBe('✅ No regressions (5 within noise)')
  })

  test('a model column: one file holds every model; chart: false leaves the chart out', async () => {
    const records = ['predictions.csv', 'predictions-regressed.csv'].flatMap((file, k) =>
      example(file)
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((line) => {
          const [id, , label, prediction] = line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
          return { model: k === 0 ? 'ours' : 'theirs', id: id!, label: label!, prediction: prediction! }
        }),
    )
    const result = await runAction({
      files: { 'all.csv': toDelimited(records, ['model', 'id', 'label', 'prediction']) },
      inputs: {
        predictions: 'all.csv',
        'model-column': 'model',
        candidate: 'ours',
        metrics: 'accuracy',
        chart: 'false',
      },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(JSON.parse(result.outputs.metrics!)).toEqual({
      ours: { accuracy: 0.81 },
      theirs: { accuracy: 0.7333333333333333 },
    })
    expect(result.summary).toContain('### 🏆 Leaderboard: 2 models')
    expect(result.summary).not.toContain('```mermaid')
  })
})

import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { BINARY_20, e2eFixture } from '../helpers/fixtures.js'
import { loadSklearnVectors, toDelimited } from '../helpers/prediction-files.js'
import { cleanupRuns, runAction } from '../helpers/run-action.js'

// Inputs a real repository will sooner or later contain.

afterAll(cleanupRuns)

const BASELINE = '.github/eval-baseline.json'

describe('labels', () => {
  test('labels that differ only in case are distinct classes, not a yes/no pair', async () => {
    // "No", "no" and "yes" are three classes (scikit-learn compares strings exactly): a multiclass task.
    const result = await runAction({
      files: { 'p.csv': 'label,prediction\nNo,no\nno,yes\nyes,yes\nNo,No\nno,no\nyes,No\n' },
      inputs: { predictions: 'p.csv' },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(Object.keys(JSON.parse(result.outputs.metrics!) as object)).toEqual([
      'accuracy',
      'precision_macro',
      'recall_macro',
      'f1_macro',
    ])
    expect(result.summary).toContain('multiclass, 3 labels')
  })

  test('a label that looks like the baseline writer’s row marker survives a round trip', async () => {
    const files = { 'p.csv': 'label,prediction\n__row__[1],__row__[1]\nb,b\nb,__row__[1]\n' }
    const first = await runAction({ files, inputs: { predictions: 'p.csv', 'update-baseline': 'true' } })
    expect(first.exitCode, first.stdout).toBe(0)
    const written = await readFile(path.join(first.workspace, BASELINE), 'utf8')
    const entry = (
      JSON.parse(written) as { models: { default: { labels: unknown; confusionMatrix: unknown } } }
    ).models.default
    expect(entry.labels).toEqual(['__row__[1]', 'b'])
    expect(entry.confusionMatrix).toEqual([
      [1, 0],
      [1, 1],
    ])
    // The next run reads it back.
    const second = await runAction({
      files: { ...files, [BASELINE]: written },
      inputs: { predictions: 'p.csv' },
    })
    expect(second.exitCode, second.stdout).toBe(0)
    expect(second.outputs.summary).toBe('✅ No regressions (4 unchanged)')
  })

  test('hostile labels cannot break the step summary’s Markdown', async () => {
    const hostile = loadSklearnVectors().cases.find((c) => c.name === 'hostile-markdown-html-labels-n300')!
    const records = hostile.y_true.map((gold, i) => ({ label: gold, prediction: hostile.y_pred[i]! }))
    const result = await runAction({
      files: { 'p.csv': toDelimited(records, ['label', 'prediction']) },
      inputs: { predictions: 'p.csv', name: '<b>@octocat</b> | `x`' },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.summary).not.toContain('<img')
    expect(result.summary).not.toContain('<b>')
    expect(result.summary).not.toMatch(/@octocat/)
    // Every table keeps one cell count across its rows: no label ended a row or added a cell.
    const tables = result.summary.split('\n\n').filter((block) => block.startsWith('|'))
    expect(tables.length).toBeGreaterThanOrEqual(3)
    for (const table of tables) {
      const widths = table.split('\n').map((row) => row.split('|').length)
      expect(new Set(widths).size, table).toBe(1)
    }
  })
})

describe('files outside the workspace', () => {
  test('predictions under RUNNER_TEMP (an artifact downloaded there), by absolute glob', async () => {
    const result = await runAction({
      inputs: ({ runnerTemp }) => ({ predictions: path.join(runnerTemp, 'artifact', '*.csv') }),
      prepare: async (workspace) => {
        const folder = path.join(workspace, '..', 'runner-temp', 'artifact')
        await mkdir(folder, { recursive: true })
        await writeFile(path.join(folder, 'part-1.csv'), e2eFixture(BINARY_20.file))
      },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(Math.abs(JSON.parse(result.outputs.metrics!).accuracy - 0.85)).toBeLessThanOrEqual(1e-12)
  })
})

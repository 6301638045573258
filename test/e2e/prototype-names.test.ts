import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { BINARY_20, e2eFixture } from '../helpers/fixtures.js'
import { cleanupRuns, runAction } from '../helpers/run-action.js'

// Model and metric names such as `constructor` and `__proto__` work like any other, through the bundle and the
// baseline file (issue 12, item 4).

afterAll(cleanupRuns)

const BASELINE = '.github/eval-baseline.json'

/** A baseline file holding entries named `__proto__` and `other`, written as JSON text (a literal `__proto__` key
 * in a JS object would set the prototype instead). */
const BASELINE_TEXT = `{
  "schema": 1,
  "models": {
    "__proto__": { "metrics": { "accuracy": 0.5 } },
    "other": { "metrics": { "accuracy": 0.25 } }
  }
}
`

describe('names that are also Object.prototype members', () => {
  test.each(['constructor', 'toString', 'hasOwnProperty'])(
    'name %s: a first run against a baseline of other names, written beside them',
    async (name) => {
      const result = await runAction({
        files: { 'predictions.csv': e2eFixture(BINARY_20.file), [BASELINE]: BASELINE_TEXT },
        inputs: { predictions: 'predictions.csv', name, 'update-baseline': 'true' },
      })
      expect(result.exitCode, result.stdout + result.stderr).toBe(0)
      expect(result.stdout).not.toMatch(/unexpected error|TypeError/)
      const written = JSON.parse(await readFile(path.join(result.workspace, BASELINE), 'utf8')) as {
        models: Record<string, { metrics: Record<string, number> }>
      }
      expect(Object.keys(written.models).sort()).toEqual(['__proto__', name, 'other'].sort())
      expect(Object.getOwnPropertyDescriptor(written.models, '__proto__')?.value).toEqual({
        metrics: { accuracy: 0.5 },
      })
      expect(written.models[name]!.metrics.accuracy).toBe(BINARY_20.metrics.accuracy)
    },
  )

  test('name __proto__: compared with its own entry, which survives the update', async () => {
    const result = await runAction({
      files: { 'predictions.csv': e2eFixture(BINARY_20.file), [BASELINE]: BASELINE_TEXT },
      inputs: { predictions: 'predictions.csv', name: '__proto__', 'update-baseline': 'true' },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    // 0.5 → 0.85: compared with the __proto__ entry, not a first run.
    expect(result.summary).toMatch(/\| accuracy \| 0\.5000 \| 0\.8500 /)
    const text = await readFile(path.join(result.workspace, BASELINE), 'utf8')
    expect(text).toContain('"__proto__": {')
    const written = JSON.parse(text) as { models: Record<string, { metrics: Record<string, number> }> }
    expect(Object.keys(written.models)).toEqual(['__proto__', 'other'])
    expect(Object.getOwnPropertyDescriptor(written.models, '__proto__')?.value.metrics.accuracy).toBe(
      BINARY_20.metrics.accuracy,
    )
  })

  test('metric names from a metrics file are gated against the baseline like any other', async () => {
    const metrics = '{"constructor": 0.5, "toString": 0.4, "__proto__": 0.3, "valueOf": 0.2}'
    const baseline =
      '{"schema": 1, "models": {"default": {"metrics": {"constructor": 0.5, "toString": 0.5, "__proto__": 0.3}, "standardErrors": {"valueOf": 0.01}}}}'
    const result = await runAction({
      files: { 'metrics.json': metrics, [BASELINE]: baseline },
      inputs: { 'metrics-files': 'metrics.json' },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(1)
    expect(result.outputs.regressed).toBe('true')
    const rows = result.summary.split('\n')
    expect(rows).toContain(
      '| toString | 0.5000 | 0.4000 | −0.1000 | 🔴 regressed: max-drop 0 (dropped 0.1000) |',
    )
    expect(rows).toContain('| constructor | 0.5000 | 0.5000 | ±0.0000 | ⚪ unchanged |')
    expect(rows).toContain('| \\_\\_proto\\_\\_ | 0.3000 | 0.3000 | ±0.0000 | ⚪ unchanged |')
    expect(rows).toContain('| valueOf | — | 0.2000 | — | 🆕 new |')
    // No interval or standard error is made up from Object.prototype's members.
    expect(result.summary).not.toContain('[—, —]')
    expect(result.summary).not.toContain('the baseline stores no standard error')
  })

  test('labels and model-column values: counted, written and compared like any other', async () => {
    const rows = [
      ['constructor', 'constructor', '__proto__'],
      ['__proto__', '__proto__', '__proto__'],
      ['toString', '__proto__', '__proto__'],
      ['constructor', 'toString', 'toString'],
      ['__proto__', '__proto__', 'toString'],
      ['toString', 'toString', 'toString'],
    ]
    const csv = ['label,prediction,model', ...rows.map((row) => row.join(','))].join('\n') + '\n'
    const inputs = { predictions: 'p.csv', 'model-column': 'model', candidate: '__proto__' }
    const first = await runAction({
      files: { 'p.csv': csv },
      inputs: { ...inputs, 'update-baseline': 'true' },
    })
    expect(first.exitCode, first.stdout + first.stderr).toBe(0)
    const text = await readFile(path.join(first.workspace, BASELINE), 'utf8')
    const entry = (
      JSON.parse(text) as { models: Record<string, { labels: string[]; confusionMatrix: number[][] }> }
    ).models.default!
    expect(entry.labels).toEqual(['__proto__', 'constructor', 'toString'])
    expect(entry.confusionMatrix).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
    ])
    const second = await runAction({ files: { 'p.csv': csv, [BASELINE]: text }, inputs })
    expect(second.exitCode, second.stdout + second.stderr).toBe(0)
    expect(second.outputs.summary).toBe('✅ No regressions (4 unchanged)')
    expect(second.summary).toContain('| **toString** | 1 | 0 | **0** |')
  })
})

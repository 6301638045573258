import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { REPO_ROOT } from '../helpers/node24.js'
import {
  cleanupRuns,
  runAction,
  stackTraceLines,
  workflowCommands,
  type WorkspaceFiles,
} from '../helpers/run-action.js'

// lm-evaluation-harness per-sample logs of two models through the action's bundle (issue 17): each model's metrics
// are the harness's own aggregates, and the leaderboard compares the models example by example (exact McNemar).

afterAll(cleanupRuns)

const RUN = path.join(REPO_ROOT, 'test', 'fixtures', 'samples', 'lm-eval')
const MODELS = { ours: 'acme__ours-7b', vendor: 'vendor__big-70b' }

/** The harness's output folders of both models, under out/ as `lm_eval --output_path out` writes them. */
function harnessOutput(): WorkspaceFiles {
  const files: WorkspaceFiles = {}
  for (const folder of Object.values(MODELS))
    for (const name of readdirSync(path.join(RUN, folder)))
      files[`out/${folder}/${name}`] = readFileSync(path.join(RUN, folder, name), 'utf8')
  return files
}

const PREDICTIONS = `ours=out/${MODELS.ours}/samples_*.jsonl\nvendor=out/${MODELS.vendor}/samples_*.jsonl`

/** task/metric[/filter] → value of a results file, as the harness aggregated it. */
function aggregates(folder: string): Record<string, number> {
  const name = readdirSync(path.join(RUN, folder)).find((n) => n.startsWith('results_'))!
  const { results } = JSON.parse(readFileSync(path.join(RUN, folder, name), 'utf8'))
  const values: Record<string, number> = {}
  for (const [task, entries] of Object.entries(results as Record<string, Record<string, unknown>>))
    for (const [key, value] of Object.entries(entries)) {
      const [metric, filter] = key.split(',')
      if (typeof value === 'number' && !metric!.endsWith('_stderr'))
        values[[task, metric, ...(filter === 'none' ? [] : [filter])].join('/')] = value
    }
  return values
}

describe.concurrent('per-sample logs of two models', () => {
  test('the leaderboard pairs them by doc_id: the vendor is significantly better on arith_mc/acc', async () => {
    const result = await runAction({
      files: harnessOutput(),
      inputs: { predictions: PREDICTIONS, candidate: 'ours', 'rank-by': 'arith_mc/acc' },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const metrics = JSON.parse(result.outputs.metrics!)
    expect(metrics).toEqual({ ours: aggregates(MODELS.ours), vendor: aggregates(MODELS.vendor) })
    const report = result.summary
    expect(report).toContain('### 🏆 Leaderboard: 2 models, ranked by <code>arith_mc/acc</code>')
    // 19 examples only the vendor gets right, 1 only ours: exact McNemar p = 4.0e-5 (scipy's binomtest agrees).
    expect(report).toMatch(
      /^\| 1 \| vendor \| 40 \| \*\*0\.9250\*\* .*\| 🟢 significantly better \(\+0\.4500, p <0\.0001, paired, McNemar\) \|$/m,
    )
    expect(report).toMatch(/^\| 2 \| ours \(candidate\) \| 40 \| 0\.4750 /m)
    expect(report).toContain(
      '**default** · 40 rows from 2 files · 4 metrics from 2 metrics files (lm-evaluation-harness per-sample log)',
    )
  })

  test('ranked by a metric both models tie on: 10 discordant examples each way, no difference', async () => {
    const result = await runAction({
      files: harnessOutput(),
      inputs: {
        predictions: PREDICTIONS,
        candidate: 'ours',
        'rank-by': 'qa_gen/exact_match/flexible-extract',
      },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.summary).toMatch(
      /^\| 1 \| vendor \| 40 \| .*\| ⚪ no significant difference \(±0\.0000, p 1\.0000, paired, McNemar\) \|$/m,
    )
  })

  test('a model missing examples is shown but not compared, saying how many', async () => {
    const files = harnessOutput()
    const arith = `out/${MODELS.vendor}/samples_arith_mc_2026-12-04T10-00-00.000000.jsonl`
    files[arith] = String(files[arith]).split('\n').slice(3).join('\n')
    const result = await runAction({
      files,
      inputs: { predictions: PREDICTIONS, candidate: 'ours', 'rank-by': 'arith_mc/acc' },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.summary).toContain(
      "| — | vendor ⚠️ | 40 | 0.9189 | 0.8108 | 0.4250 | 0.5500 | ⚠️ evaluated on other rows: not compared (for &quot;arith_mc/acc&quot;, 3 ids (&quot;0&quot;, &quot;1&quot;, &quot;2&quot;) of the candidate's 40 missing from its examples) |",
    )
  })

  test('a sample without doc_id: one error naming file, line and field', async () => {
    const files = harnessOutput()
    const arith = `out/${MODELS.vendor}/samples_arith_mc_2026-12-04T10-00-00.000000.jsonl`
    const lines = String(files[arith]).split('\n')
    lines[4] = lines[4]!.replace('"doc_id": 4, ', '')
    files[arith] = lines.join('\n')
    const result = await runAction({ files, inputs: { predictions: PREDICTIONS, candidate: 'ours' } })
    expect(result.exitCode).toBe(1)
    const errors = workflowCommands(result.stdout).filter((c) => c.command === 'error')
    expect(errors.map((e) => e.message)).toEqual([
      `model "vendor": ${arith}:5: field "doc_id": missing or not an integer or a string; every sample of an lm-evaluation-harness per-sample log (a file named samples_<task>_<date>.jsonl) needs its document id`,
    ])
    expect(stackTraceLines(result.stdout)).toEqual([])
  })

  test('per-example results beside prediction rows: shown, not compared', async () => {
    const result = await runAction({
      files: { ...harnessOutput(), 'out/rows.csv': 'id,label,prediction\n1,a,a\n2,b,a\n' },
      inputs: {
        predictions: `rows=out/rows.csv\nvendor=out/${MODELS.vendor}/samples_*.jsonl`,
        candidate: 'rows',
        'id-column': 'id',
      },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.summary).toMatch(
      /^\| — \| vendor ⚠️ \| 40 \| .*⚠️ evaluated on other rows: not compared \(it gives per-example results, the candidate prediction rows\) \|$/m,
    )
  })

  test('baseline-predictions with per-example results: one error saying how to pair them', async () => {
    const result = await runAction({
      files: harnessOutput(),
      inputs: {
        predictions: `out/${MODELS.ours}/samples_*.jsonl`,
        'baseline-predictions': `out/${MODELS.vendor}/samples_*.jsonl`,
        'id-column': 'doc_id',
      },
    })
    expect(result.exitCode).toBe(1)
    const errors = workflowCommands(result.stdout).filter((c) => c.command === 'error')
    expect(errors.map((e) => e.message)).toEqual([
      'input "baseline-predictions" pairs prediction rows; per-example results are paired by giving the baseline model as another model of "predictions" (NAME=PATH)',
    ])
  })
})

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { baselineDocument } from '../helpers/fixtures.js'
import { REPO_ROOT } from '../helpers/node24.js'
import {
  cleanupRuns,
  runAction,
  runCli,
  stackTraceLines,
  workflowCommands,
  type RunResult,
} from '../helpers/run-action.js'

// Issue 13, items 1–5, through the real bundle on Node 24: directions that are never silently backwards, the
// Trainer's trainer_state.json, bookkeeping shown but not gated, lm-eval NaN values and --limit runs, and promptfoo
// providers. Fixtures: test/fixtures/formats/ (see its README.md).

afterAll(cleanupRuns)

const FORMATS = path.join(REPO_ROOT, 'test', 'fixtures', 'formats')
const fixture = (name: string) => readFileSync(path.join(FORMATS, name))
const BASELINE = '.github/eval-baseline.json'

function metricsOf(result: RunResult): Record<string, number> {
  expect(result.outputs.metrics, result.stdout + result.stderr).toBeDefined()
  return JSON.parse(result.outputs.metrics!) as Record<string, number>
}

function warnings(result: RunResult): string[] {
  return workflowCommands(result.stdout)
    .filter((c) => c.command === 'warning')
    .map((c) => c.message)
}

describe('directions (item 1)', () => {
  test('a val_MAE that got worse fails; one that got better passes', async () => {
    const files = (mae: number) => ({
      'metrics.json': JSON.stringify({ val_MAE: mae, Test_RMSE: 1.2 }),
      [BASELINE]: baselineDocument({ default: { val_MAE: 0.3, Test_RMSE: 1.2 } }),
    })
    const worse = await runAction({ files: files(0.35), inputs: { 'metrics-files': 'metrics.json' } })
    expect(worse.exitCode, worse.stdout + worse.stderr).toBe(1)
    expect(worse.outputs.summary).toBe('❌ 1 metric regressed: val_MAE +0.0500 (max-drop 0)')
    expect(worse.summary).toMatch(/\| val\\?_MAE \| lower is better \| max-drop 0 \|/)
    expect(stackTraceLines(worse.stdout + worse.stderr)).toEqual([])

    const better = await runAction({ files: files(0.25), inputs: { 'metrics-files': 'metrics.json' } })
    expect(better.exitCode, better.stdout + better.stderr).toBe(0)
    expect(better.summary).toMatch(/\| val\\?_MAE \| 0\.3000 \| 0\.2500 \| −0\.0500 \| 🟢 improved \|/)
  })

  test('a metric whose direction nothing gives is shown as assumed, and one warning lists such metrics', async () => {
    const result = await runAction({
      files: { 'metrics.json': JSON.stringify({ bypass: 3, jailbreaks: 1, accuracy: 0.9 }) },
      inputs: { 'metrics-files': 'metrics.json' },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    expect(result.summary).toMatch(/\| bypass \| direction assumed: higher is better \| max-drop 0 \|/)
    expect(result.summary).toMatch(/\| accuracy \| higher is better \| max-drop 0 \|/)
    expect(warnings(result)).toEqual([
      'direction assumed higher is better for "bypass", "jailbreaks": neither the file nor the name says; add "NAME: lower-is-better" (or higher-is-better) to thresholds',
    ])
  })

  test('the CLI prints the same warning on stderr', async () => {
    const result = await runCli(['--metrics-files', 'metrics.json'], {
      files: { 'metrics.json': JSON.stringify({ bypass: 3, accuracy: 0.9 }) },
    })
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stderr).toContain(
      'eval-gate: warning: direction assumed higher is better for "bypass": neither the file nor the name says',
    )
    expect(result.stdout).toMatch(/\| bypass \| direction assumed: higher is better \| max-drop 0 \|/)
  })
})

describe('Hugging Face trainer_state.json (item 2) and generic bookkeeping (item 3)', () => {
  test('the last evaluation and the best metric are gated; the log history, steps and epochs are not', async () => {
    const result = await runAction({
      files: {
        'out/trainer_state.json': fixture('trainer_state.json'),
        [BASELINE]: baselineDocument({ default: { eval_accuracy: 0.88, eval_loss: 0.36, eval_f1: 0.86 } }),
      },
      inputs: { 'metrics-files': 'out/trainer_state.json' },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(1)
    expect(metricsOf(result)).toEqual({
      eval_accuracy: 0.869,
      eval_f1: 0.8662,
      eval_loss: 0.3594,
      'best/eval_accuracy': 0.8735,
    })
    expect(result.outputs.summary).toBe('❌ 1 metric regressed: eval_accuracy −0.0110 (max-drop 0)')
    expect(result.summary).toContain('4 metrics from 1 metrics file (Hugging Face Trainer metrics)')
    expect(result.summary).toMatch(/\| step \| 300\.0000 \| — \| — \| not gated \(bookkeeping\) \|/)
    expect(result.summary).not.toContain('learning')
  })

  test("DVCLive's step: a run with fewer steps is not a regression", async () => {
    const result = await runAction({
      files: {
        'dvclive/metrics.json': fixture('dvclive-metrics.json'),
        [BASELINE]: baselineDocument({ default: { 'eval.acc': 0.9012, 'eval.loss': 0.2871 } }),
      },
      inputs: { 'metrics-files': 'dvclive/metrics.json' },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    expect(Object.keys(metricsOf(result))).toEqual(['train.loss', 'train.acc', 'eval.loss', 'eval.acc'])
  })

  test('a W&B summary read as Trainer metrics: fewer steps and an earlier time pass', async () => {
    const summary = (epoch: number, step: number, time: number) =>
      JSON.stringify({
        eval_accuracy: 0.9,
        epoch,
        _timestamp: time + 0.5,
        _runtime: step * 3,
        _step: step,
        timestamp: time,
      })
    const recorded = await runAction({
      files: { 'wandb-summary.json': summary(3, 90, 1700000000) },
      inputs: { 'metrics-files': 'wandb-summary.json', 'update-baseline': 'true' },
    })
    expect(recorded.exitCode, recorded.stdout + recorded.stderr).toBe(0)
    const written = readFileSync(path.join(recorded.workspace, BASELINE), 'utf8')
    expect(JSON.parse(written).models.default.metrics).toEqual({ eval_accuracy: 0.9 })
    const result = await runAction({
      files: { 'wandb-summary.json': summary(2, 60, 1600000000), [BASELINE]: written },
      inputs: { 'metrics-files': 'wandb-summary.json' },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    expect(result.summary).toMatch(/\| \\?_step \| 60\.0000 \| — \| — \| not gated \(bookkeeping\) \|/)
  })
})

describe('lm-evaluation-harness NaN and --limit (item 4)', () => {
  test('a NaN metric warns and is missing against a baseline that has it; a --limit run is a changed dataset', async () => {
    const baseline = baselineDocument({
      default: { 'arithmetic_2da/acc': 0.94, 'numeric_qa/exact_match': 0.62, 'numeric_qa/mae': 1.5 },
    })
    const result = await runAction({
      files: { 'results.json': fixture('lm-eval-limit-nan.json'), [BASELINE]: baseline },
      inputs: { 'metrics-files': 'results.json' },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(1)
    expect(metricsOf(result)).toEqual({ 'arithmetic_2da/acc': 0.94, 'numeric_qa/exact_match': 0.62 })
    expect(result.summary).toMatch(/\| numeric\\?_qa\/mae \| 1\.5000 \| — \| — \| — \| 🔴 missing/)
    expect(warnings(result)).toContain(
      'results.json at $.results.numeric_qa["mae,none"]: metric "numeric_qa/mae" is NaN, not a number; it is not gated',
    )
    expect(result.summary).toContain('This run and the baseline measure different parts of their benchmark')
    expect(result.summary).toContain('numeric_qa on 50 of 1,319 examples')
    expect(result.summary).toContain('baseline: the full benchmark')

    const failing = await runAction({
      files: { 'results.json': fixture('lm-eval-limit-nan.json'), [BASELINE]: baseline },
      inputs: {
        'metrics-files': 'results.json',
        'metrics-select': 'arithmetic_2da/*',
        'on-dataset-change': 'fail',
      },
    })
    expect(failing.exitCode, failing.stdout + failing.stderr).toBe(1)
    const errors = workflowCommands(failing.stdout).filter((c) => c.command === 'error')
    expect(errors.map((e) => e.message).join('\n')).toContain(
      'the run and the baseline measure different parts of their benchmark (this run: results.json: a --limit run (limit 50)',
    )
  })

  test('a --limit baseline stores its subset: the same limited run against it is no dataset change', async () => {
    const recorded = await runAction({
      files: { 'results.json': fixture('lm-eval-limit-nan.json') },
      inputs: { 'metrics-files': 'results.json', 'update-baseline': 'true' },
    })
    expect(recorded.exitCode, recorded.stdout + recorded.stderr).toBe(0)
    const written = readFileSync(path.join(recorded.workspace, BASELINE), 'utf8')
    expect(JSON.parse(written).models.default.subset).toEqual({
      limit: 50,
      tasks: {
        arithmetic_2da: { effective: 50, original: 2000 },
        numeric_qa: { effective: 50, original: 1319 },
      },
    })
    const again = await runAction({
      files: { 'results.json': fixture('lm-eval-limit-nan.json'), [BASELINE]: written },
      inputs: { 'metrics-files': 'results.json', 'on-dataset-change': 'fail' },
    })
    expect(again.exitCode, again.stdout + again.stderr).toBe(0)
    expect(again.summary).not.toContain('benchmark')
    // A full run against that baseline is the change, said the other way round.
    // (The file holds a NaN, as the harness writes it: edited as text, not through JSON.parse.)
    const full = fixture('lm-eval-limit-nan.json')
      .toString('utf8')
      .replace('"limit": 50.0,', '"limit": null,')
      .replace('"original": 1319,\n      "effective": 50', '"original": 1319,\n      "effective": 1319')
      .replace('"original": 2000,\n      "effective": 50', '"original": 2000,\n      "effective": 2000')
    const fuller = await runAction({
      files: { 'results.json': full, [BASELINE]: written },
      inputs: { 'metrics-files': 'results.json' },
    })
    expect(fuller.summary).toContain('(this run: the full benchmark — baseline: a --limit run (limit 50)')
  })
})

describe('promptfoo providers (item 5)', () => {
  test('per-provider pass rates reach the leaderboard; the statistical gate tests a pass rate', async () => {
    const baseline =
      JSON.stringify({
        schema: 1,
        models: {
          default: {
            metrics: { 'provider/openai-gpt-4o-mini/pass_rate': 1 },
            standardErrors: { 'provider/openai-gpt-4o-mini/pass_rate': 0 },
          },
        },
      }) + '\n'
    const result = await runAction({
      files: { 'promptfoo/output.json': fixture('promptfoo-two-providers.json'), [BASELINE]: baseline },
      inputs: { 'metrics-files': 'promptfoo/output.json', 'metrics-select': '*pass_rate' },
    })
    const metrics = metricsOf(result)
    expect(metrics['pass_rate']).toBe(0.7)
    expect(metrics['provider/openai-gpt-4o-mini/pass_rate']).toBe(0.6)
    expect(metrics['provider/anthropic-messages-claude-3-5-haiku/pass_rate']).toBe(0.8)
    // The leaderboard: the pooled row and one row per provider, ranked by pass rate.
    expect(result.summary).toMatch(/\| 1 \| anthropic:messages:claude-3-5-haiku \| 5 \| \*\*0\.8000\*\*/)
    expect(result.summary).toMatch(/\| 2 \| all \(pooled\) .*\| 10 \| 0\.7000/)
    expect(result.summary).toMatch(/\| 3 \| openai:gpt-4o-mini \| 5 \| 0\.6000/)
    // 1 → 0.6 on 5 results: a normal test with the binomial standard error √(0.24/5), p = Φ(−0.4/0.2191) = 0.034;
    // the interval of 3/5 is Wilson's, inside [0, 1].
    expect(result.exitCode, result.stdout + result.stderr).toBe(1)
    expect(result.summary).toMatch(
      /\| provider\/openai-gpt-4o-mini\/pass\\?_rate \| 1\.0000 \| 0\.6000 \[0\.2307, 0\.8824\] \| −0\.4000 \[−0\.8294, \+0\.0294\] \| 0\.0339 \(from std\. errors\) \| 🔴 regressed/,
    )
  })
})

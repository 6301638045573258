import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.js'
import { checkRecordedExchanges } from '../helpers/openapi.js'
import { toDelimited } from '../helpers/prediction-files.js'
import { REPO_ROOT } from '../helpers/node24.js'
import { cleanupRuns, runAction, type RunResult } from '../helpers/run-action.js'

// The statistical gate end to end: the bundle on Node 24 posts the PR comment to the local fake of GitHub's API.
// The data are the demo's (examples/, made by scripts/make-examples.mjs): a baseline recorded from one run of a
// 3-class model on 600 examples, the same model run again (a 1.6-point dip, noise) and a model that got worse.

afterAll(cleanupRuns)

const BASELINE = '.github/eval-baseline.json'
const PR = 7
const HEAD_SHA = 'b'.repeat(40)
const example = (name: string) => readFileSync(path.join(REPO_ROOT, 'examples', name), 'utf8')
const RECORDED = example('eval-baseline.json')
const METRICS = 'accuracy,balanced_accuracy,precision_macro,recall_macro,f1_macro'

/** A pull_request run whose trusted baseline (the base commit's, on the server) is `baseline`. */
async function pullRequestGate(
  files: Record<string, string>,
  inputs: Record<string, string>,
  baseline = RECORDED,
): Promise<{ result: RunResult; comment: string }> {
  const api = await startGitHubApi()
  try {
    return await gateAgainst(api, files, inputs, baseline)
  } finally {
    await api.close()
    // Every request the bundle made must be one GitHub documents, with a body its schema accepts.
    expect(checkRecordedExchanges(api.requests)).toEqual([])
  }
}

async function gateAgainst(
  api: GitHubApi,
  files: Record<string, string>,
  inputs: Record<string, string>,
  baseline: string,
): Promise<{ result: RunResult; comment: string }> {
  api.setFile(BASELINE, baseline)
  const base = api.state.branchHeads.get(api.state.defaultBranch)!
  const result = await runAction({
    event: {
      name: 'pull_request',
      payload: {
        action: 'synchronize',
        number: PR,
        pull_request: { number: PR, head: { sha: HEAD_SHA }, base: { sha: base } },
      },
    },
    sha: HEAD_SHA,
    githubToken: 'ghs_significanceToken',
    files: { [BASELINE]: baseline, ...files },
    inputs: { name: 'sentiment', metrics: METRICS, thresholds: '*: max-drop 0.01', ...inputs },
    env: { GITHUB_API_URL: api.url },
  })
  const comments = api.commentsOn(PR)
  expect(comments, result.stdout + result.stderr).toHaveLength(1)
  return { result, comment: comments[0]!.body }
}

function row(report: string, metric: string): string {
  return report.split('\n').find((line) => line.startsWith(`| ${metric} |`)) ?? ''
}

describe.concurrent('a noisy dip passes, a real drop fails', () => {
  test('the same model run again: rules broken, drops not significant, the check passes', async () => {
    const { result, comment } = await pullRequestGate(
      { 'out/predictions.csv': example('predictions.csv') },
      { predictions: 'out/predictions.csv' },
    )
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.outputs.regressed).toBe('false')
    expect(result.outputs.summary).toBe('✅ No regressions (5 within noise)')
    expect(comment).toContain('### ✅ sentiment: No regressions (5 within noise)')
    expect(comment).toContain(
      '| metric | baseline | current [95% interval] | Δ [95% interval] | p | status |',
    )
    expect(row(comment, 'f1_macro')).toMatch(
      /^\| f1_macro \| 0\.8226 \| 0\.8069 \[0\.7\d{3}, 0\.8\d{3}\] \| −0\.0157 \[−0\.0\d{3}, \+0\.0\d{3}\] \| 0\.\d{4} \(Holm 1\.0000\) \| 🟡 within noise: max-drop 0\.01 \(dropped 0\.0157, not significant\) \|$/,
    )
    expect(comment).toContain(
      'a one-sided test at α = 0.05, Holm–Bonferroni-corrected over the 5 tested metrics (the corrected p decides)',
    )
    expect(comment).toContain('Intervals: 95%, 2,000 bootstrap resamples (seed <code>0</code>)')
  })

  test('a model that got worse: significant drops, the check fails with p in the message', async () => {
    const { result, comment } = await pullRequestGate(
      { 'out/predictions.csv': example('predictions-regressed.csv') },
      { predictions: 'out/predictions.csv' },
    )
    expect(result.exitCode).toBe(1)
    expect(result.outputs.regressed).toBe('true')
    expect(result.outputs.summary).toMatch(
      /^❌ 5 metrics regressed: balanced_accuracy −0\.0945 \(max-drop 0\.01; p 0\.0025\); .*f1_macro −0\.1025 \(max-drop 0\.01; p 0\.0025\); and 2 more$/,
    )
    // The bootstrap's smallest p with B = 2,000 is 1 / 2,001; Holm multiplies it by the 5 tested metrics.
    expect(row(comment, 'f1_macro')).toMatch(
      /^\| f1_macro \| 0\.8226 \| 0\.7201 \[[0-9., ]+\] \| −0\.1025 \[−0\.1\d{3}, −0\.0\d{3}\] \| 0\.0005 \(Holm 0\.0025\) \| 🔴 regressed: max-drop 0\.01 \(dropped 0\.1025\) \|$/,
    )
  })

  test('significance: off lets the rule alone fail the noisy dip', async () => {
    const { result, comment } = await pullRequestGate(
      { 'out/predictions.csv': example('predictions.csv') },
      { predictions: 'out/predictions.csv', significance: 'off' },
    )
    expect(result.exitCode).toBe(1)
    expect(row(comment, 'f1_macro')).toContain('🔴 regressed: max-drop 0.01 (dropped 0.0157)')
    expect(comment).toContain('Significance is off: the threshold rules alone decide.')
  })

  test('a hand-written baseline has no confusion matrix: the rule alone, and the report says so', async () => {
    const { result, comment } = await pullRequestGate(
      { 'out/predictions.csv': example('predictions.csv') },
      { predictions: 'out/predictions.csv', metrics: 'accuracy' },
      '{"accuracy": 0.8267}\n',
    )
    expect(result.exitCode).toBe(1)
    expect(comment).toContain(
      'No test for <code>accuracy</code> (the baseline holds hand-written values only): the rule alone decides it.',
    )
  })
})

describe.concurrent('paired: baseline-predictions on the same ids', () => {
  test('the noisy dip, paired: exact McNemar for accuracy, paired bootstrap for the rest; it passes', async () => {
    const { result, comment } = await pullRequestGate(
      {
        'out/predictions.csv': example('predictions.csv'),
        'out/baseline.csv': example('baseline-predictions.csv'),
      },
      { predictions: 'out/predictions.csv', 'baseline-predictions': 'out/baseline.csv', 'id-column': 'id' },
    )
    expect(result.exitCode, result.stdout).toBe(0)
    expect(row(comment, 'accuracy')).toMatch(
      / \| 0\.\d{4} \(paired, McNemar, Holm 1\.0000\) \| 🟡 within noise/,
    )
    expect(row(comment, 'f1_macro')).toMatch(/ \| 0\.\d{4} \(paired, Holm 1\.0000\) \| 🟡 within noise/)
    expect(comment).toContain('Paired: 600 examples scored by both models (baseline-predictions)')
  })

  test('the real drop, paired: fails', async () => {
    const { result, comment } = await pullRequestGate(
      {
        'out/predictions.csv': example('predictions-regressed.csv'),
        'out/baseline.csv': example('baseline-predictions.csv'),
      },
      { predictions: 'out/predictions.csv', 'baseline-predictions': 'out/baseline.csv', 'id-column': 'id' },
    )
    expect(result.exitCode).toBe(1)
    expect(row(comment, 'accuracy')).toMatch(/\(paired, McNemar, Holm [0-9.<]+\) \| 🔴 regressed/)
  })

  test('ids that do not match: one line saying how many are missing on each side', async () => {
    const lines = example('baseline-predictions.csv').trimEnd().split('\n')
    // Drop examples 1 and 2 from the baseline's file and add one the candidate does not have.
    const baseline = [lines[0], ...lines.slice(3), '9999,"Extra",neutral,neutral'].join('\n') + '\n'
    const result = await runAction({
      files: { 'p.csv': example('predictions.csv'), 'b.csv': baseline },
      inputs: { predictions: 'p.csv', 'baseline-predictions': 'b.csv', 'id-column': 'id' },
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::input "baseline-predictions" must hold the same examples as "predictions": 2 ids ("1", "2") of the candidate missing from them, and 1 id ("9999") in them but not in the candidate\'s predictions\n',
    )
  })
})

describe.concurrent('score metrics: DeLong and analytic standard errors, kept in the baseline', () => {
  /** 400 binary rows whose positive scores sit `shift` above the negatives' on average. */
  function scored(shift: number): string {
    const records = Array.from({ length: 400 }, (_, i) => {
      const label = i % 2 === 0 ? '1' : '0'
      const noise = ((i * 7919) % 1000) / 1000
      const score = Math.min(1, Math.max(0, 0.5 * noise + (label === '1' ? shift : 0)))
      return { label, prediction: score >= 0.5 ? '1' : '0', score: score.toFixed(4) }
    })
    return toDelimited(records, ['label', 'prediction', 'score'])
  }

  test('update-baseline stores the standard error; a later run tests roc_auc from both', async () => {
    const inputs = { predictions: 'p.csv', 'score-column': 'score', metrics: 'roc_auc' }
    const first = await runAction({
      files: { 'p.csv': scored(0.4) },
      inputs: { ...inputs, 'update-baseline': 'true' },
    })
    expect(first.exitCode, first.stdout).toBe(0)
    const stored = JSON.parse(await readFile(path.join(first.workspace, BASELINE), 'utf8')).models.default
    expect(stored.standardErrors.roc_auc).toBeGreaterThan(0.001)
    expect(stored.standardErrors.roc_auc).toBeLessThan(0.05)
    expect(first.summary).toMatch(/\| roc_auc \| — \| 0\.\d{4} \[0\.\d{4}, [01]\.\d{4}\] \|/)

    const worse = await runAction({
      files: { 'p.csv': scored(0.1), [BASELINE]: JSON.stringify({ schema: 1, models: { default: stored } }) },
      inputs,
    })
    expect(worse.exitCode).toBe(1)
    expect(worse.summary).toMatch(/\| roc_auc \| [^|]+\| [^|]+\| [^|]+\| <0\.0001 \(DeLong\) \| 🔴 regressed/)
    // DeLong needs no resample: the footer names no bootstrap.
    expect(worse.summary).toContain(
      'Intervals: 95%; <code>roc_auc</code>: DeLong; drops of row metrics are tested from their standard errors (paired: of the per-row differences).',
    )
  })

  test('past the row bootstrap budget (110,000 rows × 2,000 resamples) the formula metrics still get a test', async () => {
    const rows = 110_000
    const lines = ['label,prediction,score']
    for (let i = 0; i < rows; i++) {
      const label = i % 3 === 0 ? 1 : 0
      const score = Math.min(1, ((i * 7919) % 1000) / 1250 + 0.2 * label)
      lines.push(`${label},${score >= 0.5 ? 1 : 0},${score.toFixed(4)}`)
    }
    const result = await runAction({
      files: { 'p.csv': `${lines.join('\n')}\n` },
      inputs: {
        predictions: 'p.csv',
        'score-column': 'score',
        metrics: 'roc_auc,log_loss,brier_score,average_precision',
        'update-baseline': 'true',
      },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const stored = JSON.parse(await readFile(path.join(result.workspace, BASELINE), 'utf8')).models.default
    // DeLong and the row means at any size; only average_precision (no formula) is over the budget.
    expect(Object.keys(stored.standardErrors).sort()).toEqual(['brier_score', 'log_loss', 'roc_auc'])
    for (const name of ['roc_auc', 'log_loss', 'brier_score']) {
      expect(stored.standardErrors[name]).toBeGreaterThan(0)
      expect(stored.standardErrors[name]).toBeLessThan(0.01)
    }
  })
})

describe.concurrent('bad statistics inputs: one line each, nothing written', () => {
  test.each([
    [
      { significance: '0' },
      'input "significance" must be a number between 0 and 1 (exclusive) or "off", got "0"',
    ],
    [{ confidence: '1' }, 'input "confidence" must be a number between 0 and 1 (exclusive), got "1"'],
    [
      { 'bootstrap-samples': '50' },
      'input "bootstrap-samples" must be a whole number of at least 100, got "50"',
    ],
    [
      { 'baseline-predictions': 'b.csv' },
      'input "baseline-predictions" needs "id-column": the two models\' predictions are paired by example id',
    ],
  ])('%o', async (extra, message) => {
    const result = await runAction({
      files: { 'p.csv': example('predictions.csv') },
      inputs: { predictions: 'p.csv', 'update-baseline': 'true', ...extra },
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(`::error::${message}\n`)
    await expect(readFile(path.join(result.workspace, BASELINE), 'utf8')).rejects.toThrow(/ENOENT/)
  })
})

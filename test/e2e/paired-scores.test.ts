import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { binaryRowTerms } from '../../src/core/metrics/scores.js'
import { meanStandardError, normalCdf, pairedDelong } from '../../src/core/stats/index.js'
import { cleanupRuns, runAction } from '../helpers/run-action.js'

const BASELINE = '.github/eval-baseline.json'
const ROWS = 500

afterAll(cleanupRuns)

/** Deterministic rows: gold labels, the baseline model's scores, and a candidate's scores `shift` worse for positives. */
function models(shift: number) {
  let state = 7
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32
  const rows = Array.from({ length: ROWS }, (_, id) => {
    const gold = next() < 0.4 ? 1 : 0
    const difficulty = next()
    const clamp = (x: number) => Math.min(0.99, Math.max(0.01, x))
    const baseline = clamp(0.3 * gold + 0.6 * difficulty + 0.1 * next())
    const candidate = clamp(0.3 * gold + 0.6 * difficulty + 0.1 * next() - shift * gold)
    return { id, gold, baseline: Number(baseline.toFixed(4)), candidate: Number(candidate.toFixed(4)) }
  })
  const file = (which: 'baseline' | 'candidate') =>
    'id,label,prediction,score\n' +
    rows.map((r) => `${r.id},${r.gold},${r[which] >= 0.5 ? 1 : 0},${r[which]}\n`).join('')
  return { rows, baselineFile: file('baseline'), candidateFile: file('candidate') }
}

/** The one-sided p of "worse" the gate should find, computed here from the same rows. */
function expectedP(rows: ReturnType<typeof models>['rows'], metric: 'roc_auc' | 'log_loss') {
  if (metric === 'roc_auc') {
    const test = pairedDelong(
      rows.map((r) => r.gold),
      rows.map((r) => r.candidate),
      rows.map((r) => r.baseline),
    )
    return normalCdf(test.delta / test.standardError)
  }
  const differences = rows.map(
    (r) =>
      binaryRowTerms(r.gold === 1, r.candidate).logLoss - binaryRowTerms(r.gold === 1, r.baseline).logLoss,
  )
  const mean = differences.reduce((a, b) => a + b, 0) / differences.length
  // log_loss: lower is better, so "worse" is a positive difference.
  return normalCdf(-mean / meanStandardError(differences))
}

async function pairedRun(
  shift: number,
  edit: (document: { models: Record<string, { metrics: Record<string, number> }> }) => void = () => {},
) {
  const { rows, baselineFile, candidateFile } = models(shift)
  const inputs = {
    predictions: 'p.csv',
    'score-column': 'score',
    metrics: 'roc_auc,log_loss',
    'id-column': 'id',
  }
  const first = await runAction({
    files: { 'p.csv': baselineFile },
    inputs: { ...inputs, 'update-baseline': 'true' },
  })
  expect(first.exitCode, first.stdout).toBe(0)
  const document = JSON.parse(await readFile(path.join(first.workspace, BASELINE), 'utf8'))
  edit(document)
  const stored = JSON.stringify(document)
  const result = await runAction({
    files: { 'p.csv': candidateFile, 'b.csv': baselineFile, [BASELINE]: stored },
    inputs: { ...inputs, 'baseline-predictions': 'b.csv' },
  })
  const row = (metric: string) =>
    result.summary.split('\n').find((line) => line.startsWith(`| ${metric} |`)) ?? ''
  return { rows, result, row }
}

describe.concurrent('paired score metrics: both models scored on the same ids', () => {
  test('the same model with fresh noise: p of DeLong’s paired test and of the per-row differences, as computed here', async () => {
    const { rows, result, row } = await pairedRun(0)
    expect(result.exitCode, result.stdout).toBe(0)
    const auc = expectedP(rows, 'roc_auc')
    const loss = expectedP(rows, 'log_loss')
    expect(auc).toBeGreaterThan(0.0001)
    expect(row('roc_auc')).toContain(`| ${auc.toFixed(4)} (paired, DeLong`)
    expect(row('log_loss')).toContain(`| ${loss.toFixed(4)} (paired, analytic`)
    expect(result.summary).toContain(`Paired: ${ROWS} examples scored by both models (baseline-predictions)`)
  })

  test('a candidate that ranks positives lower: paired DeLong finds the drop and the gate fails', async () => {
    const { rows, result, row } = await pairedRun(0.08)
    expect(result.exitCode).toBe(1)
    expect(expectedP(rows, 'roc_auc')).toBeLessThan(0.01)
    expect(row('roc_auc')).toMatch(/\(paired, DeLong(, Holm [0-9.<]+)?\) \| 🔴 regressed/)
  })

  test('a stored roc_auc the baseline scores do not give (edited by hand) wins: one-sample from this run’s error', async () => {
    const { result, row } = await pairedRun(
      0,
      (document) => (document.models.default!.metrics.roc_auc = 0.95),
    )
    expect(result.exitCode).toBe(1)
    expect(row('roc_auc')).toMatch(/\(against the stored value(, Holm [0-9.<]+)?\) \| 🔴 regressed/)
    expect(row('log_loss')).toContain('(paired, analytic')
    expect(result.summary).toContain(
      "the baseline file says 0.9500: the file wins. This run is tested against it as a fixed value (one-sample, from this run's standard error), not paired.",
    )
  })
})

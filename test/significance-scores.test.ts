import { describe, expect, it } from 'vitest'
import { binaryRowTerms } from '../src/core/metrics/scores.js'
import { gatherEvidence, type EvidenceInput } from '../src/core/significance.js'
import { meanStandardError, normalCdf, pairedDelong } from '../src/core/stats/index.js'

const SETTINGS = { significance: 0.05, confidence: 0.95, samples: 1000, seed: '0' }

/** 12 joined rows: gold labels and both models' scores (ties within and across models). */
const gold = ['1', '0', '1', '1', '0', '0', '1', '0', '0', '1', '0', '0']
const candidate = [0.9, 0.4, 0.35, 0.8, 0.4, 0.1, 0.6, 0.7, 0.2, 0.55, 0.3, 0.5]
const baseline = [0.8, 0.5, 0.6, 0.9, 0.3, 0.2, 0.6, 0.4, 0.1, 0.45, 0.35, 0.6]
const positive = gold.map((label) => label === '1')

function evidenceFor(stored: Record<string, number>) {
  const input: EvidenceInput = {
    current: {
      roc_auc: pairedDelong(positive, candidate, baseline).candidate,
      log_loss: mean(candidate.map((s, i) => binaryRowTerms(positive[i]!, s).logLoss)),
    },
    directionOf: (name) => (name === 'log_loss' ? 'lower-is-better' : 'higher-is-better'),
    gated: ['roc_auc', 'log_loss'],
    baseline: { metrics: stored, standardErrors: { roc_auc: 0.05, log_loss: 0.1 } },
    positiveLabel: '1',
    pairedScores: { gold, candidate, baseline },
    standardErrors: { roc_auc: 0.04, log_loss: 0.09 },
    errorMethods: { roc_auc: 'delong', log_loss: 'analytic' },
  }
  return gatherEvidence(input, SETTINGS)
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length
}

describe('paired score tests in gatherEvidence (baseline-predictions with scores)', () => {
  const paired = pairedDelong(positive, candidate, baseline)
  const lossDifferences = candidate.map(
    (s, i) => binaryRowTerms(positive[i]!, s).logLoss - binaryRowTerms(positive[i]!, baseline[i]!).logLoss,
  )
  const storedLoss = mean(baseline.map((s, i) => binaryRowTerms(positive[i]!, s).logLoss))

  it('the stored values are the baseline scores’ own: DeLong’s paired test and the per-row differences', () => {
    const evidence = evidenceFor({ roc_auc: paired.baseline, log_loss: storedLoss })
    const auc = evidence.metrics.get('roc_auc')!.test!
    expect(auc).toMatchObject({ paired: true, method: 'delong' })
    expect(auc.delta).toBeCloseTo(paired.delta, 14)
    expect(auc.pValue).toBeCloseTo(normalCdf(paired.delta / paired.standardError), 14)
    const loss = evidence.metrics.get('log_loss')!.test!
    expect(loss).toMatchObject({ paired: true, method: 'analytic' })
    expect(loss.pValue).toBeCloseTo(
      normalCdf(-mean(lossDifferences) / meanStandardError(lossDifferences)),
      12,
    )
    expect(evidence.pairedMismatches).toEqual([])
  })

  it('a stored value the baseline scores do not give wins: one-sample against it, from this run’s error', () => {
    const evidence = evidenceFor({ roc_auc: 0.9, log_loss: storedLoss })
    expect(evidence.pairedMismatches).toEqual([
      { metric: 'roc_auc', stored: 0.9, fromPredictions: paired.baseline },
    ])
    const auc = evidence.metrics.get('roc_auc')!.test!
    expect(auc).toMatchObject({ paired: false, method: 'one-sample' })
    expect(auc.delta).toBeCloseTo(paired.candidate - 0.9, 14)
    expect(auc.pValue).toBeCloseTo(normalCdf((paired.candidate - 0.9) / 0.04), 14)
    expect(evidence.metrics.get('log_loss')!.test!.paired).toBe(true)
  })
})

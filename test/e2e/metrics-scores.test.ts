import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { MulticlassLogLoss } from '../../src/core/metrics/scores.js'
import { REPO_ROOT } from '../helpers/node24.js'
import {
  cleanupRuns,
  runAction,
  stackTraceLines,
  workflowCommands,
  type RunResult,
} from '../helpers/run-action.js'

// score-column / score-columns through the real bundle: scikit-learn's values for the committed reference vectors,
// and one-line errors for scores that are not numbers, not probabilities, or of one class only.

afterAll(cleanupRuns)

interface BinaryCase {
  name: string
  y_true: string[]
  pos_label: string
  y_score: number[]
  expected: Record<string, number>
}
interface MulticlassCase {
  name: string
  y_true: string[]
  classes: string[]
  probabilities: number[][]
  expected: Record<string, number>
}
const fixture = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'sklearn', 'scores.json'), 'utf8'),
) as {
  binary: BinaryCase[]
  multiclass: MulticlassCase[]
}
const binary = (name: string) => fixture.binary.find((c) => c.name === name)!
const multiclass = (name: string) => fixture.multiclass.find((c) => c.name === name)!

function metricsOf(result: RunResult): Record<string, number> {
  expect(result.exitCode, result.stdout + result.stderr).toBe(0)
  return JSON.parse(result.outputs.metrics!) as Record<string, number>
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>): void {
  for (const [name, value] of Object.entries(expected))
    expect(
      Math.abs(actual[name]! - value),
      `${name}: ${actual[name]} vs sklearn ${value}`,
    ).toBeLessThanOrEqual(1e-12)
}

/** A CSV with the gold label, a predicted label (the score thresholded at 0.5) and the score. */
function binaryCsv(c: BinaryCase): string {
  const negative = c.y_true.find((label) => label !== c.pos_label) ?? 'other'
  const rows = c.y_true.map(
    (label, i) => `${label},${c.y_score[i]! >= 0.5 ? c.pos_label : negative},${c.y_score[i]}`,
  )
  return 'label,prediction,score\n' + rows.join('\n') + '\n'
}

describe('binary scores (score-column)', () => {
  for (const name of [
    'simple-4',
    'ties-across-classes',
    'random-n2000',
    'rounded-heavy-ties-n3000',
    'pos-label-zero',
  ]) {
    test(name, async () => {
      const c = binary(name)
      const metrics = metricsOf(
        await runAction({
          files: { 'p.csv': binaryCsv(c) },
          inputs: {
            predictions: 'p.csv',
            'score-column': 'score',
            'positive-label': c.pos_label,
            metrics: 'accuracy, roc_auc, average_precision, log_loss, brier_score',
          },
        }),
      )
      expect(Object.keys(metrics)).toEqual([
        'accuracy',
        'roc_auc',
        'average_precision',
        'log_loss',
        'brier_score',
      ])
      expectClose(metrics, c.expected)
    })
  }

  test('the defaults add roc_auc and average_precision to the binary ones', async () => {
    const c = binary('random-n2000')
    const metrics = metricsOf(
      await runAction({
        files: { 'p.csv': binaryCsv(c) },
        inputs: { predictions: 'p.csv', 'score-column': 'score' },
      }),
    )
    expect(Object.keys(metrics)).toEqual([
      'accuracy',
      'precision',
      'recall',
      'f1',
      'roc_auc',
      'average_precision',
    ])
    expectClose(metrics, { roc_auc: c.expected.roc_auc!, average_precision: c.expected.average_precision! })
  })

  test('log_loss rising is a regression (lower is better)', async () => {
    const c = binary('random-n2000')
    const result = await runAction({
      files: {
        'p.csv': binaryCsv(c),
        '.github/eval-baseline.json': JSON.stringify({ log_loss: c.expected.log_loss! - 0.05, roc_auc: 0.5 }),
      },
      inputs: {
        predictions: 'p.csv',
        'score-column': 'score',
        metrics: 'roc_auc,log_loss',
        thresholds: '*: max-drop 0.01',
      },
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.summary).toBe('❌ 1 metric regressed: log_loss +0.0500 (max-drop 0.01)')
  })
})

describe('multiclass scores (score-columns)', () => {
  test('named fields, one per class, in JSON Lines', async () => {
    const c = multiclass('four-classes-n1200')
    const lines = c.y_true.map((label, i) => {
      const record: Record<string, unknown> = {
        label,
        prediction: c.classes[c.probabilities[i]!.indexOf(Math.max(...c.probabilities[i]!))],
      }
      c.classes.forEach((cls, k) => (record[`p_${cls}`] = c.probabilities[i]![k]))
      return JSON.stringify(record)
    })
    const metrics = metricsOf(
      await runAction({
        files: { 'p.jsonl': lines.join('\n') + '\n' },
        inputs: {
          predictions: 'p.jsonl',
          'score-columns': c.classes.map((cls) => `${cls}=p_${cls}`).join(', '),
          metrics: 'accuracy, roc_auc_ovr_macro, roc_auc_ovr_weighted, log_loss',
        },
      }),
    )
    expectClose(metrics, c.expected)
  })

  test('one field holding an array of probabilities, in a JSON array file', async () => {
    const c = multiclass('five-imbalanced-ties-n900')
    const records = c.y_true.map((label, i) => ({ label, prediction: label, probs: c.probabilities[i] }))
    const metrics = metricsOf(
      await runAction({
        files: { 'p.json': JSON.stringify(records) },
        inputs: {
          predictions: 'p.json',
          'score-columns': 'probs',
          metrics: 'roc_auc_ovr_macro, roc_auc_ovr_weighted, log_loss',
        },
      }),
    )
    expect(Object.keys(metrics)).toEqual(['roc_auc_ovr_macro', 'roc_auc_ovr_weighted', 'log_loss'])
    expectClose(metrics, c.expected)
  })
})

describe('multiclass standard errors', () => {
  test('log_loss gets the analytic standard error of the mean row loss; one-vs-rest AUC none yet', async () => {
    const c = multiclass('four-classes-n1200')
    const records = c.y_true.map((label, i) => ({ label, prediction: label, probs: c.probabilities[i] }))
    const result = await runAction({
      files: { 'p.json': JSON.stringify(records) },
      inputs: {
        predictions: 'p.json',
        'score-columns': 'probs',
        metrics: 'roc_auc_ovr_macro, log_loss',
        'update-baseline': 'true',
      },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const stored = JSON.parse(readFileSync(path.join(result.workspace, '.github/eval-baseline.json'), 'utf8'))
    const loss = new MulticlassLogLoss()
    c.y_true.forEach((label, i) => loss.add(c.probabilities[i]!, c.classes.indexOf(label)))
    expect(Object.keys(stored.models.default.standardErrors)).toEqual(['log_loss'])
    expect(stored.models.default.standardErrors.log_loss).toBeCloseTo(loss.standardError, 14)
  })
})

describe('bad scores: one line naming the file, line and field', () => {
  const csv = 'label,prediction,score\n0,0,0.2\n1,1,0.9\n0,1,0.6\n'
  const cases: {
    title: string
    files: Record<string, string>
    inputs: Record<string, string>
    error: string
  }[] = [
    {
      title: 'a score that is not a number',
      files: { 'p.csv': 'label,prediction,score\n0,0,0.2\n1,1,high\n' },
      inputs: { 'score-column': 'score' },
      error: 'p.csv:3: field "score": score is not a number',
    },
    {
      title: 'NaN as a score',
      files: { 'p.csv': 'label,prediction,score\n0,0,NaN\n1,1,0.3\n' },
      inputs: { 'score-column': 'score' },
      error: 'p.csv:2: field "score": score is not a number',
    },
    {
      title: 'a probability above 1 for log_loss',
      files: { 'p.csv': 'label,prediction,score\n0,0,0.2\n1,1,1.7\n' },
      inputs: { 'score-column': 'score', metrics: 'roc_auc, log_loss' },
      error:
        'p.csv:3: field "score": probability 1.7 is outside [0, 1] (log_loss and brier_score need probabilities)',
    },
    {
      title: 'scores of one class only: AUC is undefined, not 0.5',
      files: { 'p.csv': 'label,prediction,score\n1,1,0.2\n1,0,0.9\n' },
      inputs: { 'score-column': 'score', metrics: 'roc_auc' },
      error:
        'roc_auc is not defined: the gold labels hold only the positive class "1", and ROC AUC needs both classes',
    },
    {
      title: 'score-column on a multiclass task',
      files: { 'p.csv': 'label,prediction,score\na,a,0.2\nb,b,0.9\nc,a,0.4\n' },
      inputs: { 'score-column': 'score', metrics: 'accuracy' },
      error: 'input "score-column" gives one score per row, for a binary task; this task has 3 labels',
    },
    {
      title: 'multiclass scores that do not sum to 1',
      files: { 'p.csv': 'label,prediction,pa,pb,pc\na,a,0.5,0.3,0.2\nb,b,0.5,0.6,0.2\nc,c,0.1,0.1,0.8\n' },
      inputs: { 'score-columns': 'a=pa, b=pb, c=pc' },
      error:
        'p.csv:3: the class scores sum to 1.3, not 1: one-vs-rest ROC AUC needs probabilities (as scikit-learn)',
    },
    {
      title: 'a metric that needs scores, without them',
      files: { 'p.csv': csv },
      inputs: { metrics: 'roc_auc' },
      error:
        'input "metrics": metric "roc_auc" needs scores: set "score-column" (binary) or "score-columns" (one per class) (task is classification)',
    },
  ]
  for (const bad of cases) {
    test(bad.title, async () => {
      const result = await runAction({ files: bad.files, inputs: { predictions: 'p.csv', ...bad.inputs } })
      expect(result.exitCode).toBe(1)
      const errors = workflowCommands(result.stdout).filter((c) => c.command === 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0]!.message.startsWith(bad.error), errors[0]!.message).toBe(true)
      expect(stackTraceLines(result.stdout + result.stderr)).toEqual([])
    })
  }
})

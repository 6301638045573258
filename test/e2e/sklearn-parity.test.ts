import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import {
  byCodePoint,
  loadSklearnVectors,
  metricMismatches,
  scalarMetrics,
  toDelimited,
  toJsonArray,
  toJsonLines,
  type SklearnCase,
} from '../helpers/prediction-files.js'
import { cleanupRuns, runAction, type WorkspaceFiles } from '../helpers/run-action.js'

// The bundled action, fed prediction files in every format, must report exactly what scikit-learn 1.2.1 computes
// (test/fixtures/sklearn/classification.json, made by scripts/make-sklearn-vectors.py).

afterAll(cleanupRuns)

const vectors = loadSklearnVectors()
const TOLERANCE = 1e-12

function caseNamed(name: string): SklearnCase {
  const found = vectors.cases.find((c) => c.name === name)
  if (!found) throw new Error(`no case ${name} in the sklearn vectors`)
  return found
}

/** Records with the gold and predicted label, an id, and a free-text column full of CSV's special characters. */
function recordsOf(testCase: SklearnCase, rename: (label: string) => string = (label) => label) {
  return testCase.y_true.map((gold, i) => ({
    id: String(i + 1),
    text: i % 3 === 0 ? `row ${i}, says "hello"\nand goes on` : `row ${i}`,
    label: rename(gold),
    prediction: rename(testCase.y_pred[i]!),
  }))
}

interface Scenario {
  case: string
  /** How the files are written, for the test's title. */
  format: string
  files: (testCase: SklearnCase) => WorkspaceFiles
  predictions: string
  positiveLabel?: string
  /**
   * Renames labels without changing their code-point order, so scikit-learn's computation (which sees only the
   * sorted labels and the counts) is the same: used to put commas and quotes into labels.
   */
  rename?: Record<string, string>
}

const HOSTILE_RENAMES = {
  'a`b': 'a`b, "quoted", with commas',
  '| x |': '| x, "y" |',
}

const scenarios: Scenario[] = [
  {
    case: 'seed-example',
    format: 'JSON array with numeric labels, explicit positive-label',
    // JSON numbers 0 and 1 are the labels "0" and "1".
    files: (c) => ({
      'eval/seed.json': toJsonArray(
        c.y_true.map((gold, i) => ({ label: Number(gold), prediction: Number(c.y_pred[i]!) })),
      ),
    }),
    predictions: 'eval/seed.json',
    positiveLabel: '1',
  },
  {
    case: 'multiclass-5-n1500',
    format: 'two CSV files (BOM, CRLF, quoted text column) matched by one glob',
    files: (c) => {
      const records = recordsOf(c)
      const columns = ['id', 'text', 'label', 'prediction']
      return {
        'preds/part-1.csv': '\uFEFF' + toDelimited(records.slice(0, 700), columns, { eol: '\r\n' }),
        'preds/part-2.csv': toDelimited(records.slice(700), columns, { eol: '\r\n' }),
      }
    },
    predictions: 'preds/part-*.csv',
  },
  {
    case: 'unicode-labels-n400',
    format: 'JSONL',
    files: (c) => ({ 'out/unicode.jsonl': toJsonLines(recordsOf(c)) }),
    predictions: 'out/unicode.jsonl',
  },
  {
    case: 'hostile-markdown-html-labels-n300',
    format: 'CSV with RFC 4180 quoting of labels holding commas, quotes and a newline',
    files: (c) => ({
      'hostile.csv': toDelimited(
        recordsOf(c, (label) => HOSTILE_RENAMES[label as keyof typeof HOSTILE_RENAMES] ?? label),
        ['id', 'label', 'text', 'prediction'],
      ),
    }),
    predictions: 'hostile.csv',
    rename: HOSTILE_RENAMES,
  },
  {
    case: 'class-only-predicted',
    format: '.ndjson',
    files: (c) => ({ 'only-predicted.ndjson': toJsonLines(recordsOf(c)) }),
    predictions: 'only-predicted.ndjson',
  },
  {
    case: 'unicode-astral-vs-bmp-binary-pos-astral',
    format: 'TSV, astral positive-label',
    files: (c) => ({ 'astral.tsv': toDelimited(recordsOf(c), ['label', 'prediction'], { delimiter: '\t' }) }),
    predictions: 'astral.tsv',
    positiveLabel: '🐱',
  },
  {
    case: 'binary-pos-label-only-in-pred',
    format: 'JSON array of string labels',
    files: (c) => ({ 'pos-only-predicted.json': toJsonArray(recordsOf(c)) }),
    predictions: 'pos-only-predicted.json',
    positiveLabel: '1',
  },
]

describe('metrics equal scikit-learn 1.2.1', () => {
  test('the vectors are the ones this suite was written for', () => {
    expect(vectors.sklearn_version).toBe('1.2.1')
  })

  test.each(scenarios)('$case ($format)', async (scenario) => {
    const testCase = caseNamed(scenario.case)
    const expected = scalarMetrics(testCase)
    const rename = (label: string) => scenario.rename?.[label] ?? label
    // The renaming must keep scikit-learn's label order, or the expected values would not apply.
    const renamedLabels = testCase.labels.map(rename)
    expect([...renamedLabels].sort(byCodePoint)).toEqual(renamedLabels)
    if (testCase.pos_label !== null)
      expect(scenario.positiveLabel ?? testCase.pos_label).toBe(testCase.pos_label)

    const result = await runAction({
      files: scenario.files(testCase),
      inputs: {
        predictions: scenario.predictions,
        metrics: Object.keys(expected).join(','),
        'positive-label': scenario.positiveLabel ?? '',
        'update-baseline': 'true',
      },
    })
    expect(result.stderr).toBe('')
    expect(result.exitCode, result.stdout).toBe(0)

    const metrics = JSON.parse(result.outputs.metrics!) as Record<string, unknown>
    expect(Object.keys(metrics)).toEqual(Object.keys(expected))
    expect(metricMismatches(metrics, expected, TOLERANCE)).toEqual([])

    // The baseline it wrote holds scikit-learn's labels and confusion matrix.
    const baseline = JSON.parse(
      await readFile(path.join(result.workspace, '.github', 'eval-baseline.json'), 'utf8'),
    ) as { models: Record<string, { labels: string[]; confusionMatrix: number[][]; rows: number }> }
    const entry = baseline.models.default!
    expect(entry.labels).toEqual(renamedLabels)
    expect(entry.confusionMatrix).toEqual(testCase.expected.confusion_matrix)
    expect(entry.rows).toBe(testCase.y_true.length)
  })
})

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './node24.js'

/** One record of a prediction file: field → value (strings, or JSON values for the JSON formats). */
export type PredictionRecord = Record<string, unknown>

/** A field for CSV/TSV: quoted (RFC 4180) when it holds the delimiter, a quote, CR or LF, or edge spaces. */
export function quoteField(value: string, delimiter = ','): string {
  const needsQuotes =
    value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim() || value === ''
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value
}

/** A CSV (or TSV) file: a header of `columns`, then one record per row, RFC 4180 quoting, `eol` line ends. */
export function toDelimited(
  records: readonly object[],
  columns: string[],
  { delimiter = ',', eol = '\n' }: { delimiter?: ',' | '\t'; eol?: '\n' | '\r\n' } = {},
): string {
  const line = (cells: string[]) => cells.map((cell) => quoteField(cell, delimiter)).join(delimiter)
  const cell = (record: object, column: string) => String((record as PredictionRecord)[column])
  return [line(columns), ...records.map((record) => line(columns.map((c) => cell(record, c))))]
    .map((text) => text + eol)
    .join('')
}

/** JSON Lines: one object per line. */
export function toJsonLines(records: readonly object[]): string {
  return records.map((record) => JSON.stringify(record) + '\n').join('')
}

/** A pretty-printed JSON array of objects. */
export function toJsonArray(records: readonly object[]): string {
  return JSON.stringify(records, null, 2) + '\n'
}

/** One case of test/fixtures/sklearn/classification.json (written by scripts/make-sklearn-vectors.py). */
export interface SklearnCase {
  name: string
  y_true: string[]
  y_pred: string[]
  /** `np.unique` of both label lists: scikit-learn's label order. */
  labels: string[]
  pos_label: string | null
  expected: Record<string, number | number[][] | Record<string, number[]>> & {
    confusion_matrix: number[][]
  }
}

export interface SklearnVectors {
  sklearn_version: string
  generator: string
  cases: SklearnCase[]
}

export function loadSklearnVectors(): SklearnVectors {
  const file = path.join(REPO_ROOT, 'test', 'fixtures', 'sklearn', 'classification.json')
  return JSON.parse(readFileSync(file, 'utf8')) as SklearnVectors
}

/** The scalar metrics of a case (every expected value that is a number): the names eval-gate must compute. */
export function scalarMetrics(testCase: SklearnCase): Record<string, number> {
  return Object.fromEntries(
    Object.entries(testCase.expected).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    ),
  )
}

/** Compares two strings by Unicode code point, as numpy sorts `str` labels. */
export function byCodePoint(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0)!)
  const y = [...b].map((c) => c.codePointAt(0)!)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!
  return x.length - y.length
}

/**
 * Names of metrics whose values differ from the expected ones by more than `tolerance` (or are missing or extra),
 * each with both values: an empty list means they match.
 */
export function metricMismatches(
  actual: Record<string, unknown>,
  expected: Record<string, number>,
  tolerance: number,
): string[] {
  const problems: string[] = []
  for (const [name, want] of Object.entries(expected)) {
    const got = actual[name]
    if (typeof got !== 'number') problems.push(`${name}: expected ${want}, got ${JSON.stringify(got)}`)
    else if (!(Math.abs(got - want) <= tolerance))
      problems.push(`${name}: expected ${want}, got ${got} (off by ${Math.abs(got - want)})`)
  }
  for (const name of Object.keys(actual)) {
    if (!(name in expected)) problems.push(`${name}: not expected, got ${JSON.stringify(actual[name])}`)
  }
  return problems
}

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './node24.js'

/** The text of a fixture under test/fixtures/e2e/. */
export function e2eFixture(name: string): string {
  return readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'e2e', name), 'utf8')
}

/** test/fixtures/e2e/binary-20.csv and its metrics (see test/fixtures/e2e/README.md). */
export const BINARY_20 = {
  file: 'binary-20.csv',
  rows: 20,
  labels: ['0', '1'],
  confusionMatrix: [
    [9, 1],
    [2, 8],
  ],
  metrics: { accuracy: 17 / 20, precision: 8 / 9, recall: 8 / 10, f1: 16 / 19 },
} as const

/** test/fixtures/e2e/multiclass-9.jsonl (fields `gold`, `predicted`) and its metrics. */
export const MULTICLASS_9 = {
  file: 'multiclass-9.jsonl',
  rows: 9,
  labels: ['bird', 'cat', 'dog'],
  metrics: { accuracy: 6 / 9, precision_macro: 2 / 3, recall_macro: 2 / 3, f1_macro: 2 / 3 },
} as const

/** A versioned baseline document with one entry per name. */
export function baselineDocument(models: Record<string, Record<string, number>>): string {
  return (
    JSON.stringify(
      {
        schema: 1,
        models: Object.fromEntries(Object.entries(models).map(([name, metrics]) => [name, { metrics }])),
      },
      null,
      2,
    ) + '\n'
  )
}

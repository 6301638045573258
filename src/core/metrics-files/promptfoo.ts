import { InputError } from '../errors.js'
import { childPath, isJsonObject, type JsonObject, type JsonValue } from './json.js'
import type { FileMetric } from './types.js'

/**
 * Whether a document is promptfoo's output (`promptfoo eval -o results.json`, or `outputPath` in its config): a
 * `results` object holding the `results` array of every test × prompt × provider and its `stats`.
 */
export function looksLikePromptfoo(data: JsonObject): boolean {
  const results = data.results
  return isJsonObject(results) && Array.isArray(results.results) && isJsonObject(results.stats)
}

/** promptfoo's `ResultFailureReason.ERROR`: the provider or the test errored, rather than an assertion failing. */
const FAILURE_ERROR = 2

/**
 * The metrics of a promptfoo output file, counted from its per-result records (`results.results`):
 * - `pass_rate`: passed / all results (an error counts as not passed), with the number of results as its count;
 * - `successes` (higher is better), `failures` and `errors` (lower is better): the counts promptfoo's `stats` shows;
 * - `test/<test>/pass_rate` per test, over its prompts and providers; `<test>` is the test's description made
 *   name-safe (`Capital of France` → `capital-of-france`, with `-<index>` added when two share one), or its index;
 * - `assertion/<type>/pass_rate` per assertion type (`icontains`, `llm-rubric`), over the graded assertions;
 * - `named/<metric>` for assertions with a `metric` name: promptfoo's mean named score.
 */
export function parsePromptfoo(data: JsonObject, file: string): FileMetric[] {
  const summary = data.results as JsonObject
  const rows = summary.results as JsonValue[]
  const base = '$.results.results'
  if (rows.length === 0) throw new InputError('has no test results', { file, jsonPath: base })

  let successes = 0
  let failures = 0
  let errors = 0
  const tests = new Map<number, { description?: string; passed: number; total: number }>()
  const assertions = new Map<string, { passed: number; total: number }>()
  rows.forEach((row, index) => {
    const where = childPath(base, index)
    if (!isJsonObject(row)) throw new InputError('expected a result object', { file, jsonPath: where })
    if (typeof row.success !== 'boolean') {
      throw new InputError('expected "success" to be true or false', {
        file,
        jsonPath: childPath(where, 'success'),
      })
    }
    const grading = isJsonObject(row.gradingResult) ? row.gradingResult : undefined
    const errored =
      !row.success &&
      (row.failureReason === FAILURE_ERROR ||
        (row.failureReason === undefined && grading === undefined && typeof row.error === 'string'))
    if (row.success) successes++
    else if (errored) errors++
    else failures++

    const testIndex = typeof row.testIdx === 'number' ? row.testIdx : index
    const testCase = isJsonObject(row.testCase) ? row.testCase : undefined
    const test = tests.get(testIndex) ?? {
      description: typeof testCase?.description === 'string' ? testCase.description : undefined,
      passed: 0,
      total: 0,
    }
    test.total++
    if (row.success) test.passed++
    tests.set(testIndex, test)

    const components = Array.isArray(grading?.componentResults) ? grading.componentResults : []
    for (const component of components) {
      if (!isJsonObject(component) || typeof component.pass !== 'boolean') continue
      const type = isJsonObject(component.assertion) ? component.assertion.type : undefined
      if (typeof type !== 'string' || type === '') continue
      const counts = assertions.get(type) ?? { passed: 0, total: 0 }
      counts.total++
      if (component.pass) counts.passed++
      assertions.set(type, counts)
    }
  })

  const total = rows.length
  const metrics: FileMetric[] = [
    { name: 'pass_rate', value: successes / total, direction: 'higher-is-better', count: total, path: base },
    { name: 'successes', value: successes, direction: 'higher-is-better', count: total, path: base },
    { name: 'failures', value: failures, direction: 'lower-is-better', count: total, path: base },
    { name: 'errors', value: errors, direction: 'lower-is-better', count: total, path: base },
  ]
  for (const [key, test] of testKeys(tests)) {
    metrics.push({
      name: `test/${key}/pass_rate`,
      value: test.passed / test.total,
      direction: 'higher-is-better',
      count: test.total,
      path: base,
    })
  }
  for (const [type, counts] of [...assertions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    metrics.push({
      name: `assertion/${slug(type) || 'unnamed'}/pass_rate`,
      value: counts.passed / counts.total,
      direction: 'higher-is-better',
      count: counts.total,
      path: base,
    })
  }
  metrics.push(...namedScores(summary, file))
  return metrics
}

/** Name-safe keys for the tests, in test order: the description's slug, made unique with the index if needed. */
function testKeys<T extends { description?: string }>(tests: Map<number, T>): [string, T][] {
  const ordered = [...tests].sort(([a], [b]) => a - b)
  const slugs = ordered.map(
    ([index, test]) => (test.description ? slug(test.description) : '') || String(index),
  )
  const uses = new Map<string, number>()
  for (const key of slugs) uses.set(key, (uses.get(key) ?? 0) + 1)
  return ordered.map(([index, test], i) => {
    const key = slugs[i]!
    return [uses.get(key)! > 1 ? `${key}-${index}` : key, test]
  })
}

/** Lower-case letters, digits, `_` and `.`, with every other run of characters made one `-`. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_.]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

/** promptfoo's named scores (`assert: [{metric: "tone", …}]`): the sum over prompts divided by their count. */
function namedScores(summary: JsonObject, file: string): FileMetric[] {
  const prompts = Array.isArray(summary.prompts) ? summary.prompts : []
  const sums = new Map<string, { sum: number; count: number; path: string }>()
  prompts.forEach((prompt, index) => {
    const metrics = isJsonObject(prompt) && isJsonObject(prompt.metrics) ? prompt.metrics : undefined
    const scores = isJsonObject(metrics?.namedScores) ? metrics.namedScores : undefined
    const counts = isJsonObject(metrics?.namedScoresCount) ? metrics.namedScoresCount : undefined
    for (const [name, score] of Object.entries(scores ?? {})) {
      const path = childPath(childPath(childPath(`$.results.prompts`, index), 'metrics'), 'namedScores')
      if (typeof score !== 'number') {
        throw new InputError('named score is not a number', { file, jsonPath: childPath(path, name) })
      }
      const count = counts?.[name]
      const entry = sums.get(name) ?? { sum: 0, count: 0, path: childPath(path, name) }
      entry.sum += score
      entry.count += typeof count === 'number' ? count : 1
      sums.set(name, entry)
    }
  })
  return [...sums].map(([name, { sum, count, path }]) => ({
    name: `named/${name}`,
    value: count === 0 ? NaN : sum / count,
    direction: 'higher-is-better' as const,
    count,
    path,
  }))
}

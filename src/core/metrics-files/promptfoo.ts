import type { Direction } from '../catalogue.js'
import { InputError } from '../errors.js'
import { childPath, isJsonObject, type JsonObject, type JsonValue } from './json.js'
import type { FileMetric } from './types.js'

/**
 * Whether a document is promptfoo's output (`promptfoo eval -o results.json`, or `outputPath` in its config): a
 * `results` object holding the `results` array of every test × prompt × provider, with its `stats` (or, in an
 * empty or unusual file, its layout `version` or the `evalId` beside it).
 */
export function looksLikePromptfoo(data: JsonObject): boolean {
  const results = data.results
  return (
    isJsonObject(results) &&
    Array.isArray(results.results) &&
    (isJsonObject(results.stats) || typeof results.version === 'number' || typeof data.evalId === 'string')
  )
}

/** promptfoo's `ResultFailureReason.ERROR`: the provider or the test errored, rather than an assertion failing. */
const FAILURE_ERROR = 2

/** Layouts read: 2 (results, table, stats) and 3 (results, prompts, stats), the current one. */
const VERSIONS = [2, 3]

/** Passed and total results of one group (a test, a provider, an assertion type). */
interface Tally {
  description?: string
  passed: number
  total: number
}

/**
 * The metrics of a promptfoo output file, counted from its per-result records (`results.results`):
 * - `pass_rate`: passed / all results (an error counts as not passed), with the number of results as its count;
 * - `successes` (higher is better), `failures` and `errors` (lower is better): the counts promptfoo's `stats` shows,
 *   shown but not gated unless `metrics-select` names them (`tally`): the pass rate carries the verdict, with a test;
 * - `provider/<provider>/pass_rate` per provider when there are several (a provider is its id; it is named by its
 *   label, with the id added when two share one), and `prompt/<prompt>/pass_rate` per
 *   prompt when there are several: comparing them is what promptfoo is for, and they go to the leaderboard as
 *   models (`model`);
 * - `test/<test>/pass_rate` per test, over its prompts and providers; `<test>` is the test's description made
 *   name-safe (`Capital of France` → `capital-of-france`, with `-<index>` added when two share one), or its index;
 * - `assertion/<type>/pass_rate` per assertion type (`icontains`, `llm-rubric`), over the graded assertions;
 * - `named/<metric>` for assertions with a `metric` name: promptfoo's mean named score.
 * Every pass rate has its binomial standard error, √(p(1−p)/n), so the statistical gate tests it, and is marked a
 * proportion, so its interval is a Wilson score interval, which stays inside [0, 1].
 * Layout 2 has no test index on its results: its tests are the rows of its `table`.
 */
export function parsePromptfoo(data: JsonObject, file: string): FileMetric[] {
  const summary = data.results as JsonObject
  const rows = summary.results as JsonValue[]
  const base = '$.results.results'
  const version = summary.version
  if (typeof version === 'number' && !VERSIONS.includes(version)) {
    throw new InputError(
      `is promptfoo output of layout version ${version}, which eval-gate does not read (it reads versions ${VERSIONS.join(' and ')})`,
      { file, jsonPath: '$.results.version' },
    )
  }
  if (rows.length === 0)
    throw new InputError('is promptfoo output with no results: the eval ran no tests', {
      file,
      jsonPath: base,
    })

  const { counts, tests, providers, prompts, assertions } = tallyResults(rows, version, file, base)
  if (version === 2) tableTests(summary, tests)

  const total = rows.length
  const metrics: FileMetric[] = [
    passRate('pass_rate', { passed: counts.successes, total }, base),
    tallyMetric('successes', counts.successes, 'higher-is-better', total, base),
    tallyMetric('failures', counts.failures, 'lower-is-better', total, base),
    tallyMetric('errors', counts.errors, 'lower-is-better', total, base),
  ]
  if (providers.size > 1) {
    // Keyed by id, named by label: two providers sharing a label get their ids added to their names.
    const ids = [...providers.keys()]
    uniqueKeys([...providers]).forEach(([key, tally], i) => {
      const label = tally.description!
      const model = key === slug(label) ? label : `${label} (${ids[i]!})`
      metrics.push({ ...passRate(`provider/${key}/pass_rate`, tally, base), model })
    })
  }
  if (prompts.size > 1 && !prompts.has(-1)) {
    // Prompt labels are often the whole template: a long one is named by its index.
    for (const [key, tally] of uniqueKeys(
      [...prompts].sort(([a], [b]) => a - b),
      40,
    ))
      metrics.push({
        ...passRate(`prompt/${key}/pass_rate`, tally, base),
        ...(providers.size === 1 ? { model: `prompt ${key}` } : {}),
      })
  }
  for (const [key, tally] of uniqueKeys([...tests].sort(([a], [b]) => a - b)))
    metrics.push(passRate(`test/${key}/pass_rate`, tally, base))
  for (const [type, tally] of [...assertions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    metrics.push(passRate(`assertion/${slug(type) || 'unnamed'}/pass_rate`, tally, base))
  metrics.push(...namedScores(summary, file))
  return metrics
}

/** The tallies of every result: outcome counts, and passes per test, provider, prompt and assertion type. */
interface Tallies {
  counts: { successes: number; failures: number; errors: number }
  tests: Map<number, Tally>
  providers: Map<string, Tally>
  prompts: Map<number, Tally>
  assertions: Map<string, Tally>
}

function tallyResults(
  rows: JsonValue[],
  version: JsonValue | undefined,
  file: string,
  base: string,
): Tallies {
  const tallies: Tallies = {
    counts: { successes: 0, failures: 0, errors: 0 },
    tests: new Map(),
    providers: new Map(),
    prompts: new Map(),
    assertions: new Map(),
  }
  const { counts, tests, providers, prompts, assertions } = tallies
  rows.forEach((row, index) => {
    const where = childPath(base, index)
    if (!isJsonObject(row)) throw new InputError('expected a result object', { file, jsonPath: where })
    if (typeof row.success !== 'boolean') {
      throw new InputError('expected "success" to be true or false', {
        file,
        jsonPath: childPath(where, 'success'),
      })
    }
    const passed = row.success
    const grading = isJsonObject(row.gradingResult) ? row.gradingResult : undefined
    const errored =
      !passed &&
      (row.failureReason === FAILURE_ERROR ||
        (row.failureReason === undefined && grading === undefined && typeof row.error === 'string'))
    counts[passed ? 'successes' : errored ? 'errors' : 'failures']++

    if (version !== 2) {
      const testCase = isJsonObject(row.testCase) ? row.testCase : undefined
      const description = typeof testCase?.description === 'string' ? testCase.description : undefined
      count(tests, typeof row.testIdx === 'number' ? row.testIdx : index, passed, description)
    }
    const provider = providerOf(row.provider)
    count(providers, provider.id, passed, provider.label)
    const prompt = isJsonObject(row.prompt) ? row.prompt : undefined
    const promptLabel = typeof prompt?.label === 'string' ? prompt.label : undefined
    count(prompts, typeof row.promptIdx === 'number' ? row.promptIdx : -1, passed, promptLabel)

    const components = Array.isArray(grading?.componentResults) ? grading.componentResults : []
    for (const component of components) {
      if (!isJsonObject(component) || typeof component.pass !== 'boolean') continue
      const type = isJsonObject(component.assertion) ? component.assertion.type : undefined
      if (typeof type === 'string' && type !== '') count(assertions, type, component.pass)
    }
  })
  return tallies
}

function count<K>(tallies: Map<K, Tally>, key: K, passed: boolean, description?: string): void {
  const tally = tallies.get(key) ?? {
    ...(description !== undefined ? { description } : {}),
    passed: 0,
    total: 0,
  }
  tally.total++
  if (passed) tally.passed++
  tallies.set(key, tally)
}

/** A pass rate with its count and binomial standard error. */
function passRate(name: string, { passed, total }: Tally, path: string): FileMetric {
  const value = passed / total
  return {
    name,
    value,
    direction: 'higher-is-better',
    stderr: Math.sqrt((value * (1 - value)) / total),
    count: total,
    proportion: true,
    path,
  }
}

/** A count of results: shown, gated only when `metrics-select` names it. */
function tallyMetric(
  name: string,
  value: number,
  direction: Direction,
  total: number,
  path: string,
): FileMetric {
  return { name, value, direction, count: total, path, optIn: name, tally: true }
}

/** The provider a result came from: its id (an object in both layouts, once a string), and its label if any. */
function providerOf(provider: JsonValue | undefined): { id: string; label: string } {
  if (typeof provider === 'string') return { id: provider, label: provider }
  const id = isJsonObject(provider) && typeof provider.id === 'string' ? provider.id : 'unknown'
  const label = isJsonObject(provider) && typeof provider.label === 'string' ? provider.label : ''
  return { id, label: label !== '' ? label : id }
}

/** Layout 2: the tests are the rows of `table.body`, each with one output per prompt × provider. */
function tableTests(summary: JsonObject, tests: Map<number, Tally>): void {
  const body = isJsonObject(summary.table) && Array.isArray(summary.table.body) ? summary.table.body : []
  body.forEach((row, index) => {
    if (!isJsonObject(row) || !Array.isArray(row.outputs)) return
    const test = isJsonObject(row.test) ? row.test : undefined
    const description =
      typeof row.description === 'string'
        ? row.description
        : typeof test?.description === 'string'
          ? test.description
          : undefined
    for (const output of row.outputs)
      if (isJsonObject(output) && typeof output.pass === 'boolean')
        count(tests, index, output.pass, description)
  })
}

/**
 * Name-safe keys, in the given order: the description's slug (when it is at most `maxLength` characters), made
 * unique with the key if needed, or the key itself.
 */
function uniqueKeys<K extends number | string, T extends { description?: string }>(
  entries: [K, T][],
  maxLength = Infinity,
): [string, T][] {
  const slugs = entries.map(([key, tally]) => {
    const text = tally.description ? slug(tally.description) : ''
    return text !== '' && text.length <= maxLength ? text : slug(String(key)) || String(key)
  })
  const uses = new Map<string, number>()
  for (const key of slugs) uses.set(key, (uses.get(key) ?? 0) + 1)
  return entries.map(([key, tally], i) => {
    const text = slugs[i]!
    return [uses.get(text)! > 1 ? `${text}-${slug(String(key))}` : text, tally]
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

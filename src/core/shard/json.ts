import type { ConfusionMatrix } from '../confusion.js'
import { InputError } from '../errors.js'
import { TASK_KINDS, type TaskKind } from '../evaluation-settings.js'
import type { PairFingerprintState } from '../fingerprint.js'
import { firstRepeat, sortLabels } from '../labels.js'
import type { RegressionState } from '../metrics/regression.js'
import type { ScoreRuns } from '../metrics/scores.js'
import type { TextState } from '../metrics/text.js'
import {
  SECTIONS,
  SHARD_STATS_VERSION,
  type MulticlassScoreState,
  type ScoreSetting,
  type ShardIdentity,
  type ShardStats,
} from './types.js'
import { describeJsonKind, parseLenientJson } from '../metrics-files/json.js'

/** The key that marks a statistics file and holds its schema version. */
const VERSION_KEY = 'evalGateStats'

/**
 * A statistics file: JSON with its keys always in the same order, objects indented and arrays of numbers on one
 * line each. Numbers are written in JavaScript's shortest round-trip form, so they read back to the same bits;
 * the few that may be infinite (sums, errors) are written as the strings "Infinity", "-Infinity" or "NaN".
 */
export function serializeShardStats(stats: ShardStats): string {
  const { identity } = stats
  const document: Record<string, unknown> = {
    [VERSION_KEY]: stats.version,
    identity: {
      task: identity.task,
      metrics: identity.metrics,
      positiveLabel: identity.positiveLabel,
      scores: identity.scores === null ? null : scoreSettingJson(identity.scores),
      references: identity.references,
      idColumn: identity.idColumn,
    },
    rows: stats.rows,
  }
  if (stats.classification) {
    const { labels, counts, total } = stats.classification
    document.classification = { labels, counts, total }
  }
  if (stats.binaryScores) {
    const { positiveLabel, runs, logLoss, brier } = stats.binaryScores
    document.binaryScores = { positiveLabel, runs: runsJson(runs), logLoss, brier }
  }
  if (stats.multiclassScores) {
    const { classes, logLoss, oneVsRest } = stats.multiclassScores
    document.multiclassScores = {
      classes,
      logLoss,
      ...(oneVsRest ? { oneVsRest: oneVsRest.map(runsJson) } : {}),
    }
  }
  if (stats.regression) {
    const r = stats.regression
    document.regression = {
      gold: r.gold,
      absoluteErrors: r.absoluteErrors,
      absoluteSum: r.absoluteSum,
      squaredSum: r.squaredSum,
      percentageSum: r.percentageSum,
      goldSum: r.goldSum,
      maxError: r.maxError,
    }
  }
  if (stats.text) {
    const { exactMatch, tokenF1, contains, rows, references } = stats.text
    document.text = { exactMatch, tokenF1, contains, rows, references }
  }
  if (stats.pairs) {
    const { sumA, sumB, xor, count } = stats.pairs
    document.pairs = { sumA, sumB, xor, count }
  }
  return `${format(document, '')}\n`
}

function scoreSettingJson(setting: ScoreSetting): Record<string, unknown> {
  return setting.kind === 'columns' ? { kind: setting.kind, columns: setting.columns } : { ...setting }
}

function runsJson({ scores, positives, negatives }: ScoreRuns): Record<string, unknown> {
  return { scores, positives, negatives }
}

function format(value: unknown, indent: string): string {
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'number' && Number.isFinite(item))) return JSON.stringify(value)
    if (value.every((item) => typeof item !== 'object' || item === null))
      return `[${value.map(scalar).join(',')}]`
    return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
    if (entries.length === 0) return '{}'
    const lines = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`)
    return `{\n${lines.join(',\n')}\n${indent}}`
  }
  return scalar(value)
}

function scalar(value: unknown): string {
  return typeof value === 'number' && !Number.isFinite(value) ? `"${value}"` : JSON.stringify(value)
}

/**
 * Reads a statistics file, checking every field: a problem is an `InputError` naming the file and the JSON path of
 * the field. A file of another schema version is refused.
 */
export function parseShardStats(text: string, file: string): ShardStats {
  // The strict parser: a key given twice would otherwise have the last one win, and depth is bounded.
  return new StatsReader(file).stats(parseLenientJson(text, file))
}

/** Reads the fields of a parsed statistics file, each checked, with the JSON path of each for messages. */
class StatsReader {
  constructor(private readonly file: string) {}

  stats(document: unknown): ShardStats {
    if (
      typeof document !== 'object' ||
      document === null ||
      Array.isArray(document) ||
      !(VERSION_KEY in document)
    )
      throw new InputError(`is not an eval-gate statistics file: it has no "${VERSION_KEY}" version`, {
        file: this.file,
      })
    const version = (document as Record<string, unknown>)[VERSION_KEY]
    if (version !== SHARD_STATS_VERSION) {
      this.fail(
        `$.${VERSION_KEY}`,
        `statistics schema version ${describe(version)} is not supported: this eval-gate reads version ${SHARD_STATS_VERSION} (run the shard and merge jobs with the same eval-gate version)`,
      )
    }
    const top = this.object(document, '$', [VERSION_KEY, 'identity', 'rows'], SECTIONS)
    const identity = this.identity(top.identity, '$.identity')
    const rows = this.count(top.rows, '$.rows')
    const stats: ShardStats = { version: SHARD_STATS_VERSION, identity, rows }

    const classification = identity.task === 'classification'
    this.presence(top, 'classification', classification, `task is ${identity.task}`)
    this.presence(top, 'regression', identity.task === 'regression', `task is ${identity.task}`)
    this.presence(top, 'text', identity.task === 'text', `task is ${identity.task}`)
    const scored = classification && identity.scores !== null
    if (!scored) {
      for (const key of ['binaryScores', 'multiclassScores'])
        if (top[key] !== undefined) this.fail(`$.${key}`, 'is not expected: the identity has no scores')
    }
    if (top.binaryScores !== undefined && top.multiclassScores !== undefined)
      this.fail('$.multiclassScores', 'is not expected beside binaryScores: a run is binary or multiclass')
    if (top.pairs !== undefined && identity.idColumn === null)
      this.fail('$.pairs', 'is not expected: the identity has no id column')

    if (top.classification !== undefined) stats.classification = this.matrix(top.classification, rows)
    if (top.binaryScores !== undefined) {
      const path = '$.binaryScores'
      const o = this.object(top.binaryScores, path, ['positiveLabel', 'runs', 'logLoss', 'brier'])
      const runs = this.runs(o.runs, `${path}.runs`)
      this.total(runs, rows, `${path}.runs`)
      stats.binaryScores = {
        positiveLabel: this.label(o.positiveLabel, `${path}.positiveLabel`),
        runs,
        logLoss: this.sum(o.logLoss, `${path}.logLoss`),
        brier: this.sum(o.brier, `${path}.brier`),
      }
    }
    if (top.multiclassScores !== undefined)
      stats.multiclassScores = this.multiclass(top.multiclassScores, rows)
    if (top.regression !== undefined) stats.regression = this.regression(top.regression, rows)
    if (top.text !== undefined) stats.text = this.text(top.text, rows)
    if (top.pairs !== undefined) stats.pairs = this.pairs(top.pairs, rows)
    return stats
  }

  private identity(value: unknown, path: string): ShardIdentity {
    const o = this.object(value, path, [
      'task',
      'metrics',
      'positiveLabel',
      'scores',
      'references',
      'idColumn',
    ])
    const task = o.task as TaskKind
    if (!TASK_KINDS.includes(task))
      this.fail(`${path}.task`, `must be one of ${TASK_KINDS.join(', ')}, got ${describe(o.task)}`)
    return {
      task,
      metrics: o.metrics === null ? null : this.labels(o.metrics, `${path}.metrics`),
      positiveLabel: this.nullable(o.positiveLabel, `${path}.positiveLabel`),
      scores: o.scores === null ? null : this.scoreSetting(o.scores, `${path}.scores`),
      references: this.nullable(o.references, `${path}.references`),
      idColumn: this.nullable(o.idColumn, `${path}.idColumn`),
    }
  }

  private scoreSetting(value: unknown, path: string): ScoreSetting {
    const kind = (value as { kind?: unknown } | null)?.kind
    if (kind === 'columns') {
      const o = this.object(value, path, ['kind', 'columns'])
      const columns = this.array(o.columns, `${path}.columns`).map((pair, i): [string, string] => {
        const at = `${path}.columns[${i}]`
        const items = this.array(pair, at)
        if (items.length !== 2) this.fail(at, 'must be a [label, field] pair')
        return [this.label(items[0], `${at}[0]`), this.label(items[1], `${at}[1]`)]
      })
      return { kind, columns }
    }
    if (kind === 'column' || kind === 'array') {
      const o = this.object(value, path, ['kind', 'field'])
      return { kind, field: this.label(o.field, `${path}.field`) }
    }
    return this.fail(`${path}.kind`, `must be "column", "columns" or "array", got ${describe(kind)}`)
  }

  private matrix(value: unknown, rows: number): ConfusionMatrix {
    const path = '$.classification'
    const o = this.object(value, path, ['labels', 'counts', 'total'])
    const labels = this.labels(o.labels, `${path}.labels`)
    const sorted = sortLabels(labels)
    if (sorted.some((label, i) => label !== labels[i]))
      this.fail(`${path}.labels`, "must be in eval-gate's label order (scikit-learn's sorted order)")
    const size = labels.length
    const list = this.array(o.counts, `${path}.counts`)
    if (list.length !== size)
      this.fail(`${path}.counts`, `must have ${size} rows, one per label, got ${list.length}`)
    let sum = 0
    const counts = list.map((row, g) => {
      const cells = this.array(row, `${path}.counts[${g}]`)
      if (cells.length !== size)
        this.fail(`${path}.counts[${g}]`, `must have ${size} counts, one per label, got ${cells.length}`)
      return cells.map((cell, p) => {
        const count = this.count(cell, `${path}.counts[${g}][${p}]`)
        sum += count
        return count
      })
    })
    const total = this.count(o.total, `${path}.total`)
    if (sum !== total) this.fail(`${path}.total`, `is ${total}, but the counts add up to ${sum}`)
    if (total !== rows) this.fail(`${path}.total`, `is ${total}, but the file holds ${rows} rows`)
    return { labels, counts, total }
  }

  private multiclass(value: unknown, rows: number): MulticlassScoreState {
    const path = '$.multiclassScores'
    const o = this.object(value, path, ['classes', 'logLoss'], ['oneVsRest'])
    const classes = this.labels(o.classes, `${path}.classes`)
    const state: MulticlassScoreState = { classes, logLoss: this.sum(o.logLoss, `${path}.logLoss`) }
    if (o.oneVsRest !== undefined) {
      const list = this.array(o.oneVsRest, `${path}.oneVsRest`)
      if (list.length !== classes.length)
        this.fail(
          `${path}.oneVsRest`,
          `must hold ${classes.length} run lists, one per class, got ${list.length}`,
        )
      let positives = 0
      state.oneVsRest = list.map((item, k) => {
        const runs = this.runs(item, `${path}.oneVsRest[${k}]`)
        positives += this.total(runs, rows, `${path}.oneVsRest[${k}]`)
        return runs
      })
      if (positives !== rows)
        this.fail(
          `${path}.oneVsRest`,
          `the classes' positives add up to ${positives}, not to the ${rows} rows`,
        )
    }
    return state
  }

  private regression(value: unknown, rows: number): RegressionState {
    const path = '$.regression'
    const o = this.object(value, path, [
      'gold',
      'absoluteErrors',
      'absoluteSum',
      'squaredSum',
      'percentageSum',
      'goldSum',
      'maxError',
    ])
    const gold = this.ascending(o.gold, `${path}.gold`, rows, (v, at) => this.finite(v, at))
    const absoluteErrors = this.ascending(o.absoluteErrors, `${path}.absoluteErrors`, rows, (v, at) =>
      this.nonNegative(v, at),
    )
    const maxError = this.nonNegative(o.maxError, `${path}.maxError`)
    const largest = absoluteErrors.length > 0 ? absoluteErrors[absoluteErrors.length - 1]! : 0
    if (maxError !== largest)
      this.fail(`${path}.maxError`, `is ${maxError}, but the largest absolute error is ${largest}`)
    return {
      gold,
      absoluteErrors,
      absoluteSum: this.sum(o.absoluteSum, `${path}.absoluteSum`),
      squaredSum: this.sum(o.squaredSum, `${path}.squaredSum`),
      percentageSum: this.sum(o.percentageSum, `${path}.percentageSum`),
      goldSum: this.sum(o.goldSum, `${path}.goldSum`),
      maxError,
    }
  }

  private text(value: unknown, rows: number): TextState {
    const path = '$.text'
    const o = this.object(value, path, ['exactMatch', 'tokenF1', 'contains', 'rows', 'references'])
    const count = this.count(o.rows, `${path}.rows`)
    if (count !== rows) this.fail(`${path}.rows`, `is ${count}, but the file holds ${rows} rows`)
    const references = this.count(o.references, `${path}.references`)
    if (references < rows)
      this.fail(`${path}.references`, `is ${references}: every one of the ${rows} rows has a gold answer`)
    return {
      exactMatch: this.sum(o.exactMatch, `${path}.exactMatch`),
      tokenF1: this.sum(o.tokenF1, `${path}.tokenF1`),
      contains: this.sum(o.contains, `${path}.contains`),
      rows,
      references,
    }
  }

  private pairs(value: unknown, rows: number): PairFingerprintState {
    const path = '$.pairs'
    const o = this.object(value, path, ['sumA', 'sumB', 'xor', 'count'])
    const lane = (key: string) => {
      const n = this.count(o[key], `${path}.${key}`)
      if (n > 0xffffffff) this.fail(`${path}.${key}`, `must be an unsigned 32-bit integer, got ${n}`)
      return n
    }
    const count = this.count(o.count, `${path}.count`)
    if (count !== rows) this.fail(`${path}.count`, `is ${count}, but the file holds ${rows} rows`)
    return { sumA: lane('sumA'), sumB: lane('sumB'), xor: lane('xor'), count }
  }

  /** Score runs: distinct finite scores in ascending order, each with counts of at least one row. */
  private runs(value: unknown, path: string): ScoreRuns {
    const o = this.object(value, path, ['scores', 'positives', 'negatives'])
    const scores = this.array(o.scores, `${path}.scores`).map((v, i) =>
      this.finite(v, `${path}.scores[${i}]`),
    )
    scores.forEach((score, i) => {
      if (i > 0 && !(score > scores[i - 1]!))
        this.fail(
          `${path}.scores[${i}]`,
          `must be above the score before it (${scores[i - 1]}): runs are sorted and distinct`,
        )
    })
    const counts = (key: string) => {
      const list = this.array(o[key], `${path}.${key}`)
      if (list.length !== scores.length)
        this.fail(`${path}.${key}`, `must have ${scores.length} counts, one per score, got ${list.length}`)
      return list.map((v, i) => this.count(v, `${path}.${key}[${i}]`))
    }
    const positives = counts('positives')
    const negatives = counts('negatives')
    positives.forEach((p, i) => {
      if (p + negatives[i]! === 0) this.fail(`${path}.positives[${i}]`, 'a run must hold at least one row')
    })
    return { scores, positives, negatives }
  }

  /** Checks that runs hold `rows` rows; returns their positives. */
  private total(runs: ScoreRuns, rows: number, path: string): number {
    const add = (list: number[]) => list.reduce((sum, k) => sum + k, 0)
    const positives = add(runs.positives)
    const total = positives + add(runs.negatives)
    if (total !== rows) this.fail(path, `holds ${total} rows, but the file holds ${rows}`)
    return positives
  }

  private ascending(
    value: unknown,
    path: string,
    rows: number,
    read: (value: unknown, path: string) => number,
  ): number[] {
    const list = this.array(value, path).map((v, i) => read(v, `${path}[${i}]`))
    if (list.length !== rows) this.fail(path, `must hold one value per row (${rows}), got ${list.length}`)
    list.forEach((v, i) => {
      if (i > 0 && v < list[i - 1]!)
        this.fail(`${path}[${i}]`, `must not be below the value before it: the list is sorted`)
    })
    return list
  }

  /** An exact sum's numbers (`Sum.state()`): finite numbers, or one infinity or NaN written as a string. */
  private sum(value: unknown, path: string): number[] {
    return this.array(value, path).map((v, i) => this.float(v, `${path}[${i}]`))
  }

  private object(
    value: unknown,
    path: string,
    required: readonly string[],
    optional: readonly string[] = [],
  ): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail(path, `must be an object, got ${describe(value)}`)
    const o = value as Record<string, unknown>
    for (const key of Object.keys(o))
      if (!required.includes(key) && !optional.includes(key))
        this.fail(`${path}.${key}`, 'is not a known field')
    for (const key of required) if (!Object.hasOwn(o, key)) this.fail(`${path}.${key}`, 'is missing')
    return o
  }

  private presence(top: Record<string, unknown>, key: string, expected: boolean, because: string): void {
    if (expected && top[key] === undefined) this.fail(`$.${key}`, `is missing (${because})`)
    if (!expected && top[key] !== undefined) this.fail(`$.${key}`, `is not expected (${because})`)
  }

  private array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) this.fail(path, `must be an array, got ${describe(value)}`)
    return value as unknown[]
  }

  private labels(value: unknown, path: string): string[] {
    const list = this.array(value, path).map((v, i) => this.label(v, `${path}[${i}]`))
    const repeat = firstRepeat(list)
    if (repeat) this.fail(`${path}[${repeat.index}]`, 'this label is listed twice')
    return list
  }

  private label(value: unknown, path: string): string {
    if (typeof value !== 'string' || value === '')
      this.fail(path, `must be a non-empty string, got ${describe(value)}`)
    return value as string
  }

  private nullable(value: unknown, path: string): string | null {
    return value === null ? null : this.label(value, path)
  }

  /** A count of rows: a whole number ≥ 0 (within the exactly representable integers). */
  private count(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
      this.fail(path, `must be a count (a whole number ≥ 0), got ${describe(value)}`)
    return value as number
  }

  private finite(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value))
      this.fail(path, `must be a finite number, got ${describe(value)}`)
    return value as number
  }

  private nonNegative(value: unknown, path: string): number {
    const number = this.float(value, path)
    if (!(number >= 0)) this.fail(path, `must be ≥ 0, got ${describe(value)}`)
    return number
  }

  /** A number, or one of the strings "Infinity", "-Infinity", "NaN" (what JSON cannot hold as a number). */
  private float(value: unknown, path: string): number {
    if (typeof value === 'number') return value
    if (value === 'Infinity' || value === '-Infinity' || value === 'NaN') return Number(value)
    return this.fail(path, `must be a number, got ${describe(value)}`)
  }

  private fail(jsonPath: string, problem: string): never {
    throw new InputError(problem, { file: this.file, jsonPath })
  }
}

/** A wrong value by its kind, never its text. */
const describe = describeJsonKind

import { InputError, type ErrorLocation } from '../errors.js'
import { NumberColumn, Sum } from './columns.js'
import { jsonSyntaxProblem } from '../json-syntax.js'

/** Python's `string.punctuation`: the ASCII punctuation the SQuAD script removes (and nothing else). */
const PUNCTUATION = /[!-/:-@[-`{-~]/g

/** Python's `str.isspace()` characters: what `str.split()` with no argument splits on. */
const SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'
const SPACES = new RegExp(`[${SPACE}]+`, 'u')

/**
 * `\b(a|an|the)\b` as Python 3's `re` reads it on text: word boundaries by Unicode word characters (letters,
 * numbers, underscore), not JavaScript's ASCII-only `\b`.
 */
const ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu

/**
 * `normalize_answer` of the official SQuAD v1.1 evaluation script: lower-case, remove ASCII punctuation, remove the
 * articles a/an/the, collapse whitespace.
 */
export function normalizeAnswer(text: string): string {
  const noPunctuation = text.toLowerCase().replace(PUNCTUATION, '')
  return tokens(noPunctuation.replace(ARTICLES, ' ')).join(' ')
}

/** Python's `str.split()`: runs of whitespace separate, and there are no empty tokens. */
function tokens(text: string): string[] {
  return text.split(SPACES).filter((token) => token !== '')
}

/** SQuAD v1.1 `exact_match_score`: the normalised strings are equal. */
export function exactMatch(prediction: string, gold: string): number {
  return normalizeAnswer(prediction) === normalizeAnswer(gold) ? 1 : 0
}

/** SQuAD v1.1 `f1_score`: F1 of the bag-of-tokens overlap of the normalised strings. */
export function tokenF1(prediction: string, gold: string): number {
  return overlapF1(normalizedTokens(normalizeAnswer(prediction)), normalizedTokens(normalizeAnswer(gold)))
}

/** The tokens of a normalised answer (the script splits it on single spaces again). */
function normalizedTokens(normalized: string): string[] {
  return normalized.split(' ').filter(Boolean)
}

function overlapF1(predicted: readonly string[], expected: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const token of expected) counts.set(token, (counts.get(token) ?? 0) + 1)
  let same = 0
  for (const token of predicted) {
    const left = counts.get(token) ?? 0
    if (left > 0) {
      same++
      counts.set(token, left - 1)
    }
  }
  if (same === 0) return 0
  const precision = same / predicted.length
  const recall = same / expected.length
  return (2 * precision * recall) / (precision + recall)
}

/** The gold answer appears in the output as written (case-sensitive substring, like promptfoo's `contains`). */
export function contains(prediction: string, gold: string): number {
  return prediction.includes(gold) ? 1 : 0
}

/** Everything a `TextAccumulator` holds, as plain data: the exact sums (`Sum.state()`) and the counts. */
export interface TextState {
  exactMatch: number[]
  tokenF1: number[]
  contains: number[]
  rows: number
  references: number
}

/** Options of a `TextAccumulator`. */
export interface TextOptions {
  /**
   * Keep each row's scores for a row bootstrap (`TextResampler.fromAccumulator`), readable by `rowValues()`: 9 bytes
   * per row. Nothing else changes.
   */
  keepRows?: boolean
}

/** Each row's scores, kept with `keepRows`, in the order the rows were added. */
export interface TextRows {
  /** 1 where the normalised output equals a normalised gold answer, else 0. */
  exactMatch: Uint8Array
  tokenF1: Float64Array
  /** 1 where the output contains a gold answer, else 0. */
  contains: Uint8Array
}

/**
 * Accumulates the text metrics over rows: each row's score is the best over its gold answers (SQuAD's
 * `metric_max_over_ground_truths`), and each metric is the mean over rows (SQuAD reports it ×100; eval-gate keeps
 * the fraction, like every other metric). Nothing is kept per row, unless asked (`keepRows`).
 */
export class TextAccumulator {
  private readonly exact = new Sum()
  private readonly f1 = new Sum()
  private readonly contained = new Sum()
  private count = 0
  private references = 0
  /** With `keepRows`: each row's token F1, and its flags (1: exact match, 2: contains). */
  private readonly f1s: NumberColumn | undefined
  private flags: Uint8Array | undefined

  constructor(options: TextOptions = {}) {
    if (options.keepRows === true) {
      this.f1s = new NumberColumn()
      this.flags = new Uint8Array(1024)
    }
  }

  /** One row: the model's output and its gold answers (at least one). */
  add(prediction: string, golds: readonly string[]): void {
    // `exactMatch` and `tokenF1` of each gold, with the output normalised once rather than twice per gold.
    const predicted = normalizeAnswer(prediction)
    const predictedTokens = normalizedTokens(predicted)
    let exact = 0
    let f1 = 0
    let contained = 0
    for (const gold of golds) {
      const expected = normalizeAnswer(gold)
      if (expected === predicted) exact = 1
      f1 = Math.max(f1, overlapF1(predictedTokens, normalizedTokens(expected)))
      contained = Math.max(contained, contains(prediction, gold))
    }
    this.exact.add(exact)
    this.f1.add(f1)
    this.contained.add(contained)
    if (this.f1s !== undefined) this.keep(exact, f1, contained)
    this.count++
    this.references += golds.length
  }

  get rows(): number {
    return this.count
  }

  /** Each row's scores, in the order added. Only for an accumulator made with `keepRows`. */
  rowValues(): TextRows {
    if (this.f1s === undefined || this.flags === undefined)
      throw new Error('the rows were not kept: make the accumulator with { keepRows: true }')
    const flags = this.flags.subarray(0, this.f1s.length)
    const tokenF1 = new Float64Array(this.f1s.length)
    let at = 0
    this.f1s.forEach((value) => (tokenF1[at++] = value))
    return { exactMatch: flags.map((f) => f & 1), tokenF1, contains: flags.map((f) => f >> 1) }
  }

  private keep(exact: number, f1: number, contained: number): void {
    const row = this.f1s!.length
    if (row === this.flags!.length) {
      const grown = new Uint8Array(2 * row)
      grown.set(this.flags!)
      this.flags = grown
    }
    this.flags![row] = exact | (contained << 1)
    this.f1s!.push(f1)
  }

  /** What the accumulator holds, for a shard's statistics file. */
  state(): TextState {
    return {
      exactMatch: this.exact.state(),
      tokenF1: this.f1.state(),
      contains: this.contained.state(),
      rows: this.count,
      references: this.references,
    }
  }

  /** An accumulator holding a `state()`: its `result()` is that of the accumulator the state came from. */
  static fromState(state: TextState): TextAccumulator {
    const accumulator = new TextAccumulator()
    accumulator.exact.merge(Sum.fromState(state.exactMatch))
    accumulator.f1.merge(Sum.fromState(state.tokenF1))
    accumulator.contained.merge(Sum.fromState(state.contains))
    accumulator.count = state.rows
    accumulator.references = state.references
    return accumulator
  }

  result(): { values: Record<string, number>; rows: number; references: number } {
    const n = this.count
    return {
      values: {
        exact_match: this.exact.value / n,
        token_f1: this.f1.value / n,
        contains: this.contained.value / n,
      },
      rows: n,
      references: this.references,
    }
  }
}

/** One text field of a record: a string (empty allowed: a model may say nothing), a number or a boolean. */
export function textFromJson(value: unknown, where: ErrorLocation): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'boolean') return String(value)
  if (value === undefined) throw new InputError('is missing', where)
  if (value === null) throw new InputError('is null', where)
  throw new InputError(`must be text, not ${Array.isArray(value) ? 'an array' : typeof value}`, where)
}

/**
 * The gold answers of a record's references field: a JSON array of strings (numbers are taken as text), or — in a
 * CSV or TSV cell — a string holding such an array (`["Paris", "paris, France"]`); any other string is one answer.
 */
export function referencesFromJson(value: unknown, where: ErrorLocation): string[] {
  let list = value
  if (typeof value === 'string' && value.trimStart().startsWith('[')) {
    try {
      list = JSON.parse(value)
    } catch (error) {
      throw new InputError(
        `looks like a JSON array but is not valid JSON (${jsonSyntaxProblem(error)})`,
        where,
      )
    }
  }
  if (!Array.isArray(list)) return [textFromJson(list, where)]
  if (list.length === 0) throw new InputError('has no gold answers (an empty array)', where)
  return list.map((item, index) => {
    if (typeof item === 'string') return item
    if (typeof item === 'number' && Number.isFinite(item)) return String(item)
    throw new InputError(`answer ${index} must be text, not ${item === null ? 'null' : typeof item}`, where)
  })
}

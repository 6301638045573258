import { InputError, type ErrorLocation } from './errors.js'

/**
 * Turns one JSON value into the label string it stands for. Labels are compared as strings, so JSON `1` and `1.0`
 * are the same label `"1"` (JavaScript prints the shortest round-trip form), and `true` is `"true"`.
 */
export function labelFromJson(value: unknown, where: ErrorLocation): string {
  switch (typeof value) {
    case 'string':
      if (value === '') throw new InputError('value is empty', where)
      return value
    case 'number':
      if (!Number.isFinite(value)) throw new InputError(`value ${value} is not a finite number`, where)
      return String(value)
    case 'boolean':
      return value ? 'true' : 'false'
    case 'undefined':
      throw new InputError('is missing', where)
    default:
      if (value === null) throw new InputError('is null', where)
      throw new InputError(
        `must be a string, number or boolean, not ${Array.isArray(value) ? 'an array' : 'an object'}`,
        where,
      )
  }
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** The first label that stands twice in a list: where it repeats and where it first stood; undefined when none. */
export function firstRepeat(labels: readonly string[]): { index: number; first: number } | undefined {
  const firstAt = new Map<string, number>()
  for (let index = 0; index < labels.length; index++) {
    const first = firstAt.get(labels[index]!)
    if (first !== undefined) return { index, first }
    firstAt.set(labels[index]!, index)
  }
  return undefined
}

/**
 * Orders labels the way scikit-learn's `np.unique` orders them: numerically when every label is a number (as for
 * integer class ids), otherwise by Unicode code point (numpy's order for strings, which differs from JavaScript's
 * UTF-16 order for characters outside the Basic Multilingual Plane).
 */
export function sortLabels(labels: Iterable<string>): string[] {
  const list = [...labels]
  const allNumeric = list.every((label) => NUMERIC.test(label))
  if (allNumeric) {
    const values = new Map(list.map((label) => [label, Number(label)]))
    return list.sort((a, b) => values.get(a)! - values.get(b)! || compareCodePoints(a, b))
  }
  return list.sort(compareCodePoints)
}

/** Compares two strings by Unicode code point. */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i)!
    const y = b.codePointAt(i)!
    if (x !== y) return x - y
    if (x > 0xffff) i++
  }
  return a.length - b.length
}

/**
 * Warnings about labels that print alike but count as different classes: spellings that differ only by
 * surrounding whitespace or Unicode normalisation (`"cat"` and `"cat "`, `"é"` composed and decomposed). Labels are
 * compared exactly, as scikit-learn compares them, so this only warns; at most `limit` pairs are named.
 */
export function lookAlikeLabelWarnings(labels: readonly string[], limit = 5): string[] {
  const first = new Map<string, string>()
  const pairs: [string, string][] = []
  for (const label of labels) {
    const key = label.trim().normalize('NFC')
    const earlier = first.get(key)
    if (earlier === undefined) first.set(key, label)
    else pairs.push([earlier, label])
  }
  const warnings = pairs
    .slice(0, limit)
    .map(
      ([a, b]) =>
        `labels ${visibleLabel(a)} and ${visibleLabel(b)} differ only by surrounding whitespace or Unicode normalisation, and are counted as two classes`,
    )
  if (pairs.length > limit) warnings.push(`${pairs.length - limit} more pairs of such labels`)
  return warnings
}

/** Whether a label may print like another: it has surrounding whitespace, or NFC normalisation changes it. */
function printsAmbiguously(label: string): boolean {
  return label !== label.trim() || label !== label.normalize('NFC')
}

/** A label as a report shows it: as it is, or {@link visibleLabel} when it may print like another label. */
export function shownLabel(label: string): string {
  return printsAmbiguously(label) ? visibleLabel(label) : label
}

/** Characters that show as nothing, as a space, or only on the character before them. */
const HIDDEN = /[\s\p{M}\p{C}\p{Z}]/u

/**
 * A label quoted so that spellings which print alike read apart: `" a"`, `"a\t"`, `"caf\u00e9"`, `"cafe\u0301"`.
 * JSON escapes control characters; beyond ASCII, whitespace, invisible and combining characters and any character
 * that Unicode decomposes are written as code points, while other text (`"日本"`) stays as it is.
 */
export function visibleLabel(label: string): string {
  return JSON.stringify(label).replace(/[^\x20-\x7e]/gu, (char) =>
    HIDDEN.test(char) || char.normalize('NFD') !== char ? codePointEscape(char) : char,
  )
}

function codePointEscape(char: string): string {
  const point = char.codePointAt(0)!
  return point > 0xffff ? `\\u{${point.toString(16)}}` : `\\u${point.toString(16).padStart(4, '0')}`
}

import { InputError } from '../errors.js'
import { MAX_RECORD_BYTES } from '../readers/bytes.js'

/**
 * A JSON value as a metrics file holds it. Objects have no prototype, so a key such as `__proto__` is an ordinary
 * key; numbers may be NaN or ±Infinity (see `parseLenientJson`).
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject
export interface JsonObject {
  [key: string]: JsonValue
}

/**
 * Parses a metrics file's JSON. Python's `json.dump` writes `NaN`, `Infinity` and `-Infinity` for non-finite
 * floats, which `JSON.parse` rejects with a syntax error that names no key; this parser reads them as numbers so
 * that the caller can refuse the value with its JSON path. A key given twice in one object is an error (the file
 * would mean two things), and a syntax error names its line and column.
 */
export function parseLenientJson(
  text: string,
  file: string,
  within: JsonWithin = {},
  maxStringLength = MAX_JSON_STRING,
): JsonValue {
  return new Parser(text, file, within, maxStringLength).document()
}

/** Where a JSON text sits in its file, when it is one record of it (a JSON Lines line, a JSON array element). */
export interface JsonWithin {
  /** The record's line, named by the error about a repeated key. */
  line?: number
  /** The record's JSON path (default `$`). */
  root?: string
}

/** `$.results.hellaswag["acc,none"]`: the JSON path of a key below `parent`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`
}

/** A JSON path cut to about 100 characters, at a step, for an error line. */
export function shortPath(path: string): string {
  if (path.length <= 100) return path
  let cut = path.slice(0, 100)
  if (path[100] !== '[' && path[100] !== '.')
    cut = cut.slice(0, Math.max(cut.lastIndexOf('['), cut.lastIndexOf('.')))
  return `${cut}…`
}

/**
 * A value by its kind, for an error saying what was found instead: `a string`, `an object`, `Infinity`, `0.5`.
 * Never a string's text or an object's contents, which may be megabytes (or secrets) taken from the file.
 */
export function describeJsonKind(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value)
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string'
  if (Array.isArray(value)) return 'an array'
  if (value === undefined) return 'nothing'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
}

/**
 * Deepest nesting of objects and arrays a metrics file may have: the parser recurses, and real files nest a few
 * levels (lm-eval's results: 4).
 */
export const MAX_JSON_DEPTH = 500

/** Longest string or key, in UTF-16 units: bounded like a record of a prediction file (16 MiB). */
export const MAX_JSON_STRING = MAX_RECORD_BYTES

class Parser {
  private at = 0
  private depth = 0

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly within: JsonWithin,
    private readonly maxStringLength: number,
  ) {
    // A UTF-8 byte-order mark is not part of the document.
    if (text.charCodeAt(0) === 0xfeff) this.at = 1
  }

  document(): JsonValue {
    this.space()
    if (this.at >= this.text.length)
      throw new InputError('is empty: expected a JSON document', { file: this.file })
    const value = this.value(this.within.root ?? '$')
    this.space()
    if (this.at < this.text.length) this.fail('unexpected text after the JSON document')
    return value
  }

  private value(path: string): JsonValue {
    this.space()
    const char = this.text[this.at]
    if (char === '{' || char === '[') {
      if (++this.depth > MAX_JSON_DEPTH) {
        throw new InputError(`nests deeper than ${MAX_JSON_DEPTH} levels`, {
          file: this.file,
          jsonPath: shortPath(path),
        })
      }
      const value = char === '{' ? this.object(path) : this.array(path)
      this.depth--
      return value
    }
    if (char === '"') return this.string()
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.number()
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
      ['NaN', NaN],
      ['Infinity', Infinity],
    ] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length
        return value
      }
    }
    return this.fail(char === undefined ? 'unexpected end of the file' : `unexpected ${JSON.stringify(char)}`)
  }

  private object(path: string): JsonObject {
    const object = Object.create(null) as JsonObject
    this.at++
    this.space()
    if (this.text[this.at] === '}') {
      this.at++
      return object
    }
    for (;;) {
      this.space()
      if (this.text[this.at] !== '"') this.fail('expected a quoted key')
      const key = this.string()
      this.space()
      if (this.text[this.at] !== ':') this.fail('expected ":" after a key')
      this.at++
      const keyPath = childPath(path, key)
      if (Object.hasOwn(object, key)) {
        throw new InputError('the key is given twice in one object', {
          file: this.file,
          ...(this.within.line !== undefined ? { line: this.within.line } : {}),
          jsonPath: keyPath,
        })
      }
      object[key] = this.value(keyPath)
      this.space()
      const next = this.text[this.at++]
      if (next === '}') return object
      if (next !== ',') this.fail('expected "," or "}"', this.at - 1)
    }
  }

  private array(path: string): JsonValue[] {
    const array: JsonValue[] = []
    this.at++
    this.space()
    if (this.text[this.at] === ']') {
      this.at++
      return array
    }
    for (;;) {
      array.push(this.value(childPath(path, array.length)))
      this.space()
      const next = this.text[this.at++]
      if (next === ']') return array
      if (next !== ',') this.fail('expected "," or "]"', this.at - 1)
    }
  }

  private string(): string {
    const start = this.at
    this.at++
    let out = ''
    let run = this.at
    for (;;) {
      const code = this.text.charCodeAt(this.at)
      if (Number.isNaN(code)) this.fail('unterminated string', start)
      if (code === 0x22) {
        if (this.at - start > this.maxStringLength) this.refuseLongString(start)
        out += this.text.slice(run, this.at)
        this.at++
        return out
      }
      if (code < 0x20) this.fail('control character in a string')
      if (code === 0x5c) {
        out += this.text.slice(run, this.at)
        const escape = this.text[this.at + 1]
        if (escape === 'u') {
          const hex = this.text.slice(this.at + 2, this.at + 6)
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape')
          out += String.fromCharCode(parseInt(hex, 16))
          this.at += 6
        } else {
          const replacement = escape === undefined ? undefined : ESCAPES[escape]
          if (replacement === undefined) this.fail('invalid escape in a string')
          out += replacement
          this.at += 2
        }
        run = this.at
        continue
      }
      this.at++
    }
  }

  private number(): number {
    if (this.text.startsWith('-Infinity', this.at)) {
      this.at += '-Infinity'.length
      return -Infinity
    }
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
    match.lastIndex = this.at
    const found = match.exec(this.text)
    if (!found) return this.fail('invalid number')
    this.at += found[0].length
    return Number(found[0])
  }

  private space(): void {
    while (this.at < this.text.length) {
      const char = this.text[this.at]
      if (char === ' ' || char === '\t' || char === '\n' || char === '\r') this.at++
      else break
    }
  }

  private refuseLongString(start: number): never {
    return this.fail(
      `a string is ${this.at - start - 1} characters long, more than the ${this.maxStringLength} one string may hold`,
      start,
      '',
    )
  }

  private fail(problem: string, offset = this.at, prefix = 'is not valid JSON: '): never {
    let line = 1
    let lineStart = 0
    for (let i = 0; i < offset && i < this.text.length; i++) {
      if (this.text[i] === '\n') {
        line++
        lineStart = i + 1
      }
    }
    throw new InputError(`${prefix}${problem} at column ${offset - lineStart + 1}`, {
      file: this.file,
      line,
    })
  }
}

import { InputError } from '../errors.js'
import { checkRecordLength, decodeUtf8, pushText, stringsOf } from './bytes.js'
import { pickFields, refuseRepeatedKeys } from './fields.js'
import type {
  ByteScanner,
  FieldSlots,
  ParserOptions,
  RecordHandler,
  RecordParser,
  ScanStart,
  SlotSink,
} from './types.js'
import { jsonSyntaxProblem } from '../json-syntax.js'

const LF = 10

/** JSON Lines: one JSON object per line; blank lines are allowed. */
export function createJsonLinesParser(options: ParserOptions, onRecord: RecordHandler): RecordParser {
  return pushText(new JsonLinesScanner(options, stringsOf(onRecord)))
}

/**
 * The JSON Lines reader, over UTF-8 bytes. Every line is first read by a strict JSON checker that notes where the
 * requested keys' values are, without making strings; it accepts only what `JSON.parse` accepts and gives up on
 * anything unusual (an escape in a requested value or in a key, a label that is null, empty or not a plain
 * integer, a missing key, a key given twice, deep nesting, any syntax error). A line it gives up on goes the slow
 * way, `JSON.parse` and the shared field rules, which also says exactly what is wrong with a bad line.
 */
export class JsonLinesScanner implements ByteScanner {
  line: number
  records = 0
  readonly header = undefined
  private readonly file: string
  private readonly fields: string[]
  private readonly maxRecordBytes: number | undefined
  private readonly keys: Uint8Array[]
  private readonly slots: FieldSlots
  private readonly found: Uint8Array

  constructor(
    options: ParserOptions,
    private readonly sink: SlotSink,
    start: ScanStart = {},
  ) {
    this.file = options.file
    this.fields = options.fields
    this.maxRecordBytes = options.maxRecordBytes
    this.keys = options.fields.map((field) => Buffer.from(field, 'utf8'))
    this.line = start.line ?? 1
    const count = options.fields.length
    this.slots = {
      bytes: new Uint8Array(0),
      starts: new Int32Array(count),
      ends: new Int32Array(count),
      texts: new Array<string | undefined>(count).fill(undefined),
    }
    this.found = new Uint8Array(count)
  }

  scan(bytes: Uint8Array, start: number, end: number, final: boolean, stopAt = Infinity): number {
    this.slots.bytes = bytes
    let pos = start
    while (pos < end) {
      if (pos >= stopAt) return pos
      // The fast reader finds the line's end as it goes (a newline can only end a valid line); when it gives up,
      // the end is searched for.
      const outcome = this.fast(bytes, pos, end)
      let newline = at
      if (outcome === SLOW) {
        newline = bytes.indexOf(LF, pos)
        if (newline < 0 || newline >= end) newline = end
      }
      if (newline === end && !final) {
        checkRecordLength(end - pos, this.maxRecordBytes, this.file, this.line)
        return pos
      }
      if (outcome === RECORD) {
        this.records++
        this.sink(this.slots, this.line)
      } else if (outcome === SLOW) {
        this.slow(bytes, pos, newline)
      }
      this.line++
      pos = newline < end ? newline + 1 : end
    }
    return pos
  }

  finish(): number {
    if (this.records === 0) throw new InputError('file is empty: no JSON lines found', { file: this.file })
    return this.records
  }

  /** A line the fast reader gave up on: `JSON.parse`, then the shared rules for the requested fields. */
  private slow(bytes: Uint8Array, start: number, end: number): void {
    const text = decodeUtf8(bytes, start, end)
    if (text.trim() === '') return
    let record: unknown
    try {
      record = JSON.parse(text)
    } catch (error) {
      throw new InputError(`invalid JSON (${jsonSyntaxProblem(error)})`, { file: this.file, line: this.line })
    }
    refuseRepeatedKeys(text, { file: this.file, line: this.line })
    const texts = this.slots.texts
    pickFields(record, this.fields, { file: this.file, line: this.line }).forEach(
      (value, k) => (texts[k] = value),
    )
    this.records++
    this.sink(this.slots, this.line)
    texts.fill(undefined)
  }

  /**
   * Reads the line at `start` the fast way, up to its newline or `end`: RECORD (slots filled) or BLANK, with `at`
   * left at the newline (or `end`); or SLOW when the slow path must decide.
   */
  private fast(b: Uint8Array, start: number, end: number): number {
    const { starts, ends, texts } = this.slots
    const found = this.found
    const keys = this.keys
    for (let k = 0; k < found.length; k++) {
      found[k] = 0
      texts[k] = undefined
    }
    keyCount = 0
    at = skipSpace(b, start, end)
    if (at === end || b[at] === LF) return BLANK
    if (b[at] !== OPEN_BRACE) return SLOW
    at = skipSpace(b, at + 1, end)
    if (at < end && b[at] === CLOSE_BRACE) return SLOW // {}: the requested keys are missing
    for (;;) {
      if (at >= end || b[at] !== QUOTE) return SLOW
      const keyStart = at + 1
      if (!skipString(b, end) || escaped) return SLOW
      const keyEnd = at - 1
      if (!newKey(b, keyStart, keyEnd, 0)) return SLOW
      at = skipSpace(b, at, end)
      if (at >= end || b[at] !== COLON) return SLOW
      at = skipSpace(b, at + 1, end)
      if (at >= end) return SLOW
      let k = 0
      while (k < keys.length && !sameBytes(keys[k]!, b, keyStart, keyEnd)) k++
      if (k === keys.length) {
        if (!skipValue(b, end, 0)) return SLOW
      } else {
        // A requested value: a non-empty string without escapes, true, false, or a number.
        const c = b[at]!
        const valueStart = at
        if (c === QUOTE) {
          if (!skipString(b, end) || escaped || at - 1 === valueStart + 1) return SLOW
          starts[k] = valueStart + 1
          ends[k] = at - 1
          texts[k] = undefined
        } else if (c === MINUS || (c >= DIGIT_0 && c <= DIGIT_9)) {
          if (!skipNumber(b, end)) return SLOW
          if (plainInteger && at - valueStart <= 15) {
            starts[k] = valueStart
            ends[k] = at
            texts[k] = undefined
          } else {
            // JSON's number grammar is a subset of Number()'s, with the same rounding: String(Number(x)) is the
            // label JSON.parse would give.
            const value = Number(decodeUtf8(b, valueStart, at))
            if (!Number.isFinite(value)) return SLOW
            texts[k] = String(value)
          }
        } else if (c === LETTER_T || c === LETTER_F) {
          if (!skipValue(b, end, 0)) return SLOW
          starts[k] = valueStart
          ends[k] = at
          texts[k] = undefined
        } else {
          return SLOW
        }
        found[k] = 1
      }
      at = skipSpace(b, at, end)
      if (at >= end) return SLOW
      if (b[at] === COMMA) {
        at = skipSpace(b, at + 1, end)
        continue
      }
      if (b[at] !== CLOSE_BRACE) return SLOW
      at = skipSpace(b, at + 1, end)
      if (at !== end && b[at] !== LF) return SLOW
      break
    }
    for (let k = 0; k < found.length; k++) if (found[k] === 0) return SLOW
    return RECORD
  }
}

const RECORD = 0
const BLANK = 1
const SLOW = 2

const QUOTE = 34
const BACKSLASH = 92
const OPEN_BRACE = 123
const CLOSE_BRACE = 125
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93
const COLON = 58
const COMMA = 44
const MINUS = 45
const PLUS = 43
const DOT = 46
const DIGIT_0 = 48
const DIGIT_9 = 57
const LETTER_T = 116
const LETTER_F = 102
const LETTER_N = 110
const LETTER_E = 101
const UPPER_E = 69
/** Nesting deeper than this goes to the slow path (JSON.parse has no such limit worth matching). */
const MAX_DEPTH = 64

// The checker's state, shared by its functions to spare allocations: the position, and what the last string or
// number was like.
let at = 0
let escaped = false
let plainInteger = false
/** The keys of the objects open at `at`, outermost first, as start and end positions; and how many there are. */
const KEYS = new Int32Array(2 * 256)
let keyCount = 0

/**
 * Enters the key `b[start, end)` of the object whose keys begin at `KEYS` entry `first`: false when that object
 * already has it (the slow path then refuses the line) or too many keys are open.
 */
function newKey(b: Uint8Array, start: number, end: number, first: number): boolean {
  const length = end - start
  for (let k = first; k < keyCount; k++) {
    const from = KEYS[2 * k]!
    if (KEYS[2 * k + 1]! - from !== length) continue
    let i = 0
    while (i < length && b[from + i] === b[start + i]) i++
    if (i === length) return false
  }
  if (keyCount * 2 >= KEYS.length) return false
  KEYS[2 * keyCount] = start
  KEYS[2 * keyCount + 1] = end
  keyCount++
  return true
}

/** JSON whitespace inside a line: space, tab and CR (an LF ends the line). */
function skipSpace(b: Uint8Array, pos: number, end: number): number {
  while (pos < end) {
    const c = b[pos]
    if (c !== 32 && c !== 9 && c !== 13) break
    pos++
  }
  return pos
}

function sameBytes(key: Uint8Array, b: Uint8Array, start: number, end: number): boolean {
  if (key.length !== end - start) return false
  for (let i = 0; i < key.length; i++) if (key[i] !== b[start + i]) return false
  return true
}

/** A string at `at` (its opening quote); leaves `at` after the closing quote. Sets `escaped`. */
function skipString(b: Uint8Array, end: number): boolean {
  escaped = false
  let pos = at + 1
  while (pos < end) {
    const c = b[pos]!
    if (c === QUOTE) {
      at = pos + 1
      return true
    }
    if (c < 0x20) return false
    if (c === BACKSLASH) {
      escaped = true
      const e = b[pos + 1]
      if (pos + 1 >= end) return false
      if (e === 117 /* u */) {
        if (pos + 5 >= end) return false
        for (let i = pos + 2; i < pos + 6; i++) if (!isHex(b[i]!)) return false
        pos += 6
        continue
      }
      // " \ / b f n r t
      if (e !== 34 && e !== 92 && e !== 47 && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116)
        return false
      pos += 2
      continue
    }
    pos++
  }
  return false
}

function isHex(c: number): boolean {
  return (c >= DIGIT_0 && c <= DIGIT_9) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
}

/** A number at `at`, by JSON's grammar; sets `plainInteger` (no fraction, no exponent, not -0). */
function skipNumber(b: Uint8Array, end: number): boolean {
  let pos = at
  const negative = b[pos] === MINUS
  if (negative) pos++
  if (pos >= end) return false
  if (b[pos] === DIGIT_0) {
    pos++
    plainInteger = !negative
  } else if (b[pos]! >= 49 && b[pos]! <= DIGIT_9) {
    while (pos < end && b[pos]! >= DIGIT_0 && b[pos]! <= DIGIT_9) pos++
    plainInteger = true
  } else {
    return false
  }
  if (pos < end && b[pos] === DOT) {
    plainInteger = false
    pos++
    const digits = pos
    while (pos < end && b[pos]! >= DIGIT_0 && b[pos]! <= DIGIT_9) pos++
    if (pos === digits) return false
  }
  if (pos < end && (b[pos] === LETTER_E || b[pos] === UPPER_E)) {
    plainInteger = false
    pos++
    if (pos < end && (b[pos] === PLUS || b[pos] === MINUS)) pos++
    const digits = pos
    while (pos < end && b[pos]! >= DIGIT_0 && b[pos]! <= DIGIT_9) pos++
    if (pos === digits) return false
  }
  at = pos
  return true
}

function skipLiteral(b: Uint8Array, end: number, word: string): boolean {
  if (at + word.length > end) return false
  for (let i = 0; i < word.length; i++) if (b[at + i] !== word.charCodeAt(i)) return false
  at += word.length
  return true
}

/** Any JSON value at `at`; leaves `at` after it. */
function skipValue(b: Uint8Array, end: number, depth: number): boolean {
  if (at >= end) return false
  const c = b[at]!
  if (c === QUOTE) return skipString(b, end)
  if (c === MINUS || (c >= DIGIT_0 && c <= DIGIT_9)) return skipNumber(b, end)
  if (c === LETTER_T) return skipLiteral(b, end, 'true')
  if (c === LETTER_F) return skipLiteral(b, end, 'false')
  if (c === LETTER_N) return skipLiteral(b, end, 'null')
  if (c !== OPEN_BRACE && c !== OPEN_BRACKET) return false
  if (depth >= MAX_DEPTH) return false
  const object = c === OPEN_BRACE
  const close = object ? CLOSE_BRACE : CLOSE_BRACKET
  at = skipSpace(b, at + 1, end)
  if (at < end && b[at] === close) {
    at++
    return true
  }
  // This object's keys go on top of those of the objects around it, and leave with it.
  const first = keyCount
  for (;;) {
    if (object) {
      const keyStart = at + 1
      if (at >= end || b[at] !== QUOTE || !skipString(b, end) || escaped) return false
      if (!newKey(b, keyStart, at - 1, first)) return false
      at = skipSpace(b, at, end)
      if (at >= end || b[at] !== COLON) return false
      at = skipSpace(b, at + 1, end)
    }
    if (!skipValue(b, end, depth + 1)) return false
    at = skipSpace(b, at, end)
    if (at >= end) return false
    if (b[at] === COMMA) {
      at = skipSpace(b, at + 1, end)
      continue
    }
    if (b[at] !== close) return false
    at++
    keyCount = first
    return true
  }
}

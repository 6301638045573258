import { InputError } from '../errors.js'
import { checkRecordLength, decodeUtf8, indexOfByte, pushText, stringsOf } from './bytes.js'
import type {
  ByteScanner,
  FieldSlots,
  HeaderLayout,
  ParserOptions,
  RecordHandler,
  RecordParser,
  ScanStart,
  SlotSink,
} from './types.js'

const QUOTE = 34
const LF = 10
const CR = 13

/**
 * CSV (RFC 4180) and TSV. The first record is the header, whose names must differ. Fields may be quoted with `"`,
 * with `""` for a quote inside; quoted fields may hold delimiters and newlines. Any other quote is an error rather
 * than a guess (`5"3`, `"a"b`: readers differ on what they mean). Lines end in LF or CRLF; a UTF-8 BOM is skipped;
 * blank lines are skipped.
 */
export function createDelimitedParser(
  delimiter: ',' | '\t',
  options: ParserOptions,
  onRecord: RecordHandler,
): RecordParser {
  return pushText(new DelimitedScanner(delimiter, options, stringsOf(onRecord)))
}

/**
 * The delimited reader, over UTF-8 bytes. Hand-written rather than a library because this loop is where large files
 * spend their time: a record whose fields do not start with a quote is read by one pass over its bytes that notes
 * where the requested columns begin and end (no string is made); only a record with a quoted field takes the slow
 * path, which unquotes its fields into strings.
 */
export class DelimitedScanner implements ByteScanner {
  line: number
  records = 0
  header: HeaderLayout | undefined
  private readonly file: string
  private readonly fields: string[]
  private readonly maxRecordBytes: number | undefined
  private readonly delimiter: number
  /** Skip a BOM at the start (only at the top of a file). */
  private first: boolean
  private readonly slots: FieldSlots
  /** Where every column up to the last requested one begins and ends in the current record. */
  private columnStarts = new Int32Array(0)
  private columnEnds = new Int32Array(0)

  constructor(
    delimiter: ',' | '\t',
    options: ParserOptions,
    private readonly sink: SlotSink,
    start: ScanStart = {},
  ) {
    this.file = options.file
    this.fields = options.fields
    this.maxRecordBytes = options.maxRecordBytes
    this.delimiter = delimiter.charCodeAt(0)
    this.line = start.line ?? 1
    this.first = start.header === undefined
    const count = options.fields.length
    this.slots = {
      bytes: new Uint8Array(0),
      starts: new Int32Array(count),
      ends: new Int32Array(count),
      texts: new Array<string | undefined>(count).fill(undefined),
    }
    if (start.header) this.useHeader(start.header)
  }

  scan(whole: Uint8Array, start: number, end: number, final: boolean, stopAt = Infinity): number {
    // A view that ends where the bytes end: the byte loop below then compares with `bytes.length`, which lets the
    // compiler drop its bounds check on every read.
    const bytes = end === whole.length ? whole : whole.subarray(0, end)
    let pos = start
    if (this.first) {
      if (pos === end) return pos
      // A BOM (EF BB BF) at the very start is skipped; wait for three bytes when the start could be one.
      const bom = [0xef, 0xbb, 0xbf]
      let matched = 0
      while (matched < 3 && pos + matched < end && bytes[pos + matched] === bom[matched]) matched++
      if (matched === 3) pos += 3
      else if (pos + matched === end && !final) return start
      this.first = false
    }
    const slots = this.slots
    slots.bytes = bytes
    const delimiter = this.delimiter
    // Bytes above this are never special: one comparison per byte for most bytes.
    const special = Math.max(delimiter, LF, QUOTE)
    let line = this.line
    while (pos < end) {
      const header = this.header
      if (header === undefined) {
        const next = this.readHeader(bytes, pos, end, final, line)
        if (next < 0) return this.wait(pos, end, line)
        line = this.line
        pos = next
        continue
      }
      if (pos >= stopAt) {
        this.line = line
        return pos
      }
      const columnStarts = this.columnStarts
      const columnEnds = this.columnEnds
      const tracked = columnStarts.length
      // Fast path: one pass over the record's bytes, noting column boundaries.
      let i = pos
      let field = 0
      let fieldStart = pos
      let quoted = bytes[pos] === QUOTE
      if (!quoted) {
        while (i < bytes.length) {
          const c = bytes[i]!
          if (c <= special) {
            if (c === delimiter) {
              if (field < tracked) {
                columnStarts[field] = fieldStart
                columnEnds[field] = i
              }
              field++
              fieldStart = i + 1
              if (fieldStart < end && bytes[fieldStart] === QUOTE) {
                quoted = true
                break
              }
            } else if (c === LF) break
            else if (c === QUOTE) {
              // A quote inside an unquoted field: the slow path says where.
              quoted = true
              break
            }
          }
          i++
        }
      }
      if (quoted) {
        const record = this.parseQuoted(bytes, pos, end, final, line)
        if (record === undefined) return this.wait(pos, end, line)
        this.dataRecord(record.fields, line)
        line += record.newlines
        pos = record.next
        continue
      }
      if (i >= end && !final) return this.wait(pos, end, line)
      const next = i < end ? i + 1 : end
      let contentEnd = i
      if (contentEnd > pos && bytes[contentEnd - 1] === CR) contentEnd--
      if (contentEnd === pos) {
        // A blank line.
        line++
        pos = next
        continue
      }
      if (field < tracked) {
        columnStarts[field] = fieldStart
        columnEnds[field] = contentEnd
      }
      if (field + 1 !== header.width) this.ragged(field + 1, line)
      const columns = header.columns
      const starts = slots.starts
      const ends = slots.ends
      for (let k = 0; k < columns.length; k++) {
        const column = columns[k]!
        const from = columnStarts[column]!
        const to = columnEnds[column]!
        if (from === to) this.empty(k, line)
        starts[k] = from
        ends[k] = to
      }
      this.records++
      this.sink(slots, line)
      line++
      pos = next
    }
    this.line = line
    return pos
  }

  finish(): number {
    if (this.header === undefined) throw new InputError('file is empty', { file: this.file })
    if (this.records === 0)
      throw new InputError('has a header but no data rows', { file: this.file, line: 2 })
    return this.records
  }

  /** Stops at the incomplete record at `pos`, to go on when more bytes come, unless it is already too long. */
  private wait(pos: number, end: number, line: number): number {
    checkRecordLength(end - pos, this.maxRecordBytes, this.file, line)
    this.line = line
    return pos
  }

  /** Reads blank lines and the header at `pos`; returns where the next record begins, or -1 when incomplete. */
  private readHeader(bytes: Uint8Array, pos: number, end: number, final: boolean, line: number): number {
    const newline = indexOfByte(bytes, LF, pos, end)
    if (newline < 0 && !final) return -1
    let contentEnd = newline < 0 ? end : newline
    if (contentEnd > pos && bytes[contentEnd - 1] === CR) contentEnd--
    if (contentEnd === pos) {
      this.line = line + 1
      return newline < 0 ? end : newline + 1
    }
    const record = this.parseQuoted(bytes, pos, end, final, line)
    if (record === undefined) return -1
    const names = record.fields
    // One map of where each name stands: a header may hold millions of names, so no indexOf per name.
    const columnOf = new Map<string, number>()
    names.forEach((name, index) => {
      const first = columnOf.get(name)
      if (first !== undefined) {
        throw new InputError(
          `header names column ${JSON.stringify(name)} twice (columns ${first + 1} and ${index + 1}); column names must differ`,
          { file: this.file, line },
        )
      }
      columnOf.set(name, index)
    })
    const columns = this.fields.map((name) => {
      const index = columnOf.get(name) ?? -1
      if (index < 0) {
        throw new InputError(
          `header has no column ${JSON.stringify(name)}; columns are ${names.map((f) => JSON.stringify(f)).join(', ')}`,
          { file: this.file, line },
        )
      }
      return index
    })
    this.useHeader({ columns, width: names.length })
    this.line = line + record.newlines
    return record.next
  }

  private useHeader(header: HeaderLayout): void {
    this.header = header
    const tracked = Math.max(0, ...header.columns) + 1
    this.columnStarts = new Int32Array(tracked)
    this.columnEnds = new Int32Array(tracked)
  }

  /** A data record read by the slow path, as strings. */
  private dataRecord(fields: string[], line: number): void {
    const header = this.header!
    if (fields.length !== header.width) this.ragged(fields.length, line)
    const texts = this.slots.texts
    header.columns.forEach((column, k) => {
      const value = fields[column]!
      if (value === '') this.empty(k, line)
      texts[k] = value
    })
    this.records++
    this.sink(this.slots, line)
    texts.fill(undefined)
  }

  private ragged(found: number, line: number): never {
    throw new InputError(`expected ${this.header!.width} fields as in the header, found ${found}`, {
      file: this.file,
      line,
    })
  }

  private strayQuote(index: number, line: number): never {
    throw new InputError(
      `field ${index + 1} has a quote that neither opens nor closes it (as in 5"3 or "a"b); quote the whole field and double the quotes inside it: "5""3"`,
      { file: this.file, line },
    )
  }

  private empty(k: number, line: number): never {
    throw new InputError('value is empty', { file: this.file, line, field: this.fields[k]! })
  }

  /**
   * A record with quotes (or the header), field by field into strings. Returns undefined when the record runs past
   * `end` and more may come.
   */
  private parseQuoted(bytes: Uint8Array, start: number, end: number, final: boolean, line: number) {
    const delimiter = this.delimiter
    const fields: string[] = []
    let field = ''
    let newlines = 0
    let pos = start
    for (;;) {
      const quoted = pos < end && bytes[pos] === QUOTE
      if (quoted) {
        // Quoted field: runs to the next quote that is not doubled.
        const opened = line + newlines
        pos++
        for (;;) {
          const close = indexOfByte(bytes, QUOTE, pos, end)
          if (close < 0 || close === end - 1) {
            if (!final) return undefined
            if (close < 0)
              throw new InputError(`unterminated quote (opened on line ${opened})`, {
                file: this.file,
                line: opened,
              })
          }
          for (let i = indexOfByte(bytes, LF, pos, close); i >= 0; i = indexOfByte(bytes, LF, i + 1, close))
            newlines++
          field += decodeUtf8(bytes, pos, close)
          if (close + 1 < end && bytes[close + 1] === QUOTE) {
            field += '"'
            pos = close + 2
            continue
          }
          pos = close + 1
          break
        }
      }
      // Unquoted field, or what follows a closing quote (only a CR before the line's end): up to the delimiter or
      // the end of the line.
      let stop = pos
      while (stop < end) {
        const c = bytes[stop]
        if (c === LF || c === delimiter) break
        if (c === QUOTE || (quoted && c !== CR)) this.strayQuote(fields.length, line + newlines)
        stop++
      }
      if (stop === end && !final) return undefined
      let tailEnd = stop
      if (tailEnd > pos && bytes[tailEnd - 1] === CR && (stop === end || bytes[stop] === LF)) tailEnd--
      if (quoted && tailEnd > pos) this.strayQuote(fields.length, line + newlines)
      field += decodeUtf8(bytes, pos, tailEnd)
      fields.push(field)
      field = ''
      if (stop < end && bytes[stop] !== LF) {
        pos = stop + 1
        continue
      }
      return { fields, newlines: newlines + 1, next: stop < end ? stop + 1 : end }
    }
  }
}

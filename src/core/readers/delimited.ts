import { InputError } from '../errors.js'
import type { ParserOptions, RecordHandler, RecordParser } from './types.js'

/**
 * CSV (RFC 4180) and TSV. The first record is the header. Fields may be quoted with `"`, with `""` for a quote
 * inside; quoted fields may hold delimiters and newlines. Lines end in LF or CRLF; a UTF-8 BOM is skipped; blank
 * lines are skipped. Hand-written rather than a library because this loop is where large files spend their time:
 * records without quotes take a fast path of `indexOf` and `split`, and only the requested columns are kept.
 */
export function createDelimitedParser(
  delimiter: ',' | '\t',
  options: ParserOptions,
  onRecord: RecordHandler,
): RecordParser {
  const { file } = options
  let pending = ''
  let line = 1
  let first = true
  let columns: number[] | undefined
  let width = 0
  let records = 0

  function handle(fields: string[], startLine: number): void {
    if (columns === undefined) {
      width = fields.length
      columns = options.fields.map((name) => {
        const index = fields.indexOf(name)
        if (index < 0) {
          throw new InputError(
            `header has no column ${JSON.stringify(name)}; columns are ${fields.map((f) => JSON.stringify(f)).join(', ')}`,
            { file, line: startLine },
          )
        }
        return index
      })
      return
    }
    if (fields.length !== width) {
      throw new InputError(`expected ${width} fields as in the header, found ${fields.length}`, {
        file,
        line: startLine,
      })
    }
    const values = columns.map((index, i) => {
      const value = fields[index]!
      if (value === '')
        throw new InputError('value is empty', { file, line: startLine, field: options.fields[i]! })
      return value
    })
    records++
    onRecord(values, startLine)
  }

  /** Parses complete records from `text`; returns where the unparsed rest begins. */
  function parse(text: string, final: boolean): number {
    let pos = 0
    // The next quote at or after `pos` (-1: none left, -2: not searched yet), found once and reused: searching
    // afresh for every record would scan to the end of the chunk each time, quadratic in the chunk's size.
    let quote = -2
    while (pos < text.length) {
      const newline = text.indexOf('\n', pos)
      if (newline < 0 && !final) return pos
      const end = newline < 0 ? text.length : newline
      if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos)
      if (quote < 0 || quote > end) {
        // Fast path: no quote in this record.
        const record = text.charCodeAt(end - 1) === 13 ? text.slice(pos, end - 1) : text.slice(pos, end)
        if (record !== '') handle(record.split(delimiter), line)
        line++
        pos = end + 1
        continue
      }
      const quoted = parseQuoted(text, pos, final)
      if (quoted === undefined) return pos
      handle(quoted.fields, line)
      line += quoted.newlines
      pos = quoted.next
    }
    return pos
  }

  /**
   * A record with quotes, character by character. Returns undefined when the record runs past the end of `text`
   * and more may come.
   */
  function parseQuoted(text: string, start: number, final: boolean) {
    const fields: string[] = []
    let field = ''
    let newlines = 0
    let pos = start
    for (;;) {
      if (text.charCodeAt(pos) === 34 /* " */) {
        // Quoted field: runs to the next quote that is not doubled.
        const opened = line + newlines
        pos++
        for (;;) {
          const close = text.indexOf('"', pos)
          if (close < 0 || close === text.length - 1) {
            if (!final) return undefined
            if (close < 0)
              throw new InputError(`unterminated quote (opened on line ${opened})`, { file, line: opened })
          }
          const chunk = text.slice(pos, close)
          newlines += countNewlines(chunk)
          if (text.charCodeAt(close + 1) === 34) {
            field += chunk + '"'
            pos = close + 2
            continue
          }
          field += chunk
          pos = close + 1
          break
        }
      }
      // Unquoted field, or what follows a closing quote: up to the delimiter or the end of the line.
      let stop = pos
      while (stop < text.length) {
        const c = text.charCodeAt(stop)
        if (c === 10 || c === delimiter.charCodeAt(0)) break
        stop++
      }
      if (stop === text.length && !final) return undefined
      let tail = text.slice(pos, stop)
      if (tail.endsWith('\r') && (stop === text.length || text.charCodeAt(stop) === 10))
        tail = tail.slice(0, -1)
      field += tail
      fields.push(field)
      field = ''
      if (stop < text.length && text.charCodeAt(stop) !== 10) {
        pos = stop + 1
        continue
      }
      return { fields, newlines: newlines + 1, next: stop + 1 }
    }
  }

  return {
    push(chunk) {
      let text = pending + chunk
      if (first) {
        if (text.length === 0) return
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
        first = false
      }
      pending = text.slice(parse(text, false))
    },
    end() {
      parse(pending, true)
      pending = ''
      if (columns === undefined) throw new InputError('file is empty', { file })
      if (records === 0) throw new InputError('has a header but no data rows', { file, line: 2 })
      return records
    },
  }
}

function countNewlines(text: string): number {
  let count = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++
  return count
}

import { InputError } from '../errors.js'
import { checkRecordLength } from './bytes.js'
import { pickFields, refuseRepeatedKeys } from './fields.js'
import type { ParserOptions, RecordHandler, RecordParser } from './types.js'
import { jsonSyntaxProblem } from '../json-syntax.js'

/**
 * A JSON array of objects, read element by element: a small scanner finds where each top-level element ends
 * (tracking strings and nesting), and only that element is handed to `JSON.parse`, so a large array is never held
 * whole in memory.
 */
export function createJsonArrayParser(options: ParserOptions, onRecord: RecordHandler): RecordParser {
  const { file, fields } = options
  let pending = ''
  /** Scanner state carried across chunks. */
  let state: 'before-array' | 'before-element' | 'in-element' | 'after-element' | 'done' = 'before-array'
  let depth = 0
  let inString = false
  let escaped = false
  let scanned = 0
  let line = 1
  let elementLine = 1
  let index = 0

  function fail(problem: string, at = line): never {
    throw new InputError(problem, { file, line: at })
  }

  function scan(text: string): number {
    let start = 0
    for (let i = scanned; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10) line++
      if (state === 'in-element') {
        if (inString) {
          if (escaped) escaped = false
          else if (c === 92 /* \ */) escaped = true
          else if (c === 34 /* " */) inString = false
          continue
        }
        if (c === 34) inString = true
        else if (c === 123 || c === 91) depth++
        else if (c === 125 || c === 93) {
          if (depth === 0) {
            // A `]` closing the array right after a value that is not an object or array.
            finishElement(text.slice(start, i))
            state = 'done'
            start = i + 1
            continue
          }
          depth--
        } else if (c === 44 /* , */ && depth === 0) {
          finishElement(text.slice(start, i))
          state = 'before-element'
          start = i + 1
          continue
        }
        if (depth === 0 && (c === 125 || c === 93)) {
          finishElement(text.slice(start, i + 1))
          state = 'after-element'
          start = i + 1
        }
        continue
      }
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) {
        start = i + 1
        continue
      }
      if (state === 'before-array') {
        if (c !== 91) fail('expected a JSON array of objects ("[" at the start of the file)')
        state = 'before-element'
      } else if (state === 'before-element') {
        if (c === 93 && index === 0) state = 'done'
        else if (c === 93 || c === 44) fail(`unexpected "${String.fromCharCode(c)}" before element ${index}`)
        else {
          state = 'in-element'
          elementLine = line
          inString = c === 34
          depth = c === 123 || c === 91 ? 1 : 0
          start = i
          continue
        }
      } else if (state === 'after-element') {
        if (c === 44) state = 'before-element'
        else if (c === 93) state = 'done'
        else fail(`expected "," or "]" after element ${index - 1}`)
      } else {
        fail('unexpected content after the end of the array')
      }
      start = i + 1
    }
    scanned = text.length
    return state === 'in-element' ? start : text.length
  }

  function finishElement(text: string): void {
    let record: unknown
    try {
      record = JSON.parse(text)
    } catch (error) {
      fail(`invalid JSON in element ${index} (${jsonSyntaxProblem(error)})`, elementLine)
    }
    const jsonPath = `$[${index}]`
    refuseRepeatedKeys(text, { file, line: elementLine, jsonPath })
    onRecord(pickFields(record, fields, { file, line: elementLine, jsonPath }), elementLine)
    index++
  }

  return {
    push(chunk) {
      const text = pending + chunk
      const keepFrom = scan(text)
      pending = text.slice(keepFrom)
      scanned -= keepFrom
      // (In UTF-16 units, which are never more than the UTF-8 bytes.)
      checkRecordLength(pending.length, options.maxRecordBytes, file, elementLine)
    },
    end() {
      scan(pending)
      if (state === 'before-array') fail('file is empty')
      if (state !== 'done') fail('the JSON array is not closed: the file ends inside it')
      if (index === 0) fail('the JSON array has no elements', 1)
      return index
    },
  }
}

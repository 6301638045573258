import { InputError } from '../errors.js'
import { pickFields } from './fields.js'
import type { ParserOptions, RecordHandler, RecordParser } from './types.js'

/** JSON Lines: one JSON object per line; blank lines are allowed. */
export function createJsonLinesParser(options: ParserOptions, onRecord: RecordHandler): RecordParser {
  const { file, fields } = options
  let pending = ''
  let line = 1
  let records = 0

  function handle(text: string): void {
    if (text.trim() !== '') {
      let record: unknown
      try {
        record = JSON.parse(text)
      } catch (error) {
        throw new InputError(`invalid JSON (${(error as Error).message})`, { file, line })
      }
      onRecord(pickFields(record, fields, { file, line }), line)
      records++
    }
    line++
  }

  return {
    push(chunk) {
      const text = pending + chunk
      let pos = 0
      for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', pos)) {
        handle(text.slice(pos, newline))
        pos = newline + 1
      }
      pending = text.slice(pos)
    },
    end() {
      handle(pending)
      pending = ''
      if (records === 0) throw new InputError('file is empty: no JSON lines found', { file })
      return records
    },
  }
}

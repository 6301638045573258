import { InputError } from '../errors.js'
import { createDelimitedParser } from './delimited.js'
import { createJsonArrayParser } from './json-array.js'
import { createJsonLinesParser } from './jsonl.js'
import type { ParserOptions, RecordHandler, RecordParser } from './types.js'

export type { ParserOptions, RecordHandler, RecordParser } from './types.js'

/** The per-example formats eval-gate reads, each told apart by the file's extension. */
export type PredictionFormat = 'csv' | 'tsv' | 'jsonl' | 'json'

const EXTENSIONS: Record<string, PredictionFormat> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
}

/** The format of a prediction file, from its extension. */
export function formatOf(file: string): PredictionFormat {
  const match = /\.[^./\\]+$/.exec(file.toLowerCase())
  const format = match ? EXTENSIONS[match[0]] : undefined
  if (!format) {
    throw new InputError(
      `cannot tell the format from the extension; use one of ${Object.keys(EXTENSIONS).join(', ')}`,
      {
        file,
      },
    )
  }
  return format
}

/** The one parser for a format. */
export function createParser(
  format: PredictionFormat,
  options: ParserOptions,
  onRecord: RecordHandler,
): RecordParser {
  switch (format) {
    case 'csv':
      return createDelimitedParser(',', options, onRecord)
    case 'tsv':
      return createDelimitedParser('\t', options, onRecord)
    case 'jsonl':
      return createJsonLinesParser(options, onRecord)
    case 'json':
      return createJsonArrayParser(options, onRecord)
  }
}

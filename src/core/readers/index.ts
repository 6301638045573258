import { InputError } from '../errors.js'
import { createDelimitedParser, DelimitedScanner } from './delimited.js'
import { createJsonArrayParser } from './json-array.js'
import { createJsonLinesParser, JsonLinesScanner } from './jsonl.js'
import type { ByteScanner, ParserOptions, RecordHandler, RecordParser, ScanStart, SlotSink } from './types.js'

export type {
  ByteScanner,
  FieldSlots,
  HeaderLayout,
  ParserOptions,
  RecordHandler,
  RecordParser,
  ScanStart,
  SlotSink,
} from './types.js'

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

/**
 * The byte reader of a format, for callers that read files as bytes (the fast counting path); undefined for the
 * JSON array format, which is read as text only. `start` places it in the middle of a file read in parts. Records
 * and errors are exactly those of `createParser` on the same text.
 */
export function createScanner(
  format: PredictionFormat,
  options: ParserOptions,
  sink: SlotSink,
  start: ScanStart = {},
): ByteScanner | undefined {
  switch (format) {
    case 'csv':
      return new DelimitedScanner(',', options, sink, start)
    case 'tsv':
      return new DelimitedScanner('\t', options, sink, start)
    case 'jsonl':
      return new JsonLinesScanner(options, sink, start)
    case 'json':
      return undefined
  }
}

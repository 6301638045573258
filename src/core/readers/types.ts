/** Receives the requested fields of one record, in the order they were asked for, and the record's line. */
export type RecordHandler = (values: string[], line: number) => void

/**
 * A push parser: the file arrives in text chunks of any size (split anywhere, even inside a quoted field or a
 * multi-byte character's string form), and records come out through the handler. Nothing but the current
 * incomplete record is kept, so memory does not grow with the file.
 */
export interface RecordParser {
  push(chunk: string): void
  /** The file ended: flush the last record, or throw if it is incomplete. Returns the number of records read. */
  end(): number
}

export interface ParserOptions {
  /** Shown in every error. */
  file: string
  /** Field (column or key) names to extract from every record. */
  fields: string[]
  /** Longest record in bytes, past which the file is refused (default `MAX_RECORD_BYTES`; tests make it small). */
  maxRecordBytes?: number
}

/**
 * The requested fields of the current record, as a byte scanner leaves them for its sink: field `i` is the string
 * `texts[i]` when the reader had to make one (a quoted CSV field, a JSON value with escapes or a number to
 * normalise), else the UTF-8 bytes `bytes[starts[i], ends[i])`. Never empty: empty values are errors.
 */
export interface FieldSlots {
  bytes: Uint8Array
  starts: Int32Array
  ends: Int32Array
  texts: (string | undefined)[]
}

/** Called once per data record, with the record's slots filled in, and the record's first line. */
export type SlotSink = (slots: FieldSlots, line: number) => void

/** What a delimited file's header decided, so that a reader starting in the middle of the file can use it. */
export interface HeaderLayout {
  /** Column index of every requested field. */
  columns: number[]
  /** Number of columns every record must have. */
  width: number
}

/**
 * A reader over UTF-8 bytes, one per format. The caller owns the buffer: it hands over a window, the scanner parses
 * every complete record in it and says where the unparsed rest begins, which the caller keeps and extends.
 */
export interface ByteScanner {
  /**
   * Parses the records in `bytes[start, end)`; `final` when no bytes follow. Stops before a record that starts at
   * or after `stopAt` (a position in `bytes`), and before an incomplete record unless `final`. Returns where
   * parsing stopped: the start of the first record not parsed, or `end`.
   */
  scan(bytes: Uint8Array, start: number, end: number, final: boolean, stopAt?: number): number
  /** Checks made once the whole input was scanned (an empty file, a header without rows); returns the records. */
  finish(): number
  /** The next line number: one past the lines of everything scanned (a reader of a file in parts moves it on). */
  line: number
  /** Data records handed to the sink so far (a reader of a file in parts adds the other parts to it before `finish`). */
  records: number
  /** The header's layout, once read (delimited formats only). */
  readonly header: HeaderLayout | undefined
}

/** How a scanner starts: at the top of a file (the default), or in its middle, for a file read in parts. */
export interface ScanStart {
  /** Line number of the first byte (default 1). */
  line?: number
  /** The header, already read by whoever reads the start of the file; the scanner then reads data records only. */
  header?: HeaderLayout
}

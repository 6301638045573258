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
}

import { InputError, type ErrorLocation } from '../errors.js'
import { labelFromJson } from '../labels.js'
import { parseLenientJson } from '../metrics-files/json.js'

/**
 * Refuses a record whose JSON text, already read by `JSON.parse`, gives a key twice in one object: `JSON.parse`
 * keeps the last, other readers the first, so the record would mean two things (the metrics-file parser refuses
 * it too, and says so here).
 */
export function refuseRepeatedKeys(
  text: string,
  where: { file: string; line?: number; jsonPath?: string },
): void {
  parseLenientJson(text, where.file, { line: where.line, root: where.jsonPath })
}

/** Takes the requested fields of one parsed JSON record, as label strings. */
export function pickFields(record: unknown, fields: string[], where: ErrorLocation): string[] {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new InputError(
      // The kind of value only: the line itself is the file's content, not for the log.
      `expected a JSON object, got ${Array.isArray(record) ? 'an array' : record === null ? 'null' : `a ${typeof record}`}`,
      where,
    )
  }
  const object = record as Record<string, unknown>
  return fields.map((field) => labelFromJson(object[field], { ...where, field }))
}

import { InputError, type ErrorLocation } from '../errors.js'
import { labelFromJson } from '../labels.js'

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

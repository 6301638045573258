import { InputError } from './errors.js'

/**
 * Entries of a newline- or comma-separated list input (`predictions`, `metrics`, `metrics-files`,
 * `metrics-select`, …), trimmed, empty ones dropped. A comma inside braces belongs to a glob's alternatives
 * (`out/{train,test}.csv`), not to the list.
 */
export function splitList(text: string): string[] {
  const entries: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    const c = text[i]
    if (c === '{') depth++
    else if (c === '}') depth = Math.max(0, depth - 1)
    else if (i === text.length || c === '\n' || (c === ',' && depth === 0)) {
      entries.push(text.slice(start, i).trim())
      start = i + 1
      if (c === '\n') depth = 0
    }
  }
  return entries.filter((entry) => entry !== '')
}

/** A boolean input: the YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
export function parseBoolean(input: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(`input "${input}" must be true or false, got ${JSON.stringify(value)}`)
}

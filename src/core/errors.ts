/** Where in the user's data something went wrong: enough for them to open the file at the right place. */
export interface ErrorLocation {
  /** Path as the user wrote it or as the glob matched it. */
  file?: string
  /** 1-based line of the record (its first line when a quoted field spans several). */
  line?: number
  /** JSON path (`$[12].label`) when lines are not meaningful. */
  jsonPath?: string
  /** Column or key the problem is about. */
  field?: string
}

/**
 * A problem with the user's files or settings. Its message is complete and actionable on its own, so it is shown
 * as is — never with a stack trace.
 */
export class InputError extends Error {
  readonly location: ErrorLocation

  constructor(problem: string, location: ErrorLocation = {}) {
    super(formatLocated(problem, location))
    this.name = 'InputError'
    this.location = location
  }
}

/** `file:line: field "x": problem`, leaving out the parts that are not known. */
export function formatLocated(problem: string, { file, line, jsonPath, field }: ErrorLocation): string {
  let where = file ?? ''
  if (line !== undefined) where += `${where ? ':' : 'line '}${line}`
  if (jsonPath !== undefined) where += `${where ? ' at ' : ''}${jsonPath}`
  const subject = field !== undefined ? `field ${JSON.stringify(field)}: ` : ''
  return `${where ? `${where}: ` : ''}${subject}${problem}`
}

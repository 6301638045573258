/**
 * What `JSON.parse` found wrong, without the excerpt of the text V8 quotes in its message (`Unexpected token 'x',
 * "…" is not valid JSON`): an error names the file, line and position, and never echoes the file's contents, which
 * may not be the user's to see (a pull request's file, a link's target). Plain string search: the message holds
 * untrusted text.
 */
export function jsonSyntaxProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const token = "Unexpected token '"
  if (message.startsWith(token)) {
    // The token itself is one character; the excerpt follows it.
    const end = message.indexOf("', ", token.length)
    if (end >= 0) return message.slice(0, end + 1)
  }
  const excerpt = message.indexOf('"')
  if (excerpt < 0) return message
  return message.slice(0, excerpt).replace(/[\s,]+$/, '') || 'not valid JSON'
}

/**
 * Whether `name` matches `pattern`, where `*` matches any run of characters (slashes and dots too) and everything
 * else is literal. Metric names come from artifacts, so no regex is built: the literal pieces between the `*`s are
 * found left to right, each at its first place after the previous one (the first piece anchored at the start, the
 * last at the end). Taking the first place is always right when `*` is the only wildcard, so nothing is retried:
 * the work is at most the name's length times the pattern's, where a backtracking regex takes exponential time
 * (`*a*a*b` against 50,000 `a`s).
 */
export function globMatches(pattern: string, name: string): boolean {
  const pieces = pattern.split('*')
  if (pieces.length === 1) return pattern === name
  const first = pieces[0]!
  const last = pieces[pieces.length - 1]!
  if (first.length + last.length > name.length || !name.startsWith(first) || !name.endsWith(last))
    return false
  let from = first.length
  const until = name.length - last.length
  for (let k = 1; k < pieces.length - 1; k++) {
    const piece = pieces[k]!
    const at = name.indexOf(piece, from)
    if (at < 0 || at + piece.length > until) return false
    from = at + piece.length
  }
  return true
}

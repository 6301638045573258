/**
 * The 1-based line of the key at `path` (object keys from the top, e.g. `['models', 'default', 'metrics',
 * 'accuracy']`) in a JSON text, or undefined when the text has no such key. For annotations on the line of a file
 * (a baseline a pull request may have edited): one pass over the text, no regular expression, and a text that is
 * not valid JSON simply gives no line.
 */
export function jsonKeyLine(text: string, path: readonly string[]): number | undefined {
  if (path.length === 0) return undefined
  // One frame per open container: the key being read in an object (undefined in an array, or between keys).
  const keys: (string | undefined)[] = []
  const inObject: boolean[] = []
  let expectKey = false
  let line = 1
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (char === 0x0a) line++
    else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      keys.push(undefined)
      inObject.push(char === 0x7b)
      expectKey = char === 0x7b
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      keys.pop()
      inObject.pop()
      expectKey = false
    } else if (char === 0x2c /* , */) {
      expectKey = inObject[inObject.length - 1] === true
    } else if (char === 0x22 /* " */) {
      const end = stringEnd(text, i)
      if (end < 0) return undefined
      if (expectKey) {
        const key = decodeKey(text.slice(i, end + 1))
        if (key === undefined) return undefined
        keys[keys.length - 1] = key
        expectKey = false
        if (keys.length === path.length && inObject.every(Boolean) && keys.every((k, d) => k === path[d])) {
          return line
        }
      }
      i = end
    }
  }
  return undefined
}

/** Index of the quote that closes the string opening at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (char === 0x5c /* \ */) i++
    else if (char === 0x22) return i
    else if (char === 0x0a) return -1 // JSON strings hold no raw newline
  }
  return -1
}

function decodeKey(literal: string): string | undefined {
  try {
    return JSON.parse(literal) as string
  } catch {
    return undefined
  }
}

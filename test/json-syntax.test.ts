import { describe, expect, it } from 'vitest'
import { parseBaseline } from '../src/core/baseline.js'
import { InputError } from '../src/core/errors.js'
import { jsonSyntaxProblem } from '../src/core/json-syntax.js'
import { createParser } from '../src/core/readers/index.js'
import { parseShardStats } from '../src/core/shard/json.js'

// Error messages name file, line and position, and never echo a file's contents (issue 12, item 6): V8's JSON.parse
// messages quote an excerpt of the text, which is cut off here.

const SECRET = 'SECRET_value_0123456789'

function problemOf(text: string): string {
  try {
    JSON.parse(text)
  } catch (error) {
    return jsonSyntaxProblem(error)
  }
  throw new Error(`${text} parsed`)
}

/** The message of what `parse` throws. */
function messageOf(parse: () => unknown): string {
  try {
    parse()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('no error')
}

describe('jsonSyntaxProblem', () => {
  it('keeps the kind of error and the position, drops the excerpt', () => {
    expect(problemOf(SECRET)).toBe("Unexpected token 'S'")
    expect(problemOf(`{"a": ${SECRET}}`)).toBe("Unexpected token 'S'")
    expect(problemOf(`'${SECRET}'`)).toBe("Unexpected token '''")
    expect(problemOf('[1,')).toBe('Unexpected end of JSON input')
    expect(problemOf(`"${SECRET}`)).toMatch(/^Unterminated string in JSON at position \d+/)
    expect(problemOf(`{"a":1} ${SECRET}`)).toMatch(
      /^Unexpected non-whitespace character after JSON at position 8/,
    )
  })

  it('drops any quoted text of another message', () => {
    expect(jsonSyntaxProblem(new SyntaxError(`"${SECRET}" is not valid JSON`))).toBe('not valid JSON')
    expect(jsonSyntaxProblem(new SyntaxError(`Something, "${SECRET}"`))).toBe('Something')
  })
})

describe('no parser echoes a line of the file in its error', () => {
  const cases: [string, () => unknown][] = [
    [
      'JSON Lines',
      () => createParser('jsonl', { file: 'p.jsonl', fields: ['label'] }, () => {}).push(`${SECRET}\n`),
    ],
    [
      'a JSON Lines string',
      () => createParser('jsonl', { file: 'p.jsonl', fields: ['label'] }, () => {}).push(`"${SECRET}"\n`),
    ],
    [
      'a JSON array element',
      () => {
        const parser = createParser('json', { file: 'p.json', fields: ['label'] }, () => {})
        parser.push(`[{"label": ${SECRET}}]`)
        parser.end()
      },
    ],
    [
      'a JSON array string',
      () => {
        const parser = createParser('json', { file: 'p.json', fields: ['label'] }, () => {})
        parser.push(`["${SECRET}"]`)
        parser.end()
      },
    ],
    ['a baseline', () => parseBaseline(`{"schema": ${SECRET}}`, 'b.json')],
    ['a statistics file', () => parseShardStats(`{"evalGateStats": ${SECRET}}`, 's.json')],
  ]
  it.each(cases)('%s', (_, parse) => {
    const message = messageOf(parse)
    expect(message).not.toContain('SECRET')
    expect(message).toMatch(/^[psb]\.jsonl?:/)
  })
})

import { describe, expect, it } from 'vitest'
import { InputError } from '../src/core/errors.js'
import { readMetricsFile } from '../src/core/metrics-files/index.js'
import { parseThresholds, rulesFor } from '../src/core/thresholds.js'

/** The one-line error reading `text` as `file` gives. */
function refusal(text: string, file: string): string {
  try {
    readMetricsFile(text, file)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    expect(message).not.toMatch(/unexpected error/i)
    return message
  }
  throw new Error('the file was read')
}

describe('hostile metrics files are refused with one line naming the file', () => {
  it('a JSON document nested 200,000 deep: the depth bound, with the JSON path', () => {
    const message = refusal(`${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'deep.json')
    expect(message).toBe(`deep.json at $${'[0]'.repeat(33)}…: nests deeper than 500 levels`)
  })

  it('JSON nested 500 deep is still read', () => {
    const text = `${'{"a":'.repeat(499)}1${'}'.repeat(499)}`
    expect(readMetricsFile(text, 'ok.json').metrics.map((m) => m.value)).toEqual([1])
  })

  it('a YAML alias bomb', () => {
    const levels = ['a: &a [1,1,1,1,1,1,1,1,1]']
    for (const [k, name] of [...'bcdefgh'].entries()) {
      const before = String.fromCharCode(97 + k)
      levels.push(`${name}: &${name} [${Array(9).fill(`*${before}`).join(',')}]`)
    }
    expect(refusal(levels.join('\n'), 'bomb.yaml')).toBe(
      'bomb.yaml: is refused: Excessive alias count indicates a resource exhaustion attack',
    )
  })

  it('YAML nested past the parser’s stack', () => {
    expect(refusal(`${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'deep.yaml')).toBe(
      'deep.yaml:1: is not valid YAML: it nests too deeply',
    )
  })

  it.each([
    ['a: 1\nb: !!binary aGVsbG8=\n', 'm.yaml:2: is not valid YAML: tag !!binary is not allowed'],
    ['a: !!js/function "f"\n', 'm.yaml:1: is not valid YAML: tag !!js/function is not allowed'],
    ['a: !custom 1\n', 'm.yaml:1: is not valid YAML: tag !custom is not allowed'],
    ['a: !!set {x}\n', 'm.yaml:1: is not valid YAML: tag !!set is not allowed'],
  ])('YAML with a custom tag: %j', (text, start) => {
    expect(refusal(text, 'm.yaml')).toBe(
      `${start}: metrics files hold plain numbers, strings, lists and maps`,
    )
  })

  it('YAML core tags and aliases are still read', () => {
    const file = readMetricsFile('a: !!float 1.5\nb: &x 2\nc: *x\n', 'm.yaml')
    expect(file.metrics.map((m) => [m.name, m.value])).toEqual([
      ['a', 1.5],
      ['b', 2],
      ['c', 2],
    ])
  })

  it('a metric name longer than 1,000 characters', () => {
    const name = 'a'.repeat(60_000)
    expect(refusal(`{"${name}": 1}`, 'm.json')).toBe(
      `m.json at $.${'a'.repeat(78)}…: a metric name is 60000 characters long; metric names are at most 1000`,
    )
    expect(readMetricsFile(`{"${'a'.repeat(1000)}": 1}`, 'm.json').metrics).toHaveLength(1)
  })
})

describe('threshold globs against hostile names', () => {
  it('`*a*a*b` and `*/*/pass_rate` against long names answer at once (a backtracking regex never finished)', () => {
    const lines = parseThresholds('*a*a*b: min 0.5\n*/*/pass_rate: min 0.9\n*: max-drop 0')
    expect(rulesFor('a'.repeat(50_000), lines)).toEqual({ maxDrop: { kind: 'absolute', amount: 0 } })
    expect(rulesFor('/'.repeat(60_000), lines)).toEqual({ maxDrop: { kind: 'absolute', amount: 0 } })
    expect(rulesFor('x/y/pass_rate', lines)).toEqual({ maxDrop: { kind: 'absolute', amount: 0 }, min: 0.9 })
  })
})

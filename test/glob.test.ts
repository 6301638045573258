import { describe, expect, it } from 'vitest'
import { globMatches } from '../src/core/glob.js'

describe('globMatches', () => {
  it('matches `*` against any run of characters and the rest literally', () => {
    const cases: [string, string, boolean][] = [
      ['accuracy', 'accuracy', true],
      ['accuracy', 'accuracy2', false],
      ['*', '', true],
      ['*', 'a/b.c', true],
      ['f1_*', 'f1_macro', true],
      ['f1_*', 'f1', false],
      ['*/pass_rate', 'eval/test/pass_rate', true],
      ['*/pass_rate', 'pass_rate', false],
      ['a*a', 'a', false],
      ['a*a', 'aa', true],
      ['*a*b', 'xaxxb', true],
      ['*a*b', 'xbxa', false],
      ['a.c', 'abc', false],
      ['a+c(*)', 'a+c(x)', true],
      ['**', 'x', true],
      ['*ab*ab', 'abab', true],
      ['*ab*ab', 'abxab', true],
      ['*ab*ab', 'ab', false],
    ]
    for (const [pattern, name, expected] of cases)
      expect([pattern, name, globMatches(pattern, name)]).toEqual([pattern, name, expected])
  })

  it('agrees with the anchored regex it replaces on random patterns and names', () => {
    let seed = 7
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    const word = (length: number, alphabet: string) =>
      Array.from({ length }, () => alphabet[random(alphabet.length)]).join('')
    for (let i = 0; i < 5000; i++) {
      const pattern = word(random(7), 'ab*.')
      const name = word(random(9), 'ab.')
      const source = pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
        .join('.*')
      expect([pattern, name, globMatches(pattern, name)]).toEqual([
        pattern,
        name,
        new RegExp(`^${source}$`, 's').test(name),
      ])
    }
  })

  it('answers the patterns that make a backtracking regex hang, on long names', () => {
    // As a regex, `*a*a*b` against 50,000 `a`s never finished; here both are a few passes over the name.
    expect(globMatches('*a*a*b', 'a'.repeat(50_000))).toBe(false)
    expect(globMatches('*/*/pass_rate', '/'.repeat(60_000))).toBe(false)
    expect(globMatches('*a*a*b', `${'a'.repeat(50_000)}b`)).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { details, escapeMarkdown, table } from '../src/core/markdown.js'

/** What must never come out of escapeMarkdown, whatever went in. */
function expectInert(escaped: string): void {
  expect(escaped).not.toMatch(/[<>|\r\n\u2028\u2029]/)
  expect(escaped).not.toMatch(/@\p{L}/u)
  expect(escaped).not.toContain('://')
  // eslint-disable-next-line no-control-regex
  expect(escaped).not.toMatch(/[\u0000-\u001f\u007f]/)
}

describe('escapeMarkdown', () => {
  it.each([
    ['<img src=x>', '&lt;img src=x&gt;'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<!-- hidden -->', '&lt;!-- hidden --&gt;'],
    ['@octocat', '@&#8203;octocat'],
    ['@org/team', '@&#8203;org/team'],
    ['cc @a and @b', 'cc @&#8203;a and @&#8203;b'],
    ['a`b', 'a\\`b'],
    ['```js', '\\`\\`\\`js'],
    ['line\nbreak', 'line break'],
    ['a\r\nb\rc\u2028d\u2029e', 'a b c d e'],
    ['bell\u0007 nul\u0000 del\u007f', 'bell nul del'],
    ['[link](http://evil)', '\\[link\\](http:&#8203;//evil)'],
    ['https://evil.example', 'https:&#8203;//evil.example'],
    ['**bold**', '\\*\\*bold\\*\\*'],
    ['_em_', '\\_em\\_'],
    ['x_', 'x\\_'],
    ['~~strike~~', '\\~\\~strike\\~\\~'],
    ['# heading', '\\# heading'],
    ['back\\slash', 'back\\\\slash'],
    ['a & b', 'a &amp; b'],
    ['&lt;', '&amp;lt;'],
    ['"quoted"', '&quot;quoted&quot;'],
  ])('escapes %j as %j', (raw, escaped) => {
    expect(escapeMarkdown(raw)).toBe(escaped)
    expectInert(escapeMarkdown(raw))
  })

  it('leaves underscores inside a name alone', () => {
    for (const name of ['f1_macro', 'precision_weighted', 'class_01', 'a_b_c', '日本_x']) {
      expect(escapeMarkdown(name)).toBe(name)
    }
  })

  it('leaves ordinary text and Unicode alone', () => {
    for (const text of ['cat', 'café', 'Ünïcode', '日本', 'Ａ', '🐱', '0.8123', 'e-mail', 'a.b', '(x)']) {
      expect(escapeMarkdown(text)).toBe(text)
    }
  })

  it('leaves no raw table pipe', () => {
    for (const raw of ['| x |', 'a|b', '||']) {
      const escaped = escapeMarkdown(raw)
      expectInert(escaped)
      expect(escaped.replace(/[^|]/g, '')).toBe('')
    }
    expect(escapeMarkdown('| x |')).toContain(' x ')
  })

  it('makes every hostile label of the sklearn fixtures inert', () => {
    for (const raw of [
      '| x |',
      '<img src=x>',
      '@octocat',
      'a`b',
      'line\nbreak',
      '[link](http://evil)',
      '**bold**',
      '_em_',
    ]) {
      expectInert(escapeMarkdown(raw))
    }
  })
})

describe('table', () => {
  it('draws a GFM table with alignment, left by default', () => {
    expect(table(['metric', 'value', 'x'], [['f1', '0.5000', 'y']], ['left', 'right'])).toBe(
      '| metric | value | x |\n| --- | ---: | --- |\n| f1 | 0.5000 | y |',
    )
    expect(table(['a'], [], ['center'])).toBe('| a |\n| :---: |')
    expect(
      table(
        ['a', 'b'],
        [
          ['1', '2'],
          ['3', '4'],
        ],
      ),
    ).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |')
  })
})

describe('details', () => {
  it('wraps the body in a collapsed section with blank lines around it', () => {
    expect(details('Summary', '| a |')).toBe('<details>\n<summary>Summary</summary>\n\n| a |\n\n</details>')
  })
})

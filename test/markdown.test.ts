import { describe, expect, it } from 'vitest'
import {
  breakAutolinks,
  code,
  details,
  escapeMarkdown,
  escapeOwnText,
  escapeTrustedMarkdown,
  table,
} from '../src/core/markdown.js'
import { LINKABLE_NAMES, referencesIn, renderGfm, visibleText } from './helpers/cmark.js'

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

/** Strings GitHub would link, mention or cross-reference, one of each kind. */
const HOSTILE = [
  ...LINKABLE_NAMES,
  'www.example.com',
  'WWW.Example.com/path',
  'see www.evil.test?q=1',
  'https://evil.example/x',
  'ftp://files.example',
  'mailto:a@b.example',
  'xmpp:a@b.example/c',
  'a@b.example',
  '@octocat',
  'cc @org/team',
  '#123',
  'fixes #1, #2',
  'GH-42',
  'gh-7',
  'owner/repo#123',
  'owner/repo@0123456789abcdef0123456789abcdef01234567',
  'owner@a1b2c3d',
  'a1b2c3d',
  'deadbeefcafe0123456789',
  '0123456789abcdef0123456789abcdef01234567',
  '2026120412',
  '![img](http://e.example/i.png)',
  '[x]: http://e.example',
  '<https://e.example>',
  '<img src=x onerror=alert(1)>',
  '<a href="http://e.example">x</a>',
]

describe('breakAutolinks', () => {
  it.each([
    ['www.example.com', 'w\u200bww.example.com'],
    ['WWW.x', 'W\u200bWW.x'],
    ['http://x', 'http:\u200b//x'],
    ['@octocat', '@\u200boctocat'],
    ['#12 and #x', '#\u200b12 and #x'],
    ['GH-1 gh-2 GH-x', 'GH\u200b-1 gh\u200b-2 GH-x'],
    ['a1b2c3', 'a1b2c3'],
    ['a1b2c3d', 'a1b2c3\u200bd'],
    ['0123456789abcdef0123', '012345\u200b6789ab\u200bcdef01\u200b23'],
    ['deadbee_cafebab', 'deadbe\u200be_cafeba\u200bb'],
    ['f1_macro accuracy 0.8123', 'f1_macro accuracy 0.8123'],
  ])('breaks %j as %j', (raw, broken) => {
    expect(breakAutolinks(raw)).toBe(broken)
  })

  it('leaves no hex run longer than 6 in a 400,000-character input and loses no character', () => {
    const long = 'a'.repeat(200_000) + 'g' + '#'.repeat(100_000) + 'w'.repeat(100_000) + '@'
    const broken = breakAutolinks(long)
    expect(broken.replace(/\u200b/g, '')).toBe(long)
    expect(broken.match(/[0-9a-f]{7,}/gi)).toBeNull()
  })
})

describe('escapeTrustedMarkdown', () => {
  it('lets the runner’s commit link, and still escapes Markdown, mentions and URLs', () => {
    expect(escapeTrustedMarkdown('abc1234 (git)')).toBe('abc1234 (git)')
    expect(escapeMarkdown('abc1234 (git)')).toBe('abc123&#8203;4 (git)')
    expect(escapeTrustedMarkdown('refs/heads/x@y <b> www.a.b http://c #1')).toBe(
      'refs/heads/x@&#8203;y &lt;b&gt; w&#8203;ww.a.b http:&#8203;//c \\#1',
    )
  })
})

describe('escapeOwnText', () => {
  it('keeps the digits of the gate’s numbers together, and still escapes Markdown syntax', () => {
    expect(escapeOwnText('max-drop 0.01 (dropped 100000000.0000), p <0.0001')).toBe(
      'max-drop 0.01 (dropped 100000000.0000), p &lt;0.0001',
    )
    expect(escapeMarkdown('100000000.0000')).toBe('100000&#8203;000.0000')
  })
})

describe('escaped text rendered by cmark-gfm', () => {
  it.each(HOSTILE)('%j reads as written and links nothing, in text, a table cell and <code>', (raw) => {
    for (const markdown of [
      `x ${escapeMarkdown(raw)} x`,
      `| a |\n| --- |\n| ${escapeMarkdown(raw)} |`,
      `x ${code(raw)} x`,
    ]) {
      const html = renderGfm(markdown)
      expect(html).not.toMatch(/<a\b|<img\b/)
      expect(html.replace(/<\/?(p|code|table|thead|tbody|tr|th|td)>/g, '')).not.toMatch(/<[a-z!/]/i)
      const text = visibleText(html)
      expect(referencesIn(text)).toEqual([])
      expect(text.replace(/\u200b/g, '').replace(/\s+/g, ' ')).toContain(raw)
    }
  })

  it('the checks see the links and references that unescaped text makes', () => {
    for (const raw of HOSTILE) {
      const html = renderGfm(`x ${raw} x`)
      expect(/<a\b|<img\b|<[a-z]/i.test(html) || referencesIn(visibleText(html)).length > 0, raw).toBe(true)
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

import { spawnSync } from 'node:child_process'
import { expect } from 'vitest'

/**
 * Renders Markdown as GitHub does, with cmark-gfm (GitHub's reference implementation) and GitHub's extensions.
 * `--unsafe` keeps raw HTML in the output, so that a test sees every tag the Markdown would produce. Throws, never
 * skips, when the binary is missing: the tests that use it are the proof that untrusted text renders inert.
 */
export function renderGfm(markdown: string): string {
  const run = spawnSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'],
    { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  if (run.error)
    throw new Error(
      `cmark-gfm could not run (${run.error.message}): install it, e.g. apt-get install -y cmark-gfm`,
    )
  if (run.status !== 0) throw new Error(`cmark-gfm exited with ${run.status}: ${run.stderr}`)
  return run.stdout
}

/** The text a reader sees in rendered HTML: tags dropped, cmark's entities decoded (zero-width spaces stay). */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/**
 * What GitHub would turn into a link or a notification in rendered text: a mention or `owner@sha` (`@` before a
 * word character), an issue reference (`#1`, `owner/repo#1`, `GH-1`), a bare commit SHA (7 or more hex digits),
 * or a URL GFM would autolink. Each hit is returned with a little context.
 */
export function referencesIn(text: string): string[] {
  const patterns = [/@\w/g, /#\d/g, /gh-\d/gi, /[0-9a-f]{7,}/gi, /www\./gi, /[a-z]+:\/\//gi]
  return patterns.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => text.slice(Math.max(0, m.index - 20), m.index + 20)),
  )
}

/** Names GitHub would link, embed, mention or cross-reference if they reached Markdown unescaped: one of each. */
export const LINKABLE_NAMES = [
  'www.evil.test',
  '#1',
  'GH-2',
  'owner/repo#3',
  'a@b.example',
  '@octocat',
  'deadbeefcafe1234',
  'https://evil.example/x',
  '<img src=x onerror=alert(1)>',
  '![i](http://e.example/i.png)',
]

/** Tags cmark-gfm makes of Markdown, and the few the report writes itself. */
const REPORT_TAGS = new Set(
  'p h3 table thead tbody tr th td code pre details summary sub br strong em blockquote ul li hr a'.split(
    ' ',
  ),
)

/**
 * Renders a report and checks every way it could link, embed or mention: only the tags a report writes, only the
 * `links` given (opening tags, e.g. the workflow run's), Mermaid blocks that stay whole, and no reference in the
 * text except in the `trusted` strings. Returns the visible text without zero-width spaces, to check it reads as
 * written.
 */
export function expectInertReport(report: string, links: string[], trusted: string[] = []): string {
  const html = renderGfm(report)
  const tags = [...html.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map((m) => m[1]!.toLowerCase())
  expect(tags.filter((tag) => !REPORT_TAGS.has(tag))).toEqual([])
  expect([...html.matchAll(/<a\b[^>]*>/g)].map((m) => m[0])).toEqual(links)
  // Mermaid charts stay whole code blocks: no name closed the fence, and GitHub links nothing inside them.
  const blocks = [...html.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].map((m) => m[1]!)
  for (const block of blocks) expect(block).toMatch(/^<code class="language-mermaid">[^<]*<\/code>$/)
  const text = visibleText(html.replace(/<pre>[\s\S]*?<\/pre>/g, ''))
  expect(referencesIn(text).filter((hit) => !trusted.some((t) => hit.includes(t)))).toEqual([])
  for (const t of trusted) expect(text).toContain(t)
  return text.replace(/\u200b/g, '')
}

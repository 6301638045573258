import { spawnSync } from 'node:child_process'

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

/**
 * Makes untrusted text (labels, model and metric names, paths read from artifacts or a PR-edited baseline) inert in
 * GitHub-flavoured Markdown: no HTML, no table breaks, no formatting, no links, and no reference that GitHub would
 * turn into a link or a notification. The result is meant for ordinary text and table cells (or inside `<code>`),
 * never inside a backtick code span, where escapes are shown literally.
 */
export function escapeMarkdown(text: string): string {
  return escapeSyntax(breakAutolinks(oneLine(text)))
}

/**
 * Text the runner or the workflow gave (the run's commit, the commit a baseline was read at), escaped like
 * untrusted text except that a commit SHA or issue reference in it still links, as GitHub means it to.
 */
export function escapeTrustedMarkdown(text: string): string {
  return escapeSyntax(breakLinks(oneLine(text)))
}

/**
 * Text the gate writes itself from numbers and fixed words (values, deltas, p-values, rules such as `max-drop
 * 0.01`): its Markdown syntax is escaped, but it can hold no link or reference, so nothing is broken; breaking it
 * would put a zero-width space into a number such as `100000000.0000`.
 */
export function escapeOwnText(text: string): string {
  return escapeSyntax(oneLine(text))
}

function oneLine(text: string): string {
  return (
    text
      // A newline would end a table row.
      .replace(/\r\n|[\r\n\u2028\u2029\t]/g, ' ')
      // Other control characters, and the bidirectional overrides that can make text read backwards.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
  )
}

function escapeSyntax(text: string): string {
  return (
    text
      // Markdown punctuation first, so the entities added below are not escaped in turn.
      .replace(/[\\`*[\]#~]/g, '\\$&')
      // Underscores only make emphasis at a word's edge; inside a name such as f1_macro they stay readable.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\|/g, '&#124;')
      // Written as an entity: visible in the comment's source, invisible once rendered.
      .replace(/\u200b/g, '&#8203;')
  )
}

/** The zero-width space that splits what GitHub would link: invisible, so the text still reads as it was. */
const BREAK = '\u200b'

/**
 * Puts a zero-width space where GFM's autolinks and GitHub's references would match, so that none does: see
 * {@link breakLinks}, plus `#123` and `owner/repo#123` (after `#`), `GH-123` (after `GH`) and bare commit SHAs
 * (every run of 7 or more hex digits is split into pieces of at most 6, none of which GitHub links).
 *
 * Every pattern here and in breakLinks is linear on any input: each is one character or a fixed string with a
 * fixed-length lookahead, except the hex run, a single character class with nothing after it, which the engine
 * matches greedily once per run and never retries shorter.
 */
export function breakAutolinks(text: string): string {
  return breakLinks(text)
    .replace(/#(?=\d)/g, `#${BREAK}`)
    .replace(/gh(?=-\d)/gi, `$&${BREAK}`)
    .replace(/[0-9a-f]{7,}/gi, (run) => run.replace(/[0-9a-f]{6}(?!$)/gi, `$&${BREAK}`))
}

/** Breaks `@mention`, `owner@sha` and e-mail addresses (after `@`), `http://` and other schemes (after `:`), `www.`. */
function breakLinks(text: string): string {
  return text
    .replace(/@/g, `@${BREAK}`)
    .replace(/:(?=\/\/)/g, `:${BREAK}`)
    .replace(/w(?=ww\.)/gi, `$&${BREAK}`)
}

/** Untrusted text in a monospace font: `<code>` rather than backticks, because escapes work inside it. */
export function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`
}

/** A GFM table; every cell must already be escaped. */
export function table(header: string[], rows: string[][], align?: ('left' | 'right' | 'center')[]): string {
  const rule = header.map((_, i) => {
    const a = align?.[i] ?? 'left'
    return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---'
  })
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}

/** A collapsed section; `summary` must already be escaped. */
export function details(summary: string, body: string): string {
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`
}

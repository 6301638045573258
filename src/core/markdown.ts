/**
 * Makes untrusted text (labels, model and metric names read from artifacts) inert in GitHub-flavoured Markdown:
 * no HTML, no table breaks, no formatting, no links, and no `@mention` that would notify someone. The result is
 * meant for ordinary text and table cells (or inside `<code>`), never inside a backtick code span, where escapes
 * are shown literally.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // One line only: a newline would end a table row.
      .replace(/\r\n|[\r\n\u2028\u2029\t]/g, ' ')
      // Other control characters, and the bidirectional overrides that can make text read backwards.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
      // Markdown punctuation first, so the entities added below are not escaped in turn.
      .replace(/[\\`*[\]#~]/g, '\\$&')
      // Underscores only make emphasis at a word's edge; inside a name such as f1_macro they stay readable.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\|/g, '&#124;')
      // A zero-width space after @ keeps the text readable but stops GitHub from resolving a mention.
      .replace(/@/g, '@&#8203;')
      // Bare URLs would be auto-linked.
      .replace(/:\/\//g, ':&#8203;//')
  )
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

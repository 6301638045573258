/**
 * Makes untrusted text (labels, model and metric names read from artifacts) inert in GitHub-flavoured Markdown:
 * no HTML, no table breaks, no formatting, no links, and no `@mention` that would notify someone.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // One line only: a newline would end a table row.
      .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
      // Other control characters have no business in a report.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\|/g, '&#124;')
      .replace(/[\\`*[\]#~]/g, '\\$&')
      // Underscores only make emphasis at a word's edge; inside a name such as f1_macro they are left readable.
      .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (match) => match.replace('_', '\\_'))
      // A zero-width space after @ keeps the text readable but stops GitHub from resolving a mention.
      .replace(/@/g, '@&#8203;')
      // Bare URLs would be auto-linked.
      .replace(/:\/\//g, ':&#8203;//')
  )
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

import { readFile } from 'node:fs/promises'
import { marked, type Token, type Tokens } from 'marked'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { baselineDocument } from '../helpers/fixtures.js'
import { startGitHubApi, type StoredComment } from '../helpers/github-api.js'
import { checkRecordedExchanges } from '../helpers/openapi.js'
import { toDelimited } from '../helpers/prediction-files.js'
import { cleanupRuns, REPOSITORY, runAction, type RunResult } from '../helpers/run-action.js'

// What the comment holds when the report is large, and when the labels are hostile Markdown: the posted body is
// read back from the fake GitHub API and parsed as GitHub-flavoured Markdown.

afterAll(cleanupRuns)

const TOKEN = 'ghs_SECRETtoken123'
const PR = 7
const HEAD_SHA = 'a'.repeat(40)
const MARKER = '<!-- eval-gate comment-id=default -->'
const COMMENT_LIMIT = 65_536
const SUMMARY_LIMIT = 1_048_576
const BASELINE = '.github/eval-baseline.json'

/** Runs the gate on a `pull_request` event for PR 7 and returns the one comment it posted. */
async function gate(
  files: Record<string, string>,
  inputs: Record<string, string> = {},
): Promise<{ result: RunResult; comment: StoredComment }> {
  const github = await startGitHubApi()
  // A pull request's gate reads the baseline at the base commit: commit the workspace's copy there.
  const baseline = files[BASELINE]
  if (baseline !== undefined) github.setFile(BASELINE, baseline)
  const base = github.state.branchHeads.get(github.state.defaultBranch)!
  const result = await runAction({
    event: {
      name: 'pull_request',
      payload: { number: PR, pull_request: { number: PR, head: { sha: HEAD_SHA }, base: { sha: base } } },
    },
    sha: HEAD_SHA,
    githubToken: TOKEN,
    files,
    inputs: { predictions: 'predictions.csv', ...inputs },
    env: { GITHUB_API_URL: github.url },
  })
  const comments = github.commentsOn(PR)
  expect(comments, result.stdout + result.stderr).toHaveLength(1)
  expect(github.requests.filter((r) => r.method === 'POST' && r.kind === 'api').map((r) => r.status)).toEqual(
    [201],
  )
  expect(result.outputs['comment-url']).toBe(
    `${github.url}/${REPOSITORY}/pull/${PR}#issuecomment-${comments[0]!.id}`,
  )
  await github.close()
  // Every request the bundle made is one GitHub documents, with a body its schema accepts.
  expect(checkRecordedExchanges(github.requests)).toEqual([])
  return { result, comment: comments[0]! }
}

/** Every table in a Markdown document, as marked's lexer finds it (inside `<details>` too). */
function tables(markdown: string): Tokens.Table[] {
  const found: Tokens.Table[] = []
  marked.walkTokens(marked.lexer(markdown), (token: Token) => {
    if (token.type === 'table') found.push(token as Tokens.Table)
  })
  return found
}

/** The cell separators of a table line: `|` not escaped by a backslash. */
function pipes(line: string): number {
  return line.match(/(?<!\\)\|/g)?.length ?? 0
}

/** Each line of the table as written has as many cells as its header, and marked read every row in full. */
function expectWholeRows(table: Tokens.Table): void {
  const columns = table.header.length
  const lines = table.raw.trimEnd().split('\n')
  expect(lines.length).toBe(table.rows.length + 2)
  for (const line of lines) expect(pipes(line), line).toBe(columns + 1)
  for (const row of table.rows) expect(row).toHaveLength(columns)
}

const headerOf = (table: Tokens.Table) => table.header.map((cell) => cell.text)

describe('a 2,000-class report', () => {
  const CLASSES = 2000
  const label = (i: number) => `c${String(i).padStart(4, '0')}`

  /** 3 rows per class; about two in three predicted right, the rest a pseudo-random class (fixed seed). */
  function predictions(): string {
    let seed = 12345
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0)
    const records = []
    for (let row = 0; row < CLASSES * 3; row++) {
      const gold = row % CLASSES
      const predicted = next() % 3 === 0 ? next() % CLASSES : gold
      records.push({ label: label(gold), prediction: label(predicted) })
    }
    return toDelimited(records, ['label', 'prediction'])
  }

  let run: { result: RunResult; comment: StoredComment }
  beforeAll(async () => {
    run = await gate(
      {
        'predictions.csv': predictions(),
        // A regression, so the verdict is one that matters.
        [BASELINE]: baselineDocument({ default: { accuracy: 0.99 } }),
      },
      // Past the default max-labels (1,000) on purpose: the report must still fit.
      { 'max-labels': '3000' },
    )
  })

  test('fits a comment: verdict and metrics kept, per-class scores left out and kept in the summary', async () => {
    const { result, comment } = run
    expect(result.exitCode).toBe(1)

    const body = comment.body
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect([...body].length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body.startsWith(`${MARKER}\n### ❌ 1 metric regressed: accuracy `)).toBe(true)

    const metricsTable = tables(body).find(
      (t) => headerOf(t)[0] === 'metric' && headerOf(t)[1] === 'baseline',
    )
    expect(metricsTable).toBeDefined()
    expect(metricsTable!.rows.map((row) => row[0]!.text)).toEqual([
      'accuracy',
      'precision_macro',
      'recall_macro',
      'f1_macro',
    ])
    expectWholeRows(metricsTable!)
    expect(body).toContain(
      '<sub>Per-class scores left out to keep this report within its size limit; see the job summary.</sub>',
    )
    expect(tables(body).some((t) => headerOf(t)[0] === 'label')).toBe(false)
    expect(body).not.toContain(`| ${label(1999)} |`)

    // The step summary has the full per-class table, within GitHub's 1 MiB.
    const summary = result.summary
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_LIMIT)
    expect(summary).toContain('Per-class scores (2000 classes)')
    const perClass = tables(summary).find((t) => headerOf(t)[0] === 'label')
    expect(perClass).toBeDefined()
    expect(perClass!.rows.map((row) => row[0]!.text)).toEqual(
      Array.from({ length: CLASSES }, (_, i) => label(i)),
    )
    expectWholeRows(perClass!)
    // The report file (the `report` output) is the full report too.
    expect(await readFile(result.outputs.report!, 'utf8')).toContain(`| ${label(1999)} |`)
  })

  test('what the comment says is in the job summary is there', () => {
    const { result, comment } = run
    const pointers = [
      ...comment.body.matchAll(
        /<sub>(.+?) left out to keep this report within its size limit; see the job summary\.<\/sub>/g,
      ),
    ]
    expect(pointers.length).toBeGreaterThan(0)
    const sections: Record<string, RegExp> = {
      'Per-class scores': /<summary>Per-class scores \(\d+ classes\)<\/summary>/,
      'The confusion matrix': /<summary>Confusion matrix<\/summary>/,
    }
    for (const [, what] of pointers) {
      expect(Object.keys(sections)).toContain(what)
      expect(sections[what!]!.test(result.summary), `the comment says "${what}" is in the job summary`).toBe(
        true,
      )
    }
  })
})

describe('hostile labels', () => {
  const LABELS = [
    '| x |',
    '<img src=x>',
    '@octocat',
    '@org/team',
    'back`tick',
    'line one\nline two',
    '[link](http://evil.example)',
  ]
  // Each label is gold 3 times: twice predicted right, once as the next label; "@org/team" is never predicted
  // (its right predictions go to "@octocat"), which puts it in the zero-division note as well.
  const NEVER_PREDICTED = '@org/team'

  function predictions(): string {
    const records = LABELS.flatMap((gold, i) => {
      const right = gold === NEVER_PREDICTED ? '@octocat' : gold
      const wrong =
        LABELS[(i + 1) % LABELS.length] === NEVER_PREDICTED ? 'back`tick' : LABELS[(i + 1) % LABELS.length]!
      return [
        { label: gold, prediction: right },
        { label: gold, prediction: wrong },
        { label: gold, prediction: right },
      ]
    })
    return toDelimited(records, ['label', 'prediction'])
  }

  test('stay text: no HTML elements, no links, no mentions, and every table row keeps its columns', async () => {
    const csv = predictions()
    expect(csv).toContain('"line one\nline two"')
    const { result, comment } = await gate({ 'predictions.csv': csv })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    const body = comment.body
    expect(body.startsWith(`${MARKER}\n### 🆕 First run`)).toBe(true)

    // No mention: every @ is kept from touching the name after it.
    expect(body).not.toMatch(/@(?=[\p{L}\p{N}_-])/u)
    expect(body).not.toContain('@octocat')
    expect(body).not.toContain('@org/team')

    const html = marked.parse(body, { async: false, gfm: true })
    expect(html).not.toMatch(/<img\b/i)
    const links = [...html.matchAll(/<a\b[^>]*>/gi)].map((match) => match[0])
    expect(links).toEqual(['<a href="https://github.com/owner/repo/actions/runs/1">'])
    expect(html).not.toContain('evil.example">')
    // The labels are shown, as text.
    expect(html).toContain('&lt;img src=x&gt;')

    const found = tables(body)
    const byHeader = (first: string) => found.filter((t) => headerOf(t)[0] === first)
    const [metrics] = byHeader('metric').filter((t) => headerOf(t).length === 6)
    const [perClass] = byHeader('label')
    const [confusion] = byHeader('gold ＼ predicted')
    expect(metrics).toBeDefined()
    expect(perClass).toBeDefined()
    expect(confusion).toBeDefined()
    expect(metrics!.rows).toHaveLength(4)
    expect(perClass!.rows).toHaveLength(LABELS.length)
    expect(confusion!.rows).toHaveLength(LABELS.length)
    expect(confusion!.header).toHaveLength(LABELS.length + 1)
    for (const table of found) expectWholeRows(table)
    // Each label's text survives in its per-class row (the newline as a space).
    const shown = perClass!.rows.map((row) => row[0]!.text)
    expect(shown.some((text) => text.includes('line one line two'))).toBe(true)
    expect(shown.some((text) => text.includes('back\\`tick'))).toBe(true)

    // The zero-division note names the never-predicted label without mentioning anyone.
    expect(body).toMatch(/^> \[!NOTE\]\n> [^\n]*<code>@&#8203;org\/team<\/code> never predicted/m)
  })
})

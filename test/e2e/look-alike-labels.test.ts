import { afterAll, expect, test } from 'vitest'
import { cleanupRuns, runCli } from '../helpers/run-action.js'

// Labels that print alike but count as different classes (issue 12, item 5), through the bundle: the warning shows
// the difference, and the report carries it above per-class rows that read apart.

afterAll(cleanupRuns)

const WARNING =
  'differ only by surrounding whitespace or Unicode normalisation, and are counted as two classes'

test('" a", "a" and "a\\t": a warning with visible escapes, in the log and the report, and three distinct rows', async () => {
  const result = await runCli(['--predictions', 'p.jsonl', '--baseline', 'none.json'], {
    files: { 'p.jsonl': '{"label":" a","prediction":"a"}\n{"label":"a\\t","prediction":"a"}\n' },
  })
  expect(result.exitCode, result.stderr).toBe(0)
  expect(result.stderr.trimEnd().split('\n')).toEqual([
    `eval-gate: warning: labels " a" and "a" ${WARNING}`,
    `eval-gate: warning: labels " a" and "a\\t" ${WARNING}`,
  ])
  const report = result.stdout.split('\n')
  expect(report.filter((line) => line.startsWith('⚠️'))).toEqual([
    `⚠️ labels &quot; a&quot; and &quot;a&quot; ${WARNING}<br>`,
    `⚠️ labels &quot; a&quot; and &quot;a\\\\t&quot; ${WARNING}`,
  ])
  // The per-class table: the rows after its header and rule, up to the blank line that ends it.
  const header = report.indexOf('| label | precision | recall | f1 | support | predicted |')
  const rows = report.slice(header + 2, report.indexOf('', header))
  expect(rows.map((line) => line.split(' | ')[0])).toEqual([
    '| &quot; a&quot;',
    '| a',
    '| &quot;a\\\\t&quot;',
  ])
})

test('café composed and decomposed: the warning names the code points', async () => {
  const result = await runCli(['--predictions', 'p.jsonl', '--baseline', 'none.json'], {
    files: { 'p.jsonl': '{"label":"caf\\u00e9","prediction":"cafe\\u0301"}\n' },
  })
  expect(result.exitCode, result.stderr).toBe(0)
  expect(result.stderr).toBe(`eval-gate: warning: labels "cafe\\u0301" and "caf\\u00e9" ${WARNING}\n`)
  expect(result.stdout).toContain(
    `⚠️ labels &quot;cafe\\\\u0301&quot; and &quot;caf\\\\u00e9&quot; ${WARNING}`,
  )
})

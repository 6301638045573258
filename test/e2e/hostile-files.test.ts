import { afterAll, describe, expect, test } from 'vitest'
import { cleanupRuns, runCli } from '../helpers/run-action.js'

// Files built to cost time or memory, or to be read two ways, end in one line naming the file (and line or JSON
// path), exit code 2, and no stack trace; the bundle on Node 24, as users run it.

afterAll(cleanupRuns)

/** Runs the CLI on `files` with `args`; expects bad input and returns the one error line. */
async function refusal(files: Record<string, string>, args: string[]): Promise<string> {
  const result = await runCli(args, { files })
  expect(result.exitCode, result.stderr).toBe(2)
  expect(result.stdout).toBe('')
  const lines = result.stderr.trimEnd().split('\n')
  expect(lines, result.stderr).toHaveLength(1)
  expect(lines[0]).not.toMatch(/unexpected error|\n\s+at /)
  return lines[0]!
}

describe.concurrent('hostile files', () => {
  test('5,000 distinct labels in an 80 KB file: the max-labels error', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `label-${i},label-${(i * 7) % 5000}`)
    const line = await refusal({ 'many.csv': `label,prediction\n${rows.join('\n')}\n` }, [
      '--predictions',
      'many.csv',
    ])
    expect(line).toBe(
      'eval-gate: error: many.csv: has more than 1000 distinct labels (gold and predicted together), the most input "max-labels" allows; is the label or prediction column free text? Raise max-labels if the labels are right',
    )
    const raised = await runCli(['--predictions', 'many.csv', '--max-labels', '5000'], {
      files: { 'many.csv': `label,prediction\n${rows.join('\n')}\n` },
    })
    expect(raised.exitCode, raised.stderr).toBe(0)
    expect(raised.stdout).toContain('5,000')
  })

  test('a 20 MB field without a newline: the record bound, with its line', async () => {
    const text = `label,prediction\ncat,dog\n\ncat,${'x'.repeat(20 << 20)}`
    expect(await refusal({ 'long.csv': text }, ['--predictions', 'long.csv'])).toBe(
      'eval-gate: error: long.csv:4: the record starting here runs past 16 MiB (the most one record may hold); is the file cut, or not one record per line?',
    )
  })

  test('a JSON metrics file nested 200,000 deep', async () => {
    const text = `{"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    expect(await refusal({ 'deep.json': text }, ['--metrics-files', 'deep.json'])).toMatch(
      /^eval-gate: error: deep\.json at \$\.a(\[0\])+…: nests deeper than 500 levels$/,
    )
  })

  test('a YAML alias bomb', async () => {
    const levels = ['a: &a [1,1,1,1,1,1,1,1,1]']
    for (const [k, name] of [...'bcdefgh'].entries())
      levels.push(
        `${name}: &${name} [${Array(9)
          .fill(`*${String.fromCharCode(97 + k)}`)
          .join(',')}]`,
      )
    expect(await refusal({ 'bomb.yaml': levels.join('\n') }, ['--metrics-files', 'bomb.yaml'])).toBe(
      'eval-gate: error: bomb.yaml: is refused: Excessive alias count indicates a resource exhaustion attack',
    )
  })

  test('`*a*a*b` against a long metric name answers at once', async () => {
    const result = await runCli(['--metrics-files', 'm.json', '--thresholds', '*a*a*b: min 0.5'], {
      files: { 'm.json': JSON.stringify({ ['a'.repeat(1000)]: 0.9, accuracy: 0.8 }) },
    })
    expect(result.exitCode, result.stderr).toBe(0)
  })

  test('labels that print alike: a warning naming both spellings', async () => {
    const result = await runCli(['--predictions', 'p.csv'], {
      files: { 'p.csv': 'label,prediction\ncat,cat\n"cat ",cat\ndog,dog\n' },
    })
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stderr).toBe(
      'eval-gate: warning: labels "cat" and "cat " differ only by surrounding whitespace or Unicode normalisation, and are counted as two classes\n',
    )
  })
})

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { REPO_ROOT } from '../helpers/node24.js'
import {
  cleanupRuns,
  runAction,
  stackTraceLines,
  workflowCommands,
  type RunResult,
} from '../helpers/run-action.js'

// task: text through the real bundle: the SQuAD v1.1 cases of test/fixtures/squad/text.json (made with the official
// script's functions), several gold answers per row, and one-line errors.

afterAll(cleanupRuns)

interface Case {
  name: string
  prediction: string
  answers: string[]
  exact_match: number
  f1: number
  contains: number
}
const fixture = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'squad', 'text.json'), 'utf8'),
) as {
  cases: Case[]
  means: Record<string, number>
}

function metricsOf(result: RunResult): Record<string, number> {
  expect(result.exitCode, result.stdout + result.stderr).toBe(0)
  return JSON.parse(result.outputs.metrics!) as Record<string, number>
}

function closeTo(actual: Record<string, number>, expected: Record<string, number>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort())
  for (const [name, value] of Object.entries(expected))
    expect(Math.abs(actual[name]! - value), `${name}: ${actual[name]} vs ${value}`).toBeLessThanOrEqual(1e-12)
}

describe('SQuAD v1.1 through the bundle', () => {
  test('JSON Lines with a references array: the means the SQuAD script gives (as fractions)', async () => {
    const lines = fixture.cases.map((c) =>
      JSON.stringify({ id: c.name, answers: c.answers, output: c.prediction }),
    )
    const result = await runAction({
      files: { 'out/answers.jsonl': lines.join('\n') + '\n' },
      inputs: {
        predictions: 'out/answers.jsonl',
        task: 'text',
        'prediction-column': 'output',
        'references-column': 'answers',
        metrics: 'exact_match, token_f1, contains',
      },
    })
    closeTo(metricsOf(result), fixture.means)
    const answers = fixture.cases.reduce((n, c) => n + c.answers.length, 0)
    expect(result.summary).toContain(`27 rows from 1 file · text, ${answers} gold answers`)
  })

  test('a JSON array file with one gold answer per row, and an empty output', async () => {
    const records = [
      { label: 'Denver Broncos', prediction: 'the Denver Broncos!' },
      { label: 'Santa Clara', prediction: 'Santa Clara, California' },
      { label: 'Paris', prediction: '' },
    ]
    const metrics = metricsOf(
      await runAction({
        files: { 'answers.json': JSON.stringify(records) },
        inputs: { predictions: 'answers.json', task: 'text', metrics: 'exact_match,token_f1,contains' },
      }),
    )
    // exact: 1, 0, 0; f1: 1, 0.8, 0; contains: 1, 1, 0.
    closeTo(metrics, { exact_match: 1 / 3, token_f1: (1 + 0.8 + 0) / 3, contains: 2 / 3 })
  })

  test('CSV with the references as a JSON array in a cell; the defaults are exact_match and token_f1', async () => {
    const csv =
      'question,gold,answer\n' +
      'q1,"[""Levi\'s Stadium"", ""Santa Clara, California""]",Levi Stadium in Santa Clara\n' +
      'q2,Paris,Paris\n'
    const metrics = metricsOf(
      await runAction({
        files: { 'answers.csv': csv },
        inputs: {
          predictions: 'answers.csv',
          task: 'text',
          'references-column': 'gold',
          'prediction-column': 'answer',
        },
      }),
    )
    closeTo(metrics, { exact_match: 0.5, token_f1: (0.5 + 1) / 2 })
  })
})

describe('bad text input: file, line and field in one line', () => {
  const cases: {
    title: string
    files: Record<string, string>
    inputs?: Record<string, string>
    error: string
  }[] = [
    {
      title: 'an empty references array',
      files: { 'a.jsonl': '{"refs": ["x"], "prediction": "x"}\n{"refs": [], "prediction": "y"}\n' },
      inputs: { 'references-column': 'refs' },
      error: 'a.jsonl:2: field "refs": has no gold answers (an empty array)',
    },
    {
      title: 'a missing output',
      files: { 'a.jsonl': '{"label": "x"}\n' },
      error: 'a.jsonl:1: field "prediction": is missing',
    },
    {
      title: 'a null gold answer in a JSON array file',
      files: { 'a.json': '[{"label": "x", "prediction": "x"}, {"label": null, "prediction": "y"}]' },
      error: 'a.json at $[1]: field "label": is null',
    },
    {
      title: 'a references cell that is broken JSON',
      files: { 'a.csv': 'refs,prediction\n"[""x"", ",x\n' },
      inputs: { 'references-column': 'refs' },
      error: 'a.csv:2: field "refs": looks like a JSON array but is not valid JSON',
    },
    {
      title: 'references-column for a classification task',
      files: { 'a.csv': 'label,prediction\nx,x\n' },
      inputs: { task: 'classification', 'references-column': 'refs' },
      error: 'input "references-column" is for text tasks, but task is classification',
    },
    {
      title: 'an unknown task',
      files: { 'a.csv': 'label,prediction\nx,x\n' },
      inputs: { task: 'ranking' },
      error: 'input "task" must be one of classification, regression, text, got "ranking"',
    },
  ]
  for (const bad of cases) {
    test(bad.title, async () => {
      const file = Object.keys(bad.files)[0]!
      const result = await runAction({
        files: bad.files,
        inputs: { predictions: file, task: 'text', ...bad.inputs },
      })
      expect(result.exitCode).toBe(1)
      const errors = workflowCommands(result.stdout).filter((c) => c.command === 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0]!.message.startsWith(bad.error), errors[0]!.message).toBe(true)
      expect(stackTraceLines(result.stdout + result.stderr)).toEqual([])
    })
  }
})

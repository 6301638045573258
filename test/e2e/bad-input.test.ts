import { existsSync } from 'node:fs'
import { readFile, symlink } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { baselineDocument } from '../helpers/fixtures.js'
import {
  cleanupRuns,
  makeUnreadable,
  runAction,
  runningAsRoot,
  stackTraceLines,
  workflowCommands,
  type RunResult,
  type WorkspaceFiles,
} from '../helpers/run-action.js'

// Every kind of bad input ends the same way: exit code 1, one `::error` line that says what is wrong and where
// (file and line or JSON path, and the field), no stack trace, and no baseline written even when asked to.

afterAll(cleanupRuns)

const BASELINE = '.github/eval-baseline.json'
const VALID_BASELINE = baselineDocument({ default: { accuracy: 0.5 } })
const GOOD_CSV = 'id,label,prediction\n1,0,0\n2,1,1\n3,1,0\n'

interface BadInput {
  title: string
  files: WorkspaceFiles
  inputs: Record<string, string>
  prepare?: (workspace: string) => Promise<void>
  /** The error message must contain each string and match each pattern. */
  mentions: (string | RegExp)[]
  /** The broken thing is the baseline file itself (the file must still be left as it was). */
  brokenBaseline?: string
  /** The case is about the update-baseline input itself, so it has no update-baseline variant. */
  setsUpdateBaseline?: boolean
}

const cases: BadInput[] = [
  {
    title: 'a glob that matches nothing',
    files: { 'results/notes.txt': 'not a prediction file\n' },
    inputs: { predictions: 'results/*.jsonl' },
    mentions: ['input "predictions"', 'matched no files', 'results/*.jsonl'],
  },
  {
    title: 'a path that is a directory',
    files: { 'results/part-1.csv': GOOD_CSV },
    inputs: { predictions: 'results' },
    mentions: [/^results: /, 'is a directory'],
  },
  runningAsRoot()
    ? {
        // Root reads a mode-000 file anyway, and a link out of the workspace is refused before any read: a link to
        // itself fails to open (ELOOP), for root too.
        title: 'a file that cannot be read (a link to itself, since root ignores mode 000)',
        files: {},
        inputs: { predictions: 'predictions.csv' },
        prepare: (workspace) => symlink('predictions.csv', path.join(workspace, 'predictions.csv')),
        mentions: [/^predictions\.csv: /, 'cannot be read'],
      }
    : {
        title: 'a file without read permission',
        files: { 'predictions.csv': GOOD_CSV },
        inputs: { predictions: 'predictions.csv' },
        prepare: (workspace) => makeUnreadable(workspace, 'predictions.csv'),
        mentions: [/^predictions\.csv: /, 'permission denied'],
      },
  {
    title: 'an empty CSV file',
    files: { 'predictions.csv': '' },
    inputs: { predictions: 'predictions.csv' },
    mentions: [/^predictions\.csv: /, 'empty'],
  },
  {
    title: 'an empty JSONL file',
    files: { 'predictions.jsonl': '' },
    inputs: { predictions: 'predictions.jsonl' },
    mentions: [/^predictions\.jsonl: /, 'empty'],
  },
  {
    title: 'an empty JSON file',
    files: { 'predictions.json': '' },
    inputs: { predictions: 'predictions.json' },
    mentions: [/^predictions\.json(:1)?: /, 'empty'],
  },
  {
    title: 'a CSV header without the label column',
    files: { 'predictions.csv': 'id,gold,prediction\n1,0,0\n2,1,1\n' },
    inputs: { predictions: 'predictions.csv' },
    mentions: [/^predictions\.csv:1: /, 'header has no column "label"', '"gold"'],
  },
  {
    title: 'a ragged CSV row',
    files: { 'predictions.csv': 'id,label,prediction\n1,0,0\n2,1,1,extra\n3,1,0\n' },
    inputs: { predictions: 'predictions.csv' },
    mentions: [/^predictions\.csv:3: /, 'expected 3 fields', 'found 4'],
  },
  {
    title: 'an unterminated quote',
    files: { 'predictions.csv': 'id,label,prediction\n1,0,0\n2,"1,1\n3,1,0\n' },
    inputs: { predictions: 'predictions.csv' },
    mentions: [/^predictions\.csv:3: /, 'unterminated quote'],
  },
  {
    title: 'a CSV row with an empty label',
    files: { 'predictions.csv': 'id,label,prediction\n1,0,0\n2,,1\n' },
    inputs: { predictions: 'predictions.csv' },
    mentions: [/^predictions\.csv:3: /, 'field "label"', 'empty'],
  },
  {
    title: 'a CSV with a header and no rows',
    files: { 'predictions.csv': 'id,label,prediction\n' },
    inputs: { predictions: 'predictions.csv' },
    mentions: [/^predictions\.csv/, 'no data rows'],
  },
  {
    title: 'an invalid JSON line',
    files: { 'predictions.jsonl': '{"label": "0", "prediction": "0"}\n{"label": "1", "prediction": \n' },
    inputs: { predictions: 'predictions.jsonl' },
    mentions: [/^predictions\.jsonl:2: /, 'invalid JSON'],
  },
  {
    title: 'a JSONL row without the prediction field',
    files: {
      'predictions.jsonl':
        '{"label": "0", "prediction": "0"}\n{"label": "1", "prediction": "1"}\n{"label": "1", "pred": "0"}\n',
    },
    inputs: { predictions: 'predictions.jsonl' },
    mentions: [/^predictions\.jsonl:3: /, 'field "prediction"', 'missing'],
  },
  {
    title: 'a null label in a JSON array',
    files: {
      'predictions.json':
        '[\n  {"label": "0", "prediction": "0"},\n  {"label": null, "prediction": "1"}\n]\n',
    },
    inputs: { predictions: 'predictions.json' },
    mentions: [/^predictions\.json/, '$[1]', 'field "label"', 'null'],
  },
  {
    title: 'a file that is not UTF-8',
    files: { 'predictions.csv': Buffer.from('id,label,prediction\n1,caf\xe9,caf\xe9\n', 'latin1') },
    inputs: { predictions: 'predictions.csv' },
    mentions: [/^predictions\.csv: /, 'UTF-8'],
  },
  {
    title: 'a file of an unknown format',
    files: { 'predictions.txt': GOOD_CSV },
    inputs: { predictions: 'predictions.txt' },
    mentions: [/^predictions\.txt: /, 'extension'],
  },
  {
    title: 'a malformed baseline',
    files: { 'predictions.csv': GOOD_CSV, [BASELINE]: '{"schema": 1, "models": {"default": ' },
    inputs: { predictions: 'predictions.csv' },
    mentions: [BASELINE, 'not valid JSON'],
    brokenBaseline: '{"schema": 1, "models": {"default": ',
  },
  {
    title: 'a baseline of an unknown schema',
    files: { 'predictions.csv': GOOD_CSV, [BASELINE]: '{"schema": 99, "models": {}}' },
    inputs: { predictions: 'predictions.csv' },
    mentions: [BASELINE, '$.schema', 'unknown baseline schema 99'],
    brokenBaseline: '{"schema": 99, "models": {}}',
  },
  {
    title: 'a baseline metric that is not a number',
    files: {
      'predictions.csv': GOOD_CSV,
      [BASELINE]: '{"schema": 1, "models": {"default": {"metrics": {"accuracy": "0.9"}}}}',
    },
    inputs: { predictions: 'predictions.csv' },
    mentions: [BASELINE, '$.models.default.metrics.accuracy', 'finite number'],
    brokenBaseline: '{"schema": 1, "models": {"default": {"metrics": {"accuracy": "0.9"}}}}',
  },
  {
    // Metric names end up in the one-line `summary` output and in annotations.
    title: 'a baseline metric name with a line break',
    files: {
      'predictions.csv': GOOD_CSV,
      [BASELINE]: '{"schema": 1, "models": {"default": {"metrics": {"accuracy": 0.5, "evil\\nname": 0.5}}}}',
    },
    inputs: { predictions: 'predictions.csv' },
    mentions: [BASELINE, '$.models.default.metrics["evil\\nname"]', 'metric name'],
    brokenBaseline:
      '{"schema": 1, "models": {"default": {"metrics": {"accuracy": 0.5, "evil\\nname": 0.5}}}}',
  },
  {
    title: 'an unknown metric name',
    files: { 'predictions.csv': GOOD_CSV },
    inputs: { predictions: 'predictions.csv', metrics: 'accuracy, f2' },
    mentions: ['input "metrics"', 'unknown metric "f2"'],
  },
  {
    title: 'an invalid threshold rule',
    files: { 'predictions.csv': GOOD_CSV },
    inputs: { predictions: 'predictions.csv', thresholds: '*: max-drop 0\nf1: max-drop lots' },
    mentions: ['thresholds line 2', 'invalid rule "max-drop lots"'],
  },
  {
    title: 'a binary metric asked of a multiclass task',
    files: { 'predictions.csv': 'label,prediction\ncat,cat\ndog,bird\nbird,bird\n' },
    inputs: { predictions: 'predictions.csv', metrics: 'accuracy,f1' },
    mentions: ['metric "f1" needs a binary task', '3 labels'],
  },
  {
    title: 'a positive-label that is not among the labels',
    files: { 'predictions.csv': GOOD_CSV },
    inputs: { predictions: 'predictions.csv', 'positive-label': 'yes' },
    mentions: ['positive-label "yes" is not among the 2 labels found'],
  },
  {
    title: 'update-baseline that is not a boolean',
    files: { 'predictions.csv': GOOD_CSV },
    inputs: { predictions: 'predictions.csv', 'update-baseline': 'yes' },
    mentions: ['input "update-baseline"', 'true or false'],
    setsUpdateBaseline: true,
  },
]

function expectOneCleanError(result: RunResult, mentions: (string | RegExp)[]): void {
  expect(result.exitCode, result.stdout + result.stderr).toBe(1)
  const errors = workflowCommands(result.stdout).filter((c) => c.command === 'error')
  expect(errors.map((c) => c.raw)).toHaveLength(1)
  const [error] = errors
  // Annotated on the file (and line) the message names when it is a file of the checkout, else on no file.
  const located = /^([^:\s]+?)(?::(\d+))?(?::| at )/.exec(error!.message)
  if (error!.properties.file !== undefined) {
    expect(error!.properties).toEqual({
      title: 'eval-gate: bad input',
      file: located?.[1],
      ...(located?.[2] ? { line: located[2] } : {}),
    })
  } else expect(error!.raw.startsWith('::error::')).toBe(true)
  // One line: an escaped newline (%0A) would show as a multi-line annotation.
  expect(error!.message).not.toMatch(/[\r\n]/)
  for (const mention of mentions) {
    if (typeof mention === 'string') expect(error!.message).toContain(mention)
    else expect(error!.message).toMatch(mention)
  }
  expect(stackTraceLines(result.stdout)).toEqual([])
  expect(stackTraceLines(result.stderr)).toEqual([])
  // A failed run must not look like a passing gate to the next step.
  expect(result.outputs.regressed).not.toBe('false')
}

/** The files of a case, with a valid baseline when the case is not about the baseline. */
function filesOf(input: BadInput): WorkspaceFiles {
  return input.brokenBaseline === undefined ? { [BASELINE]: VALID_BASELINE, ...input.files } : input.files
}

describe('bad input fails with one clean error', () => {
  for (const input of cases) {
    test(input.title, async () => {
      const result = await runAction({ files: filesOf(input), inputs: input.inputs, prepare: input.prepare })
      expectOneCleanError(result, input.mentions)
    })
  }
})

describe('bad input with update-baseline: true writes no baseline', () => {
  for (const input of cases.filter((c) => !c.setsUpdateBaseline)) {
    test(input.title, async () => {
      const files = filesOf(input)
      const result = await runAction({
        files,
        inputs: { ...input.inputs, 'update-baseline': 'true' },
        prepare: input.prepare,
      })
      expectOneCleanError(result, input.mentions)
      const after = await readFile(path.join(result.workspace, BASELINE), 'utf8')
      expect(after).toBe(files[BASELINE])
      expect(workflowCommands(result.stdout).filter((c) => c.command === 'notice')).toEqual([])
    })
  }

  test('with no baseline file, none is created', async () => {
    const result = await runAction({
      files: { 'predictions.csv': 'id,label,prediction\n1,0,0\n2,1\n' },
      inputs: { predictions: 'predictions.csv', 'update-baseline': 'true' },
    })
    expectOneCleanError(result, [/^predictions\.csv:3: /, 'expected 3 fields', 'found 2'])
    expect(existsSync(path.join(result.workspace, BASELINE))).toBe(false)
    expect(existsSync(path.join(result.workspace, '.github'))).toBe(false)
  })
})

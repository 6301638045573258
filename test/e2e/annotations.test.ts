import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { startGitHubApi } from '../helpers/github-api.js'
import { REPO_ROOT } from '../helpers/node24.js'
import {
  cleanupRuns,
  FAKE_TOKEN,
  pullRequestEvent,
  runAction,
  workflowCommands,
  type RunResult,
} from '../helpers/run-action.js'

// Annotations where the problem is: GitHub shows an `::error file=…,line=…::` on that line of the file in the pull
// request's diff. A bad row is annotated on its line; a regression on the baseline file's line of that metric.

afterAll(cleanupRuns)

const BASELINE = '.github/eval-baseline.json'
const example = (file: string): string => readFileSync(path.join(REPO_ROOT, 'examples', file), 'utf8')

function errors(result: RunResult) {
  return workflowCommands(result.stdout).filter((command) => command.command === 'error')
}

describe('annotations on the right line', () => {
  test('a bad row: the prediction file, its line', async () => {
    const result = await runAction({
      files: { 'out/predictions.csv': 'id,label,prediction\n1,0,0\n2,1,1,extra\n3,1,0\n' },
      inputs: { predictions: 'out/*.csv' },
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result).map((error) => error.raw)).toEqual([
      '::error title=eval-gate%3A bad input,file=out/predictions.csv,line=3::' +
        'out/predictions.csv:3: expected 3 fields as in the header, found 4',
    ])
  })

  test("a regression: the baseline file's line of the metric, titled with the drop and its p-value", async () => {
    // The demo's real drop (examples/): examples/eval-baseline.json has the sentiment model's accuracy on line 6,
    // its f1_macro on line 8 and its fingerprint on line 13.
    const result = await runAction({
      files: {
        'predictions.csv': example('predictions-regressed.csv'),
        [BASELINE]: example('eval-baseline.json'),
      },
      inputs: {
        predictions: 'predictions.csv',
        name: 'sentiment',
        metrics: 'accuracy,balanced_accuracy,precision_macro,recall_macro,f1_macro',
        thresholds: '*: max-drop 0.01',
      },
    })
    expect(result.exitCode).toBe(1)
    const [accuracy, , , , f1] = errors(result)
    expect(accuracy!.properties).toEqual({
      title: 'accuracy regressed (\u22120.0933, p 0.0025)',
      file: BASELINE,
      line: '6',
    })
    expect(accuracy!.message).toBe('accuracy \u22120.0933 (max-drop 0.01; p 0.0025)')
    expect(f1!.properties).toEqual({
      title: 'f1_macro regressed (\u22120.1025, p 0.0025)',
      file: BASELINE,
      line: '8',
    })
  })

  test('a regression with no baseline file in the checkout is annotated on no file', async () => {
    const result = await runAction({
      files: { 'predictions.csv': example('predictions-regressed.csv') },
      inputs: { predictions: 'predictions.csv', thresholds: 'accuracy: min 0.9', significance: 'off' },
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)[0]!.raw).toBe(
      '::error title=accuracy regressed (0.7333)::accuracy 0.7333 (min 0.9)',
    )
  })
})

describe('log sections and the job summary', () => {
  const files = { 'predictions.csv': example('predictions.csv'), [BASELINE]: example('eval-baseline.json') }
  // The demo's noisy dip: it passes, every metric within noise.
  const inputs = {
    predictions: 'predictions.csv',
    name: 'sentiment',
    metrics: 'accuracy,balanced_accuracy,precision_macro,recall_macro,f1_macro',
    thresholds: '*: max-drop 0.01',
  }

  test('the log is in sections; settings and the files read are debug lines', async () => {
    const result = await runAction({ files, inputs })
    expect(result.exitCode, result.stdout).toBe(0)
    const commands = workflowCommands(result.stdout)
    const sections = commands.filter((c) => c.command === 'group' || c.command === 'endgroup')
    expect(sections.map((c) => (c.command === 'group' ? c.message : 'end'))).toEqual([
      'eval-gate: baseline',
      'end',
      'eval-gate: reading and statistics',
      'end',
      'eval-gate: comment',
      'end',
    ])
    const debug = commands.filter((c) => c.command === 'debug').map((c) => c.message)
    expect(debug.find((line) => line.startsWith('settings: '))).toContain('"name":"sentiment"')
    expect(debug).toContain('files read: ["predictions.csv"]')
  })

  test('every GitHub API call is a debug line: method, route and status, never the token', async () => {
    const github = await startGitHubApi()
    const base = github.state.branchHeads.get(github.state.defaultBranch)!
    const head = 'abcdef0123456789abcdef0123456789abcdef01'
    github.setFile(BASELINE, example('eval-baseline.json'))
    const result = await runAction({
      files,
      inputs,
      sha: head,
      githubToken: FAKE_TOKEN,
      event: { name: 'pull_request', payload: pullRequestEvent(head, 7, base) },
      env: { GITHUB_API_URL: github.url },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const debug = workflowCommands(result.stdout)
      .filter((c) => c.command === 'debug' && c.message.startsWith('GitHub API '))
      .map((c) => c.message)
    expect(debug).toContain('GitHub API POST /repos/{owner}/{repo}/issues/{issue_number}/comments → 201')
    expect(debug.length).toBe(github.requests.length)
    // The runner is told to mask it (add-mask); no other line carries it.
    const carrying = result.stdout.split('\n').filter((line) => line.includes(FAKE_TOKEN))
    expect(carrying).toEqual([`::add-mask::${FAKE_TOKEN}`])
  })

  test('summary: false leaves the job summary alone; the report output is still written', async () => {
    const result = await runAction({ files, inputs: { ...inputs, summary: 'false' } })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.summary).toBe('')
    expect(readFileSync(result.outputs.report!, 'utf8')).toContain('| accuracy |')
  })

  test('a changed data set is warned about on the line of the baseline fingerprint', async () => {
    const relabelled = example('predictions.csv').replace(/^(\d+,"[^"]*",)negative,/m, '$1positive,')
    const result = await runAction({ files: { ...files, 'predictions.csv': relabelled }, inputs })
    const warning = workflowCommands(result.stdout).find(
      (c) => c.properties.title === 'eval-gate: evaluation data changed',
    )
    expect(warning?.properties).toEqual({
      title: 'eval-gate: evaluation data changed',
      file: BASELINE,
      line: '13',
    })
  })
})

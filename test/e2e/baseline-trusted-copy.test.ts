import { afterAll, describe, expect, test } from 'vitest'
import { baselineDocument } from '../helpers/fixtures.js'
import { faults } from '../helpers/github-api.js'
import { cleanupRuns, pullRequestEvent, pushEvent, runAction, type RunResult } from '../helpers/run-action.js'
import {
  apiServer,
  BASELINE,
  baselineState,
  binaryRows,
  commit,
  contentsCalls,
  contentsRequests,
  csv,
  expectOneLineFailure,
  expectUntouched,
  initRepository,
  largeBaseline,
  messages,
} from './baseline-support.js'

// Which copy of the baseline a run trusts (issue 4, "Trusted source" and "Bad input"). On pull_request events it is
// the base commit's: from git when the checkout has that commit, else through the contents API at that ref. A PR
// that edits the file is reported, change by change, and still measured against the base copy. The bundle runs as
// the runner runs it, against local git repositories and the local GitHub API.

afterAll(cleanupRuns)

/** 20 rows, TP 7, FN 3, FP 3, TN 7: accuracy, precision, recall and f1 are all 0.7. */
const PREDICTIONS = csv(binaryRows({ tp: 7, fn: 3, fp: 3, tn: 7 }))
const PR = 7

/** The base branch's bar: f1 0.9 and recall 0.75 are above this run's 0.7. */
const BASE_BASELINE = baselineDocument({ default: { accuracy: 0.7, f1: 0.9, precision: 0.7, recall: 0.75 } })
/** The PR's copy lowers f1 and recall below what the PR scores; accuracy and precision stay. */
const PR_BASELINE = baselineDocument({ default: { accuracy: 0.7, f1: 0.5, precision: 0.7, recall: 0.6 } })

const CHANGE_LINES = ['> - f1: 0.9000 → 0.5000', '> - recall: 0.7500 → 0.6000']

/** The report's notice about the PR's own edit of the baseline: its lines from the warning up to the next blank. */
function proposedChangesNotice(report: string): string[] {
  const lines = report.split('\n')
  const start = lines.findIndex((line) => line.includes('This pull request changes the baseline'))
  if (start < 0) return []
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('>'))
  return lines.slice(start - 1, end < 0 ? undefined : end)
}

/** The PR's evaluation is at least as good as its own (lowered) bar, and worse than the base commit's. */
function expectMeasuredAgainstBase(result: RunResult): void {
  expect(result.exitCode, result.stdout).toBe(1)
  expect(result.outputs.regressed).toBe('true')
  expect(result.outputs.summary).toBe(
    '❌ 2 metrics regressed: recall \u22120.0500 (max-drop 0); f1 \u22120.2000 (max-drop 0)',
  )
}

function expectChangesReported(report: string, trustedFrom: RegExp): void {
  const notice = proposedChangesNotice(report)
  expect(notice[0]).toBe('> [!WARNING]')
  expect(notice[1]).toMatch(
    /This pull request changes the baseline <code>\.github\/eval-baseline\.json<\/code>\./,
  )
  expect(notice[1]).toMatch(trustedFrom)
  // Each changed value, old → new; the unchanged ones are not listed.
  expect(notice.slice(2)).toEqual(CHANGE_LINES)
  // At the top: right under the verdict, before the metrics table.
  const [headline, blank, warning] = report.split('\n')
  expect(headline).toMatch(/^### ❌ /)
  expect([blank, warning]).toEqual(['', '> [!WARNING]'])
}

/** A run whose base ref must be read through the API; the workspace has a baseline the run must not touch. */
async function failingRead(
  configure: (server: Awaited<ReturnType<typeof apiServer>>) => string,
  { token, timeoutMs }: { token?: string; timeoutMs?: number } = {},
) {
  const server = await apiServer()
  const base = configure(server)
  let before: Awaited<ReturnType<typeof baselineState>> | undefined
  const result = await runAction({
    files: { 'predictions.csv': PREDICTIONS, [BASELINE]: PR_BASELINE },
    inputs: { predictions: 'predictions.csv', 'update-baseline': 'true', comment: 'never' },
    env: server.env,
    ...(token !== undefined ? { githubToken: token } : {}),
    timeoutMs,
    prepare: async (workspace) => {
      before = await baselineState(workspace)
    },
    event: { name: 'pull_request', payload: pullRequestEvent(undefined, PR, base) },
  })
  await expectUntouched(result, before!)
  await server.done()
  return { result, server }
}

// Concurrent: each test has its own server and folders. Vitest runs 5 tests at a time: the 5xx test, which spends
// most of its 15 s waiting, goes first so that the others run beside it.
describe.concurrent('the trusted copy of the baseline', () => {
  // Octokit's back-off before its 3 retries of a 5xx is 1 + 4 + 9 s; this test runs beside the others. Its limits
  // are explicit and generous (the run 90 s, the test 120 s), so a loaded machine cannot kill it halfway.
  test(
    'contents API 500 on every try: a one-line error after the retries',
    { timeout: 120_000 },
    async () => {
      const { result, server } = await failingRead(
        (server) => {
          server.setFile(BASELINE, BASE_BASELINE)
          server.failNext(
            { method: 'GET' },
            Array.from({ length: 4 }, () => faults.serverError(500)),
          )
          return server.state.branchHeads.get('main')!
        },
        { timeoutMs: 90_000 },
      )
      expectOneLineFailure(result, /through the GitHub API \(HTTP 500: Server Error/)
      expect(contentsCalls(server)).toEqual(['GET 500', 'GET 500', 'GET 500', 'GET 500'])
    },
  )

  // A pull request that lowers its own baseline.
  test('fails against the base commit read from git; summary and comment name each change', async () => {
    const server = await apiServer()
    let before: Awaited<ReturnType<typeof baselineState>> | undefined
    let base = ''
    const result = await runAction({
      // update-baseline too: a failed gate must not touch the file.
      inputs: { predictions: 'predictions.csv', 'update-baseline': 'true' },
      env: server.env,
      prepare: async (workspace) => {
        await initRepository(workspace)
        base = await commit(workspace, { 'predictions.csv': PREDICTIONS, [BASELINE]: BASE_BASELINE }, 'base')
        const head = await commit(workspace, { [BASELINE]: PR_BASELINE }, 'lower the bar')
        before = await baselineState(workspace)
        return {
          sha: head,
          ref: `refs/pull/${PR}/merge`,
          event: { name: 'pull_request', payload: pullRequestEvent(head, PR, base) },
        }
      },
    })
    expectMeasuredAgainstBase(result)
    const from = new RegExp(`compares with the copy at ${base.slice(0, 7)} \\(git\\):$`)
    expectChangesReported(result.summary, from)
    const [comment] = server.commentsOn(PR)
    expect(comment, result.stdout).toBeDefined()
    for (const line of CHANGE_LINES) expect(comment!.body).toContain(line)
    expect(comment!.body).toMatch(/This pull request changes the baseline/)
    // git had the commit: the contents API was not asked.
    expect(contentsCalls(server)).toEqual([])
    expect(messages(result, 'warning')).toEqual([`Baseline ${BASELINE} not updated: the gate failed`])
    await expectUntouched(result, before!)
    await server.done()
  })

  test('fails against the base copy served by the contents API when the checkout lacks the base commit', async () => {
    const server = await apiServer()
    server.setFile(BASELINE, BASE_BASELINE)
    const base = server.state.branchHeads.get('main')!
    // main has moved on since the PR branched; its current copy would let the PR pass. The ref decides.
    server.setFile(BASELINE, PR_BASELINE)
    let before: Awaited<ReturnType<typeof baselineState>> | undefined
    const result = await runAction({
      inputs: { predictions: 'predictions.csv', 'update-baseline': 'true' },
      env: server.env,
      prepare: async (workspace) => {
        // A shallow checkout of the PR: one commit, the base commit is not in it.
        await initRepository(workspace)
        const head = await commit(
          workspace,
          { 'predictions.csv': PREDICTIONS, [BASELINE]: PR_BASELINE },
          'PR',
        )
        before = await baselineState(workspace)
        return {
          sha: head,
          ref: `refs/pull/${PR}/merge`,
          event: { name: 'pull_request', payload: pullRequestEvent(head, PR, base) },
        }
      },
    })
    expectMeasuredAgainstBase(result)
    expectChangesReported(
      result.summary,
      new RegExp(`compares with the copy at ${base.slice(0, 7)} \\(GitHub API\\):$`),
    )
    expect(server.commentsOn(PR)[0]?.body).toContain(CHANGE_LINES[0])
    const reads = contentsRequests(server)
    expect(reads.map((r) => [r.method, r.query.ref, r.status])).toEqual([['GET', base, 200]])
    await expectUntouched(result, before!)
    await server.done()
  })

  test('baseline-ref naming a SHA that is not in the checkout is read through the contents API', async () => {
    const server = await apiServer()
    server.setFile(BASELINE, BASE_BASELINE)
    const ref = server.state.branchHeads.get('main')!
    server.setFile(BASELINE, PR_BASELINE)
    const result = await runAction({
      // Not a git repository at all: only the API knows the ref.
      files: { 'predictions.csv': PREDICTIONS, [BASELINE]: PR_BASELINE },
      inputs: { predictions: 'predictions.csv', 'baseline-ref': ref },
      env: server.env,
      event: { name: 'push', payload: pushEvent() },
    })
    expectMeasuredAgainstBase(result)
    expect(contentsRequests(server).map((r) => [r.method, r.path])).toEqual([
      ['GET', expect.stringMatching(new RegExp(`\\?ref=${ref}$`))],
    ])
    await server.done()
  })

  test('a base copy over 1 MB (not sent inline by the contents API) is downloaded', async () => {
    const server = await apiServer()
    server.setFile(BASELINE, largeBaseline({ default: JSON.parse(BASE_BASELINE).models.default }))
    const base = server.state.branchHeads.get('main')!
    const result = await runAction({
      files: { 'predictions.csv': PREDICTIONS, [BASELINE]: PR_BASELINE },
      inputs: { predictions: 'predictions.csv', comment: 'never' },
      env: server.env,
      event: { name: 'pull_request', payload: pullRequestEvent(undefined, PR, base) },
    })
    expectMeasuredAgainstBase(result)
    expect(contentsRequests(server)[0]!.responseBody).toMatchObject({ encoding: 'none', content: '' })
    expect(server.requests.filter((r) => r.kind === 'raw').map((r) => r.status)).toEqual([200])
    await server.done()
  })

  test('an unchanged baseline file raises no notice and the PR passes', async () => {
    const same = baselineDocument({ default: { accuracy: 0.7, f1: 0.7, precision: 0.7, recall: 0.7 } })
    const result = await runAction({
      inputs: { predictions: 'predictions.csv', comment: 'never' },
      prepare: async (workspace) => {
        await initRepository(workspace)
        const base = await commit(workspace, { 'predictions.csv': PREDICTIONS, [BASELINE]: same }, 'base')
        // Reformatted, same values: not a change.
        const head = await commit(workspace, { [BASELINE]: JSON.stringify(JSON.parse(same)) }, 'reformat')
        return { sha: head, event: { name: 'pull_request', payload: pullRequestEvent(head, PR, base) } }
      },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.summary).not.toMatch(/changes the baseline/)
  })

  // The baseline at the base ref: missing, a ref that does not exist, API errors, another schema.
  test('missing there (git): a first run passes with a notice, even though the PR adds a file', async () => {
    const result = await runAction({
      inputs: { predictions: 'predictions.csv', comment: 'never' },
      prepare: async (workspace) => {
        await initRepository(workspace)
        const base = await commit(workspace, { 'predictions.csv': PREDICTIONS }, 'base, no baseline yet')
        const head = await commit(workspace, { [BASELINE]: PR_BASELINE }, 'PR adds a baseline')
        return { sha: head, event: { name: 'pull_request', payload: pullRequestEvent(head, PR, base) } }
      },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const [notice] = messages(result, 'notice')
    expect(notice).toMatch(
      /^No baseline \.github\/eval-baseline\.json at [0-9a-f]{7} \(git\): this is a first run\.$/,
    )
    expect(result.outputs.summary).toMatch(/^🆕 First run/)
    // The PR's own file is not used, and what it proposes is shown.
    expect(result.summary).toContain('> - f1: — → 0.5000')
  })

  test('missing there (contents API 404): a first run passes with a notice', async () => {
    const server = await apiServer()
    const base = server.state.branchHeads.get('main')!
    const result = await runAction({
      files: { 'predictions.csv': PREDICTIONS },
      inputs: { predictions: 'predictions.csv', comment: 'never' },
      env: server.env,
      event: { name: 'pull_request', payload: pullRequestEvent(undefined, PR, base) },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(messages(result, 'notice')).toEqual([
      `No baseline ${BASELINE} at ${base.slice(0, 7)} (GitHub API): this is a first run.`,
    ])
    expect(contentsCalls(server)).toEqual(['GET 404'])
    await server.done()
  })

  test('a base ref that does not exist: a one-line error, exit 1, nothing written', async () => {
    const missing = 'b'.repeat(40)
    const { result, server } = await failingRead(() => missing)
    expectOneLineFailure(
      result,
      new RegExp(
        `^baseline-ref "${missing}" does not exist in owner/repo \\(No commit found for the ref ${missing}`,
      ),
    )
    expect(contentsCalls(server)).toEqual(['GET 404'])
  })

  test('a base ref outside the checkout and no token: a one-line error', async () => {
    const missing = 'c'.repeat(40)
    const { result, server } = await failingRead(() => missing, { token: '' })
    expectOneLineFailure(result, /is not a commit in this checkout, and there is no token to ask GitHub/)
    expect(server.requests).toEqual([])
  })

  test('contents API 403: a one-line error that says which permission to give', async () => {
    const { result, server } = await failingRead((server) => {
      server.setFile(BASELINE, BASE_BASELINE)
      server.failNext({ method: 'GET' }, [faults.forbiddenIntegration()])
      return server.state.branchHeads.get('main')!
    })
    expectOneLineFailure(
      result,
      /^could not read baseline \.github\/eval-baseline\.json at [0-9a-f]{40} through the GitHub API \(HTTP 403: Resource not accessible by integration.*\); give the job "permissions: contents: read"/,
    )
    expect(contentsCalls(server)).toEqual(['GET 403'])
  })

  test('contents API 500 once: retried, and the gate goes on', async () => {
    const server = await apiServer()
    server.setFile(BASELINE, BASE_BASELINE)
    const base = server.state.branchHeads.get('main')!
    server.failNext({ method: 'GET', path: /\/contents\// }, [faults.serverError(500)])
    const result = await runAction({
      files: { 'predictions.csv': PREDICTIONS, [BASELINE]: BASE_BASELINE },
      inputs: { predictions: 'predictions.csv', comment: 'never' },
      env: server.env,
      event: { name: 'pull_request', payload: pullRequestEvent(undefined, PR, base) },
    })
    expectMeasuredAgainstBase(result)
    expect(contentsCalls(server)).toEqual(['GET 500', 'GET 200'])
    await server.done()
  })

  test('a base copy of an unknown schema: a one-line error naming the copy and the JSON path', async () => {
    let before: Awaited<ReturnType<typeof baselineState>> | undefined
    const result = await runAction({
      inputs: { predictions: 'predictions.csv', comment: 'never', 'update-baseline': 'true' },
      prepare: async (workspace) => {
        await initRepository(workspace)
        const base = await commit(
          workspace,
          { 'predictions.csv': PREDICTIONS, [BASELINE]: '{"schema": 2, "models": {}}\n' },
          'base',
        )
        const head = await commit(workspace, { [BASELINE]: PR_BASELINE }, 'PR')
        before = await baselineState(workspace)
        return { sha: head, event: { name: 'pull_request', payload: pullRequestEvent(head, PR, base) } }
      },
    })
    const error = expectOneLineFailure(result, /unknown baseline schema 2/)
    expect(error).toMatch(/\.github\/eval-baseline\.json at [0-9a-f]{7} \(git\)/)
    expect(error).toMatch(/\$\.schema/)
    await expectUntouched(result, before!)
  })
})

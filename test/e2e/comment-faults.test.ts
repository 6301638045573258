import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { baselineDocument } from '../helpers/fixtures.js'
import {
  ACTIONS_BOT,
  errorBody,
  faults,
  startGitHubApi,
  type FaultResponse,
  type GitHubApi,
  type RecordedRequest,
} from '../helpers/github-api.js'
import { checkRecordedExchanges } from '../helpers/openapi.js'
import { toDelimited } from '../helpers/prediction-files.js'
import {
  cleanupRuns,
  REPOSITORY,
  runAction,
  workflowCommands,
  type RunResult,
} from '../helpers/run-action.js'

// What a failing GitHub API does to the gate: a comment that cannot be written is a warning, never a change of
// verdict; transient failures are retried. The bundle runs against the local fake of GitHub's REST API.

afterAll(cleanupRuns)

const TOKEN = 'ghs_SECRETtoken123'
const PR = 7
const HEAD_SHA = 'a'.repeat(40)
const COMMENTS_PATH = `/repos/${REPOSITORY}/issues/${PR}/comments`
const MARKER = '<!-- eval-gate comment-id=default -->'
const BASELINE = '.github/eval-baseline.json'

let api: GitHubApi | undefined

afterEach(async () => {
  if (!api) return
  const made = api
  api = undefined
  await made.close()
  expect(made.pendingFaults(), 'every injected fault was used').toBe(0)
  expect(checkRecordedExchanges(made.requests)).toEqual([])
})

/** 20 rows, 2 wrong: accuracy 0.9. */
const PREDICTIONS = toDelimited(
  Array.from({ length: 20 }, (_, i) => {
    const label = i % 2 === 0 ? '1' : '0'
    return { label, prediction: i < 2 ? (label === '1' ? '0' : '1') : label }
  }),
  ['label', 'prediction'],
)

/** Runs the gate on PR 7 with the next requests matching `fault` answered by `responses`. */
async function gateWith(
  responses: FaultResponse[],
  {
    regressed = false,
    method = 'POST',
    path = COMMENTS_PATH,
    existing = false,
  }: { regressed?: boolean; method?: string; path?: string | RegExp; existing?: boolean } = {},
): Promise<{ result: RunResult; github: GitHubApi }> {
  const github = await startGitHubApi()
  api = github
  if (existing) github.addComment(PR, `${MARKER}\nold report`, ACTIONS_BOT)
  // The baseline's accuracy is 0.95 (a regression) or 0.9 (unchanged). A pull request's gate reads it at the base
  // commit, here through the contents API; the workspace has the same copy.
  const baseline = baselineDocument({ default: { accuracy: regressed ? 0.95 : 0.9 } })
  github.setFile(BASELINE, baseline)
  const base = github.state.branchHeads.get(github.state.defaultBranch)!
  github.failNext({ method, path }, responses)
  const result = await runAction({
    event: {
      name: 'pull_request',
      payload: { number: PR, pull_request: { number: PR, head: { sha: HEAD_SHA }, base: { sha: base } } },
    },
    sha: HEAD_SHA,
    githubToken: TOKEN,
    files: {
      'predictions.csv': PREDICTIONS,
      [BASELINE]: baseline,
    },
    inputs: { predictions: 'predictions.csv', metrics: 'accuracy' },
    env: { GITHUB_API_URL: github.url },
  })
  expectTokenNotLogged(result)
  // Every request carried the token, so the check above means something.
  for (const request of github.requests) expect(request.headers.authorization).toBe(`token ${TOKEN}`)
  return { result, github }
}

function expectTokenNotLogged(result: RunResult): void {
  const logged = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
  expect(logged(result.stdout)).not.toContain(TOKEN)
  expect(logged(result.stderr)).not.toContain(TOKEN)
}

function warnings(result: RunResult): string[] {
  return workflowCommands(result.stdout)
    .filter((c) => c.command === 'warning')
    .map((c) => c.message)
}

function posts(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => r.method === 'POST' && r.pathname === COMMENTS_PATH)
}

/** The step's verdict follows the metrics only: 0 when nothing regressed, 1 (with `::error::`) when it did. */
function expectVerdictOnly(result: RunResult, regressed: boolean): void {
  expect(result.exitCode, result.stdout + result.stderr).toBe(regressed ? 1 : 0)
  expect(result.outputs.regressed).toBe(String(regressed))
  const failures = workflowCommands(result.stdout).filter((c) => c.raw.startsWith('::error::'))
  expect(failures.map((c) => c.message)).toEqual(
    regressed ? [expect.stringMatching(/^1 metric regressed: accuracy /)] : [],
  )
}

describe('a comment that cannot be written is a warning', () => {
  for (const regressed of [false, true]) {
    test(`403 "Resource not accessible by integration" (${regressed ? 'regressed' : 'no regression'})`, async () => {
      const { result, github } = await gateWith([faults.forbiddenIntegration()], { regressed })
      expectVerdictOnly(result, regressed)
      expect(posts(github.requests)).toHaveLength(1)
      expect(github.commentsOn(PR)).toEqual([])
      expect(result.outputs['comment-url']).toBe('')
      const [warning, ...more] = warnings(result)
      expect(more).toEqual([])
      expect(warning).toContain('HTTP 403')
      expect(warning).toContain('Resource not accessible by integration')
      expect(warning).toContain('pull-requests: write')
      expect(warning).toContain('workflow_run')
      expect(warning).toContain('#7')
    })
  }

  test('404 on the create', async () => {
    const { result, github } = await gateWith([faults.notFound()])
    expectVerdictOnly(result, false)
    expect(posts(github.requests)).toHaveLength(1)
    expect(result.outputs['comment-url']).toBe('')
    const [warning, ...more] = warnings(result)
    expect(more).toEqual([])
    expect(warning).toContain('HTTP 404')
    expect(warning).toContain('pull-requests: write')
    expect(warning).toContain('workflow_run')
  })

  test('403 on the update of an existing comment', async () => {
    const { result, github } = await gateWith([faults.forbiddenIntegration()], {
      method: 'PATCH',
      path: /^\/repos\/owner\/repo\/issues\/comments\/\d+$/,
      existing: true,
      regressed: true,
    })
    expectVerdictOnly(result, true)
    expect(posts(github.requests)).toEqual([])
    expect(github.commentsOn(PR)[0]!.body).toBe(`${MARKER}\nold report`)
    expect(warnings(result)).toEqual([expect.stringContaining('pull-requests: write')])
  })

  test('422 on the create', async () => {
    const { result, github } = await gateWith([faults.validationFailed()])
    expectVerdictOnly(result, false)
    expect(posts(github.requests)).toHaveLength(1)
    expect(result.outputs['comment-url']).toBe('')
    const [warning, ...more] = warnings(result)
    expect(more).toEqual([])
    expect(warning).toContain('HTTP 422')
    expect(warning).toContain("The gate's verdict stands")
  })

  test('a failing comment search is a warning too', async () => {
    // 404 is not retried; the list of comments is read before anything is written.
    const { result, github } = await gateWith([faults.notFound()], { method: 'GET', regressed: true })
    expectVerdictOnly(result, true)
    expect(posts(github.requests)).toEqual([])
    expect(warnings(result)).toEqual([expect.stringContaining('HTTP 404')])
  })
})

describe('transient failures are retried', () => {
  test('500, then the create succeeds', async () => {
    const { result, github } = await gateWith([faults.serverError(500)])
    expectVerdictOnly(result, false)
    const tries = posts(github.requests)
    expect(tries.map((r) => r.status)).toEqual([500, 201])
    expect(tries[0]!.rawBody).toBe(tries[1]!.rawBody)
    expect(github.commentsOn(PR)).toHaveLength(1)
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/)
    expect(warnings(result)).toEqual([])
  })

  test('429 secondary rate limit with retry-after: 1', async () => {
    const { result, github } = await gateWith([faults.secondaryRateLimit(1, 429)])
    expectVerdictOnly(result, false)
    expect(posts(github.requests).map((r) => r.status)).toEqual([429, 201])
    expect(github.commentsOn(PR)).toHaveLength(1)
    expect(result.stdout).toMatch(/GitHub secondary rate limit on POST .*; retrying in 1 s/)
    expect(warnings(result)).toEqual([])
  })

  test('429 with retry-after: 1 and no rate-limit wording', async () => {
    // GitHub documents 429 + retry-after as "wait this long"; the body's message is not a contract.
    const { result, github } = await gateWith([
      { status: 429, headers: { 'retry-after': '1' }, body: errorBody('Too Many Requests', undefined, 429) },
    ])
    expectVerdictOnly(result, false)
    expect(posts(github.requests).map((r) => r.status)).toEqual([429, 201])
    expect(github.commentsOn(PR)).toHaveLength(1)
  })

  test('403 primary rate limit (x-ratelimit-remaining: 0, reset in about 1 s) is waited out', async () => {
    const { result, github } = await gateWith([faults.primaryRateLimit({ inSeconds: 1 })])
    expectVerdictOnly(result, false)
    // The throttling plugin waits until just after the reset (1 to 3 s), then tries again.
    expect(posts(github.requests).map((r) => r.status)).toEqual([403, 201])
    expect(github.commentsOn(PR)).toHaveLength(1)
    expect(result.stdout).toMatch(/GitHub primary rate limit on POST .*; retrying in \d s/)
    expect(warnings(result)).toEqual([])
  })
})

describe('a rate limit too long to wait for', () => {
  test('a rate limit that resets in more than 60 s is not waited out: a warning that says so', async () => {
    const { result, github } = await gateWith([faults.primaryRateLimit({ inSeconds: 600 })])
    expectVerdictOnly(result, false)
    expect(posts(github.requests).map((r) => r.status)).toEqual([403])
    expect(result.stdout).toMatch(/GitHub primary rate limit on POST .*; giving up/)
    const [warning, ...more] = warnings(result)
    expect(more).toEqual([])
    expect(warning).toContain('rate limit')
    // A rate limit is not a missing permission: the advice to add one would send the user the wrong way.
    expect(warning).not.toContain('pull-requests: write')
  })
})

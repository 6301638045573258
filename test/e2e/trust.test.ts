import { mkdir, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { baselineDocument } from '../helpers/fixtures.js'
import type { GitHubApi } from '../helpers/github-api.js'
import { cleanupRuns, REPOSITORY, runAction, type RunActionOptions } from '../helpers/run-action.js'
import {
  apiServer,
  BASELINE,
  baselineState,
  binaryRows,
  contentsRequests,
  csv,
  expectOneLineFailure,
  expectUntouched,
  messages,
} from './baseline-support.js'

// Who may move the bar (issue 12, item 1), end to end: the bundle against the local GitHub API. A run that gates a
// pull request by any route reads the baseline at the pull request's base commit; only push, workflow_dispatch and
// schedule runs of the repository itself (or a workflow_run started by one) may commit a baseline.

afterAll(cleanupRuns)

/** Every metric 0.7. */
const PREDICTIONS = csv(binaryRows({ tp: 7, fn: 3, fp: 3, tn: 7 }))
const PR = 7
const HEAD_SHA = 'a1b2c3d'.padEnd(40, '4')
/** The base branch's bar: f1 0.9 is above this run's 0.7. */
const BASE_BASELINE = baselineDocument({ default: { accuracy: 0.7, f1: 0.9 } })
/** The pull request's own copy lowers f1 below what it scores. */
const LOWERED_BASELINE = baselineDocument({ default: { accuracy: 0.7, f1: 0.5 } })
const REPOSITORY_PAYLOAD = {
  full_name: REPOSITORY,
  name: 'repo',
  owner: { login: 'owner' },
  default_branch: 'main',
}

/** A comment on pull request #PR, as the issue_comment event sends it (`issue.pull_request` marks a PR). */
function issueCommentEvent(): RunActionOptions['event'] {
  return {
    name: 'issue_comment',
    payload: {
      action: 'created',
      issue: { number: PR, pull_request: { url: `https://api.github.com/repos/${REPOSITORY}/pulls/${PR}` } },
      comment: { id: 1, body: '/evaluate' },
      repository: REPOSITORY_PAYLOAD,
    },
  }
}

function workflowRunEvent(run: Record<string, unknown>): RunActionOptions['event'] {
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: { id: 4242, head_sha: HEAD_SHA, pull_requests: [], ...run },
      repository: REPOSITORY_PAYLOAD,
    },
  }
}

/** The server's main holds the base bar; the pull request branched from there, then main lowered nothing. */
async function serverWithPullRequest(): Promise<Awaited<ReturnType<typeof apiServer>>> {
  const server = await apiServer()
  server.setFile(BASELINE, BASE_BASELINE)
  server.addPullRequest({ number: PR, headSha: HEAD_SHA, baseSha: server.state.branchHeads.get('main')! })
  return server
}

/** The ChatOps checkout: the PR's head, whose working-tree baseline is the lowered one. */
async function runOnPullRequestCheckout(server: GitHubApi, options: RunActionOptions) {
  let before: Awaited<ReturnType<typeof baselineState>> | undefined
  const result = await runAction({
    files: { 'predictions.csv': PREDICTIONS, [BASELINE]: LOWERED_BASELINE },
    sha: HEAD_SHA,
    env: server.env,
    prepare: async (workspace) => {
      before = await baselineState(workspace)
    },
    ...options,
  })
  await expectUntouched(result, before!)
  return result
}

const writes = (server: GitHubApi) => server.requests.filter((r) => r.method === 'PUT' && r.kind === 'api')

describe.concurrent('who may move the bar', () => {
  test('issue_comment on a pull request: measured against the base commit, commented there, nothing written', async () => {
    const server = await serverWithPullRequest()
    const base = server.state.branchHeads.get('main')!
    const result = await runOnPullRequestCheckout(server, {
      inputs: { predictions: 'predictions.csv', 'update-baseline': 'true' },
      event: issueCommentEvent(),
    })
    expectOneLineFailure(result, /^1 metric regressed: f1 \u22120\.2000/)
    expect(contentsRequests(server).map((r) => [r.method, r.query.ref, r.status])).toEqual([
      ['GET', base, 200],
    ])
    expect(server.requests.some((r) => r.pathname === `/repos/${REPOSITORY}/pulls/${PR}`)).toBe(true)
    expect(server.commentsOn(PR)[0]?.body).toMatch(/### ❌ 1 metric regressed: f1/)
    expect(writes(server)).toEqual([])
    await server.done()
  })

  test('issue_comment with commit-baseline: refused before anything runs, the branch untouched', async () => {
    const server = await serverWithPullRequest()
    const before = server.getFile(BASELINE)!.sha
    const result = await runOnPullRequestCheckout(server, {
      inputs: { predictions: 'predictions.csv', 'update-baseline': 'true', 'commit-baseline': 'true' },
      event: issueCommentEvent(),
    })
    expectOneLineFailure(
      result,
      /^input "commit-baseline" is refused on issue_comment events: only push, workflow_dispatch and schedule runs may move the baseline/,
    )
    expect(server.requests).toEqual([])
    expect(server.getFile(BASELINE)!.sha).toBe(before)
    await server.done()
  })

  test('a workflow_run started by issue_comment may not commit', async () => {
    const server = await serverWithPullRequest()
    const result = await runOnPullRequestCheckout(server, {
      inputs: { predictions: 'predictions.csv', 'update-baseline': 'true', 'commit-baseline': 'true' },
      event: workflowRunEvent({ event: 'issue_comment', head_branch: 'main' }),
    })
    expectOneLineFailure(
      result,
      /^input "commit-baseline" is refused in a workflow_run started by a issue_comment event: only runs started by push, workflow_dispatch or schedule may move the baseline/,
    )
    expect(server.requests).toEqual([])
    await server.done()
  })

  test('a workflow_run of a push in a fork may not commit', async () => {
    const server = await serverWithPullRequest()
    const result = await runOnPullRequestCheckout(server, {
      inputs: { predictions: 'predictions.csv', 'update-baseline': 'true', 'commit-baseline': 'true' },
      event: workflowRunEvent({
        event: 'push',
        head_branch: 'main',
        head_repository: { full_name: 'fork-owner/repo', fork: true },
      }),
    })
    expectOneLineFailure(
      result,
      /^input "commit-baseline" is refused in a workflow_run of a run in fork-owner\/repo: its results come from another repository/,
    )
    expect(server.requests).toEqual([])
    await server.done()
  })

  test('check_suite listing the pull request: measured against its base commit, commented there', async () => {
    const server = await serverWithPullRequest()
    const base = server.state.pullRequests[0]!.baseSha
    // The payload's `pull_requests` items, as GitHub's OpenAPI description shapes them (pull-request-minimal).
    const listed = { id: 70, number: PR, url: `https://api.github.com/repos/${REPOSITORY}/pulls/${PR}` }
    const result = await runOnPullRequestCheckout(server, {
      inputs: { predictions: 'predictions.csv', 'update-baseline': 'true' },
      event: {
        name: 'check_suite',
        payload: {
          action: 'completed',
          check_suite: {
            id: 5,
            head_sha: HEAD_SHA,
            head_branch: 'feature',
            pull_requests: [
              {
                ...listed,
                head: { ref: 'feature', sha: HEAD_SHA, repo: { id: 1, url: 'x', name: 'repo' } },
                base: { ref: 'main', sha: base, repo: { id: 1, url: 'x', name: 'repo' } },
              },
            ],
          },
          repository: REPOSITORY_PAYLOAD,
        },
      },
    })
    expectOneLineFailure(result, /^1 metric regressed: f1 \u22120\.2000/)
    expect(contentsRequests(server).map((r) => [r.method, r.query.ref, r.status])).toEqual([
      ['GET', base, 200],
    ])
    expect(server.commentsOn(PR)[0]?.body).toMatch(/### ❌ 1 metric regressed: f1/)
    expect(writes(server)).toEqual([])
    await server.done()
  })

  test('pr-number on workflow_dispatch: measured against that pull request’s base commit', async () => {
    const server = await serverWithPullRequest()
    const result = await runOnPullRequestCheckout(server, {
      inputs: { predictions: 'predictions.csv', 'pr-number': String(PR) },
      event: { name: 'workflow_dispatch', payload: { inputs: {}, repository: REPOSITORY_PAYLOAD } },
    })
    expectOneLineFailure(result, /^1 metric regressed: f1 /)
    expect(contentsRequests(server).map((r) => r.query.ref)).toEqual([server.state.pullRequests[0]!.baseSha])
    expect(server.commentsOn(PR)).toHaveLength(1)
    await server.done()
  })

  test('a workflow_run whose commit is no pull request’s head: no comment, the log says why', async () => {
    const server = await apiServer()
    server.setFile(BASELINE, BASE_BASELINE)
    // GitHub associates the commit with a pull request whose head has moved on: that is not this run's.
    server.addPullRequest({ number: 15, headSha: 'f'.repeat(40), commits: [HEAD_SHA] })
    const result = await runAction({
      files: { 'predictions.csv': PREDICTIONS, [BASELINE]: LOWERED_BASELINE },
      inputs: { predictions: 'predictions.csv' },
      env: server.env,
      event: workflowRunEvent({ event: 'pull_request', head_branch: 'feature' }),
    })
    // Measured against main's copy, not the working tree's lowered one.
    expectOneLineFailure(result, /^1 metric regressed: f1 /)
    expect(contentsRequests(server).map((r) => r.query.ref)).toEqual(['main'])
    expect(server.commentsOn(15)).toEqual([])
    expect(server.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH')).toEqual([])
    expect(result.outputs['comment-url']).toBe('')
    expect(result.stdout).toContain(
      "No pull request for this workflow_run event (no open pull request has the run's commit a1b2c3d as its head): no comment",
    )
    expect(messages(result, 'warning')).toEqual([])
    await server.done()
  })
})

// A symbolic link in the workspace that leads out of it is refused (issue 12, item 6): a pull request could otherwise
// have the gate read any file the runner can, and quote it in an error or the report.
describe.concurrent('a symbolic link out of the workspace', () => {
  /** A secret outside the workspace, in the run's own folder, shaped like a prediction file. */
  const SECRET_FILE = 'label,prediction\nSECRET-TOKEN-VALUE,1\n'

  /** Puts the secret beside the workspace and links `link` (relative to the workspace) to it or its folder. */
  async function linkOut(workspace: string, link: string, to: 'file' | 'folder'): Promise<void> {
    const outside = path.join(workspace, '..', 'outside')
    await mkdir(outside, { recursive: true })
    await writeFile(path.join(outside, 'secret.csv'), SECRET_FILE)
    await mkdir(path.dirname(path.join(workspace, link)), { recursive: true })
    await symlink(to === 'file' ? path.join(outside, 'secret.csv') : outside, path.join(workspace, link))
  }

  async function refused(inputs: Record<string, string>, link: string, to: 'file' | 'folder', shown = link) {
    const result = await runAction({
      inputs: { comment: 'never', ...inputs },
      files: inputs.predictions === 'predictions.csv' ? {} : { 'predictions.csv': PREDICTIONS },
      prepare: (workspace) => linkOut(workspace, link, to),
    })
    expectOneLineFailure(
      result,
      new RegExp(
        `^${shown.replace(/[.*/]/g, (c) => `\\${c}`)}: is a symbolic link to a file outside the workspace; eval-gate reads only files inside it`,
      ),
    )
    expect(result.stdout + result.stderr + result.summary).not.toContain('SECRET-TOKEN-VALUE')
  }

  test('a prediction file', () => refused({ predictions: 'predictions.csv' }, 'predictions.csv', 'file'))

  test('a prediction file found by a glob through a linked folder', () =>
    refused({ predictions: 'data/**/*.csv' }, 'data/linked', 'folder', 'data/linked/secret.csv'))

  test('a metrics file', () =>
    refused({ 'metrics-files': 'results/metrics.json' }, 'results/metrics.json', 'file'))

  test('the working-tree baseline', () => refused({ predictions: 'predictions.csv' }, BASELINE, 'file'))

  test('a link that stays inside the workspace is read', async () => {
    const result = await runAction({
      inputs: { predictions: 'linked.csv', comment: 'never' },
      files: { 'data/predictions.csv': PREDICTIONS },
      prepare: (workspace) =>
        symlink(path.join(workspace, 'data', 'predictions.csv'), path.join(workspace, 'linked.csv')),
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(JSON.parse(result.outputs.metrics!)).toMatchObject({ accuracy: 0.7 })
  })
})

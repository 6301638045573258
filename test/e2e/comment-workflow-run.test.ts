import { afterAll, describe, expect, test } from 'vitest'
import type { GitHubApi, RecordedRequest } from '../helpers/github-api.js'
import { cleanupRuns, REPOSITORY, workflowCommands, type RunResult } from '../helpers/run-action.js'
import {
  ARTIFACT,
  closeApiAfterEach,
  HEAD_SHA,
  PREDICTIONS,
  RUN_ID,
  runWorkflowRunGate,
  startApi,
  TOKEN,
} from './workflow-run-support.js'

// The workflow_run pattern: a trusted workflow reads the predictions from an artifact of the run that evaluated a
// (possibly forked) pull request, and comments on that pull request. @actions/artifact's public API path (findBy
// with a token) uses three requests: GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts?name=…, then
// GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip (302 to a signed blob URL, not followed by
// octokit), then a plain GET of the blob URL without the token. It needs no ACTIONS_RUNTIME_TOKEN or
// ACTIONS_RESULTS_URL (those are for the same-run Twirp path), but it refuses GHES: GITHUB_SERVER_URL must stay
// https://github.com (or *.ghe.com / *.localhost), so only GITHUB_API_URL points at the fake server here
// (test/e2e/artifact-ghes.test.ts has the GHES fallback).

afterAll(cleanupRuns)
closeApiAfterEach()

interface Scenario {
  /** Contents of the artifact's `pr-number` file; undefined for none. */
  claimed?: string
  /** Pull requests on the server: number → head sha. */
  pulls?: Record<number, string>
  /** `workflow_run.pull_requests` of the payload (empty for a fork's pull request). */
  payloadPulls?: number[]
}

async function gate({ claimed, pulls = {}, payloadPulls = [] }: Scenario): Promise<{
  result: RunResult
  github: GitHubApi
}> {
  const github = await startApi()
  github.addArtifact(
    RUN_ID,
    ARTIFACT,
    { 'predictions.csv': PREDICTIONS, ...(claimed === undefined ? {} : { 'pr-number': claimed }) },
    { headSha: HEAD_SHA, headBranch: 'feature' },
  )
  // Another run's artifact of the same name, which must not be read.
  github.addArtifact(RUN_ID + 1, ARTIFACT, { 'predictions.csv': 'label,prediction\nx,y\n' })
  for (const [number, sha] of Object.entries(pulls)) {
    github.addPullRequest({ number: Number(number), headSha: sha, headRepository: 'fork-owner/repo' })
  }
  return { result: await runWorkflowRunGate(github, { payloadPulls }), github }
}

const calls = (requests: RecordedRequest[]) => requests.map((r) => `${r.method} ${r.pathname}`)

function expectArtifactRead(github: GitHubApi, result: RunResult): void {
  expect(result.exitCode, result.stdout + result.stderr).toBe(0)
  const artifact = github.state.artifacts[0]!
  const list = github.requests.find(
    (r) => r.pathname === `/repos/${REPOSITORY}/actions/runs/${RUN_ID}/artifacts`,
  )
  expect(list?.query.name).toBe(ARTIFACT)
  const download = github.requests.find(
    (r) => r.pathname === `/repos/${REPOSITORY}/actions/artifacts/${artifact.id}/zip`,
  )
  expect(download?.status).toBe(302)
  expect(download?.headers.authorization).toBe(`token ${TOKEN}`)
  const blob = github.requests.find((r) => r.kind === 'blob')
  expect(blob?.pathname).toBe(`/_blob/${artifact.id}`)
  expect(blob?.status).toBe(200)
  expect(blob?.headers.authorization).toBeUndefined()
  // The predictions are the artifact's: 20 rows, accuracy 0.9.
  expect(JSON.parse(result.outputs.metrics!)).toMatchObject({ accuracy: 0.9 })
}

describe('workflow_run', () => {
  test('downloads the artifact, checks its pr-number against the run, and comments there', async () => {
    const { result, github } = await gate({ claimed: '12\n', pulls: { 12: HEAD_SHA } })
    expectArtifactRead(github, result)
    expect(calls(github.requests.filter((r) => r.kind === 'api' && /pulls/.test(r.pathname)))).toEqual([
      `GET /repos/${REPOSITORY}/pulls/12`,
    ])
    const comments = github.commentsOn(12)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toMatch(/^<!-- eval-gate comment-id=default -->\n### 🆕 First run/)
    // The report is of the pull request's commit, not of the default branch's.
    expect(comments[0]!.body).toContain('commit abc1234')
    expect(result.outputs['comment-url']).toBe(
      `${github.url}/${REPOSITORY}/pull/12#issuecomment-${comments[0]!.id}`,
    )
  })

  test('a pr-number whose head is another commit is not trusted: the commit’s pull request gets the comment', async () => {
    const { result, github } = await gate({ claimed: '13', pulls: { 13: 'e'.repeat(40), 14: HEAD_SHA } })
    expectArtifactRead(github, result)
    expect(calls(github.requests.filter((r) => r.kind === 'api' && /pulls/.test(r.pathname)))).toEqual([
      `GET /repos/${REPOSITORY}/pulls/13`,
      `GET /repos/${REPOSITORY}/commits/${HEAD_SHA}/pulls`,
    ])
    expect(github.commentsOn(13)).toEqual([])
    expect(github.commentsOn(14)).toHaveLength(1)
    expect(result.outputs['comment-url']).toMatch(/\/pull\/14#issuecomment-\d+$/)
  })

  test('no pull request for the commit: no comment, and the log says why', async () => {
    const { result, github } = await gate({ claimed: '13', pulls: { 13: 'e'.repeat(40) } })
    expectArtifactRead(github, result)
    expect(github.requests.some((r) => r.pathname === `/repos/${REPOSITORY}/commits/${HEAD_SHA}/pulls`)).toBe(
      true,
    )
    expect(github.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH')).toEqual([])
    expect(github.commentsOn(13)).toEqual([])
    expect(result.outputs['comment-url']).toBe('')
    expect(result.stdout).toMatch(/No pull request for this workflow_run event/)
    expect(workflowCommands(result.stdout).filter((c) => c.command === 'warning')).toEqual([])
  })

  test('a pr-number file that is not a number is ignored', async () => {
    const { result, github } = await gate({ claimed: '12; echo pwned', pulls: { 12: HEAD_SHA } })
    expectArtifactRead(github, result)
    expect(calls(github.requests.filter((r) => r.kind === 'api' && /pulls/.test(r.pathname)))).toEqual([
      `GET /repos/${REPOSITORY}/commits/${HEAD_SHA}/pulls`,
    ])
    expect(github.commentsOn(12)).toHaveLength(1)
  })

  test("the run's own pull_requests list is used when GitHub filled it in", async () => {
    const { result, github } = await gate({ pulls: { 12: HEAD_SHA }, payloadPulls: [12] })
    expectArtifactRead(github, result)
    expect(github.requests.filter((r) => r.kind === 'api' && /pulls/.test(r.pathname))).toEqual([])
    expect(github.commentsOn(12)).toHaveLength(1)
  })

  test('no such artifact in the run: the step fails and says what to check', async () => {
    const github = await startApi(true)
    const result = await runWorkflowRunGate(github)
    expect(result.exitCode).toBe(1)
    const failures = workflowCommands(result.stdout).filter((c) => c.raw.startsWith('::error::'))
    expect(failures).toHaveLength(1)
    expect(failures[0]!.message).toContain(`no artifact "${ARTIFACT}" in run ${RUN_ID}`)
    expect(failures[0]!.message).toContain('actions: read')
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  test("a bad row in the artifact's file is annotated on no file, though the checkout has one of that name", async () => {
    const github = await startApi()
    github.addArtifact(
      RUN_ID,
      ARTIFACT,
      { 'predictions.csv': 'label,prediction\n1,1\n0\n' },
      { headSha: HEAD_SHA },
    )
    const result = await runWorkflowRunGate(github, { files: { 'predictions.csv': PREDICTIONS } })
    expect(result.exitCode).toBe(1)
    expect(
      workflowCommands(result.stdout)
        .filter((c) => c.command === 'error')
        .map((c) => c.raw),
    ).toEqual(['::error::predictions.csv:3: expected 2 fields as in the header, found 1'])
  })
})

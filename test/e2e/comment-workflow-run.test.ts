import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { startGitHubApi, type GitHubApi, type RecordedRequest } from '../helpers/github-api.js'
import { checkRecordedExchanges } from '../helpers/openapi.js'
import { toDelimited } from '../helpers/prediction-files.js'
import {
  cleanupRuns,
  DEFAULT_SHA,
  REPOSITORY,
  runAction,
  workflowCommands,
  type RunResult,
} from '../helpers/run-action.js'

// The workflow_run pattern: a trusted workflow reads the predictions from an artifact of the run that evaluated a
// (possibly forked) pull request, and comments on that pull request. @actions/artifact's public API path (findBy
// with a token) uses three requests: GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts?name=…, then
// GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip (302 to a signed blob URL, not followed by
// octokit), then a plain GET of the blob URL without the token. It needs no ACTIONS_RUNTIME_TOKEN or
// ACTIONS_RESULTS_URL (those are for the same-run Twirp path), but it refuses GHES: GITHUB_SERVER_URL must stay
// https://github.com (or *.ghe.com / *.localhost), so only GITHUB_API_URL points at the fake server here.

afterAll(cleanupRuns)

const TOKEN = 'ghs_SECRETtoken123'
const RUN_ID = 1234
const HEAD_SHA = 'abc1234' + 'd'.repeat(33)
const ARTIFACT = 'eval-results'

let api: GitHubApi | undefined

afterEach(async () => {
  if (!api) return
  const made = api
  api = undefined
  await made.close()
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
  // A blob store that refuses a forwarded Authorization header, as real signed-URL stores may.
  const github = await startGitHubApi({ blobAuthorization: 'reject' })
  api = github
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
  const result = await runAction({
    event: {
      name: 'workflow_run',
      payload: {
        action: 'completed',
        workflow_run: {
          id: RUN_ID,
          head_sha: HEAD_SHA,
          event: 'pull_request',
          pull_requests: payloadPulls.map((number) => ({
            number,
            head: { sha: HEAD_SHA, ref: 'feature' },
            base: { sha: github.state.branchHeads.get('main'), ref: 'main' },
          })),
        },
        repository: { full_name: REPOSITORY, default_branch: 'main' },
      },
    },
    sha: DEFAULT_SHA,
    githubToken: TOKEN,
    inputs: { predictions: 'predictions.csv', 'artifact-name': ARTIFACT },
    // Only the API: GITHUB_SERVER_URL stays https://github.com, which @actions/artifact requires.
    env: { GITHUB_API_URL: github.url },
  })
  const logged = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
  expect(logged(result.stdout)).not.toContain(TOKEN)
  expect(logged(result.stderr)).not.toContain(TOKEN)
  return { result, github }
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
    const github = await startGitHubApi()
    api = github
    const result = await runAction({
      event: {
        name: 'workflow_run',
        payload: { workflow_run: { id: RUN_ID, head_sha: HEAD_SHA, pull_requests: [] } },
      },
      sha: DEFAULT_SHA,
      githubToken: TOKEN,
      inputs: { predictions: 'predictions.csv', 'artifact-name': ARTIFACT },
      env: { GITHUB_API_URL: github.url },
    })
    expect(result.exitCode).toBe(1)
    const failures = workflowCommands(result.stdout).filter((c) => c.raw.startsWith('::error::'))
    expect(failures).toHaveLength(1)
    expect(failures[0]!.message).toContain(`no artifact "${ARTIFACT}" in run ${RUN_ID}`)
    expect(failures[0]!.message).toContain('actions: read')
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })
})

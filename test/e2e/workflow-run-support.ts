import { afterEach, expect } from 'vitest'
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.js'
import { checkRecordedExchanges } from '../helpers/openapi.js'
import { toDelimited } from '../helpers/prediction-files.js'
import {
  DEFAULT_SHA,
  REPOSITORY,
  runAction,
  type RunResult,
  type WorkspaceFiles,
} from '../helpers/run-action.js'

// Shared by the workflow_run end-to-end tests (test/e2e/comment-workflow-run.test.ts on github.com,
// test/e2e/artifact-ghes.test.ts on GitHub Enterprise Server): a run whose artifact holds the prediction files.

export const TOKEN = 'ghs_SECRETtoken123'
export const RUN_ID = 1234
export const HEAD_SHA = 'abc1234' + 'd'.repeat(33)
export const ARTIFACT = 'eval-results'

/** 20 rows, 2 wrong: accuracy 0.9. */
export const PREDICTIONS = toDelimited(
  Array.from({ length: 20 }, (_, i) => {
    const label = i % 2 === 0 ? '1' : '0'
    return { label, prediction: i < 2 ? (label === '1' ? '0' : '1') : label }
  }),
  ['label', 'prediction'],
)

let api: GitHubApi | undefined

/** Closes the test's API stand-in after it, and checks every exchange against GitHub's OpenAPI description. */
export function closeApiAfterEach(): void {
  afterEach(async () => {
    if (!api) return
    const made = api
    api = undefined
    await made.close()
    expect(checkRecordedExchanges(made.requests)).toEqual([])
  })
}

/**
 * The API stand-in of one test; its blob store refuses a forwarded Authorization header, as real signed-URL stores
 * may, unless `plainBlobs`.
 */
export async function startApi(plainBlobs = false): Promise<GitHubApi> {
  api = await startGitHubApi(plainBlobs ? {} : { blobAuthorization: 'reject' })
  return api
}

/**
 * Runs the gate in a `workflow_run` workflow for run RUN_ID (head HEAD_SHA), reading ARTIFACT, against `github`;
 * `serverUrl` is `GITHUB_SERVER_URL`; `files` are the checkout's. Checks the token is in no log line (`::add-mask::`, which masks it, aside).
 */
export async function runWorkflowRunGate(
  github: GitHubApi,
  {
    payloadPulls = [],
    serverUrl = 'https://github.com',
    files,
  }: { payloadPulls?: number[]; serverUrl?: string; files?: WorkspaceFiles } = {},
): Promise<RunResult> {
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
    files,
    sha: DEFAULT_SHA,
    githubToken: TOKEN,
    inputs: { predictions: 'predictions.csv', 'artifact-name': ARTIFACT },
    env: { GITHUB_SERVER_URL: serverUrl, GITHUB_API_URL: github.url },
  })
  const logged = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
  expect(logged(result.stdout)).not.toContain(TOKEN)
  expect(logged(result.stderr)).not.toContain(TOKEN)
  return result
}

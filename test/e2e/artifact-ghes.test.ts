import { readdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { makeZip, type GitHubApi, type ZipFiles } from '../helpers/github-api.js'
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

// The workflow_run pattern on GitHub Enterprise Server (issue 18, item 6): @actions/artifact refuses any server but
// github.com, *.ghe.com and *.localhost, so there the action lists the run's artifacts and downloads the zip through
// the REST API itself, and unpacks it with its own checks (test/artifact-zip.test.ts has the hostile archives).

afterAll(cleanupRuns)
closeApiAfterEach()

const GHES = 'https://ghes.example.com'

/** Runs the gate on a GHES server whose run RUN_ID has `setup`'s artifacts. */
async function gate(setup: (github: GitHubApi) => void): Promise<{ result: RunResult; github: GitHubApi }> {
  const github = await startApi()
  setup(github)
  github.addPullRequest({ number: 12, headSha: HEAD_SHA, headRepository: 'fork-owner/repo' })
  return { result: await runWorkflowRunGate(github, { serverUrl: GHES }), github }
}

const artifactFiles = (files: ZipFiles) => (github: GitHubApi) =>
  github.addArtifact(RUN_ID, ARTIFACT, files, { headSha: HEAD_SHA, headBranch: 'feature' })

/** The one `::error::` line of a failed run. */
function failure(result: RunResult): string {
  expect(result.exitCode).toBe(1)
  const errors = workflowCommands(result.stdout).filter((c) => c.command === 'error')
  expect(errors).toHaveLength(1)
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /)
  return errors[0]!.message
}

describe('artifact-name on GitHub Enterprise Server', () => {
  test('lists the run’s artifacts and downloads the zip through the REST API, then gates and comments', async () => {
    const { result, github } = await gate((server) => {
      artifactFiles({ 'predictions.csv': PREDICTIONS, 'pr-number': '12\n' })(server)
      // Another run's artifact of the same name, which must not be read.
      server.addArtifact(RUN_ID + 1, ARTIFACT, { 'predictions.csv': 'label,prediction\nx,y\n' })
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    const artifact = github.state.artifacts[0]!
    const reads = github.requests.filter((r) => r.pathname.includes('/actions/') || r.kind === 'blob')
    expect(reads.map((r) => `${r.kind} ${r.method} ${r.pathname} ${r.status}`)).toEqual([
      `api GET /repos/${REPOSITORY}/actions/runs/${RUN_ID}/artifacts 200`,
      `api GET /repos/${REPOSITORY}/actions/artifacts/${artifact.id}/zip 302`,
      `blob GET /_blob/${artifact.id} 200`,
    ])
    expect(reads[0]!.query).toMatchObject({ name: ARTIFACT, per_page: '100' })
    expect(reads[1]!.headers.authorization).toBe(`token ${TOKEN}`)
    // The signed URL gets no token (this store would answer 400 to one).
    expect(reads[2]!.headers.authorization).toBeUndefined()
    expect(JSON.parse(result.outputs.metrics!)).toMatchObject({ accuracy: 0.9 })
    expect(result.stdout).toContain(`Read artifact "${ARTIFACT}" of run ${RUN_ID}`)
    const comments = github.commentsOn(12)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('commit abc1234')
    // The zip is removed once unpacked; the folder holds the artifact's files only.
    const temp = readdirSync(result.runnerTemp)
    const folders = temp.filter((name) => name.startsWith('eval-gate-artifact-'))
    expect(folders).toHaveLength(1)
    expect(temp.filter((name) => name.endsWith('.zip'))).toEqual([])
    expect(readdirSync(path.join(result.runnerTemp, folders[0]!)).sort()).toEqual([
      'pr-number',
      'predictions.csv',
    ])
  })

  test('follows the pages of the listing to the live artifact past 100 expired ones', async () => {
    const { result, github } = await gate((server) => {
      artifactFiles({ 'predictions.csv': PREDICTIONS })(server)
      for (let i = 0; i < 100; i++) {
        server.addArtifact(
          RUN_ID,
          ARTIFACT,
          { 'predictions.csv': 'label,prediction\nx,y\n' },
          { expired: true },
        )
      }
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    const pages = github.requests.filter((r) => r.pathname.endsWith(`/runs/${RUN_ID}/artifacts`))
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2'])
    expect(JSON.parse(result.outputs.metrics!)).toMatchObject({ accuracy: 0.9 })
  })

  test('an expired artifact: the step fails and says so', async () => {
    const { result } = await gate((server) =>
      server.addArtifact(RUN_ID, ARTIFACT, { 'predictions.csv': PREDICTIONS }, { expired: true }),
    )
    expect(failure(result)).toBe(
      `input "artifact-name": no artifact "${ARTIFACT}" in run ${RUN_ID} (it has expired); ` +
        'check the name given to actions/upload-artifact and that this job has "actions: read"',
    )
  })

  test('no such artifact: the step fails and says what to check, writing nothing', async () => {
    const { result, github } = await gate(() => {})
    expect(failure(result)).toContain(
      `no artifact "${ARTIFACT}" in run ${RUN_ID} (the run has none of that name)`,
    )
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  test('a zip with an entry going up out of its folder is refused by name, and nothing is written there', async () => {
    const { result, github } = await gate(
      artifactFiles({
        'predictions.csv': PREDICTIONS,
        '../../workspace/predictions.csv': 'label,prediction\n1,0\n',
      }),
    )
    expect(failure(result)).toBe(
      `artifact "${ARTIFACT}": entry "../../workspace/predictions.csv" goes outside the artifact folder; ` +
        'the artifact was not read',
    )
    expect(readdirSync(result.workspace)).not.toContain('predictions.csv')
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  test('a zip that declares more than 4 GiB unpacked is refused before anything is written', async () => {
    const zip = makeZip({ 'a.csv': 'label,prediction\n', 'b.csv': 'label,prediction\n' })
    const central = zip.readUInt32LE(zip.length - 22 + 16)
    // Each entry's central header: 46 bytes + its 5-byte name; the unpacked size is at +24.
    zip.writeUInt32LE(3 * 1024 ** 3, central + 24)
    zip.writeUInt32LE(3 * 1024 ** 3, central + 46 + 5 + 24)
    const { result } = await gate((server) => server.addArtifact(RUN_ID, ARTIFACT, zip))
    expect(failure(result)).toBe(
      `artifact "${ARTIFACT}": unpacks to more than 4294967296 bytes, the most eval-gate reads; the artifact was not read`,
    )
    const folder = readdirSync(result.runnerTemp).find((name) => name.startsWith('eval-gate-artifact-'))!
    expect(readdirSync(path.join(result.runnerTemp, folder))).toEqual([])
  })
})

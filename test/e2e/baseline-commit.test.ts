import { afterAll, describe, expect, test } from 'vitest'
import { parseBaseline } from '../../src/core/baseline.js'
import { faults, type GitHubApi } from '../helpers/github-api.js'
import {
  cleanupRuns,
  pullRequestEvent,
  pushEvent,
  runAction,
  type RunActionOptions,
} from '../helpers/run-action.js'
import {
  apiServer,
  BASELINE,
  baselineFile,
  baselineSchemaErrors,
  barrierProxy,
  baselineState,
  beforeRequest,
  binaryRows,
  contentsCalls,
  contentsRequests,
  csv,
  CONTENTS_PATH,
  expectOneLineFailure,
  expectUntouched,
  largeBaseline,
  messages,
  putDocument,
} from './baseline-support.js'

// `commit-baseline: true` (with `update-baseline: true`) on a push to the default branch commits the new baseline
// through the contents API: the write names the blob it replaces, a conflict with a concurrent writer is re-read,
// re-merged and retried, and other names' entries are never lost. It is refused on pull requests and in forks.

afterAll(cleanupRuns)

const SHA = '1234567890abcdef1234567890abcdef12345678'
/** Every metric 0.7. */
const PREDICTIONS = csv(binaryRows({ tp: 7, fn: 3, fp: 3, tn: 7 }))
/** Another gate's entry, already committed on the branch. */
const OTHER_ENTRY = {
  metrics: { accuracy: 0.5, f1_macro: 0.25 },
  rows: 4,
  provenance: { commit: 'a'.repeat(40), ref: 'refs/heads/main', time: '2026-01-01T00:00:00.000Z', tool: 'x' },
}
/** A third gate's entry, written by a concurrent run between our read and our write. */
const CONCURRENT_ENTRY = { metrics: { accuracy: 0.25 } }

/** A push to main with update-baseline and commit-baseline, as gate `name`. */
function commitOptions(
  server: GitHubApi,
  name: string,
  extra: Partial<RunActionOptions> = {},
): RunActionOptions {
  return {
    files: { 'predictions.csv': PREDICTIONS },
    inputs: {
      predictions: 'predictions.csv',
      name,
      'update-baseline': 'true',
      'commit-baseline': 'true',
      comment: 'never',
    },
    env: server.env,
    sha: SHA,
    event: { name: 'push', payload: pushEvent(SHA) },
    ...extra,
  }
}

/** The branch's baseline file, parsed (the way the action itself reads it). */
function branchDocument(server: GitHubApi) {
  const file = server.getFile(BASELINE)
  expect(file, 'the file is on the branch').toBeDefined()
  return parseBaseline(file!.content.toString('utf8'), 'branch copy').document
}

function expectOurEntry(document: ReturnType<typeof branchDocument>, name: string): void {
  const entry = document.models[name]
  expect(entry, `entry ${name}`).toBeDefined()
  for (const value of Object.values(entry!.metrics)) expect(value).toBeCloseTo(0.7, 12)
  expect(Object.keys(entry!.metrics).sort()).toEqual(['accuracy', 'f1', 'precision', 'recall'])
  expect(entry!.rows).toBe(20)
  expect(entry!.provenance).toMatchObject({ commit: SHA, ref: 'refs/heads/main' })
}

/** The PUT requests to the baseline's path. */
function puts(server: GitHubApi) {
  return contentsRequests(server).filter((r) => r.method === 'PUT')
}

describe.concurrent('commit-baseline on a push to main', () => {
  test('commits a file that parses, with our entry and the other names already on the branch', async () => {
    const server = await apiServer()
    const previous = server.setFile(BASELINE, baselineFile({ other: OTHER_ENTRY }))
    // The workspace's copy is older than the branch's (no "other"): the commit merges into the branch's copy.
    const result = await runAction(
      commitOptions(server, 'clf', {
        files: {
          'predictions.csv': PREDICTIONS,
          [BASELINE]: baselineFile({ clf: { metrics: { f1: 0.6 } } }),
        },
      }),
    )
    expect(result.exitCode, result.stdout).toBe(0)
    expect(contentsCalls(server)).toEqual(['GET 200', 'PUT 200'])
    const [put] = puts(server)
    expect(put!.query).toEqual({})
    expect(put!.body).toMatchObject({
      branch: 'main',
      sha: previous.sha,
      message: 'eval-gate: update baseline of clf (measured at 1234567)',
    })
    const sent = putDocument(put!)
    expect(sent.models.other).toEqual(OTHER_ENTRY)
    const document = branchDocument(server)
    expectOurEntry(document, 'clf')
    expect(document.models.other).toEqual(OTHER_ENTRY)
    // What was sent is what the branch holds, pretty-printed, with a final newline.
    const text = server.getFile(BASELINE)!.content.toString('utf8')
    expect(Buffer.from((put!.body as { content: string }).content, 'base64').toString('utf8')).toBe(text)
    expect(text).toMatch(/^\{\n {2}"schema": 1,\n {2}"models": \{\n/)
    expect(text.endsWith('}\n')).toBe(true)
    expect(baselineSchemaErrors(text)).toEqual([])
    const commitSha = server.state.branchHeads.get('main')!
    expect(messages(result, 'notice')).toContain(`Baseline committed to main as ${commitSha} (attempt 1)`)
    await server.done()
  })

  test('creates the file when the branch has none (no sha in the PUT)', async () => {
    const server = await apiServer()
    const result = await runAction(commitOptions(server, 'clf'))
    expect(result.exitCode, result.stdout).toBe(0)
    expect(contentsCalls(server)).toEqual(['GET 404', 'PUT 201'])
    expect(puts(server)[0]!.body).not.toHaveProperty('sha')
    expect(Object.keys(branchDocument(server).models)).toEqual(['clf'])
    await server.done()
  })

  test('a branch copy over 1 MB (not sent inline by the contents API) is downloaded and merged', async () => {
    const server = await apiServer()
    const previous = server.setFile(BASELINE, largeBaseline({ other: OTHER_ENTRY }))
    const result = await runAction(commitOptions(server, 'clf'))
    expect(result.exitCode, result.stdout).toBe(0)
    expect(contentsCalls(server)).toEqual(['GET 200', 'PUT 200'])
    expect(puts(server)[0]!.body).toMatchObject({ sha: previous.sha })
    const document = branchDocument(server)
    expect(Object.keys(document.models).sort()).toEqual(['big', 'clf', 'other'])
    expect(document.models.big!.confusionMatrix).toHaveLength(750)
    expectOurEntry(document, 'clf')
    await server.done()
  })

  test('a concurrent write between the read and the write: 409, re-read, re-merged, retried', async () => {
    const server = await apiServer()
    server.setFile(BASELINE, baselineFile({ other: OTHER_ENTRY }))
    // Another run commits its own entry just before our PUT arrives: our PUT names a blob that is gone.
    beforeRequest(server, 'PUT', CONTENTS_PATH, () => {
      server.setFile(BASELINE, baselineFile({ other: OTHER_ENTRY, third: CONCURRENT_ENTRY }))
    })
    const result = await runAction(commitOptions(server, 'clf'))
    expect(result.exitCode, result.stdout).toBe(0)
    // A conflict is not a transient failure: the stale write is not resent (no second PUT 409); the file is read
    // again first. The order of the calls shows it, whatever the machine's speed.
    expect(contentsCalls(server)).toEqual(['GET 200', 'PUT 409', 'GET 200', 'PUT 200'])
    const [first, second] = puts(server)
    expect((first!.body as { sha: string }).sha).not.toBe((second!.body as { sha: string }).sha)
    const document = branchDocument(server)
    expect(Object.keys(document.models).sort()).toEqual(['clf', 'other', 'third'])
    expect(document.models.third).toEqual(CONCURRENT_ENTRY)
    expect(document.models.other).toEqual(OTHER_ENTRY)
    expectOurEntry(document, 'clf')
    expect(messages(result, 'notice').some((m) => m.endsWith('(attempt 2)'))).toBe(true)
    await server.done()
  })

  test('an injected 409 on the first PUT is retried the same way', async () => {
    const server = await apiServer()
    server.setFile(BASELINE, baselineFile({ other: OTHER_ENTRY }))
    server.failNext({ method: 'PUT', path: CONTENTS_PATH }, [
      { status: 409, body: { message: `${BASELINE} does not match`, status: '409' } },
    ])
    const result = await runAction(commitOptions(server, 'clf'))
    expect(result.exitCode, result.stdout).toBe(0)
    expect(contentsCalls(server)).toEqual(['GET 200', 'PUT 409', 'GET 200', 'PUT 200'])
    expect(Object.keys(branchDocument(server).models).sort()).toEqual(['clf', 'other'])
    expect(server.pendingFaults()).toBe(0)
    await server.done()
  })

  test('a 5xx on the PUT: read again and written once more, not resent blindly', async () => {
    const server = await apiServer()
    server.setFile(BASELINE, baselineFile({ other: OTHER_ENTRY }))
    server.failNext({ method: 'PUT', path: CONTENTS_PATH }, [faults.serverError(502)])
    const result = await runAction(commitOptions(server, 'clf'))
    expect(result.exitCode, result.stdout).toBe(0)
    expect(contentsCalls(server)).toEqual(['GET 200', 'PUT 502', 'GET 200', 'PUT 200'])
    expect(Object.keys(branchDocument(server).models).sort()).toEqual(['clf', 'other'])
    await server.done()
  })

  test('a file that appeared since the read (422: no sha given) is re-read and merged', async () => {
    const server = await apiServer()
    beforeRequest(server, 'PUT', CONTENTS_PATH, () => {
      server.setFile(BASELINE, baselineFile({ third: CONCURRENT_ENTRY }))
    })
    const result = await runAction(commitOptions(server, 'clf'))
    expect(result.exitCode, result.stdout).toBe(0)
    expect(contentsCalls(server)).toEqual(['GET 404', 'PUT 422', 'GET 200', 'PUT 200'])
    const document = branchDocument(server)
    expect(Object.keys(document.models).sort()).toEqual(['clf', 'third'])
    await server.done()
  })

  test('two runs of different names at once: both entries end in the file', async () => {
    const server = await apiServer()
    server.setFile(BASELINE, baselineFile({ other: OTHER_ENTRY }))
    // Both runs read the file before either writes it, so one of the writes must conflict.
    const proxy = await barrierProxy(server, { method: 'GET', path: CONTENTS_PATH, count: 2 })
    const [a, b] = await Promise.all([
      runAction(commitOptions(server, 'model-a', { env: proxy.env })),
      runAction(commitOptions(server, 'model-b', { env: proxy.env })),
    ])
    await proxy.close()
    expect(a!.exitCode, a!.stdout).toBe(0)
    expect(b!.exitCode, b!.stdout).toBe(0)
    const document = branchDocument(server)
    expect(Object.keys(document.models).sort()).toEqual(['model-a', 'model-b', 'other'])
    expectOurEntry(document, 'model-a')
    expectOurEntry(document, 'model-b')
    expect(document.models.other).toEqual(OTHER_ENTRY)
    // The two first reads, one write that lands, one that conflicts, its re-read and its retry.
    expect(contentsCalls(server).sort()).toEqual([
      'GET 200',
      'GET 200',
      'GET 200',
      'PUT 200',
      'PUT 200',
      'PUT 409',
    ])
    const notices = [...messages(a!, 'notice'), ...messages(b!, 'notice')].filter((m) =>
      m.startsWith('Baseline committed'),
    )
    expect(notices.map((m) => m.slice(-11)).sort()).toEqual(['(attempt 1)', '(attempt 2)'])
    await server.done()
  })

  test('still conflicting after 4 attempts: a one-line error, and the branch keeps the other writer', async () => {
    const server = await apiServer()
    server.setFile(BASELINE, baselineFile({ other: OTHER_ENTRY }))
    const conflict = { status: 409, body: { message: `${BASELINE} does not match`, status: '409' } }
    server.failNext({ method: 'PUT', path: CONTENTS_PATH }, [conflict, conflict, conflict, conflict])
    const result = await runAction(commitOptions(server, 'clf'))
    expectOneLineFailure(result, /^could not commit \.github\/eval-baseline\.json to main \(HTTP 409: /)
    expect(contentsCalls(server)).toEqual([
      'GET 200',
      'PUT 409',
      'GET 200',
      'PUT 409',
      'GET 200',
      'PUT 409',
      'GET 200',
      'PUT 409',
    ])
    expect(Object.keys(branchDocument(server).models)).toEqual(['other'])
    await server.done()
  })

  test('a PUT refused with 403: a one-line error naming the permission', async () => {
    const server = await apiServer()
    server.failNext({ method: 'PUT', path: CONTENTS_PATH }, [faults.forbiddenIntegration()])
    const result = await runAction(commitOptions(server, 'clf'))
    expectOneLineFailure(
      result,
      /^could not commit \.github\/eval-baseline\.json to main \(HTTP 403: Resource not accessible by integration.*\); give the job "permissions: contents: write"/,
    )
    expect(contentsCalls(server)).toEqual(['GET 404', 'PUT 403'])
    expect(server.getFile(BASELINE)).toBeUndefined()
    await server.done()
  })
})

// A commit that fails must leave the workspace file as it was, like every other failure: main.ts commits first.
test('a failed commit: a one-line error, the branch unchanged, the workspace file untouched', async () => {
  const server = await apiServer()
  server.failNext({ method: 'PUT', path: CONTENTS_PATH }, [faults.forbiddenIntegration()])
  let before: Awaited<ReturnType<typeof baselineState>> | undefined
  const result = await runAction(
    commitOptions(server, 'clf', {
      files: { 'predictions.csv': PREDICTIONS, [BASELINE]: baselineFile({ clf: { metrics: { f1: 0.6 } } }) },
      prepare: async (workspace) => {
        before = await baselineState(workspace)
      },
    }),
  )
  expectOneLineFailure(result, /^could not commit \.github\/eval-baseline\.json to main \(HTTP 403: /)
  expect(server.getFile(BASELINE)).toBeUndefined()
  await server.done()
  await expectUntouched(result, before!)
})

// A workflow_run started by a pull request (here a fork's) carries the PR's results in its artifact: committing
// them would let the PR move the bar, so it is refused like a pull_request event.
test('a workflow_run of a fork’s pull request is refused: no commit', async () => {
  const server = await apiServer()
  const head = 'e'.repeat(40)
  server.addArtifact(
    4242,
    'predictions',
    { 'predictions.csv': PREDICTIONS },
    { headSha: head, headBranch: 'feature' },
  )
  const options = commitOptions(server, 'clf')
  const result = await runAction({
    ...options,
    files: {},
    inputs: { ...(options.inputs as Record<string, string>), 'artifact-name': 'predictions' },
    // Only the API: @actions/artifact needs GITHUB_SERVER_URL to stay https://github.com.
    env: { GITHUB_API_URL: server.url },
    event: {
      name: 'workflow_run',
      payload: {
        action: 'completed',
        workflow_run: {
          id: 4242,
          event: 'pull_request',
          head_sha: head,
          head_branch: 'feature',
          head_repository: { full_name: 'fork-owner/repo', fork: true },
          pull_requests: [],
        },
      },
    },
  })
  expectOneLineFailure(
    result,
    /^input "commit-baseline" is refused in a workflow_run started by a pull_request event/,
  )
  expect(contentsCalls(server)).toEqual([])
  expect(server.getFile(BASELINE)).toBeUndefined()
  await server.done()
})

describe.concurrent('commit-baseline is refused', () => {
  /** A run that must fail without committing; the workspace's baseline stays as it was. */
  async function refused(
    server: GitHubApi,
    options: RunActionOptions,
    workspaceBaseline = baselineFile({ clf: { metrics: { accuracy: 0.1 } } }),
  ) {
    let before: Awaited<ReturnType<typeof baselineState>> | undefined
    const result = await runAction({
      ...options,
      files: { 'predictions.csv': PREDICTIONS, [BASELINE]: workspaceBaseline },
      prepare: async (workspace) => {
        before = await baselineState(workspace)
      },
    })
    await expectUntouched(result, before!)
    expect(puts(server)).toEqual([])
    return result
  }

  test('on a pull_request event', async () => {
    const server = await apiServer()
    const result = await refused(
      server,
      commitOptions(server, 'clf', {
        event: {
          name: 'pull_request',
          payload: pullRequestEvent(SHA, 7, server.state.branchHeads.get('main')),
        },
      }),
    )
    expectOneLineFailure(
      result,
      /^input "commit-baseline" is refused on pull_request events: a pull request must not move its own baseline/,
    )
    expect(server.requests).toEqual([])
    await server.done()
  })

  test('in a fork', async () => {
    const server = await apiServer()
    const payload = pushEvent(SHA)
    payload.repository = { ...(payload.repository as object), fork: true }
    const result = await refused(server, commitOptions(server, 'clf', { event: { name: 'push', payload } }))
    expectOneLineFailure(result, /^input "commit-baseline" is refused in a fork/)
    expect(server.requests).toEqual([])
    await server.done()
  })

  test('without update-baseline', async () => {
    const server = await apiServer()
    const options = commitOptions(server, 'clf')
    const result = await refused(server, {
      ...options,
      inputs: { ...(options.inputs as Record<string, string>), 'update-baseline': 'false' },
    })
    expectOneLineFailure(result, /^input "commit-baseline" needs "update-baseline: true"/)
    expect(server.requests).toEqual([])
    await server.done()
  })

  test('when the gate fails: nothing committed, nothing written', async () => {
    const server = await apiServer()
    server.setFile(BASELINE, baselineFile({ other: OTHER_ENTRY }))
    const result = await refused(
      server,
      commitOptions(server, 'clf'),
      baselineFile({ clf: { metrics: { accuracy: 0.9 } } }),
    )
    expectOneLineFailure(result, /^1 metric regressed: accuracy \u22120\.2000/)
    expect(contentsCalls(server)).toEqual([])
    expect(Object.keys(branchDocument(server).models)).toEqual(['other'])
    await server.done()
  })
})

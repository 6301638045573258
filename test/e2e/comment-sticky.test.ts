import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { baselineDocument } from '../helpers/fixtures.js'
import {
  ACTIONS_BOT,
  DEFAULT_TOKEN_USER,
  startGitHubApi,
  type GitHubApi,
  type GitHubApiOptions,
  type RecordedRequest,
  type StoredComment,
} from '../helpers/github-api.js'
import { checkRecordedExchanges } from '../helpers/openapi.js'
import { toDelimited } from '../helpers/prediction-files.js'
import {
  cleanupRuns,
  DEFAULT_SHA,
  REPOSITORY,
  runAction,
  workflowCommands,
  type RunActionOptions,
  type RunResult,
} from '../helpers/run-action.js'

// The sticky pull-request comment, end to end: the bundle (dist/index.js) on Node 24 against the local fake of
// GitHub's REST API (GITHUB_API_URL), with the event payload files the runner writes.

afterAll(cleanupRuns)

/** An installation token (what `${{ github.token }}` is), distinctive enough to look for in the logs. */
const TOKEN = 'ghs_SECRETtoken123'
const PR = 7
const HEAD_SHA = 'a'.repeat(40)
const COMMENTS_PATH = `/repos/${REPOSITORY}/issues/${PR}/comments`

const marker = (commentId: string) => `<!-- eval-gate comment-id=${encodeURIComponent(commentId)} -->`

let api: GitHubApi | undefined

async function server(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  api = await startGitHubApi(options)
  return api
}

// Every request the bundle made in a test must be one GitHub documents, with a body its schema accepts.
afterEach(async () => {
  if (!api) return
  const made = api
  api = undefined
  await made.close()
  expect(checkRecordedExchanges(made.requests)).toEqual([])
})

/** A binary prediction file of 20 rows (10 of each label) with `wrong` of them mispredicted. */
function predictions(wrong: number): string {
  const records = Array.from({ length: 20 }, (_, i) => {
    const label = i % 2 === 0 ? '1' : '0'
    const prediction = i < wrong ? (label === '1' ? '0' : '1') : label
    return { label, prediction }
  })
  return toDelimited(records, ['label', 'prediction'])
}

/**
 * A `pull_request` payload for PR 7. Its base is the default branch's head on the server: on pull requests the
 * gate reads the baseline at the base commit (through the contents API, as the workspace is no git checkout).
 */
function pullRequestPayload(github: GitHubApi, number = PR): Record<string, unknown> {
  const base = github.state.branchHeads.get(github.state.defaultBranch)!
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: HEAD_SHA }, base: { sha: base } },
  }
}

interface GateOptions extends Omit<RunActionOptions, 'inputs'> {
  inputs?: Record<string, string>
  wrong?: number
}

/** One run of the bundle against `api`, on a `pull_request` event for PR 7 unless told otherwise. */
async function gate(github: GitHubApi, options: GateOptions = {}): Promise<RunResult> {
  const { wrong = 2, inputs, files, env, ...rest } = options
  const result = await runAction({
    event: { name: 'pull_request', payload: pullRequestPayload(github) },
    sha: HEAD_SHA,
    githubToken: TOKEN,
    ...rest,
    files: { 'predictions.csv': predictions(wrong), ...files },
    inputs: { predictions: 'predictions.csv', ...inputs },
    env: { GITHUB_API_URL: github.url, ...env },
  })
  expectTokenNotLogged(result)
  return result
}

/** The token is in no log line; `::add-mask::` (which the runner swallows, and which masks it) aside. */
function expectTokenNotLogged(result: RunResult, token = TOKEN): void {
  const logged = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
  expect(logged(result.stdout)).not.toContain(token)
  expect(logged(result.stderr)).not.toContain(token)
}

/** The comments on `issue` whose body starts with the marker of `commentId`. */
function markedComments(github: GitHubApi, commentId = 'default', issue = PR): StoredComment[] {
  return github.commentsOn(issue).filter((comment) => comment.body.startsWith(marker(commentId)))
}

function htmlUrl(github: GitHubApi, comment: StoredComment): string {
  return `${github.url}/${REPOSITORY}/pull/${comment.issueNumber}#issuecomment-${comment.id}`
}

/** The writes (POST, PATCH) to comments a run made, as `METHOD path`. */
function commentWrites(requests: RecordedRequest[]): string[] {
  return requests
    .filter((r) => (r.method === 'POST' || r.method === 'PATCH') && /\/comments/.test(r.pathname))
    .map((r) => `${r.method} ${r.pathname}`)
}

/** The accuracy row of a comment's metrics table. */
function accuracyRow(body: string): string | undefined {
  return body.split('\n').find((line) => line.startsWith('| accuracy |'))
}

describe('the sticky comment on a pull_request event', () => {
  test('is created once, then updated in place, found on page 3 of the comments by following Link', async () => {
    // 70 other comments first; GitHub pages at most 30 here, so the gate's own comment is the 71st: page 3.
    const github = await server({ maxPerPage: 30 })
    for (let i = 0; i < 70; i++) {
      const author = i % 3 === 0 ? ACTIONS_BOT : i % 3 === 1 ? DEFAULT_TOKEN_USER : 'reviewer'
      // Some mention the marker without starting with it: quoting is not owning.
      const body = i % 10 === 0 ? `As the bot said:\n> ${marker('default')}\n> ✅ fine` : `comment ${i}`
      github.addComment(PR, body, author)
    }

    const first = await gate(github, { wrong: 3 })
    expect(first.exitCode, first.stdout + first.stderr).toBe(0)
    expect(commentWrites(github.requests)).toEqual([`POST ${COMMENTS_PATH}`])
    const mine = markedComments(github)
    expect(mine).toHaveLength(1)
    const comment = mine[0]!
    expect(comment.user.login).toBe(ACTIONS_BOT.login)
    expect(comment.body.startsWith(`${marker('default')}\n`)).toBe(true)
    expect(github.commentsOn(PR)).toHaveLength(71)
    expect(first.outputs['comment-url']).toBe(htmlUrl(github, comment))
    expect(accuracyRow(comment.body)).toContain('0.8500')

    const bodies = new Set([comment.body])
    for (const wrong of [4, 5, 6]) {
      const before = github.requests.length
      const again = await gate(github, { wrong })
      expect(again.exitCode, again.stdout + again.stderr).toBe(0)
      const requests = github.requests.slice(before)
      // Pages 1, 2 and 3 were read, each from the previous page's rel="next" link.
      const listed = requests.filter((r) => r.method === 'GET' && r.pathname === COMMENTS_PATH)
      expect(listed.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3'])
      expect(listed.every((r) => r.query.per_page === '100')).toBe(true)
      expect(commentWrites(requests)).toEqual([`PATCH /repos/${REPOSITORY}/issues/comments/${comment.id}`])

      expect(markedComments(github)).toHaveLength(1)
      expect(github.commentsOn(PR)).toHaveLength(71)
      const updated = markedComments(github)[0]!
      expect(updated.id).toBe(comment.id)
      expect(updated.body.startsWith(`${marker('default')}\n`)).toBe(true)
      expect(accuracyRow(updated.body)).toContain((1 - wrong / 20).toFixed(4))
      expect(again.outputs['comment-url']).toBe(htmlUrl(github, updated))
      bodies.add(updated.body)
    }
    expect(bodies.size).toBe(4)
    // The comments of others are as they were.
    expect(
      github
        .commentsOn(PR)
        .filter((c) => c.id !== comment.id)
        .map((c) => c.updatedAt),
    ).toEqual(
      github
        .commentsOn(PR)
        .filter((c) => c.id !== comment.id)
        .map((c) => c.createdAt),
    )
  })

  test('pull_request_target: the same, with Link headers in the /repositories/{id} form', async () => {
    const github = await server({ maxPerPage: 2, linkStyle: 'repository-id' })
    for (let i = 0; i < 5; i++) github.addComment(PR, `comment ${i}`, 'reviewer')
    const event = { name: 'pull_request_target', payload: pullRequestPayload(github) }

    const first = await gate(github, { event, wrong: 1 })
    expect(first.exitCode, first.stdout + first.stderr).toBe(0)
    expect(commentWrites(github.requests)).toEqual([`POST ${COMMENTS_PATH}`])
    const [comment] = markedComments(github)
    expect(first.outputs['comment-url']).toBe(htmlUrl(github, comment!))

    const before = github.requests.length
    const second = await gate(github, { event, wrong: 2 })
    expect(second.exitCode, second.stdout + second.stderr).toBe(0)
    const requests = github.requests.slice(before)
    expect(requests.some((r) => r.pathname.startsWith('/repositories/'))).toBe(true)
    expect(commentWrites(requests)).toEqual([`PATCH /repos/${REPOSITORY}/issues/comments/${comment!.id}`])
    expect(markedComments(github)).toHaveLength(1)
    expect(github.commentsOn(PR)).toHaveLength(6)
    expect(second.outputs['comment-url']).toBe(htmlUrl(github, comment!))
    expect(accuracyRow(markedComments(github)[0]!.body)).toContain('0.9000')
  })
})

describe('whose comment it is', () => {
  test("a person's comment with the same marker is left alone; the bot gets its own", async () => {
    const github = await server()
    const theirs = { ...github.addComment(PR, `${marker('default')}\nI copied the bot's marker`, 'someone') }

    const first = await gate(github)
    expect(first.exitCode, first.stdout + first.stderr).toBe(0)
    expect(commentWrites(github.requests)).toEqual([`POST ${COMMENTS_PATH}`])
    const mine = markedComments(github).filter((c) => c.user.login === ACTIONS_BOT.login)
    expect(mine).toHaveLength(1)
    expect(first.outputs['comment-url']).toBe(htmlUrl(github, mine[0]!))

    const before = github.requests.length
    await gate(github, { wrong: 4 })
    expect(commentWrites(github.requests.slice(before))).toEqual([
      `PATCH /repos/${REPOSITORY}/issues/comments/${mine[0]!.id}`,
    ])
    expect(github.commentsOn(PR).find((c) => c.id === theirs.id)).toEqual(theirs)
    expect(markedComments(github).filter((c) => c.user.login === ACTIONS_BOT.login)).toHaveLength(1)
  })

  test("another app's bot comment with the same marker is left alone", async () => {
    // With the workflow's token, GET /user answers 403, so the author cannot be asked for; the gate's comments are
    // github-actions[bot]'s. Another app (say a second workflow running with an App token) is someone else.
    const github = await server()
    const theirs = {
      ...github.addComment(PR, `${marker('default')}\nanother app's report`, 'other-app[bot]'),
    }

    const result = await gate(github)
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    expect(github.commentsOn(PR).find((c) => c.id === theirs.id)!.body).toBe(theirs.body)
    expect(commentWrites(github.requests)).toEqual([`POST ${COMMENTS_PATH}`])
    const mine = markedComments(github).filter((c) => c.user.login === ACTIONS_BOT.login)
    expect(mine).toHaveLength(1)
    expect(result.outputs['comment-url']).toBe(htmlUrl(github, mine[0]!))
  })

  test("with a GitHub App's installation token, the app's own comment is updated in place", async () => {
    // actions/create-github-app-token hands out ghs_ tokens too; GET /user answers 403 to them as well, and what
    // they write is the app's bot's, not github-actions[bot]'s.
    const github = await server({ installationBot: 'eval-bot[bot]' })
    const first = await gate(github, { wrong: 1 })
    expect(first.exitCode, first.stdout + first.stderr).toBe(0)
    const before = github.requests.length
    const second = await gate(github, { wrong: 2 })
    expect(second.exitCode, second.stdout + second.stderr).toBe(0)
    expect(markedComments(github)).toHaveLength(1)
    expect(markedComments(github)[0]!.user.login).toBe('eval-bot[bot]')
    expect(commentWrites(github.requests.slice(before))).toEqual([
      `PATCH /repos/${REPOSITORY}/issues/comments/${markedComments(github)[0]!.id}`,
    ])
  })

  test("with a personal access token, the token's user's comment is the one updated", async () => {
    const pat = 'ghp_SECRETpersonalToken456'
    const github = await server()
    const bots = {
      ...github.addComment(PR, `${marker('default')}\nold report by the workflow token`, ACTIONS_BOT),
    }
    const others = { ...github.addComment(PR, `${marker('default')}\ncopied`, 'someone') }

    const first = await gate(github, { githubToken: pat })
    expectTokenNotLogged(first, pat)
    expect(first.exitCode, first.stdout + first.stderr).toBe(0)
    expect(github.requests.some((r) => r.method === 'GET' && r.pathname === '/user')).toBe(true)
    expect(commentWrites(github.requests)).toEqual([`POST ${COMMENTS_PATH}`])
    const mine = markedComments(github).filter((c) => c.user.login === DEFAULT_TOKEN_USER.login)
    expect(mine).toHaveLength(1)

    const before = github.requests.length
    const second = await gate(github, { githubToken: pat, wrong: 5 })
    expectTokenNotLogged(second, pat)
    expect(commentWrites(github.requests.slice(before))).toEqual([
      `PATCH /repos/${REPOSITORY}/issues/comments/${mine[0]!.id}`,
    ])
    expect(github.commentsOn(PR).find((c) => c.id === bots.id)).toEqual(bots)
    expect(github.commentsOn(PR).find((c) => c.id === others.id)).toEqual(others)
    expect(second.outputs['comment-url']).toBe(htmlUrl(github, mine[0]!))
  })
})

describe('comment-id', () => {
  test('two ids in one pull request keep two comments, even when one id is a prefix of the other', async () => {
    const github = await server()
    const first = await gate(github, { inputs: { 'comment-id': 'gate' }, wrong: 1 })
    const second = await gate(github, { inputs: { 'comment-id': 'gate-2' }, wrong: 2 })
    expect(first.exitCode).toBe(0)
    expect(second.exitCode).toBe(0)
    expect(commentWrites(github.requests)).toEqual([`POST ${COMMENTS_PATH}`, `POST ${COMMENTS_PATH}`])
    const [gate1] = markedComments(github, 'gate')
    const [gate2] = markedComments(github, 'gate-2')
    expect(gate1!.id).not.toBe(gate2!.id)
    expect(first.outputs['comment-url']).toBe(htmlUrl(github, gate1!))
    expect(second.outputs['comment-url']).toBe(htmlUrl(github, gate2!))

    const before = github.requests.length
    const again = await gate(github, { inputs: { 'comment-id': 'gate' }, wrong: 3 })
    expect(commentWrites(github.requests.slice(before))).toEqual([
      `PATCH /repos/${REPOSITORY}/issues/comments/${gate1!.id}`,
    ])
    expect(again.outputs['comment-url']).toBe(htmlUrl(github, gate1!))
    expect(github.commentsOn(PR)).toHaveLength(2)
    expect(accuracyRow(markedComments(github, 'gate')[0]!.body)).toContain('0.8500')
    expect(accuracyRow(markedComments(github, 'gate-2')[0]!.body)).toContain('0.9000')
  })

  test('the name input is the default id, and an id cannot close the marker early', async () => {
    const github = await server()
    const named = await gate(github, { inputs: { name: 'ranker' } })
    expect(named.exitCode).toBe(0)
    expect(markedComments(github, 'ranker')).toHaveLength(1)

    const hostile = 'x --> <img src=x> <!--'
    const result = await gate(github, { inputs: { 'comment-id': hostile } })
    expect(result.exitCode).toBe(0)
    const [comment] = markedComments(github, hostile)
    const firstLine = comment!.body.split('\n')[0]!
    expect(firstLine).toBe(marker(hostile))
    // One HTML comment, closed at the end of the line and nowhere before it.
    expect(firstLine.indexOf('-->')).toBe(firstLine.length - 3)
    expect(github.commentsOn(PR)).toHaveLength(2)
  })
})

describe('which pull request', () => {
  for (const name of ['push', 'workflow_dispatch']) {
    test(`pr-number on a ${name} event comments on that pull request`, async () => {
      const github = await server()
      github.addPullRequest({ number: 9, headSha: DEFAULT_SHA })
      const result = await gate(github, {
        event: { name, payload: name === 'push' ? { ref: 'refs/heads/main', after: DEFAULT_SHA } : {} },
        sha: DEFAULT_SHA,
        inputs: { 'pr-number': '9' },
      })
      expect(result.exitCode, result.stdout + result.stderr).toBe(0)
      expect(commentWrites(github.requests)).toEqual([`POST /repos/${REPOSITORY}/issues/9/comments`])
      const [comment] = markedComments(github, 'default', 9)
      expect(result.outputs['comment-url']).toBe(htmlUrl(github, comment!))
      expect(github.commentsOn(PR)).toEqual([])
    })
  }

  test('a push event without pr-number makes no API call and leaves comment-url empty', async () => {
    const github = await server()
    const result = await gate(github, {
      event: { name: 'push', payload: { ref: 'refs/heads/main', after: DEFAULT_SHA } },
      sha: DEFAULT_SHA,
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    expect(github.requests).toEqual([])
    expect(result.outputs['comment-url']).toBe('')
    expect(result.stdout).toMatch(/No pull request for this push event/)
    expect(workflowCommands(result.stdout).filter((c) => c.command === 'warning')).toEqual([])
  })
})

describe('post, then gate', () => {
  const BASELINE = '.github/eval-baseline.json'
  // The run's accuracy is 0.9 (2 of 20 wrong); the baseline says 0.95. It is in the workspace and, since a pull
  // request's gate trusts the base commit's copy, committed on the server's default branch as well.
  const document = baselineDocument({ default: { accuracy: 0.95 } })
  const regressed = { [BASELINE]: document }

  test('a regression fails the step after the ❌ comment is posted', async () => {
    const github = await server()
    github.setFile(BASELINE, document)
    const result = await gate(github, { files: regressed, inputs: { metrics: 'accuracy' } })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.regressed).toBe('true')
    expect(commentWrites(github.requests)).toEqual([`POST ${COMMENTS_PATH}`])
    expect(github.requests.find((r) => r.method === 'POST' && r.kind === 'api')!.status).toBe(201)
    const [comment] = markedComments(github)
    expect(comment!.body.split('\n')[1]).toMatch(/^### ❌ 1 metric regressed: accuracy /)
    expect(accuracyRow(comment!.body)).toContain('🔴 regressed')
    expect(result.outputs['comment-url']).toBe(htmlUrl(github, comment!))
    // The step's failure line comes last: the comment went up before it (the output file has its URL).
    const errors = workflowCommands(result.stdout).filter((c) => c.raw.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toMatch(/^1 metric regressed: accuracy /)
  })

  test('a regression turns an earlier ✅ comment into ❌ in place', async () => {
    const github = await server()
    const passing = await gate(github, { inputs: { metrics: 'accuracy' } })
    expect(passing.exitCode).toBe(0)
    expect(markedComments(github)[0]!.body).toContain('### 🆕 First run')

    github.setFile(BASELINE, document)
    const result = await gate(github, { files: regressed, inputs: { metrics: 'accuracy' } })
    expect(result.exitCode).toBe(1)
    const [comment] = markedComments(github)
    expect(commentWrites(github.requests)).toEqual([
      `POST ${COMMENTS_PATH}`,
      `PATCH /repos/${REPOSITORY}/issues/comments/${comment!.id}`,
    ])
    expect(comment!.body).toContain('### ❌ 1 metric regressed')
    expect(github.commentsOn(PR)).toHaveLength(1)
  })
})

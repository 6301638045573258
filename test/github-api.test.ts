import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import * as github from '@actions/github'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ACTIONS_BOT,
  COMMENT_BODY_LIMIT,
  crc32,
  crc32Table,
  DEFAULT_TOKEN_USER,
  faults,
  gitBlobSha,
  makeZip,
  readZip,
  startGitHubApi,
  type GitHubApi,
  type GitHubApiOptions,
} from './helpers/github-api.js'
import {
  checkRecordedRequests,
  checkRequestAgainstSpec,
  checkResponseAgainstSpec,
  findOperation,
  loadSpec,
} from './helpers/openapi.js'

const PAT = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'
const INSTALLATION_TOKEN = 'ghs_0123456789abcdefghijklmnopqrstuvwxyzAB'
const MARKER = '<!-- eval-gate comment-id=default -->'

let api: GitHubApi

async function restart(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  await api?.close()
  api = await startGitHubApi(options)
  return api
}

beforeEach(async () => {
  api = await startGitHubApi()
})

afterEach(async () => {
  await api.close()
})

interface Answer {
  status: number
  headers: Headers
  body: unknown
}

/** One request to the server, with a PAT unless `token` is null. */
async function call(
  method: string,
  target: string,
  {
    body,
    token = PAT,
    redirect = 'manual',
  }: { body?: unknown; token?: string | null; redirect?: 'manual' | 'follow' | 'error' } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'eval-gate-test',
  }
  if (token !== null) headers.authorization = `token ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json; charset=utf-8'
  const response = await fetch(target.startsWith('http') ? target : api.url + target, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect,
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text === '' ? undefined : JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: response.status, headers: response.headers, body: parsed }
}

/** The rel → URL pairs of a Link header. */
function parseLink(header: string | null): Record<string, string> {
  const links: Record<string, string> = {}
  for (const part of (header ?? '').split(', ')) {
    const match = /^<([^>]+)>; rel="(\w+)"$/.exec(part)
    if (match) links[match[2]!] = match[1]!
  }
  return links
}

function hasTool(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe('the server', () => {
  it('listens on the loopback interface and sends GitHub headers', async () => {
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(api.env.GITHUB_API_URL).toBe(api.url)
    const answer = await call('GET', '/repos/owner/repo/issues/1/comments')
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual([])
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(answer.headers.get('x-github-api-version-selected')).toBe('2022-11-28')
    expect(Number(answer.headers.get('x-ratelimit-limit'))).toBe(5000)
    expect(Number(answer.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(4000)
    expect(Number(answer.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
    expect(answer.headers.get('x-ratelimit-used')).not.toBeNull()
    expect(answer.headers.get('link')).toBeNull()
  })

  it('records method, path with query, lower-cased headers and the parsed body', async () => {
    await call('POST', '/repos/owner/repo/issues/3/comments?x=1', { body: { body: 'hello' } })
    const [request] = api.requests
    expect(request).toMatchObject({
      method: 'POST',
      path: '/repos/owner/repo/issues/3/comments?x=1',
      pathname: '/repos/owner/repo/issues/3/comments',
      query: { x: '1' },
      body: { body: 'hello' },
      rawBody: '{"body":"hello"}',
      kind: 'api',
      status: 201,
      injected: false,
    })
    expect(request!.headers.authorization).toBe(`token ${PAT}`)
    expect(request!.headers['x-github-api-version']).toBe('2022-11-28')
    expect(Object.keys(request!.headers).every((name) => name === name.toLowerCase())).toBe(true)
    expect(request!.responseBody).toMatchObject({ body: 'hello' })
  })

  it('answers unknown routes and other repositories with 404 Not Found', async () => {
    for (const target of ['/nope', '/repos/someone/else/issues/1/comments', '/repos/owner/repo/labels']) {
      const answer = await call('GET', target)
      expect(answer.status).toBe(404)
      expect(answer.body).toMatchObject({ message: 'Not Found' })
    }
    expect((await call('DELETE', '/repos/owner/repo/issues/comments/1')).status).toBe(404)
  })

  it('answers malformed JSON with 400 and unauthenticated writes with 401', async () => {
    const malformed = await fetch(`${api.url}/repos/owner/repo/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: `token ${PAT}`, 'content-type': 'application/json' },
      body: '{"body": ',
    })
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toMatchObject({ message: 'Problems parsing JSON' })
    const anonymous = await call('POST', '/repos/owner/repo/issues/1/comments', {
      body: { body: 'x' },
      token: null,
    })
    expect(anonymous.status).toBe(401)
    expect(anonymous.body).toMatchObject({ message: 'Requires authentication' })
  })
})

describe('GET /user', () => {
  it("answers a personal access token's login", async () => {
    const answer = await call('GET', '/user')
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ login: DEFAULT_TOKEN_USER.login, type: 'User' })
  })

  it('answers 403 "Resource not accessible by integration" for an installation token', async () => {
    const answer = await call('GET', '/user', { token: INSTALLATION_TOKEN })
    expect(answer.status).toBe(403)
    expect(answer.body).toMatchObject({ message: 'Resource not accessible by integration' })
  })

  it('can treat every token as an installation token, or none', async () => {
    await restart({ tokenKind: 'installation' })
    expect((await call('GET', '/user')).status).toBe(403)
    await restart({ tokenKind: 'pat', tokenUser: 'someone' })
    expect((await call('GET', '/user', { token: INSTALLATION_TOKEN })).body).toMatchObject({
      login: 'someone',
    })
    expect((await call('GET', '/user', { token: null })).status).toBe(401)
  })
})

describe('issue comments', () => {
  it('creates a comment (201) authored by the token user, then updates it (200)', async () => {
    const created = await call('POST', '/repos/owner/repo/issues/7/comments', { body: { body: 'first' } })
    expect(created.status).toBe(201)
    const comment = created.body as Record<string, unknown>
    expect(comment.id).toBeGreaterThan(2 ** 31)
    expect(comment).toMatchObject({
      body: 'first',
      user: { login: DEFAULT_TOKEN_USER.login, type: 'User' },
      html_url: `${api.url}/owner/repo/pull/7#issuecomment-${comment.id as number}`,
      url: `${api.url}/repos/owner/repo/issues/comments/${comment.id as number}`,
      issue_url: `${api.url}/repos/owner/repo/issues/7`,
    })
    expect(created.headers.get('location')).toBe(comment.url)

    const updated = await call('PATCH', `/repos/owner/repo/issues/comments/${comment.id as number}`, {
      body: { body: 'second' },
    })
    expect(updated.status).toBe(200)
    expect(updated.body).toMatchObject({ id: comment.id, body: 'second', created_at: comment.created_at })
    expect((updated.body as { updated_at: string }).updated_at > (comment.created_at as string)).toBe(true)
    expect(api.commentsOn(7).map((c) => c.body)).toEqual(['second'])
  })

  it("writes an installation token's comments as github-actions[bot]", async () => {
    const created = await call('POST', '/repos/owner/repo/issues/7/comments', {
      body: { body: 'x' },
      token: INSTALLATION_TOKEN,
    })
    expect(created.body).toMatchObject({
      user: { login: ACTIONS_BOT.login, id: ACTIONS_BOT.id, type: 'Bot' },
    })
  })

  it('answers 404 for a comment that does not exist', async () => {
    const answer = await call('PATCH', '/repos/owner/repo/issues/comments/12345', { body: { body: 'x' } })
    expect(answer.status).toBe(404)
  })

  it('rejects bodies over 65536 characters with 422, as GitHub does', async () => {
    const expected = {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
        },
      ],
    }
    const tooLong = 'x'.repeat(COMMENT_BODY_LIMIT + 1)
    const create = await call('POST', '/repos/owner/repo/issues/1/comments', { body: { body: tooLong } })
    expect(create.status).toBe(422)
    expect(create.body).toMatchObject(expected)

    const fits = await call('POST', '/repos/owner/repo/issues/1/comments', {
      body: { body: 'x'.repeat(COMMENT_BODY_LIMIT) },
    })
    expect(fits.status).toBe(201)
    const id = (fits.body as { id: number }).id
    const update = await call('PATCH', `/repos/owner/repo/issues/comments/${id}`, { body: { body: tooLong } })
    expect(update.status).toBe(422)
    expect(update.body).toMatchObject(expected)
    expect(api.commentsOn(1)[0]!.body).toHaveLength(COMMENT_BODY_LIMIT)
  })

  it('counts characters (code points), not UTF-16 units', async () => {
    // 65536 emoji are 131072 UTF-16 units but 65536 characters.
    const answer = await call('POST', '/repos/owner/repo/issues/1/comments', {
      body: { body: '📊'.repeat(COMMENT_BODY_LIMIT) },
    })
    expect(answer.status).toBe(201)
  })

  it('answers a missing or empty body with 422', async () => {
    const missing = await call('POST', '/repos/owner/repo/issues/1/comments', { body: { bodyy: 'x' } })
    expect(missing.status).toBe(422)
    expect(missing.body).toMatchObject({ message: 'Invalid request.\n\n"body" wasn\'t supplied.' })
    const empty = await call('POST', '/repos/owner/repo/issues/1/comments', { body: { body: '' } })
    expect(empty.status).toBe(422)
    expect(empty.body).toMatchObject({ message: 'Validation Failed', errors: [{ code: 'missing_field' }] })
  })
})

describe('pagination', () => {
  /** 250 comments on issue 5 with the marker in the 230th: page 3 at 100 a page. */
  function seedComments() {
    for (let i = 1; i <= 250; i++) {
      api.addComment(5, i === 230 ? `${MARKER}\nreport` : `comment ${i}`, i % 2 ? 'someone' : ACTIONS_BOT)
    }
  }

  it('writes Link headers as GitHub does: prev, next, last, first', async () => {
    seedComments()
    const base = `${api.url}/repos/owner/repo/issues/5/comments`
    const first = await call('GET', '/repos/owner/repo/issues/5/comments?per_page=100')
    expect(first.headers.get('link')).toBe(
      `<${base}?per_page=100&page=2>; rel="next", <${base}?per_page=100&page=3>; rel="last"`,
    )
    const second = await call('GET', '/repos/owner/repo/issues/5/comments?per_page=100&page=2')
    expect(second.headers.get('link')).toBe(
      `<${base}?per_page=100&page=1>; rel="prev", <${base}?per_page=100&page=3>; rel="next", ` +
        `<${base}?per_page=100&page=3>; rel="last", <${base}?per_page=100&page=1>; rel="first"`,
    )
    const third = await call('GET', '/repos/owner/repo/issues/5/comments?per_page=100&page=3')
    expect(third.headers.get('link')).toBe(
      `<${base}?per_page=100&page=2>; rel="prev", <${base}?per_page=100&page=1>; rel="first"`,
    )
    expect(third.body).toHaveLength(50)
  })

  it('reaches the marker comment on page 3 by following rel="next"', async () => {
    seedComments()
    let next: string | undefined = `${api.url}/repos/owner/repo/issues/5/comments?per_page=100`
    let pages = 0
    let found: { id: number; body: string } | undefined
    while (next && !found) {
      const answer = await call('GET', next)
      pages++
      found = (answer.body as { id: number; body: string }[]).find((comment) =>
        comment.body.startsWith(MARKER),
      )
      next = parseLink(answer.headers.get('link')).next
    }
    expect(pages).toBe(3)
    expect(found?.id).toBe(api.commentsOn(5)[229]!.id)
  })

  it('defaults to 30 a page and caps per_page at 100', async () => {
    seedComments()
    const defaults = await call('GET', '/repos/owner/repo/issues/5/comments')
    expect(defaults.body).toHaveLength(30)
    expect(parseLink(defaults.headers.get('link')).last).toMatch(/[?&]page=9$/)
    const capped = await call('GET', '/repos/owner/repo/issues/5/comments?per_page=500')
    expect(capped.body).toHaveLength(100)
    expect(parseLink(capped.headers.get('link')).last).toBe(
      `${api.url}/repos/owner/repo/issues/5/comments?per_page=500&page=3`,
    )
  })

  it('can write /repositories/{id} links, which it also answers', async () => {
    await restart({ linkStyle: 'repository-id', repositoryId: 4242 })
    seedComments()
    const first = await call('GET', '/repos/owner/repo/issues/5/comments?per_page=100')
    const next = parseLink(first.headers.get('link')).next!
    expect(next).toBe(`${api.url}/repositories/4242/issues/5/comments?per_page=100&page=2`)
    const second = await call('GET', next)
    expect(second.status).toBe(200)
    expect((second.body as { body: string }[])[0]!.body).toBe('comment 101')
  })

  it("lets octokit's paginate find the marker", async () => {
    seedComments()
    const octokit = github.getOctokit(PAT, { baseUrl: api.url })
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: 'owner',
      repo: 'repo',
      issue_number: 5,
      per_page: 100,
    })
    expect(comments).toHaveLength(250)
    expect(comments.filter((comment) => comment.body?.startsWith(MARKER))).toHaveLength(1)
    expect(api.requests.map((request) => request.query.page ?? '1')).toEqual(['1', '2', '3'])
  })
})

describe('contents', () => {
  const put = (file: string, body: Record<string, unknown>) =>
    call('PUT', `/repos/owner/repo/contents/${file}`, { body: { message: 'baseline', ...body } })
  const base64 = (text: string) => Buffer.from(text).toString('base64')

  it('serves a file as base64 in 60-character lines, with its git blob sha', async () => {
    const text = 'accuracy,0.9\n'.repeat(20)
    api.setFile('baselines/main.json', text)
    const answer = await call('GET', '/repos/owner/repo/contents/baselines/main.json?ref=main')
    expect(answer.status).toBe(200)
    const file = answer.body as Record<string, string>
    expect(file).toMatchObject({
      type: 'file',
      encoding: 'base64',
      name: 'main.json',
      path: 'baselines/main.json',
    })
    expect(
      file
        .content!.split('\n')
        .slice(0, -2)
        .every((line) => line.length === 60),
    ).toBe(true)
    expect(Buffer.from(file.content!, 'base64').toString()).toBe(text)
    expect(file.sha).toBe(gitBlobSha(text))
    // `git hash-object` of "hello\n".
    expect(gitBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a')
    // An encoded slash addresses the same file.
    expect((await call('GET', '/repos/owner/repo/contents/baselines%2Fmain.json')).status).toBe(200)
  })

  it('answers 404 for a missing file or ref', async () => {
    const missing = await call('GET', '/repos/owner/repo/contents/nope.json')
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ message: 'Not Found' })
    const badRef = await call('GET', '/repos/owner/repo/contents/nope.json?ref=nope')
    expect(badRef.status).toBe(404)
    expect(badRef.body).toMatchObject({ message: 'No commit found for the ref nope' })
  })

  it('creates (201) and updates (200) a file, 409 on a stale sha, 422 without a sha', async () => {
    const created = await put('b.json', { content: base64('one') })
    expect(created.status).toBe(201)
    const first = created.body as { content: { sha: string }; commit: { sha: string } }
    expect(first.content.sha).toBe(gitBlobSha('one'))
    expect(first.commit.sha).toMatch(/^[0-9a-f]{40}$/)

    const noSha = await put('b.json', { content: base64('two') })
    expect(noSha.status).toBe(422)
    expect(noSha.body).toMatchObject({ message: 'Invalid request.\n\n"sha" wasn\'t supplied.' })

    const updated = await put('b.json', { content: base64('two'), sha: first.content.sha })
    expect(updated.status).toBe(200)

    const stale = await put('b.json', { content: base64('three'), sha: first.content.sha })
    expect(stale.status).toBe(409)
    expect(stale.body).toMatchObject({ message: `b.json does not match ${first.content.sha}` })
    expect(api.getFile('b.json')!.content.toString()).toBe('two')

    // The first commit still has the first version.
    const old = await call('GET', `/repos/owner/repo/contents/b.json?ref=${first.commit.sha}`)
    expect(Buffer.from((old.body as { content: string }).content, 'base64').toString()).toBe('one')
  })

  it('writes to a branch that exists and answers 404 for one that does not', async () => {
    api.setFile('seed.txt', 'x', 'baselines')
    expect((await put('b.json', { content: base64('1'), branch: 'baselines' })).status).toBe(201)
    expect(api.getFile('b.json', 'baselines')).toBeDefined()
    expect(api.getFile('b.json')).toBeUndefined()
    const missing = await put('b.json', { content: base64('1'), branch: 'nope' })
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ message: 'Branch nope not found' })
  })

  it('lists a folder', async () => {
    api.setFile('dir/a.txt', 'a')
    api.setFile('dir/sub/b.txt', 'b')
    const answer = await call('GET', '/repos/owner/repo/contents/dir')
    expect((answer.body as { name: string; type: string }[]).map(({ name, type }) => [name, type])).toEqual([
      ['a.txt', 'file'],
      ['sub', 'dir'],
    ])
  })
})

describe('pull requests', () => {
  it('lists the pull requests of a commit and gets one', async () => {
    const sha = 'a'.repeat(40)
    api.addPullRequest({ number: 12, headSha: sha, headRef: 'feature', headRepository: 'fork/repo' })
    const list = await call('GET', `/repos/owner/repo/commits/${sha}/pulls`)
    expect(list.status).toBe(200)
    expect(list.body).toMatchObject([
      {
        number: 12,
        state: 'open',
        head: { sha, ref: 'feature', repo: { full_name: 'fork/repo', fork: true } },
      },
    ])
    expect((await call('GET', `/repos/owner/repo/commits/${'b'.repeat(40)}/pulls`)).body).toEqual([])
    expect((await call('GET', '/repos/owner/repo/pulls/12')).body).toMatchObject({
      number: 12,
      merged: false,
    })
    expect((await call('GET', '/repos/owner/repo/pulls/13')).status).toBe(404)
  })
})

describe('artifacts', () => {
  it('lists a run’s artifacts by name and redirects the download to the zip', async () => {
    const zip = makeZip({ 'pr.json': '{"number": 12}', 'data/predictions.csv': 'y,p\n1,1\n' })
    const artifact = api.addArtifact(42, 'eval-gate', zip, { headSha: 'c'.repeat(40) })
    api.addArtifact(42, 'other', { 'x.txt': 'x' })
    api.addArtifact(43, 'eval-gate', { 'y.txt': 'y' })

    const all = await call('GET', '/repos/owner/repo/actions/runs/42/artifacts')
    expect(all.body).toMatchObject({ total_count: 2 })
    const listed = await call('GET', '/repos/owner/repo/actions/runs/42/artifacts?name=eval-gate')
    expect(listed.body).toMatchObject({
      total_count: 1,
      artifacts: [
        {
          id: artifact.id,
          name: 'eval-gate',
          size_in_bytes: zip.length,
          expired: false,
          archive_download_url: `${api.url}/repos/owner/repo/actions/artifacts/${artifact.id}/zip`,
          workflow_run: { id: 42, head_sha: 'c'.repeat(40) },
        },
      ],
    })

    const redirect = await call('GET', `/repos/owner/repo/actions/artifacts/${artifact.id}/zip`)
    expect(redirect.status).toBe(302)
    expect(redirect.headers.get('location')).toBe(
      `http://127.0.0.1:${new URL(api.url).port}/_blob/${artifact.id}`,
    )

    const blob = await fetch(redirect.headers.get('location')!)
    expect(blob.status).toBe(200)
    expect(blob.headers.get('content-type')).toBe('application/zip')
    const bytes = Buffer.from(await blob.arrayBuffer())
    expect(bytes.equals(zip)).toBe(true)
    expect(Object.fromEntries([...readZip(bytes)].map(([name, data]) => [name, data.toString()]))).toEqual({
      'pr.json': '{"number": 12}',
      'data/predictions.csv': 'y,p\n1,1\n',
    })
    expect(api.requests.at(-1)!.kind).toBe('blob')
  })

  it('follows the redirect when the client does (fetch, octokit)', async () => {
    const artifact = api.addArtifact(1, 'a', { 'f.txt': 'hi' })
    const followed = await fetch(`${api.url}/repos/owner/repo/actions/artifacts/${artifact.id}/zip`)
    expect(
      readZip(Buffer.from(await followed.arrayBuffer()))
        .get('f.txt')!
        .toString(),
    ).toBe('hi')
  })

  it('answers 410 for an expired artifact and 404 for a missing one', async () => {
    const expired = api.addArtifact(1, 'old', { 'f.txt': '' }, { expired: true })
    const gone = await call('GET', `/repos/owner/repo/actions/artifacts/${expired.id}/zip`)
    expect(gone.status).toBe(410)
    expect(gone.body).toMatchObject({ message: 'Artifact has expired' })
    expect((await call('GET', '/repos/owner/repo/actions/artifacts/99/zip')).status).toBe(404)
  })

  it('can refuse blob downloads that carry the API token', async () => {
    await restart({ blobAuthorization: 'reject' })
    const artifact = api.addArtifact(1, 'a', { 'f.txt': 'hi' })
    expect((await call('GET', `/_blob/${artifact.id}`)).status).toBe(400)
    expect((await call('GET', `/_blob/${artifact.id}`, { token: null })).status).toBe(200)
  })
})

describe('makeZip', () => {
  const files = {
    'metrics.json': '{"accuracy": 0.85}\n',
    'nested/dir/predictions.csv': 'label,prediction\n' + 'cat,dog\n'.repeat(1000),
    'ünïcødé name.txt': 'é',
    'empty.txt': '',
    'binary.bin': Buffer.from([0, 1, 2, 255, 254, 0]),
  }

  it('round-trips through its own reader, stored and deflated', () => {
    for (const compression of ['store', 'deflate'] as const) {
      const entries = readZip(makeZip(files, { compression }))
      expect([...entries.keys()]).toEqual(Object.keys(files))
      for (const [name, contents] of Object.entries(files)) {
        expect(entries.get(name)!.equals(Buffer.from(contents))).toBe(true)
      }
    }
    expect(makeZip(files, { compression: 'deflate' }).length).toBeLessThan(makeZip(files).length)
    expect(makeZip(files).equals(makeZip(files))).toBe(true)
  })

  it('writes STORED entries with correct CRC-32s', () => {
    const zip = makeZip({ 'a.txt': 'hello' })
    expect(zip.readUInt16LE(8)).toBe(0) // method: stored
    expect(zip.readUInt32LE(14)).toBe(0x3610a686) // crc32("hello")
    expect(zip.subarray(30 + 5, 30 + 10).toString()).toBe('hello')
    // A corrupted byte fails the CRC check.
    const corrupt = Buffer.from(zip)
    corrupt[30 + 5] = 0x48
    expect(() => readZip(corrupt)).toThrow(/CRC-32/)
  })

  it('computes CRC-32 with the table fallback as zlib does', () => {
    expect(crc32Table(Buffer.from('123456789'))).toBe(0xcbf43926)
    expect(crc32Table(Buffer.alloc(0))).toBe(0)
    const sample = Buffer.from(files['nested/dir/predictions.csv'])
    expect(crc32(sample)).toBe(crc32Table(sample))
    const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32
    if (native) expect(crc32Table(sample)).toBe(native(sample))
  })

  it.runIf(hasTool('unzip') || hasTool('python3'))('is read by unzip or python3 -m zipfile', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'eval-gate-zip-'))
    try {
      const file = path.join(folder, 'a.zip')
      writeFileSync(file, makeZip(files))
      if (hasTool('unzip')) {
        expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/)
        expect(execFileSync('unzip', ['-p', file, 'metrics.json'], { encoding: 'utf8' })).toBe(
          files['metrics.json'],
        )
        expect(execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n')).toEqual(
          Object.keys(files),
        )
      } else {
        const script =
          'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(z.namelist()))'
        expect(
          execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }).trim().split('\n'),
        ).toEqual(Object.keys(files))
      }
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

describe('failNext', () => {
  it('answers matching requests with the responses in order, then handles them normally', async () => {
    api.failNext({ method: 'post', path: '/repos/owner/repo/issues/1/comments' }, [
      { status: 500 },
      { status: 502, body: 'Bad Gateway' },
    ])
    api.failNext({ path: /\/comments$/ }, [faults.notFound()])
    expect(api.pendingFaults()).toBe(3)

    // A GET does not match the first rule (method) but does match the second.
    const get = await call('GET', '/repos/owner/repo/issues/1/comments')
    expect(get.status).toBe(404)
    const first = await call('POST', '/repos/owner/repo/issues/1/comments', { body: { body: 'x' } })
    expect(first.status).toBe(500)
    expect(first.body).toMatchObject({ message: 'Internal Server Error' })
    const second = await call('POST', '/repos/owner/repo/issues/1/comments', { body: { body: 'x' } })
    expect(second.status).toBe(502)
    expect(second.body).toBe('Bad Gateway')
    const third = await call('POST', '/repos/owner/repo/issues/1/comments', { body: { body: 'x' } })
    expect(third.status).toBe(201)
    expect(api.pendingFaults()).toBe(0)
    expect(api.requests.map((request) => [request.status, request.injected])).toEqual([
      [404, true],
      [500, true],
      [502, true],
      [201, false],
    ])
    expect(api.commentsOn(1)).toHaveLength(1)
  })

  it('serves the canned GitHub faults with their headers', async () => {
    const target = '/repos/owner/repo/issues/1/comments'
    api.failNext({ path: target }, [
      faults.forbiddenIntegration(),
      faults.validationFailed([{ resource: 'IssueComment', code: 'invalid', field: 'body' }]),
      faults.secondaryRateLimit(1, 429),
      faults.primaryRateLimit({ epochSeconds: 1_900_000_000 }),
      faults.serverError(),
    ])
    const answers = []
    for (let i = 0; i < 6; i++) answers.push(await call('GET', target))
    expect(answers.map((answer) => answer.status)).toEqual([403, 422, 429, 403, 500, 200])
    expect(answers[0]!.body).toMatchObject({ message: 'Resource not accessible by integration' })
    expect(answers[1]!.body).toMatchObject({ message: 'Validation Failed', errors: [{ code: 'invalid' }] })
    expect(answers[2]!.headers.get('retry-after')).toBe('1')
    expect((answers[2]!.body as { message: string }).message).toMatch(/secondary rate limit/)
    expect(answers[3]!.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(answers[3]!.headers.get('x-ratelimit-reset')).toBe('1900000000')
    expect((answers[3]!.body as { message: string }).message).toMatch(/^API rate limit exceeded/)
    for (const answer of answers) {
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(answer.headers.get('x-github-api-version-selected')).toBe('2022-11-28')
    }
  })

  it("drives octokit's error handling: a 500 then success is retried by the caller", async () => {
    api.failNext({ method: 'GET', path: '/repos/owner/repo/pulls/3' }, [faults.serverError()])
    api.addPullRequest({ number: 3, headSha: 'd'.repeat(40) })
    const octokit = github.getOctokit(PAT, { baseUrl: api.url })
    await expect(
      octokit.rest.pulls.get({ owner: 'owner', repo: 'repo', pull_number: 3 }),
    ).rejects.toMatchObject({
      status: 500,
    })
    const { data } = await octokit.rest.pulls.get({ owner: 'owner', repo: 'repo', pull_number: 3 })
    expect(data.head.sha).toBe('d'.repeat(40))
  })
})

describe("GitHub's OpenAPI description", () => {
  it('loads from @octokit/openapi (install it: npm install --save-dev @octokit/openapi)', () => {
    const spec = loadSpec()
    expect(spec.templates.length).toBeGreaterThan(500)
    const found = findOperation('POST', '/repos/owner/repo/issues/1/comments')
    expect('match' in found && found.match.operationId).toBe('issues/create-comment')
  })

  it('accepts a valid comment and rejects a misspelt field or an unknown path', () => {
    expect(
      checkRequestAgainstSpec({
        method: 'POST',
        path: '/repos/owner/repo/issues/1/comments',
        body: { body: 'x' },
      }),
    ).toEqual([])
    const misspelt = checkRequestAgainstSpec({
      method: 'POST',
      path: '/repos/owner/repo/issues/1/comments',
      body: { bodyy: 'x' },
    })
    expect(misspelt).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/missing required property "body"/),
        expect.stringMatching(/"bodyy"/),
      ]),
    )
    expect(checkRequestAgainstSpec({ method: 'GET', path: '/repos/owner/repo/no-such-thing' })).toEqual([
      expect.stringMatching(/no operation .* has the path/),
    ])
  })

  it('checks methods, path and query parameters, and body types', () => {
    expect(checkRequestAgainstSpec({ method: 'DELETE', path: '/user' })[0]).toMatch(/no DELETE operation/)
    expect(
      checkRequestAgainstSpec({ method: 'GET', path: '/repos/o/r/issues/1/comments?per_page=100&page=2' }),
    ).toEqual([])
    expect(
      checkRequestAgainstSpec({ method: 'GET', path: '/repos/o/r/issues/1/comments?perpage=100' })[0],
    ).toMatch(/query parameter "perpage"/)
    expect(checkRequestAgainstSpec({ method: 'GET', path: '/repos/o/r/issues/x/comments' })[0]).toMatch(
      /issue_number/,
    )
    expect(
      checkRequestAgainstSpec({
        method: 'PATCH',
        path: '/repos/o/r/issues/comments/5',
        body: { body: 5 },
      })[0],
    ).toMatch(/at \/body: 5 is not of type string/)
    expect(checkRequestAgainstSpec({ method: 'POST', path: '/repos/o/r/issues/1/comments' })).toEqual([
      'request body is required but missing',
    ])
    expect(
      checkRequestAgainstSpec({
        method: 'PUT',
        path: '/repos/o/r/contents/dir%2Fb.json',
        body: { message: 'm', content: 'eA==', sha: 'abc', branch: 'main', committer: { name: 'n' } },
      }),
    ).toEqual(['request body at /committer: missing required property "email"'])
    // The repository-id form of a pagination link is the same endpoint.
    expect(
      checkRequestAgainstSpec({ method: 'GET', path: '/repositories/42/issues/1/comments?page=2' }),
    ).toEqual([])
    // The artifact download: any archive_format segment fits the template.
    expect(checkRequestAgainstSpec({ method: 'GET', path: '/repos/o/r/actions/artifacts/1/zip' })).toEqual([])
  })

  it('reports answers that differ from the documented shape', async () => {
    const created = await call('POST', '/repos/owner/repo/issues/1/comments', { body: { body: 'x' } })
    const comment = created.body as Record<string, unknown>
    const check = (status: number, body: unknown) =>
      checkResponseAgainstSpec({ method: 'POST', path: '/repos/owner/repo/issues/1/comments', status, body })
    expect(check(201, comment)).toEqual([])
    expect(check(201, { ...comment, node_id: undefined, id: '5' })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/missing required property "node_id"/),
        expect.stringMatching(/at \/id: "5" is not of type integer/),
      ]),
    )
    expect(check(201, { ...comment, user: { ...(comment.user as object), login: null } })).toEqual([
      '201 response body at /user/login: null is not of type string (not nullable)',
    ])
    expect(check(201, { ...comment, created_at: 'yesterday' })[0]).toMatch(/not an RFC 3339 date-time/)
    expect(check(299, comment)[0]).toMatch(/status 299 is not documented/)
    // A oneOf: the authenticated user is a public or a private user, exactly one.
    const user = await call('GET', '/user')
    expect(checkResponseAgainstSpec({ method: 'GET', path: '/user', status: 200, body: user.body })).toEqual(
      [],
    )
    expect(
      checkResponseAgainstSpec({ method: 'GET', path: '/user', status: 200, body: { login: 'x' } })[0],
    ).toMatch(/matches none of the 2 oneOf schemas/)
  })

  it('finds every request of a session valid, and every answer shaped as GitHub documents it', async () => {
    const octokit = github.getOctokit(PAT, { baseUrl: api.url })
    const repository = { owner: 'owner', repo: 'repo' }
    api.addComment(9, `${MARKER}\nold`)
    api.addPullRequest({ number: 9, headSha: 'e'.repeat(40) })
    const artifact = api.addArtifact(77, 'eval-gate', { 'pr.json': '9' }, { headSha: 'e'.repeat(40) })
    api.setFile('README.md', 'hi\n')
    api.setFile('docs/a.md', 'a')

    await octokit.rest.users.getAuthenticated()
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repository,
      issue_number: 9,
      per_page: 100,
    })
    await octokit.rest.issues.updateComment({
      ...repository,
      comment_id: comments[0]!.id,
      body: `${MARKER}\nnew`,
    })
    await octokit.rest.issues.createComment({ ...repository, issue_number: 9, body: 'another' })
    await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repository,
      commit_sha: 'e'.repeat(40),
    })
    await octokit.rest.pulls.get({ ...repository, pull_number: 9 })
    await octokit.rest.actions.listWorkflowRunArtifacts({ ...repository, run_id: 77, name: 'eval-gate' })
    await octokit.rest.actions.getArtifact({ ...repository, artifact_id: artifact.id })
    await octokit.rest.actions.downloadArtifact({
      ...repository,
      artifact_id: artifact.id,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    })
    const readme = await octokit.rest.repos.getContent({ ...repository, path: 'README.md' })
    await octokit.rest.repos.getContent({ ...repository, path: 'docs' })
    await octokit.rest.repos.createOrUpdateFileContents({
      ...repository,
      path: 'baselines/main.json',
      message: 'Update the baseline',
      content: Buffer.from('{}').toString('base64'),
    })
    await octokit.rest.repos.createOrUpdateFileContents({
      ...repository,
      path: 'README.md',
      message: 'Update README',
      content: Buffer.from('hello\n').toString('base64'),
      sha: (readme.data as { sha: string }).sha,
    })
    // Error answers are documented too.
    await expect(
      octokit.rest.issues.createComment({ ...repository, issue_number: 9, body: '' }),
    ).rejects.toThrow()
    await expect(
      octokit.rest.repos.createOrUpdateFileContents({
        ...repository,
        path: 'README.md',
        message: 'm',
        content: '',
      }),
    ).rejects.toMatchObject({ status: 422 })

    const apiRequests = api.requests.filter((request) => request.kind === 'api')
    expect(apiRequests.length).toBeGreaterThanOrEqual(14)
    expect(checkRecordedRequests(api.requests)).toEqual([])
    // GitHub's error bodies carry a `status` field that its validation-error schema does not declare: unknown
    // properties are an error only in successful answers.
    const responseProblems = apiRequests.flatMap((request) =>
      checkResponseAgainstSpec(
        { method: request.method, path: request.path, status: request.status, body: request.responseBody },
        { unknownProperties: request.status < 400 ? 'error' : 'ignore' },
      ).map((problem) => `${request.method} ${request.path} → ${request.status}: ${problem}`),
    )
    expect(responseProblems).toEqual([])
  })
})

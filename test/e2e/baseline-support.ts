import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { expect } from 'vitest'
import { REPO_ROOT } from '../helpers/node24.js'
import { serializeBaseline, type BaselineEntry } from '../../src/core/baseline.js'
import {
  CONTENTS_INLINE_LIMIT,
  startGitHubApi,
  type FaultMatcher,
  type GitHubApi,
  type RecordedRequest,
} from '../helpers/github-api.js'
import { checkRecordedExchanges } from '../helpers/openapi.js'
import { toDelimited } from '../helpers/prediction-files.js'
import {
  writeWorkspaceFiles,
  workflowCommands,
  type RunResult,
  type WorkspaceFiles,
} from '../helpers/run-action.js'

// Shared by the baseline-lifecycle end-to-end tests (test/e2e/baseline-*.test.ts): git repositories with fixed
// identities and dates, prediction files with known metrics, and the local GitHub API with its checks.

const exec = promisify(execFile)

export const BASELINE = '.github/eval-baseline.json'
/** The contents API path of the baseline file, as the server records it (its `/` percent-encoded or not). */
export const CONTENTS_PATH = /^\/repos\/owner\/repo\/contents\/\.github(?:\/|%2F)eval-baseline\.json$/

// ---------------------------------------------------------------------------------------------------------------
// git, with a fixed author, committer and dates, and no user or system configuration
// ---------------------------------------------------------------------------------------------------------------

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'eval-gate e2e',
  GIT_AUTHOR_EMAIL: 'e2e@example.invalid',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'eval-gate e2e',
  GIT_COMMITTER_EMAIL: 'e2e@example.invalid',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
}

export async function git(workspace: string, args: string[]): Promise<string> {
  const { stdout } = await exec('git', ['-c', 'commit.gpgsign=false', ...args], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: workspace,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      ...GIT_IDENTITY,
    },
  })
  return stdout.trim()
}

/** Writes `files` (a `null` deletes one), commits everything and returns the commit's SHA. */
export async function commit(
  workspace: string,
  files: Record<string, string | null>,
  message: string,
): Promise<string> {
  const written: WorkspaceFiles = {}
  for (const [file, text] of Object.entries(files)) {
    if (text === null) await rm(path.join(workspace, file), { force: true })
    else written[file] = text
  }
  await writeWorkspaceFiles(workspace, written)
  await git(workspace, ['add', '--all'])
  await git(workspace, ['commit', '--quiet', '--allow-empty', '--message', message])
  return git(workspace, ['rev-parse', 'HEAD'])
}

export async function initRepository(workspace: string): Promise<void> {
  await git(workspace, ['init', '--quiet', '--initial-branch=main'])
}

// ---------------------------------------------------------------------------------------------------------------
// Prediction files with known metrics
// ---------------------------------------------------------------------------------------------------------------

export interface Row {
  label: string
  prediction: string
}

/**
 * A binary data set (labels 0/1, positive label 1) with exactly these confusion counts, rows in a fixed
 * interleaved order. `binary({ tp: 7, fn: 3, fp: 3, tn: 7 })` scores 0.7 on accuracy, precision, recall and f1.
 */
export function binaryRows({ tp, fn, fp, tn }: { tp: number; fn: number; fp: number; tn: number }): Row[] {
  const groups: Row[][] = [
    Array.from({ length: tp }, () => ({ label: '1', prediction: '1' })),
    Array.from({ length: fn }, () => ({ label: '1', prediction: '0' })),
    Array.from({ length: fp }, () => ({ label: '0', prediction: '1' })),
    Array.from({ length: tn }, () => ({ label: '0', prediction: '0' })),
  ]
  const rows: Row[] = []
  for (let i = 0; groups.some((group) => i < group.length); i++) {
    for (const group of groups) if (i < group.length) rows.push(group[i]!)
  }
  return rows
}

export function csv(rows: Row[]): string {
  return toDelimited(rows, ['label', 'prediction'])
}

/** A deterministic shuffle (a fixed LCG), so "another row order" is the same order on every run. */
export function shuffled<T>(items: T[], seed = 12345): T[] {
  const copy = [...items]
  let state = seed
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    const j = state % (i + 1)
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}

/** A versioned baseline file with full entries (not only metrics). */
export function baselineFile(models: Record<string, object>): string {
  return JSON.stringify({ schema: 1, models }, null, 2) + '\n'
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a run
// ---------------------------------------------------------------------------------------------------------------

/** The messages of one kind of workflow command (`error`, `warning`, `notice`). */
export function messages(result: RunResult, command: string): string[] {
  return workflowCommands(result.stdout)
    .filter((c) => c.command === command)
    .map((c) => c.message)
}

/**
 * A failed step whose failure (the one `::error` untitled, or titled as bad input: each regressed metric's has its
 * own title) is a single line of text matching `pattern`, with no stack trace anywhere; returns it.
 */
export function expectOneLineFailure(result: RunResult, pattern: RegExp): string {
  expect(result.exitCode, result.stdout + result.stderr).toBe(1)
  const errors = workflowCommands(result.stdout)
    .filter((c) => c.command === 'error' && [undefined, 'eval-gate: bad input'].includes(c.properties.title))
    .map((c) => c.message)
  expect(errors, result.stdout).toHaveLength(1)
  const [error] = errors as [string]
  expect(error).not.toMatch(/[\r\n]/)
  expect(error).toMatch(pattern)
  expect(result.stdout + result.stderr).not.toMatch(/^\s+at\s/m)
  return error
}

/** The bytes of the workspace's baseline file (undefined when it does not exist) and the names beside it. */
export async function baselineState(workspace: string): Promise<{ bytes?: Buffer; folder: string[] }> {
  const file = path.join(workspace, BASELINE)
  const bytes = await readFile(file).catch(() => undefined)
  const folder = await readdir(path.dirname(file)).catch(() => [])
  return { bytes, folder: folder.sort() }
}

/** Nothing half-written: the baseline file is byte-identical to `before`, and no temporary file is beside it. */
export async function expectUntouched(
  result: RunResult,
  before: { bytes?: Buffer; folder: string[] },
): Promise<void> {
  const after = await baselineState(result.workspace)
  expect(after.bytes?.toString('utf8')).toBe(before.bytes?.toString('utf8'))
  expect(after.bytes === undefined ? undefined : Buffer.compare(after.bytes, before.bytes!)).toBe(
    before.bytes === undefined ? undefined : 0,
  )
  expect(after.folder).toEqual(before.folder)
  expect(after.folder.filter((name) => name.endsWith('.tmp'))).toEqual([])
}

// ---------------------------------------------------------------------------------------------------------------
// The local GitHub API
// ---------------------------------------------------------------------------------------------------------------

/**
 * Starts the local GitHub API for one test; `done` closes it and checks every recorded request against GitHub's
 * OpenAPI description. Tests that run concurrently each have their own server.
 */
export async function apiServer(): Promise<GitHubApi & { done(): Promise<void> }> {
  const server = await startGitHubApi()
  return Object.assign(server, {
    async done() {
      await server.close()
      expect(checkRecordedExchanges(server.requests)).toEqual([])
    },
  })
}

/** The recorded requests to the baseline's contents API path, as `METHOD status` pairs, in order. */
export function contentsCalls(server: GitHubApi): string[] {
  return contentsRequests(server).map((r) => `${r.method} ${r.status}`)
}

export function contentsRequests(server: GitHubApi): RecordedRequest[] {
  return server.requests.filter((r) => CONTENTS_PATH.test(r.pathname))
}

/**
 * Runs `action` when the next request matching `method` and `path` arrives, just before the server handles it
 * (e.g. another writer changing the file between a run's read and its write). It rides on `failNext`: the
 * matcher's RegExp runs the action and then declines the match, so the request is answered normally. One
 * placeholder response stays queued (`pendingFaults()` counts it).
 */
export function beforeRequest(server: GitHubApi, method: string, path: RegExp, action: () => void): void {
  let pending = true
  class Interceptor extends RegExp {
    override test(text: string): boolean {
      if (pending && super.test(text)) {
        pending = false
        action()
      }
      return false
    }
  }
  const matcher: FaultMatcher = { method, path: new Interceptor(path.source, path.flags) }
  server.failNext(matcher, [{ status: 599 }])
}

/** The baseline document a PUT request carried. */
export function putDocument(request: RecordedRequest): {
  schema: number
  models: Record<string, { metrics: Record<string, number>; provenance?: Record<string, string> }>
} {
  const body = request.body as { content: string }
  return JSON.parse(Buffer.from(body.content, 'base64').toString('utf8'))
}

/**
 * A pass-through proxy in front of `server` that holds the first `count` requests matching `method` and `path`
 * until all of them have arrived, then lets them through together: e.g. two runs that both read the file before
 * either writes it. Use its `env` instead of the server's.
 */
export async function barrierProxy(
  server: GitHubApi,
  { method, path, count }: { method: string; path: RegExp; count: number },
): Promise<{ env: Record<string, string>; close(): Promise<void> }> {
  const target = new URL(server.url)
  const held: (() => void)[] = []
  const forward = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => {
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => res.destroy())
    upstream.end(body)
  }
  const proxy = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
      if (held.length < count && req.method === method && path.test(pathname)) {
        held.push(() => forward(req, res, body))
        if (held.length === count) for (const release of held) release()
        return
      }
      forward(req, res, body)
    })
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
  return {
    env: { GITHUB_API_URL: url, GITHUB_SERVER_URL: url, GITHUB_GRAPHQL_URL: `${url}/graphql` },
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections()
        proxy.close(() => resolve())
      }),
  }
}

const validateBaseline = new Ajv2020({ strict: true, allErrors: true }).compile(
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'schema', 'baseline.schema.json'), 'utf8')) as object,
)

/** What schema/baseline.schema.json says is wrong with a baseline file's text; [] when it is valid. */
export function baselineSchemaErrors(text: string): string[] {
  if (validateBaseline(JSON.parse(text))) return []
  return (validateBaseline.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)
}

/**
 * A baseline file over 1 MB, as the bundle writes it: `models` plus an entry with a confusion matrix of `labels`
 * labels (750 make about 1.1 MB; an ImageNet-sized task, 1,000, about 2 MB). The contents API does not send such a file inline.
 */
export function largeBaseline(models: Record<string, BaselineEntry>, labels = 750): string {
  const names = Array.from({ length: labels }, (_, i) => `class-${i}`)
  const big: BaselineEntry = {
    metrics: { accuracy: 0.5 },
    labels: names,
    confusionMatrix: names.map((_, g) => names.map((__, p) => (g === p ? 10 : 1))),
  }
  const text = serializeBaseline({ schema: 1, models: { ...models, big } })
  expect(Buffer.byteLength(text)).toBeGreaterThan(CONTENTS_INLINE_LIMIT)
  return text
}

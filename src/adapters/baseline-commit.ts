import {
  BASELINE_SCHEMA,
  parseBaseline,
  serializeBaseline,
  withEntry,
  type BaselineEntry,
} from '../core/baseline.js'
import { InputError } from '../core/errors.js'
import { contentsText } from './baseline-source.js'
import type { GitHubClient, Repository } from './github.js'

/** Concurrent gates on one branch race for the same file; this many tries settles any realistic race. */
const MAX_ATTEMPTS = 4

/** What became of the commit. */
export interface BaselineCommit {
  outcome: 'committed' | 'unchanged'
  /** SHA of the new commit. */
  commit?: string
  attempts: number
}

/**
 * Commits `name`'s new entry into the baseline file on `branch` through the contents API. The write names the
 * blob it replaces, so a concurrent update makes it fail (409/422) instead of clobbering; then the file is read
 * again, the entry merged into the newer copy, and the write retried. Other names' entries are never lost.
 */
export async function commitBaseline(
  client: GitHubClient,
  repository: Repository,
  branch: string,
  file: string,
  name: string,
  entry: BaselineEntry,
  message: string,
): Promise<BaselineCommit> {
  const filePath = file.replace(/\\/g, '/').replace(/^\.\//, '')
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const current = await readBranchCopy(client, repository, branch, filePath)
    const document = current ? parseBaseline(current.text, `${filePath} on ${branch}`).document : undefined
    const text = serializeBaseline(
      withEntry(document ?? { schema: BASELINE_SCHEMA, models: {} }, name, entry),
    )
    if (current?.text === text) return { outcome: 'unchanged', attempts: attempt }
    try {
      const { data } = await client.rest.repos.createOrUpdateFileContents({
        ...repository,
        path: filePath,
        branch,
        message,
        content: Buffer.from(text, 'utf8').toString('base64'),
        ...(current ? { sha: current.sha } : {}),
        // Not the client's own retries: they would resend this very write, whose `sha` a conflict has made stale,
        // with seconds of back-off each time. Every retry here reads the file again first.
        request: { retries: 0 },
      })
      return { outcome: 'committed', commit: data.commit.sha, attempts: attempt }
    } catch (error) {
      const status = (error as { status?: number }).status
      // 409: the file changed since we read it; 422: it appeared since we saw none. Both: read again, merge, retry.
      // 5xx: the write may or may not have landed; reading again tells (an unchanged file ends the loop).
      const retryable = status === 409 || status === 422 || (status !== undefined && status >= 500)
      if (retryable && attempt < MAX_ATTEMPTS) continue
      throw commitError(error, filePath, branch)
    }
  }
  throw new InputError(
    `could not commit ${filePath} to ${branch}: it kept changing under ${MAX_ATTEMPTS} attempts`,
  )
}

async function readBranchCopy(
  client: GitHubClient,
  repository: Repository,
  branch: string,
  filePath: string,
) {
  try {
    const { data } = await client.rest.repos.getContent({ ...repository, path: filePath, ref: branch })
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
      throw new InputError(`baseline ${filePath} on ${branch} is not a file`)
    }
    return { text: await contentsText(client, data, `${filePath} on ${branch}`), sha: data.sha }
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw commitError(error, filePath, branch)
  }
}

function commitError(error: unknown, filePath: string, branch: string): Error {
  if (error instanceof InputError) return error
  const status = (error as { status?: number }).status
  const detail = `HTTP ${status ?? '?'}: ${(error as Error).message}`
  const advice =
    status === 403 || status === 404
      ? '; give the job "permissions: contents: write", and check that branch protection lets the token push'
      : ''
  return new InputError(`could not commit ${filePath} to ${branch} (${detail})${advice}`)
}

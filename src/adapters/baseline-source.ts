import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { InputError } from '../core/errors.js'
import { readOptionalFile, refuseLinkOutOf } from './files.js'
import type { GitHubClient, Repository } from './github.js'

const run = promisify(execFile)

/** A baseline file's text as found at some place, and where that was, in words for the report. */
export interface BaselineCopy {
  /** undefined when the file does not exist there: a first run. */
  text?: string
  /** e.g. `the working tree`, `base commit 1a2b3c4 (git)`. */
  from: string
}

/** The working-tree copy (the checkout, which on a PR is the PR's own version). */
export async function readWorkingTreeBaseline(workspace: string, file: string): Promise<BaselineCopy> {
  const absolute = path.resolve(workspace, file)
  // On a pull request this file is the PR's: it must not lead the gate to read (and quote) a file elsewhere.
  await refuseLinkOutOf(workspace, absolute, file)
  return { text: await readOptionalFile(absolute, file), from: 'the working tree' }
}

/**
 * The baseline as it is at `ref`: from git when the checkout has that commit (`git show REF:PATH`), else through
 * the contents API, since a shallow PR checkout usually lacks the base commit.
 */
export async function readBaselineAtRef(
  workspace: string,
  file: string,
  ref: string,
  api?: { client: GitHubClient; repository: Repository },
): Promise<BaselineCopy> {
  const short = /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref
  if (await hasCommit(workspace, ref)) {
    // `REF:./PATH` is resolved from the working directory, wherever the repository's root is.
    const relative = path.relative(workspace, path.resolve(workspace, file)).split(path.sep).join('/')
    try {
      const { stdout } = await run('git', ['show', `${ref}:./${relative}`], {
        cwd: workspace,
        maxBuffer: 256 << 20,
      })
      return { text: stdout, from: `${short} (git)` }
    } catch {
      // The commit exists but the file does not at it: a first run for this baseline.
      return { text: undefined, from: `${short} (git)` }
    }
  }
  if (!api) {
    throw new InputError(
      `baseline-ref ${JSON.stringify(ref)} is not a commit in this checkout, and there is no token to ask GitHub`,
    )
  }
  return { text: await readThroughApi(api.client, api.repository, file, ref), from: `${short} (GitHub API)` }
}

/** What the contents API says about a file: its text inline (base64) up to 1 MB, else only where to download it. */
export interface ContentsFile {
  content: string
  encoding?: string
  download_url?: string | null
}

/**
 * A file's text from a contents API answer. Files over 1 MB come without their content (encoding `none`, content
 * empty): they are downloaded from `download_url` instead of being read as an empty, invalid baseline.
 */
export async function contentsText(client: GitHubClient, data: ContentsFile, what: string): Promise<string> {
  if (data.encoding !== 'none') return Buffer.from(data.content, 'base64').toString('utf8')
  if (!data.download_url)
    throw new InputError(`${what} is too large for the contents API and has no download URL`)
  try {
    const { data: text } = await client.request({ method: 'GET', url: data.download_url })
    return typeof text === 'string' ? text : Buffer.from(text as ArrayBuffer).toString('utf8')
  } catch (error) {
    const status = (error as { status?: number }).status
    throw new InputError(
      `could not download ${what}, which is over 1 MB (HTTP ${status ?? '?'}: ${(error as Error).message})`,
    )
  }
}

async function readThroughApi(client: GitHubClient, repository: Repository, file: string, ref: string) {
  const filePath = file.split(path.sep).join('/').replace(/^\.\//, '')
  let found: ContentsFile
  try {
    const { data } = await client.rest.repos.getContent({ ...repository, path: filePath, ref })
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
      throw new InputError(`baseline ${file} at ${ref} is not a file`)
    }
    found = data
  } catch (error) {
    if (error instanceof InputError) throw error
    const status = (error as { status?: number }).status
    const message = (error as Error).message
    // 404 means no such file at that ref, unless the ref itself is unknown (GitHub then says "No commit found").
    if (status === 404 && !/no commit found|branch .* not found/i.test(message)) return undefined
    if (status === 404 || status === 422) {
      throw new InputError(
        `baseline-ref ${JSON.stringify(ref)} does not exist in ${repository.owner}/${repository.repo} (${message})`,
      )
    }
    throw new InputError(
      `could not read baseline ${file} at ${ref} through the GitHub API (HTTP ${status ?? '?'}: ${message}); ` +
        'give the job "permissions: contents: read", or fetch the base commit in actions/checkout (fetch-depth: 0)',
    )
  }
  return contentsText(client, found, `baseline ${file} at ${ref}`)
}

async function hasCommit(workspace: string, ref: string): Promise<boolean> {
  try {
    await run('git', ['cat-file', '-e', `${ref}^{commit}`], { cwd: workspace })
    return true
  } catch {
    return false
  }
}

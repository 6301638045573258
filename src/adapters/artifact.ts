import { createWriteStream } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { Readable, Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { InputError } from '../core/errors.js'
import { extractZip, ZIP_LIMITS } from './artifact-zip.js'
import type { GitHubClient, Repository } from './github.js'

/** File an evaluating workflow may put in its artifact to say which pull request it ran for. */
export const PR_NUMBER_FILE = 'pr-number'

/** A download that sends nothing for this long has stalled (the same bound as @actions/artifact's). */
const DOWNLOAD_IDLE_MS = 30_000

/**
 * Downloads and unpacks the artifact `name` of another workflow run (the `workflow_run` pattern) into `folder`:
 * with `@actions/artifact` on github.com and GHE.com, through the REST API on GitHub Enterprise Server, which that
 * client refuses. `@actions/artifact` is loaded only when used, so gates that never use it do not pay for loading it.
 */
export async function downloadRunArtifact(
  client: GitHubClient,
  token: string,
  repository: Repository,
  runId: number,
  name: string,
  folder: string,
): Promise<void> {
  if (isEnterpriseServer(process.env.GITHUB_SERVER_URL)) {
    await downloadWithRestApi(client, repository, runId, name, folder)
    return
  }
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const artifacts = new DefaultArtifactClient()
  const findBy = {
    token,
    workflowRunId: runId,
    repositoryOwner: repository.owner,
    repositoryName: repository.repo,
  }
  let id: number
  try {
    id = (await artifacts.getArtifact(name, { findBy })).artifact.id
  } catch (error) {
    throw noArtifact(name, runId, (error as Error).message)
  }
  await artifacts.downloadArtifact(id, { path: folder, findBy })
}

/**
 * Whether the server is one `@actions/artifact` refuses, by its own rule: anything but github.com, *.ghe.com and
 * *.localhost (and github.com when the variable is unset or not a URL, where that client decides).
 */
export function isEnterpriseServer(serverUrl: string | undefined): boolean {
  if (!serverUrl || !URL.canParse(serverUrl)) return false
  const host = new URL(serverUrl).hostname.toLowerCase()
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')
}

function noArtifact(name: string, runId: number, reason: string): InputError {
  return new InputError(
    `input "artifact-name": no artifact ${JSON.stringify(name)} in run ${runId} (${reason}); ` +
      'check the name given to actions/upload-artifact and that this job has "actions: read"',
  )
}

/**
 * The REST path: list the run's artifacts by name, ask for the zip (a redirect to a signed URL, fetched without the
 * token, as `@actions/artifact` does), save it next to `folder` within the size bound, and unpack it.
 */
async function downloadWithRestApi(
  client: GitHubClient,
  repository: Repository,
  runId: number,
  name: string,
  folder: string,
): Promise<void> {
  const listed = await client
    .paginate(client.rest.actions.listWorkflowRunArtifacts, {
      ...repository,
      run_id: runId,
      name,
      per_page: 100,
    })
    .catch((error: Error) => {
      throw noArtifact(name, runId, error.message)
    })
  const named = listed.filter((artifact) => artifact.name === name)
  const artifact = named.filter((candidate) => !candidate.expired).sort((a, b) => b.id - a.id)[0]
  if (!artifact)
    throw noArtifact(name, runId, named.length ? 'it has expired' : 'the run has none of that name')
  const shown = JSON.stringify(name)
  if (artifact.size_in_bytes > ZIP_LIMITS.unpackedBytes) {
    throw new InputError(
      `artifact ${shown}: ${artifact.size_in_bytes} bytes, more than the ${ZIP_LIMITS.unpackedBytes} eval-gate reads`,
    )
  }
  const answer = await client.rest.actions
    .downloadArtifact({
      ...repository,
      artifact_id: artifact.id,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    })
    .catch((error: Error) => {
      throw new InputError(`artifact ${shown}: the API refused its download (${error.message})`)
    })
  const location = answer.headers.location
  if (answer.status !== 302 || !location) {
    throw new InputError(`artifact ${shown}: the API answered ${answer.status} without a download address`)
  }
  // Beside the folder, not in it: the folder's files are the predictions.
  const zipFile = `${folder}.zip`
  try {
    await saveDownload(location, zipFile, shown)
    await extractZip(zipFile, folder, shown)
  } finally {
    await rm(zipFile, { force: true })
  }
}

/** Streams `url` to `file`; refuses more than the zip limit's bytes and a download that stalls. */
async function saveDownload(url: string, file: string, shown: string): Promise<void> {
  const stalled = new AbortController()
  const timer = setTimeout(() => stalled.abort(), DOWNLOAD_IDLE_MS)
  try {
    const response = await fetch(url, { signal: stalled.signal })
    if (!response.ok || !response.body) {
      throw new InputError(
        `artifact ${shown}: its download answered ${response.status} ${response.statusText}`,
      )
    }
    const bound = new ByteBound(ZIP_LIMITS.unpackedBytes, () => {
      timer.refresh()
    })
    await pipeline(
      Readable.fromWeb(response.body as WebReadableStream),
      bound,
      createWriteStream(file, { flags: 'wx' }),
    )
  } catch (error) {
    if (error instanceof InputError) throw error
    const reason = stalled.signal.aborted
      ? `nothing arrived for ${DOWNLOAD_IDLE_MS / 1000} s`
      : (error as Error).message
    throw new InputError(`artifact ${shown}: its download failed (${reason})`)
  } finally {
    clearTimeout(timer)
  }
}

/** Passes bytes on up to `limit`, telling `onData` of each chunk. */
class ByteBound extends Transform {
  private seen = 0

  constructor(
    private readonly limit: number,
    private readonly onData: () => void,
  ) {
    super()
  }

  override _transform(chunk: Buffer, _: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length
    this.onData()
    if (this.seen > this.limit) done(new Error(`more than ${this.limit} bytes, the most eval-gate reads`))
    else done(null, chunk)
  }
}

/** The pull-request number the evaluating workflow wrote into its artifact, if it did. */
export async function readClaimedPullNumber(folder: string): Promise<number | undefined> {
  const text = await readFile(path.join(folder, PR_NUMBER_FILE), 'utf8').catch(() => undefined)
  const value = text?.trim()
  return value && /^[1-9]\d*$/.test(value) ? Number(value) : undefined
}

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../core/errors.js'
import type { Repository } from './github.js'

/** File an evaluating workflow may put in its artifact to say which pull request it ran for. */
export const PR_NUMBER_FILE = 'pr-number'

/**
 * Downloads and unpacks the artifact `name` of another workflow run (the `workflow_run` pattern) into `folder`.
 * `@actions/artifact` is loaded only here, so gates that never use it do not pay for loading it.
 */
export async function downloadRunArtifact(
  token: string,
  repository: Repository,
  runId: number,
  name: string,
  folder: string,
): Promise<void> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const findBy = {
    token,
    workflowRunId: runId,
    repositoryOwner: repository.owner,
    repositoryName: repository.repo,
  }
  let id: number
  try {
    id = (await client.getArtifact(name, { findBy })).artifact.id
  } catch (error) {
    throw new InputError(
      `input "artifact-name": no artifact ${JSON.stringify(name)} in run ${runId} (${(error as Error).message}); ` +
        'check the name given to actions/upload-artifact and that this job has "actions: read"',
    )
  }
  await client.downloadArtifact(id, { path: folder, findBy })
}

/** The pull-request number the evaluating workflow wrote into its artifact, if it did. */
export async function readClaimedPullNumber(folder: string): Promise<number | undefined> {
  const text = await readFile(path.join(folder, PR_NUMBER_FILE), 'utf8').catch(() => undefined)
  const value = text?.trim()
  return value && /^[1-9]\d*$/.test(value) ? Number(value) : undefined
}

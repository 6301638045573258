import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import { downloadRunArtifact, readClaimedPullNumber } from './adapters/artifact.js'
import { commitBaseline } from './adapters/baseline-commit.js'
import { readBaselineAtRef, type BaselineCopy } from './adapters/baseline-source.js'
import { isInside } from './adapters/files.js'
import { createClient, upsertComment, type GitHubClient } from './adapters/github.js'
import { getCommentSettings, getSettings } from './adapters/inputs.js'
import {
  branchOf,
  commitRefusal,
  gatedPullRequest,
  type GatedPullRequest,
  type RunEvent,
} from './adapters/trust.js'
import { commentAction, commentBody, reportLimitForComment, SUMMARY_LIMIT } from './core/comment.js'
import { InputError } from './core/errors.js'
import { describeRegression, regressionTitle, renderReportWithin } from './core/report.js'
import { jsonKeyLine } from './core/json-lines.js'
import { isRegression } from './core/compare.js'
import type { BaselineEntry } from './core/baseline.js'
import type { CommentSettings, Settings } from './core/settings.js'
import { runGate, writeBaselineUpdate, type BaselineUpdate, type GateOutcome } from './gate.js'
import { collectShard, writeShardFile } from './shards.js'

/** The action: evaluate, publish, comment, and fail the step when the gate says so. Every failure ends here. */
export async function run(): Promise<void> {
  let failure: string | undefined
  const read: ReadFolders = {}
  try {
    failure = await evaluateAndPublish(read)
  } catch (error) {
    // An input error found in a file is annotated on its line, so it shows on the file in the pull request.
    const where =
      error instanceof InputError
        ? fileAnnotation(error.location.file, error.location.line, read.artifact)
        : undefined
    if (where === undefined) return core.setFailed(describeFailure(error))
    core.error(describeFailure(error), { ...where, title: 'eval-gate: bad input' })
    process.exitCode = core.ExitCode.Failure
    return
  }
  if (failure !== undefined) core.setFailed(failure)
}

/** Folders the run read files from besides the checkout, so that an error in one is not pinned on the checkout. */
interface ReadFolders {
  /** `artifact-name`: the unpacked artifact, which the prediction files' paths are relative to. */
  artifact?: string
}

/**
 * Where an annotation goes: a file of the checkout (relative to it, as GitHub wants), and a line when known. A file
 * of the artifact is in no checkout, though the checkout may have one of the same name: it gets no place.
 */
function fileAnnotation(
  file: string | undefined,
  line: number | undefined,
  artifact?: string,
): core.AnnotationProperties | undefined {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  if (file === undefined || path.isAbsolute(file)) return undefined
  if (artifact !== undefined && existsSync(path.resolve(artifact, file))) return undefined
  const absolute = path.resolve(workspace, file)
  if (!isInside(absolute, workspace) || !existsSync(absolute)) return undefined
  const relative = path.relative(workspace, absolute)
  return { file: relative.split(path.sep).join('/'), ...(line !== undefined ? { startLine: line } : {}) }
}

/**
 * `mode: shard`: computes this job's statistics and writes them to `stats-output` (for an artifact a merge job
 * downloads). No baseline, no comment, no verdict: the merge job gates.
 */
async function writeShard(settings: Settings, workspace: string, jobSummary: boolean): Promise<undefined> {
  const shard = await collectShard(settings, workspace)
  const target = await writeShardFile(workspace, settings.statsOutput!, shard.text)
  const files = shard.files.length === 1 ? '1 file' : `${shard.files.length} files`
  core.info(`Statistics of ${shard.rows} rows from ${files} written to ${settings.statsOutput}`)
  core.setOutput('stats-file', target)
  if (!jobSummary) return undefined
  await core.summary
    .addRaw(`eval-gate shard: statistics of ${shard.rows} rows written to \`${settings.statsOutput}\`.\n`)
    .write()
  return undefined
}

/** Runs the gate and publishes its results; returns the failure message when the gate fails. */
async function evaluateAndPublish(read: ReadFolders): Promise<string | undefined> {
  const settings = getSettings()
  const comment = getCommentSettings(settings.name)
  if (comment.token) core.setSecret(comment.token)
  const { context } = github
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const client = comment.token
    ? createClient(
        comment.token,
        (message) => core.info(message),
        (message) => core.debug(message),
      )
    : undefined

  // The settings have no secret (the token is in the comment settings); step debug logging shows them.
  core.debug(`settings: ${JSON.stringify(settings)}`)
  if (settings.mode === 'shard') return writeShard(settings, workspace, comment.jobSummary)
  const event = runEvent()
  const refusal = settings.commitBaseline ? commitRefusal(event, comment.prNumber) : undefined
  if (refusal) throw new InputError(refusal)
  const artifact = comment.artifactName
    ? await core.group('eval-gate: artifact', () => fetchArtifact(comment, client))
    : undefined
  read.artifact = artifact?.folder
  const api = client && { client, repository: context.repo }
  const pull = await gatedPullRequest(event, comment.prNumber, api, artifact?.claimedPull)
  const trustedBaseline = await core.group('eval-gate: baseline', () =>
    trustedBaselineCopy(settings, workspace, client, pull),
  )
  const outcome = await core.group('eval-gate: reading and statistics', () =>
    runGate(settings, {
      trustedBaseline,
      workspace,
      dataFolder: artifact?.folder,
      commit: artifact?.headSha ?? context.sha,
      ref: process.env.GITHUB_REF,
      runUrl: runUrl(),
      now: new Date(),
    }),
  )
  core.debug(`files read: ${JSON.stringify(outcome.reportInput.files)}`)

  await publishOutputs(outcome, settings, comment.jobSummary)
  announce(outcome, settings)

  // The comment goes up before the step fails, and a failure to comment never changes the verdict.
  const commentUrl = await core.group('eval-gate: comment', () =>
    commentOnPullRequest(comment, client, outcome, pull),
  )
  core.setOutput('comment-url', commentUrl)
  const update = outcome.baselineUpdate
  if (update?.entry) {
    const entry = update.entry
    await core.group('eval-gate: baseline update', async () => {
      // Commit first: a commit that fails must leave the workspace file as it was, like every other failure.
      if (settings.commitBaseline) await commitNewBaseline(settings, client, entry)
      await writeBaselineUpdate(update)
    })
  }
  announceBaselineUpdate(update)
  return outcome.failure
}

/** The `workflow_run` pattern: the prediction files come from an artifact of the run that evaluated the PR. */
async function fetchArtifact(comment: CommentSettings, client: GitHubClient | undefined) {
  const { context } = github
  const run = context.payload.workflow_run as { id?: number; head_sha?: string } | undefined
  const runId = comment.runId ?? run?.id
  if (runId === undefined) {
    throw new InputError(
      'input "artifact-name" needs a run: set "run-id", or use it in a workflow_run workflow',
    )
  }
  if (!client) throw new InputError('input "artifact-name" needs "github-token" to download the artifact')
  const folder = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'eval-gate-artifact-'))
  await downloadRunArtifact(client, comment.token, context.repo, runId, comment.artifactName!, folder)
  core.info(`Read artifact ${JSON.stringify(comment.artifactName)} of run ${runId} into ${folder}`)
  return { folder, headSha: run?.head_sha, claimedPull: await readClaimedPullNumber(folder) }
}

/** The event that started this run, as the trust rules read it. */
function runEvent(): RunEvent {
  const { context } = github
  return {
    name: context.eventName,
    payload: context.payload,
    repository: context.repo,
    ref: process.env.GITHUB_REF,
  }
}

/**
 * A run that gates a pull request reads the baseline at that pull request's base commit, so a PR cannot lower its
 * own bar; `baseline-ref` names another ref. Elsewhere the working tree is trusted (undefined here).
 */
async function trustedBaselineCopy(
  settings: Settings,
  workspace: string,
  client: GitHubClient | undefined,
  pull: GatedPullRequest | undefined,
): Promise<BaselineCopy | undefined> {
  const { context } = github
  const ref = settings.baselineRef ?? pull?.baseRef
  if (!ref) {
    if (!pull) return undefined
    throw new InputError(
      `this ${context.eventName} run gates a pull request, but its event names no base commit to read the ` +
        'trusted baseline at: set "baseline-ref" to the base branch',
    )
  }
  const copy = await readBaselineAtRef(
    workspace,
    settings.baselinePath,
    ref,
    client && { client, repository: context.repo },
  )
  if (copy.text === undefined)
    core.notice(`No baseline ${settings.baselinePath} at ${copy.from}: this is a first run.`)
  return copy
}

async function commitNewBaseline(settings: Settings, client: GitHubClient | undefined, entry: BaselineEntry) {
  const { context } = github
  const branch = branchOf(process.env.GITHUB_REF)
  if (!branch)
    throw new InputError(
      `input "commit-baseline" needs a branch; GITHUB_REF is ${process.env.GITHUB_REF ?? 'unset'}`,
    )
  if (!client) throw new InputError('input "commit-baseline" needs "github-token"')
  const short = (context.sha ?? '').slice(0, 7)
  const message = `eval-gate: update baseline of ${settings.name}${short ? ` (measured at ${short})` : ''}`
  const result = await commitBaseline(
    client,
    context.repo,
    branch,
    settings.baselinePath,
    settings.name,
    entry,
    message,
  )
  if (result.outcome === 'committed') {
    core.notice(`Baseline committed to ${branch} as ${result.commit} (attempt ${result.attempts})`)
  } else core.info(`Baseline on ${branch} already holds these results; nothing to commit.`)
}

/** Posts or updates the sticky comment; returns its URL, or '' when there is none. */
async function commentOnPullRequest(
  settings: CommentSettings,
  client: GitHubClient | undefined,
  outcome: GateOutcome,
  pull: GatedPullRequest | undefined,
): Promise<string> {
  const action = commentAction(settings.mode, outcome.comparison)
  if (action === 'skip') return ''
  if (!client) {
    const { payload } = github.context
    if (pull?.number !== undefined || payload.workflow_run) {
      core.warning('No comment posted: input "github-token" is empty.')
    }
    return ''
  }
  const { context } = github
  const pullNumber = pull?.number
  if (pullNumber === undefined) {
    const because = pull?.unknownBecause ? ` (${pull.unknownBecause})` : ''
    core.info(
      `No pull request for this ${context.eventName} event${because}: no comment (set "pr-number" to name one).`,
    )
    return ''
  }
  try {
    const report = renderReportWithin(
      outcome.reportInput,
      reportLimitForComment(settings.commentId),
      undefined,
      'the job summary',
    )
    const result = await upsertComment(
      client,
      context.repo,
      pullNumber,
      settings.commentId,
      commentBody(settings.commentId, report),
      action === 'update',
    )
    if (result.outcome !== 'skipped')
      core.info(`Comment ${result.outcome} on pull request #${pullNumber}: ${result.url}`)
    return result.url ?? ''
  } catch (error) {
    core.warning(commentFailure(error, pullNumber))
    return ''
  }
}

/** Why a comment could not be written, with what to change. The token never appears in it. */
function commentFailure(error: unknown, pullNumber: number | undefined): string {
  const status = (error as { status?: number }).status
  const where = pullNumber === undefined ? 'the pull request' : `pull request #${pullNumber}`
  const detail = `HTTP ${status ?? '?'}: ${(error as Error).message}`
  const headers = (error as { response?: { headers?: Record<string, string> } }).response?.headers
  if (
    status === 429 ||
    (status === 403 && (headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(detail)))
  ) {
    return (
      `eval-gate could not comment on ${where}: GitHub's rate limit was hit (${detail}) and the wait was too long. ` +
      "The gate's verdict stands; see the job summary."
    )
  }
  if (status === 403 || status === 404) {
    return (
      `eval-gate could not comment on ${where} (${detail}). Give the job "permissions: pull-requests: write". ` +
      'Pull requests from forks get a read-only token: use the workflow_run pattern from the README instead.'
    )
  }
  return `eval-gate could not comment on ${where} (${detail}). The gate's verdict stands; see the job summary.`
}

/** The action's outputs, and the report in the job summary unless `summary: false`. */
async function publishOutputs(outcome: GateOutcome, settings: Settings, jobSummary: boolean): Promise<void> {
  core.setOutput('regressed', String(outcome.comparison.regressed))
  core.setOutput('metrics', JSON.stringify(outcome.metricsByModel ?? outcome.metrics))
  core.setOutput('report', await writeReportFile(settings.name, outcome.report))
  core.setOutput('summary', outcome.summary)
  // Written by mode shard only; set, empty, so that every output of the action has a value.
  core.setOutput('stats-file', '')
  if (!jobSummary) return
  const summary = renderReportWithin(
    outcome.reportInput,
    SUMMARY_LIMIT,
    (text) => Buffer.byteLength(text),
    'the report file',
  )
  await core.summary.addRaw(summary).write()
}

/** Log lines and annotations: the verdict, one per regressed metric, what happened to the baseline. */
function announce(outcome: GateOutcome, settings: Settings): void {
  core.info(outcome.summary)
  for (const warning of outcome.warnings) core.warning(warning, { title: 'eval-gate' })
  // A gate that only reports (fail-on-regression: false) flags regressions as warnings, not errors.
  const annotate = settings.failOnRegression ? core.error : core.warning
  // Each on the baseline file's line it is about (versioned or flat file), in the checkout's copy.
  const onBaseline = (...keys: string[][]): core.AnnotationProperties | undefined => {
    const text = outcome.baselineText
    if (text === undefined) return undefined
    // The first key the file has: one scan of the text when the first one is there.
    for (const key of keys) {
      const line = jsonKeyLine(text, key)
      if (line !== undefined) return fileAnnotation(settings.baselinePath, line)
    }
    return undefined
  }
  const dataset = outcome.reportInput.datasetChange
  if (dataset?.policy === 'warn') {
    core.warning(
      dataset.subset !== undefined
        ? `This run and the baseline measure different parts of their benchmark (${dataset.subset}); the comparison is between different test sets.`
        : `The evaluation data differs from the data the baseline was measured on (baseline ${dataset.baselineRows ?? '?'} ` +
            `rows, this run ${dataset.rows}); the comparison is between different test sets.`,
      {
        ...onBaseline(['models', settings.name, 'fingerprint']),
        title: 'eval-gate: evaluation data changed',
      },
    )
  }
  for (const metric of outcome.comparison.metrics) {
    if (!isRegression(metric)) continue
    const where = onBaseline(['models', settings.name, 'metrics', metric.name], [metric.name])
    annotate(describeRegression(metric), { ...where, title: regressionTitle(metric) })
  }
}

function announceBaselineUpdate(update: BaselineUpdate | undefined): void {
  if (update?.written) core.notice(`Baseline written to ${update.path}`)
  else if (update) core.warning(`Baseline ${update.path} not updated: ${update.reason}`)
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
}

async function writeReportFile(name: string, report: string): Promise<string> {
  const folder = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'eval-gate')
  await mkdir(folder, { recursive: true })
  const file = path.join(folder, `report-${name.replace(/[^\w.-]+/g, '_')}.md`)
  await writeFile(file, report, 'utf8')
  return file
}

/** A failure message a user can act on: our own errors as they are, anything else without its stack. */
function describeFailure(error: unknown): string {
  if (error instanceof InputError) return error.message
  if (error instanceof Error) {
    core.debug(error.stack ?? error.message)
    return `eval-gate failed unexpectedly: ${error.message}`
  }
  return `eval-gate failed unexpectedly: ${String(error)}`
}

import { InputError } from '../core/errors.js'
import { findPullRequestOfCommit, getPullRequest, type GitHubClient, type Repository } from './github.js'

// Who may move the bar, and which copy of the baseline a run trusts. An allow-list: only runs of the repository's
// own code on its own branches may commit; a run that gates a pull request, by whatever route it got here, is
// measured against that pull request's base commit.

/** The event that started the run, as @actions/github's context gives it. */
export interface RunEvent {
  name: string
  payload: Record<string, unknown>
  /** The repository the workflow runs in. */
  repository: Repository
  /** `GITHUB_REF`. */
  ref?: string
}

/** Events whose runs may commit a baseline: none of them carries a pull request's results. */
const COMMITTING_EVENTS = ['push', 'workflow_dispatch', 'schedule']

const ADVICE = 'Commit baselines from a push, workflow_dispatch or schedule run of the default branch.'

interface WorkflowRunPayload {
  event?: string
  head_sha?: string
  head_branch?: string | null
  head_repository?: { full_name?: string } | null
  pull_requests?: { number?: number; base?: { sha?: string } }[]
}

function workflowRun(event: RunEvent): WorkflowRunPayload | undefined {
  return event.payload.workflow_run as WorkflowRunPayload | undefined
}

function fullName(repository: Repository): string {
  return `${repository.owner}/${repository.repo}`
}

/**
 * Why `commit-baseline` is refused for this run, as one line saying what to do instead; undefined when the run may
 * commit: a push, workflow_dispatch or schedule run of the repository itself, or a workflow_run started by one of
 * those in this repository and on the branch it commits to, and never when `pr-number` names a pull request.
 */
export function commitRefusal(event: RunEvent, prNumber: number | undefined): string | undefined {
  const refused = 'input "commit-baseline" is refused'
  if ((event.payload.repository as { fork?: boolean } | undefined)?.fork) {
    return `${refused} in a fork: commit baselines in the upstream repository`
  }
  if (event.name.startsWith('pull_request')) {
    return `${refused} on ${event.name} events: a pull request must not move its own baseline. ${ADVICE}`
  }
  if (event.name === 'workflow_run') {
    const refusal = workflowRunRefusal(event, workflowRun(event) ?? {})
    if (refusal) return `${refused} ${refusal}`
  } else if (!COMMITTING_EVENTS.includes(event.name)) {
    return (
      `${refused} on ${event.name} events: only push, workflow_dispatch and schedule runs may move the baseline, ` +
      `and a ${event.name} run may carry a pull request's results. ${ADVICE}`
    )
  }
  if (prNumber !== undefined) {
    return `${refused} with "pr-number": this run gates pull request #${prNumber}, which must not move its own baseline. ${ADVICE}`
  }
  return undefined
}

function workflowRunRefusal(event: RunEvent, run: WorkflowRunPayload): string | undefined {
  const trigger = run.event ?? 'unknown'
  if (!COMMITTING_EVENTS.includes(trigger)) {
    return (
      `in a workflow_run started by a ${trigger} event: only runs started by push, workflow_dispatch or ` +
      `schedule may move the baseline, and this one may carry a pull request's results. ${ADVICE}`
    )
  }
  const source = run.head_repository?.full_name
  if (source !== undefined && source !== fullName(event.repository)) {
    return `in a workflow_run of a run in ${source}: its results come from another repository. ${ADVICE}`
  }
  // A workflow_run runs on the default branch whatever branch its trigger ran on: feature-branch results must not
  // be committed there.
  const branch = branchOf(event.ref)
  if (run.head_branch && branch !== undefined && run.head_branch !== branch) {
    return (
      `in a workflow_run of a run on branch ${JSON.stringify(run.head_branch)}: its results would be committed ` +
      `to ${branch}. ${ADVICE}`
    )
  }
  return undefined
}

/** The branch of `refs/heads/<branch>`, else undefined. */
export function branchOf(ref: string | undefined): string | undefined {
  return /^refs\/heads\/(.+)$/.exec(ref ?? '')?.[1]
}

/** The pull request a run gates, and the ref whose copy of the baseline it is measured against. */
export interface GatedPullRequest {
  /** undefined when the run carries a pull request's results but it could not be identified: no comment then. */
  number?: number
  /** The base commit's SHA; the default branch when the pull request is unknown; undefined when nothing says. */
  baseRef?: string
  /** Why there is no number, for the log. */
  unknownBecause?: string
}

/** The API access a lookup needs; undefined without a token. */
export interface ApiAccess {
  client: GitHubClient
  repository: Repository
}

/**
 * The pull request this run belongs to, by any route: `pr-number`, a pull_request* or merge_group event, a comment
 * on a pull request (issue_comment), or a workflow_run (its payload's list, else the open pull request whose head
 * is the run's commit; `claimed` is the artifact's `pr-number`, trusted only when it names that pull request).
 * Undefined when the run belongs to none: its working tree is then trusted.
 */
export async function gatedPullRequest(
  event: RunEvent,
  prNumber: number | undefined,
  api: ApiAccess | undefined,
  claimed: number | undefined,
): Promise<GatedPullRequest | undefined> {
  const { payload } = event
  if (prNumber !== undefined) return lookUpPullRequest(prNumber, 'input "pr-number"', api)
  if (event.name.startsWith('pull_request')) {
    const pull = payload.pull_request as { number?: number; base?: { sha?: string } } | undefined
    return { number: pull?.number, baseRef: pull?.base?.sha }
  }
  // In a merge queue the checkout is the PR merged onto its base: the base is still the trusted copy.
  if (event.name === 'merge_group') {
    const group = payload.merge_group as { base_sha?: string } | undefined
    return { baseRef: group?.base_sha, unknownBecause: 'a merge queue run names no pull request' }
  }
  const issue = payload.issue as { number?: number; pull_request?: object } | undefined
  if (event.name === 'issue_comment' && issue?.pull_request && issue.number !== undefined) {
    return lookUpPullRequest(issue.number, 'the issue_comment event', api)
  }
  if (event.name === 'workflow_run') return workflowRunPullRequest(event, api, claimed)
  return undefined
}

async function lookUpPullRequest(
  number: number,
  source: string,
  api: ApiAccess | undefined,
): Promise<GatedPullRequest> {
  if (!api) {
    throw new InputError(
      `${source} names pull request #${number}, whose base commit holds the trusted baseline: ` +
        'set "github-token" so that eval-gate can look it up',
    )
  }
  const pull = await getPullRequest(api.client, api.repository, number)
  return { number, baseRef: pull.baseSha }
}

async function workflowRunPullRequest(
  event: RunEvent,
  api: ApiAccess | undefined,
  claimed: number | undefined,
): Promise<GatedPullRequest | undefined> {
  const run = workflowRun(event) ?? {}
  const trusted = COMMITTING_EVENTS.includes(run.event ?? '')
  const listed = run.pull_requests?.find((pull) => pull.number !== undefined)
  if (listed?.base?.sha) return { number: listed.number, baseRef: listed.base.sha }
  if (listed && api) return lookUpPullRequest(listed.number!, 'the workflow_run event', api)
  const found =
    run.head_sha && api
      ? await findPullRequestOfCommit(api.client, api.repository, run.head_sha, claimed)
      : undefined
  if (found) return { number: found.number, baseRef: found.baseSha }
  // A run of the repository's own branches (push, schedule…) gates no pull request: its checkout is trusted.
  if (trusted) return undefined
  const defaultBranch = (event.payload.repository as { default_branch?: string } | undefined)?.default_branch
  return {
    number: listed?.number,
    baseRef: defaultBranch,
    unknownBecause: run.head_sha
      ? `no open pull request has the run's commit ${run.head_sha.slice(0, 7)} as its head`
      : 'the workflow_run event names no commit',
  }
}

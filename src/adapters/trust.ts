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

/** A pull request as a payload lists it (`pull-request-minimal` in GitHub's OpenAPI description). */
interface ListedPullRequest {
  number?: number
  base?: { sha?: string }
}

/** What workflow_run, check_run and check_suite payloads share: the run's commit and the pull requests it matches. */
interface RunOfCommit {
  head_sha?: string
  pull_requests?: ListedPullRequest[]
}

interface WorkflowRunPayload extends RunOfCommit {
  event?: string
  head_branch?: string | null
  head_repository?: { full_name?: string } | null
}

/** Events about a commit's checks: their payload lists the pull requests whose head is that commit. */
const CHECK_EVENTS = ['check_run', 'check_suite']

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
 * on a pull request (issue_comment), a workflow_run, check_run or check_suite (its payload's list, else the open
 * pull request whose head is the run's commit; `claimed` is the artifact's `pr-number`, trusted only when it names
 * that pull request), or any other event whose payload lists a pull request. Undefined when the run belongs to
 * none: its working tree is then trusted.
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
  if (CHECK_EVENTS.includes(event.name)) {
    const run = payload[event.name] as RunOfCommit | undefined
    return (await pullRequestOfRun(run ?? {}, event, api, claimed)) ?? unknownPullRequest(run ?? {}, event)
  }
  // Any other event whose payload lists a pull request with its base is that pull request's run.
  const listed = Object.values(payload).flatMap((value) => listedPullRequests(value))[0]
  return listed && pullRequestOfRun({ pull_requests: [listed] }, event, api, claimed)
}

/** The pull requests a payload object lists under `pull_requests` with a number, else none. */
function listedPullRequests(value: unknown): ListedPullRequest[] {
  const list = (value as RunOfCommit | null | undefined)?.pull_requests
  return Array.isArray(list) ? list.filter((pull) => typeof pull?.number === 'number') : []
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
  const found = await pullRequestOfRun(run, event, api, claimed)
  if (found) return found
  // A run of the repository's own branches (push, schedule…) gates no pull request: its checkout is trusted.
  if (COMMITTING_EVENTS.includes(run.event ?? '')) return undefined
  return unknownPullRequest(run, event)
}

/**
 * The pull request a run of a commit belongs to: the first its payload lists (with the base commit it names, else
 * looked up), else the open pull request whose head is the run's commit; undefined when none is found.
 */
async function pullRequestOfRun(
  run: RunOfCommit,
  event: RunEvent,
  api: ApiAccess | undefined,
  claimed: number | undefined,
): Promise<GatedPullRequest | undefined> {
  const listed = listedPullRequests(run)[0]
  if (listed?.base?.sha) return { number: listed.number, baseRef: listed.base.sha }
  if (listed && api) return lookUpPullRequest(listed.number!, `the ${event.name} event`, api)
  const found =
    run.head_sha && api
      ? await findPullRequestOfCommit(api.client, api.repository, run.head_sha, claimed)
      : undefined
  return found && { number: found.number, baseRef: found.baseSha }
}

/** A run that may carry a pull request's results, which is not known: the default branch's copy, no comment. */
function unknownPullRequest(run: RunOfCommit, event: RunEvent): GatedPullRequest {
  const defaultBranch = (event.payload.repository as { default_branch?: string } | undefined)?.default_branch
  return {
    number: listedPullRequests(run)[0]?.number,
    baseRef: defaultBranch,
    unknownBecause: run.head_sha
      ? `no open pull request has the run's commit ${run.head_sha.slice(0, 7)} as its head`
      : `the ${event.name} event names no commit`,
  }
}

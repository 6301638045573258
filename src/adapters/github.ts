import * as github from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { commentMarker } from '../core/comment.js'
import { InputError } from '../core/errors.js'

/** An authenticated REST client; created once in main and passed in, so tests can point it anywhere. */
export type GitHubClient = ReturnType<typeof github.getOctokit>

/** owner/repo of the repository the workflow runs in. */
export interface Repository {
  owner: string
  repo: string
}

/** Rate-limit waits longer than this are not worth holding a runner for. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60

/**
 * A client that retries server errors with growing back-off (octokit's retry plugin: 3 retries) and waits out
 * rate limits when GitHub says for how long (the throttling plugin), twice at most.
 */
export function createClient(
  token: string,
  log: (message: string) => void,
  debug: (message: string) => void = () => {},
): GitHubClient {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _: unknown, retryCount: number) => {
      const again = retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS
      log(
        `GitHub ${kind} rate limit on ${options.method} ${options.url}; ${again ? `retrying in ${retryAfter} s` : 'giving up'}`,
      )
      return again
    }
  const client = github.getOctokit(
    token,
    {
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      // The throttling plugin waits out rate limits it recognises (honouring retry-after / the reset time);
      // any other 429 falls to the retry plugin, which retries it like a 5xx.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    } as object,
    // Throttling first, so it sees a rate-limit answer before the retry plugin does.
    throttling,
    retry,
  )
  // Every call at debug level (shown with ACTIONS_STEP_DEBUG): method, route and status, never a body or the token.
  client.hook.wrap('request', async (request, options) => {
    const call = `GitHub API ${options.method} ${options.url}`
    try {
      const response = await request(options)
      debug(`${call} → ${response.status}`)
      return response
    } catch (error) {
      debug(`${call} → ${(error as { status?: number }).status ?? 'no answer'}`)
      throw error
    }
  })
  return client
}

/** Where the comment went, for the `comment-url` output. */
export interface CommentResult {
  outcome: 'created' | 'updated' | 'skipped'
  url?: string
}

/**
 * Creates the gate's comment on a pull request, or updates it in place when an earlier run left one: it is found by
 * its hidden marker on any page of the comments, among those written by this token's user. With `updateOnly`, a
 * missing comment is not created.
 */
export async function upsertComment(
  client: GitHubClient,
  repository: Repository,
  pullNumber: number,
  commentId: string,
  body: string,
  updateOnly: boolean,
): Promise<CommentResult> {
  const existing = await findComment(client, repository, pullNumber, commentId)
  if (existing) {
    const { data } = await client.rest.issues.updateComment({ ...repository, comment_id: existing, body })
    return { outcome: 'updated', url: data.html_url }
  }
  if (updateOnly) return { outcome: 'skipped' }
  const { data } = await client.rest.issues.createComment({ ...repository, issue_number: pullNumber, body })
  return { outcome: 'created', url: data.html_url }
}

async function findComment(
  client: GitHubClient,
  repository: Repository,
  pullNumber: number,
  commentId: string,
): Promise<number | undefined> {
  const marker = commentMarker(commentId)
  const author = await tokenUser(client)
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    ...repository,
    issue_number: pullNumber,
    per_page: 100,
  })
  for await (const { data } of pages) {
    const mine = data.find((comment) => comment.body?.startsWith(marker) && comment.user?.login === author)
    if (mine) return mine.id
  }
  return undefined
}

/** Who writes comments with an Actions token, when nothing else can say. */
const ACTIONS_BOT = 'github-actions[bot]'

/**
 * The login behind the token, so that only our own comments are ever edited. `/user` answers for personal
 * tokens; installation tokens (the Actions token, a GitHub App's) get 403 there but can ask GraphQL's `viewer`.
 */
async function tokenUser(client: GitHubClient): Promise<string> {
  try {
    // Identity probes fail fast: a 403 here is the normal answer for installation tokens, not worth a retry.
    return (await client.rest.users.getAuthenticated({ request: { retries: 0 } })).data.login
  } catch {
    // Not a personal token: ask GraphQL below.
  }
  try {
    const { viewer } = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }', {
      request: { retries: 0 },
    })
    return viewer.login
  } catch {
    return ACTIONS_BOT
  }
}

/** A pull request as far as the gate needs it: where to comment, and the commit its baseline is read at. */
export interface PullRequestBase {
  number: number
  baseSha: string
}

/** A pull request's base commit; an API failure becomes one line naming the pull request and the permission. */
export async function getPullRequest(
  client: GitHubClient,
  repository: Repository,
  number: number,
): Promise<PullRequestBase> {
  try {
    const { data } = await client.rest.pulls.get({ ...repository, pull_number: number })
    return { number, baseSha: data.base.sha }
  } catch (error) {
    throw lookupError(error, `pull request #${number}`)
  }
}

/**
 * The pull request of a `workflow_run`'s head commit, checked against GitHub rather than trusted: a number read
 * from an artifact (which a fork's workflow wrote) is used only when that pull request's head is this commit, and
 * of the pull requests GitHub associates with the commit only one whose head it is. None: undefined, never a guess.
 */
export async function findPullRequestOfCommit(
  client: GitHubClient,
  repository: Repository,
  headSha: string,
  claimed?: number,
): Promise<PullRequestBase | undefined> {
  try {
    // A claimed number that names no pull request is as untrusted as one that names another: ignored.
    const claimedPull =
      claimed === undefined
        ? undefined
        : await client.rest.pulls.get({ ...repository, pull_number: claimed }).catch((error: unknown) => {
            if ((error as { status?: number }).status === 404) return undefined
            throw error
          })
    if (claimedPull?.data.head.sha === headSha)
      return { number: claimed!, baseSha: claimedPull.data.base.sha }
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repository,
      commit_sha: headSha,
    })
    const pull = data.find((candidate) => candidate.head.sha === headSha)
    return pull && { number: pull.number, baseSha: pull.base.sha }
  } catch (error) {
    throw lookupError(error, `the pull request of commit ${headSha.slice(0, 7)}`)
  }
}

function lookupError(error: unknown, what: string): InputError {
  const status = (error as { status?: number }).status
  return new InputError(
    `could not look up ${what}, whose base commit holds the trusted baseline ` +
      `(HTTP ${status ?? '?'}: ${(error as Error).message}); give the job "permissions: pull-requests: read"`,
  )
}

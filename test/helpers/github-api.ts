/**
 * A stand-in for GitHub's REST API (v3, `X-GitHub-Api-Version: 2022-11-28`) on the loopback interface, for tests
 * that run the action against it through `GITHUB_API_URL`. It keeps a small in-memory repository (issue comments,
 * file contents per branch, pull requests, workflow-run artifacts), answers the routes the action uses with
 * GitHub's response shapes, status codes and error messages, records every request, and can be told to fail the
 * next matching requests (`failNext`) to test error handling.
 *
 * Check the recorded requests against GitHub's OpenAPI description with `./openapi.js`.
 */
import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

/** The REST API version this server answers as. */
export const API_VERSION = '2022-11-28'

/** GitHub refuses issue comment bodies longer than this many characters (Unicode code points). */
export const COMMENT_BODY_LIMIT = 65_536

/** Pagination defaults of GitHub's list endpoints. */
export const DEFAULT_PER_PAGE = 30
export const MAX_PER_PAGE = 100

/** The contents API sends files up to this size inline; larger ones (up to 100 MB) come with encoding `none`. */
export const CONTENTS_INLINE_LIMIT = 1_048_576

const RATE_LIMIT = 5000
const DOCS = 'https://docs.github.com/rest'

// ---------------------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------------------

/** A GitHub account, as far as this server needs one. */
export interface GitHubUser {
  login: string
  id: number
  type: 'User' | 'Bot' | 'Organization'
}

/** The author of everything done with a workflow's `GITHUB_TOKEN` (an installation token, `ghs_…`). */
export const ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

/** The default user behind a personal access token. */
export const DEFAULT_TOKEN_USER: GitHubUser = { login: 'octocat', id: 583231, type: 'User' }

/**
 * `installation`: a GitHub App installation token such as the workflow's `GITHUB_TOKEN` — `GET /user` answers 403
 * "Resource not accessible by integration" and what it writes is authored by {@link ACTIONS_BOT}. `pat`: a personal
 * access token — `GET /user` answers the token's user, who also authors what it writes.
 */
export type TokenKind = 'pat' | 'installation'

export interface GitHubApiOptions {
  /** Default `owner`. */
  owner?: string
  /** Default `repo`. */
  repo?: string
  /** The repository's numeric id (used in `/repositories/{id}/…` URLs). Default 123456789. */
  repositoryId?: number
  /** Default `main`. It exists from the start, empty. */
  defaultBranch?: string
  /** The user behind a personal access token. Default {@link DEFAULT_TOKEN_USER}. */
  tokenUser?: GitHubUser | string
  /**
   * The author of what an installation token writes. Default {@link ACTIONS_BOT}, as for the workflow's
   * `GITHUB_TOKEN`; a GitHub App's own installation token (e.g. from actions/create-github-app-token) writes as
   * `<app-slug>[bot]`.
   */
  installationBot?: GitHubUser | string
  /**
   * How a request's token is treated. Default `auto`: tokens starting with `ghs_` (what GitHub Actions hands a
   * workflow) are installation tokens, any other token is a personal access token.
   */
  tokenKind?: 'auto' | TokenKind
  /** Writes (POST, PATCH, PUT, DELETE) and `GET /user` without an `Authorization` header get 401. Default true. */
  requireAuth?: boolean
  /**
   * Paths in pagination `Link` headers: `repos` (default) repeats the request's `/repos/{owner}/{repo}/…` path;
   * `repository-id` writes `/repositories/{id}/…`, as api.github.com does for many endpoints. The server
   * answers both forms.
   */
  linkStyle?: 'repos' | 'repository-id'
  /** The clock for timestamps. Default: a deterministic clock starting at 2026-01-01T00:00:00Z, +1 s per call. */
  now?: () => Date
  /** Longest comment body accepted, in code points. Default {@link COMMENT_BODY_LIMIT}. */
  maxCommentLength?: number
  /**
   * Largest page a list endpoint sends, whatever `per_page` asks for. Default {@link MAX_PER_PAGE}; a smaller one
   * makes a client that asks for 100 follow `Link` headers through several pages.
   */
  maxPerPage?: number
  /**
   * `reject`: the artifact blob URL answers 400 to a request that carries an `Authorization` header, as some blob
   * stores do when a client forwards its API token through the redirect. Default `ignore`.
   */
  blobAuthorization?: 'ignore' | 'reject'
}

export interface StoredComment {
  id: number
  issueNumber: number
  body: string
  user: GitHubUser
  createdAt: string
  updatedAt: string
}

export interface StoredFile {
  content: Buffer
  /** The git blob sha of the content, as GitHub reports it. */
  sha: string
}

export interface StoredCommit {
  sha: string
  branch: string
  message: string
  parents: string[]
  /** The branch's files after this commit. */
  files: Map<string, StoredFile>
}

export interface StoredPullRequest {
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  draft: boolean
  merged: boolean
  headSha: string
  headRef: string
  /** `owner/repo` of the head repository: another one for a pull request from a fork. */
  headRepository: string
  baseRef: string
  baseSha: string
  user: GitHubUser
  /** Commits that `GET /repos/{owner}/{repo}/commits/{sha}/pulls` associates with this pull request. */
  commits: string[]
  createdAt: string
}

export interface StoredArtifact {
  id: number
  runId: number
  name: string
  /** The bytes served at the artifact's download URL. */
  zip: Buffer
  headSha: string
  headBranch: string
  expired: boolean
  createdAt: string
}

/** The repository's state. Tests may read and change it directly; the helper methods keep it consistent. */
export interface GitHubApiState {
  owner: string
  repo: string
  repositoryId: number
  defaultBranch: string
  /** Issue (and pull request) number → its comments, oldest first. */
  comments: Map<number, StoredComment[]>
  /** Branch → path → file. */
  files: Map<string, Map<string, StoredFile>>
  /** Branch → sha of its head commit. */
  branchHeads: Map<string, string>
  /** Commits made through the contents API or {@link GitHubApi.setFile}, by sha (readable with `?ref=<sha>`). */
  commits: Map<string, StoredCommit>
  pullRequests: StoredPullRequest[]
  artifacts: StoredArtifact[]
}

/** One request the server received, and what it answered. */
export interface RecordedRequest {
  method: string
  /** Path with query string, as sent. */
  path: string
  /** Path without the query string, as sent (still percent-encoded). */
  pathname: string
  query: Record<string, string>
  /** Header names lower-cased; repeated headers joined with `, `. */
  headers: Record<string, string>
  /** The parsed JSON body; undefined when there was no body or it was not JSON (see `rawBody`). */
  body: unknown
  rawBody: string
  /** `api` for REST API routes; `blob` and `raw` for the artifact-download and raw-file URLs. */
  kind: 'api' | 'blob' | 'raw' | 'graphql'
  /** The answer's status; 0 until it is sent. */
  status: number
  responseHeaders: Record<string, string>
  /** The answer's parsed JSON body (undefined for an empty or non-JSON answer). */
  responseBody: unknown
  /** True when a {@link GitHubApi.failNext} response answered it. */
  injected: boolean
}

/** Which requests a fault applies to: all that match every given field. */
export interface FaultMatcher {
  /** HTTP method, any case. */
  method?: string
  /** A string must equal the request's pathname (query ignored); a RegExp is tested against the pathname. */
  path?: string | RegExp
}

/** A canned answer. Without `body`, an error status gets GitHub's `{message, documentation_url, status}` body. */
export interface FaultResponse {
  status: number
  /** Or a function called when the answer is sent, for headers that depend on that moment (a rate limit's reset). */
  headers?: Record<string, string> | (() => Record<string, string>)
  /** Sent as JSON, unless a string or Buffer (sent as is). */
  body?: unknown
}

export interface GitHubApi {
  /** The API's base URL, `http://127.0.0.1:<port>` (use as `GITHUB_API_URL`). */
  url: string
  /** `GITHUB_API_URL`, `GITHUB_SERVER_URL` and `GITHUB_GRAPHQL_URL` pointing at this server. */
  env: Record<string, string>
  state: GitHubApiState
  /** Every request received, in arrival order. */
  requests: RecordedRequest[]
  /**
   * Answers the next requests that match `matcher` with `responses`, in order, instead of handling them; once
   * they are used up, matching requests are handled normally again. Faults registered earlier are used first.
   */
  failNext(matcher: FaultMatcher, responses: FaultResponse[]): void
  /** How many injected responses are still waiting. */
  pendingFaults(): number
  /** Adds a comment as if it had been written earlier (by `user`, default {@link ACTIONS_BOT}). */
  addComment(issueNumber: number, body: string, user?: GitHubUser | string): StoredComment
  /** The comments on an issue or pull request, oldest first. */
  commentsOn(issueNumber: number): StoredComment[]
  /** Writes a file to a branch (default: the default branch, created when missing) as a commit. */
  setFile(path: string, content: string | Buffer, branch?: string): StoredFile
  /** A file of a branch (default: the default branch), or undefined. */
  getFile(path: string, branch?: string): StoredFile | undefined
  addPullRequest(pull: PullRequestSeed): StoredPullRequest
  /** Adds a workflow-run artifact: `contents` is a ready zip, or files to zip (see {@link makeZip}). */
  addArtifact(
    runId: number,
    name: string,
    contents: Buffer | ZipFiles,
    options?: ArtifactOptions,
  ): StoredArtifact
  /** Stops the server, closing open connections. */
  close(): Promise<void>
}

export interface PullRequestSeed {
  number: number
  headSha: string
  headRef?: string
  /** `owner/repo` of the head repository; default this repository. */
  headRepository?: string
  baseRef?: string
  baseSha?: string
  title?: string
  body?: string | null
  state?: 'open' | 'closed'
  draft?: boolean
  merged?: boolean
  user?: GitHubUser | string
  /** Further commits associated with it (the head sha always is). */
  commits?: string[]
}

export interface ArtifactOptions {
  headSha?: string
  headBranch?: string
  expired?: boolean
}

// ---------------------------------------------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------------------------------------------

/** An error answer raised inside a route handler. */
class ApiError extends Error {
  readonly status: number
  readonly body: Record<string, unknown>
  readonly headers: Record<string, string>

  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    super(String(body.message))
    this.status = status
    this.body = body
    this.headers = headers
  }
}

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** Raw bytes instead of JSON. */
  raw?: Buffer
}

interface Context {
  method: string
  segments: string[]
  /** Pathname used for pagination links (in the linkStyle's form). */
  linkPath: string
  query: URLSearchParams
  body: unknown
  token: string | undefined
  record: RecordedRequest
}

/** Starts the server on 127.0.0.1 with a free port. */
export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const owner = options.owner ?? 'owner'
  const repo = options.repo ?? 'repo'
  const defaultBranch = options.defaultBranch ?? 'main'
  const tokenUser = toUser(options.tokenUser ?? DEFAULT_TOKEN_USER)
  const installationBot = toUser(options.installationBot ?? ACTIONS_BOT)
  const requireAuth = options.requireAuth ?? true
  const maxCommentLength = options.maxCommentLength ?? COMMENT_BODY_LIMIT
  const maxPerPage = Math.max(1, Math.min(options.maxPerPage ?? MAX_PER_PAGE, MAX_PER_PAGE))
  let tick = 0
  const now = options.now ?? (() => new Date(Date.UTC(2026, 0, 1) + 1000 * tick++))
  const timestamp = () =>
    now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')

  const state: GitHubApiState = {
    owner,
    repo,
    repositoryId: options.repositoryId ?? 123456789,
    defaultBranch,
    comments: new Map(),
    files: new Map(),
    branchHeads: new Map(),
    commits: new Map(),
    pullRequests: [],
    artifacts: [],
  }
  const requests: RecordedRequest[] = []
  const faults: { matcher: FaultMatcher; queue: FaultResponse[] }[] = []
  // Ids past 2^31, as GitHub's are: code that stores them in 32 bits breaks here too.
  let nextCommentId = 3_000_000_001
  let nextArtifactId = 4_000_000_001
  let commitCounter = 0
  let requestCounter = 0

  let url = ''
  const api = () => url
  const repoApi = () => `${url}/repos/${owner}/${repo}`
  const web = () => url

  // --- state helpers -------------------------------------------------------------------------------------------

  const branchFiles = (branch: string, create = false): Map<string, StoredFile> | undefined => {
    let files = state.files.get(branch)
    if (!files && create) {
      files = new Map()
      state.files.set(branch, files)
    }
    return files
  }

  const commit = (branch: string, message: string): StoredCommit => {
    const files = branchFiles(branch, true)!
    const parent = state.branchHeads.get(branch)
    const sha = sha1(`commit ${++commitCounter}\0${branch}\0${message}\0${parent ?? ''}`)
    const stored: StoredCommit = {
      sha,
      branch,
      message,
      parents: parent ? [parent] : [],
      files: new Map(files),
    }
    state.commits.set(sha, stored)
    state.branchHeads.set(branch, sha)
    return stored
  }

  const writeFile = (branch: string, path: string, content: Buffer): StoredFile => {
    const file = { content, sha: gitBlobSha(content) }
    branchFiles(branch, true)!.set(path, file)
    return file
  }

  // The default branch exists from the start, with one (empty) commit.
  commit(defaultBranch, 'Initial commit')

  const authorOf = (token: string | undefined): GitHubUser =>
    tokenKindOf(token) === 'installation' ? installationBot : tokenUser

  const tokenKindOf = (token: string | undefined): TokenKind => {
    if (options.tokenKind && options.tokenKind !== 'auto') return options.tokenKind
    return token?.startsWith('ghs_') ? 'installation' : 'pat'
  }

  // --- JSON shapes ---------------------------------------------------------------------------------------------

  const userJson = (user: GitHubUser) => {
    const userUrl = `${api()}/users/${encodeURIComponent(user.login)}`
    return {
      login: user.login,
      id: user.id,
      node_id: nodeId(user.type === 'Bot' ? 'BOT_' : 'U_', user.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      gravatar_id: '',
      url: userUrl,
      html_url:
        user.type === 'Bot'
          ? `${web()}/apps/${user.login.replace(/\[bot\]$/, '')}`
          : `${web()}/${user.login}`,
      followers_url: `${userUrl}/followers`,
      following_url: `${userUrl}/following{/other_user}`,
      gists_url: `${userUrl}/gists{/gist_id}`,
      starred_url: `${userUrl}/starred{/owner}{/repo}`,
      subscriptions_url: `${userUrl}/subscriptions`,
      organizations_url: `${userUrl}/orgs`,
      repos_url: `${userUrl}/repos`,
      events_url: `${userUrl}/events{/privacy}`,
      received_events_url: `${userUrl}/received_events`,
      type: user.type,
      user_view_type: 'public',
      site_admin: false,
    }
  }

  const ownerUser = (): GitHubUser => ({ login: owner, id: 9919, type: 'Organization' })

  const repositoryJson = (fullName = `${owner}/${repo}`) => {
    const [repoOwner = owner, name = repo] = fullName.split('/')
    const isThis = fullName === `${owner}/${repo}`
    const base = `${api()}/repos/${fullName}`
    const template = (path: string, param: string) => `${base}/${path}{/${param}}`
    return {
      id: isThis ? state.repositoryId : state.repositoryId + 1,
      node_id: nodeId('R_', isThis ? state.repositoryId : state.repositoryId + 1),
      name,
      full_name: fullName,
      private: false,
      owner: userJson(isThis ? ownerUser() : { login: repoOwner, id: 424242, type: 'User' }),
      html_url: `${web()}/${fullName}`,
      description: null,
      fork: !isThis,
      url: base,
      archive_url: `${base}/{archive_format}{/ref}`,
      assignees_url: template('assignees', 'user'),
      blobs_url: template('git/blobs', 'sha'),
      branches_url: template('branches', 'branch'),
      collaborators_url: template('collaborators', 'collaborator'),
      comments_url: template('comments', 'number'),
      commits_url: template('commits', 'sha'),
      compare_url: `${base}/compare/{base}...{head}`,
      contents_url: `${base}/contents/{+path}`,
      contributors_url: `${base}/contributors`,
      deployments_url: `${base}/deployments`,
      downloads_url: `${base}/downloads`,
      events_url: `${base}/events`,
      forks_url: `${base}/forks`,
      git_commits_url: template('git/commits', 'sha'),
      git_refs_url: template('git/refs', 'sha'),
      git_tags_url: template('git/tags', 'sha'),
      git_url: `git://127.0.0.1/${fullName}.git`,
      issue_comment_url: template('issues/comments', 'number'),
      issue_events_url: template('issues/events', 'number'),
      issues_url: template('issues', 'number'),
      keys_url: template('keys', 'key_id'),
      labels_url: template('labels', 'name'),
      languages_url: `${base}/languages`,
      merges_url: `${base}/merges`,
      milestones_url: template('milestones', 'number'),
      notifications_url: `${base}/notifications{?since,all,participating}`,
      pulls_url: template('pulls', 'number'),
      releases_url: template('releases', 'id'),
      ssh_url: `git@127.0.0.1:${fullName}.git`,
      stargazers_url: `${base}/stargazers`,
      statuses_url: `${base}/statuses/{sha}`,
      subscribers_url: `${base}/subscribers`,
      subscription_url: `${base}/subscription`,
      tags_url: `${base}/tags`,
      teams_url: `${base}/teams`,
      trees_url: template('git/trees', 'sha'),
      clone_url: `${web()}/${fullName}.git`,
      mirror_url: null,
      hooks_url: `${base}/hooks`,
      svn_url: `${web()}/${fullName}`,
      homepage: null,
      language: 'TypeScript',
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 1,
      default_branch: defaultBranch,
      open_issues_count: 0,
      open_issues: 0,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: 'public',
      license: null,
      pushed_at: '2026-01-01T00:00:00Z',
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
    }
  }

  const commentJson = (comment: StoredComment) => {
    const commentUrl = `${repoApi()}/issues/comments/${comment.id}`
    return {
      url: commentUrl,
      html_url: `${web()}/${owner}/${repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${repoApi()}/issues/${comment.issueNumber}`,
      id: comment.id,
      node_id: nodeId('IC_', comment.id),
      user: userJson(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association:
        comment.user.type === 'Bot' ? 'NONE' : comment.user.login === owner ? 'OWNER' : 'MEMBER',
      body: comment.body,
      reactions: {
        url: `${commentUrl}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
      performed_via_github_app: null,
    }
  }

  const pullJson = (pull: StoredPullRequest, full: boolean) => {
    const pullUrl = `${repoApi()}/pulls/${pull.number}`
    const issueUrl = `${repoApi()}/issues/${pull.number}`
    const htmlUrl = `${web()}/${owner}/${repo}/pull/${pull.number}`
    const [headOwner = owner] = pull.headRepository.split('/')
    const link = (href: string) => ({ href })
    const simple = {
      url: pullUrl,
      id: 1_000_000_000 + pull.number,
      node_id: nodeId('PR_', pull.number),
      html_url: htmlUrl,
      diff_url: `${htmlUrl}.diff`,
      patch_url: `${htmlUrl}.patch`,
      issue_url: issueUrl,
      commits_url: `${pullUrl}/commits`,
      review_comments_url: `${pullUrl}/comments`,
      review_comment_url: `${repoApi()}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: `${repoApi()}/statuses/${pull.headSha}`,
      number: pull.number,
      state: pull.state,
      locked: false,
      title: pull.title,
      user: userJson(pull.user),
      body: pull.body,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: pull.createdAt,
      updated_at: pull.createdAt,
      closed_at: pull.state === 'closed' ? pull.createdAt : null,
      merged_at: pull.merged ? pull.createdAt : null,
      merge_commit_sha: pull.merged ? sha1(`merge ${pull.number}`) : null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: {
        label: `${headOwner}:${pull.headRef}`,
        ref: pull.headRef,
        sha: pull.headSha,
        user: userJson(pull.headRepository === `${owner}/${repo}` ? ownerUser() : pull.user),
        repo: repositoryJson(pull.headRepository),
      },
      base: {
        label: `${owner}:${pull.baseRef}`,
        ref: pull.baseRef,
        sha: pull.baseSha,
        user: userJson(ownerUser()),
        repo: repositoryJson(),
      },
      _links: {
        self: link(pullUrl),
        html: link(htmlUrl),
        issue: link(issueUrl),
        comments: link(`${issueUrl}/comments`),
        review_comments: link(`${pullUrl}/comments`),
        review_comment: link(`${repoApi()}/pulls/comments{/number}`),
        commits: link(`${pullUrl}/commits`),
        statuses: link(`${repoApi()}/statuses/${pull.headSha}`),
      },
      author_association: pull.user.login === owner ? 'OWNER' : 'CONTRIBUTOR',
      auto_merge: null,
      draft: pull.draft,
    }
    if (!full) return simple
    return {
      ...simple,
      merged: pull.merged,
      mergeable: pull.state === 'open' ? true : null,
      rebaseable: pull.state === 'open' ? true : null,
      mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
      merged_by: null,
      comments: state.comments.get(pull.number)?.length ?? 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: pull.commits.length,
      additions: 1,
      deletions: 0,
      changed_files: 1,
    }
  }

  const contentLinks = (path: string, ref: string, sha: string, type: 'file' | 'dir') => {
    const self = `${repoApi()}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`
    const git = `${repoApi()}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`
    const html = `${web()}/${owner}/${repo}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${encodePath(path)}`
    return {
      url: self,
      git_url: git,
      html_url: html,
      download_url: type === 'file' ? `${url}/_raw/${owner}/${repo}/${ref}/${encodePath(path)}` : null,
      _links: { self, git, html },
    }
  }

  const fileJson = (path: string, ref: string, file: StoredFile) => {
    const inline = file.content.length <= CONTENTS_INLINE_LIMIT
    return {
      type: 'file',
      encoding: inline ? 'base64' : 'none',
      size: file.content.length,
      name: path.split('/').pop()!,
      path,
      content: inline ? wrapBase64(file.content) : '',
      sha: file.sha,
      ...contentLinks(path, ref, file.sha, 'file'),
    }
  }

  const artifactJson = (artifact: StoredArtifact) => {
    const artifactUrl = `${repoApi()}/actions/artifacts/${artifact.id}`
    const created = new Date(artifact.createdAt)
    const expires = new Date(created.getTime() + 90 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    return {
      id: artifact.id,
      node_id: nodeId('MDg6QXJ0aWZhY3Q', artifact.id),
      name: artifact.name,
      size_in_bytes: artifact.zip.length,
      url: artifactUrl,
      archive_download_url: `${artifactUrl}/zip`,
      expired: artifact.expired,
      digest: `sha256:${createHash('sha256').update(artifact.zip).digest('hex')}`,
      created_at: artifact.createdAt,
      updated_at: artifact.createdAt,
      expires_at: expires,
      workflow_run: {
        id: artifact.runId,
        repository_id: state.repositoryId,
        head_repository_id: state.repositoryId,
        head_branch: artifact.headBranch,
        head_sha: artifact.headSha,
      },
    }
  }

  // --- pagination ----------------------------------------------------------------------------------------------

  const paginate = <T>(items: T[], ctx: Context): { page: T[]; headers: Record<string, string> } => {
    const requested = Number.parseInt(ctx.query.get('per_page') ?? '', 10)
    const perPage =
      Number.isFinite(requested) && requested >= 1
        ? Math.min(requested, maxPerPage)
        : Math.min(DEFAULT_PER_PAGE, maxPerPage)
    const askedPage = Number.parseInt(ctx.query.get('page') ?? '', 10)
    const page = Number.isFinite(askedPage) && askedPage >= 1 ? askedPage : 1
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const linkTo = (n: number) => {
      const params = new URLSearchParams(ctx.query)
      params.set('page', String(n))
      return `<${url}${ctx.linkPath}?${params.toString()}>`
    }
    // GitHub's order: prev, next, last, first.
    const links: string[] = []
    if (page > 1) links.push(`${linkTo(Math.min(page - 1, last))}; rel="prev"`)
    if (page < last) links.push(`${linkTo(page + 1)}; rel="next"`, `${linkTo(last)}; rel="last"`)
    if (page > 1) links.push(`${linkTo(1)}; rel="first"`)
    return {
      page: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    }
  }

  // --- request checks ------------------------------------------------------------------------------------------

  const requireObjectBody = (ctx: Context): Record<string, unknown> => {
    if (ctx.body === undefined) throw invalidRequest('Body should be a JSON object')
    if (typeof ctx.body !== 'object' || ctx.body === null || Array.isArray(ctx.body)) {
      throw invalidRequest(`For 'links/0/schema', ${JSON.stringify(ctx.body)} is not an object.`)
    }
    return ctx.body as Record<string, unknown>
  }

  const checkCommentBody = (ctx: Context, docs: string): string => {
    const input = requireObjectBody(ctx)
    if (!('body' in input)) throw invalidRequest(`"body" wasn't supplied.`, docs)
    const body = input.body
    if (typeof body !== 'string') {
      throw invalidRequest(`For 'properties/body', ${JSON.stringify(body)} is not a string.`, docs)
    }
    if (body.length === 0) {
      throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }], docs)
    }
    if ([...body].length > maxCommentLength) {
      throw validationFailed(
        [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${maxCommentLength} characters)`,
          },
        ],
        docs,
      )
    }
    return body
  }

  // --- routes --------------------------------------------------------------------------------------------------

  const route = (ctx: Context): Reply => {
    const { method, segments } = ctx
    const [first, ...rest] = segments

    // GraphQL is not part of the REST description; only `viewer { login }` is served, as GitHub answers it for
    // personal tokens and installation tokens alike.
    if (first === 'graphql' && rest.length === 0 && method === 'POST') {
      if (ctx.token === undefined) throw requiresAuthentication(`${DOCS}/graphql`)
      const query = String((ctx.body as { query?: unknown } | undefined)?.query ?? '')
      if (!/\bviewer\b[^}]*\blogin\b/.test(query)) {
        return { status: 200, body: { errors: [{ message: `unsupported query: ${query}` }] } }
      }
      return { status: 200, body: { data: { viewer: { login: authorOf(ctx.token).login } } } }
    }

    if (first === 'user' && rest.length === 0) {
      if (method !== 'GET') throw notFound()
      const docs = `${DOCS}/users/users#get-the-authenticated-user`
      if (ctx.token === undefined) throw requiresAuthentication(docs)
      if (tokenKindOf(ctx.token) === 'installation') throw forbiddenIntegration(docs)
      return {
        status: 200,
        body: {
          ...userJson(tokenUser),
          name: null,
          company: null,
          blog: '',
          location: null,
          email: null,
          hireable: null,
          bio: null,
          twitter_username: null,
          public_repos: 1,
          public_gists: 0,
          followers: 0,
          following: 0,
          created_at: '2011-01-25T18:44:36Z',
          updated_at: '2026-01-01T00:00:00Z',
        },
      }
    }

    if (first !== 'repos' || rest.length < 2) throw notFound()
    const [repoOwner, repoName, resource, ...tail] = rest
    if (repoOwner!.toLowerCase() !== owner.toLowerCase() || repoName!.toLowerCase() !== repo.toLowerCase()) {
      throw notFound()
    }
    const isWrite = method !== 'GET' && method !== 'HEAD'
    if (isWrite && requireAuth && ctx.token === undefined) throw requiresAuthentication(`${DOCS}`)

    switch (resource) {
      case 'issues':
        return issuesRoute(ctx, tail)
      case 'commits':
        if (tail.length === 2 && tail[1] === 'pulls' && method === 'GET') {
          const sha = tail[0]!
          const pulls = state.pullRequests.filter((pull) => pull.commits.includes(sha))
          const { page, headers } = paginate(pulls, ctx)
          return { status: 200, body: page.map((pull) => pullJson(pull, false)), headers }
        }
        throw notFound()
      case 'pulls':
        if (tail.length === 1 && isNumber(tail[0]) && method === 'GET') {
          const pull = state.pullRequests.find((candidate) => candidate.number === Number(tail[0]))
          if (!pull) throw notFound(`${DOCS}/pulls/pulls#get-a-pull-request`)
          return { status: 200, body: pullJson(pull, true) }
        }
        throw notFound()
      case 'contents':
        return contentsRoute(ctx, tail)
      case 'actions':
        return actionsRoute(ctx, tail)
      default:
        throw notFound()
    }
  }

  const issuesRoute = (ctx: Context, tail: string[]): Reply => {
    const { method } = ctx
    // /issues/{issue_number}/comments
    if (tail.length === 2 && isNumber(tail[0]) && tail[1] === 'comments') {
      const issueNumber = Number(tail[0])
      if (method === 'GET') {
        const { page, headers } = paginate(state.comments.get(issueNumber) ?? [], ctx)
        return { status: 200, body: page.map(commentJson), headers }
      }
      if (method === 'POST') {
        const body = checkCommentBody(ctx, `${DOCS}/issues/comments#create-an-issue-comment`)
        const stamp = timestamp()
        const comment: StoredComment = {
          id: nextCommentId++,
          issueNumber,
          body,
          user: authorOf(ctx.token),
          createdAt: stamp,
          updatedAt: stamp,
        }
        commentList(issueNumber).push(comment)
        const json = commentJson(comment)
        return { status: 201, body: json, headers: { location: json.url } }
      }
      throw notFound()
    }
    // /issues/comments/{comment_id}
    if (tail.length === 2 && tail[0] === 'comments' && isNumber(tail[1])) {
      const id = Number(tail[1])
      const comment = [...state.comments.values()].flat().find((candidate) => candidate.id === id)
      if (method === 'GET') {
        if (!comment) throw notFound(`${DOCS}/issues/comments#get-an-issue-comment`)
        return { status: 200, body: commentJson(comment) }
      }
      if (method === 'PATCH') {
        const docs = `${DOCS}/issues/comments#update-an-issue-comment`
        if (!comment) throw notFound(docs)
        comment.body = checkCommentBody(ctx, docs)
        comment.updatedAt = timestamp()
        return { status: 200, body: commentJson(comment) }
      }
      throw notFound()
    }
    throw notFound()
  }

  const resolveRef = (ref: string): { ref: string; files: Map<string, StoredFile> } | undefined => {
    const branch = ref.replace(/^refs\/heads\//, '')
    const files = state.files.get(branch)
    if (files) return { ref: branch, files }
    const commitFound = state.commits.get(ref)
    return commitFound && { ref, files: commitFound.files }
  }

  const contentsRoute = (ctx: Context, tail: string[]): Reply => {
    const path = tail.join('/').replace(/^\/+|\/+$/g, '')
    if (ctx.method === 'GET') {
      const docs = `${DOCS}/repos/contents#get-repository-content`
      const ref = ctx.query.get('ref') || defaultBranch
      const resolved = resolveRef(ref)
      if (!resolved) throw new ApiError(404, errorBody(`No commit found for the ref ${ref}`, docs, 404))
      const file = resolved.files.get(path)
      if (file) return { status: 200, body: fileJson(path, resolved.ref, file) }
      // A folder: its entries.
      const prefix = path === '' ? '' : `${path}/`
      const entries = new Map<string, { type: 'file' | 'dir'; file?: StoredFile }>()
      for (const [filePath, stored] of resolved.files) {
        if (!filePath.startsWith(prefix)) continue
        const [name, ...deeper] = filePath.slice(prefix.length).split('/')
        entries.set(name!, deeper.length > 0 ? { type: 'dir' } : { type: 'file', file: stored })
      }
      if (entries.size === 0) throw notFound(docs)
      const listing = [...entries]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, entry]) => {
          const entryPath = prefix + name
          const sha = entry.file?.sha ?? sha1(`tree ${resolved.ref} ${entryPath}`)
          return {
            type: entry.type,
            size: entry.file?.content.length ?? 0,
            name,
            path: entryPath,
            sha,
            ...contentLinks(entryPath, resolved.ref, sha, entry.type),
          }
        })
      return { status: 200, body: listing }
    }
    if (ctx.method === 'PUT') {
      const docs = `${DOCS}/repos/contents#create-or-update-file-contents`
      const input = requireObjectBody(ctx)
      for (const field of ['message', 'content'] as const) {
        if (!(field in input)) throw invalidRequest(`"${field}" wasn't supplied.`, docs)
        if (typeof input[field] !== 'string') {
          throw invalidRequest(
            `For 'properties/${field}', ${JSON.stringify(input[field])} is not a string.`,
            docs,
          )
        }
      }
      const content = input.content as string
      if (!isBase64(content)) throw new ApiError(422, errorBody('content is not valid Base64', docs, 422))
      const branch =
        typeof input.branch === 'string' ? input.branch.replace(/^refs\/heads\//, '') : defaultBranch
      const files = state.files.get(branch)
      if (!files) throw new ApiError(404, errorBody(`Branch ${branch} not found`, docs, 404))
      if (path === '') throw new ApiError(422, errorBody('path cannot be blank', docs, 422))
      const existing = files.get(path)
      if (existing) {
        if (input.sha === undefined) throw invalidRequest(`"sha" wasn't supplied.`, docs)
        if (input.sha !== existing.sha) {
          throw new ApiError(409, errorBody(`${path} does not match ${String(input.sha)}`, docs, 409))
        }
      }
      // Without an existing file, GitHub ignores `sha`.
      const file = writeFile(branch, path, Buffer.from(content, 'base64'))
      const made = commit(branch, input.message as string)
      const person = {
        name: authorOf(ctx.token).login,
        email: `${authorOf(ctx.token).id}+${authorOf(ctx.token).login}@users.noreply.github.com`,
        date: timestamp(),
      }
      const links = contentLinks(path, branch, file.sha, 'file')
      return {
        status: existing ? 200 : 201,
        body: {
          content: {
            name: path.split('/').pop()!,
            path,
            sha: file.sha,
            size: file.content.length,
            ...links,
            type: 'file',
          },
          commit: {
            sha: made.sha,
            node_id: nodeId('C_', commitCounter),
            url: `${repoApi()}/git/commits/${made.sha}`,
            html_url: `${web()}/${owner}/${repo}/commit/${made.sha}`,
            author: person,
            committer: person,
            message: made.message,
            tree: {
              sha: sha1(`tree ${made.sha}`),
              url: `${repoApi()}/git/trees/${sha1(`tree ${made.sha}`)}`,
            },
            parents: made.parents.map((sha) => ({
              sha,
              url: `${repoApi()}/git/commits/${sha}`,
              html_url: `${web()}/${owner}/${repo}/commit/${sha}`,
            })),
            verification: {
              verified: false,
              reason: 'unsigned',
              signature: null,
              payload: null,
              verified_at: null,
            },
          },
        },
      }
    }
    throw notFound()
  }

  const actionsRoute = (ctx: Context, tail: string[]): Reply => {
    if (ctx.method !== 'GET') throw notFound()
    // /actions/runs/{run_id}/artifacts
    if (tail.length === 3 && tail[0] === 'runs' && isNumber(tail[1]) && tail[2] === 'artifacts') {
      const runId = Number(tail[1])
      const name = ctx.query.get('name')
      const ascending = ctx.query.get('direction') === 'asc'
      const matching = state.artifacts
        .filter((artifact) => artifact.runId === runId && (name === null || artifact.name === name))
        .sort((a, b) => (ascending ? a.id - b.id : b.id - a.id))
      const { page, headers } = paginate(matching, ctx)
      return {
        status: 200,
        body: { total_count: matching.length, artifacts: page.map(artifactJson) },
        headers,
      }
    }
    // /actions/artifacts/{artifact_id}[/{archive_format}]
    if ((tail.length === 2 || tail.length === 3) && tail[0] === 'artifacts' && isNumber(tail[1])) {
      const artifact = state.artifacts.find((candidate) => candidate.id === Number(tail[1]))
      if (tail.length === 2) {
        if (!artifact) throw notFound(`${DOCS}/actions/artifacts#get-an-artifact`)
        return { status: 200, body: artifactJson(artifact) }
      }
      const docs = `${DOCS}/actions/artifacts#download-an-artifact`
      if (!artifact || tail[2] !== 'zip') throw notFound(docs)
      if (artifact.expired) throw new ApiError(410, errorBody('Artifact has expired', docs, 410))
      return { status: 302, headers: { location: `${url}/_blob/${artifact.id}` }, raw: Buffer.alloc(0) }
    }
    throw notFound()
  }

  const blobRoute = (ctx: Context): Reply => {
    const [, id] = ctx.segments
    const artifact = isNumber(id)
      ? state.artifacts.find((candidate) => candidate.id === Number(id))
      : undefined
    if (ctx.method !== 'GET' || ctx.segments.length !== 2 || !artifact) throw notFound()
    if (options.blobAuthorization === 'reject' && ctx.record.headers.authorization !== undefined) {
      throw new ApiError(400, { message: 'Authorization header is not allowed with a signed URL' })
    }
    return {
      status: 200,
      raw: artifact.zip,
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename=${artifact.name}.zip; filename*=UTF-8''${encodeURIComponent(artifact.name)}.zip`,
      },
    }
  }

  const rawRoute = (ctx: Context): Reply => {
    // /_raw/{owner}/{repo}/{ref}/{path…}
    const [, , , ref, ...pathParts] = ctx.segments
    const resolved = ref === undefined ? undefined : resolveRef(ref)
    const file = resolved?.files.get(pathParts.join('/'))
    if (ctx.method !== 'GET' || !file) throw notFound()
    return { status: 200, raw: file.content, headers: { 'content-type': 'text/plain; charset=utf-8' } }
  }

  const commentList = (issueNumber: number): StoredComment[] => {
    let list = state.comments.get(issueNumber)
    if (!list) {
      list = []
      state.comments.set(issueNumber, list)
    }
    return list
  }

  // --- HTTP ----------------------------------------------------------------------------------------------------

  const takeFault = (method: string, pathname: string): FaultResponse | undefined => {
    for (let i = 0; i < faults.length; i++) {
      const { matcher, queue } = faults[i]!
      if (matcher.method !== undefined && matcher.method.toUpperCase() !== method) continue
      if (typeof matcher.path === 'string' && matcher.path !== pathname) continue
      if (matcher.path instanceof RegExp) {
        matcher.path.lastIndex = 0
        if (!matcher.path.test(pathname)) continue
      }
      const response = queue.shift()!
      if (queue.length === 0) faults.splice(i, 1)
      return response
    }
    return undefined
  }

  const standardHeaders = (): Record<string, string> => {
    const used = Math.min(requestCounter, RATE_LIMIT - 1)
    return {
      'x-github-api-version-selected': API_VERSION,
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `C0DE:${(0x1000 + requestCounter).toString(16).toUpperCase()}:5EED:BEEF:6789ABCD`,
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(RATE_LIMIT - used),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core',
    }
  }

  const send = (res: http.ServerResponse, record: RecordedRequest, reply: Reply) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      ...standardHeaders(),
      ...lowerKeys(reply.headers ?? {}),
    }
    let payload: Buffer
    if (reply.raw !== undefined) payload = reply.raw
    else if (typeof reply.body === 'string') payload = Buffer.from(reply.body)
    else if (Buffer.isBuffer(reply.body)) payload = reply.body
    else if (reply.body === undefined) payload = Buffer.alloc(0)
    else payload = Buffer.from(JSON.stringify(reply.body))
    headers['content-length'] = String(payload.length)
    record.status = reply.status
    record.responseHeaders = headers
    record.responseBody =
      reply.raw === undefined && reply.body !== undefined && !Buffer.isBuffer(reply.body)
        ? typeof reply.body === 'string'
          ? parseJson(reply.body)
          : JSON.parse(JSON.stringify(reply.body))
        : undefined
    res.writeHead(reply.status, headers)
    res.end(record.method === 'HEAD' ? undefined : payload)
  }

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const rawBody = Buffer.concat(chunks).toString('utf8')
    const method = (req.method ?? 'GET').toUpperCase()
    const target = new URL(req.url ?? '/', 'http://127.0.0.1')
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
    }
    const parsed = rawBody === '' ? undefined : parseJson(rawBody)
    const record: RecordedRequest = {
      method,
      path: target.pathname + target.search,
      pathname: target.pathname,
      query: Object.fromEntries(target.searchParams),
      headers,
      body: parsed,
      rawBody,
      kind: target.pathname.startsWith('/_blob/')
        ? 'blob'
        : target.pathname.startsWith('/_raw/')
          ? 'raw'
          : target.pathname === '/graphql'
            ? 'graphql'
            : 'api',
      status: 0,
      responseHeaders: {},
      responseBody: undefined,
      injected: false,
    }
    requests.push(record)
    requestCounter++

    const fault = takeFault(method, target.pathname)
    if (fault) {
      record.injected = true
      const body =
        fault.body !== undefined || fault.status < 400
          ? fault.body
          : errorBody(http.STATUS_CODES[fault.status] ?? 'Error', DOCS, fault.status)
      const faultHeaders = typeof fault.headers === 'function' ? fault.headers() : fault.headers
      send(res, record, { status: fault.status, body, headers: faultHeaders })
      return
    }

    try {
      let segments: string[]
      try {
        segments = target.pathname.split('/').slice(1).map(decodeURIComponent)
      } catch {
        throw new ApiError(400, { message: 'Bad Request' })
      }
      // /repositories/{id}/… is the same repository as /repos/{owner}/{repo}/….
      if (segments[0] === 'repositories' && segments[1] === String(state.repositoryId)) {
        segments = ['repos', owner, repo, ...segments.slice(2)]
      }
      const token = /^(?:token|bearer)\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1]
      if (headers.authorization !== undefined && token === undefined) {
        throw new ApiError(401, errorBody('Bad credentials', DOCS, 401))
      }
      const repoPath =
        segments[0] === 'repos' ? `/${segments.slice(3).map(encodeURIComponent).join('/')}` : ''
      const linkPath =
        segments[0] === 'repos' && options.linkStyle === 'repository-id'
          ? `/repositories/${state.repositoryId}${repoPath}`
          : segments[0] === 'repos'
            ? `/repos/${owner}/${repo}${repoPath}`
            : target.pathname
      if (rawBody !== '' && parsed === undefined && method !== 'GET') {
        throw new ApiError(400, errorBody('Problems parsing JSON', DOCS, 400))
      }
      const ctx: Context = {
        method,
        segments,
        linkPath,
        query: target.searchParams,
        body: parsed,
        token,
        record,
      }
      const reply =
        record.kind === 'blob' ? blobRoute(ctx) : record.kind === 'raw' ? rawRoute(ctx) : route(ctx)
      send(res, record, reply)
    } catch (error) {
      if (error instanceof ApiError) {
        send(res, record, { status: error.status, body: error.body, headers: error.headers })
      } else {
        send(res, record, {
          status: 500,
          body: { message: `github-api test server bug: ${(error as Error).stack ?? String(error)}` },
        })
      }
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.destroy(error as Error)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  let closing: Promise<void> | undefined

  return {
    url,
    env: { GITHUB_API_URL: url, GITHUB_SERVER_URL: url, GITHUB_GRAPHQL_URL: `${url}/graphql` },
    state,
    requests,
    failNext(matcher, responses) {
      if (responses.length > 0) faults.push({ matcher, queue: [...responses] })
    },
    pendingFaults: () => faults.reduce((sum, fault) => sum + fault.queue.length, 0),
    addComment(issueNumber, body, user = ACTIONS_BOT) {
      const stamp = timestamp()
      const comment: StoredComment = {
        id: nextCommentId++,
        issueNumber,
        body,
        user: toUser(user),
        createdAt: stamp,
        updatedAt: stamp,
      }
      commentList(issueNumber).push(comment)
      return comment
    },
    commentsOn: (issueNumber) => [...(state.comments.get(issueNumber) ?? [])],
    setFile(path, content, branch = defaultBranch) {
      const file = writeFile(branch, path, typeof content === 'string' ? Buffer.from(content) : content)
      commit(branch, `Update ${path}`)
      return file
    },
    getFile: (path, branch = defaultBranch) => state.files.get(branch)?.get(path),
    addPullRequest(seed) {
      const pull: StoredPullRequest = {
        number: seed.number,
        title: seed.title ?? `Pull request #${seed.number}`,
        body: seed.body === undefined ? null : seed.body,
        state: seed.state ?? 'open',
        draft: seed.draft ?? false,
        merged: seed.merged ?? false,
        headSha: seed.headSha,
        headRef: seed.headRef ?? 'feature',
        headRepository: seed.headRepository ?? `${owner}/${repo}`,
        baseRef: seed.baseRef ?? defaultBranch,
        baseSha: seed.baseSha ?? state.branchHeads.get(seed.baseRef ?? defaultBranch) ?? 'f'.repeat(40),
        user: toUser(seed.user ?? DEFAULT_TOKEN_USER),
        commits: [seed.headSha, ...(seed.commits ?? []).filter((sha) => sha !== seed.headSha)],
        createdAt: timestamp(),
      }
      state.pullRequests.push(pull)
      return pull
    },
    addArtifact(runId, name, contents, artifactOptions = {}) {
      const artifact: StoredArtifact = {
        id: nextArtifactId++,
        runId,
        name,
        zip: Buffer.isBuffer(contents) ? contents : makeZip(contents),
        headSha: artifactOptions.headSha ?? '0'.repeat(40),
        headBranch: artifactOptions.headBranch ?? defaultBranch,
        expired: artifactOptions.expired ?? false,
        createdAt: timestamp(),
      }
      state.artifacts.push(artifact)
      return artifact
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      return closing
    },
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Canned faults
// ---------------------------------------------------------------------------------------------------------------

/** GitHub's error body: `{message, documentation_url, status}`. */
export function errorBody(
  message: string,
  documentationUrl = DOCS,
  status?: number,
): Record<string, unknown> {
  return {
    message,
    documentation_url: documentationUrl,
    ...(status === undefined ? {} : { status: String(status) }),
  }
}

/** GitHub's 422 for a request body that does not fit the endpoint's schema. */
function invalidRequest(detail: string, docs = DOCS): ApiError {
  return new ApiError(422, errorBody(`Invalid request.\n\n${detail}`, docs, 422))
}

function notFound(docs = DOCS): ApiError {
  return new ApiError(404, errorBody('Not Found', docs, 404))
}

function requiresAuthentication(docs = DOCS): ApiError {
  return new ApiError(401, errorBody('Requires authentication', docs, 401))
}

function forbiddenIntegration(docs = DOCS): ApiError {
  return new ApiError(403, errorBody('Resource not accessible by integration', docs, 403))
}

function validationFailed(errors: Record<string, unknown>[], docs = DOCS): ApiError {
  return new ApiError(422, { message: 'Validation Failed', errors, documentation_url: docs, status: '422' })
}

/** Ready-made {@link FaultResponse}s with GitHub's status codes, headers and messages. */
export const faults = {
  /** 403 from a token that lacks the permission (a fork's read-only `GITHUB_TOKEN`, a missing `permissions:`). */
  forbiddenIntegration: (): FaultResponse => ({
    status: 403,
    body: errorBody('Resource not accessible by integration', DOCS, 403),
  }),
  notFound: (): FaultResponse => ({ status: 404, body: errorBody('Not Found', DOCS, 404) }),
  validationFailed: (errors: Record<string, unknown>[] = []): FaultResponse => ({
    status: 422,
    body: { message: 'Validation Failed', errors, documentation_url: DOCS, status: '422' },
  }),
  serverError: (status: 500 | 502 | 503 = 500): FaultResponse => ({
    status,
    body: errorBody(status === 500 ? 'Server Error' : (http.STATUS_CODES[status] ?? 'Error'), DOCS, status),
  }),
  /** GitHub's secondary ("abuse") rate limit: 403 or 429 with `retry-after`. */
  secondaryRateLimit: (retryAfterSeconds = 1, status: 403 | 429 = 429): FaultResponse => ({
    status,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: errorBody(
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out ' +
        'to GitHub Support for help, please include the request ID C0DE:0000:0000000:0000000:00000000.',
      'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status,
    ),
  }),
  /**
   * The primary rate limit is used up until a reset time: `inSeconds` after the moment this answer is sent (so the
   * wait does not depend on how long the client took to get here), or at `epochSeconds`.
   */
  primaryRateLimit: (
    reset: { inSeconds: number } | { epochSeconds: number } = { inSeconds: 1 },
  ): FaultResponse => ({
    status: 403,
    headers: () => ({
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': String(RATE_LIMIT),
      'x-ratelimit-reset': String(
        'epochSeconds' in reset ? reset.epochSeconds : Math.floor(Date.now() / 1000) + reset.inSeconds,
      ),
      'x-ratelimit-resource': 'core',
    }),
    body: errorBody(
      'API rate limit exceeded for installation ID 12345678. If you reach out to GitHub Support for help, please ' +
        'include the request ID C0DE:0000:0000000:0000000:00000000.',
      'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      403,
    ),
  }),
}

// ---------------------------------------------------------------------------------------------------------------
// ZIP
// ---------------------------------------------------------------------------------------------------------------

/** Files of a zip: path inside the archive → contents (strings are written as UTF-8). */
export type ZipFiles = Record<string, string | Buffer | Uint8Array>

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 (ISO-HDLC, as zip and gzip use) with a lookup table: the fallback where `zlib.crc32` is missing. */
export function crc32Table(data: Uint8Array): number {
  let crc = 0xffffffff
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** CRC-32 with `zlib.crc32` (Node ≥ 20.15 / 22.2) when there is one, else {@link crc32Table}. */
export function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32
  return typeof native === 'function' ? native(data) >>> 0 : crc32Table(data)
}

/**
 * A zip archive of `files`, in the given order, with STORED (uncompressed) entries by default or DEFLATE ones,
 * UTF-8 names and a fixed timestamp (1980-01-01 00:00), so the same input gives the same bytes. Names are written
 * as given: a test may write `../evil` or `/abs` on purpose to check that a reader rejects them.
 */
export function makeZip(
  files: ZipFiles,
  {
    compression = 'store',
    modes = {},
  }: {
    compression?: 'store' | 'deflate'
    /** Unix mode of an entry (type and permissions, e.g. `0o120777` for a symbolic link); `0o100644` otherwise. */
    modes?: Record<string, number>
  } = {},
): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  const dosTime = 0
  const dosDate = (0 << 9) | (1 << 5) | 1 // 1980-01-01
  for (const [name, contents] of Object.entries(files)) {
    const data = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : Buffer.from(contents)
    const stored = compression === 'deflate' ? zlib.deflateRawSync(data) : data
    const method = compression === 'deflate' ? 8 : 0
    const nameBytes = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    if (offset > 0xfffffffe || data.length > 0xfffffffe)
      throw new Error('makeZip does not write ZIP64 archives')
    const version = compression === 'deflate' ? 20 : 10
    const flags = 0x0800 // names are UTF-8

    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(version, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt16LE(dosTime, 10)
    local.writeUInt16LE(dosDate, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(stored.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    local.writeUInt16LE(0, 28)
    locals.push(local, nameBytes, stored)

    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 30, 4) // made by: Unix, spec 3.0
    central.writeUInt16LE(version, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt16LE(dosTime, 12)
    central.writeUInt16LE(dosDate, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(stored.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt16LE(0, 30) // extra
    central.writeUInt16LE(0, 32) // comment
    central.writeUInt16LE(0, 34) // disk
    central.writeUInt16LE(0, 36) // internal attributes
    central.writeUInt32LE(((modes[name] ?? 0o100644) << 16) >>> 0, 38) // regular file, rw-r--r-- by default
    central.writeUInt32LE(offset, 42)
    centrals.push(central, nameBytes)

    offset += local.length + nameBytes.length + stored.length
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0)
  const count = Object.keys(files).length
  if (count > 0xffff) throw new Error('makeZip does not write ZIP64 archives')
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(0, 4)
  end.writeUInt16LE(0, 6)
  end.writeUInt16LE(count, 8)
  end.writeUInt16LE(count, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  end.writeUInt16LE(0, 20)
  return Buffer.concat([...locals, ...centrals, end])
}

/**
 * The entries of a zip archive (no ZIP64, no encryption), read through the central directory: STORED and DEFLATE
 * entries, each checked against its CRC-32 and sizes. Throws on anything it cannot read.
 */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const minimum = 22
  let end = -1
  for (let i = zip.length - minimum; i >= Math.max(0, zip.length - minimum - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) throw new Error('not a zip archive: no end of central directory record')
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const entries = new Map<string, Buffer>()
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory header at ${at}`)
    const flags = zip.readUInt16LE(at + 8)
    const method = zip.readUInt16LE(at + 10)
    const crc = zip.readUInt32LE(at + 16)
    const compressedSize = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const localOffset = zip.readUInt32LE(at + 42)
    const name = zip.toString(flags & 0x0800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength)
    if (flags & 1) throw new Error(`${name}: encrypted entries are not supported`)
    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`${name}: bad local header`)
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28)
    const raw = zip.subarray(dataStart, dataStart + compressedSize)
    let data: Buffer
    if (method === 0) data = Buffer.from(raw)
    else if (method === 8) data = zlib.inflateRawSync(raw)
    else throw new Error(`${name}: compression method ${method} is not supported`)
    if (data.length !== size) throw new Error(`${name}: size ${data.length}, header says ${size}`)
    if (crc32(data) !== crc) throw new Error(`${name}: CRC-32 mismatch`)
    entries.set(name, data)
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------------

function toUser(user: GitHubUser | string): GitHubUser {
  if (typeof user !== 'string') return user
  if (user === ACTIONS_BOT.login) return ACTIONS_BOT
  const isBot = user.endsWith('[bot]')
  return {
    login: user,
    id: 100_000 + (parseInt(sha1(user).slice(0, 6), 16) % 900_000),
    type: isBot ? 'Bot' : 'User',
  }
}

function sha1(text: string | Buffer): string {
  return createHash('sha1').update(text).digest('hex')
}

/** Git's blob id: sha1 of `blob <size>\0<content>`. */
export function gitBlobSha(content: Buffer | string): string {
  const data = typeof content === 'string' ? Buffer.from(content) : content
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex')
}

function nodeId(prefix: string, id: number): string {
  return prefix + Buffer.from(`0:${id}`).toString('base64url')
}

/** Base64 in lines of 60 characters, each ending with `\n`, as the contents API writes it. */
function wrapBase64(content: Buffer): string {
  const text = content.toString('base64')
  return text === '' ? '' : text.match(/.{1,60}/g)!.join('\n') + '\n'
}

function isBase64(text: string): boolean {
  const compact = text.replace(/\s+/g, '')
  return /^[A-Za-z0-9+/]*={0,2}$/.test(compact) && compact.length % 4 === 0
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

function isNumber(segment: string | undefined): boolean {
  return segment !== undefined && /^\d+$/.test(segment)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))
}

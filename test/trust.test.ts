import { describe, expect, test } from 'vitest'
import { commitRefusal, gatedPullRequest, type RunEvent } from '../src/adapters/trust.js'

// Who may move the bar (commit-baseline), and which pull request a run gates when that needs no API call. The
// routes that ask GitHub (issue_comment, pr-number, workflow_run, check_suite) are tested end to end in test/e2e/trust.test.ts.

const repository = { owner: 'owner', repo: 'repo' }
const ref = 'refs/heads/main'

function event(name: string, payload: Record<string, unknown> = {}): RunEvent {
  return { name, payload, repository, ref }
}

function workflowRun(run: Record<string, unknown>): RunEvent {
  return event('workflow_run', {
    workflow_run: { head_branch: 'main', head_repository: { full_name: 'owner/repo' }, ...run },
  })
}

describe('commit-baseline is allowed only on push, workflow_dispatch and schedule runs of the repository', () => {
  test.each(['push', 'workflow_dispatch', 'schedule'])('%s may commit', (name) => {
    expect(commitRefusal(event(name), undefined)).toBeUndefined()
  })

  test.each(['push', 'workflow_dispatch', 'schedule'])(
    'a workflow_run started by %s may commit',
    (trigger) => {
      expect(commitRefusal(workflowRun({ event: trigger }), undefined)).toBeUndefined()
    },
  )

  test.each(['issue_comment', 'merge_group', 'release', 'repository_dispatch', 'check_run'])(
    '%s is refused, saying which events may',
    (name) => {
      expect(commitRefusal(event(name), undefined)).toBe(
        `input "commit-baseline" is refused on ${name} events: only push, workflow_dispatch and schedule runs may ` +
          `move the baseline, and a ${name} run may carry a pull request's results. Commit baselines from a push, ` +
          'workflow_dispatch or schedule run of the default branch.',
      )
    },
  )

  test.each(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])(
    '%s is refused',
    (name) => {
      expect(commitRefusal(event(name), undefined)).toMatch(
        new RegExp(
          `^input "commit-baseline" is refused on ${name} events: a pull request must not move its own`,
        ),
      )
    },
  )

  test.each(['issue_comment', 'pull_request', 'pull_request_target', 'merge_group', undefined])(
    'a workflow_run started by %s is refused',
    (trigger) => {
      expect(commitRefusal(workflowRun({ event: trigger }), undefined)).toMatch(
        new RegExp(
          `^input "commit-baseline" is refused in a workflow_run started by a ${trigger ?? 'unknown'} event`,
        ),
      )
    },
  )

  test('a workflow_run of a push in another repository is refused', () => {
    const run = workflowRun({ event: 'push', head_repository: { full_name: 'fork-owner/repo' } })
    expect(commitRefusal(run, undefined)).toMatch(
      /^input "commit-baseline" is refused in a workflow_run of a run in fork-owner\/repo: /,
    )
  })

  test('a workflow_run of a push to another branch is refused: its results would land on main', () => {
    expect(commitRefusal(workflowRun({ event: 'push', head_branch: 'feature' }), undefined)).toMatch(
      /^input "commit-baseline" is refused in a workflow_run of a run on branch "feature": its results would be committed to main\./,
    )
  })

  test('a push in a fork is refused', () => {
    expect(commitRefusal(event('push', { repository: { fork: true } }), undefined)).toBe(
      'input "commit-baseline" is refused in a fork: commit baselines in the upstream repository',
    )
  })

  test('a run that names a pull request with pr-number is refused, even on workflow_dispatch', () => {
    expect(commitRefusal(event('workflow_dispatch'), 12)).toMatch(
      /^input "commit-baseline" is refused with "pr-number": this run gates pull request #12/,
    )
  })
})

describe('the pull request a run gates, from its event alone', () => {
  test('pull_request and pull_request_target: the payload’s number and base commit', async () => {
    for (const name of ['pull_request', 'pull_request_target']) {
      const payload = { pull_request: { number: 7, base: { sha: 'b'.repeat(40) } } }
      expect(await gatedPullRequest(event(name, payload), undefined, undefined, undefined)).toEqual({
        number: 7,
        baseRef: 'b'.repeat(40),
      })
    }
  })

  test('merge_group: the queue’s base commit, and no pull request to comment on', async () => {
    const payload = { merge_group: { base_sha: 'c'.repeat(40) } }
    expect(await gatedPullRequest(event('merge_group', payload), undefined, undefined, undefined)).toEqual({
      baseRef: 'c'.repeat(40),
      unknownBecause: 'a merge queue run names no pull request',
    })
  })

  test('push, schedule, workflow_dispatch and an issue_comment on an issue gate no pull request', async () => {
    for (const name of ['push', 'schedule', 'workflow_dispatch']) {
      expect(await gatedPullRequest(event(name), undefined, undefined, undefined)).toBeUndefined()
    }
    const onIssue = event('issue_comment', { issue: { number: 3 } })
    expect(await gatedPullRequest(onIssue, undefined, undefined, undefined)).toBeUndefined()
  })

  test('a workflow_run of a pull request run whose pull request is not known: the default branch, no number', async () => {
    const run = event('workflow_run', {
      workflow_run: { event: 'pull_request', head_sha: 'd'.repeat(40), pull_requests: [] },
      repository: { default_branch: 'trunk' },
    })
    expect(await gatedPullRequest(run, undefined, undefined, undefined)).toEqual({
      number: undefined,
      baseRef: 'trunk',
      unknownBecause: "no open pull request has the run's commit ddddddd as its head",
    })
  })

  test('check_run and check_suite: the pull request their payload lists, at its base commit', async () => {
    // `pull_requests` items are `pull-request-minimal` in GitHub's OpenAPI description: number, head and base.
    const listed = [
      { id: 1, number: 7, head: { sha: 'a'.repeat(40) }, base: { ref: 'main', sha: 'b'.repeat(40) } },
    ]
    for (const name of ['check_run', 'check_suite']) {
      const payload = { [name]: { head_sha: 'a'.repeat(40), pull_requests: listed } }
      expect(await gatedPullRequest(event(name, payload), undefined, undefined, undefined)).toEqual({
        number: 7,
        baseRef: 'b'.repeat(40),
      })
    }
  })

  test('a check_suite that lists no pull request (a fork’s): the default branch, no number', async () => {
    const payload = {
      check_suite: { head_sha: 'e'.repeat(40), head_branch: null, pull_requests: [] },
      repository: { default_branch: 'trunk' },
    }
    expect(await gatedPullRequest(event('check_suite', payload), undefined, undefined, undefined)).toEqual({
      number: undefined,
      baseRef: 'trunk',
      unknownBecause: "no open pull request has the run's commit eeeeeee as its head",
    })
  })

  test('any other event whose payload lists a pull request with its base: that base commit', async () => {
    const payload = { deployment: { pull_requests: [{ number: 4, base: { sha: 'f'.repeat(40) } }] } }
    expect(await gatedPullRequest(event('some_event', payload), undefined, undefined, undefined)).toEqual({
      number: 4,
      baseRef: 'f'.repeat(40),
    })
  })

  test('issue_comment on a pull request and pr-number need a token to look up the base commit', async () => {
    const comment = event('issue_comment', { issue: { number: 7, pull_request: { url: 'x' } } })
    await expect(gatedPullRequest(comment, undefined, undefined, undefined)).rejects.toThrow(
      /^the issue_comment event names pull request #7, whose base commit holds the trusted baseline: set "github-token"/,
    )
    await expect(gatedPullRequest(event('push'), 9, undefined, undefined)).rejects.toThrow(
      /^input "pr-number" names pull request #9, whose base commit/,
    )
  })
})

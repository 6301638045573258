import { afterAll, describe, expect, test } from 'vitest'
import { commitFiles, initRepository } from '../helpers/git.js'
import { BINARY_20, baselineDocument, e2eFixture } from '../helpers/fixtures.js'
import { cleanupRuns, pullRequestEvent, runAction } from '../helpers/run-action.js'

// On a pull_request event the workspace is the PR's checkout (a git repository, as actions/checkout leaves it) and
// the payload names the base commit. The gate must measure the PR against the base commit's baseline.

afterAll(cleanupRuns)

const BASELINE = '.github/eval-baseline.json'
const PREDICTIONS = { 'predictions.csv': e2eFixture(BINARY_20.file) }

/** A repository with a base commit and a PR commit on top; the run is a pull_request event between them. */
function pullRequest(baseBaseline: string, prBaseline: string) {
  return async (workspace: string) => {
    await initRepository(workspace)
    const base = await commitFiles(workspace, { ...PREDICTIONS, [BASELINE]: baseBaseline }, 'base')
    const head = await commitFiles(workspace, { [BASELINE]: prBaseline, 'notes.md': 'a change\n' }, 'the PR')
    return {
      sha: head,
      ref: 'refs/pull/7/merge',
      event: { name: 'pull_request', payload: pullRequestEvent(head, 7, base) },
    }
  }
}

describe('pull_request events', () => {
  // No comment: the API is unreachable in these runs (commenting is tested elsewhere).
  const inputs = { predictions: 'predictions.csv', comment: 'never' }

  test('with the baseline unchanged by the PR, the gate passes', async () => {
    const baseline = baselineDocument({ default: BINARY_20.metrics })
    const result = await runAction({ inputs, prepare: pullRequest(baseline, baseline) })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.outputs.regressed).toBe('false')
  })

  test('a PR that lowers its own baseline is still measured against the base commit’s', async () => {
    const result = await runAction({
      inputs,
      prepare: pullRequest(
        baselineDocument({ default: { ...BINARY_20.metrics, accuracy: 0.9 } }),
        baselineDocument({ default: { ...BINARY_20.metrics, accuracy: 0.5 } }),
      ),
    })
    expect(result.exitCode, result.stdout).toBe(1)
    expect(result.outputs.regressed).toBe('true')
    expect(result.outputs.summary).toMatch(/accuracy \u22120\.0500/)
  })
})

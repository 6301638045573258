import { readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { commitFiles, initRepository } from '../helpers/git.js'
import { BINARY_20, baselineDocument, e2eFixture } from '../helpers/fixtures.js'
import { cleanupRuns, pullRequestEvent, runAction, workflowCommands } from '../helpers/run-action.js'

// A monorepo: the model's files live in packages/classifier/. With `working-directory` every relative input path
// resolves from there, while git, the annotations and the files the action writes still speak of repository paths.

afterAll(cleanupRuns)

const FOLDER = 'packages/classifier'
const BASELINE = `${FOLDER}/.github/eval-baseline.json`
const PREDICTIONS = { [`${FOLDER}/out/predictions.csv`]: e2eFixture(BINARY_20.file) }
const inputs = { 'working-directory': FOLDER, predictions: 'out/*.csv', comment: 'never' }

describe('working-directory', () => {
  test('a pull request is measured against the base commit’s baseline in that folder, annotated there', async () => {
    const result = await runAction({
      inputs,
      prepare: async (workspace) => {
        await initRepository(workspace)
        const base = await commitFiles(
          workspace,
          {
            ...PREDICTIONS,
            [BASELINE]: baselineDocument({ default: { ...BINARY_20.metrics, accuracy: 0.9 } }),
          },
          'base',
        )
        // The PR lowers its own bar; the gate must not take it.
        const lowered = baselineDocument({ default: { ...BINARY_20.metrics, accuracy: 0.5 } })
        const head = await commitFiles(workspace, { [BASELINE]: lowered }, 'the PR')
        return { sha: head, event: { name: 'pull_request', payload: pullRequestEvent(head, 7, base) } }
      },
    })
    expect(result.exitCode, result.stdout).toBe(1)
    expect(result.outputs.summary).toMatch(/accuracy \u22120\.0500/)
    const regression = workflowCommands(result.stdout).find((command) => command.command === 'error')
    expect(regression?.properties.file).toBe(BASELINE)
    expect(Number(regression?.properties.line)).toBeGreaterThan(0)
  })

  test('a push records the baseline in that folder, not at the repository root', async () => {
    const result = await runAction({ inputs: { ...inputs, 'update-baseline': 'true' }, files: PREDICTIONS })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    const written = JSON.parse(await readFile(path.join(result.workspace, BASELINE), 'utf8'))
    expect(written.models.default.metrics.accuracy).toBe(BINARY_20.metrics.accuracy)
    expect(existsSync(path.join(result.workspace, '.github', 'eval-baseline.json'))).toBe(false)
  })

  test('a folder outside the repository is one clear error', async () => {
    const result = await runAction({
      inputs: { ...inputs, 'working-directory': '../elsewhere' },
      files: PREDICTIONS,
    })
    expect(result.exitCode).toBe(1)
    const errors = workflowCommands(result.stdout).filter((command) => command.command === 'error')
    expect(errors.map((error) => error.message)).toEqual([
      'input "working-directory" must be a folder inside the repository, got "../elsewhere"',
    ])
  })
})

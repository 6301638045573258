import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'

// The repository's workflows, checked by GitHub's own workflow parser (@actions/workflow-parser, the schema of the
// Actions language service), and the supply-chain rules of issue #18: actions pinned by commit SHA with the version
// in a comment, read-only permissions unless a job needs more, Dependabot for npm and the actions.

const ROOT = path.join(import.meta.dirname, '..')
const WORKFLOWS = path.join(ROOT, '.github', 'workflows')
const workflowFiles = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()

function readWorkflow(name: string): string {
  return readFileSync(path.join(WORKFLOWS, name), 'utf8')
}

/** Every error GitHub's parser finds in a workflow: schema errors, then conversion errors (cron, needs, ...). */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map((error) => error.message)
  if (parsed.value === undefined) return errors.length > 0 ? errors : [`${name}: empty workflow`]
  const template = await convertWorkflowTemplate(parsed.context, parsed.value)
  for (const error of template.errors ?? []) {
    if (!errors.includes(error.Message)) errors.push(error.Message)
  }
  return errors
}

/** The `uses:` lines of a workflow: the reference and the comment after it. */
function usesLines(content: string): { line: number; reference: string; comment: string | undefined }[] {
  const found = []
  for (const [index, text] of content.split('\n').entries()) {
    const match = /^\s*(?:- )?\s*uses:\s*(\S+)(?:\s+#\s*(.*))?$/.exec(text)
    if (match) found.push({ line: index + 1, reference: match[1]!, comment: match[2]?.trim() })
  }
  return found
}

const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[\w.-]+)*@[0-9a-f]{40}$/
const RELEASE_VERSION = /^v\d+\.\d+\.\d+$/

describe('workflow files', () => {
  test('the repository has the CI, CodeQL and release workflows', () => {
    expect(workflowFiles).toEqual(['ci.yml', 'codeql.yml', 'release.yml'])
  })

  test.each(workflowFiles)('%s is valid for GitHub', async (name) => {
    expect(await workflowErrors(name, readWorkflow(name))).toEqual([])
  })

  test('the parser finds errors and names their line', async () => {
    const broken =
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    stepz: []\n    timeout-minutes: soon\n'
    expect(await workflowErrors('broken.yml', broken)).toEqual([
      "broken.yml (Line: 5, Col: 5): Unexpected value 'stepz'",
      "broken.yml (Line: 6, Col: 22): Unexpected value 'soon'",
    ])
    const scope =
      'on: push\npermissions:\n  content: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [run: x]\n'
    expect(await workflowErrors('scope.yml', scope)).toEqual([
      "scope.yml (Line: 3, Col: 3): Unexpected value 'content'",
    ])
  })

  test.each(workflowFiles)(
    '%s pins every third-party action by commit SHA, with its version in a comment',
    (name) => {
      const uses = usesLines(readWorkflow(name)).filter(({ reference }) => !reference.startsWith('./'))
      expect(uses.length).toBeGreaterThan(0)
      for (const { line, reference, comment } of uses) {
        expect(reference, `${name}:${line}`).toMatch(PINNED)
        expect(comment, `${name}:${line}: the version the SHA is`).toMatch(RELEASE_VERSION)
      }
    },
  )

  test('one action is pinned to one SHA and version everywhere', () => {
    const pins = new Map<string, Set<string>>()
    for (const name of workflowFiles) {
      for (const { reference, comment } of usesLines(readWorkflow(name))) {
        const [action, sha] = reference.split('@') as [string, string]
        const repository = action.split('/').slice(0, 2).join('/')
        if (action.startsWith('./')) continue
        pins.set(repository, (pins.get(repository) ?? new Set()).add(`${sha} ${comment}`))
      }
    }
    expect([...pins.keys()].sort()).toEqual([
      'actions/attest',
      'actions/checkout',
      'actions/setup-node',
      'github/codeql-action',
    ])
    for (const [repository, versions] of pins) expect([...versions], repository).toHaveLength(1)
  })

  test.each(workflowFiles)('%s grants no write permission to the whole workflow', (name) => {
    const workflow = parse(readWorkflow(name)) as { permissions?: unknown }
    expect(workflow.permissions, `${name} sets top-level permissions`).toBeDefined()
    expect(workflow.permissions).not.toBe('write-all')
    const scopes = Object.values((workflow.permissions ?? {}) as Record<string, string>)
    expect(scopes.filter((access) => access !== 'read')).toEqual([])
  })

  test('only the release and CodeQL jobs may write, and only what they need', () => {
    const writes: Record<string, string[]> = {}
    for (const name of workflowFiles) {
      const workflow = parse(readWorkflow(name)) as {
        jobs: Record<string, { permissions?: Record<string, string> }>
      }
      for (const [job, { permissions }] of Object.entries(workflow.jobs)) {
        const granted = Object.entries(permissions ?? {}).filter(([, access]) => access === 'write')
        if (granted.length > 0) writes[`${name} ${job}`] = granted.map(([scope]) => scope).sort()
      }
    }
    expect(writes).toEqual({
      'codeql.yml analyze': ['security-events'],
      'release.yml release': ['attestations', 'contents', 'id-token'],
    })
  })
})

describe('release workflow', () => {
  const release = parse(readWorkflow('release.yml')) as {
    on: { push: { tags: string[] } }
    jobs: { release: { steps: { name?: string; uses?: string; run?: string }[] } }
  }
  const steps = release.jobs.release.steps
  const indexOf = (predicate: (step: (typeof steps)[number]) => boolean): number => {
    const index = steps.findIndex(predicate)
    expect(index).toBeGreaterThanOrEqual(0)
    return index
  }

  test('runs on version tags only', () => {
    expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } })
  })

  test('checks versions, dist/ and the tests before it attests, releases and moves the major tag', () => {
    const versions = indexOf(
      (step) => step.run?.includes('node scripts/release-notes.mjs "$GITHUB_REF_NAME"') ?? false,
    )
    const checks = indexOf((step) => step.run === 'bash .ci/run')
    const attest = indexOf((step) => step.uses?.startsWith('actions/attest@') ?? false)
    const publish = indexOf(
      (step) => step.run?.includes('gh release create "$GITHUB_REF_NAME" --verify-tag') ?? false,
    )
    const major = indexOf((step) => step.run?.includes('refs/tags/$major') ?? false)
    const order = [versions, checks, attest, publish, major]
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(new Set(order).size).toBe(order.length)
  })

  test('.ci/run fails when dist/ differs from a fresh build, and runs the tests', () => {
    const ci = readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8')
    expect(ci).toContain('npm run bundle\n')
    expect(ci).toContain('git diff --quiet --exit-code -- dist')
    expect(ci.trimEnd().split('\n')).toContain('npm test')
  })
})

describe('.github/dependabot.yml', () => {
  const dependabot = parse(readFileSync(path.join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
    version: number
    updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[]
  }

  test('updates the npm packages and the pinned actions every week', () => {
    expect(dependabot.version).toBe(2)
    expect(
      dependabot.updates.map((update) => [
        update['package-ecosystem'],
        update.directory,
        update.schedule.interval,
      ]),
    ).toEqual([
      ['npm', '/', 'weekly'],
      ['github-actions', '/', 'weekly'],
    ])
  })
})

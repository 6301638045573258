import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { VERSION } from '../../src/version.js'
import { BINARY_20, baselineDocument, e2eFixture } from '../helpers/fixtures.js'
import { findNode24, REPO_ROOT } from '../helpers/node24.js'

// The published package: `npm pack` of this checkout (with its built dist/), installed offline into an empty folder
// as another CI system would, then run by its bin name. dist/cli.js is a bundle, so the install needs no dependency.

const run = promisify(execFile)
const PACKAGE_TIMEOUT_MS = 180_000

let folder: string
let project: string
let packed: { filename: string; files: { path: string }[] }

/** npm with no network, no audit and no prompts, and the Node 24 that runs the bundle first on PATH. */
function environment(): NodeJS.ProcessEnv {
  return {
    PATH: `${path.dirname(findNode24())}${path.delimiter}${process.env.PATH ?? '/usr/bin:/bin'}`,
    HOME: process.env.HOME ?? os.homedir(),
    // An empty cache of its own: nothing from this machine's earlier installs can make the offline install pass.
    npm_config_cache: path.join(folder, 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  }
}

async function evalGate(args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const bin = path.join(project, 'node_modules', '.bin', 'eval-gate')
  try {
    const { stdout, stderr } = await run(bin, args, { cwd: project, env: environment(), timeout: 30_000 })
    return { exitCode: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string }
    if (typeof failed.code !== 'number') throw error
    return { exitCode: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'eval-gate-package-'))
  const pack = await run('npm', ['pack', '--json', '--pack-destination', folder], {
    cwd: REPO_ROOT,
    env: environment(),
    timeout: PACKAGE_TIMEOUT_MS,
  })
  packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!
  project = path.join(folder, 'project')
  await mkdir(project)
  // The optional Node binary is for this repository's own tests; a user's install does not need it.
  await run('npm', ['install', '--omit=optional', path.join(folder, packed.filename)], {
    cwd: project,
    env: environment(),
    timeout: PACKAGE_TIMEOUT_MS,
  })
}, PACKAGE_TIMEOUT_MS * 2)

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true })
})

describe('the npm package', () => {
  test('holds the bundles, the schemas and the license, and no sources or tests', () => {
    const files = packed.files.map((file) => file.path)
    expect(packed.filename).toBe(`eval-gate-${VERSION}.tgz`)
    for (const file of [
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'package.json',
      'dist/cli.js',
      'dist/count-worker.js',
    ]) {
      expect(files).toContain(file)
    }
    expect(files).toContain('schema/report.schema.json')
    expect(files.filter((file) => /^(src|test|scripts|\.github)\//.test(file))).toEqual([])
  })

  test('installs offline with no dependency besides itself', async () => {
    const installed = (await readdir(path.join(project, 'node_modules'))).filter(
      (name) => !name.startsWith('.'),
    )
    expect(installed).toEqual(['eval-gate'])
  })

  test('eval-gate --help and --version run from the installed bin', async () => {
    const help = await evalGate(['--help'])
    expect(help.exitCode, help.stderr).toBe(0)
    expect(help.stdout).toContain('Usage: eval-gate --predictions FILE_OR_GLOB [options]')
    expect(await evalGate(['--version'])).toEqual({ exitCode: 0, stdout: `${VERSION}\n`, stderr: '' })
  })

  test('the installed eval-gate gates: 1 on a regression, 0 on a pass, 2 on bad input', async () => {
    await writeFile(path.join(project, 'predictions.csv'), e2eFixture(BINARY_20.file))
    const higher = baselineDocument({ default: { ...BINARY_20.metrics, accuracy: 0.95 } })
    await writeFile(path.join(project, 'higher.json'), higher)
    await writeFile(path.join(project, 'same.json'), baselineDocument({ default: BINARY_20.metrics }))
    const args = [
      '--predictions',
      'predictions.csv',
      '--thresholds',
      'accuracy: max-drop 0.01',
      '--format',
      'json',
    ]

    const regressed = await evalGate([...args, '--baseline', 'higher.json'])
    expect(regressed.exitCode, regressed.stderr).toBe(1)
    expect(JSON.parse(regressed.stdout)).toMatchObject({
      verdict: { status: 'failed', regressed: ['accuracy'] },
    })
    expect(regressed.stderr).toBe('eval-gate: 1 metric regressed: accuracy −0.1000 (max-drop 0.01)\n')

    const passed = await evalGate([...args, '--baseline', 'same.json'])
    expect(passed.exitCode, passed.stderr).toBe(0)
    expect(JSON.parse(passed.stdout)).toMatchObject({ verdict: { status: 'passed', regressed: [] } })

    const bad = await evalGate(['--predictions', 'missing.csv'])
    expect(bad).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: expect.stringMatching(/^eval-gate: error: .*missing\.csv.*\n$/) as unknown,
    })
  })
})

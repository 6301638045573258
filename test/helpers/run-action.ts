import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { findNode24, REPO_ROOT } from './node24.js'

/** The action's bundle, as `runs.main` in action.yml names it. */
export const ACTION_BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js')

/** The CLI's bundle. */
export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli.js')

/**
 * How long one run of a bundle may take before it is killed: a guard against a hang, not a speed test, so generous
 * enough for a 2-core machine under a load of 5 (a run takes 1–5 s idle).
 */
export const RUN_TIMEOUT_MS = 60_000

/** A fixed commit, so tests can look for it in the baseline's provenance. */
export const DEFAULT_SHA = '0123456789abcdef0123456789abcdef01234567'
export const DEFAULT_REF = 'refs/heads/main'
export const REPOSITORY = 'owner/repo'

/**
 * What `${{ github.token }}` (the `github-token` default) stands for in these runs: a made-up token, as a real run
 * always has one. API calls cannot reach GitHub: GITHUB_API_URL points at a closed local port.
 */
export const FAKE_TOKEN = 'ghs_e2eFakeTokenThatIsNotReal0123456789'
export const UNREACHABLE_API_URL = 'http://127.0.0.1:65535'

/** Files to put in the workspace before a run: path relative to the workspace → contents. */
export type WorkspaceFiles = Record<string, string | Uint8Array>

export interface RunActionOptions {
  /**
   * Inputs by their action.yml names (`label-column`, not `label_column`). Like the runner, inputs that are not
   * given get their action.yml default; an input name action.yml does not declare is a mistake in the test. A
   * function receives the run's folders, for inputs that name them.
   */
  inputs?:
    Record<string, string> | ((folders: { workspace: string; runnerTemp: string }) => Record<string, string>)
  /** Files to create in the workspace. */
  files?: WorkspaceFiles
  /**
   * Called with the workspace after the files are written and before the event payload and environment are made;
   * it may return what it decided (e.g. the SHA of a commit it made, and an event naming it).
   */
  prepare?: (workspace: string) => Promise<PreparedRun | void> | PreparedRun | void
  /** The triggering event: its name and payload. Default: a `push` to `refs/heads/main`. */
  event?: { name: string; payload?: Record<string, unknown> }
  /** `GITHUB_SHA`; default {@link DEFAULT_SHA}. */
  sha?: string
  /** `GITHUB_REF`; default {@link DEFAULT_REF}. */
  ref?: string
  /** What `${{ github.token }}` evaluates to; default {@link FAKE_TOKEN}, '' for a run without a token. */
  githubToken?: string
  /** Extra environment variables, applied last. */
  env?: Record<string, string>
  /** How long the run may take before it is killed; default {@link RUN_TIMEOUT_MS}. */
  timeoutMs?: number
}

/** What a `prepare` hook may set once the workspace exists; it overrides the options of the same name. */
export interface PreparedRun {
  sha?: string
  ref?: string
  event?: { name: string; payload?: Record<string, unknown> }
}

/** What one run of the bundle did. */
export interface RunResult {
  /** The process's exit code; null when it was killed (see `signal`). */
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** The `GITHUB_OUTPUT` file, parsed: output name → value. */
  outputs: Record<string, string>
  /** The text of the `GITHUB_STEP_SUMMARY` file. */
  summary: string
  /** `GITHUB_WORKSPACE` of this run; files the action wrote there are still there. */
  workspace: string
  /** `RUNNER_TEMP` of this run. */
  runnerTemp: string
}

/** Every folder made by a run, so a test file can remove them in `afterAll`. */
const created: string[] = []

/** Removes every folder made by the runs of this test file. */
export async function cleanupRuns(): Promise<void> {
  const folders = created.splice(0)
  // A test may have made a file unreadable; make it deletable again.
  await Promise.all(
    folders.map(async (folder) => {
      await restorePermissions(folder)
      await rm(folder, { recursive: true, force: true })
    }),
  )
}

async function restorePermissions(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  await new Promise<void>((resolve) => {
    const child = spawn('chmod', ['-R', 'u+rwX', folder], { stdio: 'ignore' })
    child.on('error', () => resolve())
    child.on('close', () => resolve())
  })
}

/** A fresh folder for one run, with a `workspace` inside it. */
export async function makeRunFolder(
  files: WorkspaceFiles = {},
): Promise<{ root: string; workspace: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'eval-gate-e2e-'))
  created.push(root)
  const workspace = path.join(root, 'workspace')
  await mkdir(workspace)
  await writeWorkspaceFiles(workspace, files)
  return { root, workspace }
}

/** Writes files into a workspace, creating their folders. */
export async function writeWorkspaceFiles(workspace: string, files: WorkspaceFiles): Promise<void> {
  for (const [relative, contents] of Object.entries(files)) {
    const absolute = path.join(workspace, relative)
    await mkdir(path.dirname(absolute), { recursive: true })
    await writeFile(absolute, contents)
  }
}

/**
 * The inputs action.yml declares, with their defaults. The runner sets `INPUT_<NAME>` for every input that has a
 * default, so an action never sees an unset input that has one; this reproduces that. action.yml's defaults are
 * one-line scalars (plain, '…' or "…"), which is all this reads.
 */
export function actionInputDefaults(): Map<string, string | undefined> {
  const yaml = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')
  const defaults = new Map<string, string | undefined>()
  let inInputs = false
  let current: string | undefined
  for (const line of yaml.split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      inInputs = line.startsWith('inputs:')
      current = undefined
      continue
    }
    if (!inInputs) continue
    const input = /^ {2}([\w-]+):\s*$/.exec(line)
    if (input) {
      current = input[1]!
      defaults.set(current, undefined)
      continue
    }
    const value = /^ {4}default:\s*(.*)$/.exec(line)
    if (value && current !== undefined) defaults.set(current, yamlScalar(value[1]!.trim()))
  }
  if (defaults.size === 0) throw new Error('found no inputs in action.yml')
  return defaults
}

/** The outputs action.yml declares. */
export function actionOutputNames(): string[] {
  const yaml = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')
  const block = /^outputs:\n((?:[ \t]+.*\n|\n)*)/m.exec(yaml)
  if (!block) throw new Error('found no outputs in action.yml')
  return [...block[1]!.matchAll(/^ {2}([\w-]+):/gm)].map((match) => match[1]!)
}

function yamlScalar(text: string): string {
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) throw new Error(`cannot read the YAML scalar ${text}`)
    return text.slice(1, -1).replaceAll("''", "'")
  }
  if (text.startsWith('"')) return JSON.parse(text) as string
  if (text.startsWith('>') || text.startsWith('|')) throw new Error(`block scalars are not read: ${text}`)
  return text.replace(/\s+#.*$/, '')
}

/** Replaces `${{ name }}` as the runner does, for the few names a test knows; any other expression is an error. */
function evaluateExpressions(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`run-action cannot evaluate the expression \${{ ${name} }}`)
    return value
  })
}

/** The runner's environment variable for an input: spaces become `_`, upper-cased, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** A minimal `push` event payload, shaped like the one GitHub sends. */
export function pushEvent(sha = DEFAULT_SHA, ref = DEFAULT_REF): Record<string, unknown> {
  const [owner, name] = REPOSITORY.split('/')
  return {
    ref,
    before: '0'.repeat(40),
    after: sha,
    created: false,
    deleted: false,
    forced: false,
    head_commit: { id: sha, message: 'e2e test commit', timestamp: '2026-01-01T00:00:00Z' },
    repository: {
      name,
      full_name: REPOSITORY,
      owner: { login: owner, name: owner },
      default_branch: 'main',
    },
    sender: { login: owner, type: 'User' },
  }
}

/** A minimal `pull_request` event payload: `sha` is the head commit, `baseSha` the base branch's commit. */
export function pullRequestEvent(
  sha = DEFAULT_SHA,
  number = 7,
  baseSha = 'f'.repeat(40),
): Record<string, unknown> {
  const [owner, name] = REPOSITORY.split('/')
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha, ref: 'feature' },
      base: { sha: baseSha, ref: 'main' },
    },
    repository: { name, full_name: REPOSITORY, owner: { login: owner } },
    sender: { login: owner, type: 'User' },
  }
}

/**
 * Runs `dist/index.js` the way the GitHub runner runs a `node24` action: on Node 24, in a fresh folder with its own
 * workspace (also the working directory), RUNNER_TEMP, empty GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV /
 * GITHUB_PATH / GITHUB_STATE files, an event payload, and the inputs as `INPUT_*` variables. The environment starts
 * from PATH and HOME only, so nothing of the test process (GITHUB_*, INPUT_*) leaks in.
 */
export async function runAction(options: RunActionOptions = {}): Promise<RunResult> {
  const { root, workspace } = await makeRunFolder(options.files)
  const runnerTemp = path.join(root, 'runner-temp')
  const fileCommands = path.join(root, 'file-commands')
  await mkdir(runnerTemp)
  await mkdir(fileCommands)
  const commandFile = async (name: string) => {
    const file = path.join(fileCommands, name)
    await writeFile(file, '')
    return file
  }
  const outputFile = await commandFile('output')
  const summaryFile = await commandFile('step_summary')

  const prepared = (await options.prepare?.(workspace)) ?? {}
  const sha = prepared.sha ?? options.sha ?? DEFAULT_SHA
  const ref = prepared.ref ?? options.ref ?? DEFAULT_REF
  const event = prepared.event ?? options.event ?? { name: 'push' }
  const eventPath = path.join(root, 'event.json')
  await writeFile(
    eventPath,
    JSON.stringify(
      event.payload ?? (event.name === 'pull_request' ? pullRequestEvent(sha) : pushEvent(sha, ref)),
    ),
  )

  const env: Record<string, string> = {
    ...baseEnvironment(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_REPOSITORY_OWNER: REPOSITORY.split('/')[0]!,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ENV: await commandFile('env'),
    GITHUB_PATH: await commandFile('path'),
    GITHUB_STATE: await commandFile('state'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: UNREACHABLE_API_URL,
    GITHUB_GRAPHQL_URL: `${UNREACHABLE_API_URL}/graphql`,
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_JOB: 'test',
    GITHUB_ACTION: 'eval-gate',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
  }

  const declared = actionInputDefaults()
  const expressions: Record<string, string> = { 'github.token': options.githubToken ?? FAKE_TOKEN }
  for (const [name, fallback] of declared) {
    if (fallback !== undefined) env[inputVariable(name)] = evaluateExpressions(fallback, expressions)
  }
  const inputs =
    typeof options.inputs === 'function' ? options.inputs({ workspace, runnerTemp }) : (options.inputs ?? {})
  for (const [name, value] of Object.entries(inputs)) {
    if (!declared.has(name)) throw new Error(`action.yml declares no input ${JSON.stringify(name)}`)
    env[inputVariable(name)] = value
  }
  Object.assign(env, options.env)

  const result = await spawnNode(ACTION_BUNDLE, [], { cwd: workspace, env, timeoutMs: options.timeoutMs })
  return {
    ...result,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    workspace,
    runnerTemp,
  }
}

export interface RunCliOptions {
  files?: WorkspaceFiles
  prepare?: (workspace: string) => Promise<void> | void
  env?: Record<string, string>
}

export interface CliResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** The working directory the CLI ran in. */
  workspace: string
}

/** Runs `dist/cli.js` on Node 24 in a fresh workspace (its working directory), with a minimal environment. */
export async function runCli(args: string[], options: RunCliOptions = {}): Promise<CliResult> {
  const { workspace } = await makeRunFolder(options.files)
  await options.prepare?.(workspace)
  const result = await spawnNode(CLI_BUNDLE, args, {
    cwd: workspace,
    env: { ...baseEnvironment(), ...options.env },
  })
  return { ...result, workspace }
}

/** PATH and HOME of the test process, nothing else. */
function baseEnvironment(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? os.homedir(),
  }
}

async function spawnNode(
  script: string,
  args: string[],
  { cwd, env, timeoutMs = RUN_TIMEOUT_MS }: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  if (!existsSync(script)) {
    throw new Error(`${path.relative(REPO_ROOT, script)} does not exist: build it with \`npm run bundle\``)
  }
  const node = findNode24()
  return new Promise((resolve, reject) => {
    const child = spawn(node, [script, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (exitCode, signal) => {
      resolve({
        exitCode,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      })
    })
  })
}

/**
 * Parses a `GITHUB_OUTPUT` file as the runner does: `name<<DELIMITER`, the value's lines, `DELIMITER` (what
 * @actions/core writes), or a single `name=value` line. Throws on anything else, so a malformed file fails the test.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  // The file ends with a newline: drop the empty string after it.
  if (lines.at(-1) === '') lines.pop()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const end = lines.indexOf(delimiter, i + 1)
      if (end < 0) throw new Error(`GITHUB_OUTPUT: output ${name} is not closed by ${delimiter}`)
      outputs[name] = lines.slice(i + 1, end).join('\n')
      i = end
      continue
    }
    const equals = line.indexOf('=')
    if (equals <= 0) throw new Error(`GITHUB_OUTPUT: cannot read line ${JSON.stringify(line)}`)
    outputs[line.slice(0, equals)] = line.slice(equals + 1)
  }
  return outputs
}

/** One workflow command printed by the action, e.g. `::error title=x::message`, unescaped. */
export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
  /** The line as printed. */
  raw: string
}

/** The workflow commands (`::name props::message`) in a process's stdout, in order. */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const raw of stdout.split(/\r?\n/)) {
    const match = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(raw)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of match[2] ? match[2].split(',') : []) {
      const equals = pair.indexOf('=')
      properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1))
    }
    commands.push({ command: match[1]!, properties, message: unescapeData(match[3]!), raw })
  }
  return commands
}

/** Inverse of @actions/core's `escapeData`. */
function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/** Inverse of @actions/core's `escapeProperty`. */
function unescapeProperty(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}

/** Lines that look like a JavaScript stack trace (`    at fn (file:1:2)`). */
export function stackTraceLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => /^\s+at\s/.test(line))
}

/** Makes a workspace file unreadable (mode 000). */
export async function makeUnreadable(workspace: string, relative: string): Promise<void> {
  await chmod(path.join(workspace, relative), 0o000)
}

/** True when the tests run as root, who can read a mode-000 file anyway. */
export function runningAsRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0
}

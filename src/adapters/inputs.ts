import * as core from '@actions/core'
import { parseCommentSettings, parseSettings, type CommentSettings, type Settings } from '../core/settings.js'
import { inWorkingDirectory, parseWorkingDirectory } from '../core/working-directory.js'

/**
 * The gate's settings, read from the action's inputs when called (never at import time), with relative paths
 * resolved from `working-directory` (only the action has it: the CLI resolves from where it runs).
 */
export function getSettings(): Settings {
  const read = (name: string) => core.getInput(name)
  const settings = parseSettings(read)
  const folder = parseWorkingDirectory(read('working-directory'))
  if (folder === undefined) return settings
  // In workflow_run mode the prediction files come in an artifact and follow its layout, not the repository's.
  return inWorkingDirectory(settings, folder, read('artifact-name').trim() === '')
}

/** The pull-request comment's settings; `name` is the default comment id. */
export function getCommentSettings(name: string): CommentSettings {
  return parseCommentSettings((name) => core.getInput(name), name)
}

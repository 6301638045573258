import * as core from '@actions/core'
import { parseCommentSettings, parseSettings, type CommentSettings, type Settings } from '../core/settings.js'

/** The gate's settings, read from the action's inputs when called (never at import time). */
export function getSettings(): Settings {
  return parseSettings((name) => core.getInput(name))
}

/** The pull-request comment's settings; `name` is the default comment id. */
export function getCommentSettings(name: string): CommentSettings {
  return parseCommentSettings((name) => core.getInput(name), name)
}

import * as core from '@actions/core'
import { parseSettings, type Settings } from '../core/settings.js'

/** The action's settings, read from its inputs when called (never at import time). */
export function getSettings(): Settings {
  return parseSettings((name) => core.getInput(name))
}

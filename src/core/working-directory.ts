import path from 'node:path'
import { InputError } from './errors.js'
import type { Settings } from './settings.js'

// `working-directory` (monorepos): the relative paths of every input resolve from a folder of the repository. The
// paths are rewritten to be relative to the repository root instead of resolved later, so that everything that
// speaks of repository paths (git show at the base commit, the contents API, the baseline commit, annotations, the
// report) keeps working unchanged.

/** The folder, normalised and relative to the repository root; undefined for the root itself. */
export function parseWorkingDirectory(text: string): string | undefined {
  const value = text.trim().replace(/\\/g, '/')
  if (value === '') return undefined
  const refuse = (why: string) =>
    new InputError(`input "working-directory" ${why}, got ${JSON.stringify(text.trim())}`)
  if (path.posix.isAbsolute(value) || /^[A-Za-z]:/.test(value)) {
    throw refuse('must be a folder relative to the repository root')
  }
  const folder = path.posix.normalize(value).replace(/\/+$/, '')
  if (folder === '..' || folder.startsWith('../')) throw refuse('must be a folder inside the repository')
  return folder === '.' ? undefined : folder
}

/** A path or glob of an input, from the working directory; absolute paths stay as they are. */
function fromFolder(folder: string, pattern: string): string {
  return path.posix.isAbsolute(pattern) ? pattern : path.posix.join(folder, pattern)
}

/**
 * The settings with every relative path resolved from `folder`. With `dataInWorkspace` false (the prediction files
 * came in an artifact, whose own layout their paths follow) only the baseline and the statistics output move.
 */
export function inWorkingDirectory(settings: Settings, folder: string, dataInWorkspace: boolean): Settings {
  const all = (patterns: string[]) => patterns.map((pattern) => fromFolder(folder, pattern))
  const data = (patterns: string[]) => (dataInWorkspace ? all(patterns) : patterns)
  return {
    ...settings,
    baselinePath: fromFolder(folder, settings.baselinePath),
    ...(settings.statsOutput !== undefined ? { statsOutput: fromFolder(folder, settings.statsOutput) } : {}),
    predictions: data(settings.predictions),
    metricsFiles: data(settings.metricsFiles),
    statsFiles: data(settings.statsFiles),
    statistics: {
      ...settings.statistics,
      baselinePredictions: data(settings.statistics.baselinePredictions),
    },
    models: {
      ...settings.models,
      specs: settings.models.specs.map((spec) => ({ ...spec, patterns: data(spec.patterns) })),
    },
  }
}

import type { BaselineEntry } from './baseline.js'
import { NOISE } from './compare.js'
import { ownValue } from './own.js'

/** One metric whose baseline value a pull request changes. */
export interface BaselineChange {
  metric: string
  /** Value in the trusted (base) copy; undefined when the PR adds it. */
  before?: number
  /** Value in the PR's copy; undefined when the PR removes it. */
  after?: number
}

/**
 * How the PR's copy of a baseline entry differs from the trusted copy: every metric added, removed or changed.
 * Reported at the top, because a PR that edits its own bar deserves a reviewer's eye.
 */
export function baselineChanges(
  trusted: BaselineEntry | undefined,
  proposed: BaselineEntry | undefined,
): BaselineChange[] {
  const before = trusted?.metrics ?? {}
  const after = proposed?.metrics ?? {}
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return names
    .map((metric) => ({
      metric,
      before: ownValue(before, metric),
      after: ownValue(after, metric),
    }))
    .filter(
      ({ before, after }) => before === undefined || after === undefined || Math.abs(before - after) > NOISE,
    )
}

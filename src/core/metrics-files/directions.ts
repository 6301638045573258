import type { Direction } from '../catalogue.js'
import { InputError } from '../errors.js'
import { globMatches } from '../glob.js'
import { thresholdsLine } from '../thresholds.js'

/** A `directions` rule from the `thresholds` input: `loss: lower-is-better`. */
export interface DirectionRule {
  /** A metric name or glob, matched against the whole name or any one of its segments (split at `/` and `.`). */
  pattern: string
  direction: Direction
}

const DIRECTIONS: readonly string[] = ['higher-is-better', 'lower-is-better']

/**
 * Takes the direction rules out of the `thresholds` text: on a line `METRIC: RULE[, RULE]`, a rule
 * `lower-is-better` or `higher-is-better` sets the direction of the metrics read from metrics files that the
 * pattern matches. The rest of the text (other rules, and every line number) is left for `parseThresholds`; a line
 * holding only a direction becomes blank.
 */
export function splitDirectionRules(text: string): { rules: DirectionRule[]; thresholds: string } {
  const rules: DirectionRule[] = []
  const lines = text.split(/\r?\n/).map((raw, index) => {
    const source = raw.trim()
    const colon = source.indexOf(':')
    if (source === '' || source.startsWith('#') || colon <= 0) return raw
    const pattern = source.slice(0, colon).trim()
    const parts = source
      .slice(colon + 1)
      .split(',')
      .map((part) => part.trim())
    const directions = parts.filter((part) => DIRECTIONS.includes(part))
    if (directions.length === 0) return raw
    if (directions.length > 1) {
      throw new InputError(
        `${thresholdsLine(index, raw)}: give one direction, not ${directions.join(' and ')}`,
      )
    }
    if (!/^[\w.*/-]+$/.test(pattern)) {
      throw new InputError(
        `${thresholdsLine(index, raw)}: ${JSON.stringify(pattern)} is not a metric name or glob`,
      )
    }
    rules.push({ pattern, direction: directions[0] as Direction })
    const rest = parts.filter((part) => !DIRECTIONS.includes(part))
    return rest.length === 0 ? '' : `${pattern}: ${rest.join(', ')}`
  })
  return { rules, thresholds: lines.join('\n') }
}

/**
 * The direction a rule gives a metric, or undefined when none matches. A rule matches the whole name or any one of
 * its segments (split at `/` and `.`), so `loss` covers `test.loss`, DVC's `loss.train` and `eval/loss`. Like
 * threshold rules, the most specific rule wins: the whole name beats a segment, an exact segment beats a glob, a
 * longer glob a shorter one, and among equals the later line.
 */
export function ruleDirection(name: string, rules: DirectionRule[]): Direction | undefined {
  const segments = name.split(/[/.]/)
  let best: { rule: DirectionRule; rank: number } | undefined
  for (const rule of rules) {
    const rank =
      rule.pattern === name
        ? 3e6
        : segments.includes(rule.pattern)
          ? 2e6
          : globMatches(rule.pattern, name) || segments.some((segment) => globMatches(rule.pattern, segment))
            ? rule.pattern.replaceAll('*', '').length
            : undefined
    if (rank === undefined) continue
    if (best === undefined || rank >= best.rank) best = { rule, rank }
  }
  return best?.rule.direction
}

import { InputError } from './errors.js'
import { globMatches } from './glob.js'

/** How far a metric may get worse before it counts as a regression. */
export interface MaxDrop {
  /** `absolute`: in the metric's own units; `relative`: a fraction of the baseline value. */
  kind: 'absolute' | 'relative'
  amount: number
}

/** The rules that apply to one metric; each kind is optional. */
export interface MetricRules {
  maxDrop?: MaxDrop
  /** Floor: the current value must be at least this, whatever the baseline. */
  min?: number
  /** Ceiling: the current value must be at most this (for lower-is-better metrics such as a loss). */
  max?: number
}

/** One line of the `thresholds` input: a metric name or glob (`*` matches any run of characters) and its rules. */
export interface ThresholdLine {
  pattern: string
  rules: MetricRules
  /** The line as written, for the report. */
  source: string
}

export const DEFAULT_THRESHOLDS = '*: max-drop 0'

/**
 * Parses the `thresholds` input: one `METRIC: RULE[, RULE]` per line, rules `max-drop 0.01`, `max-drop 2%`,
 * `min 0.85` and `max 0.3`. Blank lines and lines starting with `#` are ignored. `written` is the input as the
 * user wrote it (before direction rules were taken out of `text`), line for line: errors quote its lines.
 */
export function parseThresholds(text: string, written = text): ThresholdLine[] {
  const lines: ThresholdLine[] = []
  const writtenLines = written.split(/\r?\n/)
  text.split(/\r?\n/).forEach((raw, index) => {
    const source = raw.trim()
    if (source === '' || source.startsWith('#')) return
    const where = thresholdsLine(index, writtenLines[index] ?? raw)
    const colon = source.indexOf(':')
    if (colon <= 0) throw new InputError(`${where}: expected "METRIC: RULE"`)
    const pattern = source.slice(0, colon).trim()
    if (!/^[\w.*/-]+$/.test(pattern)) {
      throw new InputError(`${where}: ${JSON.stringify(pattern)} is not a metric name or glob`)
    }
    const rules: MetricRules = {}
    for (const part of source.slice(colon + 1).split(',')) parseRule(part.trim(), rules, where)
    lines.push({ pattern, rules, source })
  })
  return lines
}

/** Longest part of a line an error quotes: enough to recognise it, short enough to keep the error one line. */
const QUOTED_LENGTH = 100

/** Where an error is, for the user: `thresholds line 1 "accuracy: drop-at-most lots"` (`index` counts from 0). */
export function thresholdsLine(index: number, line: string): string {
  const text = line.trim()
  const quoted = text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH)}…` : text
  return `thresholds line ${index + 1} ${JSON.stringify(quoted)}`
}

const NUMBER = String.raw`[+]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`
const MAX_DROP = new RegExp(`^max-drop\\s+(${NUMBER})(%?)$`)
const BOUND = new RegExp(`^(min|max)\\s+(-?${NUMBER})$`)

function parseRule(rule: string, into: MetricRules, where: string): void {
  const drop = MAX_DROP.exec(rule)
  if (drop) {
    assertUnset(into.maxDrop, 'max-drop', where)
    const amount = finiteNumber(drop[1]!, rule, where)
    into.maxDrop = drop[2] ? { kind: 'relative', amount: amount / 100 } : { kind: 'absolute', amount }
    return
  }
  const bound = BOUND.exec(rule)
  if (bound) {
    const kind = bound[1] as 'min' | 'max'
    assertUnset(into[kind], kind, where)
    into[kind] = finiteNumber(bound[2]!, rule, where)
    return
  }
  throw new InputError(
    `${where}: invalid rule ${JSON.stringify(rule)}; expected "max-drop 0.01", "max-drop 2%", "min 0.85" or "max 0.3"`,
  )
}

/** `1e999` matches the number pattern but reads as Infinity, which would make the rule gate nothing. */
function finiteNumber(text: string, rule: string, where: string): number {
  const value = Number(text)
  if (!Number.isFinite(value))
    throw new InputError(
      `${where}: the number in rule ${JSON.stringify(rule)} is too large: use a finite number`,
    )
  return value
}

function assertUnset(value: unknown, kind: string, where: string): void {
  if (value !== undefined) throw new InputError(`${where}: "${kind}" is given twice`)
}

/**
 * The rules for one metric. Each kind of rule comes from the most specific line that sets it: an exact name beats
 * a glob, and a longer glob beats a shorter one (so `*` is the fallback); among equals the later line wins.
 */
export function rulesFor(metric: string, lines: ThresholdLine[]): MetricRules {
  const matching = lines
    .map((line, order) => ({ line, order, exact: line.pattern === metric }))
    .filter(({ line, exact }) => exact || globMatches(line.pattern, metric))
    .sort(
      (a, b) =>
        Number(a.exact) - Number(b.exact) || specificity(a.line) - specificity(b.line) || a.order - b.order,
    )
  const rules: MetricRules = {}
  for (const { line } of matching) Object.assign(rules, line.rules)
  return rules
}

function specificity(line: ThresholdLine): number {
  return line.pattern.replaceAll('*', '').length
}

/** The rules in the words of the `thresholds` input, e.g. `max-drop 0.01, min 0.8`. */
export function describeRules(rules: MetricRules): string {
  const parts: string[] = []
  if (rules.maxDrop) {
    parts.push(
      rules.maxDrop.kind === 'relative'
        ? `max-drop ${trimNumber(rules.maxDrop.amount * 100)}%`
        : `max-drop ${trimNumber(rules.maxDrop.amount)}`,
    )
  }
  if (rules.min !== undefined) parts.push(`min ${trimNumber(rules.min)}`)
  if (rules.max !== undefined) parts.push(`max ${trimNumber(rules.max)}`)
  return parts.join(', ')
}

function trimNumber(value: number): string {
  return String(Number(value.toPrecision(12)))
}

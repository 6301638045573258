import { directionOf, type Direction } from './catalogue.js'
import { formatValue } from './format.js'
import { ownValue } from './own.js'
import type { Evidence, MetricEvidence } from './significance.js'
import { describeRules, rulesFor, type MetricRules, type ThresholdLine } from './thresholds.js'

/** Differences this small are floating-point noise, not a change in the model. */
export const NOISE = 1e-12

export type Status =
  | 'improved'
  | 'unchanged'
  | 'within-tolerance'
  /** It broke its max-drop rule, but the drop is not significant: noise, not a regression. */
  | 'within-noise'
  | 'regressed'
  | 'new'
  | 'missing'

/** One metric of the run set against its baseline value and its rules. */
export interface MetricComparison {
  name: string
  direction: Direction
  baseline?: number
  current?: number
  /** `current - baseline`, when both exist. */
  delta?: number
  status: Status
  rules: MetricRules
  /** The rules it broke; empty unless regressed. */
  broken: BrokenRule[]
  /** `within-noise`: the rule it broke, which the significance test excused. */
  excused?: BrokenRule
  /** Interval, test and decision of the statistical gate, when it ran. */
  evidence?: MetricEvidence
}

/** A rule a metric broke, e.g. `{ rule: 'max-drop 0.01', detail: 'dropped 0.0213' }`. */
export interface BrokenRule {
  rule: string
  detail: string
}

/** A regressed or missing metric: either fails the gate. */
export function isRegression(metric: MetricComparison): boolean {
  return metric.status === 'regressed' || metric.status === 'missing'
}

/** The comparison of a whole run. */
export interface Comparison {
  metrics: MetricComparison[]
  /** True when a metric regressed or went missing: the gate fails on this. */
  regressed: boolean
  /** There was no baseline to compare with: nothing can regress against it. */
  firstRun: boolean
}

/**
 * Compares the metrics of a run with the baseline under the threshold rules. Metrics the baseline has and the run
 * does not are `missing`, which counts as a regression: a gate must not pass because a metric disappeared.
 */
export function compareMetrics(
  current: Record<string, number>,
  baseline: Record<string, number> | undefined,
  thresholds: ThresholdLine[],
  /** Directions the run knows beyond the catalogue (metrics read from files). */
  directions?: ReadonlyMap<string, Direction>,
  /** The statistical gate: a broken max-drop rule counts only when the drop is significant. */
  evidence?: Evidence,
): Comparison {
  const names = [
    ...Object.keys(current),
    ...Object.keys(baseline ?? {}).filter((name) => !Object.hasOwn(current, name)),
  ]
  const metrics = names.map((name) =>
    compareOne(
      name,
      directionOf(name, directions),
      ownValue(current, name),
      ownValue(baseline, name),
      rulesFor(name, thresholds),
      evidence?.metrics.get(name),
    ),
  )
  return {
    metrics,
    regressed: metrics.some(isRegression),
    firstRun: baseline === undefined,
  }
}

function compareOne(
  name: string,
  direction: Direction,
  current: number | undefined,
  baseline: number | undefined,
  rules: MetricRules,
  evidence: MetricEvidence | undefined,
): MetricComparison {
  const result: MetricComparison = {
    name,
    direction,
    baseline,
    current,
    status: 'new',
    rules,
    broken: [],
    ...(evidence ? { evidence } : {}),
  }
  if (current === undefined)
    return {
      ...result,
      status: 'missing' as const,
      broken: [{ rule: 'present in the baseline', detail: 'not produced by this run' }],
    }

  result.broken = brokenBounds(current, rules)
  if (baseline === undefined)
    return { ...result, status: result.broken.length ? ('regressed' as const) : ('new' as const) }

  const delta = current - baseline
  // How much worse the metric got, in its own units: positive means worse, whichever way the metric points.
  const worsening = direction === 'higher-is-better' ? -delta : delta
  const drop = rules.maxDrop
  if (drop) {
    const allowed = drop.kind === 'relative' ? drop.amount * Math.abs(baseline) : drop.amount
    if (worsening > allowed + NOISE) {
      const verb = direction === 'higher-is-better' ? 'dropped' : 'rose'
      const broken = { rule: describeRules({ maxDrop: drop }), detail: `${verb} ${formatValue(worsening)}` }
      // min and max stay absolute; only the comparison with the baseline can be noise.
      if (evidence?.significant === false) result.excused = broken
      else result.broken.unshift(broken)
    }
  }
  const status: Status =
    result.broken.length > 0
      ? 'regressed'
      : result.excused
        ? 'within-noise'
        : Math.abs(delta) <= NOISE
          ? 'unchanged'
          : worsening < 0
            ? 'improved'
            : 'within-tolerance'
  return { ...result, delta, status }
}

function brokenBounds(current: number, rules: MetricRules): BrokenRule[] {
  const broken: BrokenRule[] = []
  const detail = `is ${formatValue(current)}`
  if (rules.min !== undefined && current < rules.min - NOISE)
    broken.push({ rule: describeRules({ min: rules.min }), detail })
  if (rules.max !== undefined && current > rules.max + NOISE)
    broken.push({ rule: describeRules({ max: rules.max }), detail })
  return broken
}

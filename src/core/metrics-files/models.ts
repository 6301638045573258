import type { LeaderboardModel } from '../leaderboard.js'
import type { StatisticsSettings } from '../settings.js'
import { normalQuantile, type Interval } from '../stats/index.js'
import { wilsonInterval } from '../stats/index.js'
import type { SelectedMetric } from './select.js'
import type { FileMetric } from './types.js'

/** The leaderboard row of a file's pooled figures (e.g. promptfoo's pass rate over every provider). */
export const POOLED_MODEL = 'all (pooled)'

/**
 * The models a metrics file compares (promptfoo's providers, or its prompts), as leaderboard models: each with its
 * own figures under their short name (`pass_rate`), its count as rows, and its interval (`fileMetricInterval`, as
 * the gate's, so a model's interval is the same wherever it is shown). The pooled figures are the
 * candidate row. Undefined when no file names two models or more.
 */
export function metricsFileModels(
  metrics: readonly SelectedMetric[],
  statistics?: Pick<StatisticsSettings, 'confidence' | 'significance'>,
): { candidate: string; models: LeaderboardModel[] } | undefined {
  const owned = metrics.filter((m) => m.model !== undefined)
  const names = [...new Set(owned.map((m) => m.model!))]
  if (names.length < 2) return undefined
  const shortNames = new Set(owned.map(shortName))
  const model = (name: string, own: readonly SelectedMetric[]): LeaderboardModel => {
    const values: Record<string, number> = {}
    const intervals: Record<string, Interval> = {}
    for (const metric of own) {
      const short = shortName(metric)
      values[short] = metric.value
      const interval =
        statistics?.significance !== undefined && fileMetricInterval(metric, statistics.confidence)
      if (interval) intervals[short] = interval
    }
    const rows = own.find((m) => m.count !== undefined)?.count
    return { name, metrics: values, intervals, ...(rows !== undefined ? { rows } : {}) }
  }
  const pooled = metrics.filter((m) => m.model === undefined && shortNames.has(m.name))
  return {
    candidate: POOLED_MODEL,
    models: [
      model(POOLED_MODEL, pooled),
      ...names.map((name) =>
        model(
          name,
          owned.filter((m) => m.model === name),
        ),
      ),
    ],
  }
}

/** `provider/openai-gpt-4o/pass_rate` → `pass_rate`: the figure's name within its model. */
function shortName(metric: SelectedMetric): string {
  return metric.name.slice(metric.name.lastIndexOf('/') + 1)
}

/**
 * The interval of a metric read from a file, at the confidence level: a proportion of known n (a pass rate) gets
 * the Wilson score interval, which stays inside [0, 1]; any other metric with a standard error gets value ± z·SE.
 */
export function fileMetricInterval(metric: FileMetric, confidence: number): Interval | undefined {
  if (metric.proportion && metric.count) {
    // The stats module's Wilson interval (from the count of successes); clamped for the rounding of p·n.
    const { lower, upper } = wilsonInterval(metric.value * metric.count, metric.count, confidence)
    return { estimate: metric.value, lower: Math.max(0, lower), upper: Math.min(1, upper) }
  }
  if (metric.stderr === undefined) return undefined
  const half = normalQuantile(0.5 + confidence / 2) * metric.stderr
  return { estimate: metric.value, lower: metric.value - half, upper: metric.value + half }
}

import type { LeaderboardModel } from '../leaderboard.js'
import type { StatisticsSettings } from '../settings.js'
import { normalQuantile, type Interval } from '../stats/index.js'
import type { SelectedMetric } from './select.js'

/** The leaderboard row of a file's pooled figures (e.g. promptfoo's pass rate over every provider). */
export const POOLED_MODEL = 'all (pooled)'

/**
 * The models a metrics file compares (promptfoo's providers, or its prompts), as leaderboard models: each with its
 * own figures under their short name (`pass_rate`), its count as rows, and the interval its standard error gives
 * (the gate's normal interval, so a model's interval is the same wherever it is shown). The pooled figures are the
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
  const z =
    statistics?.significance !== undefined ? normalQuantile(0.5 + statistics.confidence / 2) : undefined
  const model = (name: string, own: readonly SelectedMetric[]): LeaderboardModel => {
    const values: Record<string, number> = {}
    const intervals: Record<string, Interval> = {}
    for (const metric of own) {
      const short = shortName(metric)
      values[short] = metric.value
      if (z !== undefined && metric.stderr !== undefined)
        intervals[short] = {
          estimate: metric.value,
          lower: metric.value - z * metric.stderr,
          upper: metric.value + z * metric.stderr,
        }
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

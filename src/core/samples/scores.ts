/**
 * Per-example scores of one model (issue 17): for each metric, each example's value by example id, as read from an
 * LLM eval tool's per-example results. Pure. The metric of a model is the mean of its examples' values (what the
 * tools aggregate), with the standard error of that mean; two models are compared example by example.
 */
import { InputError, type ErrorLocation } from '../errors.js'
import { formatCount } from '../format.js'
import { ownRecord, setOwn } from '../own.js'
import { describeIds, SHOWN_IDS } from '../pairing.js'
import { standardDeviation } from '../stats/index.js'

/** A pass/fail metric of two models joined by example id: the examples exactly one of them passes. */
export interface PassFailPair {
  examples: number
  /** Passed by this model only, and by the candidate only: the discordant pairs of the exact McNemar test. */
  modelOnly: number
  candidateOnly: number
}

/** One metric's mean over its examples. */
export interface ExampleMean {
  name: string
  value: number
  /** Sample standard deviation (n − 1) over √n, as lm-evaluation-harness's `mean_stderr`; unset below 2 examples. */
  stderr?: number
  count: number
}

export class ExampleScores {
  /** Metric → example id → value, in the order first read. */
  private readonly byMetric = new Map<string, Map<string, number>>()

  /** Adds one example's value; an id given twice for one metric is an error at `where`. */
  add(metric: string, id: string, value: number, where: ErrorLocation): void {
    let values = this.byMetric.get(metric)
    if (!values) this.byMetric.set(metric, (values = new Map()))
    if (values.has(id))
      throw new InputError(
        `id ${JSON.stringify(id)} appears twice for ${JSON.stringify(metric)}; each example must be scored once per model`,
        where,
      )
    values.set(id, value)
  }

  get metrics(): string[] {
    return [...this.byMetric.keys()]
  }

  /** The most examples any metric has: the model's row count. */
  get examples(): number {
    return Math.max(0, ...[...this.byMetric.values()].map((values) => values.size))
  }

  /** Each metric's mean and its standard error, in the order the metrics were first read. */
  means(): ExampleMean[] {
    return [...this.byMetric].map(([name, values]) => {
      const all = [...values.values()]
      const n = all.length
      // Summed in file order, as the tools' `sum(values) / len(values)`.
      const mean = all.reduce((sum, v) => sum + v, 0) / n
      if (n < 2) return { name, value: mean, count: n }
      return { name, value: mean, stderr: standardDeviation(all) / Math.sqrt(n), count: n }
    })
  }

  /**
   * Joins this model's examples with the candidate's by id, metric by metric, for the metrics both have. Pass/fail
   * metrics (every value 0 or 1 on both sides) get their discordant pairs; mean scores get no entry yet. A model
   * whose ids differ from the candidate's for any shared metric is not paired: the problem says how many differ.
   */
  pairWith(candidate: ExampleScores): { passFail: Record<string, PassFailPair> } | { problem: string } {
    const passFail = ownRecord<PassFailPair>()
    for (const [metric, theirs] of candidate.byMetric) {
      const ours = this.byMetric.get(metric)
      if (!ours) continue
      const problem = idMismatch(metric, ours, theirs)
      if (problem !== undefined) return { problem }
      if (!isPassFail(ours) || !isPassFail(theirs)) continue
      const pair: PassFailPair = { examples: ours.size, modelOnly: 0, candidateOnly: 0 }
      for (const [id, value] of ours) {
        const other = theirs.get(id)!
        if (value > other) pair.modelOnly++
        else if (value < other) pair.candidateOnly++
      }
      setOwn(passFail, metric, pair)
    }
    return { passFail }
  }
}

function isPassFail(values: Map<string, number>): boolean {
  for (const value of values.values()) if (value !== 0 && value !== 1) return false
  return true
}

/** Why two models' ids for one metric cannot be joined: how many of each side the other lacks. */
function idMismatch(
  metric: string,
  ours: Map<string, number>,
  theirs: Map<string, number>,
): string | undefined {
  const missing = [...theirs.keys()].filter((id) => !ours.has(id))
  const extra = [...ours.keys()].filter((id) => !theirs.has(id))
  if (missing.length === 0 && extra.length === 0) return undefined
  const described = (ids: string[]) => describeIds(ids.length, ids.slice(0, SHOWN_IDS))
  const parts = [
    missing.length > 0
      ? `${described(missing)} of the candidate's ${formatCount(theirs.size)} missing from its examples`
      : undefined,
    extra.length > 0 ? `${described(extra)} in its examples but not in the candidate's` : undefined,
  ].filter(Boolean)
  return `for ${JSON.stringify(metric)}, ${parts.join(', and ')}`
}

/**
 * The leaderboard of a run with several models (issue 8): one row per model, one column per metric, the best value
 * of each metric in bold, ranked by one metric, and for each model whether it is significantly better or worse
 * than the candidate. Pure: `buildLeaderboard` computes (intervals and tests included), `renderLeaderboard` writes
 * Markdown.
 *
 * Statistics (only with `significance` on, as the gate's): intervals resample each model's confusion matrix with
 * the gate's seed, resamples and confidence, so the candidate's match the main report. The comparison with the
 * candidate is two-sided on the rank-by metric: with a paired table (same ids) the paired bootstrap of Δ, or the
 * exact McNemar test for accuracy; otherwise an unpaired bootstrap of the two confusion matrices. Each one-sided
 * p-value comes from the drop tests of stats/ (Δ = model − candidate, once per direction, same seed and so the
 * same resamples); two-sided p = min(1, 2·min). The comparisons form one family, Holm-corrected at α.
 *
 * Ties: values equal at the shown precision (`formatValue`) are equal, for bold and for rank alike, so a reader
 * never sees two identical numbers treated differently.
 */
import { CATALOGUE, directionOf, type Direction } from './catalogue.js'
import { renderMetricChart, type ChartSeries } from './chart.js'
import type { ConfusionMatrix } from './confusion.js'
import { DECIMALS, formatCount, formatDelta, formatValue } from './format.js'
import { code, escapeMarkdown, table } from './markdown.js'
import { checkRankBy } from './models.js'
import { ownRecord, ownValue, setOwn } from './own.js'
import type { PassFailPair } from './samples/scores.js'
import { MAX_RESAMPLED_CELLS } from './significance.js'
import type { StatisticsSettings } from './settings.js'
import {
  bootstrapIntervals,
  discordantPairs,
  holm,
  mcnemarExact,
  pairedDropTests,
  unpairedDropTests,
  type Interval,
  type PairedTable,
} from './stats/index.js'

/** One model as the leaderboard needs it. All strings are raw: the renderer escapes them. */
export interface LeaderboardModel {
  name: string
  metrics: Readonly<Record<string, number>>
  /** Classification: its confusion matrix (intervals, unpaired tests) and positive class. */
  matrix?: ConfusionMatrix
  positiveLabel?: string
  rows?: number
  /** Joined with the candidate by id; the table's `candidate` side is this model, its `baseline` side the candidate. */
  paired?: PairedTable
  /** Per-example results joined with the candidate's by id: each pass/fail metric's discordant examples. */
  pairedPassFail?: Readonly<Record<string, PassFailPair>>
  /** Set when this model was evaluated on other rows than the candidate: why. Shown, never ranked or compared. */
  otherRows?: string
  /** Set when ids were given but the model is compared unpaired: why. */
  unpairedReason?: string
  /** Intervals computed elsewhere (score metrics resample rows: `Evaluation.intervals`); shown as they are. */
  intervals?: Readonly<Record<string, Interval>>
}

export interface LeaderboardInput {
  /** Every model, the candidate among them, in the order to break ties. */
  models: readonly LeaderboardModel[]
  /** Name of the gated model. */
  candidate: string
  /** Metric to rank by; default the first column. Must be one of the columns. */
  rankBy?: string
  /** Columns, in order; default the candidate's metrics, then any other model's in order of appearance. */
  metrics?: readonly string[]
  /** Directions of metrics the catalogue does not know (from metrics files and `directions` rules). */
  directions?: ReadonlyMap<string, Direction>
  /** The gate's statistics settings; intervals and tests only when `significance` is set. */
  statistics?: Omit<StatisticsSettings, 'baselinePredictions'>
  /** The stored baseline's values, drawn as one more series in the chart. */
  baseline?: Readonly<Record<string, number>>
}

/** What the leaderboard says about one model compared with the candidate. */
export type Versus =
  | { kind: 'candidate' }
  | {
      kind: 'better' | 'worse' | 'no-difference'
      /** Rank-by metric, this model − candidate. */
      delta: number
      /** Two-sided p, before and after Holm's correction over the compared models. */
      pValue: number
      adjustedP: number
      paired: boolean
      method: 'bootstrap' | 'mcnemar'
    }
  | { kind: 'not-tested'; reason: string }
  | { kind: 'not-compared'; reason: string }

export interface LeaderboardRow {
  name: string
  candidate: boolean
  /** 1-based, shared by ties; unset for models not ranked (other rows, or no rank-by value). */
  rank?: number
  rows?: number
  values: Record<string, number | undefined>
  /** Metrics whose best value this row holds (bold). */
  best: string[]
  intervals: Record<string, Interval>
  versus: Versus
  unpairedReason?: string
}

export interface Leaderboard {
  candidate: string
  rankBy: string
  metrics: string[]
  /** In rank order, then the unranked models. */
  rows: LeaderboardRow[]
  statistics?: Omit<StatisticsSettings, 'baselinePredictions'>
  /** Comparisons that were tested: the Holm family's size. */
  tested: number
  baseline?: Readonly<Record<string, number>>
}

/** Computes the leaderboard: columns, ranks, bold cells, intervals and the comparisons with the candidate. */
export function buildLeaderboard(input: LeaderboardInput): Leaderboard {
  const candidate = input.models.find((m) => m.name === input.candidate)
  if (!candidate) throw new Error(`the candidate ${JSON.stringify(input.candidate)} is not among the models`)
  const metrics = [
    ...new Set(
      input.metrics ?? [
        ...Object.keys(candidate.metrics),
        ...input.models.flatMap((m) => Object.keys(m.metrics)),
      ],
    ),
  ]
  if (metrics.length === 0) throw new Error('the leaderboard needs at least one metric')
  const rankBy = input.rankBy ?? metrics[0]!
  checkRankBy(rankBy, metrics, 'this run')
  const direction = (name: string) => directionOf(name, input.directions)
  const statistics = input.statistics?.significance !== undefined ? input.statistics : undefined

  const rows: LeaderboardRow[] = input.models.map((model) => ({
    name: model.name,
    candidate: model === candidate,
    ...(model.rows !== undefined ? { rows: model.rows } : {}),
    values: Object.fromEntries(metrics.map((m) => [m, valueOf(model, m)])),
    best: [],
    intervals: statistics ? intervalsOf(model, metrics, statistics) : {},
    versus:
      model === candidate
        ? { kind: 'candidate' }
        : model.otherRows !== undefined
          ? { kind: 'not-compared', reason: model.otherRows }
          : { kind: 'not-tested', reason: 'significance is off' },
    ...(model.unpairedReason !== undefined ? { unpairedReason: model.unpairedReason } : {}),
  }))
  const compared = rows.filter((row) => row.versus.kind !== 'not-compared')

  // Bold: the best shown value of each metric among the models on the candidate's rows.
  for (const metric of metrics) {
    const shown = compared
      .map((row) => row.values[metric])
      .filter((v): v is number => v !== undefined)
      .map(rounded)
    if (shown.length === 0) continue
    const best = direction(metric) === 'higher-is-better' ? Math.max(...shown) : Math.min(...shown)
    for (const row of compared) {
      const v = row.values[metric]
      if (v !== undefined && rounded(v) === best) row.best.push(metric)
    }
  }

  // Rank: better first; equal shown values share a rank; input order breaks exact ties (stable sort).
  const sign = direction(rankBy) === 'higher-is-better' ? -1 : 1
  const ranked = compared
    .filter((row) => row.values[rankBy] !== undefined)
    .sort((a, b) => sign * (a.values[rankBy]! - b.values[rankBy]!))
  ranked.forEach((row, i) => {
    const previous = ranked[i - 1]
    row.rank =
      previous && rounded(previous.values[rankBy]!) === rounded(row.values[rankBy]!) ? previous.rank! : i + 1
  })

  const tested = statistics
    ? compareWithCandidate(input.models, rows, candidate, rankBy, direction, statistics)
    : 0
  return {
    candidate: input.candidate,
    rankBy,
    metrics,
    rows: [
      ...ranked,
      ...compared.filter((row) => row.rank === undefined),
      ...rows.filter((row) => row.versus.kind === 'not-compared'),
    ],
    ...(statistics ? { statistics } : {}),
    tested,
    ...(input.baseline ? { baseline: input.baseline } : {}),
  }
}

/** Tests every compared model against the candidate on `rankBy` and applies Holm over them; returns how many. */
function compareWithCandidate(
  models: readonly LeaderboardModel[],
  rows: LeaderboardRow[],
  candidate: LeaderboardModel,
  rankBy: string,
  direction: (metric: string) => Direction,
  statistics: Omit<StatisticsSettings, 'baselinePredictions'>,
): number {
  const alpha = statistics.significance!
  const family: {
    row: LeaderboardRow
    delta: number
    pWorse: number
    pBetter: number
    paired: boolean
    method: 'bootstrap' | 'mcnemar'
  }[] = []
  models.forEach((model, i) => {
    const row = rows[i]!
    if (row.versus.kind !== 'not-tested') return
    const untested = (reason: string) => (row.versus = { kind: 'not-tested', reason })
    const passFail = ownValue(model.pairedPassFail, rankBy)
    if (passFail) return family.push(passFailComparison(row, passFail, direction(rankBy)))
    if (CATALOGUE.get(rankBy)?.family !== 'classification')
      return untested(`${rankBy} has no test: only confusion-matrix metrics are tested`)
    if (model.metrics[rankBy] === undefined || candidate.metrics[rankBy] === undefined)
      return untested(`no ${rankBy} for one of the two models`)
    if (model.positiveLabel !== candidate.positiveLabel) return untested('the two models see different tasks')
    const labels =
      model.paired?.labels.length ??
      Math.max(model.matrix?.labels.length ?? 0, candidate.matrix?.labels.length ?? 0)
    if (labels * labels * statistics.samples > MAX_RESAMPLED_CELLS)
      return untested(`${formatCount(labels)} labels are too many to resample`)
    const options = {
      samples: statistics.samples,
      confidence: statistics.confidence,
      seed: statistics.seed,
      positiveLabel: candidate.positiveLabel,
      metrics: [rankBy],
    }
    const flipped = (metric: string): Direction =>
      direction(metric) === 'higher-is-better' ? 'lower-is-better' : 'higher-is-better'
    if (model.paired) {
      const worse = pairedDropTests(model.paired, { ...options, directionOf: direction })[rankBy]
      if (!worse) return untested(`no ${rankBy} for one of the two models`)
      let pBetter: number
      if (worse.method === 'mcnemar') {
        const { candidateOnly, baselineOnly } = discordantPairs(model.paired)
        pBetter = mcnemarExact(baselineOnly, candidateOnly).worse
      } else {
        pBetter = pairedDropTests(model.paired, { ...options, directionOf: flipped, mcnemar: false })[rankBy]!
          .pValue
      }
      family.push({
        row,
        delta: worse.delta,
        pWorse: worse.pValue,
        pBetter,
        paired: true,
        method: worse.method,
      })
    } else if (model.matrix && candidate.matrix) {
      const worse = unpairedDropTests(model.matrix, candidate.matrix, { ...options, directionOf: direction })[
        rankBy
      ]
      if (!worse) return untested(`no ${rankBy} for one of the two models`)
      const better = unpairedDropTests(model.matrix, candidate.matrix, { ...options, directionOf: flipped })[
        rankBy
      ]!
      family.push({
        row,
        delta: worse.delta,
        pWorse: worse.pValue,
        pBetter: better.pValue,
        paired: false,
        method: 'bootstrap',
      })
    } else return untested('no confusion matrix')
  })
  const twoSided = family.map((f) => Math.min(1, 2 * Math.min(f.pWorse, f.pBetter)))
  const { adjusted, reject } = holm(twoSided, alpha)
  family.forEach((f, i) => {
    f.row.versus = {
      kind: !reject[i] ? 'no-difference' : f.pBetter < f.pWorse ? 'better' : 'worse',
      delta: f.delta,
      pValue: twoSided[i]!,
      adjustedP: adjusted[i]!,
      paired: f.paired,
      method: f.method,
    }
  })
  return family.length
}

/**
 * A pass/fail metric of per-example results, paired by id: the exact McNemar test on the examples exactly one of
 * the two models passes, once per direction (a 1 is a pass unless the metric is lower-is-better).
 */
function passFailComparison(row: LeaderboardRow, pair: PassFailPair, direction: Direction) {
  const lower = mcnemarExact(pair.modelOnly, pair.candidateOnly).worse
  const upper = mcnemarExact(pair.candidateOnly, pair.modelOnly).worse
  const higherIsBetter = direction === 'higher-is-better'
  return {
    row,
    delta: (pair.modelOnly - pair.candidateOnly) / pair.examples,
    pWorse: higherIsBetter ? lower : upper,
    pBetter: higherIsBetter ? upper : lower,
    paired: true,
    method: 'mcnemar' as const,
  }
}

function intervalsOf(
  model: LeaderboardModel,
  metrics: readonly string[],
  statistics: Omit<StatisticsSettings, 'baselinePredictions'>,
): Record<string, Interval> {
  const given = ownRecord<Interval>()
  for (const m of metrics) {
    const interval = ownValue(model.intervals, m)
    if (interval) setOwn(given, m, interval)
  }
  const counted = metrics.filter(
    (m) => CATALOGUE.get(m)?.family === 'classification' && model.metrics[m] !== undefined,
  )
  const labels = model.matrix?.labels.length ?? 0
  if (!model.matrix || counted.length === 0 || labels * labels * statistics.samples > MAX_RESAMPLED_CELLS)
    return given
  const intervals = bootstrapIntervals(model.matrix, {
    samples: statistics.samples,
    confidence: statistics.confidence,
    seed: statistics.seed,
    positiveLabel: model.positiveLabel,
    metrics: counted,
  })
  const result = ownRecord(Object.entries(given))
  for (const m of counted)
    if (intervals[m]) setOwn(result, m, { ...intervals[m], estimate: model.metrics[m]! })
  return result
}

export interface RenderLeaderboardOptions {
  /** Draw the chart (`chart` input); default true. */
  chart?: boolean
  /** Name of the baseline series in the chart; default `baseline`. */
  baselineLabel?: string
}

/** The leaderboard as GitHub-flavoured Markdown: heading, table, chart, legend and notes, and how it compared. */
export function renderLeaderboard(board: Leaderboard, options: RenderLeaderboardOptions = {}): string {
  const { rankBy, metrics, statistics } = board
  const withIntervals = board.rows.some((row) => Object.keys(row.intervals).length > 0)
  const level = statistics ? `${formatPercent(statistics.confidence)} interval` : ''
  const header = [
    'rank',
    'model',
    'rows',
    ...metrics.map((m) => {
      const name = escapeMarkdown(m) + (m === rankBy ? ' ▾' : '')
      return withIntervals && board.rows.some((row) => row.intervals[m]) ? `${name} [${level}]` : name
    }),
    'vs candidate',
  ]
  const body = board.rows.map((row) => [
    row.rank === undefined ? '—' : String(row.rank),
    escapeMarkdown(row.name) +
      (row.candidate ? ' (candidate)' : '') +
      (row.versus.kind === 'not-compared' ? ' ⚠️' : ''),
    row.rows === undefined ? '—' : formatCount(row.rows),
    ...metrics.map((m) => cell(row, m)),
    versusCell(row.versus),
  ])
  const sections = [
    `### 🏆 Leaderboard: ${board.rows.length} models, ranked by ${code(rankBy)}`,
    table(header, body, ['right', 'left', 'right', ...metrics.map(() => 'right' as const), 'left']),
  ]
  if (options.chart !== false) sections.push(chartSection(board, options.baselineLabel ?? 'baseline'))
  sections.push(explanation(board))
  return sections.filter((s) => s !== '').join('\n\n')
}

/**
 * The per-model JSON of the `metrics` output, `{ "<model>": { "<metric>": value } }`, in the models' order. Names
 * such as `__proto__` stay plain keys.
 */
export function modelMetricsJson(
  models: readonly { name: string; metrics: Readonly<Record<string, number>> }[],
): Record<string, Record<string, number>> {
  const result: Record<string, Record<string, number>> = {}
  for (const model of models) {
    const values: Record<string, number> = {}
    for (const [metric, value] of Object.entries(model.metrics)) setOwn(values, metric, value)
    setOwn(result, model.name, values)
  }
  return result
}

function cell(row: LeaderboardRow, metric: string): string {
  const value = ownValue(row.values, metric)
  if (value === undefined) return '—'
  const shown = row.best.includes(metric) ? `**${formatValue(value)}**` : formatValue(value)
  const interval = ownValue(row.intervals, metric)
  return interval ? `${shown} [${formatValue(interval.lower)}, ${formatValue(interval.upper)}]` : shown
}

function versusCell(versus: Versus): string {
  switch (versus.kind) {
    case 'candidate':
      return '—'
    case 'not-compared':
      return `⚠️ evaluated on other rows: not compared (${escapeMarkdown(versus.reason)})`
    case 'not-tested':
      return `not tested (${escapeMarkdown(versus.reason)})`
    default: {
      const how = [versus.paired ? 'paired' : 'unpaired', versus.method === 'mcnemar' ? 'McNemar' : undefined]
        .filter(Boolean)
        .join(', ')
      const text =
        versus.kind === 'better'
          ? '🟢 significantly better'
          : versus.kind === 'worse'
            ? '🔴 significantly worse'
            : '⚪ no significant difference'
      return `${text} (${formatDelta(versus.delta)}, p ${formatP(versus.adjustedP)}, ${how})`
    }
  }
}

function chartSection(board: Leaderboard, baselineLabel: string): string {
  const compared = board.rows.filter((row) => row.versus.kind !== 'not-compared')
  const names = new Set(board.rows.map((row) => row.name))
  const label = names.has(baselineLabel) ? `${baselineLabel} (stored)` : baselineLabel
  const series: ChartSeries[] = [
    ...compared.filter((row) => row.candidate),
    ...(board.baseline ? [{ name: label, values: board.baseline }] : []),
    ...compared.filter((row) => !row.candidate),
  ].map((s) => ({ name: s.name, values: s.values }))
  const chart = renderMetricChart(board.metrics, series, { title: 'Leaderboard' })
  const left = board.rows
    .filter((row) => row.versus.kind === 'not-compared')
    .map((row) => escapeMarkdown(row.name))
  const notes = left.length > 0 ? [`Not in the chart (evaluated on other rows): ${left.join(', ')}.`] : []
  if ('omitted' in chart) return `<sub>${[chart.omitted, ...notes].join(' ')}</sub>`
  const all = [...chart.notes, ...notes]
  return [chart.markdown, chart.legend, all.length > 0 ? `<sub>${all.join(' ')}</sub>` : '']
    .filter((s) => s !== '')
    .join('\n\n')
}

/** One line saying how "vs candidate" was decided, and what bold and the flags mean. */
function explanation(board: Leaderboard): string {
  const { statistics, rankBy, tested } = board
  const lines: string[] = []
  if (!statistics) lines.push('vs candidate: not tested, as significance is off.')
  else if (tested > 0) {
    const correction =
      tested > 1 ? `, Holm-corrected over the ${tested} comparisons (p shown after the correction)` : ''
    lines.push(
      `vs candidate: a two-sided test of ${code(rankBy)} (Δ = model − candidate) at α = ${statistics.significance}${correction}; paired by id when the ids match (exact McNemar for accuracy and for pass/fail metrics of per-example results, else a paired bootstrap), otherwise an unpaired bootstrap of the two confusion matrices. Intervals: ${formatPercent(statistics.confidence)}, ${formatCount(statistics.samples)} resamples (seed ${code(statistics.seed)}).`,
    )
  } else lines.push(`vs candidate: no model could be tested on ${code(rankBy)} (reasons in the column).`)
  for (const row of board.rows)
    if (row.unpairedReason !== undefined)
      lines.push(`${escapeMarkdown(row.name)} is compared unpaired: ${escapeMarkdown(row.unpairedReason)}.`)
  lines.push(
    `Bold: the best value of each metric (equal shown values all bold) among the models evaluated on the candidate's rows; ▾ marks the rank-by metric.`,
  )
  return `<sub>${lines.join('<br>')}</sub>`
}

function valueOf(model: LeaderboardModel, metric: string): number | undefined {
  const v = ownValue(model.metrics, metric)
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

/** A value as shown: ties are decided at this precision. */
function rounded(value: number): number {
  return Number(value.toFixed(DECIMALS))
}

function formatP(p: number): string {
  return p < 0.0001 ? '<0.0001' : p.toFixed(4)
}

function formatPercent(level: number): string {
  return `${Number((level * 100).toPrecision(6))}%`
}

import type { Direction } from './catalogue.js'
import { isRegression, type BrokenRule, type Status } from './compare.js'
import type { ReportInput } from './report.js'
import type { MetricTest } from './significance.js'
import { describeRules } from './thresholds.js'

// The CLI's `--format json`: the run as data for other CI systems. Its shape is schema/report.schema.json; a field
// added here goes there too (test/json-report.test.ts validates real outputs against it).

export const JSON_REPORT_SCHEMA = 1

/** How the run ended: the exit code follows it (0 passed or first-run, 1 failed). */
export type JsonVerdictStatus = 'passed' | 'first-run' | 'failed'

export interface JsonMetric {
  name: string
  direction: Direction
  status: Status
  /** null: the run (or the baseline) has no finite value of it. */
  current: number | null
  baseline: number | null
  /** `current − baseline`. */
  delta: number | null
  /** The rules that apply, as written in `thresholds` (`max-drop 0.01, min 0.8`); empty when none. */
  rules: string
  broken: BrokenRule[]
  /** Interval of the current value at the confidence level. */
  interval: { lower: number; upper: number } | null
  /** The drop test against the baseline, with the p-value after the family-wise correction. */
  test: (MetricTest & { adjustedP: number | null; significant: boolean | null }) | null
  /** Why a gated metric has no test. */
  untested: string | null
}

export interface JsonReport {
  schema: typeof JSON_REPORT_SCHEMA
  /** eval-gate's version. */
  version: string
  name: string
  verdict: { status: JsonVerdictStatus; summary: string; failure: string | null; regressed: string[] }
  rows: number
  files: string[]
  baseline: { path: string; found: boolean; commit: string | null; rows: number | null }
  statistics: { significance: number | null; confidence: number; samples: number; seed: string } | null
  metrics: JsonMetric[]
  /** Several models: each model's metrics, model → metric → value. */
  models: Record<string, Record<string, number | null>> | null
}

export interface JsonReportRun {
  input: ReportInput
  /** The one-line verdict (icon and text). */
  summary: string
  /** Set when the gate fails: why. */
  failure?: string
  version: string
  metricsByModel?: Record<string, Record<string, number>>
}

/** A finite number, or null: JSON has no NaN or infinity. */
function finite(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null
}

function jsonMetric(metric: ReportInput['comparison']['metrics'][number]): JsonMetric {
  const { interval, test, adjustedP, significant, untested } = metric.evidence ?? {}
  return {
    name: metric.name,
    direction: metric.direction,
    status: metric.status,
    current: finite(metric.current),
    baseline: finite(metric.baseline),
    delta: finite(metric.delta),
    rules: describeRules(metric.rules),
    broken: metric.broken.map(({ rule, detail }) => ({ rule, detail })),
    interval: interval ? { lower: interval.lower, upper: interval.upper } : null,
    test: test ? { ...test, adjustedP: adjustedP ?? null, significant: significant ?? null } : null,
    untested: untested ?? null,
  }
}

function verdictStatus(run: JsonReportRun): JsonVerdictStatus {
  if (run.failure !== undefined) return 'failed'
  return run.input.comparison.firstRun ? 'first-run' : 'passed'
}

/** The run as the JSON document of `--format json`. */
export function jsonReport(run: JsonReportRun): JsonReport {
  const { input } = run
  const settings = input.evidence?.settings
  const models = run.metricsByModel
  return {
    schema: JSON_REPORT_SCHEMA,
    version: run.version,
    name: input.name,
    verdict: {
      status: verdictStatus(run),
      summary: run.summary,
      failure: run.failure ?? null,
      regressed: input.comparison.metrics.filter(isRegression).map((metric) => metric.name),
    },
    rows: input.rows,
    files: input.files,
    baseline: {
      path: input.baseline.path,
      found: input.baseline.found,
      commit: input.baseline.commit ?? null,
      rows: input.baseline.rows ?? null,
    },
    statistics: settings
      ? {
          significance: settings.significance ?? null,
          confidence: settings.confidence,
          samples: settings.samples,
          seed: settings.seed,
        }
      : null,
    metrics: input.comparison.metrics.map(jsonMetric),
    models: models
      ? Object.fromEntries(
          Object.entries(models).map(([model, values]) => [
            model,
            Object.fromEntries(Object.entries(values).map(([metric, value]) => [metric, finite(value)])),
          ]),
        )
      : null,
  }
}

import path from 'node:path'
import { readWorkingTreeBaseline, type BaselineCopy } from './adapters/baseline-source.js'
import { writeFileAtomic } from './adapters/files.js'
import { baselineChanges } from './core/baseline-diff.js'
import {
  entryFor,
  parseBaseline,
  serializeBaseline,
  withEntry,
  type BaselineEntry,
  type ParsedBaseline,
} from './core/baseline.js'
import { directionOf } from './core/catalogue.js'
import { compareMetrics, type Comparison } from './core/compare.js'
import { gatherEvidence } from './core/significance.js'
import { rulesFor } from './core/thresholds.js'
import { renderReport, verdict, type ReportInput } from './core/report.js'
import type { Settings } from './core/settings.js'
import { buildLeaderboard, modelMetricsJson, renderLeaderboard } from './core/leaderboard.js'
import { metricsFileModels } from './core/metrics-files/models.js'
import { withoutShown } from './core/metrics-files/index.js'
import { evaluate, type Evaluation } from './evaluation.js'
import { evaluateModels, leaderboardModels, type ModelResult } from './model-evaluation.js'
import { evaluateMerged } from './shards.js'
import { VERSION } from './version.js'
import { describeSubset, goldLabelFingerprint, mergeSubsets, sameSubset } from './core/fingerprint.js'
import { lookAlikeLabelWarnings } from './core/labels.js'

/** What a run knows about where it runs; the action takes it from the runner's variables, the CLI from its own. */
export interface RunContext {
  /** Folder that the baseline path is resolved against: the repository checkout. */
  workspace: string
  /** Folder that prediction paths are resolved against; the workspace unless they came in an artifact. */
  dataFolder?: string
  commit?: string
  ref?: string
  /** URL of the workflow run, for the report's footer. */
  runUrl?: string
  /**
   * The trusted copy of the baseline (e.g. from a PR's base commit). Unset: the working-tree file is trusted. When
   * set, the working-tree copy is the PR's proposal: reported if it differs, never used for the verdict.
   */
  trustedBaseline?: BaselineCopy
  now: Date
}

/** Everything a run produced, for the action or the CLI to publish. */
export interface GateOutcome {
  /** The reported metrics, name → value. */
  metrics: Record<string, number>
  /** Several models: each model's metrics, model → name → value (the `metrics` output then). */
  metricsByModel?: Record<string, Record<string, number>>
  comparison: Comparison
  /** Warnings for the log, one line each (e.g. a metric read as NaN, directions assumed). */
  warnings: string[]
  /** What the report shows; render it with `renderReport` or, for size-limited places, `renderReportWithin`. */
  reportInput: ReportInput
  /** The full Markdown report. */
  report: string
  /** The one-line verdict. */
  summary: string
  /** Set when the gate fails: why, in one line. */
  failure?: string
  /** What happened to the baseline file, when an update was asked for; `entry` is what was written. */
  baselineUpdate?: BaselineUpdate
  /** The baseline file as it is in the checkout (what a pull request's diff shows), for annotations on its lines. */
  baselineText?: string
}

/**
 * A baseline update the run asked for. `runGate` only prepares it (`text` is the new file); the caller writes it
 * with `writeBaselineUpdate` once nothing else can fail, e.g. after a commit through the API went through.
 */
export interface BaselineUpdate {
  /** Path as given in the settings. */
  path: string
  absolute: string
  /** Set once the file is written. */
  written: boolean
  /** Why no update was prepared. */
  reason?: string
  /** The new entry and the whole new file; undefined when `reason` is set. */
  entry?: BaselineEntry
  text?: string
}

/** Writes a prepared baseline update to disk, atomically. */
export async function writeBaselineUpdate(update: BaselineUpdate): Promise<void> {
  if (update.text === undefined) return
  await writeFileAtomic(update.absolute, update.text)
  update.written = true
}

/**
 * The whole gate: read the baseline and the prediction files, compute the metrics, compare, render, and prepare
 * the baseline update when asked. Writes nothing; throws `InputError` for anything wrong with the inputs.
 */
export async function runGate(settings: Settings, context: RunContext): Promise<GateOutcome> {
  // The baseline first: a broken baseline should fail before a large prediction set is read.
  const baselineAbsolute = path.resolve(context.workspace, settings.baselinePath)
  const workingCopy = await readWorkingTreeBaseline(context.workspace, settings.baselinePath)
  const trustedCopy = context.trustedBaseline ?? workingCopy
  const trustedName = context.trustedBaseline
    ? `${settings.baselinePath} at ${trustedCopy.from}`
    : settings.baselinePath
  const baseline = parseCopy(trustedCopy, trustedName)
  const entry = baseline && entryFor(baseline.document, settings.name)
  const working = context.trustedBaseline ? parseCopy(workingCopy, settings.baselinePath) : baseline

  // Prediction files and metrics files (or the shards' merged statistics); with several models, each of them.
  const { evaluation, models } = await evaluateRun(settings, context.dataFolder ?? context.workspace)
  const { metrics, matrix, task, classification } = evaluation
  const rows = evaluation.rows ?? 0

  // Intervals for every metric with data for one; tests for the gated ones (those a max-drop rule compares).
  const gated = Object.keys(metrics).filter((name) => rulesFor(name, settings.thresholds).maxDrop)
  const evidence = gatherEvidence(
    {
      current: metrics,
      directionOf: (name) => directionOf(name, evaluation.directions),
      gated,
      baseline: entry,
      flatBaseline: baseline?.flat,
      matrix,
      positiveLabel: task?.positiveLabel,
      paired: evaluation.paired,
      pairedScores: evaluation.pairedScores,
      standardErrors: evaluation.standardErrors,
      intervals: evaluation.intervals,
      untested: evaluation.untested,
      errorMethods: evaluation.errorMethods,
    },
    settings.statistics,
  )
  // Metrics read from files carry their own directions.
  const comparison = compareMetrics(
    metrics,
    withoutShown(entry?.metrics, evaluation.metricsFiles?.shown),
    settings.thresholds,
    evaluation.directions,
    evidence,
  )
  const fingerprint = evaluation.fingerprint ?? (matrix && goldLabelFingerprint(matrix))
  const labelWarnings = matrix ? lookAlikeLabelWarnings(matrix.labels) : []
  // The same kind of fingerprint as the baseline's: a baseline recorded without id-column has gold-label counts.
  const comparable =
    entry?.fingerprint?.startsWith('gold-counts:') && matrix ? goldLabelFingerprint(matrix) : fingerprint
  // A metrics file that measured part of its benchmark (lm-eval's --limit) compares only with the same subset.
  const subsetFiles = evaluation.metricsFiles?.files.filter((f) => f.subset !== undefined) ?? []
  const runSubset = mergeSubsets(subsetFiles.map((f) => f.subset!))
  const subset = sameSubset(runSubset, entry?.subset)
    ? undefined
    : `this run: ${subsetFiles.map((f) => `${f.file}: ${describeSubset(f.subset!)}`).join('; ') || 'the full benchmark'} — baseline: ${entry?.subset ? describeSubset(entry.subset) : 'the full benchmark'}`
  const datasetChanged =
    settings.onDatasetChange !== 'ignore' &&
    entry !== undefined &&
    (subset !== undefined ||
      (entry.fingerprint !== undefined &&
        // Runs without gold labels (metrics files, regression, text) have no fingerprint to compare.
        comparable !== undefined &&
        kindOf(entry.fingerprint) === kindOf(comparable) &&
        entry.fingerprint !== comparable))
  // Several models: those of the run, or those one metrics file compares (promptfoo's providers).
  const fileModels = models
    ? undefined
    : metricsFileModels(evaluation.metricsFiles?.metrics ?? [], settings.statistics)
  const leaderboard = models
    ? buildLeaderboard({
        models: leaderboardModels(models),
        candidate: models[0]!.name,
        rankBy: settings.models.rankBy,
        directions: evaluation.directions,
        statistics: settings.statistics,
        baseline: entry?.metrics,
      })
    : fileModels && buildLeaderboard({ ...fileModels, statistics: settings.statistics })
  const proposedChanges = context.trustedBaseline
    ? baselineChanges(entry, working && entryFor(working.document, settings.name))
    : []
  const reportInput: ReportInput = {
    name: settings.name,
    comparison,
    rows,
    files: evaluation.files,
    task,
    matrix,
    classification,
    metricsFiles: evaluation.metricsFiles,
    computed: evaluation.computed,
    thresholds: settings.thresholds,
    // Columns and the note only when some metric has an interval, a test, or a reason for having none.
    evidence: evidence.metrics.size > 0 ? evidence : undefined,
    chart: settings.models.chart,
    leaderboard: leaderboard && renderLeaderboard(leaderboard, { chart: settings.models.chart }),
    datasetChange: datasetChanged
      ? { policy: settings.onDatasetChange, baselineRows: entry?.rows, rows, ...(subset ? { subset } : {}) }
      : undefined,
    proposedChanges: proposedChanges.length
      ? { trustedFrom: trustedCopy.from, changes: proposedChanges }
      : undefined,
    baseline: {
      path: settings.baselinePath,
      found: entry !== undefined,
      flat: baseline?.flat,
      commit: entry?.provenance?.commit,
      rows: entry?.rows,
    },
    run: { commit: context.commit, url: context.runUrl, version: VERSION },
  }
  const { icon, text } = verdict(comparison)
  const datasetFailure =
    datasetChanged && settings.onDatasetChange === 'fail'
      ? `${subset ? `the run and the baseline measure different parts of their benchmark (${subset})` : `the evaluation data differs from the baseline's (${entry?.rows ?? '?'} rows then, ${rows} now)`}; on-dataset-change is fail`
      : undefined
  const failed = (comparison.regressed && settings.failOnRegression) || datasetFailure !== undefined
  const outcome: GateOutcome = {
    metrics,
    ...(models
      ? {
          metricsByModel: modelMetricsJson(
            models.map((model) => ({ name: model.name, metrics: model.evaluation.metrics })),
          ),
        }
      : {}),
    comparison,
    warnings: [...(evaluation.metricsFiles?.warnings ?? []), ...labelWarnings],
    reportInput,
    baselineText: workingCopy.text,
    report: renderReport(reportInput),
    summary: `${icon} ${text}`,
    failure: failed
      ? [comparison.regressed && settings.failOnRegression ? text : undefined, datasetFailure]
          .filter(Boolean)
          .join('; ')
      : undefined,
  }

  if (settings.updateBaseline) {
    if (failed) {
      // A failed gate must not move the bar it failed against.
      outcome.baselineUpdate = {
        written: false,
        path: settings.baselinePath,
        absolute: baselineAbsolute,
        reason: 'the gate failed',
      }
    } else {
      const newEntry: BaselineEntry = {
        metrics,
        ...(evaluation.rows !== undefined ? { rows } : {}),
        ...(fingerprint !== undefined ? { fingerprint } : {}),
        ...(runSubset !== undefined ? { subset: runSubset } : {}),
        ...(matrix ? { labels: matrix.labels, confusionMatrix: matrix.counts } : {}),
        ...(task?.positiveLabel !== undefined ? { positiveLabel: task.positiveLabel } : {}),
        ...(Object.keys(evaluation.standardErrors).length > 0
          ? { standardErrors: evaluation.standardErrors }
          : {}),
        provenance: {
          ...(context.commit ? { commit: context.commit } : {}),
          ...(context.ref ? { ref: context.ref } : {}),
          time: context.now.toISOString(),
          tool: `eval-gate@${VERSION}`,
        },
      }
      // The file on disk is replaced, so the entry is merged into its own contents.
      const document = withEntry(working?.document ?? { schema: 1, models: {} }, settings.name, newEntry)
      outcome.baselineUpdate = {
        written: false,
        path: settings.baselinePath,
        absolute: baselineAbsolute,
        entry: newEntry,
        text: serializeBaseline(document),
      }
    }
  }
  return outcome
}

/** The run's evaluation by mode: merged shard statistics, several models (candidate first), or one model. */
async function evaluateRun(
  settings: Settings,
  folder: string,
): Promise<{ evaluation: Evaluation; models?: ModelResult[] }> {
  if (settings.mode === 'merge') return { evaluation: await evaluateMerged(settings, folder) }
  if (!settings.models.leaderboard) return { evaluation: await evaluate(settings, folder) }
  const models = await evaluateModels(settings, settings.models, folder)
  return { evaluation: models[0]!.evaluation, models }
}

/** `gold-counts` or `id-gold`: fingerprints of different kinds cannot be compared. */
function kindOf(fingerprint: string): string {
  return fingerprint.slice(0, fingerprint.indexOf(':'))
}

function parseCopy(copy: BaselineCopy, shownName: string): ParsedBaseline | undefined {
  return copy.text === undefined ? undefined : parseBaseline(copy.text, shownName)
}

import path from 'node:path'
import { countPredictions, findFiles, readOptionalFile, writeFileAtomic } from './adapters/files.js'
import {
  entryFor,
  parseBaseline,
  serializeBaseline,
  withEntry,
  type BaselineEntry,
  type ParsedBaseline,
} from './core/baseline.js'
import { compareMetrics, type Comparison } from './core/compare.js'
import { classificationMetrics } from './core/metrics/classification.js'
import { renderReport, verdict, type ReportInput } from './core/report.js'
import type { Settings } from './core/settings.js'
import { resolveTask, selectMetrics } from './core/task.js'
import { VERSION } from './version.js'

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
  now: Date
}

/** Everything a run produced, for the action or the CLI to publish. */
export interface GateOutcome {
  /** The reported metrics, name → value. */
  metrics: Record<string, number>
  comparison: Comparison
  /** What the report shows; render it with `renderReport` or, for size-limited places, `renderReportWithin`. */
  reportInput: ReportInput
  /** The full Markdown report. */
  report: string
  /** The one-line verdict. */
  summary: string
  /** Set when the gate fails: why, in one line. */
  failure?: string
  /** What happened to the baseline file, when an update was asked for. */
  baselineUpdate?: { written: boolean; path: string; reason?: string }
}

/**
 * The whole gate: read the baseline and the prediction files, compute the metrics, compare, render, and update the
 * baseline when asked. Throws `InputError` for anything wrong with the inputs, before writing anything.
 */
export async function runGate(settings: Settings, context: RunContext): Promise<GateOutcome> {
  // The baseline first: a broken baseline should fail before a large prediction set is read.
  const baselineAbsolute = path.resolve(context.workspace, settings.baselinePath)
  const baselineText = await readOptionalFile(baselineAbsolute, settings.baselinePath)
  const baseline: ParsedBaseline | undefined =
    baselineText === undefined ? undefined : parseBaseline(baselineText, settings.baselinePath)
  const entry = baseline && entryFor(baseline.document, settings.name)

  const files = await findFiles(settings.predictions, context.dataFolder ?? context.workspace)
  const counter = await countPredictions(files, settings.labelColumn, settings.predictionColumn)
  const matrix = counter.toMatrix()
  const task = resolveTask(matrix.labels, settings.positiveLabel)
  const names = selectMetrics(settings.metrics, task, matrix.labels.length)
  const classification = classificationMetrics(matrix, task.positiveLabel)
  const metrics = Object.fromEntries(names.map((name) => [name, classification.values[name]!]))

  const comparison = compareMetrics(metrics, entry?.metrics, settings.thresholds)
  const reportInput: ReportInput = {
    name: settings.name,
    comparison,
    rows: matrix.total,
    files: files.map((f) => f.shown),
    task,
    matrix,
    classification,
    thresholds: settings.thresholds,
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
  const failed = comparison.regressed && settings.failOnRegression
  const outcome: GateOutcome = {
    metrics,
    comparison,
    reportInput,
    report: renderReport(reportInput),
    summary: `${icon} ${text}`,
    failure: failed ? text : undefined,
  }

  if (settings.updateBaseline) {
    if (failed) {
      // A failed gate must not move the bar it failed against.
      outcome.baselineUpdate = { written: false, path: settings.baselinePath, reason: 'the gate failed' }
    } else {
      const newEntry: BaselineEntry = {
        metrics,
        rows: matrix.total,
        labels: matrix.labels,
        confusionMatrix: matrix.counts,
        ...(task.positiveLabel !== undefined ? { positiveLabel: task.positiveLabel } : {}),
        provenance: {
          ...(context.commit ? { commit: context.commit } : {}),
          ...(context.ref ? { ref: context.ref } : {}),
          time: context.now.toISOString(),
          tool: `eval-gate@${VERSION}`,
        },
      }
      const document = withEntry(baseline?.document ?? { schema: 1, models: {} }, settings.name, newEntry)
      await writeFileAtomic(baselineAbsolute, serializeBaseline(document))
      outcome.baselineUpdate = { written: true, path: settings.baselinePath }
    }
  }
  return outcome
}

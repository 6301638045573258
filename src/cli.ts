#!/usr/bin/env node
import path from 'node:path'
import { parseArgs } from 'node:util'
import { readBaselineAtRef } from './adapters/baseline-source.js'
import { writeFileAtomic } from './adapters/files.js'
import { installProgressMeter } from './adapters/progress.js'
import { InputError } from './core/errors.js'
import { jsonReport } from './core/json-report.js'
import { DEFAULTS, parseSettings, type Settings } from './core/settings.js'
import { runGate, writeBaselineUpdate, type GateOutcome } from './gate.js'
import { collectShard, writeShardFile } from './shards.js'
import { showsProgress, TerminalProgress } from './terminal-progress.js'
import { VERSION } from './version.js'

const HELP = `eval-gate ${VERSION}: compute evaluation metrics, compare them with a baseline, fail on regressions.

Usage: eval-gate --predictions FILE_OR_GLOB [options]
       eval-gate --metrics-files FILE_OR_GLOB [options]
       (from a checkout: node dist/cli.js ...)

Options (each is the action input of the same name):
  --predictions PATHS        prediction files or globs (repeat, or separate with commas); .csv .tsv .jsonl .ndjson .json
  --label-column NAME        field with the gold label (default: ${DEFAULTS['label-column']})
  --prediction-column NAME   field with the prediction (default: ${DEFAULTS['prediction-column']})
  --max-labels N             most distinct labels of a classification run (default: ${DEFAULTS['max-labels']})
  --positive-label LABEL     positive class of a binary task (default: automatic for 0/1, false/true, no/yes)
  --metrics LIST             metrics to report and gate, comma-separated (default: depends on the task)
  --task KIND                classification, regression or text (default: classification)
  --score-column NAME        binary: field with the positive-class score (adds roc_auc, average_precision, ...)
  --score-columns LIST       multiclass: LABEL=FIELD per class, or one field holding an array of scores
  --references-column NAME   text: field with several gold answers (the best match counts)
  --metrics-files PATHS      metrics files of other tools (lm-eval, promptfoo, HF Trainer, Inspect, DVC/JSON/YAML)
  --metrics-format FORMAT    auto, lm-eval, promptfoo, hf-trainer, inspect-ai or generic (default: auto)
  --metrics-select GLOBS     metrics to take from the metrics files, comma-separated globs (default: all)
  --baseline PATH            baseline JSON file (default: ${DEFAULTS.baseline})
  --thresholds RULES         rules, one "METRIC: RULE[, RULE]" per line or separated by ";" (default: "${DEFAULTS.thresholds}")
  --fail-on-regression BOOL  exit 1 when a metric regresses (default: true)
  --name NAME                model name: key in the baseline file and title of the report (default: ${DEFAULTS.name})
  --update-baseline          write this run's results to the baseline file (not when the gate fails)
  --baseline-ref REF         compare with the baseline as committed at this git ref (default: the file as it is)
  --id-column NAME           field identifying each example, for the data fingerprint (default: none)
  --on-dataset-change WHAT   warn, fail or ignore when the gold labels differ from the baseline's (default: warn)
  --significance ALPHA       a drop must be significant at this level to fail, or "off" (default: ${DEFAULTS.significance})
  --confidence LEVEL         level of the intervals shown (default: ${DEFAULTS.confidence})
  --bootstrap-samples B      resamples for intervals and tests, at least 100 (default: ${DEFAULTS['bootstrap-samples']})
  --seed SEED                seed of the resamples (default: ${DEFAULTS.seed})
  --baseline-predictions P   the baseline model's predictions on the same ids, for paired tests (needs --id-column)
  --candidate NAME           with named predictions (NAME=PATH), the model gated against the baseline
  --model-column NAME        field naming each row's model: one set of files holds several models
  --rank-by METRIC           metric the leaderboard is ranked by (default: the first metric)
  --chart BOOL               draw a Mermaid chart of the metrics (default: true)
  --mode MODE                gate, shard (write --stats-output) or merge (gate on --stats-files) (default: gate)
  --stats-output PATH        mode shard: where this part's statistics file is written
  --stats-files PATHS        mode merge: the shards' statistics files (globs)
  --format FORMAT            markdown or json (schema/report.schema.json) (default: markdown)
  --output FILE              write the report to FILE instead of stdout
  --help                     show this help
  --version                  show the version

Prints the report on stdout (or in --output). Exit codes: 0 passed, 1 a metric regressed, 2 bad input or usage.`

/** The flags: every action input of the same name, and the CLI's own. */
const OPTIONS = {
  predictions: { type: 'string', multiple: true },
  'label-column': { type: 'string' },
  'prediction-column': { type: 'string' },
  'max-labels': { type: 'string' },
  'positive-label': { type: 'string' },
  metrics: { type: 'string' },
  task: { type: 'string' },
  'score-column': { type: 'string' },
  'score-columns': { type: 'string' },
  'references-column': { type: 'string' },
  'metrics-files': { type: 'string', multiple: true },
  'metrics-format': { type: 'string' },
  'metrics-select': { type: 'string' },
  baseline: { type: 'string' },
  thresholds: { type: 'string' },
  'fail-on-regression': { type: 'string' },
  name: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  'baseline-ref': { type: 'string' },
  'id-column': { type: 'string' },
  'on-dataset-change': { type: 'string' },
  significance: { type: 'string' },
  confidence: { type: 'string' },
  'bootstrap-samples': { type: 'string' },
  seed: { type: 'string' },
  'baseline-predictions': { type: 'string', multiple: true },
  candidate: { type: 'string' },
  'model-column': { type: 'string' },
  'rank-by': { type: 'string' },
  chart: { type: 'string' },
  mode: { type: 'string' },
  'stats-output': { type: 'string' },
  'stats-files': { type: 'string', multiple: true },
  format: { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean' },
  version: { type: 'boolean' },
} as const

type ReportFormat = 'markdown' | 'json'

function reportFormat(value: string | undefined): ReportFormat {
  if (value === undefined || value === 'markdown' || value === 'json') return value ?? 'markdown'
  throw new InputError(`--format must be markdown or json, not ${JSON.stringify(value)}`)
}

function jsonOf(outcome: GateOutcome) {
  return jsonReport({
    input: outcome.reportInput,
    summary: outcome.summary,
    failure: outcome.failure,
    version: VERSION,
    metricsByModel: outcome.metricsByModel,
  })
}

/** The report goes to stdout, or whole to `--output` (atomically: a reader never sees half a report). */
async function publishReport(text: string, output: string | undefined): Promise<void> {
  if (output === undefined) {
    process.stdout.write(text)
    return
  }
  try {
    await writeFileAtomic(path.resolve(output), text)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new InputError(`--output ${output}: the report cannot be written (${code})`)
  }
}

/** The progress line on a terminal, when there is one (cleared before anything else is written). */
let progress: TerminalProgress | undefined

/** The progress line, when stderr is a person's terminal. */
function startProgress(): void {
  if (!showsProgress(process.stderr.isTTY === true, process.env)) return
  progress = new TerminalProgress(
    (text) => process.stderr.write(text),
    () => performance.now(),
  )
  installProgressMeter(progress)
}

/** Mode gate: the report (stdout or `output`), the baseline update, and the verdict as the exit code. */
async function gate(
  settings: Settings,
  workspace: string,
  format: ReportFormat,
  output: string | undefined,
): Promise<number> {
  const trustedBaseline = settings.baselineRef
    ? await readBaselineAtRef(workspace, settings.baselinePath, settings.baselineRef)
    : undefined
  const outcome = await runGate(settings, {
    workspace,
    trustedBaseline,
    commit: process.env.GITHUB_SHA,
    now: new Date(),
  })
  progress?.finish()
  await publishReport(
    format === 'json' ? JSON.stringify(jsonOf(outcome), null, 2) + '\n' : outcome.report,
    output,
  )
  for (const warning of outcome.warnings) process.stderr.write(`eval-gate: warning: ${warning}\n`)
  const update = outcome.baselineUpdate
  if (update) {
    await writeBaselineUpdate(update)
    process.stderr.write(
      update.written
        ? `Baseline written to ${update.path}\n`
        : `Baseline ${update.path} not updated: ${update.reason}\n`,
    )
  }
  if (outcome.failure) {
    process.stderr.write(`eval-gate: ${outcome.failure}\n`)
    return 1
  }
  return 0
}

/** The local CLI: the same gate as the action, reading flags instead of inputs and printing the report. */
export async function main(argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({ args: argv, strict: true, options: OPTIONS })
    if (values.help) {
      process.stdout.write(HELP + '\n')
      return 0
    }
    if (values.version) {
      process.stdout.write(VERSION + '\n')
      return 0
    }
    const format = reportFormat(values.format)
    const settings = parseSettings((name) => {
      const value = values[name as keyof typeof values]
      if (Array.isArray(value)) return value.join('\n')
      if (name === 'thresholds' && typeof value === 'string') return value.replaceAll(';', '\n')
      return value === undefined ? '' : String(value)
    })
    const workspace = process.cwd()
    startProgress()
    if (settings.mode === 'shard') {
      const shard = await collectShard(settings, workspace)
      progress?.finish()
      await writeShardFile(workspace, settings.statsOutput!, shard.text)
      process.stderr.write(`Statistics of ${shard.rows} rows written to ${settings.statsOutput}\n`)
      return 0
    }
    return await gate(settings, workspace, format, values.output)
  } catch (error) {
    progress?.finish()
    const message =
      error instanceof InputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
        ? (error as Error).message
        : `unexpected error: ${(error as Error).message}`
    process.stderr.write(`eval-gate: error: ${message}\n`)
    return 2
  }
}

process.exitCode = await main(process.argv.slice(2))

import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import { getSettings } from './adapters/inputs.js'
import { InputError } from './core/errors.js'
import { describeRegression } from './core/report.js'
import { runGate, type GateOutcome } from './gate.js'

/** The action: evaluate, publish, and fail the step when the gate says so. Every failure ends in one place. */
export async function run(): Promise<void> {
  const failure = await evaluateAndPublish().catch(describeFailure)
  if (failure !== undefined) core.setFailed(failure)
}

/** Runs the gate and publishes its results; returns the failure message when the gate fails. */
async function evaluateAndPublish(): Promise<string | undefined> {
  const settings = getSettings()
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const outcome = await runGate(settings, {
    workspace,
    commit: process.env.GITHUB_SHA,
    ref: process.env.GITHUB_REF,
    now: new Date(),
  })
  const reportPath = await writeReportFile(settings.name, outcome.report)
  core.setOutput('regressed', String(outcome.comparison.regressed))
  core.setOutput('metrics', JSON.stringify(outcome.metrics))
  core.setOutput('report', reportPath)
  core.setOutput('summary', outcome.summary)
  await core.summary.addRaw(outcome.report).write()
  announce(outcome)
  return outcome.failure
}

/** Log lines and annotations: the verdict, one error per regressed metric, what happened to the baseline. */
function announce(outcome: GateOutcome): void {
  core.info(outcome.summary)
  for (const metric of outcome.comparison.metrics) {
    if (metric.status === 'regressed' || metric.status === 'missing') {
      core.error(describeRegression(metric), { title: `eval-gate: ${metric.name} regressed` })
    }
  }
  const update = outcome.baselineUpdate
  if (update?.written) core.notice(`Baseline written to ${update.path}`)
  else if (update) core.warning(`Baseline ${update.path} not updated: ${update.reason}`)
}

async function writeReportFile(name: string, report: string): Promise<string> {
  const folder = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'eval-gate')
  await mkdir(folder, { recursive: true })
  const file = path.join(folder, `report-${name.replace(/[^\w.-]+/g, '_')}.md`)
  await writeFile(file, report, 'utf8')
  return file
}

/** A failure message a user can act on: our own errors as they are, anything else without its stack. */
function describeFailure(error: unknown): string {
  if (error instanceof InputError) return error.message
  if (error instanceof Error) {
    core.debug(error.stack ?? error.message)
    return `eval-gate failed unexpectedly: ${error.message}`
  }
  return `eval-gate failed unexpectedly: ${String(error)}`
}

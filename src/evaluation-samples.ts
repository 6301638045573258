import type { FoundFile } from './adapters/files.js'
import { readJsonRecords } from './adapters/records.js'
import { InputError } from './core/errors.js'
import type { MetricsFile } from './core/metrics-files/index.js'
import { addLmEvalSample, lmEvalSampleMetrics, lmEvalSamplesTask } from './core/samples/lm-eval.js'
import { ExampleScores } from './core/samples/scores.js'

/**
 * Whether prediction files are per-example results of an LLM eval tool rather than rows of gold and predicted
 * labels: lm-evaluation-harness names its per-sample logs `samples_<task>_<date>.jsonl`. All files of a model
 * must be one kind or the other.
 */
export function areExampleResults(files: readonly FoundFile[]): boolean {
  const results = files.filter((file) => lmEvalSamplesTask(file.shown) !== undefined)
  if (results.length === 0) return false
  if (results.length < files.length) {
    const other = files.find((file) => lmEvalSamplesTask(file.shown) === undefined)!
    throw new InputError(
      `is not an lm-evaluation-harness samples_<task>_<date>.jsonl file, but ${results[0]!.shown} is: give one model's per-example results or its prediction rows, not both`,
      { file: other.shown },
    )
  }
  return true
}

/**
 * Reads one model's per-example result files: every example's scores by id, and the metrics they make (each
 * metric's mean over its examples) as the metrics file of the first file that scores it.
 */
export async function readExampleResults(
  files: readonly FoundFile[],
): Promise<{ scores: ExampleScores; files: MetricsFile[] }> {
  const scores = new ExampleScores()
  const firstFile = new Map<string, string>()
  for (const file of files) {
    const task = lmEvalSamplesTask(file.shown)!
    // Metrics keep the order they were first read in, so those this file brought are the tail it added.
    const before = scores.metrics.length
    await readJsonRecords(file, (record, where) => addLmEvalSample(scores, task, record, where))
    for (const metric of scores.metrics.slice(before)) firstFile.set(metric, file.shown)
  }
  const metrics = lmEvalSampleMetrics(scores)
  const parsed: MetricsFile[] = files.map((file) => ({
    file: file.shown,
    format: 'lm-eval',
    kind: 'lm-evaluation-harness per-sample log',
    metrics: metrics.filter((metric) => firstFile.get(metric.name) === file.shown),
  }))
  return { scores, files: parsed.filter((file) => file.metrics.length > 0) }
}

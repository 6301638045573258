import type { Direction } from '../catalogue.js'
import type { BenchmarkSubset } from '../fingerprint.js'

/** The metrics-file formats eval-gate reads; `metrics-format` names one to skip detection. */
export const METRICS_FORMATS = ['lm-eval', 'promptfoo', 'hf-trainer', 'inspect-ai', 'generic'] as const
export type MetricsFormat = (typeof METRICS_FORMATS)[number]

/** What each format is, for messages and the report. */
export const FORMAT_NAMES: Record<MetricsFormat, string> = {
  'lm-eval': 'lm-evaluation-harness results',
  promptfoo: 'promptfoo output',
  'hf-trainer': 'Hugging Face Trainer metrics',
  'inspect-ai': 'Inspect eval log',
  generic: 'JSON/YAML metrics (flattened)',
}

/** One metric as a file states it. */
export interface FileMetric {
  /** The name it is reported and gated under, e.g. `hellaswag/acc_norm`, `test.f1`. */
  name: string
  /** As written; may be NaN or ±Infinity until selection refuses it. */
  value: number
  /** From the file (lm-eval's `higher_is_better`) or the name (see `inferDirection`). */
  direction: Direction
  /** The file states the direction (lm-eval's `higher_is_better`, the Trainer's `greater_is_better`). */
  directionStated?: true
  /** Standard error, when the file gives one as a finite number. */
  stderr?: number
  /** Examples the value was measured on, when the file says. */
  count?: number
  /** The examples of the full benchmark, when the run measured fewer (lm-eval's `--limit`). */
  fullCount?: number
  /**
   * Set on a metric that is one model's figure among several in the file (promptfoo's per-provider pass rates): the
   * model's name, for the leaderboard.
   */
  model?: string
  /** JSON path of the value in its file. */
  path: string
  /**
   * Shown but not gated unless asked for: set on bookkeeping values such as the Trainer's `eval_runtime` or a
   * file's `step`. A `metrics-select` pattern that matches the name and contains this word asks for it.
   */
  optIn?: string
  /**
   * A count of results (promptfoo's `successes`, `failures`), shown and not gated unless asked for (`optIn`): its
   * pass rate carries the verdict, with a test a count has not.
   */
  tally?: true
  /** A proportion of `count` trials (a pass rate): its interval is a Wilson score interval, inside [0, 1]. */
  proportion?: true
}

/** A metrics file, read. */
export interface MetricsFile {
  /** Path as shown to the user. */
  file: string
  format: MetricsFormat
  /** What the file is, when not the format's usual file (lm-evaluation-harness's per-sample logs); for the report. */
  kind?: string
  metrics: FileMetric[]
  /**
   * Set when the file measures part of its benchmark (lm-eval's `--limit`). The gate compares the run only with a
   * baseline of the same subset.
   */
  subset?: BenchmarkSubset
}

import type { Direction } from '../catalogue.js'

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
  /** Standard error, when the file gives one as a finite number. */
  stderr?: number
  /** Examples the value was measured on, when the file says. */
  count?: number
  /** JSON path of the value in its file. */
  path: string
  /**
   * Left out unless asked for: set on bookkeeping values such as the Trainer's `eval_runtime`. A `metrics-select`
   * pattern that matches the name and contains this word asks for it.
   */
  optIn?: string
}

/** A metrics file, read. */
export interface MetricsFile {
  /** Path as shown to the user. */
  file: string
  format: MetricsFormat
  metrics: FileMetric[]
}

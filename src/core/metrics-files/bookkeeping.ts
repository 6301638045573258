/**
 * Values that count a run rather than measure its quality, whatever the format they are read from (a generic or DVC
 * file, the Trainer's metrics or state, a W&B summary): step and epoch counters, times and timestamps, speeds,
 * memory, FLOs. They are shown, not gated, unless a `metrics-select` pattern that contains their word asks for
 * them: a run with fewer epochs, or one that ran later, is not a regression.
 */

/** Whole last segments that are bookkeeping, with the word a `metrics-select` pattern must contain. */
const KEYS = new Map([
  ['step', 'step'],
  ['_step', 'step'],
  ['global_step', 'step'],
  ['epoch', 'epoch'],
  ['timestamp', 'timestamp'],
  ['_timestamp', 'timestamp'],
  ['time', 'time'],
  ['total_flos', 'flos'],
])

/** Endings of bookkeeping segments (the Trainer's `speed_metrics` and `<split>_samples`, W&B's `_runtime`). */
const ENDINGS: [ending: string, word: string][] = [
  ['_runtime', 'runtime'],
  ['_per_second', 'per_second'],
  ['_samples', 'samples'],
]

/**
 * The word that marks `name` as bookkeeping (see above), or undefined for a metric. Only the last segment counts
 * (split at `/` and `.`): `train.epoch` is bookkeeping, `epoch_accuracy.val` is not. Case does not matter.
 */
export function bookkeepingWord(name: string): string | undefined {
  const last = name.slice(Math.max(name.lastIndexOf('.'), name.lastIndexOf('/')) + 1).toLowerCase()
  const word = KEYS.get(last) ?? ENDINGS.find(([ending]) => last.endsWith(ending))?.[1]
  // The Trainer's memory tracker: `train_mem_cpu_alloc_delta`.
  return word ?? (last.includes('_mem_') ? 'mem' : undefined)
}

/** The metric, marked as bookkeeping (`optIn`) when its name is; a parser's own mark is kept. */
export function markBookkeeping<T extends { name: string; optIn?: string }>(metric: T): T {
  if (metric.optIn !== undefined) return metric
  const word = bookkeepingWord(metric.name)
  return word === undefined ? metric : { ...metric, optIn: word }
}

import { inferDirection } from '../catalogue.js'
import { bookkeepingWord } from './bookkeeping.js'
import { childPath, type JsonObject } from './json.js'
import type { FileMetric } from './types.js'

const SPLIT = /^(eval|predict|test|train)_/

/**
 * Whether a document is what the Hugging Face Trainer's `save_metrics` writes (`eval_results.json`,
 * `all_results.json`, `train_results.json`, `predict_results.json`): one flat object of numbers, keys prefixed by
 * their split (`eval_accuracy`), with the Trainer's own bookkeeping (`eval_runtime`, `epoch`, …) or its file name.
 */
export function looksLikeHfTrainer(data: JsonObject, file: string): boolean {
  const entries = Object.entries(data)
  if (entries.length === 0 || !entries.every(([, value]) => typeof value === 'number')) return false
  if (!entries.some(([key]) => SPLIT.test(key))) return false
  const named = /(?:^|[/\\])(?:all|eval|train|predict|test)_results\.json$/i.test(file)
  return named || entries.some(([key]) => bookkeepingWord(key) !== undefined)
}

/**
 * The metrics of a Trainer metrics file, under their own names (`eval_accuracy`, `eval_loss`). Losses, error rates
 * and perplexities are lower-is-better (`eval_loss`, `eval_wer`). `<split>_samples` is the count of that split's
 * metrics; it, `*_runtime`, `*_per_second`, `*_mem_*`, `epoch` and `total_flos` are bookkeeping (bookkeeping.ts):
 * shown, not gated, unless `metrics-select` asks for them by a pattern that names them (`eval_runtime`).
 */
export function parseHfTrainer(data: JsonObject): FileMetric[] {
  const metrics: FileMetric[] = []
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'number') continue
    const bookkeeping = bookkeepingWord(key) !== undefined
    const split = SPLIT.exec(key)?.[1]
    const count = split === undefined ? undefined : data[`${split}_samples`]
    metrics.push({
      name: key,
      value,
      direction: inferDirection(key),
      ...(!bookkeeping && typeof count === 'number' && Number.isSafeInteger(count) && count >= 0
        ? { count }
        : {}),
      path: childPath('$', key),
    })
  }
  return metrics
}

import { inferDirection } from '../catalogue.js'
import { InputError } from '../errors.js'
import { bookkeepingWord } from './bookkeeping.js'
import { childPath, isJsonObject, type JsonObject } from './json.js'
import type { FileMetric } from './types.js'

/**
 * Whether a document is the Hugging Face Trainer's `trainer_state.json` (`TrainerState.save_to_json`, written in
 * every checkpoint and by `save_state()`): a `log_history` array beside `global_step`.
 */
export function looksLikeTrainerState(data: JsonObject): boolean {
  return Array.isArray(data.log_history) && typeof data.global_step === 'number'
}

/**
 * The metrics of a `trainer_state.json`. Its `log_history` holds every logged step: training entries (`loss`,
 * `learning_rate`, `grad_norm`) and evaluation entries (`eval_*`). Only the last evaluation entry is the model's
 * result: its `eval_*` keys are the metrics, its `step` and `epoch` shown as context. `best_metric` is read as
 * `best/<metric>`, the metric being `metric_for_best_model` when the file names it, else the `eval_*` key of the
 * evaluation at `best_global_step` that holds that value; its direction is `greater_is_better` when the file
 * states it, else the name's. Everything else (learning rates, step counters, FLOs) is not a metric.
 */
export function parseTrainerState(data: JsonObject, file: string): FileMetric[] {
  const history = data.log_history as unknown[]
  const lastIndex = history.findLastIndex(
    (entry) => isJsonObject(entry) && Object.keys(entry).some((key) => key.startsWith('eval_')),
  )
  const metrics: FileMetric[] = []
  if (lastIndex >= 0) {
    const entry = history[lastIndex] as JsonObject
    const where = childPath('$.log_history', lastIndex)
    for (const [key, value] of Object.entries(entry)) {
      if (typeof value !== 'number') continue
      const bookkeeping = bookkeepingWord(key)
      // The evaluation's metrics, and its step and epoch as context; nothing else such an entry may hold.
      if (!key.startsWith('eval_') && bookkeeping !== 'step' && bookkeeping !== 'epoch') continue
      metrics.push({
        name: key,
        value,
        direction: inferDirection(key),
        path: childPath(where, key),
      })
    }
  }
  const best = bestMetric(data, history)
  if (best) metrics.push(best)
  if (metrics.length === 0) {
    throw new InputError(
      'is a Trainer state with no evaluation in log_history and no best_metric: evaluate during training (eval_strategy) or gate eval_results.json',
      { file, jsonPath: '$.log_history' },
    )
  }
  return metrics
}

/** `best_metric` under the name of the metric it is, when the file says or its evaluation entry shows which. */
function bestMetric(data: JsonObject, history: unknown[]): FileMetric | undefined {
  const value = data.best_metric
  if (typeof value !== 'number') return undefined
  const stated = typeof data.metric_for_best_model === 'string' ? data.metric_for_best_model : undefined
  const name = stated === undefined ? nameOfBest(value, data, history) : withEvalPrefix(stated)
  const greater = data.greater_is_better
  return {
    name: `best/${name ?? 'metric'}`,
    value,
    direction:
      typeof greater === 'boolean'
        ? greater
          ? 'higher-is-better'
          : 'lower-is-better'
        : inferDirection(name ?? ''),
    ...(typeof greater === 'boolean' ? { directionStated: true as const } : {}),
    path: '$.best_metric',
  }
}

/** The Trainer prefixes `metric_for_best_model` with `eval_` unless it already is. */
function withEvalPrefix(name: string): string {
  return name.startsWith('eval_') ? name : `eval_${name}`
}

/** The `eval_*` key equal to the best value in the evaluation of the best step, when exactly one is. */
function nameOfBest(value: number, data: JsonObject, history: unknown[]): string | undefined {
  const step =
    typeof data.best_global_step === 'number'
      ? data.best_global_step
      : Number(/checkpoint-(\d+)$/.exec(String(data.best_model_checkpoint))?.[1])
  const keys = history
    .filter((entry): entry is JsonObject => isJsonObject(entry) && entry.step === step)
    .flatMap((entry) => Object.keys(entry).filter((key) => key.startsWith('eval_') && entry[key] === value))
  return keys.length === 1 ? keys[0] : undefined
}

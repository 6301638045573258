/** Whether a larger value of a metric is better or worse; the comparison reads every rule through it. */
export type Direction = 'higher-is-better' | 'lower-is-better'

/**
 * Which computation produces a metric: `classification` from a confusion matrix, `scores` from per-example scores
 * or probabilities (`score-column`), `regression` from numeric gold/prediction pairs, `text` from generated text.
 */
export type MetricFamily = 'classification' | 'scores' | 'regression' | 'text'

/** What eval-gate knows about one metric it can compute. */
export interface MetricInfo {
  name: string
  direction: Direction
  family: MetricFamily
  /** Needs a positive class: only defined for binary tasks. */
  binaryOnly: boolean
  /** Only defined for multiclass tasks (one-vs-rest averages). */
  multiclassOnly?: boolean
  /** One line for `--help` and the README. */
  description: string
}

type Entry = Omit<MetricInfo, 'direction' | 'family'> & { direction?: Direction }

const classification: Entry[] = [
  { name: 'accuracy', binaryOnly: false, description: 'fraction of rows predicted correctly' },
  {
    name: 'balanced_accuracy',
    binaryOnly: false,
    description: 'mean recall over the classes present in the gold labels',
  },
  { name: 'precision', binaryOnly: true, description: 'precision of the positive class' },
  { name: 'recall', binaryOnly: true, description: 'recall of the positive class' },
  { name: 'f1', binaryOnly: true, description: 'F1 of the positive class' },
  ...(['precision', 'recall', 'f1'] as const).flatMap((base) => [
    {
      name: `${base}_micro`,
      binaryOnly: false,
      description: `${base} from the pooled counts of all classes`,
    },
    { name: `${base}_macro`, binaryOnly: false, description: `unweighted mean of the per-class ${base}` },
    {
      name: `${base}_weighted`,
      binaryOnly: false,
      description: `mean of the per-class ${base} weighted by support`,
    },
  ]),
]

const scores: Entry[] = [
  {
    name: 'roc_auc',
    binaryOnly: true,
    description: 'area under the ROC curve of the positive-class score (ties as scikit-learn)',
  },
  {
    name: 'roc_auc_ovr_macro',
    binaryOnly: false,
    multiclassOnly: true,
    description: 'one-vs-rest ROC AUC, unweighted mean over classes',
  },
  {
    name: 'roc_auc_ovr_weighted',
    binaryOnly: false,
    multiclassOnly: true,
    description: 'one-vs-rest ROC AUC, mean over classes weighted by support',
  },
  {
    name: 'average_precision',
    binaryOnly: true,
    description: 'average precision of the positive-class score (step-wise area under precision-recall)',
  },
  {
    name: 'log_loss',
    binaryOnly: false,
    direction: 'lower-is-better',
    description: 'mean negative log-likelihood of the gold label under the predicted probabilities',
  },
  {
    name: 'brier_score',
    binaryOnly: true,
    direction: 'lower-is-better',
    description: 'mean squared difference between the positive-class probability and the outcome',
  },
]

const regression: Entry[] = [
  { name: 'mae', direction: 'lower-is-better', binaryOnly: false, description: 'mean absolute error' },
  { name: 'mse', direction: 'lower-is-better', binaryOnly: false, description: 'mean squared error' },
  { name: 'rmse', direction: 'lower-is-better', binaryOnly: false, description: 'root mean squared error' },
  {
    name: 'r2',
    binaryOnly: false,
    description: 'coefficient of determination (1 is perfect; scikit-learn r2_score)',
  },
  {
    name: 'mape',
    direction: 'lower-is-better',
    binaryOnly: false,
    description: 'mean absolute percentage error, as a fraction (scikit-learn)',
  },
  {
    name: 'max_error',
    direction: 'lower-is-better',
    binaryOnly: false,
    description: 'largest absolute error',
  },
  {
    name: 'median_absolute_error',
    direction: 'lower-is-better',
    binaryOnly: false,
    description: 'median of the absolute errors',
  },
]

const text: Entry[] = [
  {
    name: 'exact_match',
    binaryOnly: false,
    description: 'fraction of outputs equal to a gold answer after SQuAD normalisation',
  },
  {
    name: 'token_f1',
    binaryOnly: false,
    description: 'mean token-overlap F1 with the best-matching gold answer (SQuAD v1.1)',
  },
  {
    name: 'contains',
    binaryOnly: false,
    description: 'fraction of outputs that contain a gold answer verbatim',
  },
]

const families: [MetricFamily, Entry[]][] = [
  ['classification', classification],
  ['scores', scores],
  ['regression', regression],
  ['text', text],
]

/** Every metric eval-gate computes, by name, with its family and direction. */
export const CATALOGUE: ReadonlyMap<string, MetricInfo> = new Map(
  families.flatMap(([family, entries]) =>
    entries.map((entry): [string, MetricInfo] => [
      entry.name,
      { ...entry, family, direction: entry.direction ?? 'higher-is-better' },
    ]),
  ),
)

/** The catalogue's metrics of some families, in catalogue order. */
export function metricsOf(...wanted: MetricFamily[]): string[] {
  return [...CATALOGUE.values()].filter((m) => wanted.includes(m.family)).map((m) => m.name)
}

/** Metrics reported and gated when the `metrics` input is empty. */
export const DEFAULT_METRICS = {
  binary: ['accuracy', 'precision', 'recall', 'f1'],
  multiclass: ['accuracy', 'precision_macro', 'recall_macro', 'f1_macro'],
  regression: ['mae', 'rmse', 'r2'],
  text: ['exact_match', 'token_f1'],
  /** Added to the classification defaults when scores are given. */
  binaryScores: ['roc_auc', 'average_precision'],
  multiclassScores: ['roc_auc_ovr_macro'],
} as const

/**
 * Words that make a metric lower-is-better wherever they come from: a metrics file's `eval_loss`, `test.RMSE`,
 * `val_MAE`, `wikitext/word_perplexity`, `latency_ms`. Matched, lower-cased, against a whole segment of the name
 * and against each of its words (split at `_` and `-`).
 */
const LOWER_IS_BETTER_WORDS = new Set([
  'loss',
  'perplexity',
  'ppl',
  'bits_per_byte',
  'bpb',
  'wer',
  'cer',
  'ter',
  'error',
  'errors',
  'err',
  'mae',
  'mse',
  'rmse',
  'mape',
  'smape',
  'brier',
  'latency',
  'cost',
  'runtime',
  'time',
  'duration',
  'failures',
  'nll',
])

/** Words that make a metric higher-is-better: its direction is then known, not assumed. */
const HIGHER_IS_BETTER_WORDS = new Set([
  'acc',
  'accuracy',
  'f1',
  'precision',
  'recall',
  'auc',
  'score',
  'pass',
  'exact',
  'match',
  'em',
  'bleu',
  'chrf',
  'meteor',
  'mcc',
  'r2',
  'correct',
  'successes',
  'success',
  'map',
  'ndcg',
  'mrr',
  'rouge',
  'rouge1',
  'rouge2',
  'rougel',
  'rougelsum',
  'bertscore',
  'kappa',
  'throughput',
])

/** Prefixes the Hugging Face Trainer and similar tools put before a metric's name. */
const SPLIT_PREFIX = /^(?:eval|predict|test|train|val|valid|validation|dev)_/

/**
 * The direction a metric name suggests: the catalogue's for its own name or one of its segments (`test.f1`,
 * `hellaswag/acc_norm`), lower-is-better for losses, errors, perplexities, latencies and costs (`eval_loss`,
 * `val_MAE`, `test.RMSE`), higher-is-better otherwise. Case does not matter. Segments are read from the last (split
 * at `/` and `.`): one that says nothing (DVC's `loss.test`: a split) gives way to the one before it. Used for
 * metrics read from other tools' files, where nothing better is known.
 */
export function inferDirection(name: string): Direction {
  return nameDirection(name) ?? 'higher-is-better'
}

/** The direction a name states, or undefined when none of its segments or words says anything. */
export function nameDirection(name: string): Direction | undefined {
  const known = CATALOGUE.get(name)
  if (known) return known.direction
  for (const segment of name.split(/[/.]/).reverse()) {
    const direction = segmentDirection(segment)
    if (direction) return direction
  }
  return undefined
}

function segmentDirection(original: string): Direction | undefined {
  const segment = original.toLowerCase()
  for (const whole of [segment, segment.replace(SPLIT_PREFIX, '')]) {
    const info = CATALOGUE.get(whole)
    if (info) return info.direction
    if (LOWER_IS_BETTER_WORDS.has(whole)) return 'lower-is-better'
    if (HIGHER_IS_BETTER_WORDS.has(whole)) return 'higher-is-better'
  }
  const words = nameWords(original)
  // scikit-learn's scorers negate errors (`neg_mean_squared_error`) so that higher is better.
  if (words[0] === 'neg') return 'higher-is-better'
  if (words.some((word) => LOWER_IS_BETTER_WORDS.has(word))) return 'lower-is-better'
  if (words.some((word) => HIGHER_IS_BETTER_WORDS.has(word) || CATALOGUE.has(word))) return 'higher-is-better'
  return undefined
}

/**
 * The lower-case words of a name segment, split at `_` and `-` and at camelCase humps: `meanAbsoluteError` →
 * mean, absolute, error; `valLoss` → val, loss; `RMSEScore` → rmse, score. One pass over the characters: names
 * come from artifacts, so no regex that could backtrack.
 */
export function nameWords(segment: string): string[] {
  const words: string[] = []
  let word = ''
  const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase()
  const isLower = (c: string | undefined) => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase()
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!
    if (c === '_' || c === '-') {
      words.push(word)
      word = ''
      continue
    }
    const before = segment[i - 1]
    // A hump: `lL` (valLoss), or a capital after a capital or digit and before a small letter (`RMSEScore`,
    // `F1Score`).
    const after = segment[i + 1]
    const hump = isUpper(c) && (isLower(before) || ((isUpper(before) || isDigit(before)) && isLower(after)))
    if (hump && word !== '') {
      words.push(word)
      word = ''
    }
    word += c
  }
  words.push(word)
  return words.map((w) => w.toLowerCase())
}

/**
 * Direction of a metric: the run's own (`known`: from metrics files and `directions` rules), else the catalogue's,
 * else what the name suggests
 * (`inferDirection`): a name from an old baseline such as `val_loss` is lower-is-better, anything unknown is
 * higher-is-better.
 */
export function directionOf(name: string, known?: ReadonlyMap<string, Direction>): Direction {
  return known?.get(name) ?? CATALOGUE.get(name)?.direction ?? inferDirection(name)
}

/** Whether a larger value of a metric is better or worse; the comparison reads every rule through it. */
export type Direction = 'higher-is-better' | 'lower-is-better'

/** What eval-gate knows about one metric it can compute. */
export interface MetricInfo {
  name: string
  direction: Direction
  /** Needs a positive class: only defined for binary tasks. */
  binaryOnly: boolean
  /** One line for `--help` and the README. */
  description: string
}

const classification: MetricInfo[] = [
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
].map((metric) => ({ ...metric, direction: 'higher-is-better' as const }))

/** Every metric eval-gate computes, by name. */
export const CATALOGUE: ReadonlyMap<string, MetricInfo> = new Map(classification.map((m) => [m.name, m]))

/** Metrics reported and gated when the `metrics` input is empty. */
export const DEFAULT_METRICS = {
  binary: ['accuracy', 'precision', 'recall', 'f1'],
  multiclass: ['accuracy', 'precision_macro', 'recall_macro', 'f1_macro'],
} as const

/** Direction of a metric; unknown names (e.g. read from a baseline) count as higher-is-better. */
export function directionOf(name: string): Direction {
  return CATALOGUE.get(name)?.direction ?? 'higher-is-better'
}

import { createHash } from 'node:crypto'
import type { ConfusionMatrix } from './confusion.js'
import { compareCodePoints } from './labels.js'

/**
 * A fingerprint of the evaluation data that depends on neither row order nor the predictions: a hash of how many
 * rows carry each gold label. Two runs with the same fingerprint were, with overwhelming likelihood, scored on the
 * same gold labels; a different one means the data changed and the comparison is between different test sets.
 */
export function goldLabelFingerprint(matrix: ConfusionMatrix): string {
  const counts = matrix.labels
    .map((label, g) => [label, matrix.counts[g]!.reduce((sum, count) => sum + count, 0)] as const)
    .filter(([, count]) => count > 0)
    // In one order whatever the matrix's: its labels are sorted numerically when every label is a number, so a
    // predicted label that is not (e.g. "unknown") would otherwise reorder the same gold labels.
    .sort(([a], [b]) => compareCodePoints(a, b))
  const hash = createHash('sha256').update(JSON.stringify(counts)).digest('hex')
  return `gold-counts:sha256:${hash.slice(0, 32)}`
}

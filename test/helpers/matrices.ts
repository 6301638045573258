import type { ConfusionMatrix } from '../../src/core/confusion.js'

/** A binary confusion matrix over labels 0/1: [[tn, fp], [fn, tp]]. */
export function binary(tn: number, fp: number, fn: number, tp: number): ConfusionMatrix {
  return {
    labels: ['0', '1'],
    counts: [
      [tn, fp],
      [fn, tp],
    ],
    total: tn + fp + fn + tp,
  }
}

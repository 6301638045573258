import { sortLabels } from './labels.js'

/** A confusion matrix in scikit-learn's layout: `counts[gold][predicted]`, labels in sorted order. */
export interface ConfusionMatrix {
  labels: string[]
  counts: number[][]
  /** Number of rows it was counted from. */
  total: number
}

/**
 * Counts (gold, predicted) pairs as they stream by. Memory grows with the number of distinct labels, never with the
 * number of rows: every metric of the classification family is a function of these counts.
 */
export class ConfusionCounter {
  private readonly ids = new Map<string, number>()
  private readonly seen: string[] = []
  /** Row-major square matrix over `seen` (first-seen order), grown as labels appear. */
  private cells = new Float64Array(0)
  private size = 0
  private rows = 0

  /** Records one example. */
  add(gold: string, predicted: string, count = 1): void {
    const g = this.idOf(gold)
    const p = this.idOf(predicted)
    this.cells[g * this.size + p]! += count
    this.rows += count
  }

  /** Adds every count of another matrix (for files read in parts). */
  addMatrix(matrix: ConfusionMatrix): void {
    matrix.labels.forEach((gold, g) =>
      matrix.labels.forEach((predicted, p) => {
        const count = matrix.counts[g]![p]!
        if (count > 0) this.add(gold, predicted, count)
      }),
    )
  }

  get total(): number {
    return this.rows
  }

  /** The counts so far, labels sorted as scikit-learn sorts them. */
  toMatrix(): ConfusionMatrix {
    const labels = sortLabels(this.seen)
    const order = labels.map((label) => this.ids.get(label)!)
    const counts = order.map((g) => order.map((p) => this.cells[g * this.size + p]!))
    return { labels, counts, total: this.rows }
  }

  private idOf(label: string): number {
    const known = this.ids.get(label)
    if (known !== undefined) return known
    const id = this.seen.length
    this.ids.set(label, id)
    this.seen.push(label)
    if (id >= this.size) this.grow(Math.max(4, this.size * 2))
    return id
  }

  private grow(size: number): void {
    const cells = new Float64Array(size * size)
    for (let g = 0; g < this.size; g++)
      cells.set(this.cells.subarray(g * this.size, (g + 1) * this.size), g * size)
    this.cells = cells
    this.size = size
  }
}

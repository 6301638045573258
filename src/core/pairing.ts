import { InputError, type ErrorLocation } from './errors.js'
import { PairedCounter, type PairedTable } from './stats/index.js'

/** Examples named in the error when ids do not match: enough to look them up, short enough for one line. */
export const SHOWN_IDS = 3

interface CandidateRow {
  gold: string
  prediction: string
  /** The candidate's score (binary `score-column`), when the run has scores. */
  score?: number
  matched: boolean
}

/** Both models' scores of each joined row (binary tasks with `score-column`), for DeLong's paired test. */
export interface PairedScores {
  gold: string[]
  candidate: number[]
  baseline: number[]
}

/**
 * Joins the candidate's predictions and the baseline model's predictions (`baseline-predictions`) by example id
 * into the (gold, candidate, baseline) table of the paired tests. Holds one entry per candidate row until the end:
 * pairing needs every id, so this path costs memory in proportion to rows, unlike plain counting.
 */
export class PredictionPairing {
  private readonly candidate = new Map<string, CandidateRow>()
  private readonly counter = new PairedCounter()
  private readonly unknown: string[] = []
  private unknownCount = 0
  private readonly joinedScores: PairedScores = { gold: [], candidate: [], baseline: [] }

  /** The id and gold-label fields, named in errors. */
  constructor(private readonly fields: { id: string; gold: string }) {}

  addCandidate(id: string, gold: string, prediction: string, where: ErrorLocation, score?: number): void {
    if (this.candidate.has(id))
      throw new InputError(`id ${JSON.stringify(id)} appears twice; paired tests need unique ids`, {
        ...where,
        field: this.fields.id,
      })
    this.candidate.set(id, { gold, prediction, matched: false, ...(score !== undefined ? { score } : {}) })
  }

  addBaseline(id: string, gold: string, prediction: string, where: ErrorLocation, score?: number): void {
    const row = this.candidate.get(id)
    if (!row) {
      this.unknownCount++
      if (this.unknown.length < SHOWN_IDS) this.unknown.push(id)
      return
    }
    if (row.matched)
      throw new InputError(`id ${JSON.stringify(id)} appears twice; paired tests need unique ids`, {
        ...where,
        field: this.fields.id,
      })
    if (row.gold !== gold)
      throw new InputError(
        `the gold label of id ${JSON.stringify(id)} is ${JSON.stringify(gold)} here but ${JSON.stringify(row.gold)} in the candidate's predictions: the two files do not describe the same examples`,
        { ...where, field: this.fields.gold },
      )
    row.matched = true
    this.counter.add(gold, row.prediction, prediction)
    if (row.score !== undefined && score !== undefined) {
      this.joinedScores.gold.push(gold)
      this.joinedScores.candidate.push(row.score)
      this.joinedScores.baseline.push(score)
    }
  }

  /** Both models' scores of the joined rows, when both sides gave scores (call after `finish`). */
  scores(): PairedScores | undefined {
    return this.joinedScores.gold.length > 0 ? this.joinedScores : undefined
  }

  /** The paired table; an error when the two sides do not cover exactly the same ids, saying how many differ. */
  finish(): PairedTable {
    const missing: string[] = []
    let missingCount = 0
    for (const [id, row] of this.candidate) {
      if (row.matched) continue
      missingCount++
      if (missing.length < SHOWN_IDS) missing.push(id)
    }
    if (missingCount > 0 || this.unknownCount > 0) {
      const sides = [
        missingCount > 0
          ? `${describeIds(missingCount, missing)} of the candidate missing from them`
          : undefined,
        this.unknownCount > 0
          ? `${describeIds(this.unknownCount, this.unknown)} in them but not in the candidate's predictions`
          : undefined,
      ].filter(Boolean)
      throw new InputError(
        `input "baseline-predictions" must hold the same examples as "predictions": ${sides.join(', and ')}`,
      )
    }
    if (this.counter.total === 0) throw new InputError('input "baseline-predictions": the files have no rows')
    return this.counter.toTable()
  }
}

/** `3 ids (e.g. "a", "b", "c")`: how many, and the first few of them. */
export function describeIds(count: number, examples: string[]): string {
  const shown = examples.map((id) => JSON.stringify(id)).join(', ')
  return `${count} ${count === 1 ? 'id' : 'ids'} (${count > examples.length ? 'e.g. ' : ''}${shown})`
}

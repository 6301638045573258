import { PredictionPairing, type PairedScores } from '../core/pairing.js'
import type { PairedTable } from '../core/stats/index.js'
import { findFiles, type FoundFile } from './files.js'
import { parseScore, readFields, type RecordLocation } from './records.js'

/** What pairing needs to know: which fields hold the id, the gold label and the prediction. */
export interface PairingFields {
  idColumn: string
  labelColumn: string
  predictionColumn: string
  /** Binary runs with scores: both models' scores are joined too, for DeLong's paired test. */
  scoreColumn?: string
}

/**
 * Reads the candidate's prediction files and the baseline model's (`patterns`, relative to `folder`) and joins
 * them by id into the table of the paired tests, and (with `scoreColumn`) both models' scores of each row.
 */
export async function readPairedPredictions(
  candidateFiles: FoundFile[],
  patterns: string[],
  folder: string,
  { idColumn, labelColumn, predictionColumn, scoreColumn }: PairingFields,
): Promise<{ table: PairedTable; scores?: PairedScores }> {
  const fields = [
    idColumn,
    labelColumn,
    predictionColumn,
    ...(scoreColumn !== undefined ? [scoreColumn] : []),
  ]
  const scoreOf = (text: string | undefined, where: RecordLocation) => {
    return scoreColumn === undefined ? undefined : parseScore(text!, where, scoreColumn)
  }
  const pairing = new PredictionPairing({ id: idColumn, gold: labelColumn })
  await readFields(candidateFiles, fields, ([id, gold, prediction, score], where) =>
    pairing.addCandidate(id!, gold!, prediction!, where, scoreOf(score, where)),
  )
  const baselineFiles = await findFiles(patterns, folder, 'baseline-predictions')
  await readFields(baselineFiles, fields, ([id, gold, prediction, score], where) =>
    pairing.addBaseline(id!, gold!, prediction!, where, scoreOf(score, where)),
  )
  const table = pairing.finish()
  const scores = pairing.scores()
  return scores ? { table, scores } : { table }
}

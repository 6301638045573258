import { PredictionPairing } from '../core/pairing.js'
import type { PairedTable } from '../core/stats/index.js'
import { findFiles, type FoundFile } from './files.js'
import { readFields } from './records.js'

/** What pairing needs to know: which fields hold the id, the gold label and the prediction. */
export interface PairingFields {
  idColumn: string
  labelColumn: string
  predictionColumn: string
}

/**
 * Reads the candidate's prediction files and the baseline model's (`patterns`, relative to `folder`) and joins
 * them by id into the table of the paired tests.
 */
export async function readPairedPredictions(
  candidateFiles: FoundFile[],
  patterns: string[],
  folder: string,
  { idColumn, labelColumn, predictionColumn }: PairingFields,
): Promise<PairedTable> {
  const fields = [idColumn, labelColumn, predictionColumn]
  const pairing = new PredictionPairing({ id: idColumn, gold: labelColumn })
  await readFields(candidateFiles, fields, ([id, gold, prediction], where) =>
    pairing.addCandidate(id!, gold!, prediction!, where),
  )
  const baselineFiles = await findFiles(patterns, folder, 'baseline-predictions')
  await readFields(baselineFiles, fields, ([id, gold, prediction], where) =>
    pairing.addBaseline(id!, gold!, prediction!, where),
  )
  return pairing.finish()
}

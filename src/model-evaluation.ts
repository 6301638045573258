import { findFiles, type FoundFile } from './adapters/files.js'
import { readFields } from './adapters/records.js'
import { ConfusionCounter } from './core/confusion.js'
import { InputError } from './core/errors.js'
import { goldLabelFingerprint, PairFingerprint } from './core/fingerprint.js'
import { classificationRun } from './core/classification-run.js'
import { MAX_MODELS, resolveCandidate, type ModelSpec, type ModelsSettings } from './core/models.js'
import type { LeaderboardModel } from './core/leaderboard.js'
import { PredictionPairing } from './core/pairing.js'
import type { PassFailPair } from './core/samples/scores.js'
import type { Settings } from './core/settings.js'
import { PairedCounter, type PairedTable } from './core/stats/index.js'
import { evaluate, type Evaluation } from './evaluation.js'
import { setOwn } from './core/own.js'

/** One model of a run, evaluated, and how it relates to the candidate's data. */
export interface ModelResult {
  name: string
  /** The gated model. */
  candidate: boolean
  /**
   * Its metrics, exactly as `evaluate` computes them from its rows alone. Only the candidate's includes the
   * metrics files and, with `baseline-predictions`, `paired` (its join with the baseline model): it is the
   * evaluation the gate compares with the baseline.
   */
  evaluation: Evaluation
  /**
   * With `id-column`, non-candidates whose ids and gold labels match the candidate's: both models' predictions
   * joined by id. The table's `candidate` side is this model and its `baseline` side the gated candidate, so the
   * paired tests measure Δ = this model − candidate.
   */
  pairedWithCandidate?: PairedTable
  /** Per-example results joined with the candidate's by id: each pass/fail metric's discordant examples. */
  pairedPassFail?: Record<string, PassFailPair>
  /** Set when this model was evaluated on other rows than the candidate: why, in words. It is not compared. */
  otherRows?: string
  /** Set when ids were given but this model could not be paired although its data match: why. */
  unpairedReason?: string
}

/**
 * Evaluates every model of the run: the candidate first, then the others in input order (with `model-column`, in
 * the order the files first name them). Throws `InputError` for a problem in any model's files, naming the model.
 */
export async function evaluateModels(
  settings: Settings,
  models: ModelsSettings,
  folder: string,
): Promise<ModelResult[]> {
  const results =
    models.modelColumn !== undefined
      ? await fromModelColumn(settings, models, models.modelColumn, folder)
      : await fromSpecs(settings, models, folder)
  await compareData(settings, results, models, folder)
  return results
}

/** The models as `buildLeaderboard` takes them. */
export function leaderboardModels(results: readonly ModelResult[]): LeaderboardModel[] {
  return results.map(
    ({ name, evaluation, pairedWithCandidate, pairedPassFail, otherRows, unpairedReason }) => ({
      name,
      metrics: evaluation.metrics,
      ...(evaluation.matrix ? { matrix: evaluation.matrix } : {}),
      ...(evaluation.task?.positiveLabel !== undefined
        ? { positiveLabel: evaluation.task.positiveLabel }
        : {}),
      ...(evaluation.rows !== undefined ? { rows: evaluation.rows } : {}),
      ...(pairedWithCandidate ? { paired: pairedWithCandidate } : {}),
      ...(pairedPassFail ? { pairedPassFail } : {}),
      ...(otherRows !== undefined ? { otherRows } : {}),
      ...(unpairedReason !== undefined ? { unpairedReason } : {}),
      intervals: evaluation.intervals,
    }),
  )
}

async function fromSpecs(settings: Settings, models: ModelsSettings, folder: string): Promise<ModelResult[]> {
  const candidate = models.candidate!
  const ordered = [
    ...models.specs.filter((m) => m.name === candidate),
    ...models.specs.filter((m) => m.name !== candidate),
  ]
  const results: ModelResult[] = []
  for (const spec of ordered) {
    const isCandidate = spec.name === candidate
    // Metrics files and the baseline model's predictions belong to the gated model only.
    const own: Settings = isCandidate
      ? { ...settings, predictions: spec.patterns }
      : {
          ...settings,
          predictions: spec.patterns,
          metricsFiles: [],
          statistics: { ...settings.statistics, baselinePredictions: [] },
        }
    const evaluation = await named(spec.name, models, () => evaluate(own, folder))
    results.push({ name: spec.name, candidate: isCandidate, evaluation })
  }
  return results
}

/** Every model from one set of files, told apart by `model-column`; classification only (checked by the settings). */
async function fromModelColumn(
  settings: Settings,
  models: ModelsSettings,
  column: string,
  folder: string,
): Promise<ModelResult[]> {
  const files = await findFiles(models.specs[0]!.patterns, folder)
  const { idColumn, labelColumn, predictionColumn } = settings
  const fields = [column, labelColumn, predictionColumn, ...(idColumn !== undefined ? [idColumn] : [])]
  const counted = new Map<string, { counter: ConfusionCounter; pairs: PairFingerprint }>()
  await readFields(files, fields, ([model, gold, prediction, id], where) => {
    let entry = counted.get(model!)
    if (!entry) {
      if (counted.size >= MAX_MODELS)
        throw new InputError(
          `input "model-column": more than ${MAX_MODELS} different models; is ${JSON.stringify(column)} the field that names the model?`,
          { ...where, field: column },
        )
      entry = { counter: new ConfusionCounter(settings.maxLabels), pairs: new PairFingerprint() }
      counted.set(model!, entry)
    }
    entry.counter.file = where.file
    entry.counter.add(gold!, prediction!)
    if (id !== undefined) entry.pairs.add(id, gold!)
  })
  const candidate = resolveCandidate([...counted.keys()], models.candidate)
  const shown = files.map((f) => f.shown)
  const results: ModelResult[] = []
  for (const name of [candidate, ...[...counted.keys()].filter((n) => n !== candidate)]) {
    const { counter, pairs } = counted.get(name)!
    // The same steps as evaluate's classification branch, on this model's rows only.
    const evaluation = await named(name, models, async () => {
      const matrix = counter.toMatrix()
      const { task, classification, metrics: selected } = classificationRun(matrix, settings)
      const metrics: Record<string, number> = {}
      for (const [metric, value] of selected) setOwn(metrics, metric, value)
      const result: Evaluation = {
        metrics,
        directions: new Map(),
        files: shown,
        rows: matrix.total,
        task,
        matrix,
        classification,
        standardErrors: {},
        intervals: {},
        untested: {},
        ...(idColumn !== undefined ? { fingerprint: pairs.value() } : {}),
      }
      return result
    })
    results.push({ name, candidate: name === candidate, evaluation })
  }
  const gated = results[0]!.evaluation
  if (settings.metricsFiles.length > 0) {
    const read = await evaluate({ ...settings, predictions: [] }, folder)
    for (const [metric, value] of Object.entries(read.metrics)) {
      if (Object.hasOwn(gated.metrics, metric))
        throw new InputError(
          `metric ${JSON.stringify(metric)} is computed from the prediction files and also read from a metrics file; metric names must be unique (use metrics-select to leave it out)`,
        )
      setOwn(gated.metrics, metric, value)
    }
    Object.assign(gated, {
      directions: read.directions,
      standardErrors: read.standardErrors,
      metricsFiles: read.metricsFiles,
    })
  }
  const { baselinePredictions } = settings.statistics
  if (idColumn !== undefined && baselinePredictions.length > 0) {
    // The candidate's rows only, against the baseline model's files: what evaluate does for a single model.
    const pairing = new PredictionPairing({ id: idColumn, gold: labelColumn })
    await readFields(files, fields, ([model, gold, prediction, id], where) => {
      if (model === candidate) pairing.addCandidate(id!, gold!, prediction!, where)
    })
    const baselineFiles = await findFiles(baselinePredictions, folder, 'baseline-predictions')
    await readFields(
      baselineFiles,
      [idColumn, labelColumn, predictionColumn],
      ([id, gold, prediction], where) => pairing.addBaseline(id!, gold!, prediction!, where),
    )
    gated.paired = pairing.finish()
  }
  return results
}

/**
 * Decides for every other model whether it was evaluated on the candidate's rows, and with `id-column` joins its
 * predictions with the candidate's for paired tests. Classification: the (id, gold) pairs when ids are given,
 * else the gold-label counts; regression and text: the (id, gold) pairs when ids are given, else the row counts.
 */
async function compareData(
  settings: Settings,
  results: ModelResult[],
  models: ModelsSettings,
  folder: string,
): Promise<void> {
  const [candidate, ...all] = results
  if (!candidate || all.length === 0) return
  if (candidate.evaluation.examples) return compareExamples(candidate, all)
  // Per-example results have no prediction rows to compare with the candidate's.
  for (const other of all)
    if (other.evaluation.examples)
      other.otherRows = 'it gives per-example results, the candidate prediction rows'
  const others = all.filter((other) => !other.evaluation.examples)
  const { idColumn } = settings
  const classification = candidate.evaluation.matrix !== undefined

  if (idColumn === undefined) {
    for (const other of others) {
      const a = candidate.evaluation
      const b = other.evaluation
      if (a.matrix && b.matrix) {
        if (goldLabelFingerprint(a.matrix) !== goldLabelFingerprint(b.matrix))
          other.otherRows = `its gold labels differ from the candidate's (${rowsText(b.rows)} vs ${rowsText(a.rows)})`
      } else if (a.rows !== b.rows) {
        other.otherRows = `${rowsText(b.rows)}, the candidate ${rowsText(a.rows)}`
      }
    }
    return
  }

  if (!classification) {
    // evaluate fingerprints ids for classification only; the other tasks get theirs here.
    const goldField = settings.referencesColumn === undefined ? settings.labelColumn : undefined
    const fingerprints = new Map<ModelResult, string>()
    for (const result of [candidate, ...others]) {
      const files = await modelFiles(result, models, folder)
      const pairs = new PairFingerprint()
      const fields = goldField === undefined ? [idColumn] : [idColumn, goldField]
      await readFields(files, fields, ([id, gold]) => pairs.add(id!, gold ?? ''))
      fingerprints.set(result, pairs.value())
    }
    for (const other of others)
      if (fingerprints.get(other) !== fingerprints.get(candidate))
        other.otherRows = `its ids or gold values differ from the candidate's (${rowsText(other.evaluation.rows)} vs ${rowsText(candidate.evaluation.rows)})`
    return
  }

  const fields = [idColumn, settings.labelColumn, settings.predictionColumn]
  const rows = new CandidateRows()
  await readModelRows(candidate, models, folder, fields, (id, gold, prediction) =>
    rows.add(id, gold, prediction),
  )
  for (const other of others) {
    if (rows.duplicate !== undefined) {
      // Without unique ids there is no join: the data can only be compared as a whole.
      if (other.evaluation.fingerprint !== candidate.evaluation.fingerprint)
        other.otherRows = `its (id, gold label) pairs differ from the candidate's (${rowsText(other.evaluation.rows)} vs ${rowsText(candidate.evaluation.rows)})`
      else other.unpairedReason = `id ${JSON.stringify(rows.duplicate)} appears twice in the candidate's rows`
      continue
    }
    const join = new JoinWithCandidate(rows)
    await readModelRows(other, models, folder, fields, (id, gold, prediction) =>
      join.add(id, gold, prediction),
    )
    const joined = join.finish()
    if ('problem' in joined) other.otherRows = joined.problem
    else other.pairedWithCandidate = joined.table
  }
}

/**
 * Per-example results (they always carry ids): every other model is joined with the candidate example by example;
 * one whose ids differ, or that gives prediction rows instead, is flagged and not compared.
 */
function compareExamples(candidate: ModelResult, others: ModelResult[]): void {
  for (const other of others) {
    const examples = other.evaluation.examples
    if (!examples) {
      other.otherRows = 'it gives prediction rows, the candidate per-example results'
      continue
    }
    const joined = examples.pairWith(candidate.evaluation.examples!)
    if ('problem' in joined) other.otherRows = joined.problem
    else other.pairedPassFail = joined.passFail
  }
}

/** Reads (id, gold, prediction) of one model's rows: its own files, or its rows of the model-column files. */
async function readModelRows(
  result: ModelResult,
  models: ModelsSettings,
  folder: string,
  fields: string[],
  onRow: (id: string, gold: string, prediction: string) => void,
): Promise<void> {
  const files = await modelFiles(result, models, folder)
  if (models.modelColumn === undefined) {
    await readFields(files, fields, ([id, gold, prediction]) => onRow(id!, gold!, prediction!))
    return
  }
  await readFields(files, [...fields, models.modelColumn], ([id, gold, prediction, model]) => {
    if (model === result.name) onRow(id!, gold!, prediction!)
  })
}

async function modelFiles(result: ModelResult, models: ModelsSettings, folder: string): Promise<FoundFile[]> {
  const spec: ModelSpec | undefined =
    models.modelColumn === undefined ? models.specs.find((m) => m.name === result.name) : models.specs[0]
  return findFiles(spec?.patterns ?? [], folder)
}

/** The candidate's rows by id, held once for joining every other model with them. */
class CandidateRows {
  readonly index = new Map<string, number>()
  readonly gold: string[] = []
  readonly prediction: string[] = []
  /** The first id seen twice: no join is possible then. */
  duplicate?: string

  add(id: string, gold: string, prediction: string): void {
    if (this.index.has(id)) {
      this.duplicate ??= id
      return
    }
    this.index.set(id, this.gold.length)
    this.gold.push(gold)
    this.prediction.push(prediction)
  }
}

/**
 * One model's rows joined with the candidate's by id. Unlike `PredictionPairing` (for `baseline-predictions`,
 * where a mismatch is an error), a mismatch here only means this model is not compared: the first problem is kept.
 */
class JoinWithCandidate {
  private readonly seen: Uint8Array
  private readonly counter = new PairedCounter()
  private matched = 0
  private problem?: string

  constructor(private readonly rows: CandidateRows) {
    this.seen = new Uint8Array(rows.gold.length)
  }

  add(id: string, gold: string, prediction: string): void {
    if (this.problem !== undefined) return
    const i = this.rows.index.get(id)
    if (i === undefined) this.problem = `id ${JSON.stringify(id)} is not among the candidate's rows`
    else if (this.seen[i]) this.problem = `id ${JSON.stringify(id)} appears twice in its rows`
    else if (this.rows.gold[i] !== gold)
      this.problem = `the gold label of id ${JSON.stringify(id)} is ${JSON.stringify(gold)} in its rows but ${JSON.stringify(this.rows.gold[i])} in the candidate's`
    else {
      this.seen[i] = 1
      this.matched++
      // This model on the table's candidate side, the gated candidate on its baseline side: Δ = this − candidate.
      this.counter.add(gold, prediction, this.rows.prediction[i]!)
    }
  }

  finish(): { table: PairedTable } | { problem: string } {
    if (this.problem !== undefined) return { problem: this.problem }
    const missing = this.rows.gold.length - this.matched
    if (missing > 0)
      return {
        problem: `${missing.toLocaleString('en-US')} of the candidate's ${this.rows.gold.length.toLocaleString('en-US')} ids are missing from its rows`,
      }
    return { table: this.counter.toTable() }
  }
}

/** Runs one model's evaluation, naming the model in any input error when there are several. */
async function named<T>(name: string, models: ModelsSettings, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (!(error instanceof InputError) || !models.leaderboard) throw error
    throw new InputError(`model ${JSON.stringify(name)}: ${error.message}`)
  }
}

function rowsText(rows: number | undefined): string {
  return rows === undefined ? 'no rows' : `${rows.toLocaleString('en-US')} ${rows === 1 ? 'row' : 'rows'}`
}

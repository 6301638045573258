import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildLeaderboard } from '../src/core/leaderboard.js'
import { MAX_MODELS, parseModelInputs, type ModelsSettings } from '../src/core/models.js'
import { parseSettings, type Settings } from '../src/core/settings.js'
import { PairedCounter, Random } from '../src/core/stats/index.js'
import { evaluate } from '../src/evaluation.js'
import { evaluateModels, leaderboardModels } from '../src/model-evaluation.js'
import { toDelimited, toJsonArray, toJsonLines } from './helpers/prediction-files.js'

const folder = mkdtempSync(path.join(os.tmpdir(), 'eval-gate-models-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

interface Row {
  id: string
  label: string
  prediction: string
  model?: string
}

/** Writes a file into the temporary folder, in the format its extension names. */
function write(name: string, rows: Row[], columns = ['id', 'label', 'prediction']): string {
  const text = name.endsWith('.jsonl')
    ? toJsonLines(rows)
    : name.endsWith('.json')
      ? toJsonArray(rows)
      : toDelimited(rows, columns)
  writeFileSync(path.join(folder, name), text)
  return name
}

/** Gold labels and one model's predictions: right with probability `skill`, else a random other label. */
function predictions(random: Random, gold: string[], labels: string[], skill: number): string[] {
  return gold.map((label) => {
    if (random.nextDouble() < skill) return label
    const others = labels.filter((l) => l !== label)
    return others[Math.floor(random.nextDouble() * others.length)]!
  })
}

/** Settings as the lead's parseSettings will produce them: the rest of the inputs, plus the models. */
function settingsFor(inputs: Record<string, string>): { settings: Settings; models: ModelsSettings } {
  const read = (name: string) => inputs[name] ?? ''
  // Today's parseSettings reads `predictions` as plain paths; the candidate's patterns replace them, as they will.
  const base = parseSettings((name) => (name === 'predictions' ? 'placeholder.csv' : read(name)))
  const { predictions, models } = parseModelInputs(read, base, base.metrics)
  return { settings: { ...base, predictions }, models }
}

const random = new Random('models')
const BINARY = ['0', '1']
const N = 300
const ids = Array.from({ length: N }, (_, i) => `ex-${i}`)
const gold = ids.map(() => BINARY[Math.floor(random.nextDouble() * 2)]!)
const skills = { ours: 0.85, 'vendor-a': 0.93, 'vendor-b': 0.7 }
const named = Object.fromEntries(
  Object.entries(skills).map(([name, skill]) => [name, predictions(random, gold, BINARY, skill)]),
)
const rowsOf = (name: string, order = ids.map((_, i) => i)): Row[] =>
  order.map((i) => ({ id: ids[i]!, label: gold[i]!, prediction: named[name]![i]! }))
// Three formats, and the vendor's rows in another order: a join by id must not care.
const shuffled = ids.map((_, i) => i).sort((a, b) => ((a * 7919) % N) - ((b * 7919) % N))
write('ours.csv', rowsOf('ours'))
write('a.jsonl', rowsOf('vendor-a', shuffled))
write('b.json', rowsOf('vendor-b'))

describe('named models', () => {
  const inputs = {
    predictions: 'ours.csv\nvendor-a=a.jsonl\nvendor-b=b.json',
    candidate: 'ours',
    'id-column': 'id',
  }

  it('evaluates each model exactly as evaluate does on its files alone, the candidate first', async () => {
    const { settings, models } = settingsFor(inputs)
    const results = await evaluateModels(settings, models, folder)
    expect(results.map((r) => [r.name, r.candidate])).toEqual([
      ['ours', true],
      ['vendor-a', false],
      ['vendor-b', false],
    ])
    for (const [result, file] of results.map((r, i) => [r, ['ours.csv', 'a.jsonl', 'b.json'][i]!] as const)) {
      const alone = await evaluate({ ...settings, predictions: [file] }, folder)
      expect(result.evaluation.metrics).toEqual(alone.metrics)
      expect(result.evaluation.matrix).toEqual(alone.matrix)
      expect(result.evaluation.fingerprint).toBe(alone.fingerprint)
      expect(result.otherRows).toBeUndefined()
    }
    expect(Object.keys(results[0]!.evaluation.metrics)).toEqual(['accuracy', 'precision', 'recall', 'f1'])
  })

  it('pairs every other model with the candidate by id: this model on the candidate side', async () => {
    const { settings, models } = settingsFor(inputs)
    const results = await evaluateModels(settings, models, folder)
    expect(results[0]!.pairedWithCandidate).toBeUndefined()
    for (const result of results.slice(1)) {
      const expected = new PairedCounter()
      ids.forEach((_, i) => expected.add(gold[i]!, named[result.name]![i]!, named.ours![i]!))
      const table = result.pairedWithCandidate!
      const sorted = (t: typeof table) => ({
        ...t,
        cells: [...t.cells].sort(
          (x, y) => x.gold - y.gold || x.candidate - y.candidate || x.baseline - y.baseline,
        ),
      })
      expect(sorted(table)).toEqual(sorted(expected.toTable()))
    }
    // And the leaderboard uses the pairing: McNemar on accuracy.
    const board = buildLeaderboard({
      models: leaderboardModels(results),
      candidate: 'ours',
      statistics: settings.statistics,
    })
    expect(board.rows.map((r) => r.name)).toEqual(['vendor-a', 'ours', 'vendor-b'])
    for (const row of board.rows.filter((r) => !r.candidate))
      expect(row.versus).toMatchObject({ paired: true, method: 'mcnemar' })
  })

  it('flags a model whose ids or gold labels differ, and compares the rest', async () => {
    write('short.csv', rowsOf('vendor-a').slice(0, N - 5))
    write(
      'relabelled.csv',
      rowsOf('vendor-a').map((row, i) => (i === 3 ? { ...row, label: row.label === '1' ? '0' : '1' } : row)),
    )
    const { settings, models } = settingsFor({
      ...inputs,
      predictions: 'ours.csv\nshort=short.csv\nrelabelled=relabelled.csv\nvendor-a=a.jsonl',
    })
    const results = await evaluateModels(settings, models, folder)
    const flags = Object.fromEntries(results.map((r) => [r.name, r.otherRows]))
    expect(flags).toEqual({
      ours: undefined,
      short: "5 of the candidate's 300 ids are missing from its rows",
      relabelled: `the gold label of id "ex-3" is "${gold[3] === '1' ? '0' : '1'}" in its rows but "${gold[3]}" in the candidate's`,
      'vendor-a': undefined,
    })
    expect(results.find((r) => r.name === 'short')!.pairedWithCandidate).toBeUndefined()
  })

  it('compares unpaired, by the fingerprint, when the candidate repeats an id', async () => {
    write('dup-ours.csv', [...rowsOf('ours'), rowsOf('ours')[0]!])
    write('dup-a.csv', [...rowsOf('vendor-a'), rowsOf('vendor-a')[0]!])
    const { settings, models } = settingsFor({
      ...inputs,
      predictions: 'dup-ours.csv\ndup-a=dup-a.csv\nvendor-a=a.jsonl',
    })
    const results = await evaluateModels(settings, models, folder)
    expect(results.map((r) => [r.name, r.otherRows, r.unpairedReason, r.pairedWithCandidate])).toEqual([
      ['ours', undefined, undefined, undefined],
      ['dup-a', undefined, 'id "ex-0" appears twice in the candidate\'s rows', undefined],
      [
        'vendor-a',
        "its (id, gold label) pairs differ from the candidate's (300 rows vs 301 rows)",
        undefined,
        undefined,
      ],
    ])
  })

  it('without ids, tells other data apart by the gold-label counts', async () => {
    const { settings, models } = settingsFor({
      predictions: 'ours.csv\nshort=short.csv\nvendor-a=a.jsonl',
      candidate: 'ours',
    })
    const results = await evaluateModels(settings, models, folder)
    expect(results.map((r) => r.otherRows)).toEqual([
      undefined,
      expect.stringMatching(/^its gold labels differ from the candidate's \(295 rows vs 300 rows\)$/),
      undefined,
    ])
    expect(results.every((r) => r.pairedWithCandidate === undefined)).toBe(true)
  })

  it('names the model in an error from its files', async () => {
    write('broken.csv', [{ id: 'x', label: '1', prediction: '1' }], ['id', 'label'])
    const { settings, models } = settingsFor({ ...inputs, predictions: 'ours.csv\nvendor-c=broken.csv' })
    await expect(evaluateModels(settings, models, folder)).rejects.toThrow(/^model "vendor-c": broken\.csv/)
  })

  it('keeps metrics files and baseline predictions for the candidate only', async () => {
    writeFileSync(path.join(folder, 'extra.json'), JSON.stringify({ eval_loss: 0.5 }))
    const { settings, models } = settingsFor({ ...inputs, 'metrics-files': 'extra.json' })
    const results = await evaluateModels(settings, models, folder)
    expect(results[0]!.evaluation.metrics.eval_loss).toBe(0.5)
    expect(results[1]!.evaluation.metrics.eval_loss).toBeUndefined()
  })
})

describe('one file with a model column', () => {
  const LABELS = ['bird', 'cat', 'dog']
  const goldMulti = ids.map(() => LABELS[Math.floor(random.nextDouble() * 3)]!)
  const models = { candidate: 0.8, 'vendor-a': 0.9, 'vendor-b': 0.6 }
  const multi = Object.fromEntries(
    Object.entries(models).map(([name, skill]) => [name, predictions(random, goldMulti, LABELS, skill)]),
  )
  // Interleaved: vendor-b's rows first, then the others row by row, so the file's first model is not the candidate.
  const all: Row[] = [
    ...ids.map((id, i) => ({
      model: 'vendor-b',
      id,
      label: goldMulti[i]!,
      prediction: multi['vendor-b']![i]!,
    })),
    ...ids.flatMap((id, i) =>
      ['candidate', 'vendor-a'].map((model) => ({
        model,
        id,
        label: goldMulti[i]!,
        prediction: multi[model]![i]!,
      })),
    ),
  ]
  const columns = ['model', 'id', 'label', 'prediction']
  write('all.csv', all, columns)
  for (const name of Object.keys(models))
    write(
      `only-${name}.csv`,
      all.filter((row) => row.model === name),
      columns,
    )

  it('gives each model the metrics evaluate gives its rows alone', async () => {
    const { settings, models: spec } = settingsFor({
      predictions: 'all.csv',
      'model-column': 'model',
      'id-column': 'id',
      metrics: 'accuracy, f1_macro, balanced_accuracy',
    })
    const results = await evaluateModels(settings, spec, folder)
    expect(results.map((r) => [r.name, r.candidate])).toEqual([
      ['candidate', true],
      ['vendor-b', false],
      ['vendor-a', false],
    ])
    for (const result of results) {
      const alone = await evaluate({ ...settings, predictions: [`only-${result.name}.csv`] }, folder)
      expect(result.evaluation.metrics).toEqual(alone.metrics)
      expect(Object.keys(result.evaluation.metrics)).toEqual(['accuracy', 'f1_macro', 'balanced_accuracy'])
      expect(result.evaluation.matrix).toEqual(alone.matrix)
      expect(result.evaluation.classification).toEqual(alone.classification)
      expect(result.evaluation.task).toEqual(alone.task)
      expect(result.evaluation.rows).toBe(N)
      expect(result.evaluation.fingerprint).toBe(alone.fingerprint)
    }
  })

  it('pairs by id as the same models in separate files do', async () => {
    const column = settingsFor({ predictions: 'all.csv', 'model-column': 'model', 'id-column': 'id' })
    const separate = settingsFor({
      predictions: 'only-candidate.csv\nvendor-b=only-vendor-b.csv\nvendor-a=only-vendor-a.csv',
      'id-column': 'id',
    })
    const fromColumn = await evaluateModels(column.settings, column.models, folder)
    const fromFiles = await evaluateModels(separate.settings, separate.models, folder)
    expect(fromColumn.map((r) => r.pairedWithCandidate)).toEqual(fromFiles.map((r) => r.pairedWithCandidate))
    expect(fromColumn[1]!.pairedWithCandidate!.total).toBe(N)
  })

  it('joins the candidate with baseline-predictions and reads metrics files as evaluate does', async () => {
    writeFileSync(path.join(folder, 'column-extra.json'), JSON.stringify({ eval_loss: 0.25 }))
    const inputs = {
      'id-column': 'id',
      'baseline-predictions': 'only-vendor-b.csv',
      'metrics-files': 'column-extra.json',
    }
    const column = settingsFor({ ...inputs, predictions: 'all.csv', 'model-column': 'model' })
    const [candidate] = await evaluateModels(column.settings, column.models, folder)
    const alone = await evaluate({ ...column.settings, predictions: ['only-candidate.csv'] }, folder)
    expect(candidate!.evaluation.paired).toEqual(alone.paired)
    expect(candidate!.evaluation.metrics).toEqual(alone.metrics)
    expect(candidate!.evaluation.metrics.eval_loss).toBe(0.25)
    expect(candidate!.evaluation.metricsFiles).toEqual(alone.metricsFiles)
  })

  it('takes the candidate input, and refuses one no row names', async () => {
    const given = settingsFor({ predictions: 'all.csv', 'model-column': 'model', candidate: 'vendor-a' })
    const results = await evaluateModels(given.settings, given.models, folder)
    expect(results[0]).toMatchObject({ name: 'vendor-a', candidate: true })
    const unknown = settingsFor({ predictions: 'all.csv', 'model-column': 'model', candidate: 'ours' })
    await expect(evaluateModels(unknown.settings, unknown.models, folder)).rejects.toThrow(
      'input "candidate": no row has the model "ours"; the models found are "vendor-b", "candidate", "vendor-a"',
    )
  })

  it('refuses a column with more distinct values than a leaderboard holds', async () => {
    write(
      'wrong-column.csv',
      ids.slice(0, MAX_MODELS + 1).map((id) => ({ model: id, id, label: 'cat', prediction: 'cat' })),
      columns,
    )
    const { settings, models: spec } = settingsFor({
      predictions: 'wrong-column.csv',
      'model-column': 'model',
    })
    await expect(evaluateModels(settings, spec, folder)).rejects.toThrow(
      `wrong-column.csv:${MAX_MODELS + 2}: field "model": input "model-column": more than ${MAX_MODELS} different models; is "model" the field that names the model?`,
    )
  })
})

describe('regression models', () => {
  const values = ids.map((_, i) => String((i * 37) % 101))
  const guess = (offset: number) => values.map((v, i) => String(Number(v) + ((i % 7) - 3) * offset))
  const rows = (prediction: string[], label = values): Row[] =>
    ids.map((id, i) => ({ id, label: label[i]!, prediction: prediction[i]! }))
  write('r-ours.csv', rows(guess(1)))
  write('r-a.csv', rows(guess(0.5)))
  write(
    'r-moved.csv',
    rows(
      guess(0.5),
      values.map((v, i) => (i === 9 ? String(Number(v) + 1) : v)),
    ),
  )
  write('r-short.csv', rows(guess(0.5)).slice(1))

  it('evaluates each model alone, and flags other rows by (id, gold) pairs or, without ids, by row counts', async () => {
    const predictions = 'r-ours.csv\na=r-a.csv\nmoved=r-moved.csv\nshort=r-short.csv'
    const withIds = settingsFor({ predictions, task: 'regression', 'id-column': 'id' })
    const results = await evaluateModels(withIds.settings, withIds.models, folder)
    for (const [result, file] of results.map(
      (r, i) => [r, ['r-ours.csv', 'r-a.csv', 'r-moved.csv', 'r-short.csv'][i]!] as const,
    ))
      expect(result.evaluation.metrics).toEqual(
        (await evaluate({ ...withIds.settings, predictions: [file] }, folder)).metrics,
      )
    expect(results.map((r) => r.otherRows)).toEqual([
      undefined,
      undefined,
      "its ids or gold values differ from the candidate's (300 rows vs 300 rows)",
      "its ids or gold values differ from the candidate's (299 rows vs 300 rows)",
    ])
    const withoutIds = settingsFor({ predictions, task: 'regression' })
    const counted = await evaluateModels(withoutIds.settings, withoutIds.models, folder)
    expect(counted.map((r) => r.otherRows)).toEqual([
      undefined,
      undefined,
      undefined,
      '299 rows, the candidate 300 rows',
    ])
  })
})

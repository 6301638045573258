import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { FoundFile } from '../src/adapters/files.js'
import { readMetricsFile, selectFileMetrics } from '../src/core/metrics-files/index.js'
import { addLmEvalSample, lmEvalSamplesTask } from '../src/core/samples/lm-eval.js'
import { ExampleScores } from '../src/core/samples/scores.js'
import { areExampleResults, readExampleResults } from '../src/evaluation-samples.js'

// lm-evaluation-harness per-sample logs read as predictions (issue 17): the per-example route must give the metrics
// the harness itself aggregated into its results file, for the real asdiv run and for the two-model run written by
// scripts/make-lm-eval-samples.py.

const FIXTURES = path.join(import.meta.dirname, 'fixtures')
const RUN = path.join(FIXTURES, 'samples', 'lm-eval')
const REAL = path.join(FIXTURES, 'real', 'lm-eval-harness')

const scratch = mkdtempSync(path.join(os.tmpdir(), 'samples-lm-eval-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A file of the harness's name in a scratch folder, holding these JSON lines. */
function samplesFile(name: string, records: unknown[]): FoundFile {
  const absolute = path.join(scratch, name)
  writeFileSync(absolute, records.map((r) => JSON.stringify(r)).join('\n') + '\n')
  return { absolute, shown: name }
}

/** name → [value, stderr, count] of the gated metrics of metrics files. */
function table(files: ReturnType<typeof readMetricsFile>[]) {
  return Object.fromEntries(
    selectFileMetrics(files, [], []).metrics.map((m) => [m.name, [m.value, m.stderr, m.count]]),
  )
}

function resultsOf(file: string) {
  return readMetricsFile(readFileSync(file, 'utf8'), path.basename(file))
}

describe('the per-example route agrees with the harness aggregates', () => {
  it('the real asdiv run: mean(acc) 0.92 and its stderr, as its results file says', async () => {
    const samples = await readExampleResults([
      {
        absolute: path.join(REAL, 'asdiv_llama3-8b-instruct_samples_asdiv_2024-08-21T03-44-09.494230.jsonl'),
        shown: 'out/samples_asdiv_2024-08-21T03-44-09.494230.jsonl',
      },
    ])
    const results = resultsOf(
      path.join(REAL, 'asdiv_llama3-8b-instruct_results_2024-08-21T03-44-09.494230.json'),
    )
    const [value, stderr, count] = table(samples.files)['asdiv/acc']!
    expect(value).toBe(0.92)
    expect(stderr).toBeCloseTo(0.0387561713321444, 15)
    expect(count).toBe(50)
    expect(table([results])['asdiv/acc']).toEqual([0.92, 0.0387561713321444, 50])
  })

  for (const model of ['acme__ours-7b', 'vendor__big-70b']) {
    it(`${model}: both tasks, both filters, same names, means and stderrs as results_*.json`, async () => {
      const folder = path.join(RUN, model)
      const names = readdirSync(folder)
      const files = names
        .filter((n) => n.startsWith('samples_'))
        .map((n) => ({ absolute: path.join(folder, n), shown: `${model}/${n}` }))
      const fromSamples = table((await readExampleResults(files)).files)
      const fromResults = table([
        resultsOf(
          path.join(
            folder,
            names.find((n) => n.startsWith('results_'))!,
          ),
        ),
      ])
      expect(Object.keys(fromSamples).sort()).toEqual(Object.keys(fromResults).sort())
      expect(Object.keys(fromSamples)).toEqual([
        'arith_mc/acc',
        'arith_mc/acc_norm',
        'qa_gen/exact_match/strict-match',
        'qa_gen/exact_match/flexible-extract',
      ])
      for (const [name, [value, stderr, count]] of Object.entries(fromResults)) {
        expect(fromSamples[name]![0], name).toBe(value)
        expect(fromSamples[name]![1], name).toBeCloseTo(stderr!, 14)
        expect(fromSamples[name]![2], name).toBe(count)
      }
    })
  }
})

describe('which files are per-sample logs', () => {
  it('the task comes from samples_<task>_<date>.jsonl, underscores in the task kept', () => {
    expect(lmEvalSamplesTask('out/m/samples_gsm8k_cot_llama_2024-08-25T21-59-12.123082.jsonl')).toBe(
      'gsm8k_cot_llama',
    )
    expect(lmEvalSamplesTask('samples_asdiv_2024.jsonl')).toBe('asdiv')
    expect(lmEvalSamplesTask('out/predictions.jsonl')).toBeUndefined()
    expect(lmEvalSamplesTask('samples_.jsonl')).toBeUndefined()
    expect(lmEvalSamplesTask('samples_asdiv_x.json')).toBeUndefined()
  })

  it('a model gives per-sample logs or prediction rows, not both', () => {
    const logs = { absolute: '/x', shown: 'samples_a_1.jsonl' }
    const rows = { absolute: '/y', shown: 'out/preds.csv' }
    expect(areExampleResults([logs])).toBe(true)
    expect(areExampleResults([rows])).toBe(false)
    expect(() => areExampleResults([logs, rows])).toThrow(
      'out/preds.csv: is not an lm-evaluation-harness samples_<task>_<date>.jsonl file, but samples_a_1.jsonl is: give one model',
    )
  })
})

describe('bad per-sample logs: one line naming file, line and field', () => {
  const read = (records: unknown[], name = 'samples_t_1.jsonl') =>
    readExampleResults([samplesFile(name, records)])

  it('a sample without doc_id', async () => {
    await expect(read([{ doc_id: 0, acc: 1 }, { acc: 0 }])).rejects.toThrow(
      'samples_t_1.jsonl:2: field "doc_id": missing or not an integer or a string; every sample of an lm-evaluation-harness per-sample log (a file named samples_<task>_<date>.jsonl) needs its document id',
    )
  })

  it('a doc_id twice for one metric and filter (but once per filter is fine)', async () => {
    const twice = [
      { doc_id: 3, acc: 1 },
      { doc_id: 3, acc: 0 },
    ]
    await expect(read(twice)).rejects.toThrow(
      'samples_t_1.jsonl:2: field "doc_id": id "3" appears twice for "t/acc"; each example must be scored once per model',
    )
    const filters = ['a', 'b'].map((filter) => ({ doc_id: 3, filter, metrics: ['em'], em: 1 }))
    expect(table((await read(filters)).files)).toEqual({
      't/em/a': [1, undefined, 1],
      't/em/b': [1, undefined, 1],
    })
  })

  it('a task with no per-sample metric (a corpus-level one logs pairs)', async () => {
    await expect(
      read([{ doc_id: 0, filter: 'none', metrics: ['bleu'], bleu: [['ref'], 'hyp'] }], 'samples_wmt_1.jsonl'),
    ).rejects.toThrow(
      'samples_wmt_1.jsonl:1: sample of task "wmt" has no per-sample metric (a number such as "acc" or "exact_match"); its metrics may be corpus-level',
    )
  })

  it('a listed metric that is not a number, and a line that is not an object', async () => {
    await expect(
      read([
        { doc_id: 0, metrics: ['acc', 'f1'], acc: 1, f1: 0.5 },
        { doc_id: 1, metrics: 'acc' },
      ]),
    ).rejects.toThrow('samples_t_1.jsonl:2: field "metrics": is not a list of metric names')
    await expect(read([{ doc_id: 0, acc: 1 }, [1]])).rejects.toThrow(
      'samples_t_1.jsonl:2: expected a JSON object',
    )
  })
})

describe('two models joined by example id', () => {
  function scores(metric: string, values: Record<string, number>): ExampleScores {
    const s = new ExampleScores()
    for (const [id, v] of Object.entries(values)) s.add(metric, id, v, {})
    return s
  }

  it('pass/fail metrics: the examples exactly one of them passes', () => {
    const candidate = scores('t/acc', { a: 1, b: 0, c: 1, d: 0, e: 1 })
    const model = scores('t/acc', { e: 1, d: 1, c: 0, b: 1, a: 1 })
    expect(model.pairWith(candidate)).toEqual({
      passFail: { 't/acc': { examples: 5, modelOnly: 2, candidateOnly: 1 } },
    })
  })

  it('mean scores (values other than 0 and 1) are joined but get no pass/fail table', () => {
    const candidate = scores('t/f1', { a: 0.5, b: 1 })
    expect(scores('t/f1', { a: 0.25, b: 1 }).pairWith(candidate)).toEqual({ passFail: {} })
  })

  it('a model with ids the candidate lacks, or lacking some: how many, with examples', () => {
    const candidate = scores('t/acc', { a: 1, b: 0, c: 1, d: 0, e: 1 })
    expect(scores('t/acc', { a: 1, x: 0 }).pairWith(candidate)).toEqual({
      problem:
        'for "t/acc", 4 ids (e.g. "b", "c", "d") of the candidate\'s 5 missing from its examples, and 1 id ("x") in its examples but not in the candidate\'s',
    })
  })

  it('the sample records of the harness feed the same join', () => {
    const s = new ExampleScores()
    addLmEvalSample(s, 'asdiv', { doc_id: 7, acc: true }, { file: 'f', line: 1 })
    expect(s.means()).toEqual([{ name: 'asdiv/acc', value: 1, count: 1 }])
  })
})

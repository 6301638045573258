import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { directionOf, inferDirection } from '../src/core/catalogue.js'
import { compareMetrics } from '../src/core/compare.js'
import { InputError } from '../src/core/errors.js'
import {
  detectFormat,
  parseMetricsFormat,
  readMetricsFile,
  selectFileMetrics,
  splitDirectionRules,
  type MetricsFile,
} from '../src/core/metrics-files/index.js'
import { parseLenientJson } from '../src/core/metrics-files/json.js'
import { parseThresholds } from '../src/core/thresholds.js'

// Every real artifact in test/fixtures/real/ (see its PROVENANCE.md), read into metric names and values. Values are
// compared with `toBe`: a metrics file's number must come through unchanged.

const REAL = path.join(import.meta.dirname, 'fixtures', 'real')

function real(relative: string): MetricsFile {
  return readMetricsFile(readFileSync(path.join(REAL, relative), 'utf8'), relative)
}

/** name → [value, direction, stderr, count] of every metric a file gives by default. */
function table(file: MetricsFile, select: string[] = []) {
  return Object.fromEntries(
    selectFileMetrics([file], select, []).metrics.map((m) => [
      m.name,
      [m.value, m.direction, m.stderr, m.count],
    ]),
  )
}

/** Every metric, and promptfoo's counts, which are shown but not gated unless selected by name. */
const WITH_COUNTS = ['*', 'successes', 'failures', 'errors']

const H = 'higher-is-better'
const L = 'lower-is-better'

describe('lm-evaluation-harness results', () => {
  it('asdiv: one task, filter none, stderr and the effective n-samples', () => {
    const file = real('lm-eval-harness/asdiv_llama3-8b-instruct_results_2024-08-21T03-44-09.494230.json')
    expect(file.format).toBe('lm-eval')
    expect(table(file)).toEqual({ 'asdiv/acc': [0.92, H, 0.0387561713321444, 50] })
    expect(file.metrics[0]!.path).toBe('$.results.asdiv["acc,none"]')
  })

  it('gsm8k: two filters stay two metrics', () => {
    const file = real(
      'lm-eval-harness/gsm8k_cot_llama_llama3-8b-instruct_results_2024-08-25T21-59-12.123082.json',
    )
    expect(table(file)).toEqual({
      'gsm8k_cot_llama/exact_match/strict-match': [0.7725549658832449, H, 0.01154636331254809, 1319],
      'gsm8k_cot_llama/exact_match/flexible-extract': [0.7778620166793025, H, 0.011449986902435323, 1319],
    })
  })

  it('mmlu abstract algebra (a steered model)', () => {
    const file = real(
      'lm-eval-harness/mmlu_abstract_algebra_steered_gemma2-2b_results_2025-01-21T00-40-03.356274.json',
    )
    expect(table(file)).toEqual({ 'mmlu_abstract_algebra/acc': [0.34, H, 0.047609522856952344, 100] })
  })

  it('the glue group run: 27 metrics, perplexity lower-is-better from higher_is_better, a group without n-samples', () => {
    const file = real(
      'lm-eval-harness/multitask_glue_group_llama3.1-8b_results_2025-03-06T22-33-41.820962.json',
    )
    expect(table(file)).toEqual({
      'winogrande/acc': [0.734017363851618, H, 0.012418323153051048, 1267],
      'sciq/acc': [0.962, H, 0.006049181150584934, 1000],
      'sciq/acc_norm': [0.943, H, 0.007335175853706818, 1000],
      'piqa/acc': [0.8003264417845484, H, 0.009326942154519178, 1838],
      'piqa/acc_norm': [0.8112078346028292, H, 0.009130687388952827, 1838],
      'lambada_openai/perplexity': [3.132956287509586, L, 0.058120583130206786, 5153],
      'lambada_openai/acc': [0.7545119347952649, H, 0.0059959820113820155, 5153],
      'hellaswag/acc': [0.6002788289185421, H, 0.00488839853552051, 10042],
      'hellaswag/acc_norm': [0.7887870942043418, H, 0.004073349176133354, 10042],
      'glue/f1': [0.544071992140836, H, 0.0026364579520904365, undefined],
      'glue/acc': [0.457717960933778, H, 0.0019093556166883587, undefined],
      'glue/mcc': [-0.012868008388016484, H, 0.030755077730391808, undefined],
      'cola/mcc': [-0.012868008388016484, H, 0.030755077730391808, 1043],
      'mnli/acc': [0.4970962812022415, H, 0.005047073784091378, 9815],
      'mnli_mismatch/acc': [0.5053905614320586, H, 0.005042500096864796, 9832],
      'mrpc/acc': [0.6740196078431373, H, 0.02323457857352359, 408],
      'mrpc/f1': [0.7794361525704809, H, 0.018661344067155063, 408],
      'qnli/acc': [0.49789492952590153, H, 0.006765350592089551, 5463],
      'qqp/acc': [0.4202572347266881, H, 0.002454871525517132, 40430],
      'qqp/f1': [0.5416968109027629, H, 0.0026563806390022602, 40430],
      'rte/acc': [0.7003610108303249, H, 0.0275743701452926, 277],
      'sst2/acc': [0.7729357798165137, H, 0.014195051776717397, 872],
      'wnli/acc': [0.5915492957746479, H, 0.05875113694257524, 71],
      'arc_easy/acc': [0.813973063973064, H, 0.007984746381613108, 2376],
      'arc_easy/acc_norm': [0.8101851851851852, H, 0.00804684052785221, 2376],
      'arc_challenge/acc': [0.5127986348122867, H, 0.014606603181012541, 1172],
      'arc_challenge/acc_norm': [0.5349829351535836, H, 0.014575583922019667, 1172],
    })
    expect(table(file, ['hellaswag/*'])).toEqual({
      'hellaswag/acc': [0.6002788289185421, H, 0.00488839853552051, 10042],
      'hellaswag/acc_norm': [0.7887870942043418, H, 0.004073349176133354, 10042],
    })
  })

  it('an "N/A" standard error is no standard error, and no higher_is_better block means the name decides', () => {
    const file = real('lm-eval-harness/scheming_evals_mc_gpt-4_results_NA-stderr.json')
    expect(file.format).toBe('lm-eval')
    expect(table(file)).toEqual({ 'scheming_evals_mc_prompt_task/bypass': [999, H, undefined, undefined] })
    expect(file.metrics[0]).not.toHaveProperty('stderr')
  })

  it('reads the older harness format without filters', () => {
    const file = readMetricsFile(
      JSON.stringify({
        results: { lambada: { ppl: 3.5, ppl_stderr: 0.1, acc: 0.7, acc_stderr: 0.01 } },
        versions: { lambada: 0 },
      }),
      'old.json',
    )
    expect(table(file)).toEqual({
      'lambada/ppl': [3.5, L, 0.1, undefined],
      'lambada/acc': [0.7, H, 0.01, undefined],
    })
  })
})

describe('promptfoo output', () => {
  it('aiDevs3 translation suite (older promptfoo: no errors in stats): 6 of 6 passed', () => {
    const file = real('promptfoo/aiDevs3_translation_gpt-4o_promptfoo_results.json')
    expect(file.format).toBe('promptfoo')
    expect(table(file, WITH_COUNTS)).toEqual({
      pass_rate: [1, H, 0, 6],
      successes: [6, H, undefined, 6],
      failures: [0, L, undefined, 6],
      errors: [0, L, undefined, 6],
      'test/0/pass_rate': [1, H, 0, 1],
      'test/1/pass_rate': [1, H, 0, 1],
      'test/2/pass_rate': [1, H, 0, 1],
      'test/3/pass_rate': [1, H, 0, 1],
      'test/4/pass_rate': [1, H, 0, 1],
      'test/5/pass_rate': [1, H, 0, 1],
      'assertion/llm-rubric/pass_rate': [1, H, 0, 6],
    })
  })

  it('prompt-eval-workbench: 2 passed, 1 failed a regex assertion, 0 errors; counts agree with its stats', () => {
    const relative = 'promptfoo/prompt-eval-workbench_gpt-4o-mini_promptfoo-results.json'
    const file = real(relative)
    expect(table(file, WITH_COUNTS)).toEqual({
      pass_rate: [2 / 3, H, binomialError(2 / 3, 3), 3],
      successes: [2, H, undefined, 3],
      failures: [1, L, undefined, 3],
      errors: [0, L, undefined, 3],
      'test/capital-of-france/pass_rate': [1, H, 0, 1],
      'test/multiplication-7-8/pass_rate': [0, H, 0, 1],
      'test/home-planet/pass_rate': [1, H, 0, 1],
      'assertion/icontains/pass_rate': [1, H, 0, 2],
      'assertion/regex/pass_rate': [0, H, 0, 1],
    })
    const stats = (
      JSON.parse(readFileSync(path.join(REAL, relative), 'utf8')) as { results: { stats: object } }
    ).results.stats
    expect(stats).toMatchObject({ successes: 2, failures: 1, errors: 0 })
  })

  /** √(p(1−p)/n), written out here as the test's own statement of the formula. */
  const binomialError = (p: number, n: number) => Math.sqrt((p * (1 - p)) / n)

  function promptfoo(results: object[], prompts: object[] = []) {
    return readMetricsFile(
      JSON.stringify({ results: { version: 3, results, stats: {}, prompts } }),
      'pf.json',
    )
  }

  it('counts errors apart from failures, and tests over several prompts', () => {
    const file = promptfoo([
      { testIdx: 0, promptIdx: 0, success: true, testCase: { description: 'Same' } },
      { testIdx: 0, promptIdx: 1, success: false, failureReason: 1, testCase: { description: 'Same' } },
      {
        testIdx: 1,
        promptIdx: 0,
        success: false,
        failureReason: 2,
        error: 'timeout',
        testCase: { description: 'same' },
      },
      { testIdx: 1, promptIdx: 1, success: true, testCase: { description: 'same' } },
      { testIdx: 2, promptIdx: 0, success: false, error: 'API error' },
    ])
    expect(table(file, WITH_COUNTS)).toEqual({
      pass_rate: [0.4, H, binomialError(0.4, 5), 5],
      successes: [2, H, undefined, 5],
      failures: [1, L, undefined, 5],
      errors: [2, L, undefined, 5],
      // Several prompts (one provider): a pass rate each.
      'prompt/0/pass_rate': [1 / 3, H, binomialError(1 / 3, 3), 3],
      'prompt/1/pass_rate': [0.5, H, binomialError(0.5, 2), 2],
      // Two descriptions with one slug: each gets its index.
      'test/same-0/pass_rate': [0.5, H, binomialError(0.5, 2), 2],
      'test/same-1/pass_rate': [0.5, H, binomialError(0.5, 2), 2],
      'test/2/pass_rate': [0, H, 0, 1],
    })
  })

  it('reads named scores as their mean', () => {
    const file = promptfoo(
      [{ testIdx: 0, success: true }],
      [
        { metrics: { namedScores: { tone: 1.5 }, namedScoresCount: { tone: 2 } } },
        { metrics: { namedScores: { tone: 0.5 }, namedScoresCount: { tone: 2 } } },
      ],
    )
    expect(table(file)['named/tone']).toEqual([0.5, H, undefined, 4])
  })

  it('refuses a file without results', () => {
    expect(() => promptfoo([])).toThrowError(
      /^pf\.json at \$\.results\.results: is promptfoo output with no results: the eval ran no tests$/,
    )
  })
})

describe('Hugging Face Trainer metrics', () => {
  it('TransformerNER all_results: losses lower-is-better, bookkeeping left out, <split>_samples as the count', () => {
    const file = real('hf-trainer/TransformerNER_run_ner_output_all_results.json')
    expect(file.format).toBe('hf-trainer')
    expect(table(file)).toEqual({
      eval_accuracy: [0.9968802166653316, H, undefined, 29965],
      eval_f1: [0.9696293850495585, H, undefined, 29965],
      eval_loss: [0.018241053447127342, L, undefined, 29965],
      eval_precision: [0.9652217054263565, H, undefined, 29965],
      eval_recall: [0.9740775046312522, H, undefined, 29965],
      predict_accuracy: [0.9965924287683561, H, undefined, undefined],
      predict_f1: [0.9670241644786614, H, undefined, undefined],
      predict_loss: [0.019529886543750763, L, undefined, undefined],
      predict_precision: [0.9625692137320044, H, undefined, undefined],
      predict_recall: [0.9715205436580677, H, undefined, undefined],
      train_loss: [0.007312082667504587, L, undefined, 230039],
    })
  })

  it('bookkeeping only when metrics-select names it', () => {
    const file = real('hf-trainer/TransformerNER_run_ner_output_all_results.json')
    expect(Object.keys(table(file, ['eval_*']))).toEqual([
      'eval_accuracy',
      'eval_f1',
      'eval_loss',
      'eval_precision',
      'eval_recall',
    ])
    expect(table(file, ['eval_runtime', '*_per_second'])).toEqual({
      eval_runtime: [116.565, L, undefined, undefined],
      eval_samples_per_second: [257.067, H, undefined, undefined],
      eval_steps_per_second: [2.016, H, undefined, undefined],
      predict_samples_per_second: [250.153, H, undefined, undefined],
      predict_steps_per_second: [1.962, H, undefined, undefined],
      train_samples_per_second: [107.691, H, undefined, undefined],
      train_steps_per_second: [0.842, H, undefined, undefined],
    })
  })

  it('t5 summarization eval_results: ROUGE on a 0-100 scale, as written', () => {
    const file = real('hf-trainer/t5-summarization_eval_results.json')
    expect(file.format).toBe('hf-trainer')
    expect(table(file)).toEqual({
      eval_gen_len: [73.5213195691203, H, undefined, 13368],
      eval_loss: [1.633907675743103, L, undefined, 13368],
      eval_rouge1: [41.6324, H, undefined, 13368],
      eval_rouge2: [19.1949, H, undefined, 13368],
      eval_rougeL: [29.4531, H, undefined, 13368],
      eval_rougeLsum: [38.8065, H, undefined, 13368],
    })
  })

  it('whisper all_results: word error rate lower-is-better, no eval_samples so no count', () => {
    const file = real('hf-trainer/whisper-tiny-nbaiLab_all_results.json')
    expect(table(file)).toEqual({
      eval_loss: [0.5099794864654541, L, undefined, undefined],
      eval_wer: [24.878197320341048, L, undefined, undefined],
      train_loss: [0.2913371723175049, L, undefined, undefined],
    })
  })
})

describe('DVC and generic metrics files', () => {
  it('DVCLive eval/metrics.json at e095b7a and 5717e24: nested metric.split names', () => {
    const before = real('dvc/example-get-started_eval_metrics_e095b7a_2022-12-05.json')
    const after = real('dvc/example-get-started_eval_metrics_5717e24_2022-12-18.json')
    expect(before.format).toBe('generic')
    expect(table(before)).toEqual({
      'avg_prec.train': [0.957035519466975, H, undefined, undefined],
      'avg_prec.test': [0.9014016422240393, H, undefined, undefined],
      'roc_auc.train': [0.9774311166774401, H, undefined, undefined],
      'roc_auc.test': [0.9319648794149968, H, undefined, undefined],
    })
    expect(table(after)).toEqual({
      'avg_prec.train': [0.9772271756725741, H, undefined, undefined],
      'avg_prec.test': [0.9449556493816984, H, undefined, undefined],
      'roc_auc.train': [0.9873675866013153, H, undefined, undefined],
      'roc_auc.test': [0.9619097316125981, H, undefined, undefined],
    })
    expect(before.metrics.map((m) => m.path)).toEqual([
      '$.avg_prec.train',
      '$.avg_prec.test',
      '$.roc_auc.train',
      '$.roc_auc.test',
    ])
  })

  it('scores.json at d4228b5: flat', () => {
    const file = real('dvc/example-get-started_scores_d4228b5_2022-04-21.json')
    expect(table(file)).toEqual({
      avg_prec: [0.5262519282855344, H, undefined, undefined],
      roc_auc: [0.950116151587405, H, undefined, undefined],
    })
    expect(table(file, ['roc_*'])).toEqual({ roc_auc: [0.950116151587405, H, undefined, undefined] })
  })

  it('YAML, nested, with directions from the names and arrays by index', () => {
    const file = readMetricsFile(
      'test:\n  loss: 0.25\n  f1: 0.8\n  note: fine\nloss:\n  train: 0.1\nper_fold: [0.5, 0.75]\nok: true\n',
      'metrics.yaml',
    )
    expect(file.format).toBe('generic')
    expect(table(file)).toEqual({
      'test.loss': [0.25, L, undefined, undefined],
      'test.f1': [0.8, H, undefined, undefined],
      'loss.train': [0.1, L, undefined, undefined],
      'per_fold.0': [0.5, H, undefined, undefined],
      'per_fold.1': [0.75, H, undefined, undefined],
    })
  })

  it('directions rules in thresholds beat the names', () => {
    const { rules, thresholds } = splitDirectionRules(
      'avg_prec: lower-is-better\n*: max-drop 0.01\nroc_auc.*: higher-is-better, min 0.9\n# note',
    )
    expect(rules).toEqual([
      { pattern: 'avg_prec', direction: L },
      { pattern: 'roc_auc.*', direction: H },
    ])
    // Line numbers are kept for the threshold parser's messages.
    expect(thresholds).toBe('\n*: max-drop 0.01\nroc_auc.*: min 0.9\n# note')
    const file = real('dvc/example-get-started_eval_metrics_e095b7a_2022-12-05.json')
    const chosen = selectFileMetrics([file], [], rules).metrics
    expect(Object.fromEntries(chosen.map((m) => [m.name, m.direction]))).toEqual({
      'avg_prec.train': L,
      'avg_prec.test': L,
      'roc_auc.train': H,
      'roc_auc.test': H,
    })
  })
})

describe('Inspect eval logs', () => {
  it('security_guide (success): task/scorer/metric, stderr from the scorer, completed samples as count', () => {
    const file = real('inspect_ai/2025-05-12T20-28-26-04-00_security-guide.json')
    expect(file.format).toBe('inspect-ai')
    expect(table(file)).toEqual({ 'security_guide/model_graded_fact/accuracy': [1, H, 0, 3] })
  })

  it('popularity (cancelled) is refused: its metrics may cover part of the samples', () => {
    expect(() => real('inspect_ai/2025-05-12T20-28-13-04-00_popularity.json')).toThrowError(
      /^inspect_ai\/2025-05-12T20-28-13-04-00_popularity\.json at \$\.status: the eval's status is "cancelled", not "success"/,
    )
  })
})

describe('detection and the forced format', () => {
  it('detects each real file as its tool', () => {
    expect(detectFormat(parseLenientJson('{"a": 1}', 'x.json'), 'x.json')).toBe('generic')
    expect(detectFormat(parseLenientJson('[1, 2]', 'x.json'), 'x.json')).toBe('generic')
  })

  it('a forced format must fit; generic reads anything', () => {
    const text = readFileSync(path.join(REAL, 'hf-trainer/whisper-tiny-nbaiLab_all_results.json'), 'utf8')
    expect(() => readMetricsFile(text, 'r.json', 'lm-eval')).toThrowError(
      /^r\.json: is not lm-evaluation-harness results \(metrics-format is lm-eval\): expected "results"/,
    )
    expect(readMetricsFile(text, 'r.json', 'generic').metrics.map((m) => m.name)).toContain('eval_runtime')
  })

  it('parses the metrics-format input', () => {
    expect(parseMetricsFormat('')).toBeUndefined()
    expect(parseMetricsFormat('auto')).toBeUndefined()
    expect(parseMetricsFormat('DVC')).toBe('generic')
    expect(parseMetricsFormat('lm-evaluation-harness')).toBe('lm-eval')
    expect(() => parseMetricsFormat('mlflow')).toThrowError(
      /^input "metrics-format": unknown format "mlflow"; use auto, lm-eval, promptfoo, hf-trainer, inspect-ai, generic/,
    )
  })
})

describe('bad metrics files: one line naming the file and the JSON path', () => {
  const bad = (text: string, file = 'm.json', select: string[] = []) => {
    try {
      selectFileMetrics([readMetricsFile(text, file)], select, [])
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      const message = (error as Error).message
      expect(message).not.toContain('\n')
      return message
    }
    throw new Error('expected an error')
  }

  it('an unknown format (by extension)', () => {
    expect(bad('a,b\n1,2\n', 'metrics.csv')).toBe(
      'metrics.csv: unknown metrics file format: cannot tell it from the extension ".csv"; metrics files are .json, .yaml or .yml',
    )
  })

  it('a file with no numbers', () => {
    expect(bad('{"model": "x", "ok": true, "tags": ["a"]}')).toBe(
      'm.json: has no numeric metrics (read as JSON/YAML metrics (flattened))',
    )
    expect(bad('{}')).toMatch(/^m\.json: has no numeric metrics/)
  })

  it('a file whose only metric is NaN or infinite, as Python writes them', () => {
    expect(bad('{"test": {"loss": NaN}}')).toBe(
      'm.json at $.test.loss: the value of metric "test.loss" is NaN, not a number, and the file has no other metric',
    )
    expect(bad('{"b": Infinity}')).toBe(
      'm.json at $.b: the value of metric "b" is Infinity, not a number, and the file has no other metric',
    )
    expect(bad('{"results": {"t": {"acc,none": -Infinity}}, "versions": {}}')).toBe(
      'm.json at $.results.t["acc,none"]: the value of metric "t/acc" is -Infinity, not a number, and the file has no other metric',
    )
    expect(bad('loss: .nan\n', 'm.yaml')).toBe(
      'm.yaml at $.loss: the value of metric "loss" is NaN, not a number, and the file has no other metric',
    )
  })

  it('a NaN that metrics-select leaves out is no error', () => {
    const file = readMetricsFile('{"a": 1, "b": NaN}', 'm.json')
    expect(selectFileMetrics([file], ['a'], []).metrics.map((m) => m.name)).toEqual(['a'])
  })

  it('invalid JSON and YAML, with line and column', () => {
    expect(bad('{\n  "a": 1,\n  "b": oops\n}')).toBe(
      'm.json:3: is not valid JSON: unexpected "o" at column 8',
    )
    expect(bad('')).toBe('m.json: is empty: expected a JSON document')
    expect(bad('a: [1, 2\n', 'm.yaml')).toMatch(/^m\.yaml:\d+: is not valid YAML: /)
  })

  it('a key given twice, and two paths that flatten to one name', () => {
    expect(bad('{"a": 1, "a": 2}')).toBe('m.json at $.a: the key is given twice in one object')
    expect(bad('a: 1\na: 2\n', 'm.yaml')).toMatch(/^m\.yaml:\d+: is not valid YAML: Map keys must be unique/)
    expect(bad('{"a.b": 1, "a": {"b": 2}}')).toBe(
      'm.json at $.a.b: flattens to the metric name "a.b" as $["a.b"] does',
    )
  })

  it('a metrics-select pattern that matches nothing, and a file none of whose metrics is chosen', () => {
    const one = readMetricsFile('{"a": 1}', 'one.json')
    const two = readMetricsFile('{"b": 2}', 'two.json')
    expect(() => selectFileMetrics([one, two], ['a', 'c*'], [])).toThrowError(
      /^two\.json: none of its 1 metrics matches metrics-select \(a, c\*\); it has b$/,
    )
    expect(() => selectFileMetrics([one], ['a', 'c*'], [])).toThrowError(
      /^input "metrics-select": "c\*" matched no metric in the metrics files$/,
    )
  })

  it('the same name in two files', () => {
    const before = real('dvc/example-get-started_eval_metrics_e095b7a_2022-12-05.json')
    const after = real('dvc/example-get-started_eval_metrics_5717e24_2022-12-18.json')
    expect(() => selectFileMetrics([before, after], [], [])).toThrowError(
      'dvc/example-get-started_eval_metrics_5717e24_2022-12-18.json at $.avg_prec.train: metric "avg_prec.train" is also in dvc/example-get-started_eval_metrics_e095b7a_2022-12-05.json at $.avg_prec.train; metric names must be unique across metrics files (use metrics-select to keep one)',
    )
  })

  it('a metric name with a line break', () => {
    expect(bad('{"a\\nb": 1}')).toBe('m.json at $["a\\nb"]: a metric name must be a single line of text')
  })

  it('a __proto__ key is an ordinary metric', () => {
    const file = readMetricsFile('{"__proto__": {"polluted": 1}}', 'm.json')
    expect(file.metrics.map((m) => m.name)).toEqual(['__proto__.polluted'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('directions through the comparison', () => {
  it('a lower-is-better metric read from a file regresses when it rises', () => {
    const comparison = compareMetrics(
      { eval_loss: 0.6, eval_accuracy: 0.9 },
      { eval_loss: 0.5, eval_accuracy: 0.9 },
      parseThresholds('*: max-drop 0.05'),
      new Map([['eval_loss', L]]),
    )
    expect(comparison.metrics.map((m) => [m.name, m.direction, m.status])).toEqual([
      ['eval_loss', L, 'regressed'],
      ['eval_accuracy', H, 'unchanged'],
    ])
    expect(comparison.metrics[0]!.broken[0]).toEqual({ rule: 'max-drop 0.05', detail: 'rose 0.1000' })
    // The run's directions live in its own map, never in the catalogue.
    expect(directionOf('custom_score')).toBe(H)
    expect(directionOf('eval_loss', new Map([['eval_loss', H]]))).toBe(H)
  })

  it('infers directions from names', () => {
    expect(inferDirection('eval_loss')).toBe(L)
    expect(inferDirection('test.rmse')).toBe(L)
    expect(inferDirection('loss.test')).toBe(L)
    expect(inferDirection('wikitext/word_perplexity')).toBe(L)
    expect(inferDirection('hellaswag/acc_norm')).toBe(H)
    expect(inferDirection('roc_auc.test')).toBe(H)
    expect(inferDirection('something')).toBe(H)
  })
})

import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { baselineDocument } from '../helpers/fixtures.js'
import { REPO_ROOT } from '../helpers/node24.js'
import {
  cleanupRuns,
  runAction,
  runCli,
  stackTraceLines,
  workflowCommands,
  type RunResult,
} from '../helpers/run-action.js'

// The real metrics files of test/fixtures/real/ (PROVENANCE.md) through the real bundle on Node 24, as the runner
// runs it: `metrics-files` alone, mixed with prediction files, against baselines, and broken.

afterAll(cleanupRuns)

const REAL = path.join(REPO_ROOT, 'test', 'fixtures', 'real')
const fixture = (relative: string) => readFileSync(path.join(REAL, relative))

const LM_GLUE = 'lm-eval-harness/multitask_glue_group_llama3.1-8b_results_2025-03-06T22-33-41.820962.json'
const LM_ASDIV = 'lm-eval-harness/asdiv_llama3-8b-instruct_results_2024-08-21T03-44-09.494230.json'
const LM_GSM8K = 'lm-eval-harness/gsm8k_cot_llama_llama3-8b-instruct_results_2024-08-25T21-59-12.123082.json'
const LM_MMLU =
  'lm-eval-harness/mmlu_abstract_algebra_steered_gemma2-2b_results_2025-01-21T00-40-03.356274.json'
const LM_NA = 'lm-eval-harness/scheming_evals_mc_gpt-4_results_NA-stderr.json'
const PF_WORKBENCH = 'promptfoo/prompt-eval-workbench_gpt-4o-mini_promptfoo-results.json'
const PF_AIDEVS = 'promptfoo/aiDevs3_translation_gpt-4o_promptfoo_results.json'
const DVC_BEFORE = 'dvc/example-get-started_eval_metrics_e095b7a_2022-12-05.json'
const DVC_AFTER = 'dvc/example-get-started_eval_metrics_5717e24_2022-12-18.json'
const DVC_SCORES = 'dvc/example-get-started_scores_d4228b5_2022-04-21.json'
const HF_NER = 'hf-trainer/TransformerNER_run_ner_output_all_results.json'
const HF_T5 = 'hf-trainer/t5-summarization_eval_results.json'
const HF_WHISPER = 'hf-trainer/whisper-tiny-nbaiLab_all_results.json'
const INSPECT_OK = 'inspect_ai/2025-05-12T20-28-26-04-00_security-guide.json'
const INSPECT_CANCELLED = 'inspect_ai/2025-05-12T20-28-13-04-00_popularity.json'
const DVC_PREDICTIONS = 'dvc_example-get-started_cm_test_actual_predicted_c8b4895.json'

const BASELINE = '.github/eval-baseline.json'

/** The workspace files: each fixture at its relative path. */
function files(...relatives: string[]): Record<string, Buffer> {
  return Object.fromEntries(relatives.map((relative) => [relative, fixture(relative)]))
}

function metricsOf(result: RunResult): Record<string, number> {
  expect(result.outputs.metrics, result.stdout + result.stderr).toBeDefined()
  return JSON.parse(result.outputs.metrics!) as Record<string, number>
}

function oneError(result: RunResult): string {
  expect(result.exitCode, result.stdout + result.stderr).toBe(1)
  const errors = workflowCommands(result.stdout).filter((c) => c.command === 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0]!.message).not.toMatch(/[\r\n]/)
  expect(stackTraceLines(result.stdout + result.stderr)).toEqual([])
  return errors[0]!.message
}

describe('metrics files alone (no predictions)', () => {
  test('lm-eval glue run: every metric, exactly, and a report without per-class or confusion sections', async () => {
    const result = await runAction({
      files: files(LM_GLUE),
      inputs: { 'metrics-files': 'lm-eval-harness/*.json', 'update-baseline': 'true' },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    expect(metricsOf(result)).toEqual({
      'winogrande/acc': 0.734017363851618,
      'sciq/acc': 0.962,
      'sciq/acc_norm': 0.943,
      'piqa/acc': 0.8003264417845484,
      'piqa/acc_norm': 0.8112078346028292,
      'lambada_openai/perplexity': 3.132956287509586,
      'lambada_openai/acc': 0.7545119347952649,
      'hellaswag/acc': 0.6002788289185421,
      'hellaswag/acc_norm': 0.7887870942043418,
      'glue/f1': 0.544071992140836,
      'glue/acc': 0.457717960933778,
      'glue/mcc': -0.012868008388016484,
      'cola/mcc': -0.012868008388016484,
      'mnli/acc': 0.4970962812022415,
      'mnli_mismatch/acc': 0.5053905614320586,
      'mrpc/acc': 0.6740196078431373,
      'mrpc/f1': 0.7794361525704809,
      'qnli/acc': 0.49789492952590153,
      'qqp/acc': 0.4202572347266881,
      'qqp/f1': 0.5416968109027629,
      'rte/acc': 0.7003610108303249,
      'sst2/acc': 0.7729357798165137,
      'wnli/acc': 0.5915492957746479,
      'arc_easy/acc': 0.813973063973064,
      'arc_easy/acc_norm': 0.8101851851851852,
      'arc_challenge/acc': 0.5127986348122867,
      'arc_challenge/acc_norm': 0.5349829351535836,
    })
    expect(result.outputs.regressed).toBe('false')
    expect(result.summary).toContain('27 metrics from 1 metrics file (lm-evaluation-harness results)')
    expect(result.summary).toContain('Metrics read from files (27)')
    expect(result.summary).toMatch(
      /\| lambada\\?_openai\/perplexity \| 3\.1330 \| ±0\.0581 \| 5,153 \| lower \|/,
    )
    expect(result.summary).not.toContain('Per-class scores')
    expect(result.summary).not.toContain('Confusion matrix')
    expect(result.summary).not.toContain(' rows from ')

    const baseline = JSON.parse(await readFile(path.join(result.workspace, BASELINE), 'utf8')) as {
      models: { default: Record<string, unknown> }
    }
    expect(baseline.models.default.metrics).toEqual(metricsOf(result))
    expect(baseline.models.default).not.toHaveProperty('labels')
    expect(baseline.models.default).not.toHaveProperty('confusionMatrix')
  })

  test('four more lm-eval files in one run: filters, a steered model and an "N/A" stderr', async () => {
    const result = await runAction({
      files: files(LM_ASDIV, LM_GSM8K, LM_MMLU, LM_NA),
      inputs: { 'metrics-files': `${LM_ASDIV}\n${LM_GSM8K}\n${LM_MMLU}\n${LM_NA}` },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    expect(metricsOf(result)).toEqual({
      'asdiv/acc': 0.92,
      'gsm8k_cot_llama/exact_match/strict-match': 0.7725549658832449,
      'gsm8k_cot_llama/exact_match/flexible-extract': 0.7778620166793025,
      'mmlu_abstract_algebra/acc': 0.34,
      'scheming_evals_mc_prompt_task/bypass': 999,
    })
    expect(result.summary).toMatch(
      /\| scheming\\?_evals\\?_mc\\?_prompt\\?_task\/bypass \| 999\.0000 \| — \| — \| higher \(assumed\) \|/,
    )
  })

  test('promptfoo, HF Trainer, Inspect and DVC scores together', async () => {
    const result = await runAction({
      files: files(PF_WORKBENCH, HF_T5, INSPECT_OK, DVC_SCORES),
      inputs: { 'metrics-files': `${PF_WORKBENCH}, ${HF_T5}, ${INSPECT_OK}, ${DVC_SCORES}` },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    // promptfoo's counts (successes 2, failures 1, errors 0) are shown, not gated: the pass rate carries them.
    expect(metricsOf(result)).toEqual({
      pass_rate: 2 / 3,
      'test/capital-of-france/pass_rate': 1,
      'test/multiplication-7-8/pass_rate': 0,
      'test/home-planet/pass_rate': 1,
      'assertion/icontains/pass_rate': 1,
      'assertion/regex/pass_rate': 0,
      eval_gen_len: 73.5213195691203,
      eval_loss: 1.633907675743103,
      eval_rouge1: 41.6324,
      eval_rouge2: 19.1949,
      eval_rougeL: 29.4531,
      eval_rougeLsum: 38.8065,
      'security_guide/model_graded_fact/accuracy': 1,
      avg_prec: 0.5262519282855344,
      roc_auc: 0.950116151587405,
    })
    expect(result.summary).toContain('15 metrics from 4 metrics files')
    expect(result.summary).toMatch(/\| failures \| 1\.0000 \| — \| 3 \| not gated \(count\) \|/)
  })

  test('the other promptfoo file and two HF Trainer files, with metrics-select', async () => {
    const result = await runAction({
      files: files(PF_AIDEVS, HF_NER, HF_WHISPER),
      inputs: {
        'metrics-files': `${PF_AIDEVS}\n${HF_NER}\n${HF_WHISPER}`,
        'metrics-select': 'pass_rate, assertion/*, eval_*, train_loss, train_runtime',
        'metrics-format': 'auto',
      },
    })
    // eval_loss (and train_loss) are in both Trainer files.
    expect(oneError(result)).toBe(
      `${HF_WHISPER} at $.eval_loss: metric "eval_loss" is also in ${HF_NER} at $.eval_loss; metric names must be unique across metrics files (use metrics-select to keep one)`,
    )
    const fixed = await runAction({
      files: files(PF_AIDEVS, HF_NER, HF_WHISPER),
      inputs: {
        'metrics-files': `${PF_AIDEVS}\n${HF_NER}\n${HF_WHISPER}`,
        'metrics-select': 'pass_rate, assertion/*, eval_accuracy, eval_f1, eval_wer, predict_runtime',
      },
    })
    expect(fixed.exitCode, fixed.stdout + fixed.stderr).toBe(0)
    expect(metricsOf(fixed)).toEqual({
      pass_rate: 1,
      'assertion/llm-rubric/pass_rate': 1,
      eval_accuracy: 0.9968802166653316,
      eval_f1: 0.9696293850495585,
      predict_runtime: 104.992,
      eval_wer: 24.878197320341048,
    })
  })
})

describe('against a baseline', () => {
  test('DVC: the 5717e24 metrics improve on e095b7a; the other way round regresses', async () => {
    const recorded = await runAction({
      files: { 'eval/metrics.json': fixture(DVC_BEFORE) },
      inputs: { 'metrics-files': 'eval/metrics.json', 'update-baseline': 'true' },
    })
    expect(recorded.exitCode, recorded.stdout + recorded.stderr).toBe(0)
    const baselineText = await readFile(path.join(recorded.workspace, BASELINE), 'utf8')

    const better = await runAction({
      files: { 'eval/metrics.json': fixture(DVC_AFTER), [BASELINE]: baselineText },
      inputs: { 'metrics-files': 'eval/metrics.json' },
    })
    expect(better.exitCode, better.stdout + better.stderr).toBe(0)
    expect(better.outputs.regressed).toBe('false')
    expect(better.outputs.summary).toBe('✅ No regressions (4 improved)')

    const worse = await runAction({
      files: {
        'eval/metrics.json': fixture(DVC_BEFORE),
        [BASELINE]: baselineDocument({
          default: {
            'avg_prec.train': 0.9772271756725741,
            'avg_prec.test': 0.9449556493816984,
            'roc_auc.train': 0.9873675866013153,
            'roc_auc.test': 0.9619097316125981,
          },
        }),
      },
      inputs: {
        'metrics-files': 'eval/metrics.json',
        thresholds: '*: max-drop 0.01\n*.train: max-drop 0.05',
      },
    })
    expect(worse.exitCode).toBe(1)
    expect(worse.outputs.regressed).toBe('true')
    // test: 0.9449556493816984 → 0.9014016422240393 (−0.0436) and 0.9619097316125981 → 0.9319648794149968 (−0.0299)
    expect(worse.outputs.summary).toBe(
      '❌ 2 metrics regressed: avg_prec.test −0.0436 (max-drop 0.01); roc_auc.test −0.0299 (max-drop 0.01)',
    )
  })

  test('HF Trainer: a rise of eval_loss and eval_wer is a regression, a fall an improvement', async () => {
    const baseline = baselineDocument({
      default: { eval_loss: 0.45, eval_wer: 30, train_loss: 0.2913371723175049 },
    })
    const result = await runAction({
      files: { ...files(HF_WHISPER), [BASELINE]: baseline },
      inputs: { 'metrics-files': HF_WHISPER, thresholds: '*: max-drop 0.05' },
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.summary).toBe('❌ 1 metric regressed: eval_loss +0.0600 (max-drop 0.05)')
    expect(result.summary).toMatch(/\| eval\\?_wer \| 30\.0000 \| 24\.8782 \| −5\.1218 \| 🟢 improved \|/)
    expect(result.summary).toMatch(/\| eval\\?_loss \| lower is better \| max-drop 0\.05 \|/)
  })

  test('a directions rule in thresholds turns a metric around', async () => {
    const result = await runAction({
      files: {
        ...files(DVC_SCORES),
        [BASELINE]: baselineDocument({ default: { avg_prec: 0.5, roc_auc: 0.96 } }),
      },
      inputs: { 'metrics-files': DVC_SCORES, thresholds: '*: max-drop 0\navg_prec: lower-is-better' },
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.summary).toBe(
      '❌ 2 metrics regressed: avg_prec +0.0263 (max-drop 0); roc_auc −0.0099 (max-drop 0)',
    )
  })
})

describe('mixed with prediction files', () => {
  test('the DVC predictions and the promptfoo run: classification metrics, then the file metrics', async () => {
    const result = await runAction({
      files: files(DVC_PREDICTIONS, PF_WORKBENCH),
      inputs: {
        predictions: DVC_PREDICTIONS,
        'label-column': 'actual',
        'prediction-column': 'predicted',
        'metrics-files': PF_WORKBENCH,
        'metrics-select': 'pass_rate, failures',
      },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    const metrics = metricsOf(result)
    expect(Object.keys(metrics)).toEqual(['accuracy', 'precision', 'recall', 'f1', 'pass_rate', 'failures'])
    expect(metrics.accuracy).toBeCloseTo(1778 / 2004, 12)
    expect(metrics.pass_rate).toBe(2 / 3)
    expect(metrics.failures).toBe(1)
    expect(result.summary).toContain('2,004 rows from 1 file')
    expect(result.summary).toContain('2 metrics from 1 metrics file (promptfoo output)')
    expect(result.summary).toContain('Confusion matrix')
  })

  test('a metrics file metric named like a computed one is an error', async () => {
    const result = await runAction({
      files: { ...files(DVC_PREDICTIONS), 'extra.json': '{"accuracy": 0.5}' },
      inputs: {
        predictions: DVC_PREDICTIONS,
        'label-column': 'actual',
        'prediction-column': 'predicted',
        'metrics-files': 'extra.json',
      },
    })
    expect(oneError(result)).toBe(
      'extra.json at $.accuracy: metric "accuracy" is computed from the prediction files and also read from this metrics file; metric names must be unique (use metrics-select to leave it out)',
    )
  })
})

describe('bad metrics files: one clean error, nothing written', () => {
  const cases: {
    title: string
    files: Record<string, string | Buffer>
    inputs: Record<string, string>
    error: string | RegExp
  }[] = [
    {
      title: 'an unknown metrics-format',
      files: files(DVC_SCORES),
      inputs: { 'metrics-files': DVC_SCORES, 'metrics-format': 'mlflow' },
      error: /^input "metrics-format": unknown format "mlflow"; use auto, lm-eval, promptfoo/,
    },
    {
      title: 'a metrics file of an unknown format',
      files: { 'metrics.txt': 'accuracy 0.9\n' },
      inputs: { 'metrics-files': 'metrics.txt' },
      error:
        'metrics.txt: unknown metrics file format: cannot tell it from the extension ".txt"; metrics files are .json, .yaml or .yml',
    },
    {
      title: 'a forced format the file is not',
      files: files(DVC_SCORES),
      inputs: { 'metrics-files': DVC_SCORES, 'metrics-format': 'promptfoo' },
      error: `${DVC_SCORES}: is not promptfoo output (metrics-format is promptfoo): expected "results.results" (an array) and "results.stats"`,
    },
    {
      title: 'a metrics file with no numbers',
      files: { 'metrics.json': '{"model": "gpt", "passed": true}' },
      inputs: { 'metrics-files': 'metrics.json' },
      error: 'metrics.json: has no numeric metrics (read as JSON/YAML metrics (flattened))',
    },
    {
      title: 'a metrics file whose only metric is NaN',
      files: { 'metrics.json': '{"test": {"loss": NaN}}' },
      inputs: { 'metrics-files': 'metrics.json' },
      error:
        'metrics.json at $.test.loss: the value of metric "test.loss" is NaN, not a number, and the file has no other metric',
    },
    {
      title: 'Infinity in YAML',
      files: { 'metrics.yaml': 'test:\n  loss: .inf\n' },
      inputs: { 'metrics-files': 'metrics.yaml' },
      error:
        'metrics.yaml at $.test.loss: the value of metric "test.loss" is Infinity, not a number, and the file has no other metric',
    },
    {
      title: 'a cancelled Inspect eval',
      files: files(INSPECT_CANCELLED),
      inputs: { 'metrics-files': INSPECT_CANCELLED },
      error: `${INSPECT_CANCELLED} at $.status: the eval's status is "cancelled", not "success": its metrics may cover only part of the samples`,
    },
    {
      title: 'a metrics-files glob that matches nothing',
      files: files(DVC_SCORES),
      inputs: { 'metrics-files': 'out/*.json' },
      error: /^input "metrics-files": pattern matched no files: out\/\*\.json/,
    },
    {
      title: 'a metrics-select pattern that matches nothing',
      files: files(DVC_SCORES),
      inputs: { 'metrics-files': DVC_SCORES, 'metrics-select': 'roc_auc, f1' },
      error: 'input "metrics-select": "f1" matched no metric in the metrics files',
    },
    {
      title: 'the metrics input in a run without predictions',
      files: files(DVC_SCORES),
      inputs: { 'metrics-files': DVC_SCORES, metrics: 'roc_auc' },
      error: /^input "metrics" chooses metrics computed from prediction files, and there are none/,
    },
  ]
  for (const bad of cases) {
    test(bad.title, async () => {
      const result = await runAction({
        files: bad.files,
        inputs: { ...bad.inputs, 'update-baseline': 'true' },
      })
      const message = oneError(result)
      if (typeof bad.error === 'string') expect(message).toBe(bad.error)
      else expect(message).toMatch(bad.error)
      expect(existsSync(path.join(result.workspace, BASELINE))).toBe(false)
    })
  }
})

describe('the CLI', () => {
  test('reads metrics files with --metrics-files and prints the report', async () => {
    const result = await runCli(['--metrics-files', LM_ASDIV, '--metrics-files', INSPECT_OK], {
      files: files(LM_ASDIV, INSPECT_OK),
    })
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stdout).toContain(
      '2 metrics from 2 metrics files (lm-evaluation-harness results, Inspect eval log)',
    )
    // A --limit run: both counts.
    expect(result.stdout).toMatch(/\| asdiv\/acc \| 0\.9200 \| ±0\.0388 \| 50 of 2,305 \| higher \|/)
  })
})

describe('names from metrics files are untrusted text', () => {
  test('HTML, table pipes and mentions in a key stay inert everywhere in the report', async () => {
    const hostile = '<img src=x onerror=alert(1)>|@octocat [link](http://evil.example)'
    const result = await runAction({
      files: { 'm.json': JSON.stringify({ [hostile]: { score: 0.5 } }) },
      inputs: { 'metrics-files': 'm.json' },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    expect(Object.keys(metricsOf(result))).toEqual([`${hostile}.score`])
    expect(result.summary).not.toContain('<img')
    expect(result.summary).not.toMatch(/@octocat/)
    // The brackets are escaped, so no link is formed.
    expect(result.summary).not.toMatch(/[^\\]\]\(http[^)]*evil/)
    // Every row of the metrics table keeps its five columns.
    const row = result.summary.split('\n').find((line) => line.includes('img src'))!
    expect(row.split(' | ')).toHaveLength(5)
  })
})

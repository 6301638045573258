import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { inferDirection, nameDirection } from '../src/core/catalogue.js'
import { readMetricsFile, selectFileMetrics, type MetricsFile } from '../src/core/metrics-files/index.js'
import { describeSubset } from '../src/core/fingerprint.js'
import { metricsFileModels, POOLED_MODEL } from '../src/core/metrics-files/models.js'
import { metricsFilesDetails } from '../src/core/metrics-files/report.js'

// Issue 13, items 1–5, on the fixtures of test/fixtures/formats/ (written in each tool's layout; see its README.md)
// and the real files of test/fixtures/real/.

const FORMATS = path.join(import.meta.dirname, 'fixtures', 'formats')
const REAL = path.join(import.meta.dirname, 'fixtures', 'real')

function read(folder: string, relative: string): MetricsFile {
  return readMetricsFile(readFileSync(path.join(folder, relative), 'utf8'), relative)
}

const H = 'higher-is-better'
const L = 'lower-is-better'

describe('directions from names, whatever their case (item 1)', () => {
  it('lower-is-better words in any case and any segment or _/- word', () => {
    for (const name of [
      'MAPE',
      'RMSE',
      'WER',
      'val_MAE',
      'test_Loss',
      'eval_wer',
      'Loss',
      'perplexity',
      'ppl',
      'cer',
      'error_rate',
      'mae',
      'mse',
      'rmse',
      'mape',
      'smape',
      'brier',
      'latency',
      'cost',
      'runtime',
      'time',
      'latency-p95',
      'test.RMSE',
      'wikitext/word_perplexity',
      'val/Loss.mean',
    ])
      expect([name, inferDirection(name)]).toEqual([name, L])
  })

  it('higher-is-better names are known; unknown ones are undefined (assumed by the caller)', () => {
    for (const name of [
      'hellaswag/acc_norm',
      'eval_F1',
      'roc_auc.test',
      'pass_rate',
      'neg_mean_squared_error',
    ])
      expect([name, nameDirection(name)]).toEqual([name, H])
    for (const name of ['bypass', 'eval_samples_per_second', 'scheming/bypass']) {
      expect([name, nameDirection(name)]).toEqual([name, undefined])
      expect(inferDirection(name)).toBe(H)
    }
    // A split after the metric (DVC's loss.test) gives way to the metric.
    expect(nameDirection('Loss.test')).toBe(L)
  })

  it('a metric nothing gives a direction is marked assumed, shown so, and one warning lists them', () => {
    const file = readMetricsFile('{"bypass": 3, "refusals": 2, "val_MAE": 0.4, "acc": 0.9}', 'm.json')
    const selection = selectFileMetrics([file], [], [])
    expect(selection.metrics.map((m) => [m.name, m.direction, m.directionAssumed])).toEqual([
      ['bypass', H, true],
      ['refusals', H, true],
      ['val_MAE', L, undefined],
      ['acc', H, undefined],
    ])
    expect(selection.warnings).toEqual([
      'direction assumed higher is better for "bypass", "refusals": neither the file nor the name says; add "NAME: lower-is-better" (or higher-is-better) to thresholds',
    ])
    // A directions rule settles it.
    const ruled = selectFileMetrics([file], [], [{ pattern: 'refusals', direction: L }])
    expect(ruled.metrics.find((m) => m.name === 'refusals')).toMatchObject({ direction: L })
    expect(ruled.metrics.find((m) => m.name === 'refusals')!.directionAssumed).toBeUndefined()
    expect(metricsFilesDetails({ files: [file], ...selection })).toContain(
      '| bypass | 3.0000 | — | — | higher (assumed) |',
    )
  })
})

describe('Hugging Face trainer_state.json (item 2)', () => {
  const file = read(FORMATS, 'trainer_state.json')

  it('is recognised, and gives the last evaluation and the best metric, not the log history', () => {
    expect(file.format).toBe('hf-trainer')
    const selection = selectFileMetrics([file], [], [])
    expect(selection.metrics.map((m) => [m.name, m.value, m.direction, m.path])).toEqual([
      ['eval_accuracy', 0.869, H, '$.log_history[8].eval_accuracy'],
      ['eval_f1', 0.8662, H, '$.log_history[8].eval_f1'],
      ['eval_loss', 0.3594, L, '$.log_history[8].eval_loss'],
      // best_metric is the eval_accuracy of best_global_step 200.
      ['best/eval_accuracy', 0.8735, H, '$.best_metric'],
    ])
    // Shown, not gated: speed and the step and epoch of that evaluation.
    expect(selection.shown.map((m) => [m.name, m.value, m.notGated])).toEqual([
      ['epoch', 3, 'bookkeeping'],
      ['eval_runtime', 4.1873, 'bookkeeping'],
      ['eval_samples_per_second', 208.964, 'bookkeeping'],
      ['eval_steps_per_second', 13.135, 'bookkeeping'],
      ['step', 300, 'bookkeeping'],
    ])
    expect(selection.warnings).toEqual([])
  })

  it('training bookkeeping is gated only when selected by name', () => {
    const chosen = selectFileMetrics([file], ['step', 'eval_runtime'], []).metrics
    expect(chosen.map((m) => [m.name, m.value])).toEqual([
      ['eval_runtime', 4.1873],
      ['step', 300],
    ])
  })

  it('metric_for_best_model and greater_is_better name and direct best_metric when the file has them', () => {
    const data = JSON.parse(readFileSync(path.join(FORMATS, 'trainer_state.json'), 'utf8')) as Record<
      string,
      unknown
    >
    const text = JSON.stringify({
      ...data,
      best_metric: 0.3302,
      metric_for_best_model: 'loss',
      greater_is_better: false,
    })
    const best = readMetricsFile(text, 'trainer_state.json').metrics.find((m) => m.name.startsWith('best/'))
    expect(best).toMatchObject({ name: 'best/eval_loss', value: 0.3302, direction: L, directionStated: true })
  })

  it('a state with no evaluation is refused in one line', () => {
    expect(() =>
      readMetricsFile('{"global_step": 10, "log_history": [{"loss": 1, "step": 10}]}', 'trainer_state.json'),
    ).toThrowError(
      /^trainer_state\.json at \$\.log_history: is a Trainer state with no evaluation in log_history and no best_metric/,
    )
  })
})

describe('bookkeeping keys of generic files (item 3)', () => {
  it("DVCLive's step is shown, not gated", () => {
    const file = read(FORMATS, 'dvclive-metrics.json')
    const selection = selectFileMetrics([file], [], [])
    expect(selection.metrics.map((m) => m.name)).toEqual(['train.loss', 'train.acc', 'eval.loss', 'eval.acc'])
    expect(selection.shown.map((m) => [m.name, m.value, m.notGated])).toEqual([['step', 4, 'bookkeeping']])
  })

  it('epoch, timestamp, time, _timestamp and _runtime too, at any depth; selected by name they are gated', () => {
    const file = readMetricsFile(
      '{"acc": 0.9, "epoch": 3, "timestamp": 1700000000, "time": 12.5, "_timestamp": 1, "_runtime": 40, "train": {"Epoch": 2}}',
      'm.json',
    )
    const selection = selectFileMetrics([file], [], [])
    expect(selection.metrics.map((m) => m.name)).toEqual(['acc'])
    expect(selection.shown.map((m) => m.name)).toEqual([
      'epoch',
      'timestamp',
      'time',
      '_timestamp',
      '_runtime',
      'train.Epoch',
    ])
    expect(selectFileMetrics([file], ['acc', 'epoch'], []).metrics.map((m) => m.name)).toEqual([
      'acc',
      'epoch',
    ])
  })
})

describe('lm-evaluation-harness NaN values and --limit runs (item 4)', () => {
  const file = read(FORMATS, 'lm-eval-limit-nan.json')

  it('a NaN metric is shown as not a number with a warning naming file and JSON path; the rest is read', () => {
    const selection = selectFileMetrics([file], [], [])
    expect(selection.metrics.map((m) => [m.name, m.value, m.count, m.fullCount])).toEqual([
      ['arithmetic_2da/acc', 0.94, 50, 2000],
      ['numeric_qa/exact_match', 0.62, 50, 1319],
    ])
    expect(selection.shown.map((m) => [m.name, m.notGated])).toEqual([['numeric_qa/mae', 'not a number']])
    expect(selection.warnings).toEqual([
      'lm-eval-limit-nan.json at $.results.numeric_qa["mae,none"]: metric "numeric_qa/mae" is NaN, not a number; it is not gated',
    ])
    const details = metricsFilesDetails({ files: [file], ...selection })
    expect(details).toContain(
      '| numeric_qa/mae | not a number (NaN) | — | 50 of 1,319 | not gated (not a number) |',
    )
    expect(details).toContain('| arithmetic_2da/acc | 0.9400 | ±0.0339 | 50 of 2,000 | higher |')
  })

  it('a NaN metric chosen alone by metrics-select is refused naming it, not as a pattern that matched nothing', () => {
    expect(() => selectFileMetrics([file], ['numeric_qa/mae'], [])).toThrowError(
      'lm-eval-limit-nan.json at $.results.numeric_qa["mae,none"]: the value of metric "numeric_qa/mae" is NaN, not a number, and metrics-select chooses no other metric of the file',
    )
  })

  it('a --limit run is a subset, described with both counts', () => {
    expect(file.subset).toEqual({
      limit: 50,
      tasks: {
        numeric_qa: { effective: 50, original: 1319 },
        arithmetic_2da: { effective: 50, original: 2000 },
      },
    })
    expect(describeSubset(file.subset!)).toBe(
      'a --limit run (limit 50): numeric_qa on 50 of 1,319 examples, arithmetic_2da on 50 of 2,000 examples',
    )
    const asdiv = read(
      REAL,
      'lm-eval-harness/asdiv_llama3-8b-instruct_results_2024-08-21T03-44-09.494230.json',
    )
    expect(describeSubset(asdiv.subset!)).toBe('a --limit run (limit 50): asdiv on 50 of 2,305 examples')
    const full = read(
      REAL,
      'lm-eval-harness/gsm8k_cot_llama_llama3-8b-instruct_results_2024-08-25T21-59-12.123082.json',
    )
    expect(full.subset).toBeUndefined()
  })
})

describe('promptfoo (item 5)', () => {
  const se = (p: number, n: number) => Math.sqrt((p * (1 - p)) / n)

  it('two providers: a pass rate each (3/5 and 4/5) beside the pooled 7/10, all with binomial errors', () => {
    const file = read(FORMATS, 'promptfoo-two-providers.json')
    const metrics = selectFileMetrics([file], [], []).metrics
    const rates = metrics.filter((m) => m.name.endsWith('pass_rate') && !m.name.startsWith('test/'))
    expect(rates.map((m) => [m.name, m.value, m.count, m.stderr, m.model])).toEqual([
      ['pass_rate', 0.7, 10, se(0.7, 10), undefined],
      ['provider/openai-gpt-4o-mini/pass_rate', 0.6, 5, se(0.6, 5), 'openai:gpt-4o-mini'],
      [
        'provider/anthropic-messages-claude-3-5-haiku/pass_rate',
        0.8,
        5,
        se(0.8, 5),
        'anthropic:messages:claude-3-5-haiku',
      ],
      ['assertion/icontains/pass_rate', 0.7, 10, se(0.7, 10), undefined],
    ])
    const board = metricsFileModels(metrics, { confidence: 0.95, significance: 0.05 })!
    expect(board.candidate).toBe(POOLED_MODEL)
    expect(board.models.map((m) => [m.name, m.metrics, m.rows])).toEqual([
      [POOLED_MODEL, { pass_rate: 0.7 }, 10],
      ['openai:gpt-4o-mini', { pass_rate: 0.6 }, 5],
      ['anthropic:messages:claude-3-5-haiku', { pass_rate: 0.8 }, 5],
    ])
    // Wilson's score interval of 3/5 at 95%, written out: (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n).
    const z = 1.959963984540054
    const wilson = (sign: number) =>
      (0.6 + (z * z) / 10 + sign * z * Math.sqrt(0.24 / 5 + (z * z) / 100)) / (1 + (z * z) / 5)
    const interval = board.models[1]!.intervals!.pass_rate!
    expect(interval.lower).toBeCloseTo(wilson(-1), 12)
    expect(interval.upper).toBeCloseTo(wilson(+1), 12)
    expect([interval.lower, interval.upper].map((x) => x.toFixed(4))).toEqual(['0.2307', '0.8824'])
  })

  it('one provider is no leaderboard', () => {
    const file = read(REAL, 'promptfoo/prompt-eval-workbench_gpt-4o-mini_promptfoo-results.json')
    expect(metricsFileModels(selectFileMetrics([file], [], []).metrics)).toBeUndefined()
  })

  it('layout 2: tests from its table, the provider from its results', () => {
    const file = read(FORMATS, 'promptfoo-v2.json')
    expect(file.format).toBe('promptfoo')
    const { metrics, shown } = selectFileMetrics([file], [], [])
    expect(shown.map((m) => [m.name, m.value, m.count, m.notGated])).toEqual([
      ['successes', 2, 3, 'count'],
      ['failures', 1, 3, 'count'],
      ['errors', 0, 3, 'count'],
    ])
    expect(metrics.map((m) => [m.name, m.value, m.count])).toEqual([
      ['pass_rate', 2 / 3, 3],
      ['test/0/pass_rate', 1, 1],
      ['test/1/pass_rate', 0, 1],
      ['test/2/pass_rate', 1, 1],
      ['assertion/icontains/pass_rate', 2 / 3, 3],
    ])
  })

  it('another layout version is refused naming it; an empty run is refused as promptfoo output', () => {
    const row = { success: true }
    expect(() =>
      readMetricsFile(JSON.stringify({ results: { version: 1, results: [row], stats: {} } }), 'pf.json'),
    ).toThrowError(
      /^pf\.json at \$\.results\.version: is promptfoo output of layout version 1, which eval-gate does not read \(it reads versions 2 and 3\)$/,
    )
    // An empty run: no stats to recognise it by, but its evalId and layout version.
    const empty = { evalId: 'eval-x', results: { version: 3, timestamp: 't', prompts: [], results: [] } }
    expect(() => readMetricsFile(JSON.stringify(empty), 'pf.json')).toThrowError(
      /^pf\.json at \$\.results\.results: is promptfoo output with no results: the eval ran no tests$/,
    )
  })
})

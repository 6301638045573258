import { describe, expect, it } from 'vitest'
import { parseBaseline, serializeBaseline, withEntry } from '../src/core/baseline.js'
import { nameDirection, nameWords } from '../src/core/catalogue.js'
import { compareMetrics } from '../src/core/compare.js'
import { describeSubset, mergeSubsets, sameSubset, type BenchmarkSubset } from '../src/core/fingerprint.js'
import { formatValue } from '../src/core/format.js'
import { readMetricsFile, selectFileMetrics, withoutShown } from '../src/core/metrics-files/index.js'
import { fileMetricInterval, metricsFileModels } from '../src/core/metrics-files/models.js'
import { parseThresholds } from '../src/core/thresholds.js'

// What a review of issue #13's metrics-file formats found, on inputs in the shape the reviewer ran: a W&B-style
// summary with Trainer keys, promptfoo providers sharing a label, promptfoo counts, a --limit lm-eval run, and
// camelCase metric names.

const H = 'higher-is-better'
const L = 'lower-is-better'

describe('one bookkeeping rule for every metrics format', () => {
  // eval_accuracy and epoch make it a Trainer metrics file; W&B adds _timestamp, _runtime and _step.
  const run = (epoch: number, step: number, time: number) =>
    JSON.stringify({
      eval_accuracy: 0.9,
      epoch,
      _timestamp: time + 0.5,
      _runtime: step * 3,
      _step: step,
      timestamp: time,
    })

  it('read as Trainer metrics, the W&B keys are shown, not gated, as in a generic file', () => {
    const file = readMetricsFile(run(3, 90, 1700000000), 'ws1.json')
    expect(file.format).toBe('hf-trainer')
    const selection = selectFileMetrics([file], [], [])
    expect(selection.metrics.map((m) => m.name)).toEqual(['eval_accuracy'])
    expect(selection.shown.map((m) => [m.name, m.notGated])).toEqual([
      ['epoch', 'bookkeeping'],
      ['_timestamp', 'bookkeeping'],
      ['_runtime', 'bookkeeping'],
      ['_step', 'bookkeeping'],
      ['timestamp', 'bookkeeping'],
    ])
    // The same keys in a file read as generic metrics get the same treatment.
    const generic = readMetricsFile(run(3, 90, 1700000000), 'ws1.json', 'generic')
    expect(selectFileMetrics([generic], [], []).shown.map((m) => m.name)).toEqual(
      selection.shown.map((m) => m.name),
    )
  })

  it("a Trainer file's time is bookkeeping too; selected by name it is gated", () => {
    const file = readMetricsFile('{"eval_wer": 0.2, "epoch": 1, "time": 4}', 'c2.json')
    expect(file.format).toBe('hf-trainer')
    expect(selectFileMetrics([file], [], []).shown.map((m) => m.name)).toEqual(['epoch', 'time'])
    expect(selectFileMetrics([file], ['eval_*', 'time'], []).metrics.map((m) => m.name)).toEqual([
      'eval_wer',
      'time',
    ])
  })

  it('a run with fewer steps and an earlier time passes against a baseline that stored them', () => {
    const selection = selectFileMetrics([readMetricsFile(run(2, 60, 1600000000), 'ws2.json')], [], [])
    const current = Object.fromEntries(selection.metrics.map((m) => [m.name, m.value]))
    const stored = { eval_accuracy: 0.9, _step: 90, _timestamp: 1700000000.5, timestamp: 1700000000 }
    const comparison = compareMetrics(
      current,
      withoutShown(stored, selection.shown),
      parseThresholds('*: max-drop 0'),
    )
    expect(comparison.regressed).toBe(false)
    expect(comparison.metrics.map((m) => m.name)).toEqual(['eval_accuracy'])
  })

  it('a value that is not a number stays missing against a baseline that has it', () => {
    const file = readMetricsFile('{"acc": 0.9, "mae": NaN}', 'm.json')
    const selection = selectFileMetrics([file], [], [])
    expect(withoutShown({ acc: 0.9, mae: 1 }, selection.shown)).toEqual({ acc: 0.9, mae: 1 })
  })
})

/** promptfoo results of two providers, `passes` of 5 each, with the given labels. */
function promptfooRun(providers: { id: string; label?: string; passes: number }[]): string {
  const results = providers.flatMap(({ id, label, passes }) =>
    [0, 1, 2, 3, 4].map((testIdx) => ({
      promptIdx: 0,
      testIdx,
      provider: { id, ...(label !== undefined ? { label } : {}) },
      prompt: { raw: 'Q', label: 'p1' },
      success: testIdx < passes,
      score: testIdx < passes ? 1 : 0,
      failureReason: testIdx < passes ? 0 : 1,
    })),
  )
  return JSON.stringify({ evalId: 'eval-x', results: { version: 3, results, stats: {}, prompts: [] } })
}

describe('promptfoo providers are keyed by id', () => {
  it('two providers sharing a label get a pass rate each, named by label and id, and a leaderboard', () => {
    const file = readMetricsFile(
      promptfooRun([
        { id: 'openai:gpt-4o-mini', label: 'same', passes: 3 },
        { id: 'anthropic:messages:claude-3-haiku', label: 'same', passes: 4 },
      ]),
      'pf_same.json',
    )
    const metrics = selectFileMetrics([file], [], []).metrics
    expect(metrics.filter((m) => m.model).map((m) => [m.name, m.value, m.model])).toEqual([
      ['provider/same-openai-gpt-4o-mini/pass_rate', 0.6, 'same (openai:gpt-4o-mini)'],
      [
        'provider/same-anthropic-messages-claude-3-haiku/pass_rate',
        0.8,
        'same (anthropic:messages:claude-3-haiku)',
      ],
    ])
    expect(metricsFileModels(metrics)?.models.map((m) => m.name)).toEqual([
      'all (pooled)',
      'same (openai:gpt-4o-mini)',
      'same (anthropic:messages:claude-3-haiku)',
    ])
  })

  it('distinct labels name their providers; one provider under two labels is still one', () => {
    const file = readMetricsFile(
      promptfooRun([
        { id: 'openai:gpt-4o-mini', label: 'mini', passes: 3 },
        { id: 'openai:gpt-4o', label: 'big', passes: 5 },
      ]),
      'pf.json',
    )
    expect(
      selectFileMetrics([file], [], [])
        .metrics.filter((m) => m.model)
        .map((m) => [m.name, m.model]),
    ).toEqual([
      ['provider/mini/pass_rate', 'mini'],
      ['provider/big/pass_rate', 'big'],
    ])
  })
})

describe('promptfoo counts and pass-rate intervals', () => {
  const file = readMetricsFile(
    promptfooRun([
      { id: 'openai:gpt-4o-mini', passes: 3 },
      { id: 'anthropic:messages:claude-3-haiku', passes: 0 },
    ]),
    'pf_worse.json',
  )

  it('successes, failures and errors are shown, not gated: the pass rate carries the verdict', () => {
    const selection = selectFileMetrics([file], [], [])
    expect(selection.shown.map((m) => [m.name, m.value, m.notGated])).toEqual([
      ['successes', 3, 'count'],
      ['failures', 7, 'count'],
      ['errors', 0, 'count'],
    ])
    expect(selection.metrics.map((m) => m.name)).not.toContain('failures')
    expect(selectFileMetrics([file], ['failures'], []).metrics.map((m) => [m.name, m.direction])).toEqual([
      ['failures', L],
    ])
  })

  it('a pass rate of 1/2 has a Wilson interval inside [0, 1], not 0.5 ± 0.6930', () => {
    const rate = { ...file.metrics[0]!, value: 0.5, count: 2 }
    const interval = fileMetricInterval(rate, 0.95)!
    // (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), z = 1.96, written out.
    const z = 1.959963984540054
    const bound = (sign: number) =>
      (0.5 + (z * z) / 4 + sign * z * Math.sqrt(0.25 / 2 + (z * z) / 16)) / (1 + (z * z) / 2)
    expect(interval.lower).toBeCloseTo(bound(-1), 12)
    expect(interval.upper).toBeCloseTo(bound(+1), 12)
    expect([formatValue(interval.lower), formatValue(interval.upper)]).toEqual(['0.0945', '0.9055'])
    // 0 of 5 and 5 of 5 are not certain: the interval reaches in from the bound, and stops at it.
    expect(fileMetricInterval({ ...rate, value: 0, count: 5 }, 0.95)!.lower).toBeCloseTo(0, 12)
    expect(fileMetricInterval({ ...rate, value: 1, count: 5 }, 0.95)!.lower).toBeGreaterThan(0.5)
    expect(fileMetricInterval({ ...rate, value: 1, count: 5 }, 0.95)!.upper).toBe(1)
  })

  it('a negative number prints with a real minus sign, and one that rounds to zero with none', () => {
    expect(formatValue(-0.193)).toBe('\u22120.1930')
    expect(formatValue(-0.00001)).toBe('0.0000')
    expect(formatValue(1.193)).toBe('1.1930')
  })
})

describe('a --limit run compares with a baseline of the same subset', () => {
  const subset: BenchmarkSubset = {
    limit: 50,
    tasks: { arc_easy: { effective: 2376, original: 2376 }, gsm8k: { effective: 50, original: 1319 } },
  }

  it('is the same subset only with the same limit and counts', () => {
    expect(sameSubset(undefined, undefined)).toBe(true)
    expect(sameSubset(subset, structuredClone(subset))).toBe(true)
    expect(sameSubset(subset, undefined)).toBe(false)
    expect(sameSubset(undefined, subset)).toBe(false)
    expect(sameSubset(subset, { ...subset, limit: 100 })).toBe(false)
    expect(sameSubset(subset, { limit: 50, tasks: { gsm8k: { effective: 50, original: 1319 } } })).toBe(false)
    expect(
      sameSubset(subset, { ...subset, tasks: { ...subset.tasks, gsm8k: { effective: 49, original: 1319 } } }),
    ).toBe(false)
    expect(describeSubset(subset)).toBe('a --limit run (limit 50): gsm8k on 50 of 1,319 examples')
  })

  it("is read from lm-eval's config.limit and n-samples, and merged over files", () => {
    const text = JSON.stringify({
      results: { gsm8k: { 'exact_match,strict-match': 0.3 }, arc_easy: { 'acc,none': 0.75 } },
      'n-samples': {
        arc_easy: { original: 2376, effective: 2376 },
        gsm8k: { original: 1319, effective: 50 },
      },
      config: { model: 'hf', limit: 50 },
    })
    const read = readMetricsFile(text, 'lm1.json').subset!
    expect(sameSubset(read, subset)).toBe(true)
    expect(mergeSubsets([])).toBeUndefined()
    const other = { limit: 10, tasks: { mmlu: { effective: 10, original: 14042 } } }
    expect(mergeSubsets([read, other])).toEqual({ tasks: { ...subset.tasks, ...other.tasks } })
  })

  it('is stored with the baseline entry and read back', () => {
    const text = serializeBaseline(
      withEntry({ schema: 1, models: {} }, 'default', { metrics: { 'gsm8k/exact_match': 0.3 }, subset }),
    )
    const entry = parseBaseline(text, 'b.json').document.models.default!
    expect(entry.subset).toEqual(subset)
    expect(() =>
      parseBaseline(
        '{"schema": 1, "models": {"a": {"metrics": {}, "subset": {"tasks": {"gsm8k": {"effective": -1, "original": 9}}}}}}',
        'b.json',
      ),
    ).toThrowError(
      /^b\.json at \$\.models\.a\.subset\.tasks\.gsm8k\.effective: must be a whole number ≥ 0, got -1$/,
    )
  })
})

describe('camelCase names', () => {
  it('are split into words in one pass', () => {
    expect(nameWords('meanAbsoluteError')).toEqual(['mean', 'absolute', 'error'])
    expect(nameWords('valLoss')).toEqual(['val', 'loss'])
    expect(nameWords('RMSEScore')).toEqual(['rmse', 'score'])
    expect(nameWords('F1Score')).toEqual(['f1', 'score'])
    expect(nameWords('val_MAE')).toEqual(['val', 'mae'])
  })

  it('give their direction', () => {
    for (const name of ['LogLoss', 'valLoss', 'meanAbsoluteError', 'trainRMSE', 'eval/valLoss'])
      expect([name, nameDirection(name)]).toEqual([name, L])
    for (const name of ['F1Score', 'meanAccuracy', 'negMeanSquaredError'])
      expect([name, nameDirection(name)]).toEqual([name, H])
    expect(nameDirection('myMetric')).toBeUndefined()
  })

  it('a long name is split in linear time', () => {
    // `a`, then `Ba` 199,999 times, then `B`.
    const name = 'aB'.repeat(200_000)
    expect(nameWords(name)).toHaveLength(200_001)
  })
})

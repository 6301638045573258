import { describe, expect, it } from 'vitest'
import { parseSettings, type InputReader } from '../src/core/settings.js'

const inputs =
  (values: Record<string, string>): InputReader =>
  (name) =>
    values[name] ?? ''

describe('the evaluation inputs', () => {
  it('metrics-files make predictions optional', () => {
    const settings = parseSettings(
      inputs({
        'metrics-files': 'results/*.json\neval/metrics.yaml',
        'metrics-select': 'hellaswag/*, test.f1',
      }),
    )
    expect(settings).toMatchObject({
      predictions: [],
      metricsFiles: ['results/*.json', 'eval/metrics.yaml'],
      metricsSelect: ['hellaswag/*', 'test.f1'],
      task: 'classification',
    })
    expect(settings).not.toHaveProperty('metricsFormat')
    expect(() => parseSettings(inputs({}))).toThrowError(/^input "predictions" is required/)
  })

  it('every list input splits alike: a comma inside braces belongs to the glob, not to the list', () => {
    const settings = parseSettings(
      inputs({
        predictions: 'out/{a,b}.csv, extra.csv',
        'metrics-files': 'results/{a,b}.json, eval/metrics.yaml',
        'metrics-select': '{hellaswag,arc}/acc*, test.f1',
        'baseline-predictions': 'base/{a,b}.csv',
        'id-column': 'id',
      }),
    )
    expect(settings.predictions).toEqual(['out/{a,b}.csv', 'extra.csv'])
    expect(settings.metricsFiles).toEqual(['results/{a,b}.json', 'eval/metrics.yaml'])
    expect(settings.metricsSelect).toEqual(['{hellaswag,arc}/acc*', 'test.f1'])
    expect(settings.statistics.baselinePredictions).toEqual(['base/{a,b}.csv'])
    const merge = parseSettings(inputs({ mode: 'merge', 'stats-files': 'shards/{1,2}.json, shards/3.json' }))
    expect(merge.statsFiles).toEqual(['shards/{1,2}.json', 'shards/3.json'])
  })

  it('every boolean input reads the same spellings and refuses others alike', () => {
    const settings = parseSettings(
      inputs({
        predictions: 'p.csv',
        chart: 'False',
        'update-baseline': 'TRUE',
        'fail-on-regression': 'false',
      }),
    )
    expect([settings.models.chart, settings.updateBaseline, settings.failOnRegression]).toEqual([
      false,
      true,
      false,
    ])
    for (const input of ['chart', 'update-baseline', 'commit-baseline', 'fail-on-regression'])
      expect(() => parseSettings(inputs({ predictions: 'p.csv', [input]: 'yes' }))).toThrowError(
        `input "${input}" must be true or false, got "yes"`,
      )
  })

  it('metrics-format names a format, auto or an alias', () => {
    expect(
      parseSettings(inputs({ 'metrics-files': 'a.json', 'metrics-format': 'promptfoo' })).metricsFormat,
    ).toBe('promptfoo')
    expect(parseSettings(inputs({ 'metrics-files': 'a.json', 'metrics-format': 'dvc' })).metricsFormat).toBe(
      'generic',
    )
    expect(parseSettings(inputs({ 'metrics-files': 'a.json', 'metrics-format': 'auto' }))).not.toHaveProperty(
      'metricsFormat',
    )
  })

  it('direction rules come out of thresholds; the other rules stay, on their lines', () => {
    const settings = parseSettings(
      inputs({
        'metrics-files': 'a.json',
        thresholds: '*: max-drop 0.01\nloss: lower-is-better, max 0.5\nperplexity: lower-is-better',
      }),
    )
    expect(settings.directions).toEqual([
      { pattern: 'loss', direction: 'lower-is-better' },
      { pattern: 'perplexity', direction: 'lower-is-better' },
    ])
    expect(settings.thresholds.map((t) => t.source)).toEqual(['*: max-drop 0.01', 'loss: max 0.5'])
    expect(() =>
      parseSettings(
        inputs({
          'metrics-files': 'a.json',
          thresholds: 'x: max-drop 0\nloss: higher-is-better, lower-is-better',
        }),
      ),
    ).toThrowError(
      'thresholds line 2 "loss: higher-is-better, lower-is-better": give one direction, not higher-is-better and lower-is-better',
    )
    // The line is quoted as written, its direction rule included.
    expect(() =>
      parseSettings(
        inputs({ 'metrics-files': 'a.json', thresholds: 'a: max-drop 0\n\nloss: lower-is-better, drop' }),
      ),
    ).toThrowError(/^thresholds line 3 "loss: lower-is-better, drop": invalid rule "drop"/)
  })

  it('task picks the metric families the metrics input may name', () => {
    expect(
      parseSettings(inputs({ predictions: 'p.csv', task: 'regression', metrics: 'mae, r2' })).metrics,
    ).toEqual(['mae', 'r2'])
    expect(() =>
      parseSettings(inputs({ predictions: 'p.csv', task: 'regression', metrics: 'f1' })),
    ).toThrowError('input "metrics": metric "f1" needs task: classification (task is regression)')
    expect(() => parseSettings(inputs({ predictions: 'p.csv', metrics: 'mae' }))).toThrowError(
      'input "metrics": metric "mae" needs task: regression (task is classification)',
    )
    expect(() => parseSettings(inputs({ predictions: 'p.csv', metrics: 'roc_auc' }))).toThrowError(
      /^input "metrics": metric "roc_auc" needs scores: set "score-column"/,
    )
    expect(() =>
      parseSettings(inputs({ predictions: 'p.csv', task: 'text', metrics: 'rouge' })),
    ).toThrowError('input "metrics": unknown metric "rouge"; known metrics: exact_match, token_f1, contains')
    expect(() => parseSettings(inputs({ predictions: 'p.csv', task: 'Regression' }))).toThrowError(
      'input "task" must be one of classification, regression, text, got "Regression"',
    )
  })

  it('score columns and references belong to their tasks', () => {
    expect(parseSettings(inputs({ predictions: 'p.csv', 'score-column': 'p1' })).scoreColumn).toBe('p1')
    expect(
      parseSettings(inputs({ predictions: 'p.csv', 'score-columns': 'cat=p_cat, dog=p_dog' })).scoreColumns,
    ).toEqual({
      kind: 'columns',
      columns: [
        ['cat', 'p_cat'],
        ['dog', 'p_dog'],
      ],
    })
    expect(parseSettings(inputs({ predictions: 'p.csv', 'score-columns': 'probs' })).scoreColumns).toEqual({
      kind: 'array',
      field: 'probs',
    })
    expect(() =>
      parseSettings(inputs({ predictions: 'p.csv', 'score-column': 'p', 'score-columns': 'a,b' })),
    ).toThrowError(/^inputs "score-column" and "score-columns" exclude each other/)
    expect(() =>
      parseSettings(inputs({ predictions: 'p.csv', task: 'regression', 'score-column': 'p' })),
    ).toThrowError('input "score-column" is for classification tasks, but task is regression')
    expect(
      parseSettings(inputs({ predictions: 'p.csv', task: 'text', 'references-column': 'answers' })),
    ).toMatchObject({
      referencesColumn: 'answers',
    })
  })
})

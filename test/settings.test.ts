import { describe, expect, it } from 'vitest'
import { metricsOf } from '../src/core/catalogue.js'
import { InputError } from '../src/core/errors.js'
import { parseCommentSettings, parseSettings, splitList, type InputReader } from '../src/core/settings.js'

/** An input reader over a plain object; unset inputs read as '' as in the runner. */
const inputs =
  (values: Record<string, string>): InputReader =>
  (name) =>
    values[name] ?? ''

describe('parseSettings', () => {
  it('fills in the defaults', () => {
    expect(parseSettings(inputs({ predictions: 'preds.csv' }))).toEqual({
      predictions: ['preds.csv'],
      labelColumn: 'label',
      predictionColumn: 'prediction',
      maxLabels: 1000,
      positiveLabel: undefined,
      metrics: undefined,
      baselinePath: '.github/eval-baseline.json',
      thresholds: [
        { pattern: '*', rules: { maxDrop: { kind: 'absolute', amount: 0 } }, source: '*: max-drop 0' },
      ],
      failOnRegression: true,
      name: 'default',
      updateBaseline: false,
      baselineRef: undefined,
      onDatasetChange: 'warn',
      commitBaseline: false,
      statistics: { significance: 0.05, confidence: 0.95, samples: 2000, seed: '0', baselinePredictions: [] },
      models: {
        specs: [{ name: 'candidate', patterns: ['preds.csv'] }],
        candidate: 'candidate',
        chart: true,
        leaderboard: false,
      },
      mode: 'gate',
      statsFiles: [],
      task: 'classification',
      metricsFiles: [],
      metricsSelect: [],
      directions: [],
    })
  })

  it('reads every input, trimming and splitting lists on commas and newlines', () => {
    const settings = parseSettings(
      inputs({
        predictions: ' eval/a.csv, eval/*.jsonl\n\n  more/b.json ,\n',
        'label-column': ' gold ',
        'prediction-column': 'pred',
        'max-labels': ' 50 ',
        'positive-label': ' spam ',
        metrics: 'f1_macro\naccuracy, f1_macro,',
        baseline: 'ci/baseline.json',
        thresholds: '# comment\nf1_macro: min 0.5',
        'fail-on-regression': 'False',
        name: '  classifier v2 ',
        'update-baseline': 'TRUE',
        'id-column': 'uid',
        significance: ' 0.01 ',
        confidence: '0.9',
        'bootstrap-samples': '500',
        seed: 'release-7',
        'baseline-predictions': 'base/a.csv\nbase/*.jsonl',
      }),
    )
    expect(settings).toEqual({
      predictions: ['eval/a.csv', 'eval/*.jsonl', 'more/b.json'],
      labelColumn: 'gold',
      predictionColumn: 'pred',
      maxLabels: 50,
      positiveLabel: 'spam',
      metrics: ['f1_macro', 'accuracy'],
      baselinePath: 'ci/baseline.json',
      thresholds: [{ pattern: 'f1_macro', rules: { min: 0.5 }, source: 'f1_macro: min 0.5' }],
      failOnRegression: false,
      name: 'classifier v2',
      updateBaseline: true,
      baselineRef: undefined,
      onDatasetChange: 'warn',
      commitBaseline: false,
      idColumn: 'uid',
      statistics: {
        significance: 0.01,
        confidence: 0.9,
        samples: 500,
        seed: 'release-7',
        baselinePredictions: ['base/a.csv', 'base/*.jsonl'],
      },
      models: {
        specs: [{ name: 'candidate', patterns: ['eval/a.csv', 'eval/*.jsonl', 'more/b.json'] }],
        candidate: 'candidate',
        chart: true,
        leaderboard: false,
      },
      mode: 'gate',
      statsFiles: [],
      task: 'classification',
      metricsFiles: [],
      metricsSelect: [],
      directions: [],
    })
  })

  it('turns significance off, leaving the intervals on', () => {
    const { statistics } = parseSettings(inputs({ predictions: 'p.csv', significance: 'off' }))
    expect(statistics).toEqual({ confidence: 0.95, samples: 2000, seed: '0', baselinePredictions: [] })
    expect(statistics.significance).toBeUndefined()
  })

  it('refuses statistics settings out of range, one clear line each', () => {
    const cases: [Record<string, string>, string][] = [
      [
        { significance: '0' },
        'input "significance" must be a number between 0 and 1 (exclusive) or "off", got "0"',
      ],
      [
        { significance: '1.5' },
        'input "significance" must be a number between 0 and 1 (exclusive) or "off", got "1.5"',
      ],
      [
        { significance: 'five percent' },
        'input "significance" must be a number between 0 and 1 (exclusive) or "off", got "five percent"',
      ],
      [{ confidence: '1' }, 'input "confidence" must be a number between 0 and 1 (exclusive), got "1"'],
      [{ confidence: '-0.5' }, 'input "confidence" must be a number between 0 and 1 (exclusive), got "-0.5"'],
      [{ confidence: '95%' }, 'input "confidence" must be a number between 0 and 1 (exclusive), got "95%"'],
      [{ 'max-labels': '1' }, 'input "max-labels" must be a whole number from 2 to 20000, got "1"'],
      [{ 'max-labels': '20001' }, 'input "max-labels" must be a whole number from 2 to 20000, got "20001"'],
      [{ 'max-labels': '1e3' }, 'input "max-labels" must be a whole number from 2 to 20000, got "1e3"'],
      [
        { 'bootstrap-samples': '99' },
        'input "bootstrap-samples" must be a whole number of at least 100, got "99"',
      ],
      [
        { 'bootstrap-samples': '1e3' },
        'input "bootstrap-samples" must be a whole number of at least 100, got "1e3"',
      ],
      [
        { 'baseline-predictions': 'base.csv' },
        'input "baseline-predictions" needs "id-column": the two models\' predictions are paired by example id',
      ],
      [
        { 'baseline-predictions': 'base.csv', 'id-column': 'id', task: 'regression' },
        'input "baseline-predictions" is for classification tasks (paired tests of labels)',
      ],
    ]
    for (const [extra, message] of cases)
      expect(() => parseSettings(inputs({ predictions: 'p.csv', ...extra }))).toThrowError(
        new InputError(message),
      )
  })

  it('accepts the YAML core-schema spellings of true and false', () => {
    for (const [text, value] of [
      ['true', true],
      ['True', true],
      ['TRUE', true],
      ['false', false],
      ['False', false],
      ['FALSE', false],
      [' true\n', true],
    ] as const) {
      expect(
        parseSettings(inputs({ predictions: 'p.csv', 'fail-on-regression': text })).failOnRegression,
      ).toBe(value)
      expect(parseSettings(inputs({ predictions: 'p.csv', 'update-baseline': text })).updateBaseline).toBe(
        value,
      )
    }
  })

  it('requires predictions', () => {
    const message = 'input "predictions" is required: paths or globs of prediction files'
    expect(() => parseSettings(inputs({}))).toThrowError(new InputError(message))
    expect(() => parseSettings(inputs({ predictions: ' ,\n , ' }))).toThrowError(message)
  })

  it('refuses an unknown metric, listing the known ones', () => {
    expect(() => parseSettings(inputs({ predictions: 'p.csv', metrics: 'accuracy, f1-macro' }))).toThrowError(
      /^input "metrics": unknown metric "f1-macro"; known metrics: accuracy, balanced_accuracy, precision, recall, f1, precision_micro, precision_macro, precision_weighted, recall_micro, recall_macro, recall_weighted, f1_micro, f1_macro, f1_weighted$/,
    )
    expect(metricsOf('classification')).toHaveLength(14)
  })

  it('refuses a boolean that is not true or false', () => {
    expect(() => parseSettings(inputs({ predictions: 'p.csv', 'fail-on-regression': 'yes' }))).toThrowError(
      /^input "fail-on-regression" must be true or false, got "yes"$/,
    )
    expect(() => parseSettings(inputs({ predictions: 'p.csv', 'update-baseline': '1' }))).toThrowError(
      /^input "update-baseline" must be true or false, got "1"$/,
    )
  })

  it('refuses a name on several lines and passes on threshold errors', () => {
    expect(() => parseSettings(inputs({ predictions: 'p.csv', name: 'a\nb' }))).toThrowError(
      /^input "name" must be a single line$/,
    )
    expect(() =>
      parseSettings(inputs({ predictions: 'p.csv', thresholds: '# rules\nf1 min 0.5' })),
    ).toThrowError(/^thresholds line 2 "f1 min 0.5": expected "METRIC: RULE"$/)
  })
})

describe('splitList', () => {
  it('splits on commas and newlines, trims, and drops empty entries', () => {
    expect(splitList('a, b\nc\r\n,, d ,\n')).toEqual(['a', 'b', 'c', 'd'])
    expect(splitList('')).toEqual([])
    expect(splitList(' \n , ')).toEqual([])
    expect(splitList('out/{train,test}.csv, extra.csv\nb/{x,y}/*.jsonl')).toEqual([
      'out/{train,test}.csv',
      'extra.csv',
      'b/{x,y}/*.jsonl',
    ])
  })
})

describe('parseCommentSettings', () => {
  it('defaults to always commenting, with the gate name as comment id', () => {
    expect(parseCommentSettings(inputs({}), 'gate')).toEqual({
      token: '',
      mode: 'always',
      commentId: 'gate',
      prNumber: undefined,
      artifactName: undefined,
      runId: undefined,
      jobSummary: true,
    })
  })

  it('summary: false turns the job summary off; anything but a boolean is refused', () => {
    expect(parseCommentSettings(inputs({ summary: ' false ' }), 'gate').jobSummary).toBe(false)
    expect(parseCommentSettings(inputs({ summary: 'true' }), 'gate').jobSummary).toBe(true)
    expect(() => parseCommentSettings(inputs({ summary: 'no' }), 'gate')).toThrowError(
      new InputError('input "summary" must be true or false, got "no"'),
    )
  })

  it('reads and trims every input', () => {
    expect(
      parseCommentSettings(
        inputs({
          comment: ' on-change ',
          'github-token': ' tok ',
          'comment-id': 'mine',
          'pr-number': '12',
          'artifact-name': ' predictions ',
          'run-id': '345',
          summary: ' false ',
        }),
        'gate',
      ),
    ).toEqual({
      token: 'tok',
      mode: 'on-change',
      commentId: 'mine',
      prNumber: 12,
      artifactName: 'predictions',
      runId: 345,
      jobSummary: false,
    })
  })

  it('refuses an unknown mode and numbers that are not positive whole numbers', () => {
    expect(() => parseCommentSettings(inputs({ comment: 'sometimes' }), 'gate')).toThrowError(
      new InputError(
        'input "comment" must be one of always, on-regression, on-change, never, got "sometimes"',
      ),
    )
    const bad: [string, string][] = [
      ['pr-number', '0'],
      ['pr-number', '1.5'],
      ['pr-number', '007'],
      ['run-id', '-3'],
      ['run-id', 'abc'],
    ]
    for (const [input, value] of bad) {
      expect(() => parseCommentSettings(inputs({ [input]: value }), 'gate')).toThrowError(
        new InputError(`input "${input}" must be a positive whole number, got ${JSON.stringify(value)}`),
      )
    }
  })
})

import { describe, expect, it } from 'vitest'
import { InputError } from '../src/core/errors.js'
import {
  checkRankBy,
  parseModelInputs,
  parsePredictionLines,
  resolveCandidate,
  type ModelsSettings,
} from '../src/core/models.js'

type Evaluation = Parameters<typeof parseModelInputs>[1]
const CLASSIFICATION: Evaluation = { task: 'classification', metricsFiles: [] }

function parse(
  inputs: Record<string, string>,
  evaluation: Evaluation = CLASSIFICATION,
  metrics?: string[],
): { predictions: string[]; models: ModelsSettings } {
  return parseModelInputs((name) => inputs[name] ?? '', evaluation, metrics)
}

function error(run: () => unknown): string {
  try {
    run()
  } catch (caught) {
    expect(caught).toBeInstanceOf(InputError)
    const message = (caught as Error).message
    expect(message).not.toContain('\n')
    return message
  }
  throw new Error('expected an InputError')
}

describe('parsePredictionLines', () => {
  it('keeps unnamed lines unnamed, as the single-model input always was', () => {
    expect(parsePredictionLines('out/a.csv\nout/{b,c}.csv, out/d.csv')).toEqual({
      unnamed: ['out/a.csv', 'out/{b,c}.csv', 'out/d.csv'],
      named: [],
    })
  })

  it('reads NAME=PATTERN, joins a repeated name, and keeps names in order of first mention', () => {
    const lines = parsePredictionLines(
      [
        'candidate=out/ours.csv',
        'vendor-a = out/a.jsonl',
        'vendor_b.v2=out/b/*.csv',
        'vendor-a=out/a2.jsonl',
      ].join('\n'),
    )
    expect(lines).toEqual({
      unnamed: [],
      named: [
        { name: 'candidate', patterns: ['out/ours.csv'] },
        { name: 'vendor-a', patterns: ['out/a.jsonl', 'out/a2.jsonl'] },
        { name: 'vendor_b.v2', patterns: ['out/b/*.csv'] },
      ],
    })
  })

  it('gives further comma-separated patterns of a line to that line’s model', () => {
    expect(
      parsePredictionLines('vendor=out/a.csv, out/b.csv\nout/ours.csv, x=out/x.csv, out/x2.csv'),
    ).toEqual({
      unnamed: ['out/ours.csv'],
      named: [
        { name: 'vendor', patterns: ['out/a.csv', 'out/b.csv'] },
        { name: 'x', patterns: ['out/x.csv', 'out/x2.csv'] },
      ],
    })
  })

  it('leaves an = inside a path alone: after a slash, after ./, or after a character a name cannot hold', () => {
    expect(
      parsePredictionLines('out/run=3.csv\n./run=3.csv\n/abs/k=v.csv\n{a,b}=c.csv\nmy file=1.csv').unnamed,
    ).toEqual(['out/run=3.csv', './run=3.csv', '/abs/k=v.csv', '{a,b}=c.csv', 'my file=1.csv'])
    // Only the first = separates: the rest is the path.
    expect(parsePredictionLines('m=out/k=v.csv').named).toEqual([{ name: 'm', patterns: ['out/k=v.csv'] }])
  })

  it('refuses a name without a path', () => {
    expect(error(() => parsePredictionLines('vendor='))).toBe(
      'input "predictions": model "vendor" has no path after "="',
    )
  })
})

describe('parseModelInputs', () => {
  it('is the single model of old: no leaderboard, the candidate reads every pattern, chart on', () => {
    const { predictions, models } = parse({ predictions: 'out/a.csv\nout/b.csv' })
    expect(predictions).toEqual(['out/a.csv', 'out/b.csv'])
    expect(models).toEqual({
      specs: [{ name: 'candidate', patterns: ['out/a.csv', 'out/b.csv'] }],
      candidate: 'candidate',
      chart: true,
      leaderboard: false,
    })
  })

  it('gives unnamed lines to the candidate and ranks the others after it', () => {
    const { predictions, models } = parse({
      predictions: 'out/ours.csv\nvendor-a=out/a.csv\nvendor-b=out/b.csv',
    })
    expect(predictions).toEqual(['out/ours.csv'])
    expect(models.candidate).toBe('candidate')
    expect(models.specs.map((m) => m.name)).toEqual(['candidate', 'vendor-a', 'vendor-b'])
    expect(models.leaderboard).toBe(true)
  })

  it('names the unnamed lines after the candidate input, joining a line that names it too', () => {
    const named = parse({ predictions: 'out/ours.csv\nvendor=out/v.csv', candidate: 'ours' })
    expect(named.models.specs).toEqual([
      { name: 'ours', patterns: ['out/ours.csv'] },
      { name: 'vendor', patterns: ['out/v.csv'] },
    ])
    const joined = parse({ predictions: 'ours=out/1.csv\nout/2.csv\nvendor=out/v.csv', candidate: 'ours' })
    expect(joined.predictions).toEqual(['out/2.csv', 'out/1.csv'])
    expect(joined.models.specs).toHaveLength(2)
  })

  it('defaults the candidate to the model named candidate, else the first named model', () => {
    expect(parse({ predictions: 'a=1.csv\ncandidate=2.csv' }).models.candidate).toBe('candidate')
    const first = parse({ predictions: 'a=1.csv\nb=2.csv' })
    expect(first.models.candidate).toBe('a')
    expect(first.predictions).toEqual(['1.csv'])
    const given = parse({ predictions: 'a=1.csv\nb=2.csv, 3.csv', candidate: 'b' })
    expect(given.predictions).toEqual(['2.csv', '3.csv'])
  })

  it('reads rank-by and chart', () => {
    const { models } = parse({ predictions: 'a=1.csv\nb=2.csv', 'rank-by': 'f1_macro', chart: 'false' })
    expect(models.rankBy).toBe('f1_macro')
    expect(models.chart).toBe(false)
    expect(error(() => parse({ predictions: 'a.csv', chart: 'yes' }))).toBe(
      'input "chart" must be true or false, got "yes"',
    )
  })

  it('refuses an unknown candidate, listing the models', () => {
    expect(error(() => parse({ predictions: 'a=1.csv\nb=2.csv', candidate: 'c' }))).toBe(
      'input "candidate": no model is named "c"; the models are a, b',
    )
  })

  it('refuses names that differ only in case, and a pattern given to two models', () => {
    expect(error(() => parse({ predictions: 'Vendor=1.csv\nvendor=2.csv' }))).toBe(
      'input "predictions": model names "Vendor" and "vendor" differ only in case; use one spelling',
    )
    expect(error(() => parse({ predictions: 'a=out/*.csv\nb=out/*.csv' }))).toBe(
      'input "predictions": "out/*.csv" is given to both "a" and "b"; each file belongs to one model',
    )
  })

  it('checks rank-by against the metrics input when that is all the run computes', () => {
    expect(
      error(() => parse({ predictions: 'a=1.csv\nb=2.csv', 'rank-by': 'f1' }, CLASSIFICATION, ['accuracy'])),
    ).toBe('input "rank-by": "f1" is not among the metrics of input "metrics" ("accuracy")')
    // With metrics files the run's metrics are known only once they are read: checked by the leaderboard.
    const files: Evaluation = { ...CLASSIFICATION, metricsFiles: ['m.json'] }
    expect(parse({ predictions: 'a.csv', 'rank-by': 'eval_loss' }, files, ['accuracy']).models.rankBy).toBe(
      'eval_loss',
    )
  })

  it('takes a model column with unnamed files only, for classification labels', () => {
    const { predictions, models } = parse({ predictions: 'out/all.csv', 'model-column': 'model' })
    expect(predictions).toEqual(['out/all.csv'])
    expect(models).toEqual({
      specs: [{ name: 'candidate', patterns: ['out/all.csv'] }],
      modelColumn: 'model',
      chart: true,
      leaderboard: true,
    })
    expect(parse({ predictions: 'x.csv', 'model-column': 'm', candidate: 'ours' }).models.candidate).toBe(
      'ours',
    )
  })

  it('refuses a model column with named lines, other tasks or scores', () => {
    expect(error(() => parse({ predictions: 'a=1.csv\nb=2.csv', 'model-column': 'model' }))).toMatch(
      /^inputs "model-column" and named "predictions" lines \(a, b\) exclude each other/,
    )
    expect(
      error(() =>
        parse({ predictions: '1.csv', 'model-column': 'model' }, { task: 'regression', metricsFiles: [] }),
      ),
    ).toMatch(/^input "model-column" is for classification tasks \(task is regression\)/)
    expect(
      error(() =>
        parse({ predictions: '1.csv', 'model-column': 'model' }, { ...CLASSIFICATION, scoreColumn: 'p' }),
      ),
    ).toMatch(/^input "model-column" computes label metrics only/)
  })

  it('refuses multi-line candidate and model-column values', () => {
    expect(error(() => parse({ predictions: 'a.csv', candidate: 'a\nb' }))).toBe(
      'input "candidate" must be a single line',
    )
  })
})

describe('resolveCandidate and checkRankBy', () => {
  it('picks the given name, else candidate, else the first found', () => {
    expect(resolveCandidate(['x', 'candidate'], undefined)).toBe('candidate')
    expect(resolveCandidate(['x', 'y'], undefined)).toBe('x')
    expect(resolveCandidate(['x', 'y'], 'y')).toBe('y')
    expect(error(() => resolveCandidate(['x', 'y'], 'z'))).toBe(
      'input "candidate": no row has the model "z"; the models found are "x", "y"',
    )
  })

  it('names the metrics when rank-by is not one of them', () => {
    expect(() => checkRankBy('accuracy', ['accuracy'], 'this run')).not.toThrow()
    expect(error(() => checkRankBy('mae', ['accuracy', 'f1'], 'this run'))).toBe(
      'input "rank-by": "mae" is not among the metrics of this run ("accuracy", "f1")',
    )
  })
})

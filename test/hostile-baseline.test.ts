import { describe, expect, it } from 'vitest'
import { parseBaseline } from '../src/core/baseline.js'
import { InputError } from '../src/core/errors.js'
import { parseShardStats } from '../src/core/shard/index.js'

const FILE = '.github/eval-baseline.json'

/** The one-line message of the InputError `run` throws; fails the test for any other outcome. */
function errorOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}

/** `{"a":{"a":…0.5…}}` nested `depth` levels below `prefix`. */
function deep(depth: number): string {
  return `${'{"a":'.repeat(depth)}0.5${'}'.repeat(depth)}`
}

describe('hostile baseline files', () => {
  it.each([5_000, 20_000])(
    'refuses a flat baseline nested %i deep, naming the file and JSON path',
    (depth) => {
      const message = errorOf(() => parseBaseline(deep(depth), FILE))
      expect(message).toMatch(/^\.github\/eval-baseline\.json at \$(\.a)+…?: nests deeper than 500 levels$/)
      expect(message.length).toBeLessThan(300)
    },
  )

  it('refuses a deep value under models.default.metrics the same way', () => {
    const text = `{"schema":1,"models":{"default":{"metrics":{"acc":${deep(10_000)}}}}}`
    expect(errorOf(() => parseBaseline(text, FILE))).toMatch(
      /^\.github\/eval-baseline\.json at \$\.models\.default\.metrics\.acc(\.a)+…?: nests deeper than 500 levels$/,
    )
  })

  it.each([
    ['{"acc":0.9,"acc":0.1}', '$.acc'],
    ['{"schema":1,"models":{"m":{"metrics":{"acc":0.9}},"m":{"metrics":{"acc":0.1}}}}', '$.models.m'],
    ['{"schema":1,"models":{"m":{"metrics":{"acc":0.9}}},"models":{}}', '$.models'],
    ['{"schema":1,"models":{"m":{"metrics":{"acc":0.9,"acc":0.1}}}}', '$.models.m.metrics.acc'],
  ])('refuses a repeated key instead of letting the last one win: %s', (text, path) => {
    expect(errorOf(() => parseBaseline(text, FILE))).toBe(
      `${FILE} at ${path}: the key is given twice in one object`,
    )
  })

  it.each([
    [`{"acc":"${'x'.repeat(700_000)}"}`, 'got a string'],
    [`{"acc":${deep(400)}}`, 'got an object'],
    ['{"acc":[1,2,3]}', 'got an array'],
    ['{"acc":1e999}', 'got Infinity'],
    ['{"acc":null}', 'got null'],
  ])('describes a wrong metric value by its kind, never its text (%#)', (text, got) => {
    expect(errorOf(() => parseBaseline(text, FILE))).toBe(
      `${FILE} at $.acc: metric value must be a finite number, ${got}`,
    )
  })

  it('does not echo a wrong schema, a long key or a repeated label', () => {
    expect(errorOf(() => parseBaseline(`{"schema":"${'s'.repeat(5000)}"}`, FILE))).toBe(
      `${FILE} at $.schema: unknown baseline schema a string; this version of eval-gate reads schema 1`,
    )
    const long = errorOf(() => parseBaseline(`{"${'k\\n'.repeat(5000)}":1}`, FILE))
    expect(long.length).toBeLessThan(300)
    const labels = `{"schema":1,"models":{"m":{"metrics":{},"labels":["SECRETVAL","x","SECRETVAL"]}}}`
    const repeated = errorOf(() => parseBaseline(labels, FILE))
    expect(repeated).toBe(
      `${FILE} at $.models.m.labels[2]: this label is given twice (also at [0]); each label must appear once`,
    )
  })
})

describe('hostile statistics files', () => {
  it('refuses a repeated key', () => {
    expect(errorOf(() => parseShardStats('{"evalGateStats":1,"evalGateStats":2}', 'shard-1.json'))).toBe(
      'shard-1.json at $.evalGateStats: the key is given twice in one object',
    )
  })

  it('refuses a deep file with its path instead of overflowing the stack', () => {
    expect(errorOf(() => parseShardStats(deep(20_000), 'shard-1.json'))).toMatch(
      /^shard-1\.json at \$(\.a)+…?: nests deeper than 500 levels$/,
    )
  })

  it('describes a wrong version by its kind', () => {
    expect(errorOf(() => parseShardStats(`{"evalGateStats":"${'v'.repeat(5000)}"}`, 'shard-1.json'))).toMatch(
      /^shard-1\.json.*version a string is not supported/,
    )
  })
})

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { countFileBytes, takeParts } from '../src/adapters/parallel-count.js'
import { ConfusionCounter } from '../src/core/confusion.js'
import { InputError } from '../src/core/errors.js'
import { createParser, type PredictionFormat } from '../src/core/readers/index.js'

// The readers keep the record they are in whole: a record is bounded (16 MiB by default, 4 KiB here), so that a
// file without newlines is refused at the bound instead of being held whole.

const LIMIT = 4096
const folder = mkdtempSync(path.join(os.tmpdir(), 'eval-gate-bounds-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Reads `text` in 1,000-character chunks with the small bound; the records, or the error's message. */
function readInChunks(format: PredictionFormat, file: string, text: string): number | string {
  const parser = createParser(
    format,
    { file, fields: ['label', 'prediction'], maxRecordBytes: LIMIT },
    () => {},
  )
  try {
    for (let i = 0; i < text.length; i += 1000) parser.push(text.slice(i, i + 1000))
    return parser.end()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
}

const PAST = (file: string, line: number) =>
  `${file}:${line}: the record starting here runs past 4096 bytes (the most one record may hold); is the file cut, or not one record per line?`

describe('a record longer than the bound is refused at its line', () => {
  const long = 'x'.repeat(3 * LIMIT)

  it.each([
    ['csv', 'a.csv', `label,prediction\ncat,dog\n\ncat,${long}`, 4],
    ['csv', 'a.csv', `label,prediction\ncat,dog\ncat,"${long}\n${long}"\n`, 3],
    ['csv', 'a.csv', `label,${long}\ncat,dog\n`, 1],
    ['tsv', 'a.tsv', `label\tprediction\ncat\t${long}`, 2],
    ['jsonl', 'a.jsonl', `{"label":"cat","prediction":"dog"}\n{"label":"${long}"`, 2],
    ['json', 'a.json', `[\n{"label":"cat","prediction":"dog"},\n{"label":"${long}"}]`, 3],
  ] as const)('%s: %s', (format, file, text, line) => {
    expect(readInChunks(format, file, text)).toBe(PAST(file, line))
  })

  it.each([
    ['csv', `label,prediction\ncat,${'x'.repeat(LIMIT - 100)}\ncat,"${'y'.repeat(LIMIT - 100)}"\n`],
    ['jsonl', `{"label":"cat","prediction":"${'x'.repeat(LIMIT - 100)}"}\n`],
    ['json', `[{"label":"cat","prediction":"${'x'.repeat(LIMIT - 100)}"}]`],
  ] as const)('%s: records up to the bound are read', (format, text) => {
    expect(readInChunks(format, `a.${format}`, text)).toBeGreaterThan(0)
  })

  it('the byte counting path (in parts too) refuses it at the same line', async () => {
    const file = path.join(folder, 'long.csv')
    const rows = Array.from({ length: 2000 }, (_, i) => `${i % 3},${i % 2}`)
    writeFileSync(file, `label,prediction\n${rows.join('\n')}\n1,${long}`)
    for (const parts of [1, 4]) {
      const counting = countFileBytes(
        file,
        'long.csv',
        'csv',
        ['label', 'prediction'],
        new ConfusionCounter(),
        {
          splitBytes: 0,
          parts,
          chunkBytes: 1024,
          maxRecordBytes: LIMIT,
          runParts: (work) => Promise.resolve(takeParts(work, 1)),
        },
      )
      await expect(counting).rejects.toThrowError(PAST('long.csv', 2002))
    }
  })
})

describe('max-labels bounds the distinct labels', () => {
  const MESSAGE = (file: string, limit: number) =>
    `${file}: has more than ${limit} distinct labels (gold and predicted together), the most input "max-labels" allows; is the label or prediction column free text? Raise max-labels if the labels are right`

  it('a counter refuses the label past its bound, gold and predicted together', () => {
    const counter = new ConfusionCounter(3)
    counter.file = 'a.csv'
    counter.add('a', 'b')
    counter.add('c', 'a')
    expect(() => counter.add('c', 'd')).toThrowError(MESSAGE('a.csv', 3))
    const unbounded = new ConfusionCounter()
    for (let i = 0; i < 50; i++) unbounded.add(`l${i}`, 'x')
    expect(unbounded.toMatrix().labels).toHaveLength(51)
  })

  it('exactly max-labels labels are counted', () => {
    const counter = new ConfusionCounter(5)
    for (let i = 0; i < 5; i++) counter.add(`l${i}`, `l${4 - i}`)
    expect(counter.toMatrix()).toEqual({
      labels: ['l0', 'l1', 'l2', 'l3', 'l4'],
      counts: [0, 1, 2, 3, 4].map((g) => [0, 1, 2, 3, 4].map((p) => (p === 4 - g ? 1 : 0))),
      total: 5,
    })
  })

  it('a file of 20,000 distinct labels is refused at the bound, read whole or in parts', async () => {
    const file = path.join(folder, 'many.csv')
    const rows = Array.from({ length: 20_000 }, (_, i) => `l${i},l${(i * 7) % 20_000}`)
    writeFileSync(file, `label,prediction\n${rows.join('\n')}\n`)
    for (const parts of [1, 4]) {
      const counting = countFileBytes(
        file,
        'many.csv',
        'csv',
        ['label', 'prediction'],
        new ConfusionCounter(1000),
        {
          splitBytes: 0,
          parts,
          runParts: (work) => Promise.resolve(takeParts(work, 1)),
        },
      )
      await expect(counting).rejects.toThrowError(MESSAGE('many.csv', 1000))
    }
  })
})

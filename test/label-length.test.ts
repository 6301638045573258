import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { countPredictions } from '../src/adapters/files.js'
import { readFields } from '../src/adapters/records.js'
import { ConfusionCounter, MAX_LABEL_LENGTH } from '../src/core/confusion.js'

const folder = mkdtempSync(path.join(os.tmpdir(), 'eval-gate-label-length-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const LONG = 'L'.repeat(MAX_LABEL_LENGTH + 1)
const PROBLEM = `a label is ${MAX_LABEL_LENGTH + 1} characters long; labels are at most ${MAX_LABEL_LENGTH} (is the label or prediction column free text?)`

function file(name: string, text: string) {
  writeFileSync(path.join(folder, name), text)
  return { absolute: path.join(folder, name), shown: name }
}

describe('label length', () => {
  it('is 1,000 characters at most', () => {
    expect(MAX_LABEL_LENGTH).toBe(1000)
    const counter = new ConfusionCounter()
    counter.add('a'.repeat(MAX_LABEL_LENGTH), 'b')
    expect(counter.toMatrix().labels).toEqual(['a'.repeat(MAX_LABEL_LENGTH), 'b'])
    expect(() => counter.add('a', LONG)).toThrowError(PROBLEM)
  })

  it.each([
    ['p.csv', `label,prediction\na,b\nb,${LONG}\n`, 3],
    ['p.tsv', `label\tprediction\na\tb\n${LONG}\tb\n`, 3],
    ['p.jsonl', `{"label":"a","prediction":"b"}\n\n{"label":"${LONG}","prediction":"a"}\n`, 3],
    ['p.json', `[\n{"label":"a","prediction":"b"},\n{"label":"a","prediction":"${LONG}"}\n]`, 3],
  ])('refuses a longer one in %s, naming file and line', async (name, text, line) => {
    await expect(countPredictions([file(name, text)], 'label', 'prediction', 1000)).rejects.toThrowError(
      `${name}:${line}: ${PROBLEM}`,
    )
  })

  it('refuses a longer one read through the record readers (model column, pairing), naming file and line', async () => {
    const found = file('m.csv', `model,label,prediction\nx,a,b\nx,${LONG},b\n`)
    const counter = new ConfusionCounter()
    const reading = readFields([found], ['label', 'prediction'], ([gold, predicted]) =>
      counter.add(gold!, predicted!),
    )
    await expect(reading).rejects.toThrowError(`m.csv:3: ${PROBLEM}`)
  })
})

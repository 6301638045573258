// Deterministic benchmark data: the same seed gives the same bytes on every machine, so figures are comparable.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs'
import path from 'node:path'

export const CLASSES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']

/** A small, fast, seeded generator (mulberry32): 32-bit unsigned integers. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
}

/** Rows of `id, label, prediction, score`: 70 % correct, the rest a uniformly random class. */
function* rows(count) {
  const next = random(20240601)
  for (let i = 0; i < count; i++) {
    const gold = CLASSES[next() % CLASSES.length]
    const predicted = next() % 10 < 7 ? gold : CLASSES[next() % CLASSES.length]
    const score = (next() % 1_000_000) / 1_000_000
    yield [i, gold, predicted, score.toFixed(6)]
  }
}

const FORMATS = {
  csv: {
    header: 'id,label,prediction,score\n',
    row: ([id, gold, predicted, score]) => `${id},${gold},${predicted},${score}\n`,
  },
  jsonl: {
    header: '',
    row: ([id, gold, predicted, score]) =>
      `{"id":${id},"label":"${gold}","prediction":"${predicted}","score":${score}}\n`,
  },
}

/**
 * The data file of `rows` rows in `format` under `folder`, written once (to a temporary name, then renamed, so an
 * interrupted run leaves no half file) and reused afterwards. Returns its path and size.
 */
export function dataFile(folder, format, count) {
  mkdirSync(folder, { recursive: true })
  const file = path.join(folder, `rows-${count}.${format}`)
  if (!existsSync(file)) {
    const { header, row } = FORMATS[format]
    const temporary = `${file}.${process.pid}.tmp`
    const fd = openSync(temporary, 'w')
    let text = header
    for (const values of rows(count)) {
      text += row(values)
      if (text.length > 1 << 22) {
        writeSync(fd, text)
        text = ''
      }
    }
    writeSync(fd, text)
    closeSync(fd)
    renameSync(temporary, file)
  }
  return { file, bytes: statSync(file).size, rows: count }
}

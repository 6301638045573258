import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { countFileBytes, readFileRecords, takeParts } from '../src/adapters/parallel-count.js'
import { installProgressMeter, type ProgressMeter } from '../src/adapters/progress.js'
import { ConfusionCounter } from '../src/core/confusion.js'
import { showsProgress, TerminalProgress } from '../src/terminal-progress.js'

// The CLI's progress line: only for a person at a terminal, only once reading lasts a second, and fed with the bytes
// and rows the readers really consumed. The clock is a fake: no test here depends on how fast the machine is.

const folder = mkdtempSync(path.join(os.tmpdir(), 'eval-gate-progress-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
afterEach(() => installProgressMeter(undefined))

describe('showsProgress', () => {
  test.each([
    ['a terminal', true, {}, true],
    ['a terminal with CI=false', true, { CI: 'false' }, true],
    ['a terminal in CI', true, { CI: 'true' }, false],
    ['a terminal in CI=1', true, { CI: '1' }, false],
    ['a dumb terminal', true, { TERM: 'dumb' }, false],
    ['a pipe or a file', false, {}, false],
  ])('%s: %s', (_, tty, env, shown) => {
    expect(showsProgress(tty, env)).toBe(shown)
  })
})

describe('TerminalProgress', () => {
  function meter() {
    let now = 0
    const written: string[] = []
    const progress = new TerminalProgress(
      (text) => written.push(text),
      () => now,
    )
    return { progress, written, at: (ms: number) => (now = ms) }
  }

  test('stays silent for the first second, then redraws at most four times a second', () => {
    const { progress, written, at } = meter()
    progress.start('out/preds.csv', 293_000_000)
    at(999)
    progress.advance(100_000_000, 1_000_000)
    expect(written).toEqual([])
    at(1000)
    progress.advance(20_500_000, 200_000)
    expect(written).toEqual([
      '\reval-gate: reading out/preds.csv: 120.5 of 293.0 MB (41%), 1.2M rows/s\u001b[K',
    ])
    at(1249)
    progress.advance(1_000_000, 10_000)
    expect(written).toHaveLength(1)
    at(1250)
    progress.advance(0, 0)
    expect(written[1]).toBe(
      '\reval-gate: reading out/preds.csv: 121.5 of 293.0 MB (41%), 968.0k rows/s\u001b[K',
    )
    progress.finish()
    expect(written[2]).toBe('\r\u001b[K')
  })

  test('a file of unknown size shows bytes alone; a quick read leaves nothing to clear', () => {
    const { progress, written, at } = meter()
    progress.start('-', 0)
    at(2000)
    progress.advance(5_000_000, 300)
    expect(written).toEqual(['\reval-gate: reading -: 5.0 MB, 150 rows/s\u001b[K'])
    const quick = meter()
    quick.progress.start('small.csv', 10)
    quick.progress.advance(10, 1)
    quick.progress.finish()
    expect(quick.written).toEqual([])
  })

  test('control characters of a crafted file name never reach the terminal', () => {
    const { progress, written, at } = meter()
    progress.start('evil\u001b]0;owned\u0007\r.csv', 10)
    at(1500)
    progress.advance(5, 1)
    expect(written[0]).toContain('reading evil?]0;owned??.csv: 0.0 of 0.0 MB (50%)')
  })
})

describe('the byte readers report what they consume', () => {
  const rows = 5000
  const file = path.join(folder, 'preds.csv')
  writeFileSync(
    file,
    'label,prediction\n' + Array.from({ length: rows }, (_, i) => `${i % 3},${i % 2}\n`).join(''),
  )
  const size = statSync(file).size

  function recording() {
    const seen = { starts: [] as [string, number][], bytes: 0, records: 0, finished: false }
    const recorder: ProgressMeter = {
      start: (name, total) => seen.starts.push([name, total]),
      advance: (bytes, records) => {
        seen.bytes += bytes
        seen.records += records
      },
      finish: () => (seen.finished = true),
    }
    installProgressMeter(recorder)
    return { seen, recorder }
  }

  test('counting a file in one part', async () => {
    const { seen } = recording()
    await countFileBytes(file, 'preds.csv', 'csv', ['label', 'prediction'], new ConfusionCounter(), {
      chunkBytes: 4096,
    })
    expect(seen).toEqual({ starts: [['preds.csv', size]], bytes: size, records: rows, finished: false })
  })

  test('counting a file in parts, some read by another thread', async () => {
    const { seen, recorder } = recording()
    await countFileBytes(file, 'preds.csv', 'csv', ['label', 'prediction'], new ConfusionCounter(), {
      splitBytes: 0,
      parts: 6,
      chunkBytes: 4096,
      // Another thread has no meter: it reports nothing, and its parts count once merged.
      runParts: (work) => {
        installProgressMeter(undefined)
        const parts = takeParts(work, 1, 3)
        installProgressMeter(recorder)
        return Promise.resolve(parts)
      },
    })
    expect(seen).toEqual({ starts: [['preds.csv', size]], bytes: size, records: rows, finished: false })
  })

  test('reading the records of a score column', () => {
    const { seen } = recording()
    expect(readFileRecords(file, 'preds.csv', 'csv', ['label'], () => {})).toBe(rows)
    expect(seen).toEqual({ starts: [['preds.csv', size]], bytes: size, records: rows, finished: false })
  })
})

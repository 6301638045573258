import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { countFileBytes, takeParts, type PairFields } from '../src/adapters/parallel-count.js'
import { ConfusionCounter, type ConfusionMatrix } from '../src/core/confusion.js'
import { InputError } from '../src/core/errors.js'
import { cleanupRuns, runAction, runCli } from './helpers/run-action.js'

// A large file is read in parts, one per core: every part but the first starts just after a newline, assuming a
// record starts there. In these files most newlines are inside quoted fields, and the text around them looks like
// records, so a part that starts inside a field reads plausible garbage without any error: the counts must still be
// those of the file read from the top, and an error must be the one reading from the top gives, with its line.

afterAll(cleanupRuns)
const folder = mkdtempSync(path.join(os.tmpdir(), 'eval-gate-parts-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const LABELS = ['cat', 'dog', 'bird', 'é🐱', 'a,b', 'say "hi"']

/** CSV text with quoted multi-line fields everywhere, and the counts it must give. */
function trickyCsv(rows: number, broken?: { row: number; record: string }) {
  const quote = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)
  const expected = new ConfusionCounter()
  let text = 'id,text,label,prediction\r\n'
  let state = 7
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8
  for (let i = 0; i < rows; i++) {
    const gold = LABELS[next() % LABELS.length]!
    const predicted = next() % 3 === 0 ? LABELS[next() % LABELS.length]! : gold
    const notes = [
      // Read from its second line on, this field and the rest of its record are two valid records.
      `note ${i}\n${i + 1},"fake",cat,dog\nx,y`,
      `note ${i}\n${i + 1},"fake",cat,dog\nx,y`,
      `note ${i}\n${i + 1},fake,cat,dog\n${i + 2},"x",bird,bird`,
      'plain',
      `two\r\nlines, "quoted" and\n\n"${i}"`,
      `,\n,\n,`,
    ]
    if (broken?.row === i) {
      text += broken.record
      continue
    }
    text += `${i},${quote(notes[next() % notes.length]!)},${quote(gold)},${quote(predicted)}\n`
    expected.add(gold, predicted)
  }
  return { text, expected: expected.toMatrix() }
}

const FIELDS: PairFields = ['label', 'prediction']
let fileNumber = 0

function write(text: string, extension = 'csv'): { absolute: string; shown: string } {
  const shown = `tricky-${fileNumber++}.${extension}`
  const absolute = path.join(folder, shown)
  writeFileSync(absolute, text)
  return { absolute, shown }
}

/** Counts a file in `parts` parts, the other parts read in this thread; the matrix, or the error message. */
async function countInParts(
  file: { absolute: string; shown: string },
  parts: number,
  chunkBytes: number,
): Promise<{ matrix: ConfusionMatrix } | { error: string }> {
  const counter = new ConfusionCounter()
  try {
    await countFileBytes(file.absolute, file.shown, 'csv', FIELDS, counter, {
      splitBytes: 0,
      parts,
      chunkBytes,
      // Another "thread" takes every other part first (here, in this thread), the main thread the rest.
      runParts: (work) => Promise.resolve(takeParts(work, 1, Math.ceil(work.jobs.length / 2))),
    })
    return { matrix: counter.toMatrix() }
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return { error: error.message }
  }
}

function outcome(traceLine: string): string {
  if (/read by thread \d+$/.test(traceLine.trimEnd())) return 'accepted'
  if (traceLine.includes('started inside a record')) return 'read again'
  if (traceLine.includes('could not be read from there')) return 'error, read again'
  return traceLine
}

/** What the parts did, from the trace lines. */
async function traced<T>(run: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = []
  vi.stubEnv('EVAL_GATE_TRACE_PARTS', '1')
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk))
    return true
  })
  try {
    return { result: await run(), lines }
  } finally {
    spy.mockRestore()
    vi.unstubAllEnvs()
  }
}

describe('a CSV file read in parts', () => {
  const { text, expected } = trickyCsv(3000)
  const file = write(text)

  it('counts exactly what one pass from the top counts, whatever the parts and read size', async () => {
    const outcomes = new Set<string>()
    for (const parts of [2, 3, 4, 5, 7, 11])
      for (const chunkBytes of [61, 4096, 1 << 20]) {
        const { result, lines } = await traced(() => countInParts(file, parts, chunkBytes))
        expect(result, `${parts} parts, ${chunkBytes}-byte reads`).toEqual({ matrix: expected })
        for (const line of lines) outcomes.add(outcome(line))
      }
    // Quotes are strict, so a part that starts inside a field of this file fails at the first quote it takes for a
    // stray one. In this other file, a part that starts inside a field reads valid records: each field's closing
    // quote opens a field for it that the next record's opening quote closes, followed by `,dog`.
    const rows = Array.from({ length: 300 }, (_, i) => `${i},",dog\n${i},fake,cat,dog\n${i},x,",cat,dog\n`)
    const inPhase = write(`id,text,label,prediction\n${rows.join('')}`)
    const counted = new ConfusionCounter()
    for (let i = 0; i < 300; i++) counted.add('cat', 'dog')
    for (const parts of [2, 3, 5]) {
      const { result, lines } = await traced(() => countInParts(inPhase, parts, 4096))
      expect(result, `${parts} parts`).toEqual({ matrix: counted.toMatrix() })
      for (const line of lines) outcomes.add(outcome(line))
    }
    // Every way a part can go happened: started at a record; inside one, read without error and read again; inside
    // one, failed and read again.
    expect([...outcomes].sort()).toEqual(['accepted', 'error, read again', 'read again'])
    expect(await countInParts(file, 1, 4096)).toEqual({ matrix: expected })
  })

  it('reports the error that one pass gives, with its line, wherever it is', async () => {
    for (const row of [5, 1400, 2990]) {
      for (const record of [`${row},"unclosed\n`, `${row},x,cat\n`, `${row},"a\nb",,dog\n`]) {
        const broken = write(trickyCsv(3000, { row, record }).text)
        const single = await countInParts(broken, 1, 1 << 20)
        expect(single).toHaveProperty('error')
        for (const parts of [2, 3, 5])
          expect(await countInParts(broken, parts, 4096), `${parts} parts, row ${row}`).toEqual(single)
      }
    }
  })
})

describe('the CLI bundle reading a file in parts with worker threads', () => {
  const { text } = trickyCsv(20000)
  const single = { EVAL_GATE_PARTS: '1' }
  // The main thread reads the first part only: the workers must read the others.
  const split = (parts: number) => ({
    EVAL_GATE_SPLIT_BYTES: '0',
    EVAL_GATE_PARTS: String(parts),
    EVAL_GATE_WORKERS_ONLY: '1',
    EVAL_GATE_TRACE_PARTS: '1',
  })
  const args = ['--predictions', 'tricky.csv', '--metrics', 'accuracy,f1_macro']

  it('prints the same report as reading it in one part', async () => {
    const one = await runCli(args, { files: { 'tricky.csv': text }, env: single })
    expect(one.exitCode, one.stderr).toBe(0)
    const outcomes = new Set<string>()
    const traces: string[] = []
    for (const parts of [2, 3, 4]) {
      const many = await runCli(args, { files: { 'tricky.csv': text }, env: split(parts) })
      expect(many.exitCode, many.stderr).toBe(0)
      expect(many.stdout).toBe(one.stdout)
      const trace = many.stderr.trimEnd().split('\n')
      traces.push(...trace)
      expect(trace).toHaveLength(parts - 1)
      for (const line of trace) {
        expect(line).toMatch(/^eval-gate: tricky\.csv: part \d of \d, from byte \d+: /)
        // A worker failing (e.g. not starting from the bundle) would say "failed": it must not.
        expect(line).not.toContain('failed')
        outcomes.add(outcome(line))
      }
    }
    expect(outcomes).toContain('accepted')
    expect(outcomes.size).toBeGreaterThan(1)
    // Read by a worker thread, not the main thread.
    expect(traces.join('\n')).toMatch(/read by thread 1$/m)
  })

  it('gives the error of one pass, from a worker’s part', async () => {
    const broken = trickyCsv(20000, { row: 19000, record: '19000,"a\nb",cat\n' }).text
    const one = await runCli(args, { files: { 'tricky.csv': broken }, env: single })
    expect(one.exitCode).toBe(2)
    expect(one.stderr).toMatch(
      /^eval-gate: error: tricky\.csv:\d+: expected 4 fields as in the header, found 3\n$/,
    )
    const many = await runCli(args, { files: { 'tricky.csv': broken }, env: split(2) })
    expect(many.exitCode).toBe(2)
    const lines = many.stderr.trimEnd().split('\n')
    expect(lines[0]).toMatch(
      /: part 2 of 2, from byte \d+: could not be read from there \(.*\), read again from byte \d+$/,
    )
    expect(lines.slice(1).join('\n') + '\n').toBe(one.stderr)
  })

  it('works from the action bundle too (dist/index.js)', async () => {
    const files = { 'tricky.csv': text }
    const inputs = { predictions: 'tricky.csv', metrics: 'accuracy,f1_macro' }
    const one = await runAction({ files, inputs, env: single })
    const many = await runAction({ files, inputs, env: split(2) })
    expect(one.exitCode, one.stdout + one.stderr).toBe(0)
    expect(many.exitCode, many.stdout + many.stderr).toBe(0)
    expect(many.outputs.metrics).toBe(one.outputs.metrics)
    expect(many.stderr).toMatch(/^eval-gate: tricky\.csv: part 2 of 2, from byte \d+: (?!failed)/)
    expect(many.stderr).not.toContain('failed')
  })

  it('reads JSON Lines in parts to the same report', async () => {
    const lines = Array.from(
      { length: 30000 },
      (_, i) =>
        JSON.stringify({ id: i, label: LABELS[i % 6], prediction: LABELS[(i * 7) % 6], note: 'x\ny' }) + '\n',
    ).join('')
    const jsonl = ['--predictions', 'p.jsonl', '--metrics', 'accuracy,f1_macro']
    const one = await runCli(jsonl, { files: { 'p.jsonl': lines }, env: single })
    const many = await runCli(jsonl, { files: { 'p.jsonl': lines }, env: split(3) })
    expect(one.exitCode, one.stderr).toBe(0)
    expect(many.stdout).toBe(one.stdout)
    expect(many.stderr).toMatch(/^(eval-gate: p\.jsonl: part \d of 3, from byte \d+: read by thread 1\n){2}$/)
  })
})

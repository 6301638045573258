import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findFiles } from '../src/adapters/files.js'
import { METRICS_FILE_LIMITS, readMetricsFiles } from '../src/adapters/metrics-files.js'
import { MAX_FILE_METRICS } from '../src/core/metrics-files/generic.js'
import { readMetricsFile } from '../src/core/metrics-files/index.js'

const folder = mkdtempSync(path.join(os.tmpdir(), 'eval-gate-limits-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const SMALL = { jsonBytes: 4096, yamlBytes: 1024, stringLength: 100 }

function write(name: string, text: string): string {
  writeFileSync(path.join(folder, name), text)
  return name
}

async function readError(name: string, limits = SMALL): Promise<string> {
  const request = { patterns: [name], select: [], directions: [] }
  const error = await readMetricsFiles(request, folder, limits).then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(Error)
  return (error as Error).message
}

describe('metrics-file bounds', () => {
  it('refuses a YAML file past its own, smaller bound from its size', async () => {
    const name = write('big.yaml', `acc: 0.5\nnote: ${'x'.repeat(2000)}\n`)
    expect(await readError(name)).toBe(
      'big.yaml: is 2016 bytes, more than the 1024 bytes a metrics file may have',
    )
    // The same bytes as JSON are within the JSON bound.
    const json = write('ok.json', JSON.stringify({ acc: 0.5, pad: 'y'.repeat(90), other: 'z'.repeat(1900) }))
    expect(await readError(json)).toMatch(/^ok\.json:1: a string is 1900 characters long, more than the 100/)
  })

  it('refuses a long JSON string naming its line and column, a key too', async () => {
    const name = write('long.json', `{\n  "acc": 0.5,\n  "note": "${'n'.repeat(150)}"\n}`)
    expect(await readError(name)).toBe(
      'long.json:3: a string is 150 characters long, more than the 100 one string may hold at column 11',
    )
    const key = write('key.json', `{"${'k'.repeat(101)}": 1}`)
    expect(await readError(key)).toMatch(/^key\.json:1: a string is 101 characters long/)
  })

  it('checks the size of a large file before reading it', async () => {
    // Sparse: 300 MB on paper, nothing on disk.
    const name = write('huge.json', '')
    truncateSync(path.join(folder, name), 300_000_000)
    expect(await readError(name, METRICS_FILE_LIMITS)).toBe(
      `huge.json: is 300000000 bytes, more than the ${16 << 20} bytes a metrics file may have`,
    )
  })

  it('refuses a FIFO named as a metrics or prediction file instead of waiting on it', async () => {
    execFileSync('mkfifo', [path.join(folder, 'pipe.json')])
    expect(await readError('pipe.json')).toBe(
      'pipe.json: is not a regular file (a FIFO, socket or device?): name a file',
    )
    execFileSync('mkfifo', [path.join(folder, 'pipe.csv')])
    await expect(findFiles(['pipe.csv'], folder)).rejects.toThrow(
      'pipe.csv: is not a regular file (a FIFO, socket or device?): name a file',
    )
    // A glob matches regular files only, so it never hands a FIFO on.
    await expect(findFiles(['*.csv'], folder)).rejects.toThrow('pattern matched no files')
  })
})

describe('metrics per file', () => {
  it('refuses a file stating more than 10,000 numbers, at the first one past the bound', () => {
    expect(MAX_FILE_METRICS).toBe(10_000)
    const numbers = JSON.stringify({ m: Array.from({ length: 50_000 }, () => 0) })
    expect(() => readMetricsFile(numbers, 'a.json')).toThrowError(
      'a.json at $.m[10000]: states more than 10000 metrics, the most one metrics file may; is it a data set rather than a metrics file?',
    )
    const atBound = JSON.stringify({ m: Array.from({ length: 10_000 }, () => 0) })
    expect(readMetricsFile(atBound, 'b.json').metrics).toHaveLength(10_000)
  })
})

describe('YAML keys', () => {
  it('finds a key given twice in one map, at its line, as the JSON object keys compare', () => {
    expect(() => readMetricsFile('a: 1\nb:\n  c: 2\n  c: 3\n', 'm.yaml')).toThrowError(
      'm.yaml:4: is not valid YAML: Map keys must be unique',
    )
    expect(() => readMetricsFile('1: 0.5\n"1": 0.7\n', 'm.yaml')).toThrowError(
      'm.yaml:2: is not valid YAML: Map keys must be unique',
    )
    expect(readMetricsFile('a: {c: 1}\nb: {c: 2}\n', 'm.yaml').metrics.map((m) => m.name)).toEqual([
      'a.c',
      'b.c',
    ])
  })

  // The library's own unique-key check compares every key with every other: 100,000 keys took 54 s. The limit is
  // generous (the linear check takes about a second on a loaded machine); the test is about the growth.
  it('checks the keys of a 1 MiB file in linear time', { timeout: 30_000 }, () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `k${i}: ${i % 7}`)
    const text = `${lines.join('\n')}\nk5: 1\n`
    expect(() => readMetricsFile(text, 'keys.yaml')).toThrowError(
      'keys.yaml:100001: is not valid YAML: Map keys must be unique',
    )
  })
})

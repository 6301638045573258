import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { countFileBytes, readFileRecords, takeParts } from '../src/adapters/parallel-count.js'
import { ConfusionCounter } from '../src/core/confusion.js'
import { InputError } from '../src/core/errors.js'
import { jsonSyntaxProblem } from '../src/core/json-syntax.js'
import { labelFromJson } from '../src/core/labels.js'
import { parseLenientJson } from '../src/core/metrics-files/json.js'
import { decodeUtf8 } from '../src/core/readers/bytes.js'
import { createParser, createScanner, type PredictionFormat } from '../src/core/readers/index.js'

// Random CSV, TSV and JSON Lines text — quoted and unquoted fields with delimiters, quotes, CR, LF and multi-byte
// characters inside, blank lines, CRLF, a BOM, broken records — read by the fast readers in random chunks (cut
// anywhere: inside a record, a quoted field, a CRLF, a surrogate pair or a UTF-8 sequence), and compared with
// simple reference readers written here, character by character, for the records, their lines and the errors.

type Outcome = { records: [string[], number][] } | { error: string }

const FILE = 'data.csv'

// ---------------------------------------------------------------------------------------------------------------
// Reference readers: the simplest code that states the rules.

function referenceDelimited(text: string, delimiter: string, fields: string[], file = FILE): Outcome {
  const fail = (problem: string, line?: number, field?: string): Outcome => ({
    error: new InputError(problem, { file, line, field }).message,
  })
  let i = text.startsWith('\uFEFF') ? 1 : 0
  let line = 1
  let header: { columns: number[]; width: number } | undefined
  const records: [string[], number][] = []
  while (i < text.length) {
    const newline = text.indexOf('\n', i)
    const physical = text.slice(i, newline < 0 ? text.length : newline)
    if (physical === '' || physical === '\r') {
      line++
      i = newline < 0 ? text.length : newline + 1
      continue
    }
    const start = line
    const values: string[] = []
    for (;;) {
      let value = ''
      const quoted = text[i] === '"'
      const stray = (): Outcome =>
        fail(
          `field ${values.length + 1} has a quote that neither opens nor closes it (as in 5"3 or "a"b); quote the whole field and double the quotes inside it: "5""3"`,
          line,
        )
      if (quoted) {
        const opened = line
        i++
        for (;;) {
          if (i >= text.length) return fail(`unterminated quote (opened on line ${opened})`, opened)
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              value += '"'
              i += 2
              continue
            }
            i++
            break
          }
          if (text[i] === '\n') line++
          value += text[i++]
        }
      }
      let tail = ''
      while (i < text.length && text[i] !== delimiter && text[i] !== '\n') {
        // After a closing quote, only a CR before the line's end; in an unquoted field, no quote.
        if (text[i] === '"' || (quoted && text[i] !== '\r')) return stray()
        tail += text[i++]
      }
      const lineEnds = i >= text.length || text[i] === '\n'
      if (lineEnds && tail.endsWith('\r')) tail = tail.slice(0, -1)
      if (quoted && tail !== '') return stray()
      values.push(value + tail)
      if (!lineEnds) {
        i++
        continue
      }
      if (i < text.length) i++
      line++
      break
    }
    if (!header) {
      const twice = values.findIndex((name, index) => values.indexOf(name) < index)
      if (twice >= 0) {
        const name = values[twice]!
        return fail(
          `header names column ${JSON.stringify(name)} twice (columns ${values.indexOf(name) + 1} and ${twice + 1}); column names must differ`,
          start,
        )
      }
      const columns: number[] = []
      for (const name of fields) {
        const index = values.indexOf(name)
        if (index < 0) {
          const names = values.map((v) => JSON.stringify(v)).join(', ')
          return fail(`header has no column ${JSON.stringify(name)}; columns are ${names}`, start)
        }
        columns.push(index)
      }
      header = { columns, width: values.length }
      continue
    }
    if (values.length !== header.width)
      return fail(`expected ${header.width} fields as in the header, found ${values.length}`, start)
    const picked: string[] = []
    for (const [k, column] of header.columns.entries()) {
      if (values[column] === '') return fail('value is empty', start, fields[k])
      picked.push(values[column]!)
    }
    records.push([picked, start])
  }
  if (!header) return fail('file is empty')
  if (records.length === 0) return fail('has a header but no data rows', 2)
  return { records }
}

function referenceJsonLines(text: string, fields: string[], file = FILE): Outcome {
  const records: [string[], number][] = []
  const lines = text.split('\n')
  for (const [index, lineText] of lines.entries()) {
    const line = index + 1
    if (lineText.trim() === '') continue
    let record: unknown
    try {
      record = JSON.parse(lineText)
    } catch (error) {
      return { error: new InputError(`invalid JSON (${jsonSyntaxProblem(error)})`, { file, line }).message }
    }
    try {
      // A key given twice in one object is refused, with the metrics-file parser's words and JSON path.
      parseLenientJson(lineText, file, { line })
      if (typeof record !== 'object' || record === null || Array.isArray(record))
        throw new InputError(
          `expected a JSON object, got ${Array.isArray(record) ? 'an array' : record === null ? 'null' : `a ${typeof record}`}`,
          { file, line },
        )
      const object = record as Record<string, unknown>
      records.push([fields.map((field) => labelFromJson(object[field], { file, line, field })), line])
    } catch (error) {
      return { error: (error as Error).message }
    }
  }
  if (records.length === 0) return { error: `${file}: file is empty: no JSON lines found` }
  return { records }
}

function reference(format: PredictionFormat, text: string, fields: string[], file = FILE): Outcome {
  if (format === 'jsonl') return referenceJsonLines(text, fields, file)
  return referenceDelimited(text, format === 'csv' ? ',' : '\t', fields, file)
}

// ---------------------------------------------------------------------------------------------------------------
// The readers under test, fed in chunks.

function capture(read: () => [string[], number][]): Outcome {
  try {
    return { records: read() }
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return { error: error.message }
  }
}

/** The text interface, the text cut at `cuts` (UTF-16 positions: surrogate pairs may be cut). */
function readText(format: PredictionFormat, text: string, fields: string[], cuts: number[]): Outcome {
  return capture(() => {
    const records: [string[], number][] = []
    const parser = createParser(format, { file: FILE, fields }, (values, line) =>
      records.push([values, line]),
    )
    for (const chunk of cut(text, cuts)) parser.push(chunk)
    parser.end()
    return records
  })
}

/** The byte interface, the UTF-8 bytes cut at `cuts` (UTF-8 sequences may be cut), kept as a caller would. */
function readBytes(format: PredictionFormat, text: string, fields: string[], cuts: number[]): Outcome {
  return capture(() => {
    const records: [string[], number][] = []
    const scanner = createScanner(format, { file: FILE, fields }, (slots, line) => {
      records.push([
        slots.texts.map((t, k) => t ?? decodeUtf8(slots.bytes, slots.starts[k]!, slots.ends[k]!)),
        line,
      ])
    })!
    let pending = Buffer.alloc(0)
    for (const chunk of cut(Buffer.from(text, 'utf8'), cuts)) {
      pending = Buffer.concat([pending, chunk])
      pending = pending.subarray(scanner.scan(pending, 0, pending.length, false))
    }
    scanner.scan(pending, 0, pending.length, true)
    scanner.finish()
    return records
  })
}

function cut<T extends string | Buffer>(whole: T, cuts: number[]): T[] {
  const points = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b)
  const pieces: T[] = []
  let from = 0
  for (const point of [...points, whole.length]) {
    pieces.push(whole.slice(from, point) as T)
    from = point
  }
  return pieces
}

// ---------------------------------------------------------------------------------------------------------------
// Generators.

const SPECIAL = ['a', 'b', 'z', ' ', ',', '\t', '"', '\n', '\r', 'é', '日', '🐱', '\uFEFF']
const piece = fc.string({ unit: fc.constantFrom(...SPECIAL), minLength: 1, maxLength: 5 })
const label = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('a', 'b', 'cat', 'é', '🐱', '日本', '1', '0', 'a"b') },
  { weight: 4, arbitrary: piece },
  { weight: 1, arbitrary: fc.constant('') },
)

/**
 * A field as written. Mostly well formed: quoted (quotes doubled) always or when needed; rarely raw whatever it
 * holds (a delimiter or newline in it then breaks the record), or with an opening quote only.
 */
function written(value: string, delimiter: string, how: number): string {
  const needsQuotes = /["\n\r]/.test(value) || value.includes(delimiter) || value.startsWith('"')
  if (how < 20 || (how < 57 && needsQuotes)) return `"${value.replaceAll('"', '""')}"`
  if (how === 59) return `"${value}`
  return value
}

/** A delimited file: header, records, blank lines, CRLF, BOM, a last line with or without its newline. */
function delimitedText(delimiter: string) {
  const header: fc.Arbitrary<string[]> = fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .tuple(fc.shuffledSubarray(['id', 'note', 'score']), fc.nat(), fc.nat())
        .map(([extra, a, b]) => {
          const names = [...extra]
          names.splice(a % (names.length + 1), 0, 'label')
          names.splice(b % (names.length + 1), 0, 'prediction')
          return names
        }),
    },
    { weight: 1, arbitrary: fc.array(fc.constantFrom('label', 'prediction', 'x', ''), { maxLength: 3 }) },
  )
  const how = fc.nat({ max: 59 })
  return fc
    .record({
      bom: fc.constantFrom('', '', '', '\uFEFF', '\uFEFF\uFEFF'),
      blankBefore: fc.constantFrom('', '', '', '\n', '\r\n\n'),
      header,
      headerHow: fc.array(how, { minLength: 4, maxLength: 4 }),
      rows: fc.array(
        fc.record({
          values: fc.array(label, { minLength: 1, maxLength: 5 }),
          how: fc.array(how, { minLength: 5, maxLength: 5 }),
          end: fc.constantFrom('\n', '\n', '\n', '\r\n', '\r\n', '\n\n', '\r\n\r\n', '\n\r\n'),
          ragged: fc.nat({ max: 40 }),
        }),
        { maxLength: 8 },
      ),
      last: fc.constantFrom('', '\n', '\r\n'),
    })
    .map(({ bom, blankBefore, header: names, headerHow, rows, last }) => {
      const head = names.map((name, i) => written(name, delimiter, headerHow[i % 4]!)).join(delimiter)
      const lines = [bom + blankBefore + head + '\n']
      for (const row of rows) {
        const values = row.ragged > 0 ? names.map((_, i) => row.values[i % row.values.length]!) : row.values
        lines.push(
          values.map((value, i) => written(value, delimiter, row.how[i % 5]!)).join(delimiter) + row.end,
        )
      }
      const text = lines.join('')
      return last === '' ? text.replace(/\r?\n$/, '') : text
    })
}

/** Token soup after a valid header: every odd combination of quotes, delimiters and line ends. */
function soup(delimiter: string) {
  return fc
    .tuple(
      fc.constantFrom('', `label${delimiter}prediction\n`, `"label"${delimiter}"prediction"\r\n`),
      fc.array(fc.constantFrom('a', 'é', '🐱', delimiter, '"', '""', '\n', '\r\n', '\r', ' '), {
        maxLength: 40,
      }),
    )
    .map(([head, tokens]) => head + tokens.join(''))
}

const GOOD_JSON = [
  '"a"',
  '"b"',
  '"🐱"',
  '"caf\\u00e9"',
  '"x\\"y"',
  '"\\ud83d\\udc31"',
  '"tab\\there"',
  '1',
  '2',
  '1.0',
  '-0',
  '-7',
  '1e2',
  '0.5',
  '12345678901234567890',
  'true',
  'false',
]
const BAD_JSON = ['""', 'null', '[1,"a"]', '{"k":[{}]}', '1e400', '01', '"tab\there"', '-', '1.', 'tru']
const jsonValue = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...GOOD_JSON) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_JSON) },
)
const space = fc.constantFrom('', '', '', ' ', '\t', '\r')

/** A JSON object with the requested keys (rarely missing), other keys, repeated and escaped keys. */
const jsonObject = fc
  .tuple(
    fc.shuffledSubarray(['label', 'prediction', 'id', 'x y', 'lab\\u0065l', 'label', 'nested'], {
      minLength: 2,
    }),
    fc.boolean(),
    fc.array(fc.tuple(jsonValue, space), { minLength: 8, maxLength: 8 }),
    fc.nat({ max: 30 }),
  )
  .map(([keys, keepAll, values, drop]) => {
    const chosen = keepAll || drop > 0 ? [...new Set(['label', 'prediction', ...keys])] : keys
    const pairs = chosen.map((key, i) => {
      const [value, s] = values[i % 8]!
      const v = key === 'nested' ? `{"label":${value},"a":[1,{"b":null}]}` : value
      return `${s}"${key}"${s}:${s}${v}${s}`
    })
    return `{${pairs.join(',')}}`
  })

/** JSON Lines: objects, blank lines and (rarely) lines that are not objects or not JSON. */
const jsonLinesText = fc
  .record({
    lines: fc.array(
      fc.oneof(
        { weight: 16, arbitrary: jsonObject },
        { weight: 2, arbitrary: fc.constantFrom('', '  ', '\r', '\u00a0', '\t \r') },
        {
          weight: 1,
          arbitrary: fc.constantFrom('[1]', '"a"', '{', '{"label":"a",}', 'nul', '\uFEFF{}', '{}'),
        },
      ),
      { maxLength: 8 },
    ),
    end: fc.constantFrom('\n', '\r\n'),
    last: fc.constantFrom('', '\n'),
  })
  .map(({ lines, end, last }) => lines.join(end) + last)

const cuts = fc.array(fc.nat({ max: 400 }), { maxLength: 8 })
const FIELDS = [
  ['label', 'prediction'],
  ['prediction', 'label'],
  ['label', 'label'],
]
const fields = fc.constantFrom(...FIELDS)

const textOf = (format: PredictionFormat) =>
  format === 'jsonl'
    ? jsonLinesText
    : fc.oneof(
        { weight: 3, arbitrary: delimitedText(format === 'csv' ? ',' : '\t') },
        { weight: 1, arbitrary: soup(format === 'csv' ? ',' : '\t') },
      )

/** Runs per property; PROPERTY_RUNS=5000 for a longer hunt. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 250)

describe.each(['csv', 'tsv', 'jsonl'] as const)('%s reader against the reference', (format) => {
  it('reads text in any chunks like the reference', () => {
    fc.assert(
      fc.property(textOf(format), fields, cuts, (text, requested, at) => {
        expect(readText(format, text, requested, at)).toEqual(reference(format, text, requested))
      }),
      { numRuns: RUNS },
    )
  })

  it('reads UTF-8 bytes in any chunks like the reference', () => {
    fc.assert(
      fc.property(textOf(format), fields, cuts, (text, requested, at) => {
        expect(readBytes(format, text, requested, at)).toEqual(reference(format, text, requested))
      }),
      { numRuns: RUNS },
    )
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Whole files through the counting path: read in parts (the in-thread stand-in for workers), small read chunks.

const folder = mkdtempSync(path.join(os.tmpdir(), 'eval-gate-readers-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
let fileNumber = 0

/** What counting a file must give: the reference's counts, or its error. The file's text drops one BOM first. */
function expectedCount(format: PredictionFormat, text: string, fields: string[], file: string) {
  const outcome = reference(format, text.startsWith('\uFEFF') ? text.slice(1) : text, fields, file)
  if ('error' in outcome) return outcome
  const counter = new ConfusionCounter()
  for (const [[gold, predicted]] of outcome.records) counter.add(gold!, predicted!)
  return { matrix: counter.toMatrix() }
}

async function countFile(
  format: PredictionFormat,
  bytes: Uint8Array,
  fields: string[],
  parts: number,
  chunkBytes: number,
  others = 1,
) {
  const shown = `part-${fileNumber++}.${format}`
  const absolute = path.join(folder, shown)
  writeFileSync(absolute, bytes)
  const counter = new ConfusionCounter()
  try {
    await countFileBytes(absolute, shown, format, fields as [string, string], counter, {
      splitBytes: 0,
      parts,
      chunkBytes,
      // Another "thread" takes some parts first (here, in this thread), the main thread the rest.
      runParts: (work) => Promise.resolve(takeParts(work, 1, others)),
    })
    return { shown, outcome: { matrix: counter.toMatrix() } as object }
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return { shown, outcome: { error: error.message } as object }
  }
}

describe.each(['csv', 'tsv', 'jsonl'] as const)('%s files counted in parts', (format) => {
  it('count like the reference, whatever the parts and read size', async () => {
    await fc.assert(
      fc.asyncProperty(
        textOf(format),
        fields,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 24 }),
        fc.nat({ max: 3 }),
        async (text, requested, parts, chunkBytes, others) => {
          const { shown, outcome } = await countFile(
            format,
            Buffer.from(text),
            requested,
            parts,
            chunkBytes,
            others,
          )
          expect(outcome).toEqual(expectedCount(format, text, requested, shown))
        },
      ),
      { numRuns: Math.ceil(RUNS * 0.6) },
    )
  })
})

describe.each(['csv', 'tsv', 'jsonl'] as const)('%s files read record by record', (format) => {
  it('give the records of the reference', () => {
    fc.assert(
      fc.property(textOf(format), fields, (text, requested) => {
        const shown = `records-${fileNumber++}.${format}`
        const absolute = path.join(folder, shown)
        writeFileSync(absolute, text)
        const outcome = capture(() => {
          const records: [string[], number][] = []
          readFileRecords(absolute, shown, format, requested, (values, line) => records.push([values, line]))
          return records
        })
        expect(outcome).toEqual(reference(format, text.replace(/^\uFEFF/, ''), requested, shown))
      }),
      { numRuns: Math.ceil(RUNS * 0.3) },
    )
  })
})

describe('files that are not UTF-8', () => {
  it('fail as not UTF-8 wherever the bad bytes are, in any parts', async () => {
    const bad = fc.constantFrom(
      [0xff],
      [0xc3],
      [0xe0, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf0, 0x9f, 0x90],
      [0x80],
      [0xc0, 0xaf],
    )
    await fc.assert(
      fc.asyncProperty(
        delimitedText(','),
        bad,
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 24 }),
        async (text, invalid, at, parts, chunkBytes) => {
          fc.pre(!('error' in referenceDelimited(text.replace(/^\uFEFF/, ''), ',', ['label', 'prediction'])))
          const bytes = Buffer.from(text)
          const point = at % (bytes.length + 1)
          const broken = Buffer.concat([
            bytes.subarray(0, point),
            Buffer.from(invalid),
            bytes.subarray(point),
          ])
          const { shown, outcome } = await countFile(
            'csv',
            broken,
            ['label', 'prediction'],
            parts,
            chunkBytes,
          )
          expect(outcome).toEqual({ error: `${shown}: is not valid UTF-8 text` })
        },
      ),
      { numRuns: Math.ceil(RUNS * 0.4) },
    )
  })
})

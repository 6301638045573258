import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { InputError, type ErrorLocation } from '../core/errors.js'
import { locateLabelError } from '../core/confusion.js'
import { parseNumber } from '../core/metrics/regression.js'
import { checkRecordLength } from '../core/readers/bytes.js'
import { refuseRepeatedKeys } from '../core/readers/fields.js'
import { jsonSyntaxProblem } from '../core/json-syntax.js'
import { createParser, formatOf } from '../core/readers/index.js'
import { asInputError, type FoundFile } from './files.js'

/** Where a record is in its file: the file, and its line (or JSON path for a record of a JSON array). */
export type RecordLocation = ErrorLocation & { file: string }

/** A score field's number; an error naming the file, line and field when it is not one. */
export function parseScore(text: string, where: RecordLocation, field: string): number {
  const score = parseNumber(text)
  if (score === undefined) throw new InputError('score is not a number', { ...where, field })
  return score
}

/**
 * Streams the requested fields of every record of the files through the shared readers, as strings (JSON numbers as
 * their shortest form, e.g. `1.5`). Memory stays flat: nothing is kept but the current chunk.
 */
export async function readFields(
  files: FoundFile[],
  fields: string[],
  onRecord: (values: string[], where: RecordLocation) => void,
): Promise<void> {
  for (const file of files) {
    const parser = createParser(formatOf(file.shown), { file: file.shown, fields }, (values, line) => {
      try {
        onRecord(values, { file: file.shown, line })
      } catch (error) {
        throw locateLabelError(error, { file: file.shown, line })
      }
    })
    await streamText(file, (text) => parser.push(text))
    parser.end()
  }
}

/**
 * Every record of a JSON Lines file or a JSON array file as its parsed JSON value, for fields the shared readers do
 * not return (an array of gold answers, an empty string). JSON Lines are streamed line by line; a JSON array file
 * is read whole.
 */
export async function readJsonRecords(
  file: FoundFile,
  onRecord: (record: unknown, where: RecordLocation) => void,
): Promise<void> {
  const format = formatOf(file.shown)
  if (format === 'json') {
    let data: unknown
    const text = await readText(file)
    try {
      data = JSON.parse(text)
    } catch (error) {
      throw new InputError(`is not valid JSON (${jsonSyntaxProblem(error)})`, { file: file.shown })
    }
    refuseRepeatedKeys(text, { file: file.shown })
    if (!Array.isArray(data))
      throw new InputError('expected a JSON array of records', { file: file.shown, jsonPath: '$' })
    if (data.length === 0)
      throw new InputError('file is empty: the JSON array has no records', { file: file.shown })
    data.forEach((record, index) => onRecord(record, { file: file.shown, jsonPath: `$[${index}]` }))
    return
  }
  if (format !== 'jsonl') throw new Error(`readJsonRecords reads JSON formats, not ${format}`)
  let pending = ''
  let line = 0
  let records = 0
  const take = (text: string) => {
    line++
    const trimmed = text.trim()
    if (trimmed === '') return
    let record: unknown
    try {
      record = JSON.parse(trimmed)
    } catch (error) {
      throw new InputError(`invalid JSON (${jsonSyntaxProblem(error)})`, { file: file.shown, line })
    }
    refuseRepeatedKeys(trimmed, { file: file.shown, line })
    records++
    onRecord(record, { file: file.shown, line })
  }
  await streamText(file, (text) => {
    pending += text
    let newline = pending.indexOf('\n')
    while (newline >= 0) {
      take(pending.slice(0, newline))
      pending = pending.slice(newline + 1)
      newline = pending.indexOf('\n')
    }
    checkRecordLength(pending.length, undefined, file.shown, line + 1)
  })
  if (pending !== '') take(pending)
  if (records === 0) throw new InputError('file is empty: no JSON lines found', { file: file.shown })
}

async function readText(file: FoundFile): Promise<string> {
  try {
    const bytes = await readFile(file.absolute)
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch (error) {
    throw asInputError(error, file.shown)
  }
}

/** Reads a file as UTF-8 text in chunks, so memory stays flat whatever its size. */
async function streamText(file: FoundFile, onText: (text: string) => void): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let first = true
  try {
    for await (const chunk of createReadStream(file.absolute, { highWaterMark: 1 << 20 })) {
      let text = decoder.decode(chunk as Buffer, { stream: true })
      if (first && text !== '') {
        text = text.replace(/^\uFEFF/, '')
        first = false
      }
      onText(text)
    }
    onText(decoder.decode())
  } catch (error) {
    throw asInputError(error, file.shown)
  }
}

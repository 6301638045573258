import { isUtf8 } from 'node:buffer'
import { InputError } from '../errors.js'
import type { ByteScanner, RecordHandler, RecordParser, SlotSink } from './types.js'

/**
 * The most one record (a line, or a CSV record with quoted newlines, or a JSON array element) may hold: 16 MiB.
 * A reader keeps the record it is in whole, so without a bound a file with no newline would be held whole (a
 * 300 MB field cost 111 s and 2.8 GB before failing).
 */
export const MAX_RECORD_BYTES = 16 << 20

/**
 * A reader that waits for the rest of a record begun at `line` with `held` bytes (or UTF-16 units) in hand: past
 * the bound, the file is refused there.
 */
export function checkRecordLength(held: number, limit: number | undefined, file: string, line: number): void {
  const max = limit ?? MAX_RECORD_BYTES
  if (held > max) {
    throw new InputError(
      `the record starting here runs past ${describeBytes(max)} (the most one record may hold); is the file cut, or not one record per line?`,
      { file, line },
    )
  }
}

function describeBytes(bytes: number): string {
  return bytes % (1 << 20) === 0 ? `${bytes >> 20} MiB` : `${bytes} bytes`
}

const EMPTY = Buffer.alloc(0)

/** The text of `bytes[start, end)`, which must be whole UTF-8 characters. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return buffer.toString('utf8', start, end)
}

/** Position of the first `byte` in `bytes[from, to)`, or -1. */
export function indexOfByte(bytes: Uint8Array, byte: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (bytes[i] === byte) return i
  return -1
}

/** A sink that hands every record's requested fields to `onRecord` as strings. */
export function stringsOf(onRecord: RecordHandler): SlotSink {
  return (slots, line) => {
    const values = slots.texts.map(
      (text, k) => text ?? decodeUtf8(slots.bytes, slots.starts[k]!, slots.ends[k]!),
    )
    onRecord(values, line)
  }
}

/**
 * The text-chunk interface over a byte scanner: every chunk is encoded to UTF-8 and appended to the unparsed rest.
 * A chunk may end in the first half of a surrogate pair: that half waits for the next chunk, so that the pair is
 * encoded whole.
 */
export function pushText(scanner: ByteScanner): RecordParser {
  let pending: Buffer = EMPTY
  let highSurrogate = ''
  function feed(bytes: Buffer, final: boolean): void {
    pending = pending.length === 0 ? bytes : Buffer.concat([pending, bytes])
    pending = pending.subarray(scanner.scan(pending, 0, pending.length, final))
  }
  return {
    push(chunk) {
      let text = highSurrogate + chunk
      highSurrogate = ''
      const last = text.charCodeAt(text.length - 1)
      if (last >= 0xd800 && last <= 0xdbff) {
        highSurrogate = text.slice(-1)
        text = text.slice(0, -1)
      }
      if (text !== '') feed(Buffer.from(text, 'utf8'), false)
    },
    end() {
      feed(Buffer.from(highSurrogate, 'utf8'), true)
      pending = EMPTY
      return scanner.finish()
    },
  }
}

/**
 * Checks UTF-8 as it streams by, chunk after chunk, failing where `new TextDecoder('utf-8', { fatal: true })`
 * streaming over the same chunks would: in the chunk that holds an invalid sequence (one cut by the chunk's end
 * fails there already when no continuation could make it valid), or at the end for a sequence left incomplete.
 */
export class Utf8Checker {
  /** Length of the incomplete sequence at the end of the bytes checked so far. */
  private pending = 0

  /**
   * Checks `bytes[start, end)`, which follow the bytes checked before (`bytes[start - pending, start)` must still
   * hold the incomplete sequence left at the end of the last call). False when they are not valid UTF-8.
   */
  check(bytes: Uint8Array, start: number, end: number): boolean {
    const from = start - this.pending
    const tail = incompleteTail(bytes, from, end)
    this.pending = tail
    const whole = Buffer.from(bytes.buffer, bytes.byteOffset + from, end - tail - from)
    return isUtf8(whole) && (tail === 0 || canComplete(bytes.subarray(end - tail, end)))
  }

  /** Bytes at the end of those checked that begin a character still to be completed: not to be read yet. */
  get incomplete(): number {
    return this.pending
  }

  /** The input ended: false when it ended inside a sequence. */
  end(): boolean {
    return this.pending === 0
  }
}

/** Length of a multi-byte sequence that `bytes[from, to)` ends inside (0 when it ends between characters). */
function incompleteTail(bytes: Uint8Array, from: number, to: number): number {
  for (let back = 1; back <= 3 && to - back >= from; back++) {
    const byte = bytes[to - back]!
    if (byte < 0x80) return 0
    if (byte < 0xc0) continue // a continuation byte: look further back for the lead
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2
    return length > back ? back : 0
  }
  return 0
}

/** Whether some continuation bytes make the cut sequence `head` valid (the second byte's range depends on the lead). */
function canComplete(head: Uint8Array): boolean {
  const length = head[0]! >= 0xf0 ? 4 : head[0]! >= 0xe0 ? 3 : 2
  return [0x80, 0xbf].some((filler) => {
    const whole = Buffer.alloc(length, filler)
    whole.set(head)
    return isUtf8(whole)
  })
}

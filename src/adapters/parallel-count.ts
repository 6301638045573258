import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { ConfusionCounter, locateLabelError, type ConfusionMatrix } from '../core/confusion.js'
import { InputError } from '../core/errors.js'
import { stringsOf, Utf8Checker } from '../core/readers/bytes.js'
import { progressAdvance, progressStart } from './progress.js'
import {
  createScanner,
  type ByteScanner,
  type HeaderLayout,
  type PredictionFormat,
  type RecordHandler,
  type SlotSink,
} from '../core/readers/index.js'

/**
 * Counting (gold, predicted) pairs of a CSV, TSV or JSON Lines file from its bytes: read in 1 MiB chunks with
 * synchronous reads into one reused buffer, checked as UTF-8, scanned by the format's byte reader, and labels
 * counted by id without a string per row. A large file is cut into parts of about 8 MiB that all threads — the
 * main thread and a worker per other core — take in turn from a counter in shared memory (so a thread that starts
 * late or gets less of its core simply reads fewer parts), each counting a part into its own matrix; the matrices
 * are summed (counts are sums).
 *
 * A part other than the first starts just after a newline, assuming that a record starts there. A CSV newline can
 * be inside a quoted field, so that is checked once the part before is read: it ends where its last record ends,
 * at or past the start of the next part. When that is exactly where the next part started, the next part was read
 * right; otherwise (a quoted field ran across the split point) it is read again from where its first record really
 * starts. A part that failed is read again the same way, in the main thread, once every part before it is known
 * to be right: the error a file gets is always the one reading it from the top would give, with the same line.
 *
 * Workers are this very file: the bundle (dist/index.js or dist/cli.js) starts itself as a worker thread, and the
 * check at the bottom of this module makes it read parts and exit before the entry point's code runs.
 */

/** Files at least this large are read in parts. */
const DEFAULT_SPLIT_BYTES = 64 << 20
/**
 * Parts are about this large: small enough that the thread that reads the last one keeps the other waiting only
 * briefly (profiles of the 10M-row CSV on 2 busy cores: the main thread was idle for 7 % of the run with 16 MiB
 * parts, under 0.1 % with 8 MiB), large enough that the cost of a part (opening the file, a counter, its matrix)
 * does not show.
 */
const PART_BYTES = 8 << 20
/** At most this many threads: more rarely helps a single file's reads, and each costs memory. */
const MAX_THREADS = 4
/** Read size: the text readers' stream reads 1 MiB at a time, and the chunks are aligned the same way. */
const CHUNK = 1 << 20
const WORKER_FLAG = 'evalGateCountParts'

/** The fields of a pair count: gold label, then prediction. */
export type PairFields = [gold: string, predicted: string]

/** One part of a file, as a worker is asked to read it. */
export interface PartJob {
  absolute: string
  shown: string
  format: PredictionFormat
  fields: PairFields
  from: number
  stopAt: number
  header: HeaderLayout | undefined
  chunkBytes: number
  maxRecordBytes: number | undefined
  maxLabels: number
}

/**
 * What a part's reading gave. When it failed (`ok` false) it is read again by the main thread: `problem` is the
 * error, `input` whether it was about the file's contents (as when a part started inside a quoted field).
 */
export type PartResult =
  | {
      ok: true
      from: number
      /** Where its last record ends: the start of the next part's first record. */
      end: number
      /** Newlines read (the line count to add for the parts after it). */
      lines: number
      records: number
      matrix: ConfusionMatrix
      /** Which thread read it: 0 the main thread, 1… workers. */
      thread: number
    }
  | { ok: false; problem: string; input: boolean }

/** The parts of a file after the first, and the shared counter of the next one to take (an Int32Array's [0]). */
export interface SharedParts {
  [WORKER_FLAG]: true
  jobs: PartJob[]
  next: SharedArrayBuffer
}

/**
 * Starts other threads on the shared parts; resolves to what they read, by part index, once they are done. The
 * default starts worker threads running this bundle; tests use a stand-in.
 */
export type PartsRunner = (work: SharedParts) => Promise<[number, PartResult][]>

export interface CountOptions {
  /** Read in parts from this size on (default: EVAL_GATE_SPLIT_BYTES, else 64 MiB). */
  splitBytes?: number
  /** Number of parts of a large file (default: EVAL_GATE_PARTS, else one per 8 MiB, at least one per thread). */
  parts?: number
  /** Whether the main thread reads parts after the first (default: yes, unless EVAL_GATE_WORKERS_ONLY is set). */
  mainHelps?: boolean
  /** Read size (default 1 MiB; tests make it small to put chunk boundaries everywhere). */
  chunkBytes?: number
  /** Reads parts in other threads (default: worker threads running this bundle). */
  runParts?: PartsRunner
  /** Longest record in bytes (default: the readers' `MAX_RECORD_BYTES`). */
  maxRecordBytes?: number
}

/**
 * Counts the (gold, predicted) pairs of a CSV, TSV or JSON Lines file into `counter`. Throws InputError for bad
 * input, with the same message and line as `createParser` on the file's text would; file-system errors are thrown
 * as they are, for the caller to word.
 */
export async function countFileBytes(
  absolute: string,
  shown: string,
  format: PredictionFormat,
  fields: PairFields,
  counter: ConfusionCounter,
  options: CountOptions = {},
): Promise<void> {
  counter.file = shown
  const fd = openSync(absolute, 'r')
  try {
    const info = fstatSync(fd)
    const size = info.size
    progressStart(shown, size)
    const { maxRecordBytes } = options
    const options_ = { file: shown, fields, maxRecordBytes }
    const scanner = createScanner(format, options_, countInto(counter))
    if (!scanner) throw new Error(`no byte reader for ${format}`)
    const chunkBytes = options.chunkBytes ?? CHUNK
    const reader = new RangeReader(fd, shown, scanner, 0, chunkBytes, format !== 'jsonl')
    const runParts = options.runParts ?? workerRunner()
    const splitBytes =
      options.splitBytes ?? numberFromEnvironment('EVAL_GATE_SPLIT_BYTES') ?? DEFAULT_SPLIT_BYTES
    const threads = Math.min(availableParallelism(), MAX_THREADS)
    const parts =
      options.parts ??
      numberFromEnvironment('EVAL_GATE_PARTS') ??
      Math.max(threads, Math.ceil(size / PART_BYTES))
    if (!info.isFile()) reader.sequential = true // a pipe: read as it comes, in one part
    if (runParts === undefined || size < splitBytes || parts < 2 || !info.isFile()) {
      reader.read(Infinity)
      scanner.finish()
      return
    }

    // The header first (delimited formats): every part needs its layout.
    reader.read(0)
    const starts = splitPoints(fd, size, parts).filter((start) => start > reader.position)
    if (scanner.header === undefined && format !== 'jsonl') starts.length = 0
    const work: SharedParts = {
      [WORKER_FLAG]: true,
      jobs: starts.map((from, k) => ({
        absolute,
        shown,
        format,
        fields,
        from,
        stopAt: starts[k + 1] ?? Infinity,
        header: scanner.header,
        chunkBytes,
        maxRecordBytes,
        maxLabels: counter.maxLabels,
      })),
      next: new SharedArrayBuffer(4),
    }
    const others = work.jobs.length > 0 ? runParts(work).catch(() => []) : Promise.resolve([])
    try {
      // The first part, then (unless told not to) parts after it alongside the other threads.
      reader.read(starts[0] ?? Infinity)
      const mainHelps = options.mainHelps ?? !process.env.EVAL_GATE_WORKERS_ONLY
      const results = new Map(mainHelps ? takeParts(work, 0) : [])
      for (const [index, result] of await others) results.set(index, result)
      let end = reader.position
      for (const [k, job] of work.jobs.entries()) {
        const result = results.get(k) ?? failure(new Error('no thread read it'))
        const part = `${shown}: part ${k + 2} of ${work.jobs.length + 1}, from byte ${job.from}:`
        if (result.ok && result.from === end) {
          trace(`${part} read by thread ${result.thread}`)
          counter.addMatrix(result.matrix)
          // The main thread (0) reported its parts as it read them; other threads' count once merged.
          if (result.thread !== 0) progressAdvance(result.end - result.from, result.records)
          scanner.line += result.lines
          scanner.records += result.records
          end = result.end
          continue
        }
        const why = result.ok
          ? 'started inside a record'
          : result.input
            ? `could not be read from there (${result.problem})`
            : `failed (${result.problem})`
        trace(`${part} ${why}, read again from byte ${end}`)
        // Read it again from where its first record really starts, with the right line numbers.
        const redo = createScanner(format, options_, countInto(counter), {
          line: scanner.line,
          header: scanner.header,
        })!
        const again = new RangeReader(fd, shown, redo, end, chunkBytes, false)
        again.read(job.stopAt)
        scanner.line = redo.line
        scanner.records += redo.records
        end = again.position
      }
    } finally {
      // When an error came first, the other threads still finish their parts; wait for them.
      await others
    }
    scanner.finish()
  } finally {
    closeSync(fd)
  }
}

/**
 * Reads parts, taking the next from the shared counter until none is left: what every thread does. `limit` stops
 * after that many parts (for tests).
 */
export function takeParts(work: SharedParts, thread: number, limit = Infinity): [number, PartResult][] {
  const next = new Int32Array(work.next)
  const results: [number, PartResult][] = []
  while (results.length < limit) {
    const index = Atomics.add(next, 0, 1)
    if (index >= work.jobs.length) break
    let result: PartResult
    try {
      result = readPart(work.jobs[index]!, thread)
    } catch (error) {
      result = failure(error)
    }
    results.push([index, result])
  }
  return results
}

/**
 * Reads every record of a CSV, TSV or JSON Lines file through the byte readers, handing the requested fields to
 * `onRecord` as strings — the records and errors of `createParser`, at the byte readers' speed (in one thread: a
 * handler's work cannot be split and merged). Returns the number of records. For readers of other fields than a
 * (gold, predicted) pair, e.g. a score column.
 */
export function readFileRecords(
  absolute: string,
  shown: string,
  format: Exclude<PredictionFormat, 'json'>,
  fields: string[],
  onRecord: RecordHandler,
): number {
  const fd = openSync(absolute, 'r')
  try {
    const scanner = createScanner(format, { file: shown, fields }, stringsOf(onRecord))!
    const reader = new RangeReader(fd, shown, scanner, 0, CHUNK, format !== 'jsonl')
    const info = fstatSync(fd)
    progressStart(shown, info.size)
    if (!info.isFile()) reader.sequential = true
    reader.read(Infinity)
    return scanner.finish()
  } finally {
    closeSync(fd)
  }
}

/** Adds every record's pair to `counter`, by label id. */
function countInto(counter: ConfusionCounter): SlotSink {
  const ids = counter.ids
  return (slots, line) => {
    try {
      const gold = slots.texts[0]
      const predicted = slots.texts[1]
      const g =
        gold === undefined ? ids.idOfBytes(slots.bytes, slots.starts[0]!, slots.ends[0]!) : ids.idOf(gold)
      const p =
        predicted === undefined
          ? ids.idOfBytes(slots.bytes, slots.starts[1]!, slots.ends[1]!)
          : ids.idOf(predicted)
      counter.addIds(g, p)
    } catch (error) {
      // Costs nothing until a label is refused; then the error gets its record's place.
      throw locateLabelError(error, { file: counter.file, line })
    }
  }
}

/**
 * Reads a file from byte `from` on through a scanner, in chunks aligned to the file's 1 MiB boundaries (as the
 * stream of the text readers is), checking each chunk as UTF-8 before its records are scanned. `read(stopAt)` can
 * be called again with a later `stopAt` to go on.
 */
class RangeReader {
  private buffer: Buffer
  /** File offset of `buffer[0]`. */
  private bufferStart: number
  /** Bytes of the file in the buffer, and how far they are scanned. */
  private used = 0
  private scanned = 0
  private next: number
  private ended = false
  private readonly utf8 = new Utf8Checker()
  /** Read without positions (from a pipe, which has none), from where the file descriptor is. */
  sequential = false

  constructor(
    private readonly fd: number,
    private readonly shown: string,
    private readonly scanner: ByteScanner,
    from: number,
    private readonly chunk: number,
    /** Whether the scanner reads a header first (only at the top of a delimited file). */
    private readonly readsHeader: boolean,
  ) {
    this.bufferStart = from
    this.next = from
    this.buffer = takeBuffer(2 * chunk)
  }

  /** File offset where scanning stopped: the start of the first record not read. */
  get position(): number {
    return this.bufferStart + this.scanned
  }

  /** Reads records until one starts at or after file offset `stopAt`, or the file ends. */
  read(stopAt: number): void {
    // Records already in the buffer first.
    if (this.used > this.scanned) this.scanTo(stopAt)
    while (!this.ended && !this.reached(stopAt)) {
      this.fill()
      this.scanTo(stopAt)
    }
  }

  private scanTo(stopAt: number): void {
    const [from, records] = [this.position, this.scanner.records]
    const end = this.checked
    this.scanned = this.scanner.scan(this.buffer, this.scanned, end, this.ended, stopAt - this.bufferStart)
    // What was consumed (scanned, not merely read from disk: parts overlap there) goes to the progress line.
    progressAdvance(this.position - from, this.scanner.records - records)
  }

  /** Done reading: the buffer may serve the next reader of this thread. */
  release(): void {
    spareBuffer = this.buffer
  }

  /**
   * End of the bytes the scanner may read: whole characters only, so that it never reads the first byte of a
   * sequence that the next chunk shows to be invalid (the error must be "not UTF-8", wherever the bytes are).
   */
  private get checked(): number {
    return this.used - this.utf8.incomplete
  }

  /** Whether a record at or after `stopAt` was reached; never before the header is read. */
  private reached(stopAt: number): boolean {
    return this.position >= stopAt && !(this.readsHeader && this.scanner.header === undefined)
  }

  /** Reads the next chunk after the unscanned rest, growing the buffer for a record longer than it. */
  private fill(): void {
    if (this.scanned > 0) {
      this.buffer.copyWithin(0, this.scanned, this.used)
      this.used -= this.scanned
      this.bufferStart += this.scanned
      this.scanned = 0
    }
    if (this.used + this.chunk + 3 > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, this.used + this.chunk + 3))
      this.buffer.copy(bigger, 0, 0, this.used)
      this.buffer = bigger
    }
    // (At least 3 bytes at the top of the file, to see a BOM whole.)
    const length = Math.max(this.chunk - (this.next % this.chunk), this.next === 0 ? 3 : 1)
    const read = readSync(this.fd, this.buffer, this.used, length, this.sequential ? null : this.next)
    const first = this.next === 0
    this.next += read
    if (read === 0) {
      this.ended = true
      if (!this.utf8.end()) throw new InputError('is not valid UTF-8 text', { file: this.shown })
      return
    }
    if (!this.utf8.check(this.buffer, this.used, this.used + read)) {
      throw new InputError('is not valid UTF-8 text', { file: this.shown })
    }
    this.used += read
    // The text readers decode with TextDecoder, which drops a BOM at the start of the file.
    if (first && read >= 3 && this.buffer[0] === 0xef && this.buffer[1] === 0xbb) {
      if (this.buffer[2] === 0xbf) this.scanned = 3
    }
  }
}

/** A read buffer given back by a reader that is done, for the next one of this thread (parts are many). */
let spareBuffer: Buffer | undefined

function takeBuffer(size: number): Buffer {
  const spare = spareBuffer
  spareBuffer = undefined
  return spare && spare.length >= size ? spare : Buffer.allocUnsafe(size)
}

/** Where parts 2, 3, … start: just after the first newline at or after each equal share of the file. */
function splitPoints(fd: number, size: number, parts: number): number[] {
  const points: number[] = []
  const window = Buffer.allocUnsafe(64 << 10)
  for (let k = 1; k < parts; k++) {
    let at = Math.floor((size * k) / parts)
    let point = size
    while (at < size) {
      const read = readSync(fd, window, 0, window.length, at)
      if (read === 0) break
      const newline = window.subarray(0, read).indexOf(10)
      if (newline >= 0) {
        point = at + newline + 1
        break
      }
      at += read
    }
    if (point < size && point > (points.at(-1) ?? 0)) points.push(point)
  }
  return points
}

/**
 * Knobs for tests and benchmarks, read from the environment: EVAL_GATE_SPLIT_BYTES (read files from this size on in
 * parts), EVAL_GATE_PARTS (that many parts), EVAL_GATE_TRACE_PARTS (say on stderr how every part was read).
 */
function numberFromEnvironment(name: string): number | undefined {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value >= 0 && process.env[name] !== '' ? value : undefined
}

function trace(message: string): void {
  if (process.env.EVAL_GATE_TRACE_PARTS) process.stderr.write(`eval-gate: ${message}\n`)
}

function failure(error: unknown): PartResult {
  return { ok: false, problem: (error as Error).message, input: error instanceof InputError }
}

/** Reads one part of a file, in whatever thread. */
export function readPart(job: PartJob, thread = 0): PartResult {
  const counter = new ConfusionCounter(job.maxLabels)
  counter.file = job.shown
  const fd = openSync(job.absolute, 'r')
  try {
    const { shown: file, fields, maxRecordBytes } = job
    const scanner = createScanner(job.format, { file, fields, maxRecordBytes }, countInto(counter), {
      line: 1,
      header: job.header,
    })!
    const reader = new RangeReader(fd, job.shown, scanner, job.from, job.chunkBytes, false)
    reader.read(job.stopAt)
    reader.release()
    return {
      ok: true,
      from: job.from,
      end: reader.position,
      lines: scanner.line - 1,
      records: scanner.records,
      matrix: counter.toMatrix(),
      thread,
    }
  } finally {
    closeSync(fd)
  }
}

/**
 * The script a worker runs: the small bundle of this module that `npm run bundle` puts beside the main bundles
 * (dist/count-worker.js), a tenth of the size of the CLI's, which is ready sooner (measured on 2 busy cores from
 * spawn to its first message: median 67 ms against 93 ms); else the main bundle itself. Undefined in the
 * TypeScript sources under test, which cannot be started as a worker (they read every file in one part).
 */
function workerScript(): string | undefined {
  const self = fileURLToPath(import.meta.url)
  if (!self.endsWith('.js')) return undefined
  const small = path.join(path.dirname(self), WORKER_BUNDLE)
  return existsSync(small) ? small : self
}

/** File name of the worker bundle, beside dist/index.js and dist/cli.js (scripts/bundle.mjs builds it). */
const WORKER_BUNDLE = 'count-worker.js'

/**
 * Parts read by worker threads running `workerScript`, one per core but the main thread's — possible only from the
 * bundle. A worker that fails leaves its parts unread: the main thread reads them again.
 */
function workerRunner(): PartsRunner | undefined {
  const script = workerScript()
  if (script === undefined) return undefined
  const workers = Math.min(availableParallelism(), MAX_THREADS) - 1
  if (workers < 1) return undefined
  return async (work) => {
    const running = Array.from(
      { length: Math.min(workers, work.jobs.length) },
      (_, n) =>
        new Promise<[number, PartResult][]>((resolve) => {
          let results: [number, PartResult][] = []
          const worker = new Worker(script, {
            workerData: { ...work, thread: n + 1 },
            stdout: true,
            stderr: true,
          })
          worker.on('message', (message: [number, PartResult][]) => (results = message))
          worker.on('error', () => resolve([]))
          worker.on('exit', () => resolve(results))
        }),
    )
    return (await Promise.all(running)).flat()
  }
}

// In a worker started by `workerRunner` (this module's own bundle, or a main bundle that holds it): read parts, post
// what they gave and stop before anything else runs.
if (!isMainThread && (workerData as Partial<SharedParts> | null)?.[WORKER_FLAG] === true) {
  const work = workerData as SharedParts & { thread: number }
  parentPort!.postMessage(takeParts(work, work.thread))
  process.exit(0)
}

import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { ConfusionCounter, type ConfusionMatrix } from '../core/confusion.js'
import { InputError } from '../core/errors.js'
import { Utf8Checker } from '../core/readers/bytes.js'
import {
  createScanner,
  type ByteScanner,
  type HeaderLayout,
  type PredictionFormat,
  type SlotSink,
} from '../core/readers/index.js'

/**
 * Counting (gold, predicted) pairs of a CSV, TSV or JSON Lines file from its bytes: read in 1 MiB chunks with
 * synchronous reads into one reused buffer, checked as UTF-8, scanned by the format's byte reader, and labels
 * counted by id without a string per row. A large file is read in parts at once, one per core: the main thread
 * reads the first part and worker threads the others, each counting into its own matrix, and the matrices are
 * summed (counts are sums).
 *
 * A part other than the first starts just after a newline, assuming that a record starts there. A CSV newline can
 * be inside a quoted field, so that is checked once the part before is read: it ends where its last record ends,
 * at or past the start of the next part. When that is exactly where the next part started, the next part was read
 * right; otherwise (a quoted field ran across the split point) it is read again from where its first record really
 * starts. A part that failed is read again the same way, in the main thread, once every part before it is known
 * to be right: the error a file gets is always the one reading it from the top would give, with the same line.
 *
 * Workers are this very file: the bundle (dist/index.js or dist/cli.js) starts itself as a worker thread, and the
 * check at the bottom of this module makes it count its part and exit before the entry point's code runs.
 */

/** Files at least this large are read in parts. */
const DEFAULT_SPLIT_BYTES = 64 << 20
/** At most this many parts (threads): more rarely helps a single file's reads, and each costs memory. */
const MAX_PARTS = 4
/** A part is at least this large. */
const MIN_PART_BYTES = 1 << 20
/** Read size: the text readers' stream reads 1 MiB at a time, and the chunks are aligned the same way. */
const CHUNK = 1 << 20
const WORKER_FLAG = 'evalGateCountPart'

/** The fields of a pair count: gold label, then prediction. */
export type PairFields = [gold: string, predicted: string]

/** One part of a file, as a worker is asked to read it. */
interface PartJob {
  [WORKER_FLAG]: true
  absolute: string
  shown: string
  format: PredictionFormat
  fields: PairFields
  from: number
  stopAt: number
  header: HeaderLayout | undefined
  chunkBytes: number
}

/**
 * What a part's reading gave. When it failed (`ok` false) it is read again by the main thread: `problem` is the
 * error, `input` whether it was about the file's contents (as when a part started inside a quoted field).
 */
type PartResult =
  | {
      ok: true
      from: number
      /** Where its last record ends: the start of the next part's first record. */
      end: number
      /** Newlines read (the line count to add for the parts after it). */
      lines: number
      records: number
      matrix: ConfusionMatrix
    }
  | { ok: false; problem: string; input: boolean }

/** How a part other than the first is read: by a worker thread, or (in tests) by a stand-in. */
export type PartRunner = (job: PartJob) => Promise<PartResult>

export interface CountOptions {
  /** Read in parts from this size on (default: EVAL_GATE_SPLIT_BYTES, else 64 MiB). */
  splitBytes?: number
  /** Number of parts for a large file (default: the cores, at most 4, each at least 1 MiB). */
  parts?: number
  /** Read size (default 1 MiB; tests make it small to put chunk boundaries everywhere). */
  chunkBytes?: number
  /** Reads a part other than the first (default: a worker thread running this bundle). */
  runPart?: PartRunner
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
  const fd = openSync(absolute, 'r')
  try {
    const size = fstatSync(fd).size
    const options_ = { file: shown, fields }
    const scanner = createScanner(format, options_, countInto(counter))
    if (!scanner) throw new Error(`no byte reader for ${format}`)
    const chunkBytes = options.chunkBytes ?? CHUNK
    const reader = new RangeReader(fd, shown, scanner, 0, chunkBytes, format !== 'jsonl')
    const runPart = options.runPart ?? workerRunner()
    const splitBytes =
      options.splitBytes ?? numberFromEnvironment('EVAL_GATE_SPLIT_BYTES') ?? DEFAULT_SPLIT_BYTES
    const parts =
      options.parts ??
      numberFromEnvironment('EVAL_GATE_PARTS') ??
      Math.min(availableParallelism(), MAX_PARTS, Math.floor(size / MIN_PART_BYTES))
    if (runPart === undefined || size < splitBytes || parts < 2) {
      reader.read(Infinity)
      scanner.finish()
      return
    }

    // The header first (delimited formats): every part needs its layout.
    reader.read(0)
    const starts = splitPoints(fd, size, parts).filter((start) => start > reader.position)
    if (scanner.header === undefined && format !== 'jsonl') starts.length = 0
    const jobs = starts.map((from, k): PartJob => ({
      [WORKER_FLAG]: true,
      absolute,
      shown,
      format,
      fields,
      from,
      stopAt: starts[k + 1] ?? Infinity,
      header: scanner.header,
      chunkBytes,
    }))
    const running = jobs.map(async (job): Promise<PartResult> => {
      try {
        return await runPart(job)
      } catch (error) {
        return failure(error)
      }
    })
    try {
      reader.read(starts[0] ?? Infinity)
      let end = reader.position
      for (const [k, job] of jobs.entries()) {
        const result = await running[k]!
        const part = `${shown}: part ${k + 2} of ${jobs.length + 1}, from byte ${job.from}:`
        if (result.ok && result.from === end) {
          trace(`${part} read by another thread`)
          counter.addMatrix(result.matrix)
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
      // Results not waited for (an error came first) are dropped; their workers end on their own.
      await Promise.allSettled(running)
    }
    scanner.finish()
  } finally {
    closeSync(fd)
  }
}

/** Adds every record's pair to `counter`, by label id. */
function countInto(counter: ConfusionCounter): SlotSink {
  const ids = counter.ids
  return (slots) => {
    const gold = slots.texts[0]
    const predicted = slots.texts[1]
    const g =
      gold === undefined ? ids.idOfBytes(slots.bytes, slots.starts[0]!, slots.ends[0]!) : ids.idOf(gold)
    const p =
      predicted === undefined
        ? ids.idOfBytes(slots.bytes, slots.starts[1]!, slots.ends[1]!)
        : ids.idOf(predicted)
    counter.addIds(g, p)
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
    this.buffer = Buffer.allocUnsafe(2 * chunk)
  }

  /** File offset where scanning stopped: the start of the first record not read. */
  get position(): number {
    return this.bufferStart + this.scanned
  }

  /** Reads records until one starts at or after file offset `stopAt`, or the file ends. */
  read(stopAt: number): void {
    const scanner = this.scanner
    // Records already in the buffer first.
    if (this.used > this.scanned) {
      this.scanned = scanner.scan(this.buffer, this.scanned, this.used, this.ended, stopAt - this.bufferStart)
    }
    while (!this.ended && !this.reached(stopAt)) {
      this.fill()
      this.scanned = scanner.scan(this.buffer, this.scanned, this.used, this.ended, stopAt - this.bufferStart)
    }
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
    const read = readSync(this.fd, this.buffer, this.used, length, this.next)
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

/** Reads one part of a file: what a worker does, in whatever thread. */
export function readPart(job: PartJob): PartResult {
  const counter = new ConfusionCounter()
  const fd = openSync(job.absolute, 'r')
  try {
    const scanner = createScanner(job.format, { file: job.shown, fields: job.fields }, countInto(counter), {
      line: 1,
      header: job.header,
    })!
    const reader = new RangeReader(fd, job.shown, scanner, job.from, job.chunkBytes, false)
    reader.read(job.stopAt)
    return {
      ok: true,
      from: job.from,
      end: reader.position,
      lines: scanner.line - 1,
      records: scanner.records,
      matrix: counter.toMatrix(),
    }
  } finally {
    closeSync(fd)
  }
}

/**
 * Parts read by worker threads running this module's file — possible only from the bundle (a .js file; the
 * TypeScript sources under test cannot be started as a worker, so they read every file in one part).
 */
function workerRunner(): PartRunner | undefined {
  const script = fileURLToPath(import.meta.url)
  if (!script.endsWith('.js')) return undefined
  return (job) =>
    new Promise<PartResult>((resolve) => {
      let result: PartResult = failure(new Error('the worker ended without a result'))
      const worker = new Worker(script, { workerData: job, stdout: true, stderr: true })
      worker.on('message', (message: PartResult) => (result = message))
      worker.on('error', (error) => resolve(failure(error)))
      worker.on('exit', () => resolve(result))
    })
}

// In a worker started by `workerRunner`: read the part, post the result and stop before anything else runs.
if (!isMainThread && (workerData as Partial<PartJob> | null)?.[WORKER_FLAG] === true) {
  let result: PartResult
  try {
    result = readPart(workerData as PartJob)
  } catch (error) {
    result = failure(error)
  }
  parentPort!.postMessage(result)
  process.exit(0)
}

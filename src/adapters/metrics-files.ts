import { readFile } from 'node:fs/promises'
import { InputError } from '../core/errors.js'
import {
  readMetricsFile,
  selectFileMetrics,
  type DirectionRule,
  type FileSelection,
  type MetricsFile,
  type MetricsFormat,
} from '../core/metrics-files/index.js'
import { asInputError, findFiles } from './files.js'

/** What the `metrics-files` inputs ask for. */
export interface MetricsFilesRequest {
  /** Paths or globs, each of which must match a file. */
  patterns: string[]
  /** Forced format; unset detects each file's. */
  format?: MetricsFormat
  /** `metrics-select` globs; empty takes every metric. */
  select: string[]
  /** `directions` rules from the thresholds input. */
  directions: DirectionRule[]
  /** Files already parsed (the metrics of per-example results), chosen from with the others and listed first. */
  parsed?: MetricsFile[]
}

/** The metrics files of a run, read, and the metrics chosen from them. */
export type MetricsFilesResult = FileSelection & { files: MetricsFile[] }

/** Metrics files are documents, not data sets: read whole, up to this size. */
const MAX_BYTES = 256 * 1024 * 1024

/** Finds, reads and parses every metrics file, then chooses the metrics to gate on. */
export async function readMetricsFiles(
  request: MetricsFilesRequest,
  folder: string,
): Promise<MetricsFilesResult> {
  const found = request.patterns.length > 0 ? await findFiles(request.patterns, folder, 'metrics-files') : []
  const files: MetricsFile[] = [...(request.parsed ?? [])]
  for (const file of found) {
    let bytes: Buffer
    try {
      bytes = await readFile(file.absolute)
    } catch (error) {
      throw asInputError(error, file.shown)
    }
    if (bytes.length > MAX_BYTES) {
      throw new InputError(`is ${bytes.length} bytes, more than a metrics file should be`, {
        file: file.shown,
      })
    }
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw new InputError('is not valid UTF-8 text', { file: file.shown })
    }
    files.push(readMetricsFile(text, file.shown, request.format))
  }
  return { files, ...selectFileMetrics(files, request.select, request.directions) }
}

import { InputError } from '../core/errors.js'
import {
  readMetricsFile,
  selectFileMetrics,
  type DirectionRule,
  type FileSelection,
  type MetricsFile,
  type MetricsFormat,
} from '../core/metrics-files/index.js'
import { MAX_RECORD_BYTES } from '../core/readers/bytes.js'
import { findFiles, readBoundedFile } from './files.js'

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

/**
 * How large a metrics file may be, checked from its size before it is read. Real aggregate files are KB to a few MB
 * (the largest in test/fixtures/real is 122 KB). A parsed document takes up to about 50 bytes of memory per byte
 * (a 14 MB JSON object of 1.2 million keys: 766 MB), and YAML's parser up to about 800 (a 256 KiB list: 261 MB peak), so
 * JSON is bounded like a record of a prediction file and YAML much lower.
 */
export interface MetricsFileLimits {
  jsonBytes: number
  yamlBytes: number
  /** Longest string (or key) of a JSON metrics file, in UTF-16 units. */
  stringLength: number
}

export const METRICS_FILE_LIMITS: MetricsFileLimits = {
  jsonBytes: 16 << 20,
  yamlBytes: 256 << 10,
  stringLength: MAX_RECORD_BYTES,
}

/** Finds, reads and parses every metrics file, then chooses the metrics to gate on. */
export async function readMetricsFiles(
  request: MetricsFilesRequest,
  folder: string,
  limits = METRICS_FILE_LIMITS,
): Promise<MetricsFilesResult> {
  const found = request.patterns.length > 0 ? await findFiles(request.patterns, folder, 'metrics-files') : []
  const files: MetricsFile[] = [...(request.parsed ?? [])]
  for (const file of found) {
    const maxBytes = /\.ya?ml$/i.test(file.shown) ? limits.yamlBytes : limits.jsonBytes
    const bytes = await readBoundedFile(file, maxBytes, 'a metrics file')
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw new InputError('is not valid UTF-8 text', { file: file.shown })
    }
    files.push(readMetricsFile(text, file.shown, request.format, limits.stringLength))
  }
  return { files, ...selectFileMetrics(files, request.select, request.directions) }
}

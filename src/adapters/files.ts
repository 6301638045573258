import { constants, createReadStream } from 'node:fs'
import { mkdir, open, readFile, realpath, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { ConfusionCounter, locateLabelError } from '../core/confusion.js'
import { InputError } from '../core/errors.js'
import { createParser, formatOf } from '../core/readers/index.js'
import { countFileBytes } from './parallel-count.js'

/** A file found for the user: its absolute path and the path shown in messages (relative to the workspace). */
export interface FoundFile {
  absolute: string
  shown: string
}

/**
 * Expands the `predictions` patterns against the workspace. A pattern without glob characters is a plain path.
 * Every pattern must match at least one file, so a typo or a missing artifact fails loudly instead of gating on
 * fewer rows.
 */
export async function findFiles(
  patterns: string[],
  workspace: string,
  input = 'predictions',
): Promise<FoundFile[]> {
  const found = new Map<string, FoundFile>()
  for (const pattern of patterns) {
    const matches = isGlob(pattern)
      ? await expandGlob(pattern, workspace)
      : [await plainFile(pattern, workspace)]
    if (matches.length === 0) {
      throw new InputError(`input "${input}": pattern matched no files: ${pattern} (looked in ${workspace})`)
    }
    for (const match of matches.sort()) {
      // A file two patterns match was checked the first time.
      if (found.has(match)) continue
      const shown = path.relative(workspace, match) || match
      await refuseLinkOutOf(workspace, match, shown)
      await refuseNonRegular(match, shown)
      found.set(match, { absolute: match, shown })
    }
  }
  return [...found.values()]
}

async function plainFile(pattern: string, workspace: string): Promise<string> {
  const absolute = path.resolve(workspace, pattern)
  const info = await stat(absolute).catch((error: unknown) => {
    throw asInputError(error, pattern)
  })
  if (info.isDirectory()) {
    throw new InputError(
      `is a directory, not a file; name the files, e.g. ${pattern.replace(/\/+$/, '')}/*.csv`,
      {
        file: pattern,
      },
    )
  }
  return absolute
}

/**
 * Refuses a path inside `folder` that symbolic links lead out of it: a pull request could otherwise have the gate read
 * any file the runner can (and quote it). A path the workflow names outside the folder is its own choice.
 */
export async function refuseLinkOutOf(folder: string, absolute: string, shown: string): Promise<void> {
  const root = path.resolve(folder)
  if (!isInside(path.resolve(absolute), root)) return
  // A file that does not exist is reported by whatever reads it.
  const target = await realpath(absolute).catch(() => undefined)
  if (target === undefined || isInside(target, await realpath(root).catch(() => root))) return
  throw new InputError(
    'is a symbolic link to a file outside the workspace; eval-gate reads only files inside it: copy the file in',
    { file: shown },
  )
}

/** Refuses a FIFO, socket or device: reading one could wait forever or never end. */
async function refuseNonRegular(absolute: string, shown: string): Promise<void> {
  const info = await stat(absolute).catch((error: unknown) => {
    throw asInputError(error, shown)
  })
  if (!info.isFile()) throw notRegular(shown)
}

function notRegular(shown: string): InputError {
  return new InputError('is not a regular file (a FIFO, socket or device?): name a file', { file: shown })
}

/**
 * Reads a whole file of at most `maxBytes`, refused from its size before any of it is read. It is opened without
 * blocking, so a FIFO put in its place after it was found is refused rather than waited on.
 */
export async function readBoundedFile(file: FoundFile, maxBytes: number, what: string): Promise<Buffer> {
  try {
    const handle = await open(file.absolute, constants.O_RDONLY | constants.O_NONBLOCK)
    try {
      const info = await handle.stat()
      if (!info.isFile()) throw notRegular(file.shown)
      if (info.size > maxBytes) throw tooLarge(file.shown, info.size, maxBytes, what)
      // As many bytes as it had when its size was taken: a file growing meanwhile cannot pass the bound.
      const buffer = Buffer.alloc(info.size)
      let length = 0
      while (length < buffer.length) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
        if (bytesRead === 0) break
        length += bytesRead
      }
      return buffer.subarray(0, length)
    } finally {
      await handle.close()
    }
  } catch (error) {
    throw asInputError(error, file.shown)
  }
}

function tooLarge(shown: string, size: number, maxBytes: number, what: string): InputError {
  return new InputError(`is ${size} bytes, more than the ${maxBytes} bytes ${what} may have`, { file: shown })
}

/** Whether `file` (absolute) lies in `folder`: `..x` is a name inside it, `../x` is not. */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file)
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
}

function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern)
}

async function expandGlob(pattern: string, workspace: string): Promise<string[]> {
  // tinyglobby wants forward slashes and a pattern relative to its cwd.
  const relative = path.isAbsolute(pattern) ? path.relative(workspace, pattern) : pattern
  return glob(relative.split(path.sep).join('/'), {
    cwd: workspace,
    absolute: true,
    onlyFiles: true,
    dot: true,
  })
}

/**
 * Counts every prediction file into one confusion counter. CSV, TSV and JSON Lines are read as bytes by the fast
 * counting path (in parts across cores when large); a JSON array is streamed as text through its parser.
 */
export async function countPredictions(
  files: FoundFile[],
  labelColumn: string,
  predictionColumn: string,
  maxLabels: number,
): Promise<ConfusionCounter> {
  const counter = new ConfusionCounter(maxLabels)
  for (const file of files) {
    const format = formatOf(file.shown)
    if (format === 'json') {
      counter.file = file.shown
      const parser = createParser(
        format,
        { file: file.shown, fields: [labelColumn, predictionColumn] },
        (values, line) => {
          try {
            counter.add(values[0]!, values[1]!)
          } catch (error) {
            throw locateLabelError(error, { file: file.shown, line })
          }
        },
      )
      await streamText(file, (text) => parser.push(text))
      parser.end()
      continue
    }
    try {
      await countFileBytes(file.absolute, file.shown, format, [labelColumn, predictionColumn], counter)
    } catch (error) {
      throw asInputError(error, file.shown)
    }
  }
  return counter
}

/** Reads a file as UTF-8 text in chunks, so memory stays flat whatever its size. */
async function streamText(file: FoundFile, onText: (text: string) => void): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  try {
    for await (const chunk of createReadStream(file.absolute, { highWaterMark: 1 << 20 })) {
      onText(decoder.decode(chunk as Buffer, { stream: true }))
    }
    onText(decoder.decode())
  } catch (error) {
    throw asInputError(error, file.shown)
  }
}

/** Reads a whole small file (a baseline); undefined when it does not exist. */
export async function readOptionalFile(absolute: string, shown: string): Promise<string | undefined> {
  try {
    return await readFile(absolute, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw asInputError(error, shown)
  }
}

/**
 * Replaces a file's contents all at once: the text goes to a temporary file beside it, is flushed to disk, then
 * renamed over the target. A reader sees the old file or the new one, never half of one.
 */
export async function writeFileAtomic(absolute: string, text: string): Promise<void> {
  await mkdir(path.dirname(absolute), { recursive: true })
  const temporary = `${absolute}.${process.pid}.${Date.now()}.tmp`
  try {
    const handle = await open(temporary, 'wx')
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, absolute)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** Turns a file-system error into a message naming the file, passing our own errors through. */
export function asInputError(error: unknown, file: string): Error {
  if (error instanceof InputError) return error
  const code = (error as NodeJS.ErrnoException).code
  const reasons: Record<string, string> = {
    ENOENT: 'file not found',
    EACCES: 'permission denied: the file cannot be read',
    EPERM: 'permission denied: the file cannot be read',
    EISDIR: 'is a directory, not a file',
    ERR_ENCODING_INVALID_ENCODED_DATA: 'is not valid UTF-8 text',
  }
  const reason = code ? reasons[code] : undefined
  if (reason) return new InputError(reason, { file })
  return new InputError(`cannot be read: ${(error as Error).message}`, { file })
}

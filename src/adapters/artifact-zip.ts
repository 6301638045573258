import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, open, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { Readable, Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import { InputError } from '../core/errors.js'

/**
 * Bounds on an artifact zip, checked against its central directory before anything is written, so a hostile archive
 * (a zip bomb, millions of entries) is refused in bounded time, memory and disk.
 */
export interface ZipLimits {
  /** Entries (files and folders). */
  entries: number
  /** Sum of the entries' unpacked sizes, in bytes. */
  unpackedBytes: number
}

export const ZIP_LIMITS: ZipLimits = { entries: 10_000, unpackedBytes: 4 * 1024 ** 3 }

const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_HEADER = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const END_RECORD_BYTES = 22
const MAX_COMMENT_BYTES = 0xffff
/** Longest entry name accepted: far beyond any real path, short enough to keep the directory small. */
const MAX_NAME_BYTES = 4096
const S_IFMT = 0o170000
const S_IFREG = 0o100000
const S_IFDIR = 0o040000

interface ZipEntry {
  name: string
  method: number
  crc: number
  packedBytes: number
  unpackedBytes: number
  localHeaderOffset: number
  /** Where the packed bytes start, read from the local header. */
  dataStart: number
  isFolder: boolean
}

/**
 * Unpacks the zip at `zipFile` into the empty folder `folder`. Refused, naming the entry: names that are absolute,
 * hold `..`, a backslash or a NUL; symbolic links and other non-regular entries; encrypted entries, methods other
 * than STORED and DEFLATE, ZIP64; an entry whose bytes do not match its declared size or CRC-32; more entries or
 * more unpacked bytes than `limits`. Files are created exclusively, so an entry can neither overwrite another nor
 * follow a link; the folder holds no links, so nothing is written outside it.
 */
export async function extractZip(
  zipFile: string,
  folder: string,
  shown: string,
  limits: ZipLimits = ZIP_LIMITS,
): Promise<void> {
  const handle = await open(zipFile, 'r')
  let entries: ZipEntry[]
  try {
    entries = await readCentralDirectory(handle, shown, limits)
    for (const entry of entries) {
      if (!entry.isFolder) entry.dataStart = await dataOffset(handle, entry, shown)
    }
  } finally {
    await handle.close()
  }
  const root = path.resolve(folder)
  for (const entry of entries) {
    const target = path.join(root, entryPath(entry.name))
    await unpackEntry(zipFile, entry, target).catch((error: unknown) => {
      throw refused(shown, entry.name, describeWriteError(error))
    })
  }
}

async function unpackEntry(zipFile: string, entry: ZipEntry, target: string): Promise<void> {
  if (entry.isFolder) {
    await mkdir(target, { recursive: true })
    return
  }
  await mkdir(path.dirname(target), { recursive: true })
  const packed =
    entry.packedBytes === 0
      ? Readable.from([]) // createReadStream with end < start would read to the end of the file
      : createReadStream(zipFile, {
          start: entry.dataStart,
          end: entry.dataStart + entry.packedBytes - 1,
        })
  const unpack = entry.method === 8 ? [zlib.createInflateRaw()] : []
  const check = new DeclaredContentCheck(entry.unpackedBytes, entry.crc)
  // `wx`: create only; an entry of the same name, or a name in the way, fails instead of being overwritten.
  await pipeline([packed, ...unpack, check, createWriteStream(target, { flags: 'wx' })] as [
    NodeJS.ReadableStream,
    ...NodeJS.WritableStream[],
  ])
}

function refused(shown: string, entry: string | undefined, problem: string): InputError {
  const where = entry === undefined ? '' : `entry ${JSON.stringify(entry)} `
  return new InputError(`artifact ${shown}: ${where}${problem}; the artifact was not read`)
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  const { bytesRead } = await handle.read(buffer, 0, length, position)
  return buffer.subarray(0, bytesRead)
}

async function readCentralDirectory(
  handle: FileHandle,
  shown: string,
  limits: ZipLimits,
): Promise<ZipEntry[]> {
  const { size } = await handle.stat()
  const tailStart = Math.max(0, size - END_RECORD_BYTES - MAX_COMMENT_BYTES)
  const tail = await readAt(handle, tailStart, size - tailStart)
  let end = -1
  for (let i = tail.length - END_RECORD_BYTES; i >= 0 && end < 0; i--) {
    if (tail.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) end = i
  }
  if (end < 0) throw refused(shown, undefined, 'is not a zip archive (no end of central directory)')
  const count = tail.readUInt16LE(end + 10)
  const directoryBytes = tail.readUInt32LE(end + 12)
  const directoryStart = tail.readUInt32LE(end + 16)
  if (count === 0xffff || directoryStart === 0xffffffff) {
    throw refused(
      shown,
      undefined,
      'is a ZIP64 archive (over 4 GiB or 65,535 entries), which eval-gate does not read',
    )
  }
  if (count > limits.entries) {
    throw refused(shown, undefined, `has ${count} entries, more than the ${limits.entries} eval-gate reads`)
  }
  if (
    directoryStart + directoryBytes > tailStart + end ||
    directoryBytes > count * (46 + 3 * MAX_NAME_BYTES)
  ) {
    throw refused(shown, undefined, 'has a central directory outside the archive (truncated or corrupt)')
  }
  const directory = await readAt(handle, directoryStart, directoryBytes)
  const entries: ZipEntry[] = []
  const paths = new Set<string>()
  let unpacked = 0
  for (let at = 0, i = 0; i < count; i++) {
    const entry = parseCentralHeader(directory, at, shown)
    const target = entryPath(entry.name)
    if (paths.has(target)) throw refused(shown, entry.name, 'is a second entry of the same name')
    paths.add(target)
    at +=
      46 + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32)
    unpacked += entry.unpackedBytes
    if (unpacked > limits.unpackedBytes) {
      throw refused(
        shown,
        undefined,
        `unpacks to more than ${limits.unpackedBytes} bytes, the most eval-gate reads`,
      )
    }
    entries.push(entry)
  }
  return entries
}

function parseCentralHeader(directory: Buffer, at: number, shown: string): ZipEntry {
  if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_HEADER) {
    throw refused(shown, undefined, 'has a corrupt central directory')
  }
  const nameBytes = directory.readUInt16LE(at + 28)
  if (at + 46 + nameBytes > directory.length)
    throw refused(shown, undefined, 'has a corrupt central directory')
  const name = directory.toString('utf8', at + 46, at + 46 + nameBytes)
  const flags = directory.readUInt16LE(at + 8)
  const method = directory.readUInt16LE(at + 10)
  const madeOnUnix = directory.readUInt8(at + 5) === 3
  const mode = madeOnUnix ? directory.readUInt32LE(at + 38) >>> 16 : 0
  const isFolder = name.endsWith('/') || (mode & S_IFMT) === S_IFDIR
  checkName(name, nameBytes, shown)
  if (mode !== 0 && (mode & S_IFMT) !== S_IFREG && (mode & S_IFMT) !== S_IFDIR) {
    throw refused(
      shown,
      name,
      'is a symbolic link or special file; an artifact may hold only files and folders',
    )
  }
  if (flags & 0x0001) throw refused(shown, name, 'is encrypted')
  if (method !== 0 && method !== 8)
    throw refused(shown, name, `uses compression method ${method}, not STORED or DEFLATE`)
  const entry = {
    name,
    method,
    crc: directory.readUInt32LE(at + 16),
    packedBytes: directory.readUInt32LE(at + 20),
    unpackedBytes: directory.readUInt32LE(at + 24),
    localHeaderOffset: directory.readUInt32LE(at + 42),
    dataStart: 0,
    isFolder,
  }
  // 0xffffffff: the real value is in a ZIP64 extra field.
  if ([entry.packedBytes, entry.unpackedBytes, entry.localHeaderOffset].includes(0xffffffff)) {
    throw refused(shown, name, 'has ZIP64 sizes (over 4 GiB), which eval-gate does not read')
  }
  return entry
}

/** A name is a relative path of forward-slash segments that stays inside the folder it is unpacked into. */
function checkName(name: string, nameBytes: number, shown: string): void {
  if (nameBytes === 0 || nameBytes > MAX_NAME_BYTES) {
    throw refused(shown, name.slice(0, 100), `has a name of ${nameBytes} bytes`)
  }
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw refused(shown, name, 'is an absolute path')
  if (name.includes('\\') || name.includes('\0'))
    throw refused(shown, name, 'has a backslash or NUL in its name')
  if (name.split('/').some((part) => part === '..'))
    throw refused(shown, name, 'goes outside the artifact folder')
}

/** The entry's path relative to the folder, the same for `a//b/./c` and `a/b/c`. */
function entryPath(name: string): string {
  return path.join(...name.split('/').filter((part) => part !== '' && part !== '.'), '.')
}

/** Where the entry's data starts: after its local header, whose name and extra field may differ in length. */
async function dataOffset(handle: FileHandle, entry: ZipEntry, shown: string): Promise<number> {
  const header = await readAt(handle, entry.localHeaderOffset, 30)
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) {
    throw refused(shown, entry.name, 'has no local header where the central directory says (corrupt archive)')
  }
  return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
}

/** Passes bytes on while they stay within the declared size; at the end, checks the size and the CRC-32. */
class DeclaredContentCheck extends Transform {
  private seen = 0
  private crc = 0

  constructor(
    private readonly declaredBytes: number,
    private readonly declaredCrc: number,
  ) {
    super()
  }

  override _transform(chunk: Buffer, _: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length
    if (this.seen > this.declaredBytes) {
      done(new ZipContentError(`unpacks to more than the ${this.declaredBytes} bytes it declares`))
      return
    }
    this.crc = zlib.crc32(chunk, this.crc)
    done(null, chunk)
  }

  override _flush(done: TransformCallback): void {
    if (this.seen !== this.declaredBytes) {
      done(new ZipContentError(`unpacks to ${this.seen} bytes, not the ${this.declaredBytes} it declares`))
    } else if (this.crc >>> 0 !== this.declaredCrc) {
      done(new ZipContentError('does not match its CRC-32 (corrupt archive)'))
    } else done()
  }
}

class ZipContentError extends Error {}

function describeWriteError(error: unknown): string {
  if (error instanceof ZipContentError) return error.message
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR')
    return 'collides with a file or folder of the same name'
  return `cannot be unpacked (${(error as Error).message})`
}

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { extractZip, ZIP_LIMITS, type ZipLimits } from '../src/adapters/artifact-zip.js'
import { makeZip, type ZipFiles } from './helpers/github-api.js'

// The zip reader of the GitHub Enterprise Server fallback (issue 18, item 6): what it unpacks, and the hostile
// archives it refuses before writing outside its folder or past its bounds. The end-to-end cases are in
// test/e2e/artifact-ghes.test.ts.

const root = mkdtempSync(path.join(os.tmpdir(), 'eval-gate-zip-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

let runs = 0

/** Writes `zip` to disk and unpacks it into a fresh folder inside `root/case-N/` (whose other entries it must not touch). */
async function unpack(zip: Buffer, limits?: ZipLimits): Promise<{ folder: string; caseRoot: string }> {
  const caseRoot = path.join(root, `case-${++runs}`)
  const folder = path.join(caseRoot, 'artifact')
  mkdirSync(folder, { recursive: true })
  const file = path.join(caseRoot, 'artifact.zip')
  writeFileSync(file, zip)
  await extractZip(file, folder, '"eval-results"', limits)
  return { folder, caseRoot }
}

/** Every file under `folder`, relative, with its text. */
function contents(folder: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    found[path.relative(folder, file).split(path.sep).join('/')] = readFileSync(file, 'utf8')
  }
  return found
}

const refusal = (entry: string | undefined, problem: string) =>
  `artifact "eval-results": ${entry === undefined ? '' : `entry ${JSON.stringify(entry)} `}${problem}; the artifact was not read`

/** The offset of the central directory, from the end record (no comment: the last 22 bytes). */
const centralStart = (zip: Buffer) => zip.readUInt32LE(zip.length - 22 + 16)

describe('extractZip', () => {
  it.each(['store', 'deflate'] as const)(
    'unpacks files, folders and empty files (%s)',
    async (compression) => {
      const files: ZipFiles = {
        'predictions.csv': 'label,prediction\n1,1\n0,1\n',
        'shards/': '',
        'shards/a/part-1.jsonl': '{"label":"x","prediction":"y"}\n'.repeat(50),
        'pr-number': '12\n',
        'empty.txt': '',
      }
      const { folder, caseRoot } = await unpack(makeZip(files, { compression }))
      const expected = Object.entries(files).filter(([name]) => name !== 'shards/')
      expect(contents(folder)).toEqual(Object.fromEntries(expected))
      expect(readdirSync(caseRoot).sort()).toEqual(['artifact', 'artifact.zip'])
    },
  )

  it.each([
    ['../evil.csv', 'goes outside the artifact folder'],
    ['data/../../evil.csv', 'goes outside the artifact folder'],
    ['..', 'goes outside the artifact folder'],
    ['/tmp/evil.csv', 'is an absolute path'],
    ['C:/evil.csv', 'is an absolute path'],
    ['..\\evil.csv', 'has a backslash or NUL in its name'],
    ['evil\0.csv', 'has a backslash or NUL in its name'],
  ])('refuses the entry %j before writing anything', async (name, problem) => {
    const zip = makeZip({ 'predictions.csv': 'label,prediction\n1,1\n', [name]: 'label,prediction\n1,0\n' })
    const caseRoot = path.join(root, `case-${runs + 1}`)
    await expect(unpack(zip)).rejects.toThrow(refusal(name, problem))
    expect(readdirSync(caseRoot).sort()).toEqual(['artifact', 'artifact.zip'])
    expect(readdirSync(path.join(caseRoot, 'artifact'))).toEqual([])
  })

  it('refuses a symbolic link entry, whatever it points at', async () => {
    const zip = makeZip({ 'predictions.csv': '/etc/passwd' }, { modes: { 'predictions.csv': 0o120777 } })
    await expect(unpack(zip)).rejects.toThrow(
      refusal(
        'predictions.csv',
        'is a symbolic link or special file; an artifact may hold only files and folders',
      ),
    )
  })

  it('refuses more entries than the limit, before writing any', async () => {
    const zip = makeZip({ a: '1', b: '2', c: '3', d: '4' })
    const limits = { ...ZIP_LIMITS, entries: 3 }
    const caseRoot = path.join(root, `case-${runs + 1}`)
    await expect(unpack(zip, limits)).rejects.toThrow(
      refusal(undefined, 'has 4 entries, more than the 3 eval-gate reads'),
    )
    expect(readdirSync(path.join(caseRoot, 'artifact'))).toEqual([])
  })

  it('refuses more unpacked bytes than the limit, before writing any', async () => {
    const zip = makeZip({ a: 'x'.repeat(60), b: 'y'.repeat(41) }, { compression: 'deflate' })
    const limits = { ...ZIP_LIMITS, unpackedBytes: 100 }
    const caseRoot = path.join(root, `case-${runs + 1}`)
    await expect(unpack(zip, limits)).rejects.toThrow(
      refusal(undefined, 'unpacks to more than 100 bytes, the most eval-gate reads'),
    )
    expect(readdirSync(path.join(caseRoot, 'artifact'))).toEqual([])
    // At the limit exactly, it unpacks.
    const { folder } = await unpack(makeZip({ a: 'x'.repeat(59), b: 'y'.repeat(41) }), limits)
    expect(Object.keys(contents(folder)).sort()).toEqual(['a', 'b'])
  })

  it('stops an entry that inflates past the size it declares (a zip bomb under the limit)', async () => {
    const zip = makeZip({ 'bomb.csv': Buffer.alloc(1_000_000) }, { compression: 'deflate' })
    expect(zip.length).toBeLessThan(2_000)
    zip.writeUInt32LE(1_000, centralStart(zip) + 24)
    const { caseRoot } = await unpack(zip).catch((error: Error) => {
      expect(error.message).toBe(refusal('bomb.csv', 'unpacks to more than the 1000 bytes it declares'))
      return { caseRoot: path.join(root, `case-${runs}`) }
    })
    expect(readFileSync(path.join(caseRoot, 'artifact', 'bomb.csv')).length).toBeLessThanOrEqual(1_000)
  })

  // One field of p.csv's central header set to another value: [what, offset in the header, width, value, problem].
  it.each([
    ['a wrong CRC-32', 16, 4, 0x12345678, 'does not match its CRC-32 (corrupt archive)'],
    ['a declared size larger than the data', 24, 4, 30, 'unpacks to 21 bytes, not the 30 it declares'],
    ['ZIP64 sizes', 24, 4, 0xffffffff, 'has ZIP64 sizes (over 4 GiB), which eval-gate does not read'],
    ['compression method 12 (bzip2)', 10, 2, 12, 'uses compression method 12, not STORED or DEFLATE'],
  ])('refuses an entry with %s', async (_, offset, width, value, problem) => {
    const zip = makeZip({ 'p.csv': 'label,prediction\n1,1\n' })
    zip.writeUIntLE(value, centralStart(zip) + offset, width)
    await expect(unpack(zip)).rejects.toThrow(refusal('p.csv', problem))
  })

  it('refuses a second entry of the same name, before writing any', async () => {
    const zip = makeZip({ 'dupA.csv': 'first\n', 'dupB.csv': 'second\n' })
    const renamed = Buffer.from(zip.toString('latin1').replaceAll('dupB.csv', 'dupA.csv'), 'latin1')
    const caseRoot = path.join(root, `case-${runs + 1}`)
    await expect(unpack(renamed)).rejects.toThrow(refusal('dupA.csv', 'is a second entry of the same name'))
    expect(readdirSync(path.join(caseRoot, 'artifact'))).toEqual([])
    // Spelled differently, the same path.
    const respelled = makeZip({ 'data/p.csv': 'first\n', 'data//./p.csv': 'second\n' })
    await expect(unpack(respelled)).rejects.toThrow(
      refusal('data//./p.csv', 'is a second entry of the same name'),
    )
  })

  it('refuses a file and a folder of the same name', async () => {
    const zip = makeZip({ data: 'a file\n', 'data/p.csv': 'label,prediction\n' })
    await expect(unpack(zip)).rejects.toThrow(
      refusal('data/p.csv', 'collides with a file or folder of the same name'),
    )
  })

  it('refuses what is not a zip and a truncated zip', async () => {
    await expect(unpack(Buffer.from('label,prediction\n1,1\n'))).rejects.toThrow(
      refusal(undefined, 'is not a zip archive (no end of central directory)'),
    )
    const zip = makeZip({ 'p.csv': 'label,prediction\n1,1\n' })
    await expect(unpack(zip.subarray(0, zip.length - 10))).rejects.toThrow(
      refusal(undefined, 'is not a zip archive (no end of central directory)'),
    )
    const cut = Buffer.concat([zip.subarray(0, 20), zip.subarray(zip.length - 22)])
    await expect(unpack(cut)).rejects.toThrow(
      refusal(undefined, 'has a central directory outside the archive (truncated or corrupt)'),
    )
  })

  it('reads the data after a local header whose extra field differs from the central one', async () => {
    // Writers (Info-ZIP, archiver) put an extra field in the local header only; the data starts after it.
    const data = Buffer.from('label,prediction\n1,1\n')
    const zip = makeZip({ 'p.csv': data }, { compression: 'deflate' })
    const extra = Buffer.alloc(8)
    extra.writeUInt16LE(0x5455, 0)
    extra.writeUInt16LE(4, 2)
    const nameEnd = 30 + 'p.csv'.length
    const patched = Buffer.concat([zip.subarray(0, nameEnd), extra, zip.subarray(nameEnd)])
    patched.writeUInt16LE(extra.length, 28)
    const end = patched.length - 22
    patched.writeUInt32LE(patched.readUInt32LE(end + 16) + extra.length, end + 16)
    expect(zlib.inflateRawSync(zip.subarray(nameEnd, centralStart(zip))).equals(data)).toBe(true)
    const { folder } = await unpack(patched)
    expect(contents(folder)).toEqual({ 'p.csv': data.toString() })
  })
})

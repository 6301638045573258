import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { byCodePoint, quoteField } from '../helpers/prediction-files.js'
import { cleanupRuns, runAction } from '../helpers/run-action.js'

// Files of several MiB, read in 1 MiB chunks by the action: records, quoted fields, escapes and multi-byte
// characters that straddle a chunk boundary must come out whole. The files are built so that the boundaries fall
// exactly on the awkward places (the readers stream with a highWaterMark of 1 MiB; should that change, these are
// still large files with every awkward construct in them).

afterAll(cleanupRuns)

const MIB = 1 << 20
const LABELS = ['neg', 'neu', 'pos', 'odd, "label"\nwith a newline', 'café 🐱']

/** A deterministic stream of (gold, predicted) pairs: a linear congruential generator, mostly correct. */
function* pairs(): Generator<[string, string]> {
  let state = 12345
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state >>> 8
  }
  for (;;) {
    const gold = LABELS[next() % LABELS.length]!
    const predicted = next() % 10 < 7 ? gold : LABELS[next() % LABELS.length]!
    yield [gold, predicted]
  }
}

/** Counts of the pairs written, as the baseline file lays them out. */
class Expected {
  readonly counts = new Map<string, number>()
  rows = 0
  correct = 0
  add(gold: string, predicted: string): void {
    const key = JSON.stringify([gold, predicted])
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1)
    this.rows++
    if (gold === predicted) this.correct++
  }
  labels(): string[] {
    const seen = new Set<string>()
    for (const key of this.counts.keys()) for (const label of JSON.parse(key) as string[]) seen.add(label)
    return [...seen].sort(byCodePoint)
  }
  matrix(): number[][] {
    const labels = this.labels()
    return labels.map((g) => labels.map((p) => this.counts.get(JSON.stringify([g, p])) ?? 0))
  }
}

/** Text to put across a chunk boundary: `raw` in the record, `encoded` in the file, `split` bytes of it before. */
interface Awkward {
  raw: string
  encoded: string
  split: number
}

/**
 * Builds a file from records until it is past `size`. At the n-th MiB boundary it writes a record made by
 * `awkwardRecord` whose text field holds filler and then `awkward[n].raw`, sized so that the boundary falls after
 * `split` bytes of its encoded form. The text is encoded from `lead` bytes into the record on.
 */
function buildFile(
  size: number,
  plainRecord: (gold: string, predicted: string, i: number) => string,
  awkwardRecord: (gold: string, predicted: string, text: string) => { text: string; lead: number },
  awkward: Awkward[],
): { bytes: Buffer; expected: Expected } {
  const parts: Buffer[] = []
  let length = 0
  const expected = new Expected()
  const source = pairs()
  let boundary = 0
  for (let i = 0; length < size; i++) {
    const [gold, predicted] = source.next().value as [string, string]
    const target = (boundary + 1) * MIB
    const special = awkward[boundary]
    let piece: string
    if (special && length + 600 > target) {
      const probe = awkwardRecord(gold, predicted, special.raw)
      const filler = target - length - probe.lead - special.split
      if (filler < 0) throw new Error('buildFile: records too long for the filler')
      piece = awkwardRecord(gold, predicted, 'x'.repeat(filler) + special.raw).text
      boundary++
    } else {
      piece = plainRecord(gold, predicted, i)
    }
    const bytes = Buffer.from(piece, 'utf8')
    parts.push(bytes)
    length += bytes.length
    expected.add(gold, predicted)
  }
  const bytes = Buffer.concat(parts)
  // The awkward strings really do straddle the boundaries.
  awkward.forEach((special, b) => {
    const at = (b + 1) * MIB
    const window = Buffer.from(special.encoded, 'utf8')
    expect(bytes.subarray(at - special.split, at - special.split + window.length).equals(window)).toBe(true)
  })
  return { bytes, expected }
}

const TEXT = 'Said "fine", then {broke} [twice]; naïve café 🐱'

async function expectCounted(
  file: string,
  bytes: Buffer,
  expected: Expected,
  inputs: Record<string, string> = {},
) {
  const result = await runAction({
    files: { [file]: bytes },
    inputs: { predictions: file, 'update-baseline': 'true', metrics: 'accuracy,f1_macro', ...inputs },
  })
  expect(result.exitCode, result.stdout + result.stderr).toBe(0)
  const entry = (
    JSON.parse(await readFile(path.join(result.workspace, '.github', 'eval-baseline.json'), 'utf8')) as {
      models: { default: { rows: number; labels: string[]; confusionMatrix: number[][] } }
    }
  ).models.default
  expect(entry.rows).toBe(expected.rows)
  expect(entry.labels).toEqual(expected.labels())
  expect(entry.confusionMatrix).toEqual(expected.matrix())
  const metrics = JSON.parse(result.outputs.metrics!) as Record<string, number>
  expect(Math.abs(metrics.accuracy! - expected.correct / expected.rows)).toBeLessThanOrEqual(1e-12)
}

describe('files larger than one read chunk', () => {
  test('CSV: a doubled quote, a 4-byte character and a CRLF split across chunks', async () => {
    const header = 'id,text,label,prediction\r\n'
    // The text field is always quoted, so the awkward strings sit inside a quoted field.
    const line = (id: string, text: string, gold: string, predicted: string) =>
      [id, `"${text.replaceAll('"', '""')}"`, quoteField(gold), quoteField(predicted)].join(',') + '\r\n'
    const { bytes, expected } = buildFile(
      3 * MIB + 1000,
      (gold, predicted, i) =>
        (i === 0 ? header : '') + line(String(i), `${TEXT}\r\nrow ${i}, second line`, gold, predicted),
      (gold, predicted, text) => ({ text: line('edge', text, gold, predicted), lead: 'edge,"'.length }),
      [
        // `""` (a quote inside a quoted field): the boundary falls between the two quotes.
        { raw: 'a "quoted" word', encoded: 'a ""quoted"" word', split: 3 },
        // 🐱 is 4 bytes in UTF-8: the boundary falls in the middle of it.
        { raw: 'cat 🐱 here', encoded: 'cat 🐱 here', split: 6 },
        // The CRLF inside a quoted field: the boundary falls between CR and LF.
        { raw: 'first\r\nsecond', encoded: 'first\r\nsecond', split: 6 },
      ],
    )
    expect(bytes.length).toBeGreaterThan(3 * MIB)
    await expectCounted('big.csv', bytes, expected)
  })

  test('JSONL: a line, an escaped quote and a 4-byte character split across chunks', async () => {
    const line = (gold: string, predicted: string, text: string) =>
      JSON.stringify({ text, label: gold, prediction: predicted }) + '\n'
    const { bytes, expected } = buildFile(
      2 * MIB + 1000,
      (gold, predicted, i) => line(gold, predicted, `${TEXT} #${i}`),
      (gold, predicted, text) => ({ text: line(gold, predicted, text), lead: '{"text":"'.length }),
      [
        // JSON.stringify writes `\"`: the boundary falls between the backslash and the quote.
        { raw: 'say "hi"', encoded: 'say \\"hi\\"', split: 5 },
        { raw: 'cat 🐱 here', encoded: 'cat 🐱 here', split: 5 },
      ],
    )
    await expectCounted('big.jsonl', bytes, expected)
  })

  test('JSON array: an escaped quote, brackets in a string and a 4-byte character split across chunks', async () => {
    const element = (gold: string, predicted: string, text: string) =>
      '  ' + JSON.stringify({ text, label: gold, prediction: predicted }) + ',\n'
    const built = buildFile(
      2 * MIB + 1000,
      (gold, predicted, i) => (i === 0 ? '[\n' : '') + element(gold, predicted, `${TEXT} #${i}`),
      (gold, predicted, text) => ({ text: element(gold, predicted, text), lead: '  {"text":"'.length }),
      [
        { raw: 'a "] escaped', encoded: 'a \\"] escaped', split: 3 },
        { raw: '}] 🐱 ]}', encoded: '}] 🐱 ]}', split: 4 },
      ],
    )
    // Close the array: drop the last ",\n" and end it.
    const bytes = Buffer.concat([built.bytes.subarray(0, built.bytes.length - 2), Buffer.from('\n]\n')])
    await expectCounted('big.json', bytes, built.expected)
  })
})

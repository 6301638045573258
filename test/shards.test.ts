import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseSettings } from '../src/core/settings.js'
import { Random } from '../src/core/stats/index.js'
import { evaluate } from '../src/evaluation.js'
import { collectShard, evaluateMerged, writeShardFile } from '../src/shards.js'
import { toDelimited, toJsonLines } from './helpers/prediction-files.js'

// mode shard → mode merge through the real readers: a 100k-row file cut into random shards (as a job matrix would
// cut it), each shard's statistics written to a file, the files merged. The merged metrics must be the single
// run's exactly, bit for bit (`toBe`), whatever the split.

const folder = mkdtempSync(path.join(os.tmpdir(), 'eval-gate-shards-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const ROWS = 100_000
const LABELS = ['ant', 'bee', 'cat', 'dog', 'eel']

/** Deterministic rows: gold labels, a prediction right about 70 % of the time, a binary score. */
function makeRows(seed: number): Record<string, string>[] {
  const random = new Random(seed)
  return Array.from({ length: ROWS }, (_, i) => {
    const label = LABELS[Math.floor(random.nextDouble() * 5)]!
    const right = random.nextDouble() < 0.7
    const prediction = right ? label : LABELS[Math.floor(random.nextDouble() * 5)]!
    // Rounded to 3 decimals so that many rows share a score: ties must merge as one run would count them.
    const score = (
      Math.round((random.nextDouble() * 0.6 + (label === 'cat' ? 0.4 : 0)) * 1000) / 1000
    ).toString()
    return {
      id: `r${i}`,
      label,
      prediction,
      binary: label === 'cat' ? '1' : '0',
      guess: right ? '1' : '0',
      score,
    }
  })
}

/** Cuts `rows` into `parts` contiguous shards of random sizes (some may be empty). */
function cut(rows: Record<string, string>[], parts: number, random: Random): Record<string, string>[][] {
  const cuts = Array.from({ length: parts - 1 }, () =>
    Math.floor(random.nextDouble() * (rows.length + 1)),
  ).sort((a, b) => a - b)
  const bounds = [0, ...cuts, rows.length]
  return bounds.slice(1).map((end, k) => rows.slice(bounds[k]!, end))
}

function settingsFor(inputs: Record<string, string>) {
  return parseSettings((name) => inputs[name] ?? '')
}

const rows = makeRows(20261129)

describe.each([
  ['5-class labels, with ids', { 'id-column': 'id' }, ['id', 'label', 'prediction']],
  [
    'binary with scores',
    {
      'label-column': 'binary',
      'prediction-column': 'guess',
      'score-column': 'score',
      metrics: 'accuracy,f1,roc_auc,average_precision,log_loss',
      // The single run resamples the scores for intervals; that is not what this test is about.
      'bootstrap-samples': '100',
    },
    ['binary', 'guess', 'score'],
  ],
])('%s', (_, extra, columns) => {
  const whole = `whole-${columns.join('-')}.csv`
  writeFileSync(path.join(folder, whole), toDelimited(rows, columns))

  it.each([1, 2, 7, 16])('%i shards merge to the single run, bit for bit', async (parts) => {
    const expected = await evaluate(settingsFor({ predictions: whole, ...extra }), folder)
    const random = new Random(parts)
    const shards = cut(rows, parts, random)
    const statsFiles: string[] = []
    for (const [k, shard] of shards.entries()) {
      if (shard.length === 0) continue
      // Alternate formats: a shard job may write CSV or JSON Lines.
      const name = `${columns[0]}-${parts}-${k}.${k % 2 === 0 ? 'csv' : 'jsonl'}`
      const picked = shard.map((row) => Object.fromEntries(columns.map((c) => [c, row[c]!])))
      writeFileSync(path.join(folder, name), k % 2 === 0 ? toDelimited(picked, columns) : toJsonLines(picked))
      const stats = await collectShard(settingsFor({ predictions: name, ...extra }), folder)
      expect(stats.rows).toBe(shard.length)
      statsFiles.push(await writeShardFile(folder, `stats/${name}.json`, stats.text))
    }
    const merged = await evaluateMerged(
      settingsFor({ mode: 'merge', 'stats-files': `stats/${columns[0]}-${parts}-*.json`, ...extra }),
      folder,
    )
    expect(merged.files).toHaveLength(statsFiles.length)
    expect(Object.keys(merged.metrics)).toEqual(Object.keys(expected.metrics))
    for (const [name, value] of Object.entries(expected.metrics))
      expect(merged.metrics[name], name).toBe(value)
    expect(merged.matrix).toEqual(expected.matrix)
    expect(merged.rows).toBe(ROWS)
    expect(merged.fingerprint).toBe(expected.fingerprint)
  })
})

describe('merge refuses statistics computed with other settings', () => {
  it('names the setting that differs', async () => {
    const name = 'small.csv'
    writeFileSync(path.join(folder, name), toDelimited(rows.slice(0, 50), ['id', 'label', 'prediction']))
    const stats = await collectShard(settingsFor({ predictions: name, metrics: 'accuracy' }), folder)
    await writeShardFile(folder, 'other/a.json', stats.text)
    await expect(
      evaluateMerged(
        settingsFor({ mode: 'merge', 'stats-files': 'other/*.json', metrics: 'f1_macro' }),
        folder,
      ),
    ).rejects.toThrow(
      /^other\/a\.json: the statistics were computed with other settings than this merge job's \(.*"metrics":\["accuracy"\].* in the files, .*"metrics":\["f1_macro"\].* here\): give the merge job the same task, metrics, positive-label, score and id inputs as the shard jobs$/,
    )
  })

  it('more labels together than max-labels', async () => {
    for (const [k, labels] of [
      ['a', 'b'],
      ['c', 'd'],
    ].entries()) {
      const name = `labels-${k}.csv`
      writeFileSync(path.join(folder, name), `label,prediction\n${labels[0]},${labels[1]}\n`)
      const stats = await collectShard(settingsFor({ predictions: name, 'max-labels': '3' }), folder)
      await writeShardFile(folder, `labels/${k}.json`, stats.text)
    }
    await expect(
      evaluateMerged(
        settingsFor({ mode: 'merge', 'stats-files': 'labels/*.json', 'max-labels': '3' }),
        folder,
      ),
    ).rejects.toThrow(
      'the statistics files hold 4 distinct labels together, more than input "max-labels" allows (3)',
    )
  })

  it('mode settings are checked up front', () => {
    expect(() => settingsFor({ mode: 'merge' })).toThrow(
      'mode "merge" needs input "stats-files": paths or globs of the shards\' statistics files',
    )
    expect(() => settingsFor({ mode: 'merge', 'stats-files': 's/*.json', predictions: 'p.csv' })).toThrow(
      /^mode "merge" reads only "stats-files"/,
    )
    expect(() => settingsFor({ mode: 'shard', predictions: 'p.csv' })).toThrow(
      'mode "shard" needs input "stats-output": the path its statistics file is written to',
    )
    expect(() => settingsFor({ mode: 'shards', predictions: 'p.csv' })).toThrow(
      'input "mode" must be one of gate, shard, merge, got "shards"',
    )
    expect(() =>
      settingsFor({ mode: 'shard', 'stats-output': 's.json', predictions: 'a=p.csv\nb=q.csv' }),
    ).toThrow(
      'mode "shard" handles one model; run one shard job per model, or use mode "gate" for a leaderboard',
    )
  })
})

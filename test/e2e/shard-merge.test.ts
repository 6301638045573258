import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { startGitHubApi } from '../helpers/github-api.js'
import { REPO_ROOT } from '../helpers/node24.js'
import { checkRecordedExchanges } from '../helpers/openapi.js'
import { cleanupRuns, runAction } from '../helpers/run-action.js'

// A job matrix, end to end with the real bundle: three `mode: shard` jobs each write the statistics of their part
// of the examples, a `mode: merge` job on a pull request reads the three files (as downloaded artifacts), gates
// against the baseline and comments through the local GitHub API. Its metrics must be a single run's exactly.

afterAll(cleanupRuns)

const BASELINE = '.github/eval-baseline.json'
const PR = 7
const HEAD_SHA = 'c'.repeat(40)
const example = (name: string) => readFileSync(path.join(REPO_ROOT, 'examples', name), 'utf8')
const COMMON = {
  name: 'sentiment',
  metrics: 'accuracy,balanced_accuracy,precision_macro,recall_macro,f1_macro',
  thresholds: '*: max-drop 0.01',
}

/** The demo's regressed predictions cut into three files of 150, 200 and 250 rows. */
function parts(): string[] {
  const [header, ...lines] = example('predictions-regressed.csv').trimEnd().split('\n')
  return [lines.slice(0, 150), lines.slice(150, 350), lines.slice(350)].map(
    (part) => [header, ...part].join('\n') + '\n',
  )
}

describe('shard → merge → gate', () => {
  test('the merged gate equals one run over all the data, comments, and fails on the real drop', async () => {
    const statsFiles: Record<string, string> = {}
    for (const [k, part] of parts().entries()) {
      const shard = await runAction({
        files: { [`part-${k}.csv`]: part },
        inputs: {
          ...COMMON,
          mode: 'shard',
          predictions: `part-${k}.csv`,
          'stats-output': `out/stats-${k}.json`,
        },
      })
      expect(shard.exitCode, shard.stdout).toBe(0)
      expect(shard.outputs['stats-file']).toBe(path.join(shard.workspace, `out/stats-${k}.json`))
      expect(shard.stdout).toContain(
        `Statistics of ${[150, 200, 250][k]} rows from 1 file written to out/stats-${k}.json`,
      )
      statsFiles[`artifacts/shard-${k}/stats.json`] = await readFile(shard.outputs['stats-file']!, 'utf8')
    }
    expect(JSON.parse(statsFiles['artifacts/shard-0/stats.json']!).evalGateStats).toBe(1)

    const api = await startGitHubApi()
    try {
      const baseline = example('eval-baseline.json')
      api.setFile(BASELINE, baseline)
      const base = api.state.branchHeads.get(api.state.defaultBranch)!
      const merge = await runAction({
        event: {
          name: 'pull_request',
          payload: {
            action: 'opened',
            number: PR,
            pull_request: { number: PR, head: { sha: HEAD_SHA }, base: { sha: base } },
          },
        },
        sha: HEAD_SHA,
        githubToken: 'ghs_shardMergeToken',
        files: { ...statsFiles, [BASELINE]: baseline },
        inputs: { ...COMMON, mode: 'merge', 'stats-files': 'artifacts/*/stats.json' },
        env: { GITHUB_API_URL: api.url },
      })
      const single = await runAction({
        files: { 'all.csv': example('predictions-regressed.csv'), [BASELINE]: baseline },
        inputs: { ...COMMON, predictions: 'all.csv' },
      })
      expect(merge.exitCode).toBe(1)
      expect(single.exitCode).toBe(1)
      // Bit for bit: the JSON of every metric is the same text.
      expect(merge.outputs.metrics).toBe(single.outputs.metrics)
      expect(merge.outputs.summary).toBe(single.outputs.summary)
      const [comment] = api.commentsOn(PR)
      expect(comment!.body).toContain('### ❌ sentiment: 5 metrics regressed: balanced_accuracy −0.0945')
      expect(comment!.body).toContain('**sentiment** · 600 rows from 3 files · multiclass, 3 labels')
      expect(comment!.body).toContain('```mermaid\n')
    } finally {
      await api.close()
      expect(checkRecordedExchanges(api.requests)).toEqual([])
    }
  })

  test('a statistics file that is not one: one line naming the file and the field', async () => {
    const result = await runAction({
      files: { 'stats/a.json': '{"evalGateStats": 1, "identity": {}, "rows": -1}' },
      inputs: { mode: 'merge', 'stats-files': 'stats/*.json' },
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /^::error title=eval-gate%3A bad input,file=stats\/a\.json::stats\/a\.json at \$\.[\w.]+: .+$/m,
    )
  })

  test('shards of another schema version are refused, not guessed at', async () => {
    const result = await runAction({
      files: { 'stats/a.json': '{"evalGateStats": 2}' },
      inputs: { mode: 'merge', 'stats-files': 'stats/*.json' },
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /^::error title=eval-gate%3A bad input,file=stats\/a\.json::stats\/a\.json.*statistics schema version 2 is not supported/m,
    )
  })
})

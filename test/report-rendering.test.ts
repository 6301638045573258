// @vitest-environment happy-dom
// (the leaderboard's chart is checked by Mermaid's parser, which needs a DOM; see test/helpers/mermaid.ts.)
import { describe, expect, it } from 'vitest'
import { compareMetrics } from '../src/core/compare.js'
import { ConfusionCounter } from '../src/core/confusion.js'
import { buildLeaderboard, renderLeaderboard } from '../src/core/leaderboard.js'
import { classificationMetrics } from '../src/core/metrics/classification.js'
import { renderReport } from '../src/core/report.js'
import { resolveTask } from '../src/core/task.js'
import { parseThresholds } from '../src/core/thresholds.js'
import { expectInertReport, LINKABLE_NAMES } from './helpers/cmark.js'

// Every part of a report that shows artifact text, built from hostile strings and rendered by cmark-gfm: the
// notice of a PR-edited baseline, the dataset notice, labels, metric and model names, the baseline's
// path and commit (issue 12, item 3). The e2e twin (test/e2e/report-rendering.test.ts) renders the bundle's report.

const HOSTILE = LINKABLE_NAMES

describe('a whole report from hostile names, rendered by cmark-gfm', () => {
  it('links nothing but the workflow run, and reads as written', () => {
    const counter = new ConfusionCounter()
    HOSTILE.forEach((label, i) => {
      counter.add(label, label)
      counter.add(label, HOSTILE[(i + 1) % HOSTILE.length]!)
    })
    // A spelling that prints like another: its warning and its quoted rows are artifact text too.
    counter.add(' www.evil.test\t', '#1')
    const matrix = counter.toMatrix()
    const classification = classificationMetrics(matrix)
    const current = { accuracy: classification.values.accuracy!, 'www.current.test #4': 0.5 }
    const baseline = { accuracy: 0.9, 'GH-5 @octocat': 0.5, 'owner/repo#6': 0.5, cafebabe0042: 0.5 }
    const comparison = compareMetrics(current, baseline, parseThresholds('*: max-drop 0'))
    const board = buildLeaderboard({
      models: HOSTILE.slice(0, 4).map((name, i) => ({ name, metrics: { accuracy: i / 4, '@x #7': 0.5 } })),
      candidate: HOSTILE[0]!,
    })
    const report = renderReport({
      name: 'www.name.test #8',
      comparison,
      rows: matrix.total,
      files: ['eval/www.a.test #9.csv', 'eval/@octocat/GH-10/deadbeef1234.jsonl'],
      task: resolveTask(matrix.labels, undefined),
      matrix,
      classification,
      thresholds: parseThresholds('*: max-drop 0'),
      baseline: { path: 'www.base.test/#11@x.json', found: true, commit: 'owner/r#12', rows: 20 },
      run: {
        commit: '0123456789abcdef0123456789abcdef01234567',
        url: 'https://github.com/o/r/actions/runs/1',
      },
      datasetChange: { policy: 'warn', baselineRows: 10, rows: 20 },
      proposedChanges: {
        trustedFrom: 'abcdef0 (git)',
        changes: [{ metric: 'www.changed.test #13 @octocat', before: 0.5, after: 0.25 }],
      },
      leaderboard: renderLeaderboard(board),
    })
    const text = expectInertReport(
      report,
      ['<a href="https://github.com/o/r/actions/runs/1">'],
      ['commit 0123456', 'copy at abcdef0 (git)'],
    )
    for (const name of [
      ...HOSTILE,
      'www.name.test #8',
      'www.current.test #4',
      'GH-5 @octocat',
      'owner/repo#6',
      'cafebabe0042',
      'www.base.test/#11@x.json',
      'owner/',
      'www.changed.test #13 @octocat',
      '@x #7',
      'labels " www.evil.test\\t" and "www.evil.test" differ only by surrounding whitespace',
    ])
      expect(text, name).toContain(name)
  })
})

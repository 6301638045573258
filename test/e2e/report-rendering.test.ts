import { afterAll, describe, expect, test } from 'vitest'
import { expectInertReport, LINKABLE_NAMES } from '../helpers/cmark.js'
import { toJsonLines } from '../helpers/prediction-files.js'
import { cleanupRuns, runAction } from '../helpers/run-action.js'

// Whole reports built from hostile labels, model names, metric names and paths, rendered as GitHub renders them
// (cmark-gfm with GitHub's extensions): nothing taken from the artifacts becomes a link, an image, HTML, a
// mention or a reference (issue 12, item 3).

afterAll(cleanupRuns)

const BASELINE = '.github/eval-baseline.json'
/** The one link a report may hold: the workflow run, which the runner's environment names. */
const WORKFLOW_RUN = '<a href="https://github.com/owner/repo/actions/runs/1">'
/** The run's own commit (GITHUB_SHA, from the runner): the footer may let GitHub link it. */
const RUN_COMMIT = 'commit 0123456'

const LABELS = LINKABLE_NAMES
const MODELS = ['candidate', 'www.model.test', '@org/team', 'owner/repo#4', 'cafebabe00']

function expectInert(report: string): string {
  return expectInertReport(report, [WORKFLOW_RUN], [RUN_COMMIT])
}

describe('a report rendered by cmark-gfm', () => {
  test('hostile labels, model names, baseline metric names and paths: no link, image, HTML or reference', async () => {
    const folder = 'runs/www.path.test@octocat#12 GH-5 feedface00'
    const records = MODELS.flatMap((model, m) =>
      LABELS.flatMap((label, i) =>
        [0, 1, 2].map((k) => ({ model, label, prediction: k <= m % 3 ? label : LABELS[(i + 1) % 10]! })),
      ),
    )
    const baseline = JSON.stringify({
      schema: 1,
      models: {
        'www.name.test': {
          metrics: {
            accuracy: 0.1,
            'www.metric.test': 0.5,
            '#6': 0.5,
            'GH-7 @octocat': 0.5,
            ab12cd34ef56: 0.5,
          },
          provenance: { commit: '#8@oct https://x' },
        },
      },
    })
    const result = await runAction({
      files: { [`${folder}/p.jsonl`]: toJsonLines(records), [BASELINE]: baseline },
      inputs: { predictions: `${folder}/*.jsonl`, 'model-column': 'model', name: 'www.name.test' },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(1)
    const text = expectInert(result.summary)
    // Everything is still there to read.
    for (const name of [...LABELS, ...MODELS, 'www.metric.test', '#6', 'GH-7 @octocat', 'ab12cd34ef56'])
      expect(text, name).toContain(name)
  })

  test('hostile metric names and paths of a metrics file: no link, image, HTML or reference', async () => {
    const folder = 'evals/www.x.test #10 @octocat'
    const metrics = {
      'www.m.test': 0.5,
      '#11': 0.4,
      '@octocat': 0.3,
      'GH-12': 0.2,
      feedfacecafe: 0.1,
      'owner/repo#13': 0.9,
      'https://e.example': 0.8,
      '<img src=x>': 0.7,
    }
    const result = await runAction({
      files: { [`${folder}/results.json`]: JSON.stringify(metrics) },
      inputs: { 'metrics-files': `${folder}/results.json` },
    })
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    const text = expectInert(result.summary)
    for (const name of [...Object.keys(metrics), folder]) expect(text, name).toContain(name)
  })
})

// The demo's two gates, shared by `npm run demo` and `scripts/render-report.mjs`: the CLI on examples/, where the
// baseline was recorded from baseline-predictions.csv. The same model run again dips by noise and must pass; a
// model that really got worse must fail.
const COMMON = [
  '--baseline',
  'examples/eval-baseline.json',
  '--name',
  'sentiment',
  '--metrics',
  'accuracy,balanced_accuracy,precision_macro,recall_macro,f1_macro',
  '--thresholds',
  '*: max-drop 0.01',
]

export const DEMO_RUNS = [
  {
    title: 'the same model run again: a 1.6-point dip that is noise',
    args: ['dist/cli.js', '--predictions', 'examples/predictions.csv', ...COMMON],
    exitCode: 0,
  },
  {
    title: 'a model that got worse at "neutral": a real drop',
    args: ['dist/cli.js', '--predictions', 'examples/predictions-regressed.csv', ...COMMON],
    exitCode: 1,
  },
]

/** Three services on the examples' 600 rows, side by side: `npm run demo:leaderboard`. */
export const LEADERBOARD_RUN = {
  title: 'three services on the same examples: a leaderboard',
  args: [
    'dist/cli.js',
    '--predictions',
    'ours=examples/predictions.csv',
    '--predictions',
    'vendor-a=examples/predictions-regressed.csv',
    '--predictions',
    'vendor-b=examples/baseline-predictions.csv',
    '--candidate',
    'ours',
    '--id-column',
    'id',
    // Its own entry in the baseline file, with two metrics, so the table fits a comment's width.
    '--baseline',
    'examples/eval-baseline.json',
    '--name',
    'services',
    '--metrics',
    'accuracy,f1_macro',
    '--thresholds',
    '*: max-drop 0.01',
  ],
  exitCode: 0,
}

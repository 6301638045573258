// The demo's gate, shared by `npm run demo` and `scripts/render-report.mjs`: the CLI on examples/, where the
// example baseline makes f1_macro regress.
export const DEMO_ARGS = [
  'dist/cli.js',
  '--predictions',
  'examples/predictions.csv',
  '--baseline',
  'examples/eval-baseline.json',
  '--name',
  'sentiment',
  '--metrics',
  'accuracy,balanced_accuracy,precision_macro,recall_macro,f1_macro',
  '--thresholds',
  '*: max-drop 0.01',
]

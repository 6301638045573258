// `npm run demo`: runs the bundled CLI on examples/ and shows the report. The example's baseline is set up so
// that f1_macro regresses, so the gate must exit 1; the demo fails if it does anything else.
import { spawnSync } from 'node:child_process'

const args = [
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
console.log(`$ node ${args.join(' ')}\n`)
const result = spawnSync(process.execPath, args, { stdio: 'inherit' })
if (result.status === 1) {
  console.log('\ndemo: the gate exited 1 because f1_macro regressed, as the example baseline intends.')
} else {
  console.error(`\ndemo: expected the gate to exit 1 (f1_macro regresses), but it exited ${result.status}.`)
  process.exit(1)
}

// `npm run demo`: runs the bundled CLI on examples/ and shows the report. The example's baseline is set up so
// that f1_macro regresses, so the gate must exit 1; the demo fails if it does anything else.
import { spawnSync } from 'node:child_process'
import { DEMO_ARGS } from './demo-command.mjs'

console.log(`$ node ${DEMO_ARGS.join(' ')}\n`)
const result = spawnSync(process.execPath, DEMO_ARGS, { stdio: 'inherit' })
if (result.status === 1) {
  console.log('\ndemo: the gate exited 1 because f1_macro regressed, as the example baseline intends.')
} else {
  console.error(`\ndemo: expected the gate to exit 1 (f1_macro regresses), but it exited ${result.status}.`)
  process.exit(1)
}

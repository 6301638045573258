// `npm run demo`: runs the bundled CLI on examples/ twice and shows both reports. With the statistical gate on (the
// default), a noisy dip must pass (exit 0) and a real drop must fail (exit 1); the demo fails if either does not.
import { spawnSync } from 'node:child_process'
import { DEMO_RUNS, LEADERBOARD_RUN } from './demo-command.mjs'

let wrong = 0
const runs = process.argv.includes('--leaderboard') ? [LEADERBOARD_RUN] : DEMO_RUNS
for (const { title, args, exitCode } of runs) {
  console.log(`\n# ${title}\n$ node ${args.map((a) => (/[\s*,"]/.test(a) ? `'${a}'` : a)).join(' ')}\n`)
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' })
  if (result.status === exitCode)
    console.log(`\ndemo: the gate exited ${exitCode}, as it should for ${title}.`)
  else {
    console.error(
      `\ndemo: expected the gate to exit ${exitCode} for ${title}, but it exited ${result.status}.`,
    )
    wrong++
  }
}
process.exit(wrong === 0 ? 0 : 1)

// Builds the committed bundles with ncc: dist/index.js (the action), dist/cli.js (the local CLI) and
// dist/count-worker.js (what their worker threads run to count a large file in parts: src/adapters/parallel-count.ts
// alone, which starts much faster than a whole bundle).
// All are built in a private scratch folder and only then swapped in for dist/, so a build that fails, or two
// builds at once, never leave dist/ missing or half-written.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const scratch = path.join('.cache', `bundle-${process.pid}`)
const ncc = (entry, out) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--quiet', '--target', 'es2022'], {
    stdio: 'inherit',
  })

try {
  rmSync(scratch, { recursive: true, force: true })
  mkdirSync(scratch, { recursive: true })
  const action = path.join(scratch, 'dist')
  const cli = path.join(scratch, 'cli')
  const worker = path.join(scratch, 'worker')
  ncc('src/index.ts', action)
  ncc('src/cli.ts', cli)
  ncc('src/adapters/parallel-count.ts', worker)
  // ncc names every output index.js; the CLI must be one self-contained file beside the action's.
  const extra = readdirSync(cli).filter((file) => !['index.js', 'package.json'].includes(file))
  if (extra.length > 0) throw new Error(`the CLI bundle has files besides index.js: ${extra.join(', ')}`)
  renameSync(path.join(cli, 'index.js'), path.join(action, 'cli.js'))
  const workerExtra = readdirSync(worker).filter((file) => !['index.js', 'package.json'].includes(file))
  if (workerExtra.length > 0)
    throw new Error(`the worker bundle has files besides index.js: ${workerExtra.join(', ')}`)
  renameSync(path.join(worker, 'index.js'), path.join(action, 'count-worker.js'))
  writeFileSync(path.join(action, 'package.json'), '{ "type": "module" }\n')
  rmSync('dist', { recursive: true, force: true })
  renameSync(action, 'dist')
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

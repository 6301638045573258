// Builds the two committed bundles with ncc: dist/index.js (the action) and dist/cli.js (the local CLI).
// ncc names its output index.js, so the CLI is built into a scratch folder and moved.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'

const ncc = (entry, out) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--quiet', '--target', 'es2022'], {
    stdio: 'inherit',
  })

rmSync('dist', { recursive: true, force: true })
ncc('src/index.ts', 'dist')
ncc('src/cli.ts', '.cache/cli-bundle')
const extra = readdirSync('.cache/cli-bundle').filter((file) => !['index.js', 'package.json'].includes(file))
if (extra.length > 0) throw new Error(`the CLI bundle has files besides index.js: ${extra.join(', ')}`)
renameSync('.cache/cli-bundle/index.js', 'dist/cli.js')
rmSync('.cache/cli-bundle', { recursive: true, force: true })
mkdirSync('dist', { recursive: true })
writeFileSync('dist/package.json', '{ "type": "module" }\n')

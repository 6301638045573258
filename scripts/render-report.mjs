// Renders a report the way GitHub shows a comment: GitHub-flavoured Markdown through `marked`, styled with
// github-markdown-css, then photographed by headless Chromium (Debian's `chromium` package).
//
//   node scripts/render-report.mjs REPORT.md OUT.png [--open]   (--open expands every <details>)
//
// Without REPORT.md it renders the demo's report of a real drop (`--noise`: of the noisy dip). It is a tool for looking at the output, not part of npm test.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { marked } from 'marked'
import { DEMO_RUNS } from './demo-command.mjs'

const [input, output = 'docs/comment.png'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const open = process.argv.includes('--open')
const markdown = input ? readFileSync(input, 'utf8') : demoReport()
const css = readFileSync('node_modules/github-markdown-css/github-markdown-light.css', 'utf8')
let body = marked.parse(markdown, { gfm: true })
if (open) body = body.replaceAll('<details>', '<details open>')
const page = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.frame { width: 860px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font: 14px -apple-system, "Segoe UI", sans-serif; color: #59636e; }
.markdown-body { padding: 16px; font-size: 14px; }
</style></head><body><div class="frame"><div class="head"><b>github-actions</b> bot commented</div>
<article class="markdown-body">${body}</article></div></body></html>`
const folder = mkdtempSync(path.join(tmpdir(), 'eval-gate-render-'))
const html = path.join(folder, 'comment.html')
writeFileSync(html, page)
execFileSync(
  'chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${path.join(folder, 'profile')}`,
    '--hide-scrollbars',
    `--window-size=900,${open ? 1500 : 760}`,
    `--screenshot=${path.resolve(output)}`,
    `file://${html}`,
  ],
  { stdio: 'ignore' },
)
console.log(`rendered ${input ?? 'the demo report'} to ${output}`)

function demoReport() {
  const run = DEMO_RUNS[process.argv.includes('--noise') ? 0 : 1]
  return spawnSync(process.execPath, run.args, { encoding: 'utf8' }).stdout
}

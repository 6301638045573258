// Renders a report the way GitHub shows a comment: GitHub-flavoured Markdown through `marked`, styled with
// github-markdown-css, then photographed by headless Chromium (Debian's `chromium` package).
//
//   node scripts/render-report.mjs REPORT.md OUT.png [--open]   (--open expands every <details>)
//
// Without REPORT.md it renders the demo's report of a real drop (`--noise`: of the noisy dip; `--leaderboard`: of
// the leaderboard demo). Mermaid blocks are drawn by the `mermaid` package, as GitHub draws them. It is a tool for looking at the output, not part of npm test.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { marked } from 'marked'
import { DEMO_RUNS, LEADERBOARD_RUN } from './demo-command.mjs'

const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
// With a demo flag the one path given is the picture's.
const demo = process.argv.includes('--leaderboard') || process.argv.includes('--noise')
const [input, output = 'docs/comment.png'] = demo ? [undefined, ...positional] : positional
const open = process.argv.includes('--open')
// `--height=1400`: a taller picture, for reports longer than a screen.
const height = process.argv.find((arg) => arg.startsWith('--height='))?.slice('--height='.length)
const markdown = input ? readFileSync(input, 'utf8') : demoReport()
const css = readFileSync('node_modules/github-markdown-css/github-markdown-light.css', 'utf8')
let body = marked.parse(markdown, { gfm: true })
if (open) body = body.replaceAll('<details>', '<details open>')
// GitHub turns ```mermaid blocks into diagrams; so does this page, with the mermaid package's own bundle.
body = body.replace(
  /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
  '<pre class="mermaid">$1</pre>',
)
const mermaid = readFileSync('node_modules/mermaid/dist/mermaid.min.js', 'utf8')
const page = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.frame { width: 860px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font: 14px -apple-system, "Segoe UI", sans-serif; color: #59636e; }
.markdown-body { padding: 16px; font-size: 14px; }
</style></head><body><div class="frame"><div class="head"><b>github-actions</b> bot commented</div>
<article class="markdown-body">${body}</article></div>
<script>${mermaid}</script><script>mermaid.initialize({ startOnLoad: true, theme: 'default' })</script></body></html>`
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
    '--virtual-time-budget=10000',
    `--window-size=900,${height ?? (open ? 1500 : 760)}`,
    `--screenshot=${path.resolve(output)}`,
    `file://${html}`,
  ],
  { stdio: 'ignore' },
)
console.log(`rendered ${input ?? 'the demo report'} to ${output}`)

function demoReport() {
  const run = process.argv.includes('--leaderboard')
    ? LEADERBOARD_RUN
    : DEMO_RUNS[process.argv.includes('--noise') ? 0 : 1]
  return spawnSync(process.execPath, run.args, { encoding: 'utf8' }).stdout
}

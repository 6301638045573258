// `npm run sim`: the calibration simulation of issue 7 for src/core/stats. Deterministic (fixed seeds).
//
//   npm run sim                         default: 1000 replications, 1000 resamples each
//   npm run sim -- --reps 400 --samples 500 --alpha 0.05
//   npm run sim -- --pvalue pooled      unpaired p-values from the pooled-null bootstrap instead of the percentile one
//   npm run sim -- --only null --sizes 200 --tasks 2 --reps 4000   one cell of the false-fail table, more precisely
//   npm run sim -- --only timing        only the timing of 2 000 resamples of a 1M-row evaluation
//
// It compiles src/core/stats (and what it imports) to .cache/sim-lib with tsc, then runs:
//  1. False-fail rate when the candidate is the same model evaluated on a fresh sample (unpaired: both the
//     candidate's and the baseline's confusion matrices are fresh draws), n = 200, 2 000, 20 000, binary and
//     5-class; gating accuracy and macro-F1 together (Holm) and each alone; beside fixed-threshold gating
//     (`max-drop 0`: any drop fails).
//  2. Power for a real macro-F1 drop of 2 points at n = 2 000, paired (same examples, paired bootstrap; McNemar
//     for accuracy) and unpaired, binary and 5-class.
// A metric fails the statistical gate when it dropped (breaks `max-drop 0`) AND its Holm-adjusted one-sided
// p-value is ≤ α. Monte-Carlo standard error of a rate r over R replications: sqrt(r(1 − r)/R).
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT = path.join(ROOT, '.cache', 'sim-lib')
const { values: options } = parseArgs({
  options: {
    reps: { type: 'string', default: '1000' },
    samples: { type: 'string', default: '1000' },
    alpha: { type: 'string', default: '0.05' },
    only: { type: 'string', default: 'null,power' },
    pvalue: { type: 'string', default: 'percentile' },
    sizes: { type: 'string', default: '200,2000,20000' },
    tasks: { type: 'string', default: '2,5' },
  },
})
const REPS = Number(options.reps)
const SAMPLES = Number(options.samples)
const ALPHA = Number(options.alpha)
const UNPAIRED_P = options.pvalue

execFileSync(
  process.execPath,
  [
    path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
    ...['--noEmit', 'false', '--outDir', OUT, '--rootDir', path.join(ROOT, 'src')],
    ...['--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2023'],
    ...['--types', 'node', '--skipLibCheck', '--strict', path.join(ROOT, 'src', 'core', 'stats', 'index.ts')],
  ],
  { stdio: 'inherit' },
)
const stats = await import(pathToFileURL(path.join(OUT, 'core', 'stats', 'index.js')).href)
const { classificationMetrics } = await import(
  pathToFileURL(path.join(OUT, 'core', 'metrics', 'classification.js')).href
)
const { Random, multinomial, cellsToMatrix, unpairedDropTests, pairedDropTests, holm } = stats

const GATED = ['accuracy', 'f1_macro']
const NOISE = 1e-12

/** A model: class priors and P(pred | gold) = accuracy on the diagonal, errors spread over the other classes. */
function model(k) {
  const priors = k === 2 ? [0.6, 0.4] : [0.35, 0.25, 0.2, 0.12, 0.08]
  const right = k === 2 ? [0.9, 0.8] : [0.9, 0.85, 0.8, 0.75, 0.7]
  const labels = priors.map((_, i) => String(i))
  const cells = []
  for (let g = 0; g < k; g++)
    for (let p = 0; p < k; p++) cells.push(priors[g] * (g === p ? right[g] : (1 - right[g]) / (k - 1)))
  return { labels, cells, positive: k === 2 ? '1' : undefined }
}

const pct = (x) => `${(100 * x).toFixed(1)}%`.padStart(7)
const se = (r) => Math.sqrt((r * (1 - r)) / REPS)

/** Gate decisions from drop tests: statistical (Holm over `names`) and fixed threshold. */
function decide(tests, names) {
  const dropped = names.map((m) => tests[m].delta < -NOISE)
  const { reject } = holm(
    names.map((m) => tests[m].pValue),
    ALPHA,
  )
  return { stat: dropped.some((d, i) => d && reject[i]), fixed: dropped.some(Boolean) }
}

function falseFail() {
  console.log(
    `\n## False-fail rate: same model, fresh sample (unpaired, ${UNPAIRED_P} p-value), α = ${ALPHA}, ${REPS} replications, B = ${SAMPLES}\n`,
  )
  console.log('| task | n | acc+F1 (Holm) | accuracy alone | macro-F1 alone | fixed max-drop 0 (acc+F1) |')
  console.log('|---|---:|---:|---:|---:|---:|')
  let seed = 1
  for (const k of options.tasks.split(',').map(Number))
    for (const n of options.sizes.split(',').map(Number)) {
      const { labels, cells, positive } = model(k)
      const random = new Random(1000 + seed++)
      const counts = { both: 0, acc: 0, f1: 0, fixed: 0 }
      const started = performance.now()
      for (let r = 0; r < REPS; r++) {
        const baseline = cellsToMatrix(labels, multinomial(random, n, cells), n)
        const candidate = cellsToMatrix(labels, multinomial(random, n, cells), n)
        const tests = unpairedDropTests(candidate, baseline, {
          samples: SAMPLES,
          seed: random.nextUint32(),
          metrics: GATED,
          positiveLabel: positive,
          unpairedPValue: UNPAIRED_P,
        })
        const both = decide(tests, GATED)
        counts.both += both.stat
        counts.fixed += both.fixed
        counts.acc += decide(tests, ['accuracy']).stat
        counts.f1 += decide(tests, ['f1_macro']).stat
      }
      const rate = (c) => `${pct(c / REPS)} ± ${(100 * se(c / REPS)).toFixed(1)}`
      console.log(
        `| ${k === 2 ? 'binary' : '5-class'} | ${n} | ${rate(counts.both)} | ${rate(counts.acc)} | ${rate(counts.f1)} | ${rate(counts.fixed)} |`,
      )
      process.stderr.write(
        `  (${k} classes, n=${n}: ${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
      )
    }
}

/** Population macro-F1 of a joint (gold, pred) cell vector. */
function macroF1(labels, cells) {
  return classificationMetrics(cellsToMatrix(labels, cells, 1)).values.f1_macro
}

/**
 * A paired population: the baseline is `model(k)`; the candidate fixes a share `fix` of the baseline's errors
 * (predicting gold) and breaks a share `breakRate` of its right answers (predicting another class uniformly). Returns the
 * joint (gold, candidate, baseline) cells and the labels.
 */
function pairedPopulation(k, fix, breakRate) {
  const { labels, cells } = model(k)
  const joint = new Array(k * k * k).fill(0)
  for (let g = 0; g < k; g++)
    for (let b = 0; b < k; b++) {
      const mass = cells[g * k + b]
      if (g === b) {
        joint[(g * k + g) * k + b] += mass * (1 - breakRate)
        for (let a = 0; a < k; a++) if (a !== g) joint[(g * k + a) * k + b] += (mass * breakRate) / (k - 1)
      } else {
        joint[(g * k + g) * k + b] += mass * fix
        joint[(g * k + b) * k + b] += mass * (1 - fix)
      }
    }
  return { labels, joint }
}

function candidateF1(labels, joint, k) {
  const cells = new Array(k * k).fill(0)
  for (let g = 0; g < k; g++)
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) cells[g * k + a] += joint[(g * k + a) * k + b]
  return macroF1(labels, cells)
}

function power() {
  const n = 2000
  console.log(
    `\n## Power: real macro-F1 drop of 2 points, n = ${n}, α = ${ALPHA}, ${REPS} replications, B = ${SAMPLES}\n`,
  )
  console.log(
    "The candidate fixes 10 % of the baseline's errors and breaks enough right answers to lose 2 points of",
  )
  console.log('population macro-F1.\n')
  console.log(
    '| task | true Δ macro-F1 | paired: macro-F1 alone | paired: acc+F1 (Holm) | unpaired: macro-F1 alone | unpaired: acc+F1 (Holm) | fixed max-drop 0 |',
  )
  console.log('|---|---:|---:|---:|---:|---:|---:|')
  let seed = 1
  for (const k of [2, 5]) {
    const base = macroF1(model(k).labels, model(k).cells)
    // Bisection on the break rate for a 2-point drop.
    let low = 0
    let high = 0.5
    for (let i = 0; i < 60; i++) {
      const mid = (low + high) / 2
      const { labels, joint } = pairedPopulation(k, 0.1, mid)
      if (base - candidateF1(labels, joint, k) < 0.02) low = mid
      else high = mid
    }
    const { labels, joint } = pairedPopulation(k, 0.1, low)
    const trueDelta = candidateF1(labels, joint, k) - base
    const positive = model(k).positive
    const index = []
    for (let g = 0; g < k; g++) for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) index.push([g, a, b])
    const random = new Random(5000 + seed++)
    const counts = { pairedF1: 0, pairedBoth: 0, unpairedF1: 0, unpairedBoth: 0, fixed: 0 }
    const started = performance.now()
    for (let r = 0; r < REPS; r++) {
      const draw = multinomial(random, n, joint)
      const table = { labels, cells: [], total: n }
      draw.forEach((count, i) => {
        if (count > 0)
          table.cells.push({ gold: index[i][0], candidate: index[i][1], baseline: index[i][2], count })
      })
      const paired = pairedDropTests(table, {
        samples: SAMPLES,
        seed: random.nextUint32(),
        metrics: GATED,
        positiveLabel: positive,
      })
      counts.pairedF1 += decide(paired, ['f1_macro']).stat
      const both = decide(paired, GATED)
      counts.pairedBoth += both.stat
      counts.fixed += both.fixed
      const { candidate, baseline } = stats.pairedMatrices(table)
      const unpaired = unpairedDropTests(candidate, baseline, {
        samples: SAMPLES,
        seed: random.nextUint32(),
        metrics: GATED,
        positiveLabel: positive,
        unpairedPValue: UNPAIRED_P,
      })
      counts.unpairedF1 += decide(unpaired, ['f1_macro']).stat
      counts.unpairedBoth += decide(unpaired, GATED).stat
    }
    const rate = (c) => `${pct(c / REPS)} ± ${(100 * se(c / REPS)).toFixed(1)}`
    console.log(
      `| ${k === 2 ? 'binary' : '5-class'} | ${trueDelta.toFixed(4)} | ${rate(counts.pairedF1)} | ${rate(counts.pairedBoth)} | ${rate(counts.unpairedF1)} | ${rate(counts.unpairedBoth)} | ${rate(counts.fixed)} |`,
    )
    process.stderr.write(`  (power, ${k} classes: ${((performance.now() - started) / 1000).toFixed(1)} s)\n`)
  }
}

/** Timing: 2 000 resamples of a 1M-row 5-class evaluation (intervals, unpaired test, paired test). */
function timing() {
  const { labels, cells } = model(5)
  const n = 1_000_000
  const matrix = cellsToMatrix(labels, multinomial(new Random(1), n, cells), n)
  const joint = []
  const random = new Random(2)
  for (let i = 0; i < 125; i++) joint.push(1 + random.nextDouble())
  const draw = multinomial(random, n, joint)
  const table = { labels, cells: [], total: n }
  draw.forEach((count, i) => {
    if (count > 0)
      table.cells.push({ gold: Math.floor(i / 25), candidate: Math.floor(i / 5) % 5, baseline: i % 5, count })
  })
  console.log(`\n## Timing (${process.version}), 1M rows, 5 classes, B = 2000, every metric\n`)
  console.log('| run | bootstrapIntervals | unpairedDropTests | pairedDropTests (125-cell joint table) |')
  console.log('|---:|---:|---:|---:|')
  for (let run = 1; run <= 3; run++) {
    const time = (f) => {
      const started = performance.now()
      f()
      return `${(performance.now() - started).toFixed(0)} ms`
    }
    const a = time(() => stats.bootstrapIntervals(matrix, { samples: 2000, seed: run }))
    const b = time(() => unpairedDropTests(matrix, matrix, { samples: 2000, seed: run }))
    const c = time(() => pairedDropTests(table, { samples: 2000, seed: run }))
    console.log(`| ${run} | ${a} | ${b} | ${c} |`)
  }
}

const only = new Set(options.only.split(','))
if (only.has('timing')) timing()
if (only.has('null')) falseFail()
if (only.has('power')) power()

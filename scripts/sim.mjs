// `npm run sim`: the calibration simulation of issue 7, through the gate's REAL decision path. Deterministic.
//
//   npm run sim                              default: 400 replicates per cell, B = 500 (see below), α = 0.05
//   npm run sim -- --reps 1000 --samples 2000 --only null --sizes 200 --tasks 5   one row, more precisely
//   npm run sim -- --only power              only the power table
//   npm run sim -- --only timing             only the timing (B = 2000, 1M-row counts, 100k-row scores)
//
// It compiles scripts/sim/gate-calibration.ts (and the src files it imports) to .cache/sim-gate with tsc. Every
// replicate then does what src/gate.ts does between `evaluate` and the verdict: counts the candidate's confusion
// matrix (`ConfusionCounter`) and, paired, the joint (gold, candidate, baseline) table (`PairedCounter`, which
// `PredictionPairing` fills after joining by id); stores the baseline run's entry (metrics, rows, labels,
// confusion matrix) as `runGate` writes it; calls `gatherEvidence` (thresholds `*: max-drop 0`, significance α,
// confidence 0.95, seed "0" as the gate's default, B resamples) and `compareMetrics`. A false fail is
// `comparison.regressed === true` when the candidate is the same model. Each metric set (accuracy + macro-F1,
// each alone) is its own gate run (its own `metrics` input, so its own Holm family). The fixed-threshold column is
// the same gate with `significance: off`.
//
// B: the gate's default is 2000; the default here is 500 so the whole run fits in minutes on 2 cores (cost is
// linear in B). `--samples 2000` runs the gate's B. Monte-Carlo standard error of a rate r over R replicates:
// √(r(1 − r)/R). A false-fail cell is flagged `!` when it exceeds α + 2·√(α(1 − α)/R).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT = path.join(ROOT, '.cache', 'sim-gate')
const { values: options } = parseArgs({
  options: {
    reps: { type: 'string', default: '400' },
    samples: { type: 'string', default: '500' },
    alpha: { type: 'string', default: '0.05' },
    only: { type: 'string', default: 'null,power' },
    sizes: { type: 'string', default: '200,2000,20000' },
    tasks: { type: 'string', default: '2,5' },
    pairings: { type: 'string', default: 'unpaired,paired-0,paired-0.9' },
  },
})
const REPS = Number(options.reps)
const SAMPLES = Number(options.samples)
const ALPHA = Number(options.alpha)
const started = performance.now()

try {
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
      ...['--noEmit', 'false', '--outDir', OUT, '--rootDir', ROOT],
      ...['--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2023'],
      ...['--types', 'node', '--skipLibCheck', '--strict'],
      path.join(ROOT, 'scripts', 'sim', 'gate-calibration.ts'),
    ],
    { stdio: 'inherit' },
  )
} catch (error) {
  // tsc still emits on type errors (others may be mid-edit in src); stop only when nothing was emitted.
  if (!existsSync(path.join(OUT, 'scripts', 'sim', 'gate-calibration.js'))) throw error
  console.error('tsc reported errors (above); running the emitted JavaScript anyway')
}
const load = (file) => import(pathToFileURL(path.join(OUT, file)).href)
const sim = await load('scripts/sim/gate-calibration.js')
const stats = await load('src/core/stats/index.js')
const { gatherEvidence } = await load('src/core/significance.js')

const statistics = { ...sim.GATE_DEFAULTS, significance: ALPHA, samples: SAMPLES }
const taskName = (k) => (k === 2 ? 'binary' : '5-class')
const rate = (count) => {
  const r = count / REPS
  return `${(100 * r).toFixed(1)} ± ${(100 * sim.monteCarloError(r, REPS)).toFixed(1)}`
}
const limit = ALPHA + 2 * Math.sqrt((ALPHA * (1 - ALPHA)) / REPS)
const nullRate = (count) => `${rate(count)}${count / REPS > limit ? ' !' : ''}`
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(0)} s`

console.log(`# eval-gate calibration (${process.version}, ${os.cpus().length} CPUs, load ${loadAverage()})`)
const args = process.argv.slice(2).join(' ')
console.log(`\nCommand: npm run sim${args ? ` -- ${args}` : ''}`)
if (options.only.split(',').some((part) => part === 'null' || part === 'power'))
  console.log(
    `Gate: thresholds "*: max-drop 0", significance ${ALPHA}, confidence 0.95, bootstrap-samples ${SAMPLES}, seed "0"; ${REPS} replicates per cell.`,
  )

function loadAverage() {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')
}

/** Pairing modes: unpaired (fresh samples) and paired with the candidate agreeing with the baseline at rate ρ. */
function scenarioFor(pairing, m, n) {
  if (pairing === 'unpaired') return sim.freshSample(m, n)
  const agreement = Number(pairing.slice('paired-'.length))
  return sim.sameExamples(sim.sameModelJoint(m, agreement), m.k, n)
}
const pairingName = (pairing) =>
  pairing === 'unpaired' ? 'unpaired, fresh sample' : `paired, ρ = ${pairing.slice('paired-'.length)}`

function falseFail() {
  console.log(`\n## False-fail rate (%) when the candidate is the same model\n`)
  console.log(
    'Unpaired: the baseline entry (metrics + confusion matrix) from one sample of n, the candidate from another. ' +
      'Paired: the same n examples, the candidate re-drawing the baseline model’s prediction (ρ: share of examples ' +
      'where it repeats the baseline’s prediction; otherwise both are independent draws from the model). ' +
      `Rate ± Monte-Carlo standard error; \`!\` above α + 2 s.e. (${(100 * limit).toFixed(1)} %).\n`,
  )
  console.log(
    '| task | n | data | acc+F1 (Holm) | accuracy alone | macro-F1 alone | fixed max-drop 0: acc+F1 | fixed: accuracy | fixed: macro-F1 |',
  )
  console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|')
  let seed = 1
  for (const k of options.tasks.split(',').map(Number))
    for (const n of options.sizes.split(',').map(Number))
      for (const pairing of options.pairings.split(',')) {
        const m = sim.model(k)
        const since = performance.now()
        const tally = sim.simulate(m, scenarioFor(pairing, m, n), REPS, 1000 + seed++, statistics)
        const s = tally.significant
        const f = tally.fixed
        console.log(
          `| ${taskName(k)} | ${n} | ${pairingName(pairing)} | ${nullRate(s['acc+F1'])} | ${nullRate(s.accuracy)} | ${nullRate(s['macro-F1'])} | ${rate(f['acc+F1'])} | ${rate(f.accuracy)} | ${rate(f['macro-F1'])} |`,
        )
        process.stderr.write(`  (${taskName(k)}, n = ${n}, ${pairing}: ${seconds(since)})\n`)
      }
}

function power() {
  const n = 2000
  console.log(`\n## Power (%): a real macro-F1 drop of 2 points, n = ${n}\n`)
  console.log(
    "The candidate fixes 10 % of the baseline model's errors and breaks enough of its right answers (to another " +
      'class, uniformly) to lose 2 points of population macro-F1. Paired: both models on the same examples with ' +
      "`baseline-predictions`. Unpaired, same examples: the baseline's stored matrix from the same examples, no " +
      "predictions. Unpaired, fresh sample: the baseline's matrix from another sample.\n",
  )
  console.log(
    '| task | true Δ macro-F1 | true Δ accuracy | data | macro-F1 alone | acc+F1 (Holm) | fixed max-drop 0: macro-F1 |',
  )
  console.log('|---|---:|---:|---|---:|---:|---:|')
  const sets = { 'acc+F1': sim.METRIC_SETS['acc+F1'], 'macro-F1': sim.METRIC_SETS['macro-F1'] }
  let seed = 1
  for (const k of options.tasks.split(',').map(Number)) {
    const m = sim.model(k)
    const breakRate = sim.breakRateFor(m, 0.1, 0.02)
    const joint = sim.changedJoint(m, 0.1, breakRate)
    const { candidate, baseline } = sim.margins(joint, k)
    const deltaF1 = sim.populationMacroF1(m, candidate) - sim.populationMacroF1(m, baseline)
    let deltaAccuracy = 0
    for (let g = 0; g < k; g++) deltaAccuracy += candidate[g * k + g] - baseline[g * k + g]
    const scenarios = [
      ['paired', sim.sameExamples(joint, k, n)],
      ['unpaired, same examples', sim.sameExamples(joint, k, n, false)],
      ['unpaired, fresh sample', sim.freshSampleChanged(joint, k, n)],
    ]
    for (const [name, scenario] of scenarios) {
      const since = performance.now()
      const tally = sim.simulate(m, scenario, REPS, 5000 + seed++, statistics, sets, ['macro-F1'])
      console.log(
        `| ${taskName(k)} | ${deltaF1.toFixed(4)} | ${deltaAccuracy.toFixed(4)} | ${name} | ${rate(tally.significant['macro-F1'])} | ${rate(tally.significant['acc+F1'])} | ${rate(tally.fixed['macro-F1'])} |`,
      )
      process.stderr.write(`  (power, ${taskName(k)}, ${name}: ${seconds(since)})\n`)
    }
  }
}

/** Standard normal draws (Box–Muller) from the simulation's generator. */
function normal(random) {
  const u = 1 - random.nextDouble()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble())
}

/** Timing at the gate's B = 2000: what the statistics add to a 1M-row count-based run and a 100k-row scored run. */
function timing() {
  const B = 2000
  const m = sim.model(5)
  const n = 1_000_000
  const wanted = ['accuracy', 'precision_macro', 'recall_macro', 'f1_macro']
  const random = new stats.Random(1)
  const run = sim.evaluateCounts(m.labels, stats.multinomial(random, n, m.cells), wanted)
  const entry = sim.baselineEntryOf(
    sim.evaluateCounts(m.labels, stats.multinomial(random, n, m.cells), wanted),
  )
  const joint = stats.multinomial(random, n, sim.sameModelJoint(m, 0.9))
  const paired = sim.pairedTableOf(m.labels, joint)
  const pairedRun = sim.evaluateCounts(m.labels, sim.margins(joint, 5).candidate, wanted)
  const pairedEntry = sim.baselineEntryOf(
    sim.evaluateCounts(m.labels, sim.margins(joint, 5).baseline, wanted),
  )
  const gateInput = (r, e, p) => ({
    current: r.metrics,
    directionOf: () => 'higher-is-better',
    gated: Object.keys(r.metrics),
    baseline: e,
    matrix: r.matrix,
    positiveLabel: r.positiveLabel,
    paired: p,
  })
  const settings = { ...sim.GATE_DEFAULTS, samples: B }

  // Scores: 100k rows, binary, continuous scores (positives ~ σ(N(1, 1)), negatives ~ σ(N(−1, 1))).
  const rows = 100_000
  const scoreRandom = new stats.Random(3)
  const positives = []
  const negatives = []
  for (let i = 0; i < rows; i++) {
    if (scoreRandom.nextDouble() < 0.4) positives.push(1 / (1 + Math.exp(-(1 + normal(scoreRandom)))))
    else negatives.push(1 / (1 + Math.exp(-(-1 + normal(scoreRandom)))))
  }
  const binaryScores = stats.BinaryScoreResampler.fromScores(positives, negatives)
  // The same scores rounded to 3 decimals (at most 1 001 distinct values): the cost grows with distinct scores.
  const round = (scores) => scores.map((score) => Math.round(score * 1000) / 1000)
  const roundedScores = stats.BinaryScoreResampler.fromScores(round(positives), round(negatives))
  // 5 classes (not resampled by the gate yet, shown for reference): softmax of noisy one-hot logits.
  const gold = new Int32Array(rows)
  const columns = Array.from({ length: 5 }, () => new Float64Array(rows))
  for (let i = 0; i < rows; i++) {
    gold[i] = Math.floor(scoreRandom.nextDouble() * 5)
    const logits = columns.map((_, c) => (c === gold[i] ? 1.5 : 0) + normal(scoreRandom))
    const total = logits.reduce((sum, x) => sum + Math.exp(x), 0)
    columns.forEach((column, c) => (column[i] = Math.exp(logits[c]) / total))
  }
  const multiclassScores = new stats.MulticlassScoreResampler(gold, columns)

  console.log(`\n## Timing (${process.version}), B = ${B}, load average ${loadAverage()}\n`)
  console.log(
    '| run | 1M rows, 5 classes, 4 metrics: gatherEvidence unpaired | same, paired (125-cell joint table) | 100k rows binary, distinct scores: 4 score metrics | same, scores rounded to 3 decimals | 100k rows 5-class scores: 3 metrics (not gated yet) |',
  )
  console.log('|---:|---:|---:|---:|---:|---:|')
  // Wall time, and in parentheses the process's CPU time (less sensitive to a loaded machine).
  const time = (f) => {
    const since = performance.now()
    const cpu = process.cpuUsage()
    f()
    const used = process.cpuUsage(cpu)
    return `${(performance.now() - since).toFixed(0)} ms (cpu ${((used.user + used.system) / 1000).toFixed(0)})`
  }
  for (let r = 1; r <= 3; r++) {
    const a = time(() => gatherEvidence(gateInput(run, entry), settings))
    const b = time(() => gatherEvidence(gateInput(pairedRun, pairedEntry, paired), settings))
    const c = time(() => stats.scoreBootstrapIntervals(binaryScores, { samples: B, seed: r }))
    const d = time(() => stats.scoreBootstrapIntervals(roundedScores, { samples: B, seed: r }))
    const e = time(() => stats.scoreBootstrapIntervals(multiclassScores, { samples: B, seed: r }))
    console.log(`| ${r} | ${a} | ${b} | ${c} | ${d} | ${e} |`)
  }
  console.log(`\nLoad average after: ${loadAverage()}`)
}

const only = new Set(options.only.split(','))
if (only.has('timing')) timing()
if (only.has('null')) falseFail()
if (only.has('power')) power()
console.log(`\nWall time: ${seconds(started)} (load average at the end: ${loadAverage()})`)

// Writes the prediction files of examples/ for `npm run demo`: a small, deterministic 3-class sentiment evaluation.
// Run: node scripts/make-examples.mjs (the committed files are its output). The baseline file beside them is the
// gate's own output for baseline-predictions.csv (see examples/README.md).
//   baseline-predictions.csv   the baseline model's run that examples/eval-baseline.json was recorded from
//   predictions.csv            the candidate: the same model run again on the same 600 examples (a noisy dip)
//   predictions-regressed.csv  a candidate that really got worse at "neutral"
import { writeFileSync } from 'node:fs'

const classes = ['negative', 'neutral', 'positive']
// Row-normalised confusion probabilities of a model that is weakest on "neutral".
const model = {
  negative: [0.86, 0.1, 0.04],
  neutral: [0.16, 0.66, 0.18],
  positive: [0.03, 0.09, 0.88],
}
const worse = { ...model, neutral: [0.26, 0.48, 0.26] }
const texts = {
  negative: ['The update broke my workflow', 'Support never answered', 'Refund took a month'],
  neutral: ['Delivered on Tuesday', 'The manual lists three modes', 'It comes in blue'],
  positive: ['Setup took two minutes', 'Exactly what we needed', 'Battery lasts all week, "wow"'],
}

/** A linear congruential generator: the same numbers on every machine. */
function generator(seed) {
  let state = seed
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
}

function predict(confusion, label, draw) {
  let cumulative = 0
  return classes.find((_, i) => (cumulative += confusion[label][i]) >= draw) ?? classes[2]
}

// The baseline run's stream also draws the gold labels, which every file shares (same ids, same labels).
const baseline = generator(20261128)
const rows = []
for (let id = 1; id <= 600; id++) {
  const label = classes[Math.floor(baseline() * 3)]
  rows.push({ id, label, baseline: predict(model, label, baseline()) })
}

function write(file, column, confusion, seed) {
  const random = generator(seed)
  const lines = ['id,text,label,prediction']
  for (const row of rows) {
    const prediction = confusion ? predict(confusion, row.label, random()) : row[column]
    const text = texts[row.label][row.id % 3]
    lines.push(`${row.id},"${text.replaceAll('"', '""')}",${row.label},${prediction}`)
  }
  writeFileSync(`examples/${file}`, lines.join('\n') + '\n')
}

write('baseline-predictions.csv', 'baseline')
write('predictions.csv', undefined, model, 10)
write('predictions-regressed.csv', undefined, worse, 99)

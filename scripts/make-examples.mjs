// Writes examples/predictions.csv: a small, deterministic 3-class sentiment evaluation for `npm run demo`.
// Run: node scripts/make-examples.mjs (the committed file is its output; the baseline beside it is hand-made).
import { writeFileSync } from 'node:fs'

const classes = ['negative', 'neutral', 'positive']
// Row-normalised confusion probabilities of a model that is weakest on "neutral".
const confusion = {
  negative: [0.86, 0.1, 0.04],
  neutral: [0.16, 0.66, 0.18],
  positive: [0.03, 0.09, 0.88],
}
let state = 20261128
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const texts = {
  negative: ['The update broke my workflow', 'Support never answered', 'Refund took a month'],
  neutral: ['Delivered on Tuesday', 'The manual lists three modes', 'It comes in blue'],
  positive: ['Setup took two minutes', 'Exactly what we needed', 'Battery lasts all week, "wow"'],
}
const lines = ['id,text,label,prediction']
for (let id = 1; id <= 600; id++) {
  const label = classes[Math.floor(random() * 3)]
  const draw = random()
  let cumulative = 0
  const prediction = classes.find((_, i) => (cumulative += confusion[label][i]) >= draw) ?? classes[2]
  const text = texts[label][id % 3]
  lines.push(`${id},"${text.replaceAll('"', '""')}",${label},${prediction}`)
}
writeFileSync('examples/predictions.csv', lines.join('\n') + '\n')

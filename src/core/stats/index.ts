/**
 * Statistics for a gate that knows noise from regression (issue 7). Pure: no I/O, no `@actions/*`; deterministic
 * for a given seed on every platform.
 *
 * API
 * - `new Random(seed?: number | string)`: xoshiro128** seeded through splitmix32; `nextUint32()`, `nextDouble()`,
 *   `fork()`.
 * - `binomial(random, n, p): number`, `multinomial(random, n, weights, out?)`: exact samplers (inversion for
 *   n·p < 10, Hörmann's BTRS rejection otherwise; multinomial by conditional binomials). `logFactorial(k)`.
 * - `bootstrapIntervals(matrix: ConfusionMatrix, { samples?, confidence?, seed?, positiveLabel?, metrics? })
 *   : Record<metric, Interval>`: percentile intervals (`{ estimate, lower, upper }`) for every metric
 *   `classificationMetrics(matrix, positiveLabel)` produces, resampling rows as Multinomial(total, cells / total).
 * - `unpairedDropTests(candidate: ConfusionMatrix, baseline: ConfusionMatrix, options): Record<metric, DropTest>`:
 *   both sides bootstrapped; `DropTest` = { metric, direction, baseline, candidate, delta, lower, upper, pValue,
 *   paired, method }. `pValue` is one-sided for "the candidate is worse": (1 + #{Δ* on the not-worse side of 0}) /
 *   (B + 1). `lower`/`upper` bound Δ = candidate − baseline at `confidence`. Option `unpairedPValue: 'pooled'`
 *   computes p from resamples of the pooled matrix instead (a bootstrap test under the null; see the simulation).
 * - `fixedValueTests(candidate, fixed, options)`: one-sample tests of the candidate against fixed values (stored
 *   baseline values the baseline's own data do not give); `unpairedDropTests` does the same with `storedValues`.
 * - `PairedCounter` (`add(gold, predCandidate, predBaseline)`, `toTable()`) → `PairedTable`, and
 *   `pairedDropTests(table, options)`: paired bootstrap of Δ over the joint (gold, candidate, baseline) table; for
 *   accuracy the p-value is the exact McNemar test (`method: 'mcnemar'`). `pairedMatrices(table)` gives both sides'
 *   confusion matrices, `discordantPairs(table)` the McNemar counts.
 * - `mcnemarExact(candidateOnly, baselineOnly): { worse, twoSided }`, `binomialHalfCdf(k, n)`.
 * - `holm(pValues, alpha): { adjusted, reject }`: Holm–Bonferroni over the gated metrics (family-wise error ≤ α).
 * - `quantile(values, q)` (numpy's "linear"), `percentileInterval(replicates, confidence, estimate)`,
 *   `wilsonInterval(successes, n, confidence)`.
 * - `significantDrops(tests, alpha)`: the decision the gate needs — Holm over the tests' p-values.
 * - `normalCdf(x)`, `normalQuantile(p)`: the standard normal distribution and its inverse.
 * - `scoreBootstrapIntervals(resampler, { samples?, confidence?, seed?, metrics? }): Record<metric, ScoreInterval>`:
 *   percentile intervals and bootstrap standard errors of score metrics, resampling rows (score-bootstrap.ts);
 *   `BinaryScoreResampler` (roc_auc, average_precision, log_loss, brier_score), `MulticlassScoreResampler`
 *   (roc_auc_ovr_macro/weighted, log_loss).
 * - `rowBootstrapIntervals(RegressionResampler | TextResampler, options)`: the same, regression/text rows.
 * - `delong(runs)`: ROC AUC and its DeLong standard error; `pairedDelong(positive, a, b)`: DeLong's paired test of
 *   two models' AUCs on the same rows; `placements(runs)`: the structural components per distinct score.
 * - `MeanVariance` (weighted Welford), `meanStandardError(values)`, `rmseStandardError(mse, se)`,
 *   `r2StandardError(gold, absoluteErrors)`: analytic standard errors of the per-row-mean metrics (analytic.ts).
 * - `formulaMethod(metric)`: 'delong' | 'analytic' for the metrics whose standard error has a formula;
 *   `binaryScoreStandardErrors(runs)`, `regressionStandardErrors(rows)`, `textStandardErrors(rows)`: those standard
 *   errors per family; `pairedScoreDifferences(positive, a, b, metrics)`: paired Δ and its standard error (formulas.ts).
 * - `baselineMatrix(entry)`: the `ConfusionMatrix` of a baseline entry (labels, confusionMatrix, rows), or
 *   undefined when the entry cannot support a test (flat baseline).
 *
 * Intended decision rule (for the integration in compare/gate/report): with `significance` α on, a metric regresses
 * when it breaks its threshold rule AND `significantDrops(tests, α)[metric].significant`, where `tests` holds the
 * test of EVERY gated metric that has one (not only those that broke their rule: the family must be fixed in
 * advance for Holm to bound the gate's false-fail rate by α). `min` floors stay absolute; without a baseline
 * confusion matrix (`baselineMatrix(entry) === undefined`) or paired predictions, fall back to the rule alone.
 * Options: `samples` ≥ 100 (default 2000), `confidence` in (0, 1) (default 0.95); invalid values throw RangeError
 * with a one-line message.
 */
export {
  addMatrices,
  bootstrapIntervals,
  bootstrapReplicates,
  cellsToMatrix,
  DEFAULT_CONFIDENCE,
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  MatrixResampler,
  percentileInterval,
  quantile,
  type BootstrapOptions,
  type Interval,
} from './bootstrap.js'
export { binomial, logFactorial, multinomial, Random } from './random.js'
export {
  binomialHalfCdf,
  bootstrapPValue,
  discordantPairs,
  fixedValueTests,
  holm,
  mcnemarExact,
  nullPValue,
  PairedCounter,
  pairedDropTests,
  pairedMatrices,
  unpairedDropTests,
  type DropTest,
  type DropTestOptions,
  type PairedTable,
} from './tests.js'
export { baselineMatrix, normalCdf, normalQuantile, significantDrops, wilsonInterval } from './decision.js'
export {
  BinaryScoreResampler,
  MulticlassScoreResampler,
  scoreBootstrapIntervals,
  scoreBootstrapReplicates,
  standardDeviation,
  type ScoreInterval,
  type ScoreResampler,
} from './score-bootstrap.js'
export { RegressionResampler, rowBootstrapIntervals, TextResampler } from './row-bootstrap.js'
export { meanStandardError, MeanVariance, r2StandardError, rmseStandardError } from './analytic.js'
export {
  binaryScoreStandardErrors,
  FORMULA_METHODS,
  formulaMethod,
  pairedScoreDifferences,
  regressionStandardErrors,
  textStandardErrors,
  type ErrorMethod,
  type PairedDifference,
} from './formulas.js'
export { delong, pairedDelong, placements, type Placements } from './delong.js'

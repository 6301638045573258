#!/usr/bin/python3
"""Reference values for src/core/stats: writes test/fixtures/stats/reference.json.

Run with Debian's Python (numpy + scipy): /usr/bin/python3 scripts/make-stats-vectors.py
- McNemar exact: scipy.stats.binomtest(b, b + c, 0.5) (two-sided, and alternative="less" for "candidate worse").
- Binomial CDF at p = 1/2: scipy.stats.binom.cdf.
- Quantiles: numpy.quantile (method "linear") on fixed arrays.
- Holm: computed here by the textbook step-down formula.
- Wilson intervals for accuracy (the bootstrap interval must be close to it at large n).
- Binomial quantiles: under the multinomial bootstrap, accuracy's replicates are exactly Binomial(n, k/n)/n, so its
  percentile interval converges to scipy.stats.binom.ppf(tail, n, k/n)/n (with the probability mass at those counts,
  for the Monte-Carlo tolerance of the test).
- Normal tests: the p-value scipy.stats.norm.cdf(worse / hypot(se_current, se_baseline)) and the interval
  delta -/+ norm.ppf(0.5 + confidence/2) * hypot(...) of a drop judged from two standard errors.
"""
import json
import os

import numpy as np
from scipy import stats

rng = np.random.default_rng(20261128)

mcnemar = []
for b, c in [(0, 0), (0, 1), (1, 0), (3, 9), (9, 3), (5, 5), (10, 11), (40, 62), (150, 120), (1000, 1100),
             (12345, 12000), (0, 30), (30, 0), (7, 2)]:
    n = b + c
    if n == 0:
        mcnemar.append({"b": b, "c": c, "worse": 1.0, "twoSided": 1.0})
        continue
    mcnemar.append({
        "b": b, "c": c,
        "worse": stats.binomtest(b, n, 0.5, alternative="less").pvalue,
        "twoSided": stats.binomtest(b, n, 0.5).pvalue,
    })

cdf = [{"k": k, "n": n, "p": float(stats.binom.cdf(k, n, 0.5))}
       for k, n in [(0, 1), (2, 10), (5, 10), (7, 10), (100, 250), (480, 1000), (49000, 100000), (1990, 4000),
                    (3000, 5000), (0, 2000)]]

quantiles = []
for size in [1, 2, 7, 100, 2000]:
    values = rng.normal(size=size).tolist()
    qs = [0.0, 0.025, 0.05, 0.5, 0.95, 0.975, 1.0]
    quantiles.append({"values": values, "q": qs, "expected": [float(np.quantile(values, q)) for q in qs]})


def holm(p, alpha):
    m = len(p)
    order = sorted(range(m), key=lambda i: (p[i], i))
    adjusted = [1.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        adjusted[i] = running
    return adjusted


holm_cases = []
for p in [[0.01, 0.04, 0.03, 0.005], [0.5], [0.02, 0.02], [0.001, 0.2, 0.03, 0.04, 0.01], [0.9, 0.8, 0.7]]:
    holm_cases.append({"p": p, "alpha": 0.05, "adjusted": holm(p, 0.05)})


def wilson(k, n, level):
    z = stats.norm.ppf(0.5 + level / 2)
    phat = k / n
    centre = (phat + z * z / (2 * n)) / (1 + z * z / n)
    half = z * np.sqrt(phat * (1 - phat) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return [centre - half, centre + half]


wilson_cases = [{"k": k, "n": n, "level": 0.95, "interval": wilson(k, n, 0.95)}
                for k, n in [(1700, 2000), (18000, 20000), (900000, 1000000)]]


def binomial_quantiles(n, k, level):
    p = k / n
    tail = (1 - level) / 2
    lower, upper = stats.binom.ppf(tail, n, p), stats.binom.ppf(1 - tail, n, p)
    return {"n": n, "k": k, "level": level, "lower": float(lower / n), "upper": float(upper / n),
            "lowerMass": float(stats.binom.pmf(lower, n, p)), "upperMass": float(stats.binom.pmf(upper, n, p))}


binomial_cases = [binomial_quantiles(n, k, level)
                  for n, k, level in [(50, 41, 0.95), (200, 170, 0.95), (250, 211, 0.95), (1000, 800, 0.95),
                                      (2000, 1700, 0.9), (10000, 9100, 0.95)]]


def normal_test(metric, direction, current, baseline, se_current, se_baseline, level):
    delta = current - baseline
    error = float(np.hypot(se_current, se_baseline))
    worse = delta if direction == "higher-is-better" else -delta
    z = stats.norm.ppf(0.5 + level / 2)
    return {"metric": metric, "direction": direction, "current": current, "baseline": baseline,
            "seCurrent": se_current, "seBaseline": se_baseline, "confidence": level,
            "pValue": float(stats.norm.cdf(worse / error)), "lower": float(delta - z * error),
            "upper": float(delta + z * error)}


normal_cases = [normal_test(*case) for case in [
    ("roc_auc", "higher-is-better", 0.85, 0.87, 0.012, 0.01, 0.95),
    ("roc_auc", "higher-is-better", 0.91, 0.90, 0.004, 0.005, 0.95),
    ("average_precision", "higher-is-better", 0.7, 0.76, 0.02, 0.018, 0.9),
    ("log_loss", "lower-is-better", 0.42, 0.4, 0.008, 0.009, 0.95),
    ("brier_score", "lower-is-better", 0.1, 0.11, 0.003, 0.003, 0.99),
]]

out = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "stats", "reference.json")
with open(out, "w") as f:
    json.dump({"generator": "scripts/make-stats-vectors.py", "scipy": __import__("scipy").__version__,
               "numpy": np.__version__, "mcnemar": mcnemar, "binomialHalfCdf": cdf, "quantiles": quantiles,
               "holm": holm_cases, "wilson": wilson_cases,
               "binomialQuantiles": binomial_cases, "normalTests": normal_cases}, f, indent=1)
    f.write("\n")
print("wrote", os.path.normpath(out))

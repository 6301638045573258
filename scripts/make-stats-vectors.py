#!/usr/bin/python3
"""Reference values for src/core/stats: writes test/fixtures/stats/reference.json.

Run with Debian's Python (numpy + scipy): /usr/bin/python3 scripts/make-stats-vectors.py
- McNemar exact: scipy.stats.binomtest(b, b + c, 0.5) (two-sided, and alternative="less" for "candidate worse").
- Binomial CDF at p = 1/2: scipy.stats.binom.cdf.
- Quantiles: numpy.quantile (method "linear") on fixed arrays.
- Holm: computed here by the textbook step-down formula.
- Wilson intervals for accuracy (the bootstrap interval must be close to it at large n).
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

out = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "stats", "reference.json")
with open(out, "w") as f:
    json.dump({"generator": "scripts/make-stats-vectors.py", "scipy": __import__("scipy").__version__,
               "numpy": np.__version__, "mcnemar": mcnemar, "binomialHalfCdf": cdf, "quantiles": quantiles,
               "holm": holm_cases, "wilson": wilson_cases}, f, indent=1)
    f.write("\n")
print("wrote", os.path.normpath(out))

#!/usr/bin/python3
"""Reference values for src/core/stats/row-bootstrap.ts: writes test/fixtures/stats/row-bootstrap.json.

Run with Debian's Python (numpy + scikit-learn): /usr/bin/python3 scripts/make-row-bootstrap-vectors.py

For a small regression data set (ties among the errors, a gold value of 0 for MAPE's eps floor, negative values) and
small per-row text scores (exact match, token F1, contains), it draws bootstrap resamples as explicit index lists
(numpy.random.default_rng(...).integers(0, n, n)) and computes on each resampled data set scikit-learn's
mean_absolute_error, mean_squared_error (and its root), r2_score, mean_absolute_percentage_error, max_error and
median_absolute_error, and numpy's means of the per-row text scores. r2 of a resample whose gold values are all equal
is null (row-bootstrap.ts leaves it undefined; scikit-learn would force it to 1 or 0). Then, over the defined
replicates, the percentile interval (np.quantile at (1 - level) / 2 and (1 + level) / 2, method "linear") and the
bootstrap standard error (np.std, ddof=1). The test computes the same from the same index lists.

Deterministic: fixed seeds, no network; running it twice gives byte-identical output.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.metrics import (max_error, mean_absolute_error, mean_absolute_percentage_error,
                             mean_squared_error, median_absolute_error, r2_score)

OUT_PATH = os.path.join("test", "fixtures", "stats", "row-bootstrap.json")
RESAMPLES = 50
LEVEL = 0.95


def summary(values):
    defined = np.array([v for v in values if v is not None], dtype=float)
    tail = (1 - LEVEL) / 2
    lower, upper = np.quantile(defined, [tail, 1 - tail], method="linear")
    return {"lower": float(lower), "upper": float(upper), "standardError": float(np.std(defined, ddof=1)),
            "undefined": len(values) - len(defined)}


def regression_case(rng, n, resamples, gold=None, predicted=None):
    if gold is None:
        gold = np.round(rng.normal(3, 4, n), 2)
        gold[0] = 0.0  # MAPE's eps floor
        predicted = np.round(gold + rng.normal(0, 1.5, n), 1)
        predicted[5:10] = gold[5:10] + 0.5  # tied errors
        predicted[10:13] = gold[10:13]  # zero errors
    index_lists = [rng.integers(0, n, n) for _ in range(resamples)]
    metrics = {name: [] for name in ["mae", "mse", "rmse", "r2", "mape", "max_error", "median_absolute_error"]}
    for idx in index_lists:
        yt, yp = gold[idx], predicted[idx]
        metrics["mae"].append(float(mean_absolute_error(yt, yp)))
        mse = float(mean_squared_error(yt, yp))
        metrics["mse"].append(mse)
        metrics["rmse"].append(float(mean_squared_error(yt, yp, squared=False)))
        metrics["r2"].append(float(r2_score(yt, yp)) if len(set(yt.tolist())) > 1 else None)
        metrics["mape"].append(float(mean_absolute_percentage_error(yt, yp)))
        metrics["max_error"].append(float(max_error(yt, yp)))
        metrics["median_absolute_error"].append(float(median_absolute_error(yt, yp)))
    return {
        "gold": gold.tolist(),
        "predicted": predicted.tolist(),
        "resamples": [r.tolist() for r in index_lists],
        "metrics": metrics,
        "intervals": {name: summary(values) for name, values in metrics.items()},
    }


def text_case(rng):
    n = 45
    exact = (rng.random(n) < 0.4).astype(int)
    # Token F1 of short answers: ratios 2s / (p + g); 1 where the match is exact.
    same = rng.integers(0, 4, n)
    length = same + rng.integers(1, 6, n)
    f1 = np.where(exact == 1, 1.0, 2 * same / (length + same + rng.integers(0, 3, n) + 1))
    contains = np.where(exact == 1, 1, (rng.random(n) < 0.3).astype(int))
    index_lists = [rng.integers(0, n, n) for _ in range(RESAMPLES)]
    metrics = {"exact_match": [], "token_f1": [], "contains": []}
    for idx in index_lists:
        metrics["exact_match"].append(float(np.mean(exact[idx])))
        metrics["token_f1"].append(float(np.mean(f1[idx])))
        metrics["contains"].append(float(np.mean(contains[idx])))
    return {
        "exactMatch": exact.tolist(),
        "tokenF1": f1.tolist(),
        "contains": contains.tolist(),
        "resamples": [r.tolist() for r in index_lists],
        "metrics": metrics,
        "intervals": {name: summary(values) for name, values in metrics.items()},
    }


def main():
    rng = np.random.default_rng(20261207)
    # A tiny set with one gold value apart: many resamples draw equal gold values only (r2 undefined).
    small_gold = np.array([2.0, 2.0, 2.0, 2.0, 2.0, 7.5])
    small_predicted = np.array([1.5, 2.25, 2.0, 3.0, 2.0, 6.0])
    document = {
        "generator": "scripts/make-row-bootstrap-vectors.py",
        "sklearn_version": sklearn.__version__,
        "numpy_version": np.__version__,
        "confidence": LEVEL,
        "regression": regression_case(rng, 40, RESAMPLES),
        "regressionSmall": regression_case(rng, 6, RESAMPLES, small_gold, small_predicted),
        "text": text_case(rng),
    }
    with open(OUT_PATH, "w") as out:
        json.dump(document, out, indent=1)
        out.write("\n")
    print("wrote", OUT_PATH)


if __name__ == "__main__":
    main()

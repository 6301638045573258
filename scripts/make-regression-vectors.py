#!/usr/bin/python3
"""Generate scikit-learn reference vectors for eval-gate's regression metrics.

What it produces
    test/fixtures/sklearn/regression.json -- a list of cases, each with y_true /
    y_pred (floats, written with repr so they round-trip exactly) and the values
    scikit-learn computes: mean_absolute_error (mae), mean_squared_error (mse),
    its square root (rmse, mean_squared_error(squared=False)), r2_score (r2),
    mean_absolute_percentage_error (mape), max_error and median_absolute_error.

How to run it (from the repository root; uses Debian's python3-sklearn, not pip)
    /usr/bin/python3 scripts/make-regression-vectors.py

Generated with
    scikit-learn 1.2.1 (numpy 1.24.2, Python 3.11.2); the version actually used
    is recorded in the JSON as "sklearn_version".

The script is deterministic (fixed seeds, numpy.random.default_rng, no
network), so running it twice yields byte-identical output.
"""

import json
import os
import sys

import numpy as np
import sklearn
from sklearn.metrics import (
    max_error,
    mean_absolute_error,
    mean_absolute_percentage_error,
    mean_squared_error,
    median_absolute_error,
    r2_score,
)

GENERATOR = "scripts/make-regression-vectors.py"
OUT_PATH = os.path.join("test", "fixtures", "sklearn", "regression.json")


def _f(x):
    v = float(x)
    if v != v or v in (float("inf"), float("-inf")):
        raise ValueError("non-finite metric value: %r" % (x,))
    return v


def compute(name, y_true, y_pred):
    y_true = [float(v) for v in y_true]
    y_pred = [float(v) for v in y_pred]
    if len(y_true) != len(y_pred) or not y_true:
        raise ValueError("%s: bad lengths" % name)
    yt = np.array(y_true, dtype=np.float64)
    yp = np.array(y_pred, dtype=np.float64)
    expected = {
        "mae": _f(mean_absolute_error(yt, yp)),
        "mse": _f(mean_squared_error(yt, yp)),
        "rmse": _f(mean_squared_error(yt, yp, squared=False)),
        "mape": _f(mean_absolute_percentage_error(yt, yp)),
        "max_error": _f(max_error(yt, yp)),
        "median_absolute_error": _f(median_absolute_error(yt, yp)),
    }
    if len(y_true) >= 2:
        # r2_score is undefined (nan, with a warning) for fewer than two samples.
        expected["r2"] = _f(r2_score(yt, yp))
    return {"name": name, "y_true": y_true, "y_pred": y_pred, "expected": expected}


def build_cases():
    cases = []

    def add(name, y_true, y_pred):
        if any(c["name"] == name for c in cases):
            raise ValueError("duplicate case name " + name)
        cases.append(compute(name, y_true, y_pred))

    # Hand-made cases whose values are easy to check by eye.
    add("simple-4", [3, -0.5, 2, 7], [2.5, 0.0, 2, 8])
    e = cases[-1]["expected"]
    assert e["mae"] == 0.5 and e["mse"] == 0.375 and e["max_error"] == 1.0, e
    add("perfect", [1, 2, 3, 4, 5], [1, 2, 3, 4, 5])
    add("constant-gold-exact", [2, 2, 2], [2, 2, 2])  # r2 forced to 1.0
    add("constant-gold-wrong", [2, 2, 2], [1, 2, 3])  # r2 forced to 0.0
    add("zero-gold-mape-epsilon", [0, 1, 0, 2], [0.5, 1, 0, 1])
    add("negative-r2", [1, 2, 3], [3, 2, 1])
    add("single-row", [1.5], [2.0])
    add("two-rows-even-median", [0, 10], [1, 13])
    add("odd-median", [1, 2, 3, 4, 5], [1.1, 2.5, 2.0, 4.0, 9.0])
    add("integers", [10, 20, 30, 40], [12, 18, 33, 40])

    rng = np.random.default_rng(7001)
    yt = rng.normal(0, 1, 1000)
    add("normal-n1000", yt, yt + rng.normal(0, 0.3, 1000))

    rng = np.random.default_rng(7002)
    yt = rng.normal(1e6, 5e4, 2000)
    add("large-magnitude-n2000", yt, yt + rng.normal(0, 1e3, 2000))

    rng = np.random.default_rng(7003)
    yt = rng.uniform(1e-6, 1e-3, 800)
    add("tiny-magnitude-n800", yt, yt * rng.uniform(0.8, 1.2, 800))

    rng = np.random.default_rng(7004)
    yt = rng.exponential(3.0, 4001)
    add("skewed-odd-n4001", yt, yt + rng.standard_t(3, 4001))

    rng = np.random.default_rng(7005)
    yt = rng.integers(-50, 50, 300).astype(float)
    add("integer-valued-with-zeros-n300", yt, yt + rng.integers(-3, 4, 300))

    rng = np.random.default_rng(7006)
    yt = rng.normal(100, 1e-9, 200)  # nearly constant gold: a tiny R2 denominator
    add("near-constant-gold-n200", yt, yt + rng.normal(0, 1e-10, 200))

    gen = np.random.default_rng(20240602)
    for i in range(12):
        n = int(gen.integers(2, 1500))
        scale = 10.0 ** int(gen.integers(-3, 5))
        rng = np.random.default_rng(int(gen.integers(0, 2**31)))
        yt = rng.normal(0, scale, n)
        yp = yt * rng.uniform(0.5, 1.5) + rng.normal(0, scale * float(gen.uniform(0.01, 2)), n)
        add("random-%02d-n%d" % (i, n), yt, yp)

    return cases


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    cases = build_cases()
    doc = {"sklearn_version": sklearn.__version__, "generator": GENERATOR, "cases": cases}
    text = json.dumps(doc, indent=1, sort_keys=True, allow_nan=False) + "\n"
    out = os.path.join(root, OUT_PATH)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    sys.stderr.write(
        "wrote %s: %d cases, %d bytes (sklearn %s)\n"
        % (OUT_PATH, len(cases), len(text.encode("utf-8")), sklearn.__version__)
    )


if __name__ == "__main__":
    main()

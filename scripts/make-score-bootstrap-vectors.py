#!/usr/bin/python3
"""Reference values for src/core/stats/score-bootstrap.ts: writes test/fixtures/stats/score-bootstrap.json.

Run with Debian's Python (numpy + scikit-learn): /usr/bin/python3 scripts/make-score-bootstrap-vectors.py

For a small binary and a small 3-class data set (with tied scores), it draws bootstrap resamples as explicit index
lists (numpy.random.default_rng(...).integers(0, n, n)) and computes scikit-learn's metrics on each resampled data
set: roc_auc_score, average_precision_score, log_loss and brier_score_loss (binary); roc_auc_score(multi_class="ovr")
macro and weighted and log_loss (multiclass). A resample missing a class (where scikit-learn refuses the metric) is
null. Then, over the defined replicates, numpy's percentile interval (np.percentile at 2.5 and 97.5, "linear") and
the bootstrap standard error (np.std, ddof=1). The test computes the same from the same index lists.

Deterministic: fixed seeds, no network; running it twice gives byte-identical output.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.metrics import average_precision_score, brier_score_loss, log_loss, roc_auc_score

OUT_PATH = os.path.join("test", "fixtures", "stats", "score-bootstrap.json")
RESAMPLES = 60
LEVEL = 0.95


def summary(values):
    defined = np.array([v for v in values if v is not None], dtype=float)
    tail = (1 - LEVEL) / 2 * 100
    lower, upper = np.percentile(defined, [tail, 100 - tail])
    return {"lower": float(lower), "upper": float(upper), "standardError": float(np.std(defined, ddof=1)),
            "undefined": len(values) - len(defined)}


def binary_case(rng):
    n = 70
    y = (rng.random(n) < 0.35).astype(int)
    # Two decimals: many ties, some across the classes; 0 and 1 exercise the log-loss clipping.
    score = np.clip(np.round(0.25 + 0.4 * y + rng.normal(0, 0.25, n), 2), 0, 1)
    resamples = [rng.integers(0, n, n) for _ in range(RESAMPLES)]
    metrics = {"roc_auc": [], "average_precision": [], "log_loss": [], "brier_score": []}
    for idx in resamples:
        yt, ys = y[idx], score[idx]
        both = len(set(yt.tolist())) == 2
        metrics["roc_auc"].append(float(roc_auc_score(yt, ys)) if both else None)
        metrics["average_precision"].append(float(average_precision_score(yt, ys)) if yt.sum() > 0 else None)
        metrics["log_loss"].append(float(log_loss(yt, ys, labels=[0, 1])) if both else None)
        metrics["brier_score"].append(float(brier_score_loss(yt, ys, pos_label=1)))
    return {
        "positive": y.tolist(),
        "score": score.tolist(),
        "resamples": [r.tolist() for r in resamples],
        "metrics": metrics,
        "intervals": {name: summary(values) for name, values in metrics.items()},
    }


def multiclass_case(rng):
    n = 60
    classes = 3
    y = rng.integers(0, classes, n)
    raw = rng.dirichlet([1.0] * classes, n) + np.eye(classes)[y] * 0.6
    probabilities = raw / raw.sum(axis=1, keepdims=True)
    # Some rows repeated exactly: tied scores in every class.
    probabilities[n // 2:n // 2 + 8] = probabilities[:8]
    resamples = [rng.integers(0, n, n) for _ in range(RESAMPLES)]
    metrics = {"roc_auc_ovr_macro": [], "roc_auc_ovr_weighted": [], "log_loss": []}
    for idx in resamples:
        yt, p = y[idx], probabilities[idx]
        every = len(set(yt.tolist())) == classes
        for average in ["macro", "weighted"]:
            value = roc_auc_score(yt, p, multi_class="ovr", average=average) if every else None
            metrics["roc_auc_ovr_" + average].append(None if value is None else float(value))
        metrics["log_loss"].append(float(log_loss(yt, p, labels=list(range(classes)))))
    return {
        "gold": y.tolist(),
        "probabilities": [[float(x) for x in row] for row in probabilities.T],
        "resamples": [r.tolist() for r in resamples],
        "metrics": metrics,
        "intervals": {name: summary(values) for name, values in metrics.items()},
    }


def main():
    rng = np.random.default_rng(20261129)
    document = {
        "generator": "scripts/make-score-bootstrap-vectors.py",
        "sklearn_version": sklearn.__version__,
        "numpy_version": np.__version__,
        "confidence": LEVEL,
        "binary": binary_case(rng),
        "multiclass": multiclass_case(rng),
    }
    with open(OUT_PATH, "w") as out:
        json.dump(document, out, indent=1)
        out.write("\n")
    print("wrote", OUT_PATH)


if __name__ == "__main__":
    main()

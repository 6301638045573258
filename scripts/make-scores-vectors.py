#!/usr/bin/python3
"""Generate scikit-learn reference vectors for eval-gate's score metrics.

What it produces
    test/fixtures/sklearn/scores.json -- two lists of cases:
    "binary": y_true (string labels), pos_label, y_score (the positive-class
      score), and what scikit-learn computes: roc_auc_score, and
      average_precision_score with that pos_label; when the scores are
      probabilities also log_loss and brier_score_loss, with the score read as
      the probability of the positive class (log_loss of y_true == pos_label).
    "multiclass": y_true, the class order (np.unique of y_true), one probability
      per class per row, and roc_auc_score(multi_class="ovr") with
      average="macro" and "weighted", and log_loss(labels=classes).

How to run it (from the repository root; uses Debian's python3-sklearn, not pip)
    /usr/bin/python3 scripts/make-scores-vectors.py

Generated with
    scikit-learn 1.2.1 (numpy 1.24.2, Python 3.11.2); recorded as "sklearn_version".

Deterministic (fixed seeds, numpy.random.default_rng, no network): running it
twice yields byte-identical output.
"""

import json
import os
import sys

import numpy as np
import sklearn
from sklearn.metrics import average_precision_score, brier_score_loss, log_loss, roc_auc_score

GENERATOR = "scripts/make-scores-vectors.py"
OUT_PATH = os.path.join("test", "fixtures", "sklearn", "scores.json")


def _f(x):
    v = float(x)
    if v != v or v in (float("inf"), float("-inf")):
        raise ValueError("non-finite metric value: %r" % (x,))
    return v


def binary(name, y_true, y_score, pos_label):
    y_true = [str(v) for v in y_true]
    y_score = [float(v) for v in y_score]
    yt = np.array(y_true, dtype=object)
    ys = np.array(y_score, dtype=np.float64)
    positive = (yt == pos_label).astype(int)
    expected = {
        "roc_auc": _f(roc_auc_score(positive, ys)),
        "average_precision": _f(average_precision_score(yt, ys, pos_label=pos_label)),
    }
    if ys.min() >= 0 and ys.max() <= 1:
        expected["log_loss"] = _f(log_loss(positive, ys))
        expected["brier_score"] = _f(brier_score_loss(yt, ys, pos_label=pos_label))
    return {"name": name, "y_true": y_true, "pos_label": pos_label, "y_score": y_score, "expected": expected}


def multiclass(name, y_true, probabilities):
    y_true = [str(v) for v in y_true]
    yt = np.array(y_true, dtype=object)
    classes = [str(c) for c in np.unique(yt)]
    p = np.array(probabilities, dtype=np.float64)
    assert p.shape == (len(y_true), len(classes)), name
    expected = {
        "roc_auc_ovr_macro": _f(roc_auc_score(yt, p, multi_class="ovr", average="macro")),
        "roc_auc_ovr_weighted": _f(roc_auc_score(yt, p, multi_class="ovr", average="weighted")),
        "log_loss": _f(log_loss(yt, p, labels=classes)),
    }
    return {
        "name": name,
        "y_true": y_true,
        "classes": classes,
        "probabilities": [[float(v) for v in row] for row in p],
        "expected": expected,
    }


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def build():
    b = []
    m = []

    b.append(binary("simple-4", ["0", "0", "1", "1"], [0.1, 0.4, 0.35, 0.8], "1"))
    assert b[-1]["expected"]["roc_auc"] == 0.75
    b.append(binary("ties-across-classes", ["0", "1", "0", "1", "1", "0"], [0.5, 0.5, 0.2, 0.9, 0.5, 0.9], "1"))
    b.append(binary("all-tied", ["0", "1", "1", "0", "1"], [0.3] * 5, "1"))
    b.append(binary("perfect", ["no", "no", "yes", "yes"], [0.1, 0.2, 0.8, 0.9], "yes"))
    b.append(binary("inverted", ["no", "no", "yes", "yes"], [0.9, 0.8, 0.2, 0.1], "yes"))
    b.append(binary("pos-label-zero", ["0", "1", "0", "1", "0"], [0.9, 0.2, 0.6, 0.4, 0.7], "0"))
    b.append(binary("probabilities-0-and-1-clipped", ["0", "1", "1", "0"], [0.0, 1.0, 0.0, 1.0], "1"))
    b.append(binary("scores-not-probabilities", ["a", "b", "a", "b", "b"], [-2.5, 3.0, 0.0, 0.0, 12.0], "b"))
    b.append(binary("single-positive", ["0"] * 9 + ["1"], [i / 10 for i in range(10)], "1"))

    rng = np.random.default_rng(8001)
    y = rng.random(2000) < 0.3
    s = np.clip(rng.normal(np.where(y, 0.65, 0.4), 0.15), 0, 1)
    b.append(binary("random-n2000", np.where(y, "1", "0"), s, "1"))

    rng = np.random.default_rng(8002)
    y = rng.random(3000) < 0.5
    s = np.round(np.clip(rng.normal(np.where(y, 0.6, 0.45), 0.2), 0, 1), 1)  # heavy ties
    b.append(binary("rounded-heavy-ties-n3000", np.where(y, "pos", "neg"), s, "pos"))

    rng = np.random.default_rng(8003)
    y = rng.random(1500) < 0.05  # rare positives
    s = 1 / (1 + np.exp(-rng.normal(np.where(y, 1.5, -1.0), 1.2)))
    b.append(binary("rare-positives-n1500", np.where(y, "1", "0"), s, "1"))

    gen = np.random.default_rng(20240603)
    for i in range(8):
        n = int(gen.integers(5, 2500))
        rng = np.random.default_rng(int(gen.integers(0, 2**31)))
        y = rng.random(n) < float(gen.uniform(0.1, 0.9))
        if y.all() or not y.any():
            y[0] = not y[0]
        s = 1 / (1 + np.exp(-rng.normal(np.where(y, 0.8, -0.3), 1.0)))
        if i % 3 == 0:
            s = np.round(s, 2)
        b.append(binary("random-%02d-n%d" % (i, n), np.where(y, "1", "0"), s, "1"))

    m.append(multiclass(
        "three-classes",
        ["bird", "cat", "dog", "cat", "bird", "dog"],
        [[0.7, 0.2, 0.1], [0.1, 0.6, 0.3], [0.2, 0.3, 0.5], [0.3, 0.3, 0.4], [0.4, 0.4, 0.2], [0.1, 0.1, 0.8]],
    ))
    rng = np.random.default_rng(9001)
    y = rng.integers(0, 4, 1200)
    z = rng.normal(0, 1, (1200, 4))
    z[np.arange(1200), y] += 1.2
    m.append(multiclass("four-classes-n1200", np.array(["c0", "c1", "c2", "c3"])[y], softmax(z)))
    rng = np.random.default_rng(9002)
    y = rng.choice(5, 900, p=[0.5, 0.2, 0.15, 0.1, 0.05])
    z = rng.normal(0, 1, (900, 5))
    z[np.arange(900), y] += 0.8
    p = np.round(softmax(z), 2)
    p = p / p.sum(axis=1, keepdims=True)  # ties, rows still summing to 1
    m.append(multiclass("five-imbalanced-ties-n900", np.array(list("abcde"))[y], p))
    return b, m


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    b, m = build()
    doc = {"sklearn_version": sklearn.__version__, "generator": GENERATOR, "binary": b, "multiclass": m}
    text = json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"
    out = os.path.join(root, OUT_PATH)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    sys.stderr.write("wrote %s: %d binary and %d multiclass cases, %d bytes (sklearn %s)\n"
                     % (OUT_PATH, len(b), len(m), len(text.encode("utf-8")), sklearn.__version__))


if __name__ == "__main__":
    main()

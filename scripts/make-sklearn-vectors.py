#!/usr/bin/python3
"""Generate scikit-learn reference vectors for eval-gate's classification metrics.

What it produces
    test/fixtures/sklearn/classification.json -- a list of cases, each with
    y_true / y_pred (labels are always strings), an optional pos_label, the
    label order sklearn used (np.unique of the union of y_true and y_pred, i.e.
    Unicode code-point order) and the metric values sklearn computes with
    zero_division=0: accuracy, balanced accuracy, micro/macro/weighted
    precision/recall/F1, binary precision/recall/F1 (when pos_label is set),
    per-class precision/recall/F1/support and the confusion matrix.

How to run it (from the repository root; uses Debian's python3-sklearn, not pip)
    /usr/bin/python3 scripts/make-sklearn-vectors.py

Generated with
    scikit-learn 1.2.1 (numpy 1.24.2, Python 3.11.2); the version actually used
    is recorded in the JSON as "sklearn_version".

The script is deterministic (fixed seeds, numpy.random.default_rng, no
network), so running it twice yields byte-identical output. Floats are written
with Python's repr (via json.dumps) so they round-trip exactly.
"""

import json
import os
import sys
import warnings

import numpy as np
import sklearn
from sklearn.metrics import (
    accuracy_score,
    balanced_accuracy_score,
    confusion_matrix,
    precision_recall_fscore_support,
)

GENERATOR = "scripts/make-sklearn-vectors.py"
OUT_PATH = os.path.join("test", "fixtures", "sklearn", "classification.json")


def _f(x):
    """numpy scalar -> Python float (exact, repr round-trips)."""
    v = float(x)
    if v != v or v in (float("inf"), float("-inf")):
        raise ValueError("non-finite metric value: %r" % (x,))
    return v


def _arr(values):
    for v in values:
        if not isinstance(v, str):
            raise TypeError("labels must be strings, got %r" % (v,))
    return np.array(list(values), dtype=object)


def compute(name, y_true, y_pred, pos_label=None):
    y_true = [str(v) for v in y_true]
    y_pred = [str(v) for v in y_pred]
    if len(y_true) != len(y_pred) or not y_true:
        raise ValueError("%s: bad lengths" % name)
    yt = _arr(y_true)
    yp = _arr(y_pred)
    labels = [str(v) for v in np.unique(np.concatenate([yt, yp]))]
    # np.unique on object arrays sorts with Python str comparison, i.e. by code
    # point -- the same order sklearn's unique_labels uses.
    assert labels == sorted(set(y_true) | set(y_pred)), name
    labels_arr = _arr(labels)

    expected = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected["accuracy"] = _f(accuracy_score(yt, yp))
        expected["balanced_accuracy"] = _f(balanced_accuracy_score(yt, yp))
        for avg in ("micro", "macro", "weighted"):
            p, r, f, _ = precision_recall_fscore_support(
                yt, yp, average=avg, zero_division=0
            )
            expected["precision_" + avg] = _f(p)
            expected["recall_" + avg] = _f(r)
            expected["f1_" + avg] = _f(f)
        if pos_label is not None:
            p, r, f, _ = precision_recall_fscore_support(
                yt, yp, average="binary", pos_label=pos_label, zero_division=0
            )
            expected["precision"] = _f(p)
            expected["recall"] = _f(r)
            expected["f1"] = _f(f)
        p, r, f, s = precision_recall_fscore_support(
            yt, yp, average=None, labels=labels_arr, zero_division=0
        )
        expected["per_class"] = {
            "precision": [_f(v) for v in p],
            "recall": [_f(v) for v in r],
            "f1": [_f(v) for v in f],
            "support": [int(v) for v in s],
        }
        cm = confusion_matrix(yt, yp, labels=labels_arr)
        expected["confusion_matrix"] = [[int(v) for v in row] for row in cm]

    return {
        "name": name,
        "y_true": y_true,
        "y_pred": y_pred,
        "pos_label": pos_label,
        "labels": labels,
        "expected": expected,
    }


def random_pair(rng, classes, n, true_p=None, acc=0.7, pred_p=None):
    """Draw y_true from true_p, then keep each label with prob `acc`, otherwise
    replace it by a draw from pred_p (defaults to true_p)."""
    classes = list(classes)
    k = len(classes)
    if true_p is None:
        true_p = np.full(k, 1.0 / k)
    if pred_p is None:
        pred_p = true_p
    ti = rng.choice(k, size=n, p=true_p)
    keep = rng.random(n) < acc
    noise = rng.choice(k, size=n, p=pred_p)
    pi = np.where(keep, ti, noise)
    return [classes[i] for i in ti], [classes[i] for i in pi]


def build_cases():
    cases = []

    def add(name, y_true, y_pred, pos_label=None):
        if any(c["name"] == name for c in cases):
            raise ValueError("duplicate case name " + name)
        cases.append(compute(name, y_true, y_pred, pos_label))

    # --- seed example (values checked below) -------------------------------
    add("seed-example", ["1", "1", "0", "0", "0"], ["1", "0", "1", "1", "0"], "1")
    e = cases[-1]["expected"]
    assert abs(e["precision"] - 1 / 3) < 1e-15, e["precision"]
    assert e["recall"] == 0.5, e["recall"]
    assert abs(e["f1"] - 0.4) < 1e-15, e["f1"]

    # --- binary -------------------------------------------------------------
    rng = np.random.default_rng(1001)
    yt, yp = random_pair(rng, ["0", "1"], 1000, true_p=[0.6, 0.4], acc=0.75)
    add("binary-01-pos1-n1000", yt, yp, "1")

    rng = np.random.default_rng(1002)
    yt, yp = random_pair(rng, ["0", "1"], 800, true_p=[0.3, 0.7], acc=0.6)
    add("binary-01-pos0-n800", yt, yp, "0")

    rng = np.random.default_rng(1003)
    yt, yp = random_pair(rng, ["no", "yes"], 500, true_p=[0.8, 0.2], acc=0.7)
    add("binary-yes-no-pos-yes-n500", yt, yp, "yes")

    rng = np.random.default_rng(1004)
    yt, yp = random_pair(rng, ["false", "true"], 300, true_p=[0.45, 0.55], acc=0.8)
    add("binary-true-false-pos-true-n300", yt, yp, "true")

    # --- multiclass ---------------------------------------------------------
    rng = np.random.default_rng(2003)
    yt, yp = random_pair(rng, ["cat", "dog", "bird"], 50, acc=0.6)
    add("multiclass-3-n50", yt, yp)

    rng = np.random.default_rng(2005)
    yt, yp = random_pair(
        rng, [str(i) for i in range(5)], 1500,
        true_p=[0.4, 0.25, 0.15, 0.15, 0.05], acc=0.65,
    )
    add("multiclass-5-n1500", yt, yp)

    rng = np.random.default_rng(2012)
    cls12 = ["class_%02d" % i for i in range(12)]
    yt, yp = random_pair(rng, cls12, 5000, true_p=rng.dirichlet(np.ones(12)), acc=0.55)
    add("multiclass-12-n5000", yt, yp)

    # --- unicode / hostile labels ------------------------------------------
    # "\U0001F431" (astral, U+1F431) vs "\uff21" (BMP, U+FF21): code-point order
    # puts U+FF21 first, whereas UTF-16 code-unit order (JS default string
    # comparison) would put the surrogate pair 0xD83D... first.
    uni = ["café", "日本", "Ünïcode", "\U0001F431", "\uff21", "plain", "Zeta", "alpha"]
    rng = np.random.default_rng(3001)
    yt, yp = random_pair(rng, uni, 400, acc=0.6)
    add("unicode-labels-n400", yt, yp)

    rng = np.random.default_rng(3002)
    yt, yp = random_pair(rng, ["\U0001F431", "\uff21"], 120, acc=0.7)
    add("unicode-astral-vs-bmp-binary-pos-astral", yt, yp, "\U0001F431")

    hostile = ["| x |", "<img src=x>", "@octocat", "a`b", "line\nbreak", "ok"]
    rng = np.random.default_rng(3003)
    yt, yp = random_pair(rng, hostile, 300, acc=0.6)
    add("hostile-markdown-html-labels-n300", yt, yp)

    # --- numeric-looking labels (string order != numeric order) -------------
    rng = np.random.default_rng(4001)
    yt, yp = random_pair(rng, ["2", "10", "9", "-1"], 250, acc=0.6)
    add("numeric-looking-labels-n250", yt, yp)

    rng = np.random.default_rng(4002)
    yt, yp = random_pair(rng, ["10", "9"], 200, acc=0.7)
    add("numeric-looking-binary-pos10", yt, yp, "10")

    # --- classes missing from one side -------------------------------------
    add(
        "class-only-predicted",
        ["a", "a", "b", "b", "a", "b", "a"],
        ["a", "c", "b", "c", "a", "b", "b"],
    )
    add(
        "class-never-predicted",
        ["a", "b", "c", "c", "a", "b", "c"],
        ["a", "b", "a", "b", "a", "b", "a"],
    )
    add(
        "class-only-predicted-and-class-never-predicted",
        ["a", "b", "b", "c", "a", "c", "b", "a"],
        ["a", "b", "d", "a", "a", "d", "b", "b"],
    )
    rng = np.random.default_rng(5001)
    yt, _ = random_pair(rng, ["x", "y", "z"], 600, acc=1.0)
    yp = list(yt)
    for i in range(len(yp)):
        r = rng.random()
        if yp[i] == "z":  # "z" is never predicted
            yp[i] = "x" if r < 0.5 else "y"
        elif r < 0.2:  # "w" is only ever predicted
            yp[i] = "w"
    add("class-only-predicted-and-never-predicted-n600", yt, yp)

    # binary with the positive class only predicted / never predicted
    add("binary-pos-label-only-in-pred", ["0", "0", "0", "0"], ["0", "1", "0", "1"], "1")
    add("binary-pos-label-never-predicted", ["1", "0", "1", "0", "0"], ["0", "0", "0", "0", "0"], "1")

    # --- single class ------------------------------------------------------
    add("single-class-all-1-pos1", ["1"] * 10, ["1"] * 10, "1")
    # sklearn 1.2.1 accepts a pos_label absent from the data when fewer than
    # two labels are present (it only raises if >= 2 labels are present and
    # pos_label is not among them), so this case is kept.
    add("single-class-all-0-pos1", ["0"] * 10, ["0"] * 10, "1")
    add("single-sample", ["only"], ["only"])

    # --- perfect / all-wrong -----------------------------------------------
    rng = np.random.default_rng(6001)
    yt, _ = random_pair(rng, ["a", "b", "c", "d"], 200, acc=1.0)
    add("perfect-classifier-4-class", yt, list(yt))

    rng = np.random.default_rng(6002)
    yt, _ = random_pair(rng, ["0", "1"], 100, true_p=[0.3, 0.7], acc=1.0)
    add("perfect-classifier-binary-pos1", yt, list(yt), "1")

    rng = np.random.default_rng(6003)
    cls = ["a", "b", "c", "d"]
    yt, _ = random_pair(rng, cls, 200, acc=1.0)
    yp = [cls[(cls.index(v) + 1 + int(rng.integers(0, 3))) % 4] for v in yt]
    add("all-wrong-classifier-4-class", yt, yp)

    rng = np.random.default_rng(6004)
    yt, _ = random_pair(rng, ["0", "1"], 100, true_p=[0.4, 0.6], acc=1.0)
    add("all-wrong-classifier-binary-pos1", yt, ["1" if v == "0" else "0" for v in yt], "1")

    # --- seeded random cases -----------------------------------------------
    gen = np.random.default_rng(20240601)
    label_styles = [
        lambda k: [str(i) for i in range(k)],
        lambda k: ["c%d" % i for i in range(k)],
        lambda k: ["L%d" % (i * 7 % 13) for i in range(k)],
        lambda k: [str(i * 5 - 3) for i in range(k)],  # numeric-looking, negatives
        lambda k: ["Ω%d" % i if i % 2 else "w%d" % i for i in range(k)],
    ]
    for i in range(22):
        k = int(gen.integers(2, 9))  # K in [2..8]
        # mostly moderate n, occasionally tiny
        if i % 5 == 0:
            n = int(gen.integers(1, 11))
        else:
            n = int(gen.integers(11, 3001)) if i % 3 else int(gen.integers(11, 700))
        style = i % len(label_styles)
        classes = label_styles[style](k)
        alpha = float(gen.choice([0.3, 1.0, 5.0]))  # small alpha -> skewed
        true_p = gen.dirichlet(np.full(k, alpha))
        pred_p = gen.dirichlet(np.full(k, alpha))
        acc = float(gen.uniform(0.0, 0.95))
        seed = int(gen.integers(0, 2**31))
        rng = np.random.default_rng(seed)
        yt, yp = random_pair(rng, classes, n, true_p=true_p, acc=acc, pred_p=pred_p)
        pos = None
        if k == 2 and i % 2 == 0:
            pos = classes[int(gen.integers(0, 2))]
        name = "random-%02d-k%d-n%d%s" % (i, k, n, "-pos" if pos is not None else "")
        add(name, yt, yp, pos)

    return cases


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    cases = build_cases()
    doc = {
        "sklearn_version": sklearn.__version__,
        "generator": GENERATOR,
        "cases": cases,
    }
    text = json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"
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

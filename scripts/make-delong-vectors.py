#!/usr/bin/python3
"""Reference values for src/core/stats/delong.ts and analytic.ts: writes test/fixtures/stats/delong.json.

Run with Debian's Python (numpy + scipy + scikit-learn): /usr/bin/python3 scripts/make-delong-vectors.py

Independent of the TypeScript code: DeLong's structural components are computed straight from their definition
(DeLong, DeLong & Clarke-Pearson 1988), by comparing every positive with every negative (O(m·n)):
  psi(x, y) = 1 if x > y, 1/2 if x == y, 0 otherwise
  V10[i] = mean over negatives j of psi(X_i, Y_j)      (one per positive)
  V01[j] = mean over positives i of psi(X_i, Y_j)      (one per negative)
  AUC = mean(V10) = mean(V01);  Var(AUC) = var(V10, ddof=1) / m + var(V01, ddof=1) / n
Paired (two models' scores on the same rows, pROC's roc.test(method = "delong")):
  Var(AUC_a - AUC_b) = (S10_aa + S10_bb - 2 S10_ab) / m + (S01_aa + S01_bb - 2 S01_ab) / n
with S10, S01 the sample covariance matrices (ddof 1) of the two models' components. The AUCs are checked against
scikit-learn's roc_auc_score.

Mean metrics: the standard error of a mean of per-row values is std(values, ddof=1) / sqrt(n) (binary and multiclass
log loss, Brier score, mae, mse, mape, text scores). rmse by the delta
method, se(mse) / (2 rmse). r2 = 1 - mean(a) / mean(b) with a = squared error and b = (y - mean(y))^2, by the delta
method on the ratio of two means: Var = (Saa / B^2 - 2 A Sab / B^3 + A^2 Sbb / B^4) / n, S the sample covariances
(ddof 1). Metric values are checked against scikit-learn.

Deterministic: fixed seeds, no network; running it twice gives byte-identical output.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.metrics import (brier_score_loss, log_loss, mean_absolute_error, mean_absolute_percentage_error,
                             mean_squared_error, r2_score, roc_auc_score)

OUT_PATH = os.path.join("test", "fixtures", "stats", "delong.json")
EPS = np.finfo(np.float64).eps


def components(scores, positive):
    x = scores[positive][:, None]
    y = scores[~positive][None, :]
    psi = (x > y) + 0.5 * (x == y)
    return psi.mean(axis=1), psi.mean(axis=0)


def delong_case(name, scores, positive):
    v10, v01 = components(scores, positive)
    m, n = len(v10), len(v01)
    auc = float(v10.mean())
    assert abs(auc - roc_auc_score(positive, scores)) < 1e-12
    variance = np.var(v10, ddof=1) / m + np.var(v01, ddof=1) / n
    return {"name": name, "scores": scores.tolist(), "positive": positive.astype(int).tolist(), "auc": auc,
            "v10": v10.tolist(), "v01": v01.tolist(), "variance": float(variance),
            "standardError": float(np.sqrt(variance))}


def paired_case(name, a, b, positive):
    a10, a01 = components(a, positive)
    b10, b01 = components(b, positive)
    s10 = np.cov(np.vstack([a10, b10]), ddof=1)
    s01 = np.cov(np.vstack([a01, b01]), ddof=1)
    m, n = len(a10), len(a01)
    variance = (s10[0, 0] + s10[1, 1] - 2 * s10[0, 1]) / m + (s01[0, 0] + s01[1, 1] - 2 * s01[0, 1]) / n
    return {"name": name, "candidate": a.tolist(), "baseline": b.tolist(), "positive": positive.astype(int).tolist(),
            "candidateAuc": roc_auc_score(positive, a), "baselineAuc": roc_auc_score(positive, b),
            "delta": float(a10.mean() - b10.mean()), "standardError": float(np.sqrt(variance))}


def mean_se(values):
    return float(np.std(values, ddof=1) / np.sqrt(len(values)))


def score_case(name, scores, positive):
    p = np.clip(scores, EPS, 1 - EPS)
    loss = -np.log(np.where(positive, p, 1 - p))
    brier = (positive.astype(float) - scores) ** 2
    values = {"log_loss": log_loss(positive, scores), "brier_score": brier_score_loss(positive, scores)}
    assert abs(values["log_loss"] - loss.mean()) < 1e-12 and abs(values["brier_score"] - brier.mean()) < 1e-15
    return {"name": name, "scores": scores.tolist(), "positive": positive.astype(int).tolist(), "values": values,
            "standardErrors": {"log_loss": mean_se(loss), "brier_score": mean_se(brier)}}


def regression_case(name, gold, predicted):
    error = predicted - gold
    a = error ** 2
    b = (gold - gold.mean()) ** 2
    n = len(gold)
    A, B = a.mean(), b.mean()
    cov = np.cov(np.vstack([a, b]), ddof=1)
    r2_var = (cov[0, 0] / B ** 2 - 2 * A * cov[0, 1] / B ** 3 + A ** 2 * cov[1, 1] / B ** 4) / n
    mse = mean_squared_error(gold, predicted)
    values = {"mae": mean_absolute_error(gold, predicted), "mse": mse, "rmse": float(np.sqrt(mse)),
              "r2": r2_score(gold, predicted), "mape": mean_absolute_percentage_error(gold, predicted)}
    ape = np.abs(error) / np.maximum(np.abs(gold), EPS)
    return {"name": name, "gold": gold.tolist(), "predicted": predicted.tolist(), "values": values,
            "standardErrors": {"mae": mean_se(np.abs(error)), "mse": mean_se(a),
                               "rmse": mean_se(a) / (2 * np.sqrt(mse)), "r2": float(np.sqrt(r2_var)),
                               "mape": mean_se(ape)}}


def main():
    rng = np.random.default_rng(20261204)
    delong, paired, scores, regression = [], [], [], []
    for n, decimals in [(12, 1), (200, 2), (1500, 6)]:
        positive = rng.random(n) < 0.4
        positive[:2] = [True, False]
        a = np.round(np.clip(rng.normal(0.5 + 0.15 * positive, 0.2), 0, 1), decimals)
        b = np.round(np.clip(0.6 * a + 0.4 * rng.random(n), 0, 1), decimals)
        delong.append(delong_case(f"n{n}", a, positive))
        paired.append(paired_case(f"n{n}", a, b, positive))
        scores.append(score_case(f"n{n}", a, positive))
        gold = np.round(rng.normal(3, 4, n), 2)
        gold[0] = 0.0
        predicted = np.round(gold + rng.normal(0, 1.5, n), 1)
        regression.append(regression_case(f"n{n}", gold, predicted))
    # A published worked example's shape: every score tied across the classes.
    tied = np.array([0.5, 0.5, 0.5, 0.5, 0.9, 0.1])
    delong.append(delong_case("ties", tied, np.array([True, False, True, False, True, False])))
    text = rng.random(300)
    text_case = {"name": "token_f1", "values": np.round(text, 3).tolist(),
                 "standardError": mean_se(np.round(text, 3))}
    # Multiclass log loss: its standard error is that of the mean of the per-row losses (a separate seed, so the
    # cases above do not move).
    mrng = np.random.default_rng(15)
    logits = mrng.normal(0, 1.5, (400, 4))
    probabilities = np.round(np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True), 4)
    probabilities[:, -1] = np.round(1 - probabilities[:, :-1].sum(axis=1), 4)
    labels = mrng.integers(0, 4, 400)
    clipped = np.clip(probabilities, EPS, 1 - EPS)
    losses = -np.log(clipped[np.arange(400), labels] / clipped.sum(axis=1))
    assert abs(losses.mean() - log_loss(labels, probabilities, labels=[0, 1, 2, 3])) < 1e-12
    multiclass = {"probabilities": probabilities.tolist(), "gold": labels.tolist(), "logLoss": float(losses.mean()),
                  "standardError": mean_se(losses)}
    out = {"sklearn": sklearn.__version__, "numpy": np.__version__, "delong": delong, "paired": paired,
           "scores": scores, "regression": regression, "text": text_case,
           "multiclassLogLoss": multiclass}
    with open(OUT_PATH, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()

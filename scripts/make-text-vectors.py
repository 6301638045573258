#!/usr/bin/python3
"""Generate reference vectors for eval-gate's text metrics from the SQuAD v1.1 evaluation script.

What it produces
    test/fixtures/squad/text.json -- a list of cases, each a prediction and its
    gold answers, with what the official SQuAD v1.1 script
    (evaluate-v1.1.py, https://rajpurkar.github.io/SQuAD-explorer/) computes:
    normalize_answer of the prediction and of each answer, exact_match and f1
    (metric_max_over_ground_truths over the answers), and `contains` (the answer
    occurs in the prediction as written, the max over the answers). Also the
    whole-set means (SQuAD reports them x100; these are the fractions).

How to run it (from the repository root; needs only the Python standard library)
    /usr/bin/python3 scripts/make-text-vectors.py

The functions below are copied verbatim from evaluate-v1.1.py (only the
argument parsing and file reading are left out). The script is deterministic,
so running it twice yields byte-identical output.
"""

import json
import os
import re
import string
import sys
from collections import Counter

OUT_PATH = os.path.join("test", "fixtures", "squad", "text.json")


# --- evaluate-v1.1.py, verbatim ---------------------------------------------
def normalize_answer(s):
    """Lower text and remove punctuation, articles and extra whitespace."""
    def remove_articles(text):
        return re.sub(r'\b(a|an|the)\b', ' ', text)

    def white_space_fix(text):
        return ' '.join(text.split())

    def remove_punc(text):
        exclude = set(string.punctuation)
        return ''.join(ch for ch in text if ch not in exclude)

    def lower(text):
        return text.lower()

    return white_space_fix(remove_articles(remove_punc(lower(s))))


def f1_score(prediction, ground_truth):
    prediction_tokens = normalize_answer(prediction).split()
    ground_truth_tokens = normalize_answer(ground_truth).split()
    common = Counter(prediction_tokens) & Counter(ground_truth_tokens)
    num_same = sum(common.values())
    if num_same == 0:
        return 0
    precision = 1.0 * num_same / len(prediction_tokens)
    recall = 1.0 * num_same / len(ground_truth_tokens)
    f1 = (2 * precision * recall) / (precision + recall)
    return f1


def exact_match_score(prediction, ground_truth):
    return (normalize_answer(prediction) == normalize_answer(ground_truth))


def metric_max_over_ground_truths(metric_fn, prediction, ground_truths):
    scores_for_ground_truths = []
    for ground_truth in ground_truths:
        score = metric_fn(prediction, ground_truth)
        scores_for_ground_truths.append(score)
    return max(scores_for_ground_truths)
# --- end of evaluate-v1.1.py --------------------------------------------------


def contains_score(prediction, ground_truth):
    return ground_truth in prediction


CASES = [
    # name, prediction, gold answers
    ("exact", "Denver Broncos", ["Denver Broncos"]),
    ("case-and-punctuation", "denver broncos!", ["Denver Broncos"]),
    ("article-removed", "the Denver Broncos", ["Denver Broncos"]),
    ("partial-overlap", "Denver", ["Denver Broncos"]),
    ("extra-tokens", "the Broncos of Denver won", ["Denver Broncos"]),
    ("no-overlap", "Carolina Panthers", ["Denver Broncos"]),
    ("several-answers-best-counts", "Santa Clara", ["Santa Clara, California", "Levi's Stadium", "Santa Clara"]),
    ("several-answers-partial", "Levi Stadium in Santa Clara", ["Levi's Stadium", "Santa Clara, California"]),
    ("repeated-tokens", "the the cat cat cat", ["cat cat dog"]),
    ("articles-only-prediction", "The", ["an apple"]),
    ("empty-after-normalisation-both", "a", ["The"]),
    ("article-inside-word-kept", "theater another", ["theater another"]),
    ("articles-a-an-the", "A cat, an owl and the dog", ["cat owl and dog"]),
    ("punctuation-inside-words", "U.S.-based co-op", ["US based coop"]),
    ("digits", "1,000 years", ["1000 years"]),
    ("unicode-letters-block-article", "éthe Ñandú", ["ethe ñandú"]),
    ("unicode-word-boundary-article", "the café à la carte", ["café à la carte"]),
    ("underscore-is-punctuation", "the_best a_1", ["the_best a_1"]),
    ("digits-are-word-characters", "the2 2the a", ["the2 2the"]),
    ("non-ascii-punctuation-kept", "«Paris» — France", ["Paris France"]),
    ("whitespace-kinds", "New\tYork\u3000City\u00a0now\x1cok\x85done", ["new york city now ok done"]),
    ("zero-width-no-break-space-is-not-space", "New\ufeffYork", ["New York"]),
    ("upper-case-unicode", "ÇA VA ÉTÉ", ["ça va été"]),
    ("greek-final-sigma", "ΟΔΥΣΣΕΥΣ", ["οδυσσευς"]),
    ("contains-as-written", "The answer is Paris.", ["Paris", "France"]),
    ("contains-is-case-sensitive", "the answer is paris", ["Paris"]),
    ("long-answer", "In 1066, William the Conqueror won the Battle of Hastings against Harold", ["the Battle of Hastings", "Hastings"]),
]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    cases = []
    for name, prediction, answers in CASES:
        cases.append({
            "name": name,
            "prediction": prediction,
            "answers": answers,
            "normalized_prediction": normalize_answer(prediction),
            "normalized_answers": [normalize_answer(a) for a in answers],
            "exact_match": float(metric_max_over_ground_truths(exact_match_score, prediction, answers)),
            "f1": float(metric_max_over_ground_truths(f1_score, prediction, answers)),
            "contains": float(metric_max_over_ground_truths(contains_score, prediction, answers)),
        })
    total = len(cases)
    means = {
        "exact_match": sum(c["exact_match"] for c in cases) / total,
        "token_f1": sum(c["f1"] for c in cases) / total,
        "contains": sum(c["contains"] for c in cases) / total,
    }
    doc = {
        "generator": "scripts/make-text-vectors.py",
        "reference": "SQuAD v1.1 evaluate-v1.1.py (normalize_answer, f1_score, exact_match_score)",
        "python_version": sys.version.split()[0],
        "cases": cases,
        "means": means,
    }
    text = json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"
    out = os.path.join(root, OUT_PATH)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    sys.stderr.write("wrote %s: %d cases\n" % (OUT_PATH, total))


if __name__ == "__main__":
    main()

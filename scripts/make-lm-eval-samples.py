"""Writes test/fixtures/samples/lm-eval/: one small lm-evaluation-harness run of two models, written for the tests.

Each model folder holds what `lm_eval --output_path out --log_samples` writes for it (`out/<model_name_sanitized>/`):
`samples_<task>_<date>.jsonl` per task and the `results_<date>.json` the harness aggregates from them. The shapes
follow the harness's real files (see test/fixtures/real/lm-eval-harness and ../shared/fixtures/real): two tasks,
`arith_mc` as an older harness logs a multiple-choice task (no `filter`, no `metrics` list: `acc`, `acc_norm` per
sample) and `qa_gen` as a newer one logs a generative task with two filters (one record per document and filter,
with `filter`, `metrics`, `exact_match`). Documents, prompts and answers are made up.

The aggregates are computed as the harness does: `mean` (sum / len) and `mean_stderr` (sample standard deviation,
n - 1, over sqrt(n)). Deterministic: run `/usr/bin/python3 scripts/make-lm-eval-samples.py` to regenerate.
"""

import hashlib
import json
import math
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "test" / "fixtures" / "samples" / "lm-eval"
DATE = "2026-12-04T10-00-00.000000"
DOCS = 40
FILTERS = ["strict-match", "flexible-extract"]

# Probability of a correct answer per model and task: "ours" and a vendor that is clearly better on arith_mc.
MODELS = {
    "acme__ours-7b": {"arith_mc": 0.55, "qa_gen": 0.6},
    "vendor__big-70b": {"arith_mc": 0.9, "qa_gen": 0.65},
}


def sha(text):
    return hashlib.sha256(text.encode()).hexdigest()


def mean(values):
    return sum(values) / len(values)


def mean_stderr(values):
    mu = mean(values)
    return math.sqrt(sum((v - mu) ** 2 for v in values) / (len(values) - 1)) / math.sqrt(len(values))


def arith_records(rng, p):
    records = []
    for doc_id in range(DOCS):
        a, b = 3 + doc_id, 7 + 2 * doc_id
        doc = {"question": f"What is {a} + {b}?", "choices": [str(a + b), str(a + b + 1)], "label": 0}
        prompt = f"Question: {doc['question']}\nAnswer:"
        right = rng.random() < p
        norm_right = right if rng.random() < 0.9 else not right
        logliks = [[f"{-1.5 if right else -2.5}", "False"], [f"{-2.0}", "False"]]
        records.append({
            "doc_id": doc_id,
            "doc": doc,
            "target": 0,
            "arguments": {f"gen_args_{i}": {"arg_0": prompt, "arg_1": f" {c}"} for i, c in enumerate(doc["choices"])},
            "resps": [[pair] for pair in logliks],
            "filtered_resps": logliks,
            "doc_hash": sha(json.dumps(doc, indent=2)),
            "prompt_hash": sha(prompt),
            "target_hash": sha("0"),
            "acc": 1.0 if right else 0.0,
            "acc_norm": 1.0 if norm_right else 0.0,
        })
    return records


def qa_records(rng, p):
    records = []
    for doc_id in range(DOCS):
        answer = str(100 + doc_id)
        doc = {"question": f"Item {doc_id}: how many?", "answer": f"#### {answer}"}
        prompt = f"Q: {doc['question']}\nA:"
        right = rng.random() < p
        text = f"The answer is {answer}." if right else "I do not know."
        strict_ok = right and rng.random() < 0.8
        for filter_key in FILTERS:
            ok = strict_ok if filter_key == "strict-match" else right
            extracted = answer if ok else "[invalid]"
            records.append({
                "doc_id": doc_id,
                "doc": doc,
                "target": doc["answer"],
                "arguments": {"gen_args_0": {"arg_0": prompt, "arg_1": {"until": ["Q:"], "do_sample": False}}},
                "resps": [[text]],
                "filtered_resps": [extracted],
                "filter": filter_key,
                "metrics": ["exact_match"],
                "doc_hash": sha(json.dumps(doc, indent=2)),
                "prompt_hash": sha(prompt),
                "target_hash": sha(doc["answer"]),
                "exact_match": 1.0 if ok else 0.0,
            })
    return records


def results_file(model, samples):
    results, higher, n_samples = {}, {}, {}
    for task, records in samples.items():
        entry = {"alias": task}
        by_filter = {}
        for record in records:
            by_filter.setdefault(record.get("filter", "none"), []).append(record)
        for filter_key, rows in by_filter.items():
            names = rows[0].get("metrics", ["acc", "acc_norm"])
            for name in names:
                values = [row[name] for row in rows]
                entry[f"{name},{filter_key}"] = mean(values)
                entry[f"{name}_stderr,{filter_key}"] = mean_stderr(values)
        results[task] = entry
        higher[task] = {name.split(",")[0]: True for name in entry if "," in name and "_stderr" not in name}
        n_samples[task] = {"original": 1000, "effective": DOCS}
    return {
        "results": results,
        "group_subtasks": {task: [] for task in samples},
        "configs": {task: {"task": task, "output_type": "multiple_choice" if task == "arith_mc" else "generate_until"} for task in samples},
        "versions": {task: 1.0 for task in samples},
        "n-shot": {task: 0 for task in samples},
        "higher_is_better": higher,
        "n-samples": n_samples,
        "config": {"model": "local-completions", "model_args": f"model={model.replace('__', '/')}", "limit": DOCS},
        "git_hash": "0000000",
        "model_name": model.replace("__", "/"),
        "model_name_sanitized": model,
    }


def main():
    for model, rates in MODELS.items():
        rng = random.Random(f"{model}-2026")
        folder = OUT / model
        folder.mkdir(parents=True, exist_ok=True)
        samples = {"arith_mc": arith_records(rng, rates["arith_mc"]), "qa_gen": qa_records(rng, rates["qa_gen"])}
        for task, records in samples.items():
            with open(folder / f"samples_{task}_{DATE}.jsonl", "w") as out:
                for record in records:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
        with open(folder / f"results_{DATE}.json", "w") as out:
            json.dump(results_file(model, samples), out, indent=2)
            out.write("\n")


if __name__ == "__main__":
    main()

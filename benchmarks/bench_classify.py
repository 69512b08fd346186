"""Theme classification: model load time and throughput (actions/s), per variant.

    .venv/bin/python benchmarks/bench_classify.py

Each variant runs in a fresh subprocess (load time includes imports and, for the
embedding variants, loading the sentence-transformers model). Texts: the project's own
training and held-out action texts, repeated to 2 000.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = """
import json, sys, time
t0 = time.perf_counter()
from pim_docs.classify.model import ThemeClassifier, training_data
clf = ThemeClassifier.load()
clf.predict(["rozgrzewka"], sys.argv[1], explain=False)
load = time.perf_counter() - t0
_, texts, _ = training_data()
texts = (texts * 10)[:2000]
t1 = time.perf_counter()
clf.predict(texts, sys.argv[1], explain=False)
run = time.perf_counter() - t1
t2 = time.perf_counter()
clf.predict(texts[:200], sys.argv[1], explain=True)
explain = time.perf_counter() - t2
print(json.dumps({"load_s": load, "per_s": len(texts) / run, "explain_per_s": 200 / explain}))
"""


def main() -> int:
    print("| variant | load (s) | actions/s | actions/s with explanations |")
    print("|---|---:|---:|---:|")
    for variant in ("rules", "tfidf", "embed", "combined"):
        out = subprocess.run([sys.executable, "-c", RUN, variant], capture_output=True, text=True, check=True, cwd=ROOT)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {variant} | {r['load_s']:.1f} | {r['per_s']:.0f} | {r['explain_per_s']:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

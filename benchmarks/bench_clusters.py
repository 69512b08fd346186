"""Theme clusters vs BERTopic on the same actions, in one run.

    .venv/bin/pip install -e ".[bench]"      # BERTopic: only for this benchmark
    .venv/bin/python benchmarks/bench_clusters.py [ACTIONS.jsonl]
    # default: ../shared/evalset/actions.jsonl when present, else corpus/actions/train_b.jsonl
    # (on which the classifier was trained: the theme-score figures are then flattered)

Both get the same texts and the same offline embedding model. Scores: NMI and ARI of the
clusters against the gold themes (an outlier counts as its own label, as it would in a
report), runtime, outlier share. BERTopic runs with its defaults (UMAP + HDBSCAN, seed fixed).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    dev = ROOT.parent / "shared" / "evalset" / "actions.jsonl"
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else dev if dev.is_file() else ROOT / "corpus/actions/train_b.jsonl"
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    from pim_docs import analytics, embeddings

    items = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = [i["theme"] for i in items]
    df = analytics.from_jsonl(src)
    df["theme"] = None  # ours must not see the gold themes: the classifier fills them in
    df = analytics._with_themes(df)
    texts = df["text"].tolist()
    embeddings.load(None)  # both methods: model loaded before timing

    rows = []
    t0 = time.perf_counter()
    ours = analytics.cluster_actions(df)["cluster"].to_numpy()
    rows.append(("pim-docs clusters", ours, time.perf_counter() - t0))
    from pim_docs.cluster import ClusterModel

    t0 = time.perf_counter()  # ablation: without the theme classifier's scores (fully unsupervised)
    plain = analytics.cluster_actions(df, ClusterModel(weights={"lemmas": 1.0, "embeddings": 0.5, "themes": 0.0}))
    rows.append(("pim-docs, no theme scores", plain["cluster"].to_numpy(), time.perf_counter() - t0))

    try:
        from bertopic import BERTopic
        from umap import UMAP
    except ImportError:
        print("BERTopic is not installed: pip install -e '.[bench]'")
        return 1
    for name, extra in (("BERTopic (defaults)", {}), ("BERTopic (min_topic_size=5)", {"min_topic_size": 5})):
        t0 = time.perf_counter()
        vecs = embeddings.encode(texts)
        model = BERTopic(embedding_model=embeddings.load(None), language="multilingual", **extra,
                         umap_model=UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=0))
        theirs, _ = model.fit_transform(texts, embeddings=vecs)
        rows.append((name, theirs, time.perf_counter() - t0))

    print(f"{len(texts)} actions from {src.name}, {len(set(gold))} gold themes\n")
    print("| method | clusters | NMI | ARI | outliers | seconds |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, labels, secs in rows:
        k = len(set(labels) - {-1})
        out = sum(1 for x in labels if x == -1) / len(labels)
        print(f"| {name} | {k} | {normalized_mutual_info_score(gold, labels):.3f} | "
              f"{adjusted_rand_score(gold, labels):.3f} | {out:.1%} | {secs:.1f} |")
    print(f"\nruntime ours / BERTopic: {rows[0][2] / rows[2][2]:.2f}× against its first run (numba compiles), "
          f"{rows[0][2] / rows[3][2]:.2f}× against its second")
    return 0


if __name__ == "__main__":
    sys.exit(main())

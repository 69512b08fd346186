"""Theme clusters across cities: which measures group together, named in Polish.

A small pipeline of replaceable stages, scikit-learn style (``__init__`` stores settings,
``fit`` learns, learned attributes end in ``_``):

represent  lemma TF-IDF reduced by LSA  +  sentence embeddings  +  the theme classifier's
           scores (the programme's own taxonomy), each part unit-length and weighted
cluster    Ward agglomerative clustering; the number of clusters is the one with the best
           silhouette in a range; a cluster of fewer than ``min_size`` actions is an outlier (-1)
label      c-TF-IDF over lemmas with Polish stop words: "kocioł · wymiana · dotacja"
show       representatives nearest each centroid; 2-D map by t-SNE

Everything is seeded and order-stable: the same actions give the same clusters.
"""
from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field

import numpy as np

from . import config

log = logging.getLogger(__name__)


@functools.cache
def settings() -> dict:
    return config.load("clusters.yaml")


@functools.cache
def stop_words() -> frozenset[str]:
    from spacy.lang.pl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | frozenset(settings().get("stop_words", []))


def lemma_terms(text: str) -> list[str]:
    """Content lemmas of a text (module-level: picklable for the vectoriser)."""
    from .classify.features import lemma_tokens

    stop = stop_words()
    return [w for w in lemma_tokens(text) if len(w) > 2 and w not in stop and w.isalpha()]


def _unit(X: np.ndarray) -> np.ndarray:
    return X / np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-12)


def _distinct(words: list[str], prefix: int = 5) -> list[str]:
    """Drop a word that shares its first letters with a better one ("autobusowy" after
    "autobus"): one idea per word in a group's name, whatever the lemmatiser missed."""
    seen, out = set(), []
    for w in words:
        if w[:prefix] not in seen:
            seen.add(w[:prefix])
            out.append(w)
    return out


@dataclass
class ClusterModel:
    """The settings of one clustering run (defaults from ``config/clusters.yaml``)."""

    weights: dict[str, float] = field(default_factory=lambda: dict(settings()["weights"]))
    k_min: int = field(default_factory=lambda: int(settings()["k_min"]))
    k_max: int = field(default_factory=lambda: int(settings()["k_max"]))
    min_size: int = field(default_factory=lambda: int(settings()["min_size"]))
    lsa_dims: int = field(default_factory=lambda: int(settings()["lsa_dims"]))
    embedding_model: str | None = field(default_factory=lambda: settings().get("embedding_model"))
    random_state: int = 0

    # ------------------------------------------------------------------ stages
    def represent(self, texts: list[str], theme_scores: np.ndarray | None = None) -> np.ndarray:
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import TfidfVectorizer

        parts = []
        if self.weights.get("lemmas", 0):
            tfidf = TfidfVectorizer(analyzer=lemma_terms, sublinear_tf=True, min_df=1)
            X = tfidf.fit_transform(texts)
            dims = min(self.lsa_dims, X.shape[1] - 1, len(texts) - 1)
            lsa = TruncatedSVD(dims, random_state=self.random_state).fit_transform(X) if dims >= 2 else X.toarray()
            parts.append(self.weights["lemmas"] * _unit(lsa))
        if self.weights.get("embeddings", 0):
            from . import embeddings

            try:
                parts.append(self.weights["embeddings"] * embeddings.encode(texts, self.embedding_model))
            except embeddings.ModelUnavailable as exc:
                log.warning("embeddings skipped: %s", exc)
        if self.weights.get("themes", 0) and theme_scores is not None:
            parts.append(self.weights["themes"] * _unit(np.asarray(theme_scores, dtype=float)))
        return np.hstack(parts)

    def fit(self, texts: list[str], theme_scores: np.ndarray | None = None) -> ClusterModel:
        from scipy.cluster.hierarchy import fcluster, linkage
        from sklearn.metrics import silhouette_score

        texts = [t or "" for t in texts]
        self.vectors_ = X = self.represent(texts, theme_scores)
        n = len(texts)
        if n < 3:
            self.labels_ = np.zeros(n, dtype=int)
            self.k_ = 1
        else:
            tree = linkage(X, method="ward")
            best = None
            for k in range(max(2, self.k_min), max(2, min(self.k_max, n - 1)) + 1):
                raw = fcluster(tree, k, criterion="maxclust")
                if len(set(raw)) < 2:
                    continue
                score = silhouette_score(X, raw)
                if best is None or score > best[0] + 1e-9:
                    best = (score, k, raw)
            self.silhouette_, self.k_, raw = best if best else (0.0, 1, np.ones(n, dtype=int))
            self.labels_ = self._renumber(raw)
        self._describe(texts)
        self.coords_ = self._map(X)
        return self

    def _renumber(self, raw: np.ndarray) -> np.ndarray:
        """Clusters numbered 0.. by size (ties by first appearance); too small ones become -1."""
        ids, first, counts = np.unique(raw, return_index=True, return_counts=True)
        order = sorted(range(len(ids)), key=lambda i: (-counts[i], first[i]))
        mapping, nxt = {}, 0
        for i in order:
            if counts[i] < self.min_size:
                mapping[ids[i]] = -1
            else:
                mapping[ids[i]] = nxt
                nxt += 1
        return np.array([mapping[r] for r in raw], dtype=int)

    def _describe(self, texts: list[str]) -> None:
        """Keywords (c-TF-IDF), a Polish label and representatives for each cluster."""
        from collections import Counter

        docs = [lemma_terms(t) for t in texts]
        clusters = sorted(set(self.labels_) - {-1})
        tf = {c: Counter(w for i in np.flatnonzero(self.labels_ == c) for w in docs[i]) for c in clusters}
        total = Counter()
        for c in clusters:
            total.update(tf[c])
        avg = np.mean([sum(tf[c].values()) for c in clusters]) if clusters else 1.0
        n_terms = int(settings().get("label_terms", 3))
        self.keywords_, self.names_, self.representatives_ = {}, {}, {}
        for c in clusters:
            size = sum(tf[c].values()) or 1
            scored = sorted(((cnt / size) * np.log(1 + avg / total[w]), w) for w, cnt in tf[c].items())
            self.keywords_[c] = _distinct([w for _, w in sorted(scored, key=lambda x: (-x[0], x[1]))])[:8]
            self.names_[c] = " · ".join(self.keywords_[c][:n_terms]) or f"grupa {c + 1}"
            idx = np.flatnonzero(self.labels_ == c)
            centre = self.vectors_[idx].mean(axis=0)
            sims = _unit(self.vectors_[idx]) @ (centre / max(np.linalg.norm(centre), 1e-12))
            self.representatives_[c] = [int(idx[j]) for j in np.argsort(-sims, kind="stable")[:3]]
        self.names_[-1] = "poza grupami"

    def _map(self, X: np.ndarray) -> np.ndarray:
        from sklearn.decomposition import PCA
        from sklearn.manifold import TSNE

        n = X.shape[0]
        if n < 3:
            return np.zeros((n, 2))
        if n < 10:
            return PCA(2, random_state=self.random_state).fit_transform(X)
        return TSNE(2, perplexity=min(30.0, (n - 1) / 3), init="pca", random_state=self.random_state,
                    metric="cosine").fit_transform(X)

    def similar(self, cities: list[str | None], k: int = 5) -> list[list[tuple[int, float]]]:
        """For each action, the most similar actions of *other* cities (index, cosine)."""
        V = _unit(self.vectors_)
        S = V @ V.T
        out = []
        for i in range(len(V)):
            order = np.argsort(-S[i], kind="stable")
            picks = [(int(j), round(float(S[i, j]), 3)) for j in order
                     if j != i and (cities[i] is None or cities[j] != cities[i])][:k]
            out.append(picks)
        return out

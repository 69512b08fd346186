"""Keyword rules from the taxonomy: the baseline, and the source of sub-themes and strands."""
from __future__ import annotations

import functools

import numpy as np

from .. import config
from .features import fold


@functools.cache
def taxonomy() -> dict:
    return config.load("taxonomy.yaml")


def themes() -> list[str]:
    return list(taxonomy()["themes"])


def _hits(text: str, keywords: list[str]) -> list[str]:
    t = fold(text)
    return [k for k in keywords if fold(k) in t]


def keyword_scores(texts: list[str]) -> np.ndarray:
    """Rows of per-theme scores (share of keyword hits); a text with none goes to "other"."""
    tx = taxonomy()["themes"]
    ids = list(tx)
    out = np.zeros((len(texts), len(ids)))
    for i, text in enumerate(texts):
        counts = np.array([len(_hits(text, tx[t].get("keywords", []))) for t in ids], dtype=float)
        if counts.sum() == 0:
            counts[ids.index("other")] = 1.0
        out[i] = counts / counts.sum()
    return out


def sub_theme(text: str, theme: str) -> str | None:
    subs = taxonomy()["themes"].get(theme, {}).get("sub_themes", {}) or {}
    best = max(subs.items(), key=lambda kv: len(_hits(text, kv[1].get("keywords", []))), default=None)
    return best[0] if best and _hits(text, best[1].get("keywords", [])) else None


def strand(theme: str | None, network: str | None) -> str | None:
    """The strand a network reports this theme under (None when the theme is outside its strands)."""
    strands = taxonomy().get("networks", {}).get(network or "", {}).get("strands", {})
    return next((sid for sid, s in strands.items() if theme in s.get("themes", [])), None)


def matched_keywords(text: str, theme: str) -> list[str]:
    return _hits(text, taxonomy()["themes"].get(theme, {}).get("keywords", []))

"""Text features for theme classification: Polish lemmas and diacritic-free character n-grams."""
from __future__ import annotations

import re
import unicodedata

from sklearn.base import BaseEstimator, TransformerMixin

from ..text.lemmas import default as default_lemmatizer

_STOP = set("""i w z na do dla oraz o od po przy przez a ze we u to się jest są będzie będą który która które
które ich jego jej tym tych ten ta te także również lub albo jak co nie tak r ul nr tys mln zł ok""".split())


def fold(text: str) -> str:
    """Lower case without diacritics ("Łódź" -> "lodz"), so texts typed without them still match."""
    text = text.lower().replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def lemma_tokens(text: str) -> list[str]:
    """Content-word lemmas, for the word n-gram vectoriser (a module-level function: picklable)."""
    lem = default_lemmatizer()
    return [w for w in lem.lemmas(text) if len(w) > 1 and w not in _STOP and not w.isdigit()]


def char_text(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text))


class Embedder(BaseEstimator, TransformerMixin):
    """Sentence-transformers embeddings as a scikit-learn transformer (model loaded lazily, once)."""

    def __init__(self, model: str | None = None):
        self.model = model

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        from .. import embeddings

        return embeddings.encode([str(x) for x in X], self.model)

"""A light language guess from function words (Polish vs the usual alternatives)."""
from __future__ import annotations

import re
from collections import Counter

_STOPWORDS = {
    "pl": set("i w z na się do nie że jest oraz dla przez od o to jak ze po są lub a które który która "
              "także również może będzie ich jej jego tym tych".split()),
    "en": set("the and of to in is for with that on are by this be will as from it an or".split()),
    "de": set("der die und das ist nicht mit von zu den für auf im eine ein des dem wird".split()),
    "cs": set("a v se na je že s z do pro jako by jsou které který byl".split()),
}
NAMES = {"pl": "polski", "en": "angielski", "de": "niemiecki", "cs": "czeski"}


def guess(text: str, sample: int = 20000) -> str | None:
    """An ISO code, or None when there is too little text to tell."""
    words = re.findall(r"[^\W\d_]+", text[:sample].lower())
    if len(words) < 40:
        return None
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in sw) for lang, sw in _STOPWORDS.items()}
    if any(c in text[:sample] for c in "ąęłńśźż"):
        scores["pl"] += 5
    best = max(scores, key=scores.get)
    return best if scores[best] >= 5 else None

"""Polish text: repair, lemmas, language."""
import re


def match_key(text: str) -> str:
    """A text reduced for comparing: lower case, words only ("2.1. Cele – MID" -> "2 1 cele mid")."""
    return re.sub(r"\W+", " ", text).strip().lower()

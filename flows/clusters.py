"""`pim-docs clusters` as a Prefect flow: load actions -> cluster -> explorer and exports."""
from __future__ import annotations

from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from pim_docs import analytics
from pim_docs.reports import exports
from pim_docs.reports.explorer import explorer_html
from pim_docs.reports.writer import atomic_write


@task(name="load-actions", cache_policy=NO_CACHE)
def load_task(source: str):
    return analytics.load_actions(source)


@task(name="cluster-actions", cache_policy=NO_CACHE)
def cluster_task(df):
    return analytics.cluster_actions(df)


@task(name="write-explorer", cache_policy=NO_CACHE)
def write_task(df, out_dir: Path) -> dict:
    paths = exports.write_all(df, out_dir)
    atomic_write(out_dir / "explorer.html", explorer_html(df))
    return {k: str(v) for k, v in paths.items()} | {"html": str(out_dir / "explorer.html")}


@flow(name="pim-docs-clusters", validate_parameters=False)
def theme_clusters(source: str, out_dir: Path) -> dict:
    """Theme clusters of every action in ``source`` (reports folder, JSONL or catalogue URL)."""
    df = cluster_task(quote(load_task(source)))
    paths = write_task(quote(df), Path(out_dir))
    return {"actions": len(df), "clusters": len(df.attrs.get("clusters", {})),
            "outliers": int((df["cluster"] == -1).sum()) if len(df) else 0, "files": paths}

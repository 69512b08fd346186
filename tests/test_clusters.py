"""Analysts' theme clusters: deterministic, exported safely, explorable in a real browser."""
import json
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from pim_docs import analytics
from pim_docs.reports import exports
from pim_docs.reports.explorer import explorer_html

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE = ["=HYPERLINK(\"http://zlo.example\",\"kliknij\") wymiana kotłów", "+48 kampania antysmogowa",
           "@SUM(A1) ścieżka rowerowa", "<script>alert(1)</script> Strefa Tempo 30",
           "<img src=x onerror=alert(2)> zakup autobusów elektrycznych"]
CITIES = ["Radom", "Kalisz", "Elbląg", "Tarnów", "Gniezno", "Opole"]


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory) -> Path:
    """Our own labelled action texts (never the development set) plus hostile titles."""
    lines = (ROOT / "corpus" / "actions" / "train_a.jsonl").read_text(encoding="utf-8").splitlines()[:120]
    items = [json.loads(x) for x in lines]
    items += [{"id": f"h{i}", "text": t, "network": "air_quality"} for i, t in enumerate(HOSTILE)]
    path = tmp_path_factory.mktemp("clusters") / "actions.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i, it in enumerate(items):
            fh.write(json.dumps({"id": it["id"], "text": it["text"], "network": it.get("network"),
                                 "city": CITIES[i % len(CITIES)]}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def clustered(jsonl) -> pd.DataFrame:
    return analytics.cluster_actions(analytics.load_actions(jsonl))


def test_same_actions_give_identical_clusters(jsonl, clustered):
    again = analytics.cluster_actions(analytics.load_actions(jsonl))
    assert again["cluster"].tolist() == clustered["cluster"].tolist()
    assert again["cluster_label"].tolist() == clustered["cluster_label"].tolist()
    assert again[["x", "y"]].equals(clustered[["x", "y"]])


def test_clusters_are_few_named_in_polish_and_mostly_not_outliers(clustered):
    k = clustered["cluster"].max() + 1
    assert 3 <= k <= 30
    assert (clustered["cluster"] == -1).mean() <= 0.1
    for info in clustered.attrs["clusters"].values():
        words = info["label"].split(" · ")
        assert 1 <= len(words) <= 3
        assert len({w[:5] for w in words}) == len(words)  # no inflected duplicates
        assert not set(words) & {"i", "w", "na", "oraz", "dla", "się"}
        assert len(info["representatives"]) >= 1


def test_groups_follow_content(clustered):
    """Actions about the same measure land together more often than chance."""
    df = clustered[~clustered["id"].str.startswith("h")]
    gold = pd.read_json(ROOT / "corpus" / "actions" / "train_a.jsonl", lines=True).set_index("id")["theme"]
    from sklearn.metrics import normalized_mutual_info_score

    assert normalized_mutual_info_score(gold.loc[df["id"]], df["cluster"]) > 0.4


def test_similar_actions_come_from_other_cities(clustered):
    city = dict(zip(clustered["id"], clustered["city"]))
    for i, sims in zip(clustered["id"], clustered["similar"]):
        assert sims and all(city[s] != city[i] for s in sims)


def test_exports_read_back_and_formulas_are_neutralised(clustered, tmp_path):
    paths = exports.write_all(clustered, tmp_path)
    csv = pd.read_csv(paths["csv"], sep=";", encoding="utf-8-sig")
    assert len(csv) == len(clustered) and {"miasto", "sieć", "temat", "grupa", "nazwa grupy"} <= set(csv.columns)
    titles = set(csv["działanie"])
    assert "'=HYPERLINK(\"http://zlo.example\",\"kliknij\") wymiana kotłów" in titles
    assert not any(t.startswith(("=", "+", "@")) for t in titles)
    wb = openpyxl.load_workbook(paths["xlsx"])
    assert wb.sheetnames == ["Działania", "Grupy", "Tematy w miastach"]
    cells = [c for row in wb["Działania"].iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)
    assert any(str(c.value).startswith("'=HYPERLINK") for c in cells)
    back = pd.read_parquet(paths["parquet"])
    assert back["text"].tolist() == clustered["text"].tolist()  # exact text for code
    rows = [json.loads(x) for x in paths["jsonl"].read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == clustered["id"].tolist()
    assert all(set(r) == {"id", "cluster", "label"} and isinstance(r["cluster"], int) for r in rows)


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium")
def test_explorer_filters_change_the_map_and_text_stays_text(clustered, tmp_path):
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "explorer.html"
    page_file.write_text(explorer_html(clustered), encoding="utf-8")
    points = "document.getElementById('map').data.reduce((n, t) => n + t.x.length, 0)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page()
        errors, dialogs = [], []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(page_file.as_uri())
        page.wait_for_function("document.getElementById('map').data !== undefined")
        assert page.evaluate(points) == len(clustered)
        page.select_option("#f-city", "Radom")
        page.wait_for_timeout(300)
        assert page.evaluate(points) == (clustered["city"] == "Radom").sum()
        assert f"{(clustered['city'] == 'Radom').sum()} z {len(clustered)}" in page.inner_text("#count")
        page.select_option("#f-city", "")
        page.select_option("#f-network", "mobility")
        page.wait_for_timeout(300)
        assert page.evaluate(points) == (clustered["network"] == "mobility").sum()
        page.evaluate("document.getElementById('map').emit('plotly_click', {points: [{data: "
                      "document.getElementById('map').data[0], pointNumber: 0}]})")
        assert page.locator("#panel li").count() >= 1
        assert "<script>alert(1)</script>" in page.content().replace("&lt;", "<").replace("&gt;", ">")
        browser.close()
    assert not errors and not dialogs


def test_cli_clusters_from_jsonl_and_from_the_catalogue(jsonl, tmp_path):
    from pim_docs.cli import main

    assert main(["clusters", "--in", str(jsonl), "--out", str(tmp_path / "a")]) == 0
    assert (tmp_path / "a" / "explorer.html").is_file() and (tmp_path / "a" / "clusters.jsonl").is_file()
    assert main(["clusters", "--out", str(tmp_path / "b"), "--db", f"sqlite:///{tmp_path / 'none.sqlite'}"]) == 2
    assert main(["clusters", str(tmp_path / "nie-ma"), "--out", str(tmp_path / "c")]) == 2

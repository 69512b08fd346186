"""HTML views of reports (Jinja2, autoescaped: document text is always shown as text)."""
from __future__ import annotations

import functools
from pathlib import Path

import jinja2

from .. import __version__
from ..model import Report
from . import labels


@functools.cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["theme_name"] = labels.theme
    env.filters["plural"] = labels.plural
    return env


def report_html(report: Report) -> str:
    return _env().get_template("report.html.j2").render(r=report, labels=labels, version=__version__)


def index_html(portfolio: dict) -> str:
    return _env().get_template("index.html.j2").render(
        docs=portfolio["documents"], networks=portfolio["networks"], cities=portfolio.get("cities", []),
        grid=portfolio.get("sections", {"cities": []}), themes=portfolio.get("themes", {}),
        skipped=portfolio.get("skipped", []), labels=labels, section_names=labels.section_names(),
        strand_names=labels.strand_names())

"""Figures against gold files (``corpus/gold`` format): facts, section statuses, flags.

Used by ``pim-docs eval``; the same definitions as the programme's scorer so the
figures on our own corpus and on the development set can be compared.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from .model import Report


@dataclass
class DocScore:
    file: str
    facts_ok: dict[str, bool]
    section_errors: list[str] = field(default_factory=list)  # "risks: gold missing, got present"
    sections_ok: int = 0
    sections_n: int = 0
    actions: str = ""  # "7/8 matched, 9 predicted"
    action_errors: list[str] = field(default_factory=list)
    action_precision: float = 0.0
    action_recall: float = 0.0
    values_ok: int = 0  # exact field texts right ("values" in the gold), for the matched actions
    values_n: int = 0

    @property
    def values_acc(self) -> float | None:
        return self.values_ok / self.values_n if self.values_n else None


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


BOOL_FIELDS = ("responsible", "timeline", "cost", "indicator")
VALUE_FIELDS = ("responsible", "timeline", "cost", "funding", "indicator")


def value_ok(gold_value: str | None, pred_value: str | None) -> bool:
    """The programme scorer's rule: a stated field must carry the document's text (whole, or with
    a little around it); a field not stated must stay empty."""
    if not gold_value:
        return not pred_value
    g, p = _norm_title(gold_value), _norm_title(pred_value or "")
    if not p:
        return False
    if g in p and len(p) <= 2 * len(g) + 20:
        return True
    return SequenceMatcher(None, g, p).ratio() >= 0.85


def _norm_title(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = re.sub(r"^[\s\d.)(\-–•ivxlc]*\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _title_similarity(a: str, b: str) -> float:
    a, b = _norm_title(a), _norm_title(b)
    if not a or not b:
        return 0.0
    if len(a) >= 12 and len(b) >= 12 and (a in b or b in a):
        return 0.95
    return SequenceMatcher(None, a, b).ratio()


def match_actions(gold: list[dict], pred: list, threshold: float = 0.8) -> list[tuple[dict, object]]:
    """Greedy one-to-one matching by title similarity (the programme scorer's rule)."""
    pairs = sorted(((_title_similarity(g["title"], p.title), gi, pi) for gi, g in enumerate(gold)
                    for pi, p in enumerate(pred)), key=lambda x: -x[0])
    used_g, used_p, out = set(), set(), []
    for s, gi, pi in pairs:
        if s < threshold:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gold[gi], pred[pi]))
    return out


def score(gold_dir: Path, reports: dict[str, Report]) -> tuple[dict[str, float], list[DocScore]]:
    totals = {"docs": 0, "type": 0, "network": 0, "city": 0, "city_n": 0, "status": 0, "text_layer": 0,
              "sec_ok": 0, "sec_n": 0, "tp": 0, "fp": 0, "fn": 0, "act_gold": 0, "act_pred": 0,
              "act_match": 0, "theme_ok": 0, "bool_n": 0, "bool_ok": 0, "val_n": 0, "val_ok": 0}
    docs = []
    for path in sorted(Path(gold_dir).glob("*.gold.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        r = reports.get(g["file"])
        if r is None:
            continue
        totals["docs"] += 1
        ok = {"document_type": r.document_type == g["document_type"], "network": r.network == g["network"],
              "status": r.status == g.get("status", "final"),
              "text_layer": r.text_layer == g.get("text_layer", True)}
        if g.get("city"):
            ok["city"] = r.city == g["city"]
            totals["city_n"] += 1
            totals["city"] += ok["city"]
        for k in ("document_type", "network", "status", "text_layer"):
            totals[{"document_type": "type"}.get(k, k)] += ok[k]
        d = DocScore(g["file"], ok)
        pred = {s.id: s.status for s in r.sections}
        for sid, st in g["sections"].items():
            got = pred.get(sid, "missing")
            d.sections_n += 1
            d.sections_ok += got == st
            if got != st:
                d.section_errors.append(f"{sid}: oczekiwano {st}, jest {got}")
            gflag, pflag = st != "present", got != "present"
            totals["tp"] += gflag and pflag
            totals["fp"] += pflag and not gflag
            totals["fn"] += gflag and not pflag
        totals["sec_ok"] += d.sections_ok
        totals["sec_n"] += d.sections_n
        gacts, pacts = g.get("actions", []), r.actions
        matched = match_actions(gacts, pacts)
        totals["act_gold"] += len(gacts)
        totals["act_pred"] += len(pacts)
        totals["act_match"] += len(matched)
        d.actions = f"{len(matched)}/{len(gacts)} dopasowanych, {len(pacts)} znalezionych"
        d.action_precision = len(matched) / len(pacts) if pacts else float(not gacts)
        d.action_recall = len(matched) / len(gacts) if gacts else 1.0
        for ga, pa in matched:
            for k in VALUE_FIELDS:
                if isinstance(ga.get("values"), dict) and k in ga["values"]:
                    right = value_ok(ga["values"][k], getattr(pa, k))
                    d.values_n += 1
                    d.values_ok += right
                    if not right:
                        d.action_errors.append(f"„{ga['title'][:40]}” {k}: oczekiwano {ga['values'][k]!r}, "
                                               f"jest {getattr(pa, k)!r}")
            totals["theme_ok"] += pa.theme == ga["theme"]
            for k in BOOL_FIELDS:
                totals["bool_n"] += 1
                ok_field = bool(getattr(pa, k)) == bool(ga[k])
                totals["bool_ok"] += ok_field
                if not ok_field:
                    d.action_errors.append(f"„{ga['title'][:40]}” {k}: oczekiwano {ga[k]}, jest {getattr(pa, k)!r}")
        matched_titles = {ga["title"] for ga, _ in matched}
        d.action_errors += [f"nie znaleziono: „{ga['title'][:60]}”" for ga in gacts if ga["title"] not in matched_titles]
        matched_pred = {id(pa) for _, pa in matched}
        d.action_errors += [f"nadmiarowe: „{pa.title[:60]}”" for pa in pacts if id(pa) not in matched_pred]
        totals["val_n"] += d.values_n
        totals["val_ok"] += d.values_ok
        docs.append(d)
    n = totals["docs"] or 1
    p, rc, f = _f1(totals["tp"], totals["fp"], totals["fn"])
    figures = {
        "documents": float(totals["docs"]),
        "document_type_acc": totals["type"] / n, "network_acc": totals["network"] / n,
        "city_acc": totals["city"] / (totals["city_n"] or 1), "status_acc": totals["status"] / n,
        "text_layer_acc": totals["text_layer"] / n,
        "section_status_acc": totals["sec_ok"] / (totals["sec_n"] or 1),
        "flag_precision": p, "flag_recall": rc, "flag_f1": f,
    }
    ap, ar, af = _f1(totals["act_match"], totals["act_pred"] - totals["act_match"],
                     totals["act_gold"] - totals["act_match"])
    figures.update({"action_precision": ap, "action_recall": ar, "action_f1": af,
                    "action_theme_acc": totals["theme_ok"] / (totals["act_match"] or 1),
                    "action_fields_acc": totals["bool_ok"] / (totals["bool_n"] or 1)})
    if totals["val_n"]:
        figures["action_values_acc"] = totals["val_ok"] / totals["val_n"]
    return figures, docs

"""Theme classification: the committed model, `pim-docs classify`, explanations, training."""
import json

import pytest

from pim_docs.classify import rules
from pim_docs.classify.model import ROOT, ThemeClassifier
from pim_docs.classify.train import _heldout, train
from pim_docs.cli import main


@pytest.fixture(scope="module")
def clf():
    return ThemeClassifier.load()


def test_held_out_titles_are_classified_well(clf):
    texts, labels = _heldout(ROOT)
    assert len(texts) >= 80
    preds = [p.theme for p in clf.predict(texts, explain=False)]
    assert sum(p == g for p, g in zip(preds, labels)) / len(labels) >= 0.8


def test_explanations_name_terms_and_nearest_examples(clf):
    [p] = clf.predict(["Budowa drogi dla rowerów wzdłuż ul. Kościuszki z oświetleniem"])
    assert p.theme == "cycling" and p.sub_theme == "bike_infrastructure"
    assert "rower" in " ".join(p.terms)
    assert p.examples and p.examples[0]["theme"] == "cycling"
    assert abs(sum(p.scores.values()) - 1) < 0.2


def test_texts_without_diacritics_and_abbreviations(clf):
    themes = [p.theme for p in clf.predict(["Wymiana piecow weglowych na pompy ciepla w budynkach ZGM",
                                            "Zakup 12 autobusow elektrycznych dla MZK",
                                            "Aktywizacja zawodowa osób bezrobotnych z obszaru rewitalizacji (PUP)"])]
    assert themes == ["low_emission", "public_transport", "economic_activation"]


def test_strands_per_network():
    assert rules.strand("cycling", "air_quality") == "sustainable_transport"
    assert rules.strand("cycling", "mobility") == "alternative_transport"
    assert rules.strand("public_space", "revitalisation") == "public_space"
    assert rules.strand("public_space", "mobility") is None


def test_classify_command_follows_the_contract(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "x1", "text": "Kampania edukacyjna o smogu w szkołach podstawowych", "network": "air_quality"}),
        json.dumps({"id": 7, "text": "Centrum Aktywności Lokalnej dla seniorów i młodzieży"}),
        "to nie jest JSON"]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["classify", "--in", str(src), "--out", str(out)]) == 1  # one unreadable line, reported
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["x1", 7]
    assert [r["theme"] for r in rows] == ["eco_awareness", "social_activation"]
    for r in rows:
        assert set(r) >= {"id", "theme", "secondary_themes", "scores"} and r["theme"] in rules.themes()


def test_training_is_reproducible(tmp_path, clf):
    """`pim-docs train` again gives a model that predicts exactly as the committed one."""
    card = train(out_dir=tmp_path, log=lambda m: None)
    assert set(card["cv"]) == {"rules", "tfidf", "embed", "combined"}
    assert card["cv"][card["chosen"]]["macro_f1"] >= max(v["macro_f1"] for v in card["cv"].values()) - 1e-9
    fresh = ThemeClassifier.load(tmp_path / "theme_classifier.joblib")
    texts, _ = _heldout(ROOT)
    assert [p.theme for p in fresh.predict(texts, explain=False)] == [p.theme for p in clf.predict(texts, explain=False)]
    assert (tmp_path / "README.md").read_text(encoding="utf-8").count("|") > 20


def test_every_configured_name_is_whole():
    """A comma inside an unquoted YAML flow mapping splits a name ("Ograniczenie niskiej emisji (źródła
    ciepła" + a stray key): every mapping of the taxonomy has only real keys, and every name reaches the
    views whole (brackets balanced)."""
    from pim_docs.classify.rules import taxonomy
    from pim_docs.reports.labels import strand_names

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                assert v is not None, f"stray key {k!r}: a name split at a comma?"
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(taxonomy())
    names = strand_names()
    assert names["low_emission"] == "Ograniczenie niskiej emisji (źródła ciepła, termomodernizacja)"
    assert names["sustainable_transport"] == "Zrównoważony transport, głównie rowerowy"
    for name in names.values():
        assert name.count("(") == name.count(")"), name

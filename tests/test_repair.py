"""Polish text repair: unit cases and our own mojibake/hyphenation PDF."""
import re
import unicodedata

from pim_docs.text.repair import join_lines, repair

from .conftest import body_texts, converted


def test_old_font_z_mapped_back():
    assert repair("moŜliwość, Ŝe Ŝycie") == "możliwość, że życie"
    assert repair("Ŝeby zdąŜyć.") == "Żeby zdążyć."
    assert repair("ZAŜÓŁĆ GĘŚLĄ") == "ZAŻÓŁĆ GĘŚLĄ"


def test_cp1250_read_as_cp1252():
    assert repair("zosta³y ¿ycie, Œl¹sk i ³¹ka") == "zostały życie, Śląsk i łąka"


def test_utf8_read_as_latin1():
    assert repair("Å¼ycie i moÅ¼liwoÅ›Ä‡") == "życie i możliwość"


def test_ligatures_spaces_and_decomposed_diacritics():
    decomposed = unicodedata.normalize("NFD", "źródło ciepła")
    assert repair(f"proﬁl ﬁnansowania: 4\u00a0500\u202f000 zł, {decomposed}\u00ad") == \
        "profil finansowania: 4 500 000 zł, źródło ciepła"


def test_polish_quotes_are_kept():
    assert repair("program „Czyste Powietrze”") == "program „Czyste Powietrze”"


def test_hyphenation_joins_split_words_but_keeps_compounds():
    text, raw = join_lines(["Program termo-", "modernizacji budynków społeczno-",
                            "gospodarczych i rewitali-", "zacji obszaru w Bielsku-", "Białej."])
    assert text == "Program termomodernizacji budynków społeczno-gospodarczych i rewitalizacji obszaru w Bielsku-Białej."
    assert "termo-\nmodernizacji" in raw


def test_hyphenation_uses_the_documents_own_vocabulary():
    text, _ = join_lines(["trasy pieszo-", "rowerowej"], {"pieszo-rowerowej"})
    assert text == "trasy pieszo-rowerowej"
    text, _ = join_lines(["kampania eko-", "logiczna"], {"ekologiczna"})
    assert text == "kampania ekologiczna"


def test_mojibake_pdf_is_repaired():
    """Our own PDF whose text layer has 'Ŝ' for 'ż', hyphenated line ends and ligatures."""
    name = "mid_zielona_gora_rewitalizacja.pdf"
    doc = converted(name).document
    raw = " ".join(b.raw_text for b in doc.blocks)
    text = " ".join(body_texts(name))
    assert "Ŝ" in raw, "the test file must carry the old-font mapping"
    assert "Ŝ" not in text and "ŝ" not in text
    assert "ż" in text
    assert "ﬁ" not in text and "ﬂ" not in text
    assert "\u00a0" not in text
    # every line-end split of an ordinary word is joined again ("miesz-" / "kańców")
    for word in ("mieszkańców", "pozarządowych", "stowarzyszenia", "zmodernizowanych"):
        assert word in text
    assert not re.search(r"[a-ząćęłńóśźż]- [a-ząćęłńóśźż]", text)
    assert "-\n" in raw


def test_private_use_bullets_become_bullets():
    assert repair("\uf0b7 Cel 1. Skrócenie czasu podróży") == "• Cel 1. Skrócenie czasu podróży"

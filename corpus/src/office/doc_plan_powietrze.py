"""Plan Ulepszeń – air-quality network (DOCX, Heading 1/2 styles with typed
'1.', '2.1.' numbers, 7 recommendations in a Nr | Rekomendacja | Typ | Adresat
| Termin table, addressees and implementation sections)."""
from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import docx_kit as K
from common import Action, Gold, shown, utc

FILE = "plan_ulepszen_powietrze.docx"
TITLE = "Plan Ulepszeń sieci tematycznej „Jakość powietrza”"
CITIES = ["Opole", "Jelenia Góra", "Nowy Sącz", "Rybnik", "Skawina", "Zgierz"]

MKIS = "Ministerstwo Klimatu i Środowiska"
NFOS = "Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej"
MSWIA = "Ministerstwo Spraw Wewnętrznych i Administracji"
GUNB = "Główny Urząd Nadzoru Budowlanego"
MRPIPS = "Ministerstwo Rodziny, Pracy i Polityki Społecznej"
MZ = "Ministerstwo Zdrowia"
GIOS = "Główny Inspektorat Ochrony Środowiska"
SEJMIKI = "sejmiki województw"

RECOMMENDATIONS = [
    Action("Rozszerzenie uprawnień kontrolnych straży gminnych w zakresie spalania odpadów",
           "low_emission", type="legal", responsible=f"{MKIS}; {MSWIA}", timeline="2026 r.",
           description=(
               "Nowelizacja ustawy o odpadach i Kodeksu wykroczeń umożliwiająca strażnikom pobieranie "
               "próbek popiołu bez udziału policji, prowadzenie kontroli po godzinie 22:00 oraz "
               "podniesienie maksymalnej grzywny za spalanie odpadów do 5 000 zł.")),
    Action("Wieloletnie finansowanie gminnych programów wymiany źródeł ciepła", "low_emission",
           type="financial", responsible=f"{NFOS}; {MKIS}", timeline="od 2026 r.",
           description=(
               "Uruchomienie pięcioletniego programu dotacji dla gmin, które prowadzą własne programy "
               "wymiany kotłów uzupełniające „Czyste Powietrze”, z możliwością finansowania "
               "podłączeń budynków wielorodzinnych do sieci ciepłowniczej.")),
    Action("Gwarantowane finansowanie gminnych punktów obsługi programu „Czyste Powietrze”",
           "low_emission", secondary_themes=("eco_awareness",), type="organisational",
           responsible=NFOS, timeline="2025 r.",
           description=(
               "Zastąpienie obecnego wynagrodzenia za złożony wniosek ryczałtem na etat doradcy, "
               "tak aby punkty działały przez cały rok i mogły docierać do osób, które same "
               "nie złożą wniosku.")),
    Action("Pełny dostęp gmin do danych Centralnej Ewidencji Emisyjności Budynków", "other",
           type="knowledge", responsible=GUNB, timeline="2025 r.",
           description=(
               "Udostępnienie gminom eksportu danych z CEEB w formacie umożliwiającym analizy "
               "przestrzenne, wraz z informacją o zmianach źródła ciepła i wypłaconych dotacjach, "
               "oraz obowiązek okresowej weryfikacji deklaracji.")),
    Action("Jednolity minimalny standard uchwał antysmogowych", "low_emission",
           type="legal", responsible=f"{MKIS}; {SEJMIKI}", timeline=None,
           description=(
               "Określenie w ustawie Prawo ochrony środowiska minimalnego zakresu uchwał antysmogowych "
               "(zakaz kotłów pozaklasowych, wymagania dla paliw, terminy przejściowe), tak aby "
               "mieszkańcy sąsiednich województw podlegali porównywalnym wymaganiom.")),
    Action("Dopłaty do kosztów ogrzewania po wymianie źródła ciepła dla gospodarstw zagrożonych "
           "ubóstwem energetycznym", "low_emission", type="financial",
           responsible=f"{MRPIPS}; {MKIS}", timeline="2026 – 2027", cost="ok. 400 mln zł rocznie",
           description=(
               "Czasowe dopłaty przez pierwsze trzy sezony grzewcze po wymianie kotła, wypłacane "
               "przez ośrodki pomocy społecznej i finansowane ze środków systemu handlu uprawnieniami "
               "do emisji.")),
    Action("Ogólnopolska kampania o zdrowotnych skutkach smogu z udziałem lekarzy POZ",
           "eco_awareness", type="knowledge", responsible=f"{MZ}; {GIOS}",
           timeline="2026 – 2027",
           description=(
               "Kampania informacyjna prowadzona w przychodniach podstawowej opieki zdrowotnej, "
               "oparta na materiałach przygotowanych z towarzystwami lekarskimi, skierowana "
               "zwłaszcza do rodziców małych dzieci, kobiet w ciąży i osób przewlekle chorych.")),
]

INTRO = [
    "Sieć tematyczna „Jakość powietrza” działa w ramach Partnerskiej Inicjatywy Miast od 2024 r. "
    "Tworzy ją sześć miast: {cities}. Wszystkie zmagają się z tym samym problemem – wysokimi "
    "stężeniami pyłu i benzo(a)pirenu w sezonie grzewczym, wynikającymi przede wszystkim "
    "z ogrzewania domów paliwami stałymi.",
    "Każde z miast przygotowało własną Miejską Inicjatywę Działania. Podczas pracy nad nimi okazało "
    "się jednak, że wiele przeszkód leży poza kompetencjami samorządów. Niniejszy Plan Ulepszeń "
    "zbiera te przeszkody i formułuje rekomendacje do administracji rządowej i instytucji "
    "krajowych. Został przyjęty przez koordynatorów miejskich na spotkaniu sieci w Jeleniej Górze "
    "w dniu 5 czerwca 2025 r.",
]
DIAGNOSIS_INTRO = [
    "Bariery zostały zidentyfikowane w trakcie czterech warsztatów sieci, wizyt studyjnych "
    "oraz ankiety przeprowadzonej wśród 48 pracowników urzędów miejskich odpowiedzialnych "
    "za ochronę powietrza. Pogrupowano je w trzy kategorie.",
]
DIAGNOSIS = {
    "Bariery prawne": [
        "Straże gminne mają ograniczone możliwości skutecznej kontroli palenisk. Kontrola wymaga "
        "zgody właściciela na wejście do budynku, a pobranie próbki popiołu i jej analiza trwają "
        "tygodniami. W efekcie w miastach sieci tylko 4% kontroli kończy się mandatem.",
        "Uchwały antysmogowe różnią się znacząco pomiędzy województwami – zarówno zakresem, jak "
        "i terminami. Mieszkańcy Rybnika i Zgierza podlegają zupełnie innym wymaganiom, co "
        "utrudnia prowadzenie wspólnych kampanii i porównywanie efektów.",
    ],
    "Bariery finansowe": [
        "Program „Czyste Powietrze” jest kierowany do właścicieli domów jednorodzinnych. "
        "Budynki wielorodzinne, zwłaszcza kamienice z mieszaną własnością, pozostają poza jego "
        "zasięgiem, a gminy finansują ich modernizację z własnych budżetów, bez pewności "
        "finansowania w kolejnych latach.",
        "Dla wielu gospodarstw domowych barierą nie jest koszt inwestycji, lecz wyższy koszt "
        "eksploatacji nowego źródła ciepła. Ankieta w Nowym Sączu wykazała, że 23% gospodarstw, "
        "które wymieniły kocioł, okresowo wraca do palenia drewnem w kominku lub piecu kaflowym.",
    ],
    "Bariery organizacyjne i kompetencyjne": [
        "Gminne punkty obsługi programu „Czyste Powietrze” są finansowane w zależności od liczby "
        "złożonych wniosków. Nie pozwala to na zatrudnienie stałych doradców ani na aktywne "
        "docieranie do osób starszych i ubogich.",
        "Miasta nie mają pełnego dostępu do danych z Centralnej Ewidencji Emisyjności Budynków "
        "– mogą przeglądać pojedyncze deklaracje, ale nie mogą ich łatwo analizować. Brakuje też "
        "wiedzy mieszkańców o zdrowotnych skutkach zanieczyszczeń.",
    ],
}
RECS_INTRO = [
    "Sieć formułuje siedem rekomendacji. Przy każdej wskazano jej typ, adresata oraz proponowany "
    "termin wdrożenia. Rekomendacje zostały uszeregowane według kolejności omówienia barier, "
    "a nie według ważności.",
]
ADDRESSEES_INTRO = [
    "Rekomendacje kierowane są do następujących instytucji (w nawiasach numery rekomendacji):",
]
ADDRESSEES_AFTER = [
    "Plan Ulepszeń zostanie także przekazany do wiadomości Ministerstwa Funduszy i Polityki "
    "Regionalnej jako instytucji odpowiedzialnej za Partnerską Inicjatywę Miast oraz do Związku "
    "Miast Polskich, z prośbą o wsparcie rekomendacji w pracach Komisji Wspólnej Rządu "
    "i Samorządu Terytorialnego.",
]
IMPLEMENTATION = [
    "Sieć przedstawi Plan Ulepszeń adresatom podczas spotkania w Ministerstwie Funduszy i Polityki "
    "Regionalnej we wrześniu 2025 r. Dla każdej rekomendacji wyznaczono miasto-opiekuna, które "
    "będzie utrzymywać kontakt z adresatem, zbierać informacje o postępach i przygotowywać "
    "propozycje konkretnych zapisów legislacyjnych.",
    "Koordynatorzy sieci będą co pół roku oceniać stopień wdrożenia rekomendacji w skali: "
    "„wdrożona”, „w trakcie”, „nierozpoczęta”, „odrzucona”. Wyniki oceny zostaną opublikowane "
    "na stronie programu i omówione na spotkaniu sieci. Pierwsza ocena nastąpi w marcu 2026 r.",
    "Miasta sieci zobowiązują się również do przetestowania rozwiązań, które nie wymagają zmian "
    "prawa – na przykład stałych dyżurów doradców w punktach „Czyste Powietrze” finansowanych "
    "ze środków własnych – i do przekazania adresatom wniosków z tych pilotaży.",
]


def _recommendations_table(doc, recs):
    cols = ["Nr", "Rekomendacja", "Typ", "Adresat", "Termin"]
    t = doc.add_table(rows=1 + len(recs), cols=len(cols))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    K.set_col_widths(t, [Cm(1.0), Cm(7.1), Cm(2.9), Cm(4.0), Cm(2.0)])
    K.repeat_as_header(t.rows[0])
    for c, name in enumerate(cols):
        K.cell_text(t.cell(0, c), name, bold=True, size=10)
        K.shade(t.cell(0, c), "E2EFD9")
    for i, a in enumerate(recs, start=1):
        K.cell_text(t.cell(i, 0), f"{i}.", size=10)
        cell = t.cell(i, 1)
        K.cell_text(cell, a.title, bold=True, size=10)
        desc = a.description + (f" Szacowany koszt: {a.cost}." if a.cost else "")
        K.add_rich(cell.add_paragraph(), desc, size=9)
        K.cell_text(t.cell(i, 2), a.type_pl, size=10)
        K.cell_text(t.cell(i, 3), shown(a.responsible).replace("; ", ";\n"), size=10)
        K.cell_text(t.cell(i, 4), shown(a.timeline), size=10)
    cap = K.para(doc, "Tabela 1. Rekomendacje sieci „Jakość powietrza”")
    cap.runs[0].italic = True


def build(out_dir) -> Gold:
    gold = Gold(FILE, "improvement_plan", None, "air_quality", "final",
                features=["heading_styles", "typed_numbering", "tables", "bullet_lists",
                          "header_footer", "page_number_field", "core_properties"],
                notes=("Heading 1/2 styles with numbers typed in the text ('1. Wprowadzenie', "
                       "'2.1. Bariery prawne'). Recommendations are rows of a Nr | Rekomendacja | Typ | "
                       "Adresat | Termin table; the Rekomendacja cell holds a bold title paragraph "
                       "followed by a description paragraph. For recommendations 'responsible' = "
                       "addressee stated, 'timeline' = Termin stated ('—' for rec. 5), 'cost' only "
                       "for rec. 6 (in its description); no indicators are given."))
    doc = K.new_document()
    K.set_core(doc, title=TITLE, author="Koordynator sieci „Jakość powietrza” PIM",
               created=utc(2025, 4, 28, 7, 50), modified=utc(2025, 6, 9, 11, 20),
               subject="Partnerska Inicjatywa Miast – Plan Ulepszeń", revision=4)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Partnerska Inicjatywa Miast – Plan Ulepszeń – sieć „Jakość powietrza”"
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    K.add_field(fp, "PAGE", "1")
    bullets = K.add_numbering(doc, [dict(fmt="bullet", text="•", left=720, hanging=360)],
                              nsid="3C7A2B01")

    doc.add_paragraph("Plan Ulepszeń", style="Title")
    doc.add_paragraph("Sieć tematyczna „Jakość powietrza” – Partnerska Inicjatywa Miast",
                      style="Subtitle")
    K.para(doc, "Miasta sieci: " + ", ".join(CITIES))
    K.para(doc, "Wersja końcowa, czerwiec 2025 r.")

    gold.section("introduction")
    doc.add_heading("1. Wprowadzenie", level=1)
    for t in INTRO:
        K.para(doc, t.format(cities=", ".join(CITIES)))

    gold.section("diagnosis")
    doc.add_heading("2. Diagnoza barier", level=1)
    for t in DIAGNOSIS_INTRO:
        K.para(doc, t)
    for n, (head, texts) in enumerate(DIAGNOSIS.items(), start=1):
        doc.add_heading(f"2.{n}. {head}", level=2)
        for t in texts:
            K.para(doc, t)

    gold.section("recommendations")
    doc.add_heading("3. Rekomendacje", level=1)
    for t in RECS_INTRO:
        K.para(doc, t)
    for a in RECOMMENDATIONS:
        gold.action(a)
    _recommendations_table(doc, RECOMMENDATIONS)

    gold.section("addressees")
    doc.add_heading("4. Adresaci rekomendacji", level=1)
    for t in ADDRESSEES_INTRO:
        K.para(doc, t)
    for inst in (MKIS, NFOS, MSWIA, GUNB, MRPIPS, MZ, GIOS, SEJMIKI):
        nums = [str(i) for i, a in enumerate(RECOMMENDATIONS, 1) if inst in (a.responsible or "")]
        label = inst[0].upper() + inst[1:]
        p = K.para(doc, f"{label} ({', '.join(nums)})", style="List Bullet")
        K.set_num(p, bullets, 0)
    for t in ADDRESSEES_AFTER:
        K.para(doc, t)

    gold.section("implementation")
    doc.add_heading("5. Wdrożenie i monitorowanie", level=1)
    for t in IMPLEMENTATION:
        K.para(doc, t)

    doc.save(out_dir / FILE)
    return gold

"""MID – Chorzów – mobility, draft (built as ODT with odfpy, converted to DOCX
by LibreOffice: real footnotes, a text box with key figures, 'Rozdział N.'
headings typed into Heading 1/2 paragraphs, a budget table with row spans)."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from common import Action, Gold, shown, utc
from odt_kit import COVERED, Cell, OdtDoc, soffice_convert

FILE = "mid_chorzow_mobilnosc.docx"
CITY = "Chorzów"


def zl(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


ACTIONS = [
    Action("Węzeł przesiadkowy Chorzów Batory", "public_transport",
           responsible="Miejski Zarząd Ulic i Mostów w Chorzowie",
           timeline="III kw. 2025 – IV kw. 2027", cost=zl(18_500_000),
           indicator="1 węzeł przesiadkowy, 120 miejsc Park & Ride i 80 miejsc Bike & Ride",
           funding="FE SL",
           description=(
               "Przebudowa otoczenia stacji kolejowej Chorzów Batory w zintegrowany węzeł przesiadkowy: "
               "nowe perony autobusowe przy ul. Dąbrowskiego, przejście pod torami dostosowane do osób "
               "z niepełnosprawnościami, parking Park & Ride na terenie dawnego placu składowego, "
               "wiata Bike & Ride ze stacją Metroroweru oraz tablice dynamicznej informacji pasażerskiej. "
               "Węzeł ma ułatwić przesiadki pomiędzy pociągami Kolei Śląskich, autobusami ZTM "
               "i tramwajami kursującymi ul. Dąbrowskiego.")),
    Action("Trasa rowerowa Centrum – Park Śląski", "cycling",
           responsible="Miejski Zarząd Ulic i Mostów w Chorzowie",
           timeline="III kw. 2025 – IV kw. 2026", cost=zl(7_200_000),
           indicator="4,2 km dróg rowerowych i ciągów pieszo-rowerowych",
           funding="FE SL",
           description=(
               "Budowa wydzielonej drogi rowerowej łączącej centrum miasta (rejon Rynku i ul. Wolności) "
               "z Parkiem Śląskim i Stadionem Śląskim, z wykorzystaniem ul. Katowickiej i al. Bojowników "
               "o Wolność i Demokrację. Trasa domknie brakujące ogniwo metropolitalnej sieci Velostrady "
               "i zapewni bezpieczny dojazd do dwóch szkół średnich.")),
    Action("Strefa Tempo 30 i bezpieczne dojścia do szkół", "walking_traffic_calming",
           responsible="Biuro Inżynierii Ruchu Urzędu Miasta Chorzów",
           timeline="2025 – 2026", cost=zl(2_300_000),
           indicator="strefa Tempo 30 o powierzchni 2,1 km² i 14 przebudowanych przejść dla pieszych",
           funding="Budżet miasta",
           description=(
               "Wprowadzenie strefy ograniczonej prędkości w śródmieściu oraz w rejonie dziewięciu szkół "
               "podstawowych. Zakres obejmuje wyniesione przejścia i skrzyżowania, azyle dla pieszych, "
               "doświetlenie przejść, zwężenia jezdni i „szkolne ulice” zamykane dla ruchu w godzinach "
               "rozpoczynania lekcji.")),
    Action("Priorytet dla tramwajów na ul. Katowickiej", "public_transport",
           responsible="Tramwaje Śląskie S.A. we współpracy z Miejskim Zarządem Ulic i Mostów",
           timeline="2026", cost=zl(1_900_000),
           indicator="8 skrzyżowań z aktywnym priorytetem dla tramwajów",
           funding="Tramwaje Śląskie / GZM",
           description=(
               "Modernizacja sygnalizacji świetlnej na ośmiu skrzyżowaniach w ciągu ul. Katowickiej "
               "i ul. 3 Maja tak, aby tramwaje linii 6, 11 i 23 otrzymywały zielone światło przy "
               "dojeździe do skrzyżowania. Szacowane skrócenie czasu przejazdu przez miasto wynosi "
               "od 3 do 4 minut w godzinach szczytu.")),
    Action("Rozszerzenie Strefy Płatnego Parkowania", "other",
           responsible="Miejski Zarząd Ulic i Mostów – Biuro Strefy Płatnego Parkowania",
           timeline="I kw. 2026", cost=zl(650_000),
           indicator="1 100 miejsc postojowych objętych strefą",
           funding="Budżet miasta",
           description=(
               "Objęcie strefą ulic w promieniu ok. 600 m od Rynku oraz wprowadzenie abonamentów dla "
               "mieszkańców. Wpływy z opłat zostaną przeznaczone na utrzymanie infrastruktury pieszej "
               "i rowerowej. Kwota obejmuje zakup i montaż parkomatów oraz oznakowanie.")),
    Action("Kampania „Do szkoły pieszo i rowerem”", "eco_awareness",
           secondary_themes=("walking_traffic_calming",),
           responsible="Wydział Edukacji Urzędu Miasta Chorzów",
           timeline="rok szkolny 2025/2026", cost=None, indicator=None,
           funding="Budżet miasta",
           description=(
               "Kampania skierowana do uczniów klas 1–6 i ich rodziców: konkursy klasowe na liczbę "
               "dojazdów pieszo i rowerem, „autobusy szkolne na piechotę” prowadzone przez wolontariuszy "
               "oraz warsztaty z bezpiecznego poruszania się w ruchu drogowym.")),
]

FUNDING_LABELS = {
    "FE SL": "Fundusze Europejskie dla Śląskiego 2021–2027 (EFRR)",
    "Budżet miasta": "Budżet Miasta Chorzów",
    "Tramwaje Śląskie / GZM": "Tramwaje Śląskie S.A. i Górnośląsko-Zagłębiowska Metropolia",
}

TOTAL = sum(int(a.cost.replace("\u00a0", "")) for a in ACTIONS if a.cost)


def mln(n: int) -> str:
    return f"{n / 1e6:.2f}".replace(".", ",") + " mln zł"


SUMMARY = [
    "Chorzów jest miastem o zwartej, gęstej zabudowie, położonym w centrum Górnośląsko-Zagłębiowskiej "
    "Metropolii. Przez miasto przebiegają ważne ciągi tramwajowe i kolejowe, a Park Śląski ze Stadionem "
    "Śląskim przyciąga co roku miliony odwiedzających. Mimo to większość codziennych podróży mieszkańców "
    "odbywa się samochodem, a ulice centrum są zatłoczone i niebezpieczne dla pieszych.",
    "Niniejszy wstępny projekt Miejskiej Inicjatywy Działania proponuje sześć działań, które mają "
    "uczynić transport publiczny, rower i chodzenie pieszo realną alternatywą dla samochodu. Dokument "
    "zostanie uzupełniony po konsultacjach z Lokalnym Partnerstwem zaplanowanych na marzec 2025 r.",
]

CONTEXT_TRAVEL = [
    "Chorzów liczy ok. 106 tys. mieszkańców, a gęstość zaludnienia przekracza 3 200 osób na km², "
    "co czyni go jednym z najgęściej zaludnionych miast w Polsce.^[Główny Urząd Statystyczny, Bank "
    "Danych Lokalnych, stan na 31 grudnia 2023 r.] Według badań ruchu przeprowadzonych dla Metropolii "
    "44% podróży mieszkańców odbywa się samochodem, 27% pieszo, 24% transportem zbiorowym, a jedynie "
    "3% rowerem.^[Kompleksowe Badania Ruchu GZM 2023, raport końcowy, Zarząd Transportu "
    "Metropolitalnego, Katowice 2024, tabela 5.2.] Średnia długość podróży wewnątrz miasta to zaledwie "
    "2,8 km, a więc dystans, który w dużej części można pokonać pieszo lub rowerem.",
    "Sieć tramwajowa w Chorzowie jest gęsta, ale tramwaje na ul. Katowickiej i ul. 3 Maja tracą "
    "nawet 30% czasu przejazdu na oczekiwanie na skrzyżowaniach. Stacja Chorzów Batory obsługuje "
    "ok. 3 500 pasażerów na dobę, lecz przesiadka na autobus lub tramwaj wymaga przejścia ponad "
    "400 m przez nieoświetlony teren.",
]
CONTEXT_SAFETY = [
    "W latach 2021–2023 na drogach Chorzowa doszło do 212 wypadków drogowych, w których zginęło "
    "7 osób, a 241 zostało rannych. Co drugi wypadek dotyczył pieszego, a blisko jedna trzecia "
    "zdarzeń z udziałem pieszych miała miejsce w odległości do 300 m od szkoły.^[Dane Komendy "
    "Miejskiej Policji w Chorzowie przekazane Urzędowi Miasta w styczniu 2025 r.]",
]
CONTEXT_PAST = [
    "Miasto realizowało już inwestycje poprawiające warunki podróżowania. W latach 2016–2019 "
    "przebudowano węzeł tramwajowy przy Rynku wraz z ul. Wolności, a od 2022 r. Chorzów uczestniczy "
    "w metropolitalnym systemie roweru publicznego Metrorower, w którym działa 38 stacji na terenie "
    "miasta. Projekty te są zakończone i nie wchodzą w zakres niniejszej Inicjatywy, stanowią jednak "
    "punkt wyjścia dla zaproponowanych działań.",
]

OBJECTIVES = [
    "Celem głównym Inicjatywy jest zwiększenie udziału podróży odbywanych pieszo, rowerem i transportem "
    "zbiorowym z 54% do co najmniej 60% do 2030 r., zgodnie z Planem zrównoważonej mobilności miejskiej "
    "dla Metropolii.^[Plan zrównoważonej mobilności miejskiej dla Górnośląsko-Zagłębiowskiej Metropolii, "
    "przyjęty uchwałą Zgromadzenia GZM w 2022 r.]",
    "Cele szczegółowe to: (1) skrócenie czasu przesiadek w węźle Chorzów Batory, (2) domknięcie "
    "brakujących odcinków sieci rowerowej, (3) poprawa bezpieczeństwa pieszych, zwłaszcza dzieci, "
    "(4) zwiększenie punktualności i prędkości tramwajów oraz (5) lepsze zarządzanie przestrzenią "
    "parkingową w centrum.",
]

ACTIONS_INTRO = (
    "Działania zostały wybrane spośród 17 propozycji zgłoszonych przez wydziały Urzędu Miasta, "
    "spółki miejskie i Lokalne Partnerstwo. Koszty działań zestawiono w rozdziale 6.")

SCHEDULE = [
    "**2025 r.** – przygotowanie dokumentacji węzła Chorzów Batory i trasy rowerowej, wprowadzenie "
    "pierwszej części strefy Tempo 30 (rejon szkół), start kampanii „Do szkoły pieszo i rowerem” "
    "we wrześniu.",
    "**2026 r.** – budowa trasy rowerowej Centrum – Park Śląski, priorytet tramwajowy na "
    "ul. Katowickiej, rozszerzenie Strefy Płatnego Parkowania od I kwartału, dokończenie strefy Tempo 30.",
    "**2027 r.** – zakończenie budowy węzła przesiadkowego, ewaluacja działań i przygotowanie "
    "aktualizacji Inicjatywy.",
]

BUDGET_INTRO = (
    "Szacunkowa wartość działań, dla których określono koszt, wynosi {total} zł. Koszt kampanii "
    "edukacyjnej zostanie ustalony po przygotowaniu programu zajęć. Zestawienie według źródeł "
    "finansowania przedstawia tabela poniżej.")
BUDGET_AFTER = (
    "Kwoty mają charakter szacunkowy i zostaną zweryfikowane na etapie przygotowania dokumentacji "
    "projektowej. Wkład własny miasta do projektów współfinansowanych z EFRR wynosi 15%.")

STAKEHOLDERS = [
    "W pracach nad Inicjatywą uczestniczą: Miejski Zarząd Ulic i Mostów, Biuro Inżynierii Ruchu, "
    "Wydział Edukacji, Zarząd Transportu Metropolitalnego, Tramwaje Śląskie S.A., Koleje Śląskie, "
    "Komenda Miejska Policji, dyrektorzy szkół podstawowych oraz stowarzyszenia rowerowe i rady "
    "rodziców. Lokalne Partnerstwo zbierze się po raz pierwszy w marcu 2025 r.",
    "Konsultacje społeczne zaplanowano w formie dwóch spacerów studyjnych (rejon stacji Chorzów Batory "
    "i szkoła przy ul. Lwowskiej), ankiety internetowej oraz punktu konsultacyjnego w Centrum "
    "Przesiadkowym Chorzów Rynek.",
]

INDICATORS = [
    "Oprócz wskaźników produktu przypisanych do działań w rozdziale 4 monitorowane będą wskaźniki "
    "rezultatu: udział podróży pieszych, rowerowych i transportem zbiorowym (badanie ankietowe co dwa "
    "lata), liczba wypadków z udziałem pieszych, średnia prędkość handlowa tramwajów na ul. Katowickiej "
    "oraz liczba wypożyczeń Metroroweru na stacjach w Chorzowie.^[Dane operatora systemu Metrorower "
    "udostępniane gminom w raportach kwartalnych.]",
    "Za monitoring odpowiada Biuro Rozwoju Miasta, które raz w roku przedstawi Lokalnemu Partnerstwu "
    "raport z postępów.",
]

RISKS = [
    "Najpoważniejszym ryzykiem jest niedostateczna alokacja w naborach Funduszy Europejskich dla "
    "Śląskiego, od których zależy realizacja węzła przesiadkowego i trasy rowerowej. Drugim ryzykiem "
    "jest opór części mieszkańców i przedsiębiorców wobec rozszerzenia strefy płatnego parkowania "
    "i ograniczeń prędkości – dlatego te działania zostaną poprzedzone konsultacjami i okresem próbnym.",
    "Ryzykiem technicznym jest konieczność uzgodnień z PKP Polskimi Liniami Kolejowymi w zakresie "
    "przejścia pod torami w rejonie stacji Chorzów Batory, co może wydłużyć przygotowanie inwestycji "
    "o 6–9 miesięcy.",
]


def _budget_rows():
    """Budget table: the funding-source cell spans the rows of its actions."""
    rows = [["Źródło finansowania", "Działanie", "Kwota (zł)"]]
    order = list(dict.fromkeys(a.funding for a in ACTIONS))
    for src in order:
        group = [a for a in ACTIONS if a.funding == src]
        for i, a in enumerate(group):
            first = Cell(FUNDING_LABELS[src], rows=len(group)) if i == 0 else COVERED
            rows.append([first, a.title, shown(a.cost, "b.d.")])
    rows.append([Cell("Razem (działania o określonym koszcie)", cols=2, bold=True), COVERED,
                 Cell(zl(TOTAL), bold=True)])
    return rows


def _build_odt(path: Path, gold: Gold) -> None:
    d = OdtDoc(title="Miejska Inicjatywa Działania – Chorzów (wstępny projekt)",
               author="Biuro Rozwoju Miasta, Urząd Miasta Chorzów",
               created=utc(2025, 1, 27, 9, 15), modified=utc(2025, 2, 18, 13, 40),
               subject="PIM – sieć tematyczna Mobilność miejska – wstępny projekt")
    d.page_setup(header=None, footer_pages=True, footer_text="MID Chorzów – wstępny projekt")
    d.auto_para("P_org", "Text_20_body",
                para=dict(textalign="center", margintop="2cm"), txt=dict(fontsize="16pt", fontweight="bold"))
    d.auto_para("P_draft", "Text_20_body",
                para=dict(textalign="center", margintop="1.2cm"),
                txt=dict(fontsize="14pt", fontweight="bold", color="#c00000"))
    d.auto_text("T_box", fontsize="12pt", fontweight="bold", color="#1f3864")

    # --- title page
    d.p("Urząd Miasta Chorzów", "P_org")
    d.p("Miejska Inicjatywa Działania", "Title")
    d.p("Sieć tematyczna: Mobilność miejska", "Subtitle")
    d.p("Partnerska Inicjatywa Miast", "P_center")
    d.p("Wstępny projekt", "P_draft")
    d.p("wersja do dyskusji z Lokalnym Partnerstwem – nie stanowi stanowiska Prezydenta Miasta", "P_center")
    d.p("Chorzów, luty 2025 r.", "P_center")
    d.page_break()

    gold.section("summary")
    d.h(1, "Rozdział 1. Streszczenie")
    for t in SUMMARY:
        d.p(t)
    n_actions = len(ACTIONS)
    d.textbox([
        "**Najważniejsze liczby:**",
        "106 tys. mieszkańców, 3 200 osób/km²",
        "44% podróży odbywanych samochodem",
        f"{n_actions} działań do końca 2027 r.",
        f"{mln(TOTAL)} szacowanych nakładów",
    ], width="14cm", min_height="3cm")

    gold.section("context")
    d.h(1, "Rozdział 2. Diagnoza mobilności w Chorzowie")
    d.h(2, "2.1. Mieszkańcy i sposób podróżowania")
    for t in CONTEXT_TRAVEL:
        d.p(t)
    d.h(2, "2.2. Bezpieczeństwo ruchu drogowego")
    for t in CONTEXT_SAFETY:
        d.p(t)
    d.h(2, "2.3. Dotychczasowe inwestycje")
    for t in CONTEXT_PAST:
        d.p(t)

    gold.section("objectives")
    d.h(1, "Rozdział 3. Cele")
    for t in OBJECTIVES:
        d.p(t)

    gold.section("actions")
    d.h(1, "Rozdział 4. Działania")
    d.p(ACTIONS_INTRO)
    for n, a in enumerate(ACTIONS, start=1):
        gold.action(a)
        d.h(2, f"4.{n}. {a.title}")
        d.p(a.description)
        facts = f"Za realizację odpowiada {a.responsible}. Termin realizacji: {a.timeline}."
        if a.indicator:
            facts += f" Wskaźnik produktu: {a.indicator}."
        d.p(facts)

    gold.section("schedule")
    d.h(1, "Rozdział 5. Harmonogram")
    for t in SCHEDULE:
        d.p(t)

    gold.section("budget")
    d.h(1, "Rozdział 6. Budżet i źródła finansowania")
    d.p(BUDGET_INTRO.format(total=zl(TOTAL)))
    d.table(_budget_rows(), [5.5, 7.5, 3.4], header_rows=1, name="Budzet")
    d.p(BUDGET_AFTER)

    gold.section("stakeholders")
    d.h(1, "Rozdział 7. Interesariusze i konsultacje")
    for t in STAKEHOLDERS:
        d.p(t)

    gold.section("indicators")
    d.h(1, "Rozdział 8. Wskaźniki i monitoring")
    for t in INDICATORS:
        d.p(t)

    gold.section("risks")
    d.h(1, "Rozdział 9. Analiza ryzyka")
    for t in RISKS:
        d.p(t)
    d.save(path)


def build(out_dir) -> Gold:
    gold = Gold(FILE, "mid", CITY, "mobility", "draft",
                features=["heading_styles", "typed_numbering", "footnotes", "textbox", "tables",
                          "merged_cells", "title_page", "header_footer", "page_number_field",
                          "core_properties", "past_projects_in_diagnosis", "actions_in_prose",
                          "libreoffice_converted"],
                notes=("Built as ODT and converted to DOCX by LibreOffice. Title page says 'Wstępny "
                       "projekt' (draft). Headings are Heading 1/2 with typed numbers ('Rozdział 1. …', "
                       "'4.1. …'). 5 footnotes with data sources. A text box in the summary holds "
                       "'Najważniejsze liczby: …'. Action responsible/timeline/indicator are stated in "
                       "prose under each action heading; costs appear only in the budget table (chapter 6), "
                       "whose funding-source cells span several rows; the campaign's cost is 'b.d.'. "
                       "Past projects (węzeł Chorzów Rynek 2016-2019, Metrorower) are context, not actions."))
    tmp = Path(tempfile.mkdtemp(prefix="pim_chorzow_"))
    try:
        odt = tmp / (Path(FILE).stem + ".odt")
        _build_odt(odt, gold)
        docx = soffice_convert(odt, "docx", tmp / "out", tmp / "profile")
        shutil.copyfile(docx, Path(out_dir) / FILE)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return gold

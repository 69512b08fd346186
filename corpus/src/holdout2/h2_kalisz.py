"""MID Kalisz – revitalisation network – DOCX (python-docx) converted to PDF by LibreOffice.

Traps: draft marked on the title page ("PROJEKT – wersja robocza 0.4");
chapters "Rozdział N." in real Heading 1 style, in an unusual order
(stakeholders before objectives, indicators before budget, schedule after
budget); the indicators chapter holds only a bracketed placeholder
("[DO UZUPEŁNIENIA …] TBD"); an annex "Załącznik 1" (comment form with an
empty table) after the main body; no summary.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

import h2_docx as D
from h2_common import LO_PROFILE, OUT_DIR, Action, H2Gold, fact_or, fix_lo_pdf
import docx_kit as K
from common import utc
from odt_kit import soffice_convert

FILE = "mid_kalisz_rewitalizacja_projekt.pdf"
CITY = "Kalisz"

ACTIONS = [
    Action("Ożywienie parterów handlowych przy ul. Śródmiejskiej", "economic_activation",
           description="Program preferencyjnych stawek czynszu – przez pierwsze dwa lata 30% stawki "
                       "rynkowej – dla nowych najemców lokali użytkowych w parterach kamienic "
                       "komunalnych, połączony z remontem witryn i wspólną promocją ulicy. "
                       "Pierwszeństwo otrzymają rzemieślnicy, usługi dla mieszkańców i działalność "
                       "kulturalna, a nie kolejne punkty z tanią odzieżą czy kantory.",
           responsible="Miejski Zarząd Budynków Mieszkalnych w Kaliszu", timeline="2025–2027",
           cost="1,8 mln zł", indicator="30 lokali wynajętych w trybie preferencyjnym"),
    Action("Zielone podwórka Śródmieścia", "public_space",
           description="Dwanaście podwórek kamienic komunalnych i wspólnot mieszkaniowych zostanie "
                       "przeprojektowanych razem z mieszkańcami: rozbiórka zdewastowanych komórek, "
                       "usunięcie asfaltu, ogrody deszczowe, ławki i małe place zabaw. Wspólnoty "
                       "zobowiążą się do współopieki nad zielenią przez co najmniej pięć lat.",
           responsible="Wydział Rozwoju Miasta Urzędu Miasta Kalisza", timeline="2025–2028",
           cost="4,2 mln zł", indicator="12 odnowionych podwórek"),
    Action("Klub sąsiedzki przy ul. Piskorzewskiej", "social_activation",
           description="W wyremontowanym lokalu komunalnym powstanie klub sąsiedzki prowadzony przez "
                       "organizację pozarządową wyłonioną w otwartym konkursie ofert. Klub zapewni "
                       "zajęcia dla dzieci po lekcjach, spotkania dla seniorów i rodzin oraz będzie "
                       "miejscem dyżurów streetworkera i asystenta rodziny.",
           responsible="Miejski Ośrodek Pomocy Społecznej w Kaliszu", timeline="od 2026",
           cost="0,9 mln zł", indicator=None),
    Action("Bulwary nad Prosną – etap II", "public_space",
           description="Przedłużenie odnowionych bulwarów o odcinek od mostu Kamiennego w stronę "
                       "Parku Miejskiego: nowa nawierzchnia, oświetlenie, zejścia do wody i przystań "
                       "kajakowa. Bulwary mają stać się codzienną trasą spacerową mieszkańców "
                       "Śródmieścia, a nie tylko miejscem imprez plenerowych.",
           responsible=None, timeline="2027–2028", cost="7,5 mln zł",
           indicator="800 m odnowionych bulwarów"),
    Action("Program „Senior w centrum”", "social_activation",
           description="Cykl zajęć, wolontariatu i sąsiedzkiej pomocy dla samotnych seniorów "
                       "mieszkających w kamienicach Śródmieścia, w tym „telefon życzliwości”, pomoc "
                       "w drobnych naprawach i wspólne wyjścia do instytucji kultury.",
           responsible="Kaliski Uniwersytet Trzeciego Wieku wspólnie z MOPS", timeline="2025–2028",
           cost=None, indicator="250 seniorów uczestniczących rocznie"),
    Action("Inkubator rzemiosła kaliskiego", "economic_activation",
           description="W pustej kamienicy przy Głównym Rynku powstanie inkubator dla pracowni "
                       "koronkarskich, stolarskich, introligatorskich i innych tradycyjnych rzemiosł, "
                       "z preferencyjnym czynszem, wspólnym sklepem z wyrobami oraz programem praktyk "
                       "dla uczniów szkół branżowych.",
           responsible="Urząd Miasta Kalisza we współpracy z Cechem Rzemiosł Różnych",
           timeline="2026–2028", cost="2,6 mln zł", indicator="15 pracowni w inkubatorze"),
]

SCHEDULE = {  # title -> years with activity
    "Ożywienie parterów handlowych przy ul. Śródmiejskiej": (2025, 2026, 2027),
    "Zielone podwórka Śródmieścia": (2025, 2026, 2027, 2028),
    "Klub sąsiedzki przy ul. Piskorzewskiej": (2026, 2027, 2028),
    "Bulwary nad Prosną – etap II": (2027, 2028),
    "Program „Senior w centrum”": (2025, 2026, 2027, 2028),
    "Inkubator rzemiosła kaliskiego": (2026, 2027, 2028),
}
SOURCES = {
    "Ożywienie parterów handlowych przy ul. Śródmiejskiej": "budżet miasta",
    "Zielone podwórka Śródmieścia": "FEWP 2021–2027, wspólnoty (10%)",
    "Klub sąsiedzki przy ul. Piskorzewskiej": "FEWP 2021–2027 (EFS+)",
    "Bulwary nad Prosną – etap II": "FEWP 2021–2027, budżet miasta",
    "Program „Senior w centrum”": "budżet miasta, dotacje dla NGO",
    "Inkubator rzemiosła kaliskiego": "FEWP 2021–2027, budżet miasta",
}


def _title_page(doc):
    D.p(doc, "PREZYDENT MIASTA KALISZA", align="center", size=11)
    for _ in range(3):
        doc.add_paragraph()
    mark = doc.add_paragraph()
    mark.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = mark.add_run("PROJEKT – WERSJA ROBOCZA 0.4")
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    D.p(doc, "dokument do dyskusji w Lokalnym Partnerstwie – nie stanowi stanowiska Miasta",
        align="center", size=10, italic=True)
    for _ in range(3):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Miejska Inicjatywa Działania")
    r.bold = True
    r.font.size = Pt(24)
    D.p(doc, "„Śródmieście Kalisza – wspólna przestrzeń”", align="center", size=16)
    D.p(doc, "Partnerska Inicjatywa Miast · sieć tematyczna Rewitalizacja", align="center", size=12)
    for _ in range(8):
        doc.add_paragraph()
    D.p(doc, "Kalisz, styczeń 2025 r.", align="center", size=11)
    K.page_break(doc)


def _build_docx(path: Path, gold: H2Gold) -> None:
    doc = K.new_document(font="Liberation Serif", size=11)
    D.style_headings(doc, "Liberation Sans", {1: 15, 2: 12}, color="1F3864")
    K.set_core(doc, title="Miejska Inicjatywa Działania – Kalisz (projekt)",
               author="Wydział Rozwoju Miasta", created=utc(2025, 1, 14, 9, 0),
               modified=utc(2025, 1, 20, 15, 30), subject="PIM – Rewitalizacja", revision=4)
    D.footer_page(doc, prefix="MID Kalisz – projekt v0.4 – str. ")
    _title_page(doc)

    # Rozdział 1 – context
    gold.section("context")
    D.heading(doc, "Rozdział 1. Diagnoza obszaru rewitalizacji", 1)
    D.p(doc, "Kalisz, uznawany za najstarsze miasto w Polsce, liczy około 97 tys. mieszkańców i od "
             "dwóch dekad traci ludność – od 2004 r. ubyło ponad 11 tys. osób. Najszybciej wyludnia "
             "się Śródmieście, gdzie w latach 2014–2024 liczba mieszkańców spadła o 17%, a udział "
             "osób w wieku 65+ wzrósł do 28%.", align="justify")
    D.p(doc, "Gminny Program Rewitalizacji wyznaczył obszar obejmujący Śródmieście wraz "
             "z kwartałami położonymi nad Prosną – łącznie 2,1 km² zamieszkane przez około 14 tys. "
             "osób. Na tym obszarze wskaźnik korzystania z pomocy społecznej jest dwukrotnie wyższy "
             "niż średnio w mieście, a ponad 60% budynków wzniesiono przed 1945 r. Znaczna część "
             "kamienic wymaga remontu dachów, instalacji i elewacji.", align="justify")
    D.p(doc, "Najbardziej widocznym problemem są puste lokale w parterach. Inwentaryzacja z jesieni "
             "2024 r. wykazała 112 niewynajętych lokali użytkowych, z czego 41 przy ul. Śródmiejskiej "
             "i przy Głównym Rynku. Przebudowa Głównego Rynku i ul. Śródmiejskiej w latach 2018–2020 "
             "poprawiła wygląd przestrzeni, ale nie zatrzymała odpływu handlu do centrów handlowych "
             "na obrzeżach miasta.", align="justify")
    D.p(doc, "Mieszkańcy Śródmieścia wskazują także na brak zieleni przy domach i miejsc spotkań. "
             "Podwórka kamienic są w większości zabetonowane i zastawione komórkami, a jedynym "
             "większym terenem zielonym w zasięgu spaceru jest Park Miejski. Atutem obszaru "
             "pozostają bulwary nad Prosną, tradycje rzemieślnicze miasta – przede wszystkim "
             "koronkarstwo – oraz silne organizacje seniorów.", align="justify")

    # Rozdział 2 – stakeholders (before the objectives)
    gold.section("stakeholders")
    D.heading(doc, "Rozdział 2. Kto współtworzy inicjatywę", 1)
    D.p(doc, "Lokalne Partnerstwo powołano w październiku 2024 r. W jego skład weszli przedstawiciele "
             "Wydziału Rozwoju Miasta, Miejskiego Zarządu Budynków Mieszkalnych, Miejskiego Ośrodka "
             "Pomocy Społecznej, Akademii Kaliskiej, Cechu Rzemiosł Różnych, Stowarzyszenia Kupców "
             "Śródmieścia, Kaliskiego Uniwersytetu Trzeciego Wieku, Rady Osiedla Śródmieście oraz "
             "dwóch wspólnot mieszkaniowych z ul. Piskorzewskiej.", align="justify")
    D.p(doc, "Mieszkańców włączamy w prace na kilka sposobów:")
    D.bullets(doc, [
        "punkt konsultacyjny w pustym lokalu przy ul. Śródmiejskiej, czynny dwa dni w tygodniu;",
        "spacery studyjne po podwórkach z udziałem projektantów zieleni;",
        "„kawiarenki obywatelskie” – spotkania przy kawie w klubach seniora i w szkołach;",
        "ankieta papierowa i internetowa (do tej pory 640 odpowiedzi).",
    ])
    D.p(doc, "Uwagi zgłoszone w pierwszej turze zdecydowały o włączeniu do inicjatywy programu dla "
             "seniorów oraz o rezygnacji z płatnego parkingu podziemnego, który pierwotnie "
             "proponowano pod placem Św. Józefa.", align="justify")

    # Rozdział 3 – objectives
    gold.section("objectives")
    D.heading(doc, "Rozdział 3. Cele inicjatywy", 1)
    D.p(doc, "**Cel główny:** zatrzymanie wyludniania się Śródmieścia Kalisza przez przywrócenie mu "
             "funkcji miejsca codziennego życia, pracy i spotkań mieszkańców.", align="justify")
    D.p(doc, "Cele szczegółowe:")
    D.typed_list(doc, [
        "powrót usług i rzemiosła do parterów kamienic,",
        "więcej zieleni i bezpiecznych miejsc spotkań w bezpośrednim sąsiedztwie domów,",
        "wsparcie osób starszych i rodzin zagrożonych wykluczeniem w miejscu zamieszkania,",
        "lepsze wykorzystanie rzeki Prosny jako przestrzeni rekreacji.",
    ], ["a)", "b)", "c)", "d)"])

    # Rozdział 4 – actions
    gold.section("actions")
    D.heading(doc, "Rozdział 4. Przedsięwzięcia", 1)
    D.p(doc, "Lista przedsięwzięć jest wynikiem dwóch warsztatów Lokalnego Partnerstwa. Może jeszcze "
             "ulec zmianie po konsultacjach.", align="justify")
    for i, a in enumerate(ACTIONS, start=1):
        gold.action(a)
        D.heading(doc, f"4.{i}. {a.title}", 2)
        D.p(doc, a.description, align="justify")
        D.kv(doc, "Realizator", fact_or(a.responsible, "do ustalenia"))
        D.kv(doc, "Okres realizacji", fact_or(a.timeline, "do ustalenia"))
        D.kv(doc, "Szacowany koszt", fact_or(a.cost, "nie oszacowano"))
        if a.indicator:
            D.kv(doc, "Wskaźnik", a.indicator)

    # Rozdział 5 – indicators: placeholder only
    gold.section("indicators", "incomplete")
    D.heading(doc, "Rozdział 5. Wskaźniki i monitoring", 1)
    para = D.p(doc, "[DO UZUPEŁNIENIA – Wydział Rozwoju Miasta, po konsultacjach] TBD")
    for r in para.runs:
        r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        r.font.highlight_color = 7  # yellow

    # Rozdział 6 – budget
    gold.section("budget")
    D.heading(doc, "Rozdział 6. Finansowanie", 1)
    D.p(doc, "Szacowana wartość przedsięwzięć, dla których przygotowano wyceny, wynosi 17,0 mln zł. "
             "Podstawowym źródłem finansowania inwestycji będzie program Fundusze Europejskie dla "
             "Wielkopolski 2021–2027 (FEWP), w ramach którego miasto może ubiegać się o wsparcie "
             "projektów wynikających z Gminnego Programu Rewitalizacji. Wkład własny zostanie "
             "zabezpieczony w Wieloletniej Prognozie Finansowej.", align="justify")
    D.grid_table(doc, ["Przedsięwzięcie", "Koszt", "Źródła finansowania"],
                 [(a.title, fact_or(a.cost, "—"), SOURCES[a.title]) for a in ACTIONS]
                 + [("Razem", "17,0 mln zł", "")],
                 [8.0, 2.8, 6.2])
    D.p(doc, "Koszt programu „Senior w centrum” zależy od liczby organizacji, które zgłoszą się do "
             "konkursu, i zostanie określony w budżecie na 2026 r.", align="justify")

    # Rozdział 7 – schedule
    gold.section("schedule")
    D.heading(doc, "Rozdział 7. Harmonogram", 1)
    D.p(doc, "Harmonogram uwzględnia terminy naborów w programie regionalnym. Przedsięwzięcia "
             "miękkie rozpoczną się w 2025 r., inwestycje budowlane – po uzyskaniu dofinansowania.",
        align="justify")
    years = (2025, 2026, 2027, 2028)
    D.grid_table(doc, ["Przedsięwzięcie"] + [str(y) for y in years],
                 [[a.title] + ["X" if y in SCHEDULE[a.title] else "" for y in years]
                  for a in ACTIONS],
                 [9.0, 2.0, 2.0, 2.0, 2.0])

    # Rozdział 8 – risks
    gold.section("risks")
    D.heading(doc, "Rozdział 8. Ryzyka", 1)
    D.p(doc, "Zespół roboczy wskazał cztery główne ryzyka:")
    D.bullets(doc, [
        "**brak zainteresowania najemców lokalami w parterach** – przed ogłoszeniem konkursu "
        "przeprowadzimy rozmowy z rzemieślnikami i organizacjami kultury, a warunki najmu "
        "dostosujemy do ich możliwości;",
        "**sprzeciw części wspólnot wobec przebudowy podwórek** – każde podwórko projektujemy "
        "osobno, a prace zaczniemy tam, gdzie wspólnota sama zgłosi gotowość;",
        "**niewystarczająca liczba organizacji zdolnych prowadzić klub sąsiedzki** – wsparcie "
        "szkoleniowe dla NGO i możliwość partnerstwa kilku organizacji;",
        "**wzrost kosztów robót budowlanych** – rezerwa 10% w budżecie i możliwość etapowania "
        "bulwarów.",
    ])

    # annex after the main body
    K.page_break(doc)
    D.heading(doc, "Załącznik 1. Formularz zgłaszania uwag do projektu", 1)
    D.p(doc, "Uwagi do projektu można składać do 28 lutego 2025 r. w punkcie konsultacyjnym przy "
             "ul. Śródmiejskiej lub elektronicznie na adres wskazany na stronie internetowej miasta.",
        align="justify")
    D.p(doc, "Imię i nazwisko / nazwa organizacji: ………………………………………………………")
    D.grid_table(doc, ["Lp.", "Rozdział", "Treść uwagi", "Uzasadnienie"],
                 [(str(i), "", "", "") for i in range(1, 6)], [1.2, 3.0, 6.4, 6.4])
    D.save(doc, path)


def build(out_dir=OUT_DIR) -> H2Gold:
    gold = H2Gold(FILE, document_type="mid", city=CITY, network="revitalisation", status="draft",
                  notes="PDF converted by LibreOffice from a DOCX with Heading 1/2 styles "
                        "('Rozdział N.' typed). Draft marked on the title page. Unusual order: "
                        "context, stakeholders, objectives, actions, indicators, budget, schedule, "
                        "risks. Indicators chapter holds only '[DO UZUPEŁNIENIA …] TBD' "
                        "(incomplete). Annex 'Załącznik 1' (comment form with an empty table) "
                        "after the body – not a section. No summary.")
    with tempfile.TemporaryDirectory(prefix="h2_kalisz_") as tmp:
        src = Path(tmp) / (Path(FILE).stem + ".docx")
        _build_docx(src, gold)
        pdf = soffice_convert(src, "pdf", tmp, "/tmp/lo_holdout2_profile")
        shutil.copyfile(pdf, out_dir / FILE)
    assert LO_PROFILE.endswith("lo_holdout2_profile")
    fix_lo_pdf(out_dir / FILE)
    return gold

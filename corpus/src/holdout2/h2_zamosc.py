"""MID Zamość – revitalisation network – DOCX.

Traps: chapters lettered A.–F. in real Heading 1 style, with inflected or
colloquial wording ("O celach przedsięwzięcia", "Po czym poznamy sukces");
the summary heading is only a bold paragraph; the schedule chapter is a
single bare sentence (incomplete); the risk analysis exists only as a ruled
table with no heading after the last chapter (present); an action
sub-heading "Budżet obywatelski dla młodzieży …" while the document has no
budget chapter (budget=missing).
"""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

import docx_kit as K
import h2_docx as D
from common import utc
from h2_common import OUT_DIR, Action, H2Gold

FILE = "mid_zamosc_rewitalizacja.docx"
CITY = "Zamość"

ACTIONS = [
    Action("Odnowa skweru przy ul. Partyzantów", "public_space",
           description="Skwer – dziś zaniedbany trawnik z kilkoma ławkami – zostanie przebudowany "
                       "według projektu wybranego w konkursie z udziałem mieszkańców. Przewidziano "
                       "nasadzenia drzew i krzewów, fontannę posadzkową, stoliki do gier, zadaszoną "
                       "scenę na potrzeby sąsiedzkich wydarzeń oraz toaletę publiczną.",
           responsible="Wydział Gospodarki Komunalnej Urzędu Miasta Zamość", timeline="2025–2026",
           cost="2,3 mln zł", indicator="0,6 ha zmodernizowanej przestrzeni publicznej"),
    Action("Budżet obywatelski dla młodzieży z Nowego Miasta", "social_activation",
           description="Co roku wydzielona pula środków trafi na projekty zgłaszane i wybierane "
                       "wyłącznie przez osoby w wieku 13–21 lat, które mieszkają lub uczą się na "
                       "Nowym Mieście. Młodzież sama ustali regulamin, a koordynatorzy z Młodzieżowej "
                       "Rady Miasta pomogą autorom pomysłów przygotować kosztorysy i zrealizować "
                       "zwycięskie projekty.",
           responsible="Biuro Partycypacji Społecznej Urzędu Miasta Zamość",
           timeline="coroczne edycje od jesieni 2025 r.", cost="150 tys. zł rocznie",
           indicator="co najmniej 8 projektów młodzieżowych w każdej edycji"),
    Action("Centrum Aktywności Lokalnej w dawnej świetlicy przy ul. Szczebrzeskiej", "social_activation",
           description="Nieużywany od 2016 r. budynek dawnej świetlicy zakładowej zostanie "
                       "wyremontowany i przystosowany do potrzeb osób z niepełnosprawnościami. "
                       "Znajdą się w nim sala spotkań, kuchnia społeczna, pracownia komputerowa "
                       "i pomieszczenia dla organizacji pozarządowych. Centrum poprowadzi animator "
                       "zatrudniony przez miasto.",
           responsible="Miejski Ośrodek Pomocy Rodzinie w Zamościu", timeline="2026–2027",
           cost="5,1 mln zł", indicator=None),
    Action("Punkt wsparcia przedsiębiorczości dla mieszkańców Nowego Miasta", "economic_activation",
           description="Dyżury doradców zawodowych i doradców biznesowych, pomoc w założeniu "
                       "działalności gospodarczej i w staraniach o dotacje na start. Punkt będzie "
                       "działał w Centrum Aktywności Lokalnej, a do czasu jego otwarcia – w filii "
                       "biblioteki miejskiej.",
           responsible="Powiatowy Urząd Pracy w Zamościu we współpracy z Urzędem Miasta",
           timeline=None, cost=None, indicator="40 osób objętych doradztwem rocznie"),
    Action("Ciąg pieszy łączący Nowe Miasto ze Starym Miastem", "walking_traffic_calming",
           secondary_themes=("public_space",),
           description="Przebudowa chodników, przejść dla pieszych i oświetlenia na trasie od skweru "
                       "przy ul. Partyzantów do bram Starego Miasta. Ciąg otrzyma jednolitą "
                       "nawierzchnię, ławki i drzewa, a przejścia przez ulice zostaną wyniesione "
                       "i skrócone.",
           responsible=None, timeline="2027", cost="3,4 mln zł",
           indicator="1,1 km przebudowanych chodników"),
]

RISKS = [
    ("Niska frekwencja młodzieży w budżecie obywatelskim", "średnie", "mniejsza liczba projektów",
     "promocja w szkołach i mediach społecznościowych prowadzona przez samych uczniów"),
    ("Wzrost kosztów remontu świetlicy", "wysokie", "opóźnienie otwarcia centrum",
     "rezerwa w budżecie miasta, podział robót na etapy"),
    ("Brak chętnych do prowadzenia działalności gospodarczej", "średnie",
     "niewykorzystane doradztwo", "wspólne działania z PUP i cechem rzemiosł, oferta staży"),
    ("Konflikt wokół funkcji skweru (hałas, imprezy)", "niskie", "skargi mieszkańców",
     "regulamin korzystania ze sceny ustalony z radą osiedla"),
]


def build(out_dir=OUT_DIR) -> H2Gold:
    gold = H2Gold(FILE, document_type="mid", city=CITY, network="revitalisation", status="final",
                  notes="Chapters A.–F. in Heading 1 style with inflected/colloquial wording; summary "
                        "heading 'Najważniejsze w skrócie' is only a bold paragraph. Chapter 'D. "
                        "Terminy realizacji' is one bare sentence (schedule=incomplete). Risks are "
                        "present only as a ruled table without any heading after chapter F. Action "
                        "sub-heading 'Budżet obywatelski dla młodzieży z Nowego Miasta' but no budget "
                        "chapter anywhere (budget=missing; only per-action costs).")
    doc = K.new_document(font="Liberation Sans", size=10.5)
    D.style_headings(doc, "Liberation Sans", {1: 14, 2: 11.5}, color="385623")
    K.set_core(doc, title="MID Zamość – Nowe Miasto", author="Urząd Miasta Zamość",
               created=utc(2025, 2, 3, 8, 0), modified=utc(2025, 2, 27, 13, 10),
               subject="Partnerska Inicjatywa Miast – Rewitalizacja", revision=7)
    D.footer_page(doc, prefix="Strona ")

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = t.add_run("MIASTO ZAMOŚĆ")
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0x38, 0x56, 0x23)
    t = doc.add_paragraph()
    r = t.add_run("Nowe Miasto – kwartały do życia")
    r.bold = True
    r.font.size = Pt(22)
    D.p(doc, "Miejska Inicjatywa Działania przygotowana w ramach Partnerskiej Inicjatywy Miast, "
             "sieć tematyczna „Rewitalizacja”", size=12)
    D.p(doc, "Zamość, luty 2025 r.", size=10, italic=True, space_after=14)

    # summary – heading is a bold paragraph only
    gold.section("summary")
    K.fake_heading(doc, "Najważniejsze w skrócie", size=13, space_before=6)
    D.p(doc, "Nowe Miasto sąsiaduje z zabytkowym Starym Miastem, ale nie korzysta z jego "
             "popularności. Mieszkańcy dzielnicy są starsi i ubożsi niż przeciętnie w Zamościu, "
             "a młodzi wyjeżdżają. Proponujemy pięć przedsięwzięć: nowy skwer, budżet obywatelski "
             "dla młodzieży, Centrum Aktywności Lokalnej, punkt wsparcia przedsiębiorczości oraz "
             "wygodne przejście piesze do Starówki. Chcemy, aby Nowe Miasto stało się miejscem, "
             "w którym warto zostać.", align="justify")

    # A – context
    gold.section("context")
    D.heading(doc, "A. Stan obszaru – Nowe Miasto dziś", 1)
    D.p(doc, "Zamość liczy niespełna 60 tys. mieszkańców. Uwaga turystów i inwestorów skupia się "
             "na wpisanym na Listę Światowego Dziedzictwa UNESCO Starym Mieście, tymczasem "
             "sąsiadujące z nim Nowe Miasto – dzielnica kamienic z przełomu XIX i XX w. oraz bloków "
             "z lat 60. – od lat pozostaje w cieniu. Obszar wskazany w Gminnym Programie "
             "Rewitalizacji zamieszkuje około 4 800 osób.", align="justify")
    D.p(doc, "Dane Miejskiego Ośrodka Pomocy Rodzinie i Powiatowego Urzędu Pracy pokazują skalę "
             "problemów: osoby w wieku 65+ stanowią 24% mieszkańców obszaru, stopa bezrobocia "
             "rejestrowanego wynosi 7,9% wobec 5,2% w całym mieście, a 19% gospodarstw domowych "
             "korzysta z pomocy społecznej. Co czwarte mieszkanie komunalne na Nowym Mieście nie ma "
             "łazienki lub jest ogrzewane piecem.", align="justify")
    D.p(doc, "W dzielnicy brakuje przestrzeni wspólnych. Jedynym miejscem rekreacji jest zaniedbany "
             "skwer przy ul. Partyzantów, a budynek dawnej świetlicy zakładowej przy "
             "ul. Szczebrzeskiej stoi pusty od 2016 r. Chodniki prowadzące do Starego Miasta są "
             "wąskie, nierówne i słabo oświetlone, dlatego wielu seniorów rezygnuje z pieszych "
             "wyjść do centrum.", align="justify")
    D.p(doc, "W ankiecie przeprowadzonej wśród 420 uczniów zamojskich szkół ponadpodstawowych 63% "
             "badanych stwierdziło, że nie widzi swojej przyszłości w Zamościu. Młodzi z Nowego "
             "Miasta najczęściej wskazywali na brak miejsc, w których można spędzać czas bez "
             "wydawania pieniędzy, oraz na brak wpływu na to, co dzieje się w okolicy.",
        align="justify")

    # B – objectives
    gold.section("objectives")
    D.heading(doc, "B. O celach przedsięwzięcia", 1)
    D.p(doc, "Celem nadrzędnym jest odwrócenie procesu marginalizacji Nowego Miasta i zbudowanie "
             "w nim oferty, która zatrzyma młodych mieszkańców i poprawi jakość życia seniorów. "
             "Cel ten realizujemy przez trzy cele szczegółowe:", align="justify")
    D.bullets(doc, [
        "**przestrzeń** – stworzenie atrakcyjnych, dostępnych miejsc spotkań i wygodnego "
        "połączenia pieszego ze Starym Miastem;",
        "**ludzie** – aktywizacja społeczna młodzieży i seniorów oraz wsparcie rodzin;",
        "**praca** – zwiększenie liczby mieszkańców prowadzących własną działalność lub "
        "podejmujących zatrudnienie.",
    ])

    # C – actions
    gold.section("actions")
    D.heading(doc, "C. Planowane przedsięwzięcia", 1)
    D.p(doc, "Przedsięwzięcia wybrano na podstawie diagnozy i wyników warsztatów z mieszkańcami. "
             "Dla każdego podajemy, kto je realizuje, kiedy, ile kosztuje i jaki ma przynieść "
             "efekt – o ile na obecnym etapie jest to już wiadome.", align="justify")
    for a in ACTIONS:
        gold.action(a)
        D.heading(doc, a.title, 2)
        D.p(doc, a.description, align="justify")
        facts = []
        for label, value in (("Kto", a.responsible), ("Kiedy", a.timeline), ("Ile", a.cost),
                             ("Efekt", a.indicator)):
            if value is not None:
                facts.append(f"**{label}:** {value}")
        para = D.p(doc, "   |   ".join(facts), size=9.5)
        para.paragraph_format.left_indent = K.Cm(0.4)

    # D – schedule: one bare sentence
    gold.section("schedule", "incomplete")
    D.heading(doc, "D. Terminy realizacji", 1)
    D.p(doc, "Przedsięwzięcia będą realizowane w latach 2025–2028.")

    # E – stakeholders
    gold.section("stakeholders")
    D.heading(doc, "E. Z kim i dla kogo – o partnerach przedsięwzięcia", 1)
    D.p(doc, "Inicjatywę przygotowało Lokalne Partnerstwo, w którym obok pracowników Urzędu Miasta "
             "zasiadają przedstawiciele Miejskiego Ośrodka Pomocy Rodzinie, Powiatowego Urzędu Pracy, "
             "Młodzieżowej Rady Miasta, Zamojskiej Rady Seniorów, dwóch szkół ponadpodstawowych, "
             "parafii oraz trzech organizacji pozarządowych działających na Nowym Mieście.",
        align="justify")
    D.p(doc, "Mieszkańcy brali udział w pracach od początku: zorganizowaliśmy dwa spacery "
             "badawcze, warsztaty projektowe w szkole przy ul. Partyzantów i ankietę, na którą "
             "odpowiedziało 312 osób. Projekt skweru zostanie wybrany w głosowaniu mieszkańców, "
             "a regulamin budżetu obywatelskiego dla młodzieży napiszą sami uczniowie. Raz na kwartał "
             "odbywać się będzie otwarte spotkanie, na którym koordynator inicjatywy przedstawi "
             "postęp prac.", align="justify")

    # F – indicators
    gold.section("indicators")
    D.heading(doc, "F. Po czym poznamy sukces", 1)
    D.p(doc, "Postęp będzie mierzony co roku przez koordynatora inicjatywy na podstawie danych MOPR, "
             "PUP i corocznej ankiety wśród mieszkańców. Do 2028 r. chcemy osiągnąć:",
        align="justify")
    D.bullets(doc, [
        "spadek odsetka gospodarstw korzystających z pomocy społecznej z 19% do 15%;",
        "co najmniej 2 000 wizyt miesięcznie w Centrum Aktywności Lokalnej;",
        "wzrost odsetka mieszkańców zadowolonych z otoczenia miejsca zamieszkania z 31% do 60%;",
        "co najmniej 15 nowych działalności gospodarczych zarejestrowanych przez mieszkańców "
        "obszaru.",
    ])
    D.p(doc, "Ewaluacja końcowa zostanie przeprowadzona w 2028 r. z udziałem Lokalnego Partnerstwa.",
        align="justify")

    # risks: a ruled table without a heading
    gold.section("risks")
    D.grid_table(doc, ["Zagrożenie", "Prawdopodobieństwo", "Skutki", "Sposób przeciwdziałania"],
                 RISKS, [4.6, 2.8, 3.6, 6.0], head_fill="E2EFD9")

    D.save(doc, out_dir / FILE)
    return gold

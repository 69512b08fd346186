"""Plan Ulepszeń – mobility network – DOCX, draft.

Traps: draft marked on the title page ("WERSJA ROBOCZA … v0.3"); chapters
"I."–"IV." in real Heading 1 style; the last chapter "IV. Adresaci
rekomendacji i tryb wdrożenia" merges addressees and implementation (both
present); recommendations as Heading 2 "Rekomendacja N." with key-value lines.
"""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

import docx_kit as K
import h2_docx as D
from common import utc
from h2_common import OUT_DIR, REC_TYPE_PL, Action, H2Gold

FILE = "plan_ulepszen_mobilnosc_projekt.docx"

RECS = [
    Action("Uproszczenie procedury wyznaczania kontraruchu rowerowego na ulicach jednokierunkowych",
           "cycling", type="legal",
           description="Miasta sieci zgłaszają, że wprowadzenie ruchu rowerowego pod prąd na ulicach "
                       "jednokierunkowych wymaga dziś każdorazowo pełnego projektu organizacji ruchu "
                       "i wielomiesięcznych uzgodnień, a warunki szerokości jezdni są interpretowane "
                       "różnie przez organy zarządzające ruchem. Proponujemy jednoznaczne przepisy "
                       "dopuszczające kontraruch na ulicach z ograniczeniem prędkości do 30 km/h "
                       "na podstawie uproszczonego projektu.",
           responsible="Minister Infrastruktury", timeline="nowelizacja rozporządzenia w 2026 r."),
    Action("Możliwość przeznaczania wpływów z opłat parkingowych na transport zbiorowy i "
           "infrastrukturę pieszą", "other", secondary_themes=("public_transport",), type="legal",
           description="Wpływy ze stref płatnego parkowania mogą być dziś wydatkowane wyłącznie na "
                       "cele związane z drogami publicznymi. Miasta chcą móc przeznaczać je także na "
                       "dopłaty do komunikacji miejskiej i poprawę warunków ruchu pieszego, co "
                       "pozwoliłoby spójnie prowadzić politykę parkingową i transportową.",
           responsible="Minister Infrastruktury we współpracy z Ministrem Finansów"),
    Action("Stały rządowy program przebudowy przejść dla pieszych w miastach średnich",
           "walking_traffic_calming", type="financial",
           description="Dotychczasowe edycje programu poprawy bezpieczeństwa przejść dla pieszych "
                       "okazały się skuteczne, ale miały charakter jednorazowy. Proponujemy program "
                       "wieloletni z coroczną alokacją i preferencjami dla przejść w rejonie szkół "
                       "oraz na ulicach o dużym natężeniu ruchu w miastach poniżej 100 tys. "
                       "mieszkańców.",
           responsible="Minister Infrastruktury", timeline="od 2026 r.",
           cost="ok. 300 mln zł rocznie", indicator="1 000 przebudowanych przejść rocznie"),
    Action("Wieloletnie finansowanie zakupu autobusów zeroemisyjnych dla miast do 100 tys. "
           "mieszkańców", "public_transport", secondary_themes=("low_emission",), type="financial",
           description="Mniejsze miasta nie są w stanie samodzielnie sfinansować wymiany taboru "
                       "na autobusy elektryczne lub wodorowe, a jednorazowe nabory nie pozwalają "
                       "zaplanować wymiany floty. Postulujemy program na lata 2026–2030 z przewidywalnym "
                       "harmonogramem naborów i finansowaniem infrastruktury ładowania.",
           responsible="Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej, Minister Klimatu "
                       "i Środowiska",
           timeline="2026–2030", cost="1,2 mld zł w latach 2026–2030"),
    Action("Krajowy standard badań ruchu i otwarta baza danych o mobilności", "other",
           type="knowledge",
           description="Badania ruchu w miastach prowadzone są według różnych metodyk, co uniemożliwia "
                       "porównania i ocenę efektów polityki transportowej. Proponujemy krajowy standard "
                       "badań oraz bazę danych, w której miasta publikowałyby wyniki w jednolitym "
                       "formacie.",
           responsible="Minister Infrastruktury i Główny Urząd Statystyczny", timeline="2027",
           indicator="50 miast publikujących dane w standardzie krajowym"),
    Action("Wzorcowe porozumienie międzygminne o wspólnym transporcie zbiorowym",
           "public_transport", type="organisational",
           description="Miasta mają trudność z organizacją linii podmiejskich, bo każda gmina negocjuje "
                       "warunki od zera. Wzorcowe porozumienie z zasadami podziału kosztów, taryfy "
                       "i rozkładów jazdy, przygotowane wspólnie z samorządami województw, skróciłoby "
                       "ten proces.",
           responsible="Minister Infrastruktury oraz urzędy marszałkowskie"),
]

ADDRESSEES = [
    ("Ministerstwo Infrastruktury", "1, 2, 3, 5, 6",
     "spotkanie robocze z udziałem przedstawicieli miast sieci"),
    ("Ministerstwo Finansów", "2", "pisemne wystąpienie z uzasadnieniem zmian"),
    ("Ministerstwo Klimatu i Środowiska, NFOŚiGW", "4", "spotkanie robocze, konsultacje programu"),
    ("Główny Urząd Statystyczny", "5", "warsztat metodyczny"),
    ("Urzędy marszałkowskie", "6", "prezentacja na Konwencie Marszałków"),
]


def build(out_dir=OUT_DIR) -> H2Gold:
    gold = H2Gold(FILE, document_type="improvement_plan", city=None, network="mobility",
                  status="draft",
                  notes="Draft marked on the title page ('WERSJA ROBOCZA – projekt … v0.3'). Heading "
                        "1 chapters with typed Roman numbers. Merged chapter 'IV. Adresaci "
                        "rekomendacji i tryb wdrożenia' covers addressees (table) and implementation "
                        "(steps and dates) – both present.")
    doc = K.new_document(font="Liberation Sans", size=10.5)
    D.style_headings(doc, "Liberation Sans", {1: 14, 2: 11.5}, color="2E4A62")
    K.set_core(doc, title="Plan Ulepszeń – sieć Mobilność miejska (projekt)",
               author="Zespół ekspertów sieci PIM", created=utc(2025, 2, 17, 10, 0),
               modified=utc(2025, 3, 21, 16, 40), subject="Partnerska Inicjatywa Miast",
               revision=3)
    D.footer_page(doc, prefix="Plan Ulepszeń – Mobilność miejska – projekt v0.3 – ")

    # title page
    D.p(doc, "Partnerska Inicjatywa Miast", align="center", size=12)
    D.p(doc, "Sieć tematyczna „Mobilność miejska”", align="center", size=12)
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("PLAN ULEPSZEŃ")
    r.bold = True
    r.font.size = Pt(26)
    D.p(doc, "Rekomendacje zmian w przepisach, finansowaniu i organizacji transportu miejskiego",
        align="center", size=13)
    for _ in range(2):
        doc.add_paragraph()
    m = doc.add_paragraph()
    m.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = m.add_run("WERSJA ROBOCZA – projekt do uzgodnień z miastami sieci (v0.3, marzec 2025)")
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0xB0, 0x00, 0x00)
    for _ in range(8):
        doc.add_paragraph()
    D.p(doc, "Dokument przygotowany przez ekspertów sieci na podstawie wkładu miast: Olsztyn, Ełk, "
             "Stargard, Włocławek oraz pozostałych uczestników sieci.", align="center", size=10,
        italic=True)
    K.page_break(doc)

    # I – introduction
    gold.section("introduction")
    D.heading(doc, "I. Wprowadzenie", 1)
    D.p(doc, "Plan Ulepszeń jest jednym z rezultatów pracy sieci tematycznej „Mobilność miejska” "
             "w Partnerskiej Inicjatywie Miast. O ile Miejskie Inicjatywy Działania opisują, co każde "
             "z miast może zrobić samodzielnie, Plan Ulepszeń zbiera problemy, których miasta nie są "
             "w stanie rozwiązać bez zmian na poziomie krajowym lub regionalnym.", align="justify")
    D.p(doc, "Materiał powstał w trzech krokach. Najpierw każde miasto sieci wskazało w ankiecie "
             "bariery, na które natrafiło przy przygotowywaniu swojej inicjatywy. Następnie podczas "
             "dwóch warsztatów – w Olsztynie i w Stargardzie – eksperci i przedstawiciele miast "
             "pogrupowali bariery i wybrali te, które dotyczą większości uczestników. Na końcu "
             "sformułowano rekomendacje i wskazano instytucje, do których powinny trafić.",
        align="justify")
    D.p(doc, "Dokument składa się z czterech części: po wprowadzeniu omówiono bariery, następnie "
             "rekomendacje, a w ostatniej części – adresatów i sposób wdrożenia.", align="justify")

    # II – diagnosis
    gold.section("diagnosis")
    D.heading(doc, "II. Bariery zgłoszone przez miasta sieci", 1)
    D.p(doc, "Miasta zgłosiły łącznie 47 barier. Po połączeniu podobnych zgłoszeń pozostało 14, "
             "z których najważniejsze przedstawiono poniżej.", align="justify")
    D.heading(doc, "Bariery prawne", 2)
    D.bullets(doc, [
        "niejednoznaczne warunki wprowadzania kontraruchu rowerowego i długie procedury "
        "zatwierdzania organizacji ruchu;",
        "sztywne przeznaczenie wpływów ze stref płatnego parkowania, które nie mogą wspierać "
        "komunikacji zbiorowej;",
        "brak narzędzi prawnych do koordynacji rozkładów jazdy przewoźników gminnych "
        "i regionalnych.",
    ])
    D.heading(doc, "Bariery finansowe", 2)
    D.bullets(doc, [
        "jednorazowy charakter programów finansujących bezpieczeństwo pieszych;",
        "brak przewidywalnego finansowania wymiany taboru w miastach poniżej 100 tys. mieszkańców;",
        "wysoki wkład własny w projektach unijnych przy rosnących kosztach utrzymania "
        "komunikacji.",
    ])
    D.heading(doc, "Bariery organizacyjne i kompetencyjne", 2)
    D.bullets(doc, [
        "brak porównywalnych danych o podróżach mieszkańców – każde miasto bada ruch inną metodą;",
        "trudne negocjacje z gminami sąsiednimi w sprawie linii podmiejskich;",
        "niedobór inżynierów ruchu w mniejszych urzędach.",
    ])

    # III – recommendations
    gold.section("recommendations")
    D.heading(doc, "III. Rekomendacje", 1)
    D.p(doc, "Każda rekomendacja odpowiada na co najmniej jedną z barier opisanych w części II. "
             "Podano rodzaj zmiany, adresata oraz – jeśli było to możliwe – termin, koszt i miernik.",
        align="justify")
    for i, a in enumerate(RECS, start=1):
        gold.action(a)
        D.heading(doc, f"Rekomendacja {i}. {a.title}", 2)
        D.p(doc, a.description, align="justify")
        D.kv(doc, "Rodzaj", REC_TYPE_PL[a.type])
        for label, value in (("Adresat", a.responsible), ("Proponowany termin", a.timeline),
                             ("Szacowany koszt", a.cost), ("Miernik", a.indicator)):
            if value is not None:
                D.kv(doc, label, value)

    # IV – addressees + implementation under one heading
    gold.section("addressees")
    gold.section("implementation")
    D.heading(doc, "IV. Adresaci rekomendacji i tryb wdrożenia", 1)
    D.p(doc, "Rekomendacje kierujemy do następujących instytucji:")
    D.grid_table(doc, ["Instytucja", "Rekomendacje nr", "Forma przekazania"], ADDRESSEES,
                 [6.5, 3.0, 7.5])
    D.p(doc, "Wdrożenie planu przebiegnie w następujących krokach:")
    D.typed_list(doc, [
        "kwiecień–maj 2025 r. – uzgodnienie treści rekomendacji z miastami sieci i przyjęcie planu;",
        "czerwiec 2025 r. – przekazanie planu adresatom wraz z wnioskiem o spotkania robocze;",
        "III–IV kwartał 2025 r. – spotkania w ministerstwach z udziałem przedstawicieli miast; "
        "przygotowanie propozycji brzmienia przepisów dla rekomendacji 1 i 2;",
        "2026 r. – monitorowanie prac legislacyjnych i naborów; co pół roku koordynator sieci "
        "oznacza każdą rekomendację jako niepodjętą, w toku lub wdrożoną i informuje o tym miasta.",
    ], ["1.", "2.", "3.", "4."])
    D.p(doc, "Za koordynację wdrożenia odpowiada lider sieci wspólnie z ekspertem wiodącym. "
             "Miasta sieci zobowiązały się do udziału w spotkaniach z adresatami i do dzielenia się "
             "przykładami z własnej praktyki.", align="justify")

    D.save(doc, out_dir / FILE)
    return gold

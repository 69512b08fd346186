"""Plan Ulepszeń – mobility network (ODT: text:h headings, recommendations as
'Rekomendacja N: …' sub-sections with 'Adresat:', 'Typ:', 'Termin:' lines,
6 recommendations; the implementation section is a single bare sentence)."""
from __future__ import annotations

from common import Action, Gold, utc
from odt_kit import OdtDoc

FILE = "plan_ulepszen_mobilnosc_siec.odt"
CITIES = ["Chorzów", "Ostrów Wielkopolski", "Gniezno", "Zamość", "Tarnów", "Piła"]

MI = "Ministerstwo Infrastruktury"
MF = "Ministerstwo Finansów"
GUS = "Główny Urząd Statystyczny"
KRBRD = "Krajowa Rada Bezpieczeństwa Ruchu Drogowego"
CUPT = "Centrum Unijnych Projektów Transportowych"
MFIPR = "Ministerstwo Funduszy i Polityki Regionalnej"

RECOMMENDATIONS = [
    Action("Uproszczenie zasad tworzenia stref płatnego parkowania i ustalania opłat", "other",
           type="legal", responsible=MI, timeline="2026 r.",
           description=(
               "Ustawa o drogach publicznych uzależnia utworzenie strefy płatnego parkowania od "
               "wykazania „niedoboru miejsc postojowych”, a maksymalna stawka za pierwszą godzinę "
               "jest ustalana centralnie. Sieć proponuje, aby rada gminy mogła tworzyć strefy "
               "także w celu ograniczenia ruchu samochodowego i poprawy jakości przestrzeni, "
               "a stawki były waloryzowane corocznie o wskaźnik inflacji.")),
    Action("Stały fundusz na rozwój publicznego transportu zbiorowego w miastach średnich",
           "public_transport", type="financial", responsible=f"{MI}; {MF}",
           timeline="od 2027 r.",
           description=(
               "Obecne źródła wsparcia transportu publicznego mają charakter konkursowy i dotyczą "
               "głównie zakupu taboru. Miasta średnie potrzebują przewidywalnego finansowania "
               "kosztów operacyjnych nowych linii i zwiększania częstotliwości kursów, na wzór "
               "Funduszu rozwoju przewozów autobusowych, ale z otwarciem na komunikację miejską.")),
    Action("Dopuszczenie kontraruchu rowerowego na ulicach jednokierunkowych", "cycling",
           type="legal", responsible=MI, timeline="2026 r.",
           description=(
               "Zmiana rozporządzenia w sprawie szczegółowych warunków technicznych dla znaków "
               "i sygnałów drogowych, tak aby na ulicach jednokierunkowych o dopuszczalnej prędkości "
               "do 30 km/h ruch rowerów pod prąd był dozwolony bez wyznaczania kontrapasa, "
               "o ile szerokość jezdni wynosi co najmniej 4 m.")),
    Action("Krajowy standard badań ruchu i otwarta baza danych o mobilności", "other",
           type="knowledge", responsible=f"{GUS}; {MI}", timeline="2027 r.",
           description=(
               "Miasta sieci prowadzą badania ruchu w różnych metodologiach, co uniemożliwia "
               "porównania i ocenę efektów inwestycji. Sieć rekomenduje opracowanie krajowego "
               "standardu badań zachowań komunikacyjnych oraz publikowanie wyników w otwartej "
               "bazie danych prowadzonej przez statystykę publiczną.")),
    Action("Obniżenie dopuszczalnej prędkości na drogach lokalnych w obszarze zabudowanym do 30 km/h",
           "walking_traffic_calming", type="legal", responsible=f"{MI}; {KRBRD}", timeline=None,
           description=(
               "Wprowadzenie do Prawa o ruchu drogowym zasady, zgodnie z którą na drogach gminnych "
               "klasy lokalnej i dojazdowej w obszarze zabudowanym obowiązuje limit 30 km/h, chyba "
               "że zarządca drogi postanowi inaczej. Rozwiązanie ograniczy koszty oznakowania "
               "i ujednolici zasady w całym kraju.")),
    Action("Centrum kompetencji ds. planów zrównoważonej mobilności miejskiej", "other",
           type="organisational", responsible=f"{CUPT}; {MFIPR}", timeline="2026 r.",
           cost="ok. 6 mln zł w latach 2026–2028",
           description=(
               "Zespół ekspertów przy Centrum Unijnych Projektów Transportowych, wspierający miasta "
               "średnie i małe w przygotowaniu i aktualizacji planów zrównoważonej mobilności "
               "miejskiej (SUMP), prowadzący szkolenia oraz bazę dobrych praktyk.")),
]

INTRO = [
    "Sieć tematyczna „Mobilność miejska” Partnerskiej Inicjatywy Miast skupia sześć miast średniej "
    "wielkości: {cities}. Łączy je podobny problem – rosnąca liczba samochodów, malejąca liczba "
    "pasażerów komunikacji miejskiej i centra miast zdominowane przez ruch i parkowanie.",
    "W latach 2024–2025 miasta przygotowały Miejskie Inicjatywy Działania, a równolegle analizowały "
    "przeszkody, których nie są w stanie usunąć samodzielnie. Niniejszy Plan Ulepszeń przedstawia te "
    "przeszkody i formułuje sześć rekomendacji skierowanych do administracji rządowej.",
    "Plan powstał na podstawie analizy Miejskich Inicjatyw Działania, ankiety przeprowadzonej wśród "
    "pracowników urzędów i spółek komunalnych odpowiedzialnych za transport oraz rozmów z ekspertami "
    "Centrum Unijnych Projektów Transportowych. Projekt Planu był dyskutowany na posiedzeniach "
    "Lokalnych Partnerstw we wszystkich sześciu miastach, a zgłoszone uwagi zostały uwzględnione "
    "w wersji końcowej.",
]
DIAGNOSIS = {
    "Przepisy": [
        "Najwięcej barier ma charakter prawny. Przepisy dotyczące stref płatnego parkowania, "
        "organizacji ruchu rowerowego i ograniczeń prędkości zostały napisane z myślą o płynności "
        "ruchu samochodowego. Każde odstępstwo wymaga od miast długich procedur i dodatkowego "
        "oznakowania, a część rozwiązań stosowanych powszechnie w Europie jest w Polsce niedozwolona.",
        "Przykładem jest Chorzów, który na wprowadzenie kontraruchu rowerowego na czterech ulicach "
        "śródmieścia potrzebował ponad roku uzgodnień, czy Ostrów Wielkopolski, gdzie rozszerzenie "
        "strefy płatnego parkowania zostało zakwestionowane przez wojewodę z powodu niewykazania "
        "„niedoboru miejsc postojowych”, mimo że celem zmiany było uspokojenie ruchu w centrum.",
    ],
    "Finansowanie": [
        "Miasta średnie mogą stosunkowo łatwo pozyskać środki na zakup autobusów czy budowę dróg "
        "rowerowych, ale nie na pokrycie kosztów funkcjonowania komunikacji miejskiej. W efekcie "
        "nowe autobusy jeżdżą po starych, rzadkich rozkładach, a dopłaty z budżetów gmin do "
        "przewozów rosną szybciej niż dochody.",
        "W latach 2019–2024 dopłaty miast sieci do komunikacji miejskiej wzrosły średnio o 68%, "
        "podczas gdy ich dochody własne – o 41%. Trzy z sześciu miast ograniczyły w tym czasie "
        "liczbę kursów w weekendy, co dodatkowo zniechęciło pasażerów. Jednocześnie mieszkańcy "
        "miast średnich, w przeciwieństwie do metropolii, nie mają alternatywy w postaci kolei "
        "aglomeracyjnej czy rozbudowanej sieci tramwajowej.",
    ],
    "Wiedza i kompetencje": [
        "Urzędy miast średnich zatrudniają zwykle jednego lub dwóch specjalistów ds. transportu. "
        "Brakuje im danych o zachowaniach komunikacyjnych mieszkańców i wsparcia przy przygotowaniu "
        "planów mobilności, które są warunkiem uzyskania środków unijnych.",
        "Badania ruchu prowadzone są nieregularnie, przez różnych wykonawców i w różnych "
        "metodologiach. W efekcie miasta nie potrafią rzetelnie ocenić, czy zrealizowane inwestycje "
        "– nowe drogi rowerowe czy centra przesiadkowe – zmieniły sposób podróżowania mieszkańców. "
        "Brakuje także miejsca, w którym miasta mogłyby wymieniać się doświadczeniami i wzorami "
        "dokumentów.",
    ],
}
RECS_INTRO = (
    "Rekomendacje zostały wypracowane podczas trzech warsztatów sieci (Gniezno, październik 2024 r.; "
    "Zamość, styczeń 2025 r.; Chorzów, kwiecień 2025 r.). Dla każdej podano adresata, typ i termin.")


def build(out_dir) -> Gold:
    gold = Gold(FILE, "improvement_plan", None, "mobility", "final",
                features=["heading_styles", "key_value_lines", "bullet_lists", "placeholders",
                          "core_properties"],
                notes=("ODT; text:h headings (level 1 sections unnumbered, level 2 'Rekomendacja N: …'). "
                       "Each recommendation has 'Adresat:', 'Typ:' and (except no. 5) 'Termin:' lines; "
                       "no. 6 also has 'Szacowany koszt:'. For recommendations 'responsible' = addressee "
                       "stated; no indicators. The implementation section ('Wdrożenie') is a single bare "
                       "sentence, hence incomplete."))
    d = OdtDoc(title="Plan Ulepszeń – sieć Mobilność miejska",
               author="Sekretariat sieci „Mobilność miejska” PIM",
               created=utc(2025, 4, 14, 9, 0), modified=utc(2025, 5, 6, 15, 0))
    d.page_setup()
    bullets = d.list_style("L_bullets", [("bullet", "•")])

    d.p("Plan Ulepszeń", "Title")
    d.p("Sieć tematyczna „Mobilność miejska”", "Subtitle")
    d.p("Partnerska Inicjatywa Miast • maj 2025 r.", "P_center")
    d.p("Miasta sieci: " + ", ".join(CITIES), "P_center")

    gold.section("introduction")
    d.h(1, "Wprowadzenie")
    for t in INTRO:
        d.p(t.format(cities=", ".join(CITIES)))

    gold.section("diagnosis")
    d.h(1, "Diagnoza barier")
    for head, texts in DIAGNOSIS.items():
        d.h(2, head)
        for t in texts:
            d.p(t)

    gold.section("recommendations")
    d.h(1, "Rekomendacje")
    d.p(RECS_INTRO)
    for n, a in enumerate(RECOMMENDATIONS, start=1):
        gold.action(a)
        d.h(2, f"Rekomendacja {n}: {a.title}")
        d.kv("Adresat", a.responsible.replace("; ", ", "))
        d.kv("Typ", a.type_pl)
        if a.timeline:
            d.kv("Termin", a.timeline)
        if a.cost:
            d.kv("Szacowany koszt", a.cost)
        d.p(a.description)

    gold.section("addressees")
    d.h(1, "Adresaci")
    d.p("Rekomendacje kierujemy do następujących instytucji:")
    institutions = (MI, MF, GUS, KRBRD, CUPT, MFIPR)
    items = []
    for inst in institutions:
        nums = [str(i) for i, a in enumerate(RECOMMENDATIONS, 1) if inst in a.responsible]
        word = "rekomendacja" if len(nums) == 1 else "rekomendacje"
        items.append(f"{inst} – {word} nr {', '.join(nums)}")
    d.lst(items, bullets)
    d.p("Głównym adresatem Planu jest Ministerstwo Infrastruktury, ponieważ to w jego kompetencji "
        "leżą przepisy o ruchu drogowym, drogach publicznych i publicznym transporcie zbiorowym. "
        "Rekomendacje dotyczące danych i wsparcia eksperckiego kierujemy do instytucji, które już "
        "dziś prowadzą podobne działania dla dużych miast – chodzi o rozszerzenie ich oferty na "
        "miasta średnie, a nie o tworzenie nowych struktur.")
    d.p("Plan zostanie również przekazany Związkowi Miast Polskich z prośbą o wsparcie "
        "rekomendacji w pracach Komisji Wspólnej Rządu i Samorządu Terytorialnego.")

    gold.section("implementation", "incomplete")
    d.h(1, "Wdrożenie")
    d.p("Sieć przekaże rekomendacje adresatom po zatwierdzeniu Planu przez koordynatorów miejskich.")

    d.save(out_dir / FILE)
    return gold

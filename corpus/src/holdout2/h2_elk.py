"""MID Ełk – mobility network – ODT with real text:h headings.

Traps: chapter "4. Zestawienie kosztów" contains only an empty table
(budget=incomplete); the first action is "Kampania edukacyjna … i monitoring
ruchu pieszego" while there is no indicators/monitoring chapter at all
(indicators=missing); informal chapter titles ("Ełk dziś – punkt wyjścia",
"Kalendarz prac"); no summary.
"""
from __future__ import annotations

from common import utc
from h2_common import OUT_DIR, Action, H2Gold
from odt_kit import OdtDoc

FILE = "mid_elk_mobilnosc.odt"
CITY = "Ełk"

ACTIONS = [
    Action("Kampania edukacyjna „Na piechotę i rowerem” i monitoring ruchu pieszego",
           "eco_awareness", secondary_themes=("walking_traffic_calming",),
           description="Kampania skierowana do uczniów szkół podstawowych i ich rodziców: wyzwanie "
                       "klasowe „tydzień bez podwożenia”, mapy bezpiecznych dojść do szkół i spotkania "
                       "z policjantami ruchu drogowego. Przy pięciu szkołach staną automatyczne "
                       "liczniki pieszych i rowerzystów, których dane będą publikowane na stronie "
                       "miasta.",
           responsible="Wydział Oświaty Urzędu Miasta Ełku", timeline="2025–2026",
           cost="180 tys. zł", indicator=None),
    Action("Domknięcie pętli rowerowej wokół Jeziora Ełckiego", "cycling",
           secondary_themes=("public_space",),
           description="Trasa wokół jeziora jest dziś przerwana w dwóch miejscach: w rejonie "
                       "ul. Parkowej i przy wschodnim brzegu, gdzie rowerzyści muszą korzystać "
                       "z ruchliwej drogi. Budowa brakujących odcinków zamknie pętlę i połączy osiedla "
                       "z promenadą, plażą miejską i centrum.",
           responsible="Wydział Inwestycji Urzędu Miasta Ełku", timeline="2026–2027",
           cost="6,4 mln zł", indicator="2,9 km nowych odcinków trasy"),
    Action("Nowa siatka linii autobusowych z węzłem przy dworcu PKP", "public_transport",
           description="Linie komunikacji miejskiej zostaną przeprojektowane tak, aby wszystkie "
                       "zatrzymywały się przy dworcu kolejowym, a rozkłady jazdy były skoordynowane "
                       "z przyjazdami i odjazdami pociągów do Białegostoku i Olsztyna. Na głównych "
                       "osiach autobusy będą kursowały co 15 minut.",
           responsible="Miejski Zakład Komunikacji w Ełku", timeline="od 1 września 2025 r.",
           cost=None, indicator="skrócenie średniego czasu dojazdu do dworca o 6 minut"),
    Action("Uspokojenie ruchu na osiedlu Konieczki", "walking_traffic_calming",
           description="Na ulicach osiedlowych zostanie wprowadzona strefa Tempo 30, wyniesione "
                       "przejścia i skrzyżowania oraz szykany przy placu zabaw. Zakres prac "
                       "ustalono podczas spaceru z mieszkańcami.",
           responsible=None, timeline="2026", cost="0,9 mln zł",
           indicator="8 wyniesionych przejść i skrzyżowań"),
    Action("Parkingi rowerowe przy szkołach i dworcu", "cycling",
           description="Zadaszone stojaki przy wszystkich szkołach podstawowych i średnich oraz "
                       "strzeżony parking rowerowy przy dworcu PKP, dostępny z biletem miesięcznym.",
           responsible="Wydział Gospodarki Komunalnej Urzędu Miasta Ełku", timeline="2025",
           cost="0,35 mln zł", indicator="420 miejsc postojowych dla rowerów"),
]


def build(out_dir=OUT_DIR) -> H2Gold:
    gold = H2Gold(FILE, document_type="mid", city=CITY, network="mobility", status="final",
                  notes="ODT with text:h headings (typed numbers 1.–7., 3.1.–3.5.). Chapter "
                        "'4. Zestawienie kosztów' holds only an empty table (budget=incomplete). "
                        "Action heading '3.1. Kampania edukacyjna … i monitoring ruchu pieszego' "
                        "while there is no indicators/monitoring chapter (indicators=missing). "
                        "Informal titles ('Ełk dziś – punkt wyjścia', 'Kalendarz prac'). No summary.")
    d = OdtDoc(title="Miejska Inicjatywa Działania – Ełk", author="Urząd Miasta Ełku",
               created=utc(2025, 1, 27, 9, 0), modified=utc(2025, 3, 3, 14, 20),
               subject="Partnerska Inicjatywa Miast – Mobilność miejska")
    d.page_setup(header="Miejska Inicjatywa Działania – Ełk", footer_pages=True)

    d.p("Urząd Miasta Ełku", "P_center")
    d.p("Ełk bez pośpiechu", "Title")
    d.p("Miejska Inicjatywa Działania – bezpiecznie pieszo, rowerem i autobusem", "Subtitle")
    d.p("Partnerska Inicjatywa Miast · sieć tematyczna „Mobilność miejska” · Ełk, marzec 2025 r.",
        "P_center")

    # 1 – context
    gold.section("context")
    d.h(1, "1. Ełk dziś – punkt wyjścia")
    d.p("Ełk liczy około 60 tys. mieszkańców i jest największym miastem Mazur wschodnich oraz ważnym "
        "węzłem kolejowym na trasie z Białegostoku do Olsztyna i Korsz. Miasto rozciąga się wokół "
        "Jeziora Ełckiego, które jest jego wizytówką, ale także barierą: osiedla po obu stronach "
        "jeziora łączą tylko dwie ulice, na których w godzinach szczytu tworzą się zatory.")
    d.p("Według badania ankietowego z 2024 r. 54% podróży mieszkańców odbywa się samochodem, 27% "
        "pieszo, 12% komunikacją miejską i 7% rowerem. Udział roweru rośnie w sezonie letnim, gdy "
        "z promenady i ścieżek wokół jeziora korzystają także turyści. Aż 46% uczniów szkół "
        "podstawowych jest dowożonych do szkoły samochodem, mimo że połowa z nich mieszka bliżej "
        "niż 1,5 km od szkoły.")
    d.p("Komunikacja miejska obsługiwana jest przez 11 linii autobusowych. Linie nie są powiązane "
        "z rozkładem pociągów, a część osiedli – w tym Konieczki i Baranki – ma połączenie z dworcem "
        "wyłącznie z przesiadką. W latach 2021–2023 na ulicach Ełku doszło do 58 wypadków "
        "z udziałem pieszych, najwięcej na ulicach osiedlowych bez przejść i chodników.")

    # 2 – objectives
    gold.section("objectives")
    d.h(1, "2. Czego chcemy osiągnąć")
    d.p("Chcemy, aby w 2030 r. większość codziennych podróży mieszkańców Ełku – do szkoły, pracy "
        "i na zakupy – odbywała się pieszo, rowerem lub autobusem. Szczegółowo oznacza to:")
    d.list_style("L_cele", [("bullet", "–")])
    d.lst([
        "zmniejszenie odsetka dzieci dowożonych do szkoły samochodem z 46% do 30%;",
        "spójną sieć tras rowerowych łączącą osiedla z centrum, dworcem i jeziorem;",
        "komunikację miejską skoordynowaną z koleją;",
        "bezpieczne ulice osiedlowe, na których pieszy ma pierwszeństwo.",
    ], "L_cele")

    # 3 – actions
    gold.section("actions")
    d.h(1, "3. Przedsięwzięcia")
    d.p("Przedsięwzięcia zostały wybrane przez Lokalne Partnerstwo spośród 16 propozycji. Ich "
        "kolejność odpowiada priorytetom ustalonym w głosowaniu.")
    for i, a in enumerate(ACTIONS, start=1):
        gold.action(a)
        d.h(2, f"3.{i}. {a.title}")
        d.p(a.description)
        for label, value in (("Odpowiada", a.responsible), ("Kiedy", a.timeline),
                             ("Koszt", a.cost), ("Rezultat", a.indicator)):
            if value is not None:
                d.kv(label, value)

    # 4 – budget: empty table only
    gold.section("budget", "incomplete")
    d.h(1, "4. Zestawienie kosztów")
    d.table([["Przedsięwzięcie", "Koszt (zł)", "Źródło finansowania", "Uwagi"]]
            + [["", "", "", ""] for _ in range(5)], [6.0, 2.6, 4.2, 3.6])

    # 5 – schedule
    gold.section("schedule")
    d.h(1, "5. Kalendarz prac")
    d.p("Prace rozłożono na trzy lata tak, aby najpierw wdrożyć zmiany organizacyjne i tanie "
        "usprawnienia, a inwestycje budowlane prowadzić po uzyskaniu dofinansowania:")
    d.list_style("L_kal", [("bullet", "•")])
    d.lst([
        "**2025** – kampania „Na piechotę i rowerem” (od września), nowa siatka linii autobusowych "
        "(1 września), parkingi rowerowe przy szkołach i dworcu (do wakacji), projekt pętli "
        "rowerowej;",
        "**2026** – uspokojenie ruchu na osiedlu Konieczki (II–III kwartał), druga edycja kampanii, "
        "rozpoczęcie budowy brakujących odcinków pętli wokół jeziora;",
        "**2027** – zakończenie budowy pętli rowerowej i jej oddanie do użytku przed sezonem "
        "letnim.",
    ], "L_kal")

    # 6 – stakeholders
    gold.section("stakeholders")
    d.h(1, "6. Partnerzy i konsultacje")
    d.p("W Lokalnym Partnerstwie uczestniczą przedstawiciele Urzędu Miasta, Miejskiego Zakładu "
        "Komunikacji, Komendy Powiatowej Policji, dyrektorzy czterech szkół, Rada Seniorów, "
        "Młodzieżowa Rada Miasta, stowarzyszenie rowerowe oraz rady osiedli Konieczki i Baranki. "
        "Partnerstwo spotykało się co miesiąc od października 2024 r.")
    d.p("Nową siatkę linii autobusowych skonsultowano z mieszkańcami podczas trzech spotkań "
        "w dzielnicach oraz w ankiecie internetowej, w której wzięło udział 870 osób. Zmiany "
        "na osiedlu Konieczki zaprojektowano po spacerze badawczym z mieszkańcami, a kampanię "
        "szkolną przygotowują wspólnie nauczyciele i rady rodziców.")

    # 7 – risks
    gold.section("risks")
    d.h(1, "7. Ryzyka i sposoby ich ograniczania")
    d.p("Największym ryzykiem jest nieuzyskanie dofinansowania na budowę pętli rowerowej; w takim "
        "przypadku miasto zrealizuje inwestycję etapami z budżetu własnego, zaczynając od odcinka "
        "przy ul. Parkowej. Zmiana siatki linii może spotkać się z niezadowoleniem pasażerów "
        "przyzwyczajonych do dotychczasowych tras – dlatego przez pierwsze trzy miesiące na "
        "przystankach będą dyżurować pracownicy MZK, a uwagi będą zbierane i analizowane co tydzień. "
        "Opór części kierowców wobec strefy Tempo 30 na Konieczkach ograniczymy, wprowadzając ją "
        "po uzgodnieniu z radą osiedla i z okresem próbnym.")

    d.save(out_dir / FILE)
    from common import normalize_zip
    normalize_zip(out_dir / FILE)
    return gold

"""Plan Ulepszeń – sieć tematyczna „Rewitalizacja” (PIM). ODT kept as ODT.

Layout: headings with manual Roman/Arabic numbers typed in the text (no outline numbering,
no ToC field – a typed 'Zawartość dokumentu' list instead), cover page, green header strip,
'Strona N z M' footer, footnotes, recommendation cards as 2-column label/value tables with a
merged title bar, supplementary recommendations as paragraphs with bold lead-ins, tracked
changes (a whole recommendation deleted, a new one inserted, a deadline changed inside a
card), comments on values, unfilled placeholders (one field; one whole template card).
"""
import re
import zipfile

from lxml import etree

from odtlib import Doc, esc

FILE_BASE = "Plan_Ulepszen_siec_Rewitalizacja_PIM_wersja_koncowa"

CITIES = [
    # name, population 2023 (approx., rounded), GPR adopted, area of revitalisation (% of city), residents in area (%)
    ("Wałbrzych", "106 900", "2016 (aktualizacja 2023)", "6,8", "18,9"),
    ("Świętochłowice", "47 600", "2017", "11,2", "19,6"),
    ("Grudziądz", "91 800", "2017 (aktualizacja 2022)", "4,9", "17,3"),
    ("Inowrocław", "69 100", "2016", "7,4", "16,8"),
    ("Piotrków Trybunalski", "70 300", "2018", "5,6", "14,2"),
    ("Krosno", "45 100", "2017", "8,1", "12,7"),
    ("Nowa Sól", "37 900", "2019", "9,7", "19,8"),
    ("Łomża", "60 900", "2018", "6,2", "13,5"),
]

TYPE_LABEL = {"legal": "prawna", "financial": "finansowa", "organisational": "organizacyjna",
              "knowledge": "wiedza i kompetencje"}

NULLS = {"—", "b.d.", "nie dotyczy"}

AUTH_A = ("Anna Lis", "2024-11-20T10:15:00")
AUTH_B = ("Marek Kowal – koordynator sieci", "2024-11-27T14:02:00")

RECS = [
    dict(nr=1, area="A", title="Wydłużenie maksymalnego okresu obowiązywania Specjalnej Strefy Rewitalizacji z 10 do 15 lat",
         type="legal", theme="other", sec=[],
         barrier="Dziesięcioletni okres obowiązywania SSR jest krótszy niż cykl przygotowania i realizacji "
                 "złożonych przedsięwzięć (scalenia, wywłaszczenia, remonty kamienic z lokatorami).",
         desc=["Zmiana art. 25 ustawy o rewitalizacji polegająca na dopuszczeniu ustanowienia strefy na okres do "
               "15 lat, z obowiązkową oceną śródokresową po 7 latach. Miasta sieci, które ustanowiły SSR "
               "(Wałbrzych, Nowa Sól), wskazują, że najważniejsze instrumenty strefy – prawo pierwokupu "
               "i szczególne zasady wywłaszczeń – zaczynają być wykorzystywane dopiero w piątym–szóstym roku."],
         addr="Ministerstwo Funduszy i Polityki Regionalnej (MFiPR)",
         deadline="do końca 2026 r.", cost="nie dotyczy", fund="nie dotyczy",
         ind="nowelizacja ustawy o rewitalizacji uchwalona; liczba miast sieci z ustanowioną SSR",
         cities="Wałbrzych, Nowa Sól, Świętochłowice"),
    dict(nr=2, area="A",
         title="Bezprzetargowy najem lokali użytkowych dla podmiotów ekonomii społecznej i rzemiosła na obszarach rewitalizacji",
         type="legal", theme="economic_activation", sec=["social_activation"],
         barrier="Obowiązek przetargu na najem lokali gminnych zniechęca małe firmy i podmioty ekonomii "
                 "społecznej; w przetargach wygrywają najemcy oferujący najwyższą stawkę, a nie funkcję "
                 "potrzebną na obszarze.",
         desc=["Wprowadzenie w ustawie o gospodarce nieruchomościami wyraźnej podstawy do zawierania umów najmu "
               "lokali użytkowych na obszarze rewitalizacji bez przetargu, na okres do 10 lat, z preferencyjną "
               "stawką czynszu, jeżeli najemca prowadzi działalność wskazaną w gminnym programie rewitalizacji.",
               "Rekomendacja łączy postulaty Grudziądza (rzemiosło w kamienicach Starego Miasta) i Łomży "
               "(spółdzielnie socjalne w parterach ul. Dwornej)."],
         addr="Ministerstwo Rozwoju i Technologii (MRiT)",
         deadline="I półrocze 2026 r.", cost="—", fund="—",
         ind="liczba lokali wynajętych w trybie bezprzetargowym w miastach sieci (cel: 120 lokali do 2028 r.)",
         ind_comment=("Joanna Ptak", "2024-11-18T16:40:00",
                      "Skąd 120? Dane mamy tylko z Wałbrzycha i Grudziądza – reszta to szacunek. Do potwierdzenia z miastami."),
         cities="Grudziądz, Łomża, Krosno, Wałbrzych"),
    dict(nr=3, area="A",
         title="Uproszczona zmiana organizacji ruchu w strefach uspokojonego ruchu na obszarach rewitalizacji",
         type="legal", theme="walking_traffic_calming", sec=["public_space"],
         barrier="Zatwierdzanie projektów stałej organizacji ruchu dla stref „tempo 30” i podwórców "
                 "zajmuje średnio 90 dni, co blokuje szybkie, tymczasowe zmiany przestrzeni ulic.",
         desc=["Dopuszczenie w przepisach wykonawczych uproszczonego trybu zatwierdzania organizacji ruchu "
               "na obszarach rewitalizacji (jeden projekt dla całej strefy, możliwość pilotażu na 12 miesięcy), "
               "wraz z katalogiem typowych rozwiązań uspokojenia ruchu."],
         addr="Ministerstwo Infrastruktury",
         deadline="2026 r.", cost="b.d.", fund="—",
         ind="skrócenie średniego czasu zatwierdzania projektu organizacji ruchu z 90 do 30 dni",
         cities="Piotrków Trybunalski, Inowrocław"),
    dict(nr=4, area="B",
         title="Ryczałtowe rozliczanie kosztów animacji społecznej w projektach rewitalizacyjnych EFS+",
         type="financial", theme="social_activation", sec=[],
         barrier="Rozliczanie animacji i pracy środowiskowej na podstawie rzeczywiście poniesionych wydatków "
                 "generuje nieproporcjonalne obciążenia administracyjne dla małych organizacji.",
         desc=["Wprowadzenie w programach regionalnych stawek ryczałtowych (kwota na uczestnika lub na "
               "godzinę animacji) dla działań społecznych towarzyszących inwestycjom rewitalizacyjnym, "
               "zgodnie z możliwościami, jakie dają uproszczone metody rozliczania w okresie 2021–2027."],
         addr="Instytucje Zarządzające programami regionalnymi FE 2021–2027 (zarządy województw)",
         deadline="do 30 czerwca 2026 r.", deadline_old="do końca 2025 r.",
         cost="—", fund="EFS+ w programach regionalnych FE 2021–2027",
         ind="liczba programów regionalnych stosujących stawkę ryczałtową dla animacji (cel: 8)",
         cities="wszystkie miasta sieci"),
    dict(nr=5, area="B",
         title="Łączenie dotacji na wymianę źródeł ciepła z remontami kamienic gminnych w jednym projekcie",
         type="financial", theme="low_emission", sec=[],
         barrier="Wymiana ogrzewania i remont budynku są finansowane z różnych programów o odmiennych "
                 "terminach naborów, co wymusza dzielenie inwestycji na etapy i podnosi koszty.",
         desc=["Uruchomienie naboru, w którym jeden wniosek obejmuje kompleksową modernizację kamienicy gminnej: "
               "zmianę źródła ciepła, termomodernizację, remont części wspólnych i dostosowanie lokali do potrzeb "
               "osób starszych. Pilotaż w miastach sieci pozwoliłby sprawdzić model przed jego upowszechnieniem."],
         addr="NFOŚiGW oraz wojewódzkie fundusze ochrony środowiska i gospodarki wodnej",
         deadline="nabór pilotażowy w 2026 r.",
         cost="ok. 300 mln zł w skali kraju (pilotaż: 40 mln zł)",
         cost_comment=("Marek Kowal", "2024-11-25T11:05:00", "Kwota pilotażu policzona na 8 miast × 5 mln zł; do weryfikacji z NFOŚiGW."),
         fund="FEnIKS 2021–2027, program „Ciepłe Mieszkanie”, środki WFOŚiGW",
         ind="liczba kamienic gminnych zmodernizowanych kompleksowo w miastach sieci",
         cities="Świętochłowice, Wałbrzych, Nowa Sól, Inowrocław"),
    dict(nr=6, area="C",
         title="Standard partycypacyjnego projektowania podwórek i skwerów na obszarach rewitalizacji",
         type="knowledge", theme="public_space", sec=["social_activation"],
         barrier="Gminy nie mają sprawdzonych wzorców angażowania mieszkańców w projektowanie przestrzeni "
                 "wspólnych; konsultacje ograniczają się do formalnego wyłożenia koncepcji.",
         desc=["Opracowanie i upowszechnienie standardu obejmującego etapy: diagnoza z mieszkańcami, "
               "warsztaty projektowe, testowanie rozwiązań tymczasowych, odbiór i współgospodarowanie. Do "
               "standardu dołączone zostaną wzory dokumentów (zaproszenia, ankiety, protokoły) oraz opis "
               "dobrych praktyk z miast sieci."],
         addr="Instytut Rozwoju Miast i Regionów (IRMiR) we współpracy z MFiPR",
         deadline="II kw. 2026 r.", cost="250 tys. zł (opracowanie standardu i szkolenia)",
         fund="program Pomoc Techniczna dla Funduszy Europejskich 2021–2027",
         ind="opublikowany standard, 16 szkoleń dla pracowników gmin",
         cities="Krosno, Łomża, Piotrków Trybunalski"),
    dict(nr=7, area="C",
         title="Wspólny zestaw wskaźników monitorowania gminnych programów rewitalizacji",
         type="knowledge", theme="other", sec=[],
         barrier="Każda gmina monitoruje GPR według własnych wskaźników, często bez danych na poziomie "
                 "obszaru; porównanie efektów między miastami jest niemożliwe.",
         desc=["Przygotowanie krótkiej listy (15–20) wskaźników obowiązkowych, dostępnych na poziomie "
               "obszaru rewitalizacji z rejestrów publicznych (PESEL, rejestry pomocy społecznej, REGON, "
               "ewidencja budynków), wraz z instrukcją ich pozyskania i narzędziem do raportowania."],
         addr="MFiPR we współpracy z Głównym Urzędem Statystycznym",
         deadline="do końca 2026 r.", cost=None,  # unfilled placeholder in the card
         fund="program Pomoc Techniczna dla Funduszy Europejskich 2021–2027",
         ind="liczba miast sieci raportujących według wspólnego zestawu wskaźników (cel: 8)",
         cities="Grudziądz, Piotrków Trybunalski, Świętochłowice"),
    dict(nr=8, area="C",
         title="Regionalne centra kompetencji rewitalizacyjnych przy urzędach marszałkowskich",
         type="organisational", theme="other", sec=[],
         barrier="Zespoły ds. rewitalizacji w miastach średnich liczą 1–3 osoby i nie mają dostępu do "
                 "specjalistycznego doradztwa prawnego, finansowego i urbanistycznego.",
         desc=["Utworzenie w każdym województwie małego zespołu doradczego (3–4 etaty), który świadczy "
               "gminom bezpłatne konsultacje, prowadzi szkolenia i pomaga w przygotowaniu projektów "
               "złożonych. Centra mogą działać w strukturze regionalnych obserwatoriów terytorialnych."],
         addr="Zarządy województw (urzędy marszałkowskie)",
         deadline="2026–2027", cost="ok. 600 tys. zł rocznie na jedno centrum",
         fund="pomoc techniczna programów regionalnych FE 2021–2027",
         ind="liczba województw z działającym centrum kompetencji rewitalizacyjnych",
         cities="Nowa Sól, Krosno, Inowrocław, Łomża"),
    # supplementary – paragraph form, addressee/type/deadline in the summary table only
    dict(nr=9, area="D", supp=True,
         title="Ulga w podatku od nieruchomości za przywrócenie funkcji usługowej parterów kamienic",
         type="legal", theme="economic_activation", sec=[],
         desc=["Rada gminy mogłaby zwolnić z podatku od nieruchomości – na okres do 5 lat – właścicieli, "
               "którzy przywrócą funkcję usługową pustostanom w parterach budynków na obszarze rewitalizacji. "
               "Obecne przepisy pozwalają na zwolnienia, ale ich stosowanie wymaga notyfikacji pomocy "
               "publicznej i budzi wątpliwości regionalnych izb obrachunkowych."],
         addr="Ministerstwo Finansów", deadline="2027 r.", cost="—", fund="—", ind="—"),
    dict(nr=10, area="D", supp=True, inserted=True,
         title="Staże międzymiejskie dla pracowników zespołów ds. rewitalizacji",
         type="organisational", theme="other", sec=[],
         desc=["Program krótkich (2–4 tygodnie) staży, w ramach których pracownicy urzędów poznają od "
               "środka rozwiązania stosowane w innym mieście sieci, np. gospodarowanie lokalami użytkowymi "
               "w Wałbrzychu albo model współpracy z organizacjami w Łomży."],
         addr="Związek Miast Polskich we współpracy z MFiPR", deadline="od 2026 r.",
         cost="120 tys. zł rocznie", fund="—",
         ind="40 pracowników gmin uczestniczących w stażach do 2028 r."),
]

EFFECTS = {1: 'Miasta zyskają czas na wykorzystanie instrumentów strefy w przedsięwzięciach złożonych; spodziewamy się, że co najmniej trzy kolejne miasta sieci rozważą ustanowienie SSR.', 2: 'Szybsze zagospodarowanie pustostanów w parterach, powrót usług sąsiedzkich i rzemiosła na ulice obszarów rewitalizacji, stabilne warunki dla podmiotów ekonomii społecznej.', 3: 'Możliwość testowania rozwiązań tymczasowych (parklety, ulice szkolne, podwórce) i szybkiego reagowania na opinie mieszkańców bez wielomiesięcznych procedur.', 4: 'Mniej dokumentów przy rozliczeniu, większy udział organizacji lokalnych w projektach, ciągłość pracy animatorów na obszarze.', 5: 'Krótszy czas remontu, mniejsze uciążliwości dla lokatorów i niższy koszt całkowity dzięki jednej dokumentacji i jednemu wykonawcy.', 6: 'Podwórka i skwery projektowane razem z mieszkańcami, lepiej użytkowane i rzadziej dewastowane; wspólny język pracy dla urzędników i projektantów.', 7: 'Porównywalne dane o efektach rewitalizacji, możliwość uczenia się między miastami i lepsze uzasadnienie kolejnych decyzji finansowych.', 8: 'Dostęp zespołów gminnych do specjalistycznej wiedzy „przy konkretnej sprawie”, mniejsza zależność od zewnętrznych firm doradczych.'}

DELETED_REC = ("Gminny fundusz poręczeniowy dla wspólnot mieszkaniowych w kamienicach",
               "Fundusz, zasilany wspólnie przez gminę i BGK, poręczałby kredyty remontowe wspólnot "
               "mieszkaniowych, w których gmina ma udziały mniejszościowe. Adresat: Bank Gospodarstwa "
               "Krajowego. Termin: 2026 r. Szacunkowy koszt: 15 mln zł (kapitał początkowy).")


def _v(x):
    return None if (x is None or x in NULLS) else x


def card(d, r):
    ph = lambda t: d.placeholder(t, "Pole formularza karty rekomendacji")  # noqa: E731
    I = d.inline  # noqa: E741
    rows = [["Rekomendacja nr %d" % r["nr"], None]]
    rows.append(["Tytuł rekomendacji", "<text:span text:style-name=\"T_b\">%s</text:span>" % esc(r["title"])])
    rows.append(["Bariera, na którą odpowiada", I(r["barrier"])])
    rows.append(["Opis rozwiązania", [I(p) for p in r["desc"]]])
    rows.append(["Oczekiwany efekt", I(EFFECTS[r["nr"]])])
    rows.append(["Rodzaj rekomendacji", esc(TYPE_LABEL[r["type"]])])
    rows.append(["Adresat", esc(r["addr"])])
    if r.get("deadline_old"):
        # value changed inside the field: 'do końca 2025 r.' -> 'do 30 czerwca 2026 r.'
        delx = d.dele(AUTH_A[0], AUTH_A[1], '<text:p text:style-name="Table_20_Contents">końca 2025 r.</text:p>')
        insx = d.ins(AUTH_A[0], AUTH_A[1], "30 czerwca 2026 r.")
        dl = "do " + delx + insx + d.comment("Anna Lis", "2024-11-20T10:17:00",
                                              "Termin przesunięty po spotkaniu z IZ – nabory EFS+ dopiero w 2026 r.")
    else:
        dl = esc(r["deadline"])
    rows.append(["Termin wdrożenia", dl])
    if r["cost"] is None:
        cost = ph("wpisz szacunkowy koszt")
    else:
        cost = esc(r["cost"])
        if r.get("cost_comment"):
            cost += d.comment(*r["cost_comment"])
    rows.append(["Szacunkowy koszt", cost])
    rows.append(["Źródło finansowania", esc(r["fund"])])
    ind = esc(r["ind"])
    if r.get("ind_comment"):
        ind += d.comment(*r["ind_comment"])
    rows.append(["Miernik realizacji", ind])
    rows.append(["Miasta zgłaszające barierę", esc(r["cities"])])
    d.table(rows, [4.6, 12.4], spans={(0, 0): 2}, raw_cells=True, fill_rows={0: "#C5E0B4"},
            name="Rekomendacja%d" % r["nr"], keep_together=True)


def empty_card(d):
    ph = lambda t: d.placeholder(t, "Pole formularza karty rekomendacji")  # noqa: E731
    rows = [["Rekomendacja nr " + ph("nr"), None],
            ["Tytuł rekomendacji", ph("wpisz tytuł rekomendacji")],
            ["Bariera, na którą odpowiada", ph("opisz barierę")],
            ["Opis rozwiązania", ph("opisz proponowane rozwiązanie")],
            ["Oczekiwany efekt", ph("opisz oczekiwany efekt")],
            ["Rodzaj rekomendacji", ph("prawna / finansowa / organizacyjna / wiedza")],
            ["Adresat", ph("wpisz adresata")],
            ["Termin wdrożenia", ph("wpisz termin")],
            ["Szacunkowy koszt", ph("wpisz szacunkowy koszt")],
            ["Źródło finansowania", ph("wpisz źródło")],
            ["Miernik realizacji", ph("wpisz miernik")],
            ["Miasta zgłaszające barierę", ph("wpisz miasta")]]
    d.table(rows, [4.6, 12.4], spans={(0, 0): 2}, raw_cells=True, fill_rows={0: "#C5E0B4"},
            name="Rekomendacja_wzor")


def build(out_odt):
    d = Doc(header_text="PIM  ·  Sieć tematyczna „Rewitalizacja”  ·  Plan Ulepszeń",
            accent="#385723", header_strip="#548235", outline_numbered=False, size="11pt",
            font="Liberation Serif",
            title="Plan Ulepszeń – sieć Rewitalizacja", creator="Marek Kowal",
            created="2024-05-06T13:02:41", modified="2024-12-09T15:44:12", cycles=83)

    # ------------------------------------------------------------------ cover
    d.p("PARTNERSKA INICJATYWA MIAST", "P_first")
    d.p("", "P_spacer")
    d.p("Sieć tematyczna „Rewitalizacja”", "P_cover_strip")
    d.p("PLAN ULEPSZEŃ", "Title")
    d.p("Rekomendacje miast sieci dla instytucji krajowych i regionalnych w zakresie rewitalizacji", "Subtitle")
    d.p("", "P_spacer")
    d.p("Wałbrzych · Świętochłowice · Grudziądz · Inowrocław · Piotrków Trybunalski · Krosno · Nowa Sól · Łomża",
        "P_cover_small")
    d.p("Wersja końcowa przyjęta na spotkaniu sieci w dniu 4 grudnia 2024 r.", "P_cover_small")
    d.p("Grudzień 2024 r.", "P_cover_small")

    d.page_break()
    d.p("ZAWARTOŚĆ DOKUMENTU", "P_caps")
    for line in ["I. Wprowadzenie", "II. Bariery rewitalizacji zgłoszone przez miasta",
                 "III. Doświadczenia zagraniczne", "IV. Rekomendacje",
                 "V. Do kogo kierujemy rekomendacje", "VI. Wdrażanie i monitorowanie Planu Ulepszeń",
                 "Załącznik 1. Spotkania sieci i uczestnicy",
                 "Załącznik 2. Zestawienie barier zgłoszonych przez miasta", "Załącznik 3. Wykaz skrótów"]:
        d.p(line, "Text_20_body")
    d.p("ZESPÓŁ REDAKCYJNY", "P_caps")
    d.p("Marek Kowal (koordynator sieci), Anna Lis (ekspertka tematyczna), Joanna Ptak (ekspertka ds. "
        "procesu) oraz koordynatorzy lokalni: Tomasz Nowicki (Wałbrzych), Ewa Szymczak (Świętochłowice), "
        "Piotr Grabowski (Grudziądz), Beata Wiśniewska (Inowrocław), Łukasz Pawlak (Piotrków Trybunalski), "
        "Agnieszka Kmiecik (Krosno), Rafał Domański (Nowa Sól), Magdalena Kulesza (Łomża).")
    d.p("Dokument nie jest stanowiskiem instytucji, do których kierowane są rekomendacje. Przedstawia "
        "wspólne wnioski miast sieci, wypracowane w ramach Partnerskiej Inicjatywy Miast w latach 2024–2025.",
        "Text_20_body")

    # ------------------------------------------------------------------ I. intro
    d.h("I. Wprowadzenie", 1)
    d.h("1.1. Po co miastom Plan Ulepszeń", 2)
    d.p("Rewitalizacja jest w Polsce zadaniem własnym gminy, ale o jej powodzeniu w dużym stopniu decydują "
        "warunki, na które gmina nie ma wpływu: przepisy prawa, zasady programów finansowanych ze środków "
        "Unii Europejskiej, sposób działania instytucji regionalnych i krajowych. Miasta średnie odczuwają "
        "to szczególnie mocno – mają mniejsze zespoły, skromniejsze budżety i mniejszą siłę przebicia niż "
        "metropolie. Plan Ulepszeń jest próbą przełożenia ich codziennych doświadczeń na konkretne "
        "propozycje zmian, skierowane do tych, którzy mogą je wprowadzić.")
    d.p("Dokument powstał w sieci tematycznej „Rewitalizacja” Partnerskiej Inicjatywy Miast. Uzupełnia "
        "Miejskie Inicjatywy Działania przygotowane przez poszczególne miasta: tam, gdzie MID opisuje, co "
        "miasto zrobi samo, Plan Ulepszeń pokazuje, co musi zmienić się na zewnątrz, aby działania miast "
        "przyniosły oczekiwany skutek.[[fn:Zasady przygotowania Planów Ulepszeń określa dokumentacja "
        "programu PIM; niniejszy dokument zachowuje zalecaną strukturę: wprowadzenie, diagnoza barier, "
        "rekomendacje, adresaci, wdrażanie.]]")
    d.h("1.2. Miasta sieci i sposób pracy", 2)
    d.p("Sieć tworzy osiem miast o liczbie mieszkańców od 38 do 107 tys., położonych w sześciu "
        "województwach. Wszystkie mają przyjęte gminne programy rewitalizacji (GPR) w rozumieniu ustawy "
        "o rewitalizacji,[[fn:Ustawa z dnia 9 października 2015 r. o rewitalizacji (tekst jednolity z późn. zm.).]] "
        "a w czterech z nich programy były już aktualizowane lub są w trakcie aktualizacji. Obszary "
        "rewitalizacji obejmują od 4,9 do 11,2% powierzchni miast i są zamieszkane przez 12,7–19,8% "
        "mieszkańców.")
    d.caption("Tabela 1. Miasta sieci „Rewitalizacja” – podstawowe informacje")
    d.table([["Miasto", "Liczba mieszkańców (2023)", "GPR przyjęty", "Obszar rewitalizacji – % powierzchni miasta",
              "Obszar rewitalizacji – % mieszkańców"]] + [list(c) for c in CITIES],
            [3.8, 3.2, 4.0, 3.0, 3.0], small=True)
    d.p("Źródło: dane GUS, uchwały rad miast w sprawie GPR, zestawienie koordynatorów lokalnych.", "Source")
    d.p("Prace nad Planem trwały od kwietnia do grudnia 2024 r. Obejmowały ankietę barier wypełnioną przez "
        "zespoły ds. rewitalizacji wszystkich miast, cztery spotkania sieci, dwa webinaria z przedstawicielami "
        "instytucji zarządzających oraz serię rozmów indywidualnych ekspertów z koordynatorami lokalnymi. "
        "Projekty rekomendacji były dwukrotnie przedstawiane miastom do uwag, a wersja końcowa została "
        "przyjęta jednomyślnie na spotkaniu sieci 4 grudnia 2024 r. w Grudziądzu.")
    d.h("1.3. Rewitalizacja w polityce regionalnej 2021–2027", 2)
    d.p("W perspektywie finansowej 2021–2027 rewitalizacja nie ma już odrębnej osi priorytetowej, jak "
        "w części programów regionalnych poprzedniego okresu. Projekty rewitalizacyjne są finansowane "
        "w ramach celu polityki 5 („Europa bliżej obywateli”) przez instrumenty terytorialne – ZIT i inne "
        "instrumenty terytorialne (IIT) – a także z celów tematycznych dotyczących efektywności energetycznej, "
        "włączenia społecznego i rynku pracy. Warunkiem dostępu do wielu z tych środków jest ujęcie "
        "przedsięwzięcia w GPR, co wzmacnia rolę programów, ale jednocześnie uzależnia tempo ich realizacji "
        "od kalendarza naborów w kilkunastu różnych działaniach.")
    d.p("Krajowa Polityka Miejska 2030 wskazuje miasta średnie tracące funkcje społeczno-gospodarcze jako "
        "obszar strategicznej interwencji państwa. Z perspektywy miast sieci oznacza to szansę, ale także "
        "odpowiedzialność: rekomendacje muszą być na tyle konkretne, aby instytucje krajowe mogły je "
        "przełożyć na zmiany przepisów i kryteriów, a nie tylko na kolejne deklaracje.[[fn:Krajowa Polityka "
        "Miejska 2030, przyjęta uchwałą Rady Ministrów w 2022 r.]]")
    d.h("1.4. Jak czytać ten dokument", 2)
    d.p("Rozdział II przedstawia bariery zgłoszone przez miasta, uporządkowane w cztery grupy, oraz "
        "postulaty, które miasta sformułowały na warsztatach. Rozdział III zbiera inspiracje z miast "
        "europejskich. Rdzeniem dokumentu jest rozdział IV: zawiera osiem rekomendacji opisanych w formie "
        "kart oraz rekomendacje uzupełniające. Rozdział V wskazuje adresatów, a rozdział VI – sposób, "
        "w jaki sieć zamierza zabiegać o wdrożenie rekomendacji i monitorować postęp.")
    d.p("Postulaty miast (podrozdział 2.6) i rekomendacje poprzedniej edycji (podrozdział 2.7) mają "
        "charakter informacyjny – nie są rekomendacjami niniejszego Planu, choć część z nich została "
        "w nim rozwinięta.")

    # ------------------------------------------------------------------ II. diagnosis
    d.h("II. Bariery rewitalizacji zgłoszone przez miasta", 1)
    d.h("2.1. Skąd wiemy, co przeszkadza", 2)
    d.p("Punktem wyjścia była ankieta, w której zespoły ds. rewitalizacji opisywały sytuacje, gdy "
        "zaplanowane przedsięwzięcie zostało opóźnione, ograniczone lub porzucone z przyczyn leżących poza "
        "gminą. Miasta zgłosiły łącznie 46 barier. Po usunięciu powtórzeń i połączeniu zgłoszeń dotyczących "
        "tego samego problemu otrzymano 21 barier, które przypisano do czterech grup.")
    d.caption("Tabela 2. Bariery zgłoszone przez miasta według grup")
    d.table([
        ["Grupa barier", "Liczba zgłoszeń", "Liczba barier po scaleniu", "Liczba miast zgłaszających"],
        ["Prawne i proceduralne", "17", "7", "8"],
        ["Finansowe", "14", "6", "8"],
        ["Organizacyjne i kadrowe", "9", "4", "6"],
        ["Społeczne i partycypacyjne", "6", "4", "5"],
        ["Razem", "46", "21", "8"],
    ], [6.0, 3.4, 4.0, 3.6], shade={5})
    d.p("Źródło: ankieta barier sieci „Rewitalizacja”, kwiecień–maj 2024 r.", "Source")
    d.h("2.2. Bariery prawne i proceduralne", 2)
    d.p("Najczęściej zgłaszane bariery dotyczą narzędzi ustawy o rewitalizacji, które w teorii miały "
        "ułatwić gminom działanie, w praktyce zaś są stosowane rzadko. Specjalną Strefę Rewitalizacji "
        "ustanowiły tylko dwa miasta sieci, a żadne nie skorzystało z miejscowego planu rewitalizacji. "
        "Miasta tłumaczą to krótkim okresem obowiązywania strefy, niepewnością co do skutków prawnych "
        "i obawą przed sporami z właścicielami nieruchomości.")
    d.p("Drugim problemem jest gospodarowanie lokalami. Gminy mają w obszarach rewitalizacji znaczny zasób "
        "lokali użytkowych – w Wałbrzychu 412, w Grudziądzu 236, w Łomży 98 – z czego od 18 do 35% stoi "
        "pustych. Procedury przetargowe i brak jasnej podstawy do preferencyjnego najmu sprawiają, że "
        "trudno je przeznaczyć na funkcje, których obszar potrzebuje: rzemiosło, usługi sąsiedzkie, "
        "działalność organizacji pozarządowych.")
    d.caption("Tabela 3. Lokale użytkowe w zasobie gminnym na obszarach rewitalizacji (stan na 30.06.2024 r.)")
    d.table([
        ["Miasto", "Lokale ogółem", "w tym niewynajęte", "Udział niewynajętych", "Średni czas pustostanu"],
        ["Wałbrzych", "412", "118", "28,6%", "26 mies."],
        ["Świętochłowice", "74", "26", "35,1%", "31 mies."],
        ["Grudziądz", "236", "52", "22,0%", "19 mies."],
        ["Inowrocław", "131", "29", "22,1%", "17 mies."],
        ["Piotrków Trybunalski", "167", "37", "22,2%", "22 mies."],
        ["Krosno", "58", "11", "19,0%", "12 mies."],
        ["Nowa Sól", "49", "15", "30,6%", "24 mies."],
        ["Łomża", "98", "18", "18,4%", "14 mies."],
    ], [4.2, 2.8, 3.2, 3.2, 3.6], small=True)
    d.p("Źródło: dane zarządców zasobu komunalnego przekazane koordynatorom lokalnym.", "Source")
    d.p("Trzecia grupa barier prawnych dotyczy przestrzeni publicznych. Zmiana organizacji ruchu – "
        "choćby wprowadzenie strefy zamieszkania na jednej ulicy – wymaga pełnej procedury zatwierdzenia "
        "projektu, co zniechęca do działań tymczasowych i pilotażowych, z powodzeniem stosowanych "
        "w miastach zachodnioeuropejskich. Piotrków Trybunalski opisał przypadek, w którym projekt "
        "„ulicy szkolnej” przy jednej ze szkół podstawowych w obszarze rewitalizacji był uzgadniany przez "
        "sześć miesięcy, a pilotaż ostatecznie się nie odbył.")
    d.h("2.3. Bariery finansowe", 2)
    d.p("Miasta sieci zaplanowały w GPR przedsięwzięcia o łącznej wartości ok. 2,1 mld zł. Do połowy 2024 r. "
        "zrealizowano lub rozpoczęto przedsięwzięcia o wartości 0,9 mld zł, przy czym udział przedsięwzięć "
        "społecznych (tzw. miękkich) w wydatkach wyniósł zaledwie 7%, choć w programach zakładano 15–20%. "
        "Główną przyczyną jest złożoność rozliczania projektów EFS+ i niedopasowanie terminów naborów "
        "EFS+ i EFRR, przez co inwestycja i towarzyszące jej działania społeczne rozmijają się w czasie.")
    d.caption("Tabela 4. Realizacja finansowa GPR w miastach sieci (mln zł)")
    d.table([
        ["Miasto", "Wartość planowana w GPR", "Zrealizowane lub w realizacji", "Stopień realizacji",
         "Udział przedsięwzięć społecznych"],
        ["Wałbrzych", "612", "298", "48,7%", "6%"],
        ["Świętochłowice", "188", "61", "32,4%", "9%"],
        ["Grudziądz", "347", "163", "47,0%", "8%"],
        ["Inowrocław", "214", "88", "41,1%", "5%"],
        ["Piotrków Trybunalski", "259", "102", "39,4%", "7%"],
        ["Krosno", "141", "72", "51,1%", "10%"],
        ["Nowa Sól", "112", "47", "42,0%", "6%"],
        ["Łomża", "227", "69", "30,4%", "8%"],
        ["Razem", "2 100", "900", "42,9%", "7%"],
    ], [3.8, 3.2, 3.6, 3.0, 3.4], shade={9}, small=True)
    d.p("Źródło: sprawozdania z realizacji GPR, stan na 30.06.2024 r.; wartości zaokrąglone.", "Source")
    d.p("Osobnym problemem jest remont zasobu mieszkaniowego. Kamienice gminne w obszarach rewitalizacji "
        "wymagają równocześnie wymiany źródeł ciepła, termomodernizacji i remontu instalacji. Dostępne "
        "programy finansują te elementy oddzielnie, z różnymi warunkami i terminami. W Świętochłowicach "
        "remont jednego budynku przy ul. Katowickiej rozłożono na trzy projekty realizowane w ciągu "
        "pięciu lat, a mieszkańcy przez cały ten czas żyli w warunkach placu budowy.")
    d.p("Miasta zwracają także uwagę na brak środków na wkład własny w projektach spółdzielni i wspólnot "
        "mieszkaniowych oraz na niską dostępność instrumentów zwrotnych dla małych przedsiębiorców "
        "chcących inwestować w lokale na obszarze rewitalizacji.")
    d.h("2.4. Bariery organizacyjne i kadrowe", 2)
    d.p("Zespoły odpowiedzialne za rewitalizację w miastach sieci liczą od 1 do 4 etatów (średnio 2,1). "
        "Oprócz koordynacji GPR zajmują się one zwykle przygotowaniem wniosków o dofinansowanie, "
        "obsługą Komitetu Rewitalizacji i sprawozdawczością. Rotacja kadr jest wysoka – w latach 2021–2024 "
        "w pięciu miastach zmienił się koordynator GPR, a w dwóch przypadkach stanowisko pozostawało "
        "nieobsadzone dłużej niż pół roku.")
    d.caption("Tabela 5. Zespoły ds. rewitalizacji w miastach sieci (stan na 30.06.2024 r.)")
    d.table([
        ["Miasto", "Etaty w zespole", "Umiejscowienie w strukturze", "Zmiana koordynatora GPR 2021–2024"],
        ["Wałbrzych", "4,0", "Biuro Rewitalizacji", "nie"],
        ["Świętochłowice", "1,5", "Wydział Rozwoju Miasta", "tak (2 razy)"],
        ["Grudziądz", "3,0", "Biuro Rewitalizacji i Funduszy", "tak"],
        ["Inowrocław", "2,0", "Wydział Inwestycji", "tak"],
        ["Piotrków Trybunalski", "2,0", "Biuro Strategii", "nie"],
        ["Krosno", "1,0", "Wydział Rozwoju i Promocji", "tak"],
        ["Nowa Sól", "1,5", "Referat Rewitalizacji", "nie"],
        ["Łomża", "2,0", "Wydział Funduszy Zewnętrznych", "tak"],
    ], [4.0, 2.8, 6.0, 4.2], small=True)
    d.p("Źródło: informacje koordynatorów lokalnych.", "Source")
    d.p("Pracownicy gmin wskazują, że najbardziej brakuje im wsparcia w sprawach nietypowych: stosowania "
        "narzędzi SSR, pomocy publicznej w projektach z udziałem przedsiębiorców, współpracy z właścicielami "
        "prywatnych kamienic. Szkolenia ogólne są dostępne, ale brakuje doradztwa „przy konkretnej sprawie”.")
    d.p("Trudności sprawia również monitoring. Ustawa wymaga oceny aktualności i stopnia realizacji GPR "
        "co najmniej raz na trzy lata, ale nie określa wskaźników. W efekcie miasta mierzą efekty w różny "
        "sposób, często wyłącznie na poziomie produktów (wyremontowane metry kwadratowe, liczba "
        "uczestników), bez danych o zmianach społecznych na obszarze.")
    d.h("2.5. Bariery społeczne i partycypacyjne", 2)
    d.p("Wszystkie miasta prowadzą konsultacje GPR i powołały Komitety Rewitalizacji, jednak ich praca "
        "często ogranicza się do opiniowania dokumentów. Frekwencja na spotkaniach konsultacyjnych "
        "w obszarach rewitalizacji wynosi zwykle od kilkunastu do kilkudziesięciu osób. Mieszkańcy "
        "angażują się chętniej w działania konkretne i bliskie – urządzanie podwórka, skweru, świetlicy – "
        "ale gminy nie mają sprawdzonych metod prowadzenia takich procesów na większą skalę.")
    d.caption("Tabela 6. Udział mieszkańców w konsultacjach ostatniej aktualizacji lub przyjęcia GPR")
    d.table([
        ["Miasto", "Spotkania otwarte", "Uczestnicy spotkań", "Uwagi pisemne i elektroniczne", "Posiedzenia Komitetu Rewitalizacji w 2023 r."],
        ["Wałbrzych", "6", "184", "47", "4"],
        ["Świętochłowice", "3", "52", "11", "2"],
        ["Grudziądz", "5", "131", "38", "3"],
        ["Inowrocław", "2", "41", "9", "1"],
        ["Piotrków Trybunalski", "4", "77", "22", "2"],
        ["Krosno", "3", "65", "19", "4"],
        ["Nowa Sól", "2", "38", "14", "3"],
        ["Łomża", "4", "92", "26", "2"],
    ], [3.8, 2.6, 2.8, 3.8, 4.0], small=True)
    d.p("Źródło: sprawozdania z konsultacji GPR; informacje koordynatorów lokalnych.", "Source")
    d.p("Ważną barierą jest także nieufność mieszkańców wobec zmian. W trzech miastach sieci remonty "
        "kamienic wiązały się z czasowymi przeprowadzkami lokatorów, co bez odpowiedniej komunikacji "
        "prowadziło do konfliktów i protestów. Miasta wskazują na potrzebę stałej obecności animatorów "
        "i streetworkerów w obszarach rewitalizacji, a nie tylko na czas trwania projektu.")
    d.h("2.6. Postulaty miast zgłoszone na warsztatach", 2)
    d.p("Podczas warsztatu w Krośnie (czerwiec 2024 r.) każde miasto sformułowało postulaty kierowane "
        "do instytucji zewnętrznych. Zestawiono je poniżej w brzmieniu zaproponowanym przez miasta. "
        "Postulaty posłużyły jako materiał wyjściowy; część z nich połączono i rozwinięto w rekomendacjach "
        "(rozdział IV), inne uznano za wykraczające poza zakres sieci.")
    d.caption("Tabela 7. Postulaty miast sieci (w brzmieniu zgłoszonym przez miasta)")
    d.table([
        ["Miasto", "Postulat", "Dalsze losy postulatu"],
        ["Wałbrzych", "Wydłużyć okres obowiązywania SSR i uprościć procedurę jej ustanowienia",
         "rozwinięty w rekomendacji nr 1"],
        ["Świętochłowice", "Utworzyć krajowy program remontów kamienic gminnych na wzór programów termomodernizacyjnych",
         "częściowo – rekomendacja nr 5"],
        ["Grudziądz", "Pozwolić na najem lokali gminnych rzemieślnikom bez przetargu",
         "rozwinięty w rekomendacji nr 2"],
        ["Inowrocław", "Zwiększyć poziom dofinansowania projektów rewitalizacyjnych do 95%",
         "nieprzyjęty – sprzeczny z zasadami współfinansowania"],
        ["Piotrków Trybunalski", "Znieść obowiązek zatwierdzania organizacji ruchu dla działań tymczasowych",
         "złagodzony – rekomendacja nr 3"],
        ["Krosno", "Finansować etaty animatorów z budżetu państwa", "nieprzyjęty – poza zakresem sieci"],
        ["Nowa Sól", "Utworzyć regionalne punkty doradcze dla gmin", "rozwinięty w rekomendacji nr 8"],
        ["Łomża", "Przygotować ogólnopolską bazę dobrych praktyk rewitalizacji",
         "nieprzyjęty – baza IRMiR już istnieje"],
    ], [3.6, 8.4, 5.0], small=True)
    d.h("2.7. Rekomendacje poprzedniej edycji i stan ich wdrożenia", 2)
    d.p("Sieć kontynuuje prace rozpoczęte w poprzedniej edycji programu, w której przygotowano Plan "
        "Ulepszeń z 2022 r. Stan wdrożenia jego rekomendacji oceniono na podstawie informacji adresatów "
        "i miast. Rekomendacje te nie są powtarzane w niniejszym Planie; przypominamy je dla porządku "
        "i aby pokazać, że część postulatów miast została już zrealizowana.")
    d.caption("Tabela 8. Rekomendacje Planu Ulepszeń z 2022 r. – stan wdrożenia (listopad 2024 r.)")
    d.table([
        ["Nr (2022)", "Rekomendacja z 2022 r.", "Adresat", "Stan wdrożenia"],
        ["R-1", "Uruchomienie krajowego programu wsparcia doradczego dla miast średnich w rewitalizacji",
         "MFiPR", "wdrożona (m.in. PIM)"],
        ["R-2", "Uwzględnienie zgodności z GPR w kryteriach wyboru projektów programów regionalnych",
         "zarządy województw", "wdrożona w 7 z 8 województw"],
        ["R-3", "Doprecyzowanie roli i kompetencji Komitetu Rewitalizacji", "MFiPR", "niewdrożona"],
        ["R-4", "Cykl szkoleń z partycypacji dla pracowników gmin", "IRMiR", "wdrożona"],
        ["R-5", "Ułatwienie przejmowania przez gminy nieruchomości kolejowych na obszarach rewitalizacji",
         "PKP S.A., Ministerstwo Infrastruktury", "w toku"],
        ["R-6", "Wydłużenie okresu kwalifikowalności wydatków w projektach rewitalizacyjnych",
         "MFiPR", "częściowo wdrożona"],
    ], [2.0, 8.0, 3.8, 3.2], small=True)
    d.p("Źródło: Plan Ulepszeń sieci „Rewitalizacja” z 2022 r.; informacje MFiPR i urzędów marszałkowskich.",
        "Source")

    d.h("2.8. Trzy historie z miast sieci", 2)
    d.p("Bariery łatwiej zrozumieć na przykładach. Poniższe historie opisali koordynatorzy lokalni; "
        "pokazują, jak pojedyncze przeszkody składają się na opóźnienia liczone w latach.")
    d.p("**Wałbrzych – parter, którego nikt nie chciał.** Lokal użytkowy w kamienicy przy jednej z ulic "
        "Śródmieścia stał pusty przez cztery lata. Trzy kolejne przetargi zakończyły się brakiem ofert, "
        "ponieważ stawka wywoławcza – ustalona na podstawie operatu szacunkowego – przekraczała możliwości "
        "lokalnych przedsiębiorców. Spółdzielnia socjalna prowadząca pracownię krawiecką była gotowa wynająć "
        "lokal po niższej stawce, ale gmina nie miała podstawy, by zawrzeć z nią umowę bez przetargu. "
        "Lokal został ostatecznie użyczony organizacji pozarządowej na rok, co nie dało nikomu perspektywy "
        "inwestowania w wyposażenie.")
    d.p("**Świętochłowice – jedna kamienica, trzy projekty.** Remont gminnej kamienicy z 24 lokalami "
        "mieszkalnymi podzielono na etapy: najpierw wymiana pieców kaflowych na przyłącze do sieci (program "
        "ochrony powietrza), następnie docieplenie i wymiana okien (nabór z programu regionalnego), na końcu "
        "remont klatek i podwórka (środki własne). Każdy etap wymagał osobnej dokumentacji i przetargu, "
        "a między etapami upływało po kilkanaście miesięcy. Mieszkańcy, w większości osoby starsze, przez "
        "pięć lat żyli w remontowanym budynku; dwie rodziny wyprowadziły się na stałe.")
    d.p("**Łomża – animatorka na umowie projektowej.** Przez dwa lata na obszarze rewitalizacji pracowała "
        "animatorka zatrudniona w projekcie EFS+. Zbudowała grupę sąsiedzką, która współprojektowała "
        "podwórko i prowadziła świetlicę. Po zakończeniu projektu, z powodu przerwy między naborami, umowa "
        "nie została przedłużona, a grupa przestała się spotykać. Rozliczenie projektu – ponad 600 stron "
        "dokumentów dla budżetu niespełna 400 tys. zł – zniechęciło partnera społecznego do kolejnego wniosku.")

    # ------------------------------------------------------------------ III. abroad
    d.h("III. Doświadczenia zagraniczne", 1)
    d.p("Część barier opisanych w rozdziale II została już rozwiązana w innych krajach Unii Europejskiej. "
        "Nie proponujemy prostego przenoszenia tych rozwiązań – różnią się systemy prawne i finansowe – "
        "ale każde z nich pokazuje, że problem da się rozwiązać. Przykłady zebrano na podstawie wizyty "
        "studyjnej sieci w Lipsku (wrzesień 2024 r.) i materiałów programu URBACT.")
    d.caption("Tabela 9. Dobre praktyki zagraniczne istotne dla miast sieci")
    d.table([
        ["Miasto (kraj)", "Rozwiązanie", "Na czym polega", "Co z tego wynika dla polskich miast"],
        ["Lipsk (Niemcy)", "„Domy strażnicze” (Wächterhäuser)",
         "Stowarzyszenie pośredniczy między właścicielem pustej kamienicy a użytkownikami, którzy w zamian "
         "za bezczynszowe użytkowanie dbają o budynek i zabezpieczają go przed degradacją.",
         "Model możliwy do zastosowania w zasobie prywatnym; wymaga organizacji pośredniczącej."],
        ["Rotterdam (Holandia)", "„Domy do remontu” (Klushuizen)",
         "Miasto sprzedaje zdegradowane lokale po symbolicznej cenie osobom, które zobowiązują się je "
         "wyremontować i zamieszkać w nich przez określony czas.",
         "Inspiracja dla gospodarowania pustostanami mieszkalnymi; wymaga zmian w zasadach zbywania lokali."],
        ["Wiedeń (Austria)", "Lokalne biura odnowy (Gebietsbetreuung)",
         "Stałe, dzielnicowe biura doradczo-animacyjne finansowane przez miasto, obsługujące mieszkańców "
         "i właścicieli w sprawach remontów, sąsiedztwa i przestrzeni publicznej.",
         "Argument za trwałym, a nie projektowym finansowaniem animacji."],
        ["Porto (Portugalia)", "Spółka rewitalizacyjna (Porto Vivo, SRU)",
         "Wyspecjalizowana spółka miejska z uprawnieniami do prowadzenia kompleksowych operacji na "
         "kwartałach zabudowy, w tym do przymusowych remontów.",
         "Wskazuje na wartość wyspecjalizowanego operatora; w Polsce – rola SSR i spółek gminnych."],
        ["Kopenhaga (Dania)", "Odnowa obszarowa (Områdefornyelse)",
         "Pięcioletnie programy dla wybranych dzielnic, współfinansowane przez państwo, z lokalnym "
         "sekretariatem i budżetem na inicjatywy mieszkańców.",
         "Potwierdza znaczenie stałego zespołu na obszarze i przewidywalnego finansowania."],
    ], [2.8, 3.2, 6.0, 5.0], small=True)
    d.p("Źródło: materiały z wizyty studyjnej, publikacje programu URBACT; opracowanie ekspertki tematycznej.",
        "Source")
    d.p("Wspólnym mianownikiem tych przykładów jest trwałość: zespoły i instrumenty działają przez wiele lat, "
        "niezależnie od cyklu programów unijnych. To przesłanie przewija się przez kilka rekomendacji "
        "rozdziału IV, zwłaszcza nr 4 i 8.")

    # ------------------------------------------------------------------ IV. recommendations
    d.h("IV. Rekomendacje", 1)
    d.p("Rekomendacje odpowiadają na bariery opisane w rozdziale II. Każda z nich została opisana w karcie "
        "zawierającej: barierę, proponowane rozwiązanie, rodzaj rekomendacji (prawna, finansowa, organizacyjna, "
        "wiedza i kompetencje), adresata, termin, szacunkowy koszt, źródło finansowania oraz miernik "
        "realizacji. Rekomendacje pogrupowano w trzy obszary; na końcu rozdziału zamieszczono rekomendacje "
        "uzupełniające w skróconej formie.")
    areas = {"A": "4.1. Obszar A – prawo i procedury",
             "B": "4.2. Obszar B – finansowanie",
             "C": "4.3. Obszar C – organizacja, kompetencje i wiedza"}
    intros = {
        "A": "Trzy rekomendacje tego obszaru dotyczą zmian w ustawach i rozporządzeniach. Ich wdrożenie "
             "nie wymaga nakładów finansowych, ale wymaga woli ustawodawcy i czasu.",
        "B": "Rekomendacje finansowe dotyczą zasad programów, a nie zwiększenia alokacji. Miasta są "
             "przekonane, że lepsze dopasowanie istniejących instrumentów przyniesie więcej niż nowe "
             "pieniądze.",
        "C": "Trzeci obszar dotyczy ludzi i wiedzy: wsparcia dla zespołów gminnych, standardów pracy "
             "z mieszkańcami i monitoringu.",
    }
    for area in "ABC":
        d.h(areas[area], 2)
        d.p(intros[area])
        for r in RECS:
            if r["area"] == area:
                card(d, r)
                d.p("")
    # forgotten template card (only placeholders) – not a recommendation
    d.p("Wzór karty do wykorzystania przy kolejnych aktualizacjach Planu:", "Source")
    empty_card(d)

    d.h("4.4. Rekomendacje uzupełniające", 2)
    d.p("Poniższe rekomendacje zgłoszono w końcowej fazie prac. Nie przygotowano dla nich pełnych kart; "
        "ich adresatów, rodzaj i terminy podano w zestawieniu w rozdziale VI.")
    r9 = RECS[8]
    d.p("**Rekomendacja nr 9. %s.** %s" % (r9["title"], r9["desc"][0]))
    # whole recommendation deleted with tracked changes
    deleted = ('<text:p text:style-name="Text_20_body"><text:span text:style-name="T_b">Rekomendacja nr 10. %s.'
               '</text:span> %s</text:p><text:p text:style-name="Text_20_body"/>'
               % (esc(DELETED_REC[0]), esc(DELETED_REC[1])))
    delmark = d.dele(AUTH_A[0], AUTH_A[1], deleted)
    r10 = RECS[9]
    ins_body = ('<text:span text:style-name="T_b">Rekomendacja nr 10. %s.</text:span> %s Adresat: %s. '
                'Termin: %s. Szacunkowy koszt: %s.'
                % (esc(r10["title"]), esc(r10["desc"][0]), esc(r10["addr"]), esc(r10["deadline"]), esc(r10["cost"])))
    d.raw('<text:p text:style-name="Text_20_body">%s%s</text:p>' % (delmark, d.ins(AUTH_B[0], AUTH_B[1], ins_body)))
    d.raw('<text:p text:style-name="Text_20_body">%s</text:p>' % d.ins(
        AUTH_B[0], AUTH_B[1], "Miernik: %s." % esc(r10["ind"])))
    d.p("Sieć rozważała również rekomendację dotyczącą obowiązkowego udziału przedstawiciela mieszkańców "
        "obszaru w komisjach oceny projektów. Ostatecznie z niej zrezygnowano, uznając, że właściwym "
        "miejscem dla takich rozwiązań są regulaminy Komitetów Rewitalizacji, a nie przepisy krajowe.")

    # ------------------------------------------------------------------ V. addressees
    d.h("V. Do kogo kierujemy rekomendacje", 1)
    d.p("Rekomendacje są skierowane do siedmiu grup adresatów. Większość wymaga działania administracji "
        "rządowej, ale cztery rekomendacje mogą zostać wdrożone na poziomie regionalnym lub przez "
        "instytucje eksperckie. Poniżej wskazujemy, czego oczekujemy od każdego adresata.")
    d.caption("Tabela 10. Adresaci rekomendacji")
    d.table([
        ["Adresat", "Rekomendacje", "Czego oczekujemy"],
        ["Ministerstwo Funduszy i Polityki Regionalnej", "1, 7 (oraz współpraca przy 6 i 10)",
         "przygotowania projektu nowelizacji ustawy o rewitalizacji; koordynacji prac nad wskaźnikami"],
        ["Ministerstwo Rozwoju i Technologii", "2", "zmiany ustawy o gospodarce nieruchomościami"],
        ["Ministerstwo Infrastruktury", "3", "zmiany przepisów o zarządzaniu ruchem na drogach"],
        ["Ministerstwo Finansów", "9", "analizy możliwości wprowadzenia ulgi i wyjaśnienia zasad pomocy publicznej"],
        ["Zarządy województw jako IZ programów regionalnych", "4, 8",
         "wprowadzenia stawek ryczałtowych; utworzenia centrów kompetencji"],
        ["NFOŚiGW i WFOŚiGW", "5", "przygotowania pilotażowego naboru kompleksowego"],
        ["IRMiR, GUS, Związek Miast Polskich", "6, 7, 10",
         "opracowania standardu, wsparcia danymi, organizacji staży"],
    ], [5.6, 3.4, 8.0], small=True)
    d.h("5.1. Administracja rządowa", 2)
    d.p("Cztery ministerstwa są adresatami rekomendacji prawnych. Kluczową rolę odgrywa Ministerstwo "
        "Funduszy i Polityki Regionalnej, odpowiedzialne za ustawę o rewitalizacji i koordynację polityki "
        "regionalnej. Miasta oczekują, że zmiany dotyczące SSR i wskaźników monitoringu zostaną połączone "
        "w jednym projekcie nowelizacji, tak aby nie obciążać gmin kolejnymi zmianami w krótkich odstępach "
        "czasu. Rekomendacje skierowane do Ministerstwa Rozwoju i Technologii, Ministerstwa Infrastruktury "
        "i Ministerstwa Finansów dotyczą przepisów, w których rewitalizacja jest jednym z wielu wątków – "
        "dlatego sieć przygotuje dla nich krótkie notatki pokazujące skalę problemu w liczbach.")
    d.h("5.2. Samorządy województw", 2)
    d.p("Zarządy województw, jako instytucje zarządzające programami regionalnymi, mogą wdrożyć dwie "
        "rekomendacje bez zmian ustawowych: wprowadzić stawki ryczałtowe dla animacji społecznej i utworzyć "
        "centra kompetencji rewitalizacyjnych finansowane z pomocy technicznej. Miasta sieci leżą w sześciu "
        "województwach; sieć zwróci się do wszystkich, ale szczególnie liczy na województwa, w których "
        "działają już regionalne obserwatoria terytorialne.")
    d.h("5.3. Fundusze i instytucje eksperckie", 2)
    d.p("Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej oraz fundusze wojewódzkie są adresatem "
        "rekomendacji dotyczącej kompleksowych remontów kamienic. Instytut Rozwoju Miast i Regionów, Główny "
        "Urząd Statystyczny i Związek Miast Polskich mogą wesprzeć wdrożenie rekomendacji „miękkich” – "
        "standardu partycypacji, wskaźników monitoringu i staży międzymiejskich. W ich przypadku nie chodzi "
        "o zmianę przepisów, lecz o włączenie proponowanych zadań do planów pracy na lata 2025–2026.")
    d.h("5.4. Miasta sieci", 2)
    d.p("Miasta sieci same również są adresatem działań: zobowiązują się do udostępniania danych, "
        "testowania proponowanych rozwiązań w ramach pilotaży oraz do upowszechniania Planu wśród innych "
        "miast. Tam, gdzie rekomendacja dotyczy zmiany prawa, sieć przekaże adresatowi gotowe propozycje "
        "brzmienia przepisów przygotowane przez ekspertkę tematyczną.")
    d.p("Przed przekazaniem Planu adresatom sieć przeprowadziła wstępne rozmowy z przedstawicielami MFiPR "
        "i dwóch urzędów marszałkowskich. Rozmówcy ocenili jako najbardziej realne do szybkiego wdrożenia "
        "rekomendacje nr 4 i 7, a jako najtrudniejszą – rekomendację nr 9, ze względu na skutki dla "
        "dochodów gmin i zasady pomocy publicznej.")

    # ------------------------------------------------------------------ VI. implementation
    d.h("VI. Wdrażanie i monitorowanie Planu Ulepszeń", 1)
    d.h("6.1. Zestawienie rekomendacji", 2)
    d.p("Tabela 11 zestawia wszystkie rekomendacje Planu wraz z rodzajem, adresatem i terminem. Zestawienie "
        "jest podstawą monitorowania postępu.")
    d.caption("Tabela 11. Zestawienie rekomendacji Planu Ulepszeń")
    srows = [["Nr", "Rekomendacja", "Rodzaj", "Adresat", "Termin"]]
    for r in RECS:
        srows.append([str(r["nr"]), r["title"], TYPE_LABEL[r["type"]], r["addr"], r["deadline"]])
    d.table(srows, [1.0, 6.6, 2.4, 4.4, 2.6], small=True)
    d.h("6.2. Jak będziemy zabiegać o wdrożenie", 2)
    d.p("Wdrażanie Planu jest procesem rzeczniczym: sieć nie ma uprawnień, by zmieniać przepisy czy zasady "
        "programów, może natomiast przekonywać, dostarczać argumentów i dowodów oraz oferować pomoc "
        "w przygotowaniu zmian. Przyjęliśmy następujące zasady:")
    d.bullets([
        "każda rekomendacja ma „opiekuna” – jedno z miast sieci, które utrzymuje kontakt z adresatem "
        "i zbiera informacje o postępie,",
        "rekomendacje prawne przekazujemy wraz z propozycją brzmienia przepisu i uzasadnieniem,",
        "rekomendacje finansowe i organizacyjne przedstawiamy na forum komitetów monitorujących programów "
        "regionalnych i FEnIKS, w których zasiadają przedstawiciele miast,",
        "o postępie informujemy Związek Miast Polskich i pozostałe sieci PIM, aby zyskać poparcie innych miast.",
    ])
    d.p("Opiekunami rekomendacji są: Wałbrzych (nr 1 i 2), Piotrków Trybunalski (nr 3 i 7), Grudziądz "
        "(nr 4), Świętochłowice (nr 5), Krosno (nr 6), Nowa Sól (nr 8), Łomża (nr 9), Inowrocław (nr 10).")
    d.h("6.3. Kalendarz działań rzeczniczych", 2)
    d.p("Poniższe wydarzenia służą przedstawieniu Planu adresatom i opinii publicznej. Nie są one "
        "rekomendacjami, lecz narzędziami ich promowania.")
    d.table([
        ["Termin", "Wydarzenie", "Odpowiada"],
        ["styczeń 2025 r.", "Przekazanie Planu adresatom wraz z pismem przewodnim", "koordynator sieci"],
        ["luty 2025 r.", "Prezentacja Planu na posiedzeniu Komisji Wspólnej Rządu i Samorządu Terytorialnego "
                         "(zespół ds. polityki regionalnej)", "Wałbrzych, Grudziądz"],
        ["marzec 2025 r.", "Webinarium dla miast spoza sieci", "ekspertka tematyczna"],
        ["maj 2025 r.", "Spotkanie robocze z MFiPR w sprawie nowelizacji ustawy o rewitalizacji", "Wałbrzych"],
        ["wrzesień 2025 r.", "Konferencja podsumowująca sieci w Łomży", "Łomża, koordynator sieci"],
    ], [3.2, 10.0, 3.8], small=True)
    d.h("6.4. Ryzyka wdrożenia i sposoby ich ograniczania", 2)
    d.table([
        ["Ryzyko", "Prawdopodobieństwo", "Jak ograniczamy ryzyko"],
        ["Brak miejsca w harmonogramie prac legislacyjnych rządu", "wysokie",
         "łączenie zmian w jednym projekcie nowelizacji ustawy o rewitalizacji; poparcie ZMP"],
        ["Zmiana osób w instytucjach adresatów po przekazaniu Planu", "średnie",
         "kontakt instytucjonalny (pisma, komitety monitorujące), a nie tylko osobisty"],
        ["Zbyt późne zmiany w programach regionalnych (po większości naborów)", "średnie",
         "priorytet dla rekomendacji nr 4 w 2025 r.; przygotowane wzory stawek ryczałtowych"],
        ["Spadek zaangażowania miast po zakończeniu sieci", "niskie",
         "opiekunowie rekomendacji, raport końcowy, kontynuacja w kolejnej edycji PIM"],
    ], [6.2, 3.0, 7.8], small=True)
    d.h("6.5. Monitorowanie", 2)
    d.p("Postęp wdrażania będzie oceniany dwa razy w roku przez koordynatora sieci na podstawie informacji "
        "opiekunów. Dla każdej rekomendacji odnotowany zostanie jeden z czterech stanów: „nie podjęto "
        "działań”, „w dialogu z adresatem”, „w trakcie wdrażania”, „wdrożona”. Wyniki zostaną opublikowane "
        "w raporcie końcowym sieci w grudniu 2025 r., a następnie – jeżeli sieć będzie kontynuowała prace – "
        "w kolejnej edycji Planu Ulepszeń, podobnie jak uczyniono to z rekomendacjami z 2022 r. "
        "(podrozdział 2.7).")
    d.p("Za sukces uznamy wdrożenie co najmniej czterech rekomendacji do końca 2027 r., w tym przynajmniej "
        "jednej prawnej. Niezależnie od tego Plan pozostanie punktem odniesienia dla miast sieci przy "
        "aktualizacji ich gminnych programów rewitalizacji.")

    # ------------------------------------------------------------------ annexes
    d.h("Załącznik 1. Spotkania sieci i uczestnicy", 1)
    d.table([
        ["Lp.", "Spotkanie", "Miejsce", "Data", "Uczestnicy"],
        ["1", "Spotkanie otwierające sieć – diagnoza potrzeb", "Wałbrzych", "16–17.04.2024", "27"],
        ["2", "Warsztat „Bariery i postulaty”", "Krosno", "12–13.06.2024", "24"],
        ["3", "Webinarium z przedstawicielami IZ programów regionalnych", "online", "09.07.2024", "31"],
        ["4", "Wizyta studyjna – odnowa kwartałów kamienic", "Lipsk (Niemcy)", "23–26.09.2024", "16"],
        ["5", "Warsztat redakcyjny – karty rekomendacji", "Piotrków Trybunalski", "15–16.10.2024", "22"],
        ["6", "Webinarium z MFiPR – konsultacja projektu Planu", "online", "13.11.2024", "19"],
        ["7", "Spotkanie przyjmujące Plan Ulepszeń", "Grudziądz", "04.12.2024", "25"],
    ], [1.0, 7.0, 3.6, 3.0, 2.4], small=True)
    d.p("W spotkaniach uczestniczyli koordynatorzy lokalni i członkowie zespołów ds. rewitalizacji "
        "wszystkich miast sieci, przedstawiciele Komitetów Rewitalizacji z Grudziądza i Nowej Soli, a także "
        "– gościnnie – przedstawiciele urzędów marszałkowskich województw dolnośląskiego, "
        "kujawsko-pomorskiego i podkarpackiego.")
    d.h("Załącznik 2. Zestawienie barier zgłoszonych przez miasta", 1)
    d.p("Zestawienie obejmuje 21 barier po scaleniu zgłoszeń. Numer w ostatniej kolumnie wskazuje "
        "rekomendację, która na daną barierę odpowiada (jeżeli taka została sformułowana).")
    bars = [
        ("P1", "Krótki okres obowiązywania SSR", "prawna", "3", "1"),
        ("P2", "Niepewność co do skutków prawa pierwokupu w SSR", "prawna", "2", "1"),
        ("P3", "Obowiązek przetargu na najem lokali użytkowych", "prawna", "6", "2"),
        ("P4", "Brak podstaw do preferencyjnych stawek czynszu dla funkcji wskazanych w GPR", "prawna", "4", "2"),
        ("P5", "Długotrwałe zatwierdzanie organizacji ruchu", "prawna", "3", "3"),
        ("P6", "Niejasne zasady zwolnień podatkowych na obszarze rewitalizacji", "prawna", "2", "9"),
        ("P7", "Skomplikowana procedura zmiany GPR przy drobnych korektach listy przedsięwzięć", "prawna", "5", "—"),
        ("F1", "Uciążliwe rozliczanie działań społecznych EFS+", "finansowa", "8", "4"),
        ("F2", "Niedopasowanie terminów naborów EFRR i EFS+", "finansowa", "6", "4"),
        ("F3", "Rozproszenie finansowania remontów kamienic", "finansowa", "4", "5"),
        ("F4", "Brak środków na wkład własny wspólnot mieszkaniowych", "finansowa", "3", "—"),
        ("F5", "Niska dostępność pożyczek dla małych przedsiębiorców", "finansowa", "2", "—"),
        ("F6", "Brak finansowania trwałej animacji po zakończeniu projektów", "finansowa", "5", "8 (częściowo)"),
        ("O1", "Małe zespoły ds. rewitalizacji i wysoka rotacja", "organizacyjna", "6", "8, 10"),
        ("O2", "Brak doradztwa w sprawach nietypowych", "organizacyjna", "5", "8"),
        ("O3", "Brak wspólnych wskaźników monitoringu", "organizacyjna", "4", "7"),
        ("O4", "Trudny dostęp do danych na poziomie obszaru", "organizacyjna", "4", "7"),
        ("S1", "Niska frekwencja w konsultacjach", "społeczna", "5", "6"),
        ("S2", "Formalny charakter pracy Komitetów Rewitalizacji", "społeczna", "3", "—"),
        ("S3", "Konflikty przy przeprowadzkach lokatorów", "społeczna", "3", "—"),
        ("S4", "Brak metod współprojektowania przestrzeni wspólnych", "społeczna", "4", "6"),
    ]
    d.table([["Kod", "Bariera", "Grupa", "Liczba miast", "Rekomendacja"]] + [list(b) for b in bars],
            [1.3, 8.6, 2.8, 2.1, 2.2], small=True)
    d.p("Źródło: ankieta barier sieci „Rewitalizacja”, kwiecień–maj 2024 r., uzupełniona po warsztacie w Krośnie.",
        "Source")
    d.h("Załącznik 3. Wykaz skrótów", 1)
    d.table([
        ["Skrót", "Rozwinięcie"],
        ["BGK", "Bank Gospodarstwa Krajowego"],
        ["EFRR", "Europejski Fundusz Rozwoju Regionalnego"],
        ["EFS+", "Europejski Fundusz Społeczny Plus"],
        ["FE", "Fundusze Europejskie"],
        ["FEnIKS", "program Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027"],
        ["GPR", "gminny program rewitalizacji"],
        ["GUS", "Główny Urząd Statystyczny"],
        ["IRMiR", "Instytut Rozwoju Miast i Regionów"],
        ["IZ", "instytucja zarządzająca"],
        ["MFiPR", "Ministerstwo Funduszy i Polityki Regionalnej"],
        ["MRiT", "Ministerstwo Rozwoju i Technologii"],
        ["NFOŚiGW", "Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej"],
        ["PIM", "Partnerska Inicjatywa Miast"],
        ["SSR", "Specjalna Strefa Rewitalizacji"],
        ["WFOŚiGW", "wojewódzki fundusz ochrony środowiska i gospodarki wodnej"],
    ], [3.0, 14.0])

    d.save(out_odt)

    # ------------------------------------------------------------------ gold
    acts = []
    for r in RECS:
        vals = {"responsible": _v(r["addr"]), "timeline": _v(r["deadline"]), "cost": _v(r["cost"]),
                "funding": _v(r["fund"]), "indicator": _v(r["ind"])}
        acts.append({"title": r["title"], "theme": r["theme"], "secondary_themes": r["sec"],
                     "responsible": vals["responsible"] is not None, "timeline": vals["timeline"] is not None,
                     "cost": vals["cost"] is not None, "indicator": vals["indicator"] is not None,
                     "type": r["type"], "values": vals})
    return {
        "file": FILE_BASE + ".odt", "document_type": "improvement_plan", "city": None,
        "network": "revitalisation", "status": "final", "text_layer": True, "pages": None,
        "sections": {"introduction": "present", "diagnosis": "present", "recommendations": "present",
                     "addressees": "present", "implementation": "present"},
        "actions": acts,
        "traps": ["manual_heading_numbers_no_outline", "typed_contents_list_no_toc_field",
                  "cards_2col_merged_title_bar", "tracked_deletion_whole_recommendation",
                  "tracked_insertion_new_recommendation", "tracked_change_inside_deadline_value",
                  "comments_on_values", "placeholder_unfilled_cost", "template_card_only_placeholders",
                  "supplementary_recs_fields_only_in_summary_table", "cities_postulates_table",
                  "previous_edition_recommendations_table", "good_practices_abroad_table",
                  "advocacy_calendar_events", "case_stories_in_diagnosis", "barrier_list_annex_mapped_to_recs",
                  "implementation_risk_table", "rejected_recommendation_in_prose",
                  "addressees_heading_reworded", "null_markers_nie_dotyczy_dash_bd"],
        "notes": ("ODT Plan Ulepszeń of the revitalisation network (8 cities). Headings typed with manual numbers "
                  "('I. Wprowadzenie' … 'VI. Wdrażanie i monitorowanie Planu Ulepszeń'); no ToC field, only a typed "
                  "'Zawartość dokumentu' list. Recommendations 1–8 are 2-column cards (merged title bar "
                  "'Rekomendacja nr N', title in 'Tytuł rekomendacji' row; fields Rodzaj/Adresat/Termin wdrożenia/"
                  "Szacunkowy koszt/Źródło finansowania/Miernik realizacji). Card 4 deadline changed by tracked "
                  "change ('do końca 2025 r.' deleted → 'do 30 czerwca 2026 r.'). Card 7 cost is an unfilled "
                  "text:placeholder → null. A template card holding only placeholders follows section 4.3 – not a "
                  "recommendation. 4.4 'Rekomendacje uzupełniające': nr 9 in prose, addressee/type/deadline only "
                  "in summary table 11; the old nr 10 ('Gminny fundusz poręczeniowy…') is a tracked deletion (not "
                  "counted); the new nr 10 ('Staże międzymiejskie…') is a tracked insertion (counted). A dropped "
                  "idea (mieszkańcy w komisjach oceny) is mentioned in prose – not a recommendation. "
                  "'nie dotyczy', '—', 'b.d.' = not stated. Decoys: cities' postulates (table 7), 2022 edition "
                  "recommendations R-1…R-6 with addressees (table 8), good practices abroad (table 9), addressees "
                  "table 10, advocacy calendar, implementation risk table, case stories (2.8), barrier list annex, meeting list annex. Comments (office:annotation) on values of "
                  "recs 2, 4 and 5."),
    }


def accepted_text(odt_path):
    """Body text as accepted (tracked deletions live only in text:tracked-changes; annotations dropped)."""
    with zipfile.ZipFile(odt_path) as z:
        root = etree.fromstring(z.read("content.xml"))
    ns = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
          "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}
    for el in root.xpath("//text:tracked-changes | //office:annotation", namespaces=ns):
        el.getparent().remove(el)
    out = []
    for el in root.xpath("//text:p | //text:h", namespaces=ns):
        out.append("".join(el.itertext()))
    return "\n".join(out)


def deleted_snippets():
    return ["końca 2025 r.", "Rekomendacja nr 10. %s." % DELETED_REC[0], DELETED_REC[1]]

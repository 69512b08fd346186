"""MID Ostrołęka – sieć Rewitalizacja.  Working draft kept as DOCX with tracked
changes and comments, a stale table of contents, content-control action cards."""
from docxlib import Doc

FILE_BASE = "Ostroleka_MID_rewitalizacja_projekt_v0.7_2025-03-14"

JK = ("Joanna Kaczyńska", "2025-03-06T09:12:00Z")
MD = ("Marek Dąbrowski", "2025-02-27T13:40:00Z")
EZ = ("Ewa Zalewska", "2025-03-10T11:25:00Z")
JK2 = ("Joanna Kaczyńska", "2025-03-12T15:03:00Z")

UMO = "UM Ostrołęki"
WIR = "Wydział Inwestycji i Remontów UM Ostrołęki"
MZBM = "Miejski Zarząd Budynków Mieszkalnych w Ostrołęce"
MOPR = "Miejski Ośrodek Pomocy Rodzinie w Ostrołęce"

OBJ = {
    "1": "Atrakcyjna i zielona przestrzeń publiczna Starego Miasta i nadbrzeża Narwi",
    "2": "Aktywni, zintegrowani mieszkańcy i silne więzi sąsiedzkie",
    "3": "Ożywienie gospodarcze ulic handlowych obszaru rewitalizacji",
    "4": "Mieszkańcy świadomi zmian klimatu i sprawne zarządzanie procesem rewitalizacji",
}

# resp_where: prose | card | none ; ind_where: prose | card | none
ACTIONS = [
    dict(n=1, obj="1", theme="public_space", sec=[],
         title="Przebudowa placu gen. Józefa Bema w zieloną przestrzeń spotkań",
         desc="Plac, dziś w większości parking, zostanie przekształcony w miejsce odpoczynku i wydarzeń: powstaną "
              "nasadzenia drzew i łąk kwietnych, zbiornik retencyjny na wodę opadową, fontanna posadzkowa, scena "
              "plenerowa i strefa ogródków gastronomicznych. Liczba miejsc postojowych zmniejszy się z 84 do 30.",
         resp=WIR, resp_where="prose+card", ind="1,2 ha zagospodarowanej przestrzeni publicznej", ind_where="card",
         period="2026–2027 r.", cost="7,5 mln zł", cost_old="6,2 mln zł",
         funding="FEM 2021–2027 (Priorytet V) – 75%, budżet Miasta", card=1,
         partners="Miejski Zarząd Dróg i Zieleni, Wojewódzki Konserwator Zabytków",
         loc="plac gen. Józefa Bema, działki nr 12/4, 12/7, 13 (obręb 02 Stare Miasto)"),
    dict(n=2, obj="1", theme="public_space", sec=["walking_traffic_calming"],
         title="Bulwary nad Narwią – etap II z przystanią kajakową",
         desc="Przedłużenie bulwarów od mostu gen. Bema w kierunku ul. Kościuszki: ciąg pieszo-rowerowy, oświetlenie, "
              "pomosty, przystań dla kajaków i łodzi wiosłowych, zejścia do wody dostępne dla osób z niepełnosprawnościami.",
         resp=WIR, resp_where="card", ind="650 m ciągu pieszo-rowerowego, 1 przystań kajakowa", ind_where="card",
         period="II kw. 2026 – IV kw. 2027", period_old="2026 r.", cost="4,8 mln zł",
         funding="FEM 2021–2027, budżet Miasta", card=2,
         partners="Państwowe Gospodarstwo Wodne Wody Polskie, Ostrołęcki Klub Kajakowy",
         loc="lewy brzeg Narwi, odcinek ok. 650 m od mostu gen. Bema"),
    dict(n=3, obj="1", theme="public_space", sec=["social_activation"],
         title="Podwórka Starego Miasta – odnowa sześciu podwórek z udziałem mieszkańców",
         desc="Wspólne projektowanie i odnowa podwórek kamienic komunalnych i wspólnot: uporządkowanie zieleni, "
              "miejsca do siedzenia, stojaki rowerowe, altany śmietnikowe, mała architektura dla dzieci. Mieszkańcy "
              "wybierają zakres prac na warsztatach i współuczestniczą w nasadzeniach.",
         resp=MZBM, resp_where="prose", ind="6 odnowionych podwórek", ind_where="prose",
         period="2025–2027 r.", cost="1,2 mln zł", funding="budżet Miasta, wkład wspólnot mieszkaniowych"),
    dict(n=4, obj="2", theme="social_activation", sec=[],
         title="Centrum Aktywności Lokalnej „Wojciechowice”",
         desc="Adaptacja parteru budynku komunalnego przy ul. Prądzyńskiego na centrum aktywności lokalnej "
              "prowadzone metodą organizowania społeczności lokalnej: świetlica dla dzieci, kawiarenka sąsiedzka, "
              "punkt poradnictwa, zajęcia dla rodzin i seniorów.",
         resp=MOPR, resp_where="card", ind="350 uczestników zajęć rocznie", ind_where="card",
         period="IV kw. 2025 – IV kw. 2027", cost="1,6 mln zł",
         funding="FEM 2021–2027 (EFS+) – 85%, budżet Miasta", card=4,
         partners="Stowarzyszenie „Razem dla Wojciechowic”, Szkoła Podstawowa nr 6",
         loc="ul. Prądzyńskiego 14 (lokal użytkowy w parterze, 240 m²)"),
    dict(n=5, obj="2", theme="social_activation", sec=[],
         title="Klub Seniora „Stare Miasto” i sieć sąsiedzkich liderów",
         desc="Klub działający trzy dni w tygodniu, szkolenia dla 15 liderów sąsiedzkich, którzy pomagają samotnym "
              "seniorom w codziennych sprawach i zachęcają ich do udziału w życiu dzielnicy.",
         resp="Ostrołęckie Centrum Kultury we współpracy z Ostrołęcką Radą Seniorów", resp_where="prose",
         ind=None, ind_where="none", period="2025–2027 r.", cost="90 000 zł rocznie (3 lata)", funding="budżet Miasta",
         comment_resp=("Czy OCK to potwierdziło? Na spotkaniu 5.03 była mowa raczej o MOPR.", EZ, "EZ")),
    dict(n=6, obj="2", theme="social_activation", sec=[],
         title="Młodzieżowy Klub Dzielnicowy i streetworking",
         desc="Miejsce spotkań dla młodzieży w wieku 13–19 lat z obszaru rewitalizacji, praca streetworkerów na "
              "podwórkach i w okolicy dworca autobusowego, zajęcia rozwojowe i sportowe.",
         resp=None, resp_where="none", resp_text="Realizator zostanie wyłoniony w otwartym konkursie ofert dla "
                                                  "organizacji pozarządowych.",
         ind=None, ind_where="none", period="I kw. 2026 – IV kw. 2027", cost=None, cost_print="do oszacowania",
         funding=None, funding_print="b.d."),
    dict(n=7, obj="3", theme="economic_activation", sec=[],
         title="„Lokal na start” – preferencyjny najem lokali gminnych w parterach kamienic",
         desc="Konkurs na najem 10 pustych lokali użytkowych z obniżonym czynszem (30% stawki w pierwszym roku, 60% "
              "w drugim) dla osób rozpoczynających działalność, rzemieślników, twórców i organizacji.",
         resp=MZBM, resp_where="card", ind=None, ind_where="card-empty",
         period="od III kw. 2025", cost=None, cost_print="—", funding="budżet Miasta (obniżone czynsze)", card=7,
         partners=None, loc="ul. Głowackiego, ul. Kilińskiego, pl. gen. Bema"),
    dict(n=8, obj="3", theme="economic_activation", sec=[],
         title="Zwolnienie z podatku od nieruchomości dla nowych działalności na obszarze rewitalizacji",
         desc="Uchwała Rady Miasta przewidująca zwolnienie przez 24 miesiące dla przedsiębiorców, którzy otworzą "
              "działalność w lokalach na obszarze rewitalizacji (pomoc de minimis).",
         resp="Wydział Podatków i Opłat UM Ostrołęki", resp_where="prose",
         ind="20 nowych działalności gospodarczych", ind_where="prose",
         period="2026–2027 r.", cost="ok. 240 tys. zł rocznie (utracone dochody)", funding="budżet Miasta",
         comment_desc=("Radca prawny: konieczna uchwała RM; sprawdzić zgodność z art. 7 ust. 3 ustawy o podatkach "
                       "i opłatach lokalnych i rozporządzeniem de minimis.", MD, "MD")),
    dict(n=9, obj="3", theme="economic_activation", sec=["social_activation"], inserted=True,
         title="Inkubator Rzemiosła Kurpiowskiego",
         desc="Osiem pracowni dla rzemieślników i twórców ludowych (plecionkarstwo, wycinankarstwo, bursztyn, "
              "tkactwo) w budynku dawnej szkoły przy ul. Kościuszki, ze sklepem z lokalnymi wyrobami i warsztatami dla "
              "turystów.",
         resp="Ostrołęckie Centrum Kultury i Muzeum Kultury Kurpiowskiej", resp_where="prose",
         ind="8 pracowni rzemieślniczych", ind_where="prose",
         period="2026–2027 r.", cost="2,3 mln zł", funding="FEM 2021–2027 (Priorytet V) – 85%, budżet Miasta",
         comment_title=("Dodane po spotkaniu LP 5.03.2025 – propozycja Muzeum. Proszę o akceptację Pani Dyrektor.", JK2, "JK")),
    dict(n=10, obj="4", theme="eco_awareness", sec=["public_space"],
         title="„Zielone Stare Miasto” – ogrody deszczowe i edukacja ekologiczna",
         desc="Budowa ogrodów deszczowych przy budynkach komunalnych i szkołach, cykl warsztatów dla mieszkańców "
              "o retencji wody, kompostowaniu i sadzeniu zieleni, konkurs na najbardziej zielony balkon.",
         resp=None, resp_where="card-empty", ind="12 ogrodów deszczowych, 20 warsztatów ekologicznych", ind_where="card",
         period="2026 r.", cost="350 tys. zł", funding="WFOŚiGW w Warszawie, budżet Miasta", card=10,
         partners="szkoły podstawowe nr 1 i 6, Liga Ochrony Przyrody – Koło w Ostrołęce", loc=None),
    dict(n=11, obj="4", theme="other", sec=[],
         title="Zespół ds. rewitalizacji i obsługa Lokalnego Partnerstwa",
         desc="Powołanie trzyosobowego zespołu koordynującego realizację MID i Gminnego Programu Rewitalizacji, "
              "prowadzenie sekretariatu Lokalnego Partnerstwa i Komitetu Rewitalizacji, sprawozdawczość w PIM.",
         resp="Wydział Rozwoju i Funduszy Zewnętrznych UM Ostrołęki", resp_where="prose", ind=None, ind_where="none",
         period="2025–2027 r.", cost=None, cost_print="—", funding="budżet Miasta (koszty osobowe)"),
]

DELETED = dict(title="Modernizacja hali targowej przy ul. Targowej",
               desc="Remont dachu i elewacji hali, wymiana instalacji, nowe stoiska dla rolników z Kurpiowszczyzny.",
               resp="Miejskie Przedsiębiorstwo Targowisk sp. z o.o.", period="2026 r.", cost="3,9 mln zł")

ABSENT_IN_ACCEPTED = [DELETED["desc"], "6,2 mln zł"]


def gold_actions():
    out = []
    for a in ACTIONS:
        v = {"responsible": a["resp"], "timeline": a["period"], "cost": a["cost"], "funding": a["funding"],
             "indicator": a["ind"]}
        out.append({"title": a["title"], "theme": a["theme"], "secondary_themes": a["sec"],
                    "responsible": a["resp"] is not None, "timeline": a["period"] is not None,
                    "cost": a["cost"] is not None, "indicator": a["ind"] is not None, "type": None, "values": v})
    return out


def header_footer(d):
    d.header_xml = (
        d.p_xml(d.R(" PIM ", b=True, color="FFFFFF", sz=18) + d.R("  Partnerska Inicjatywa Miast  ", color="FFFFFF", sz=16)
                + d.R("\tMiasto Ostrołęka · MID „Rewitalizacja”", sz=16, color="FFFFFF"),
                style="Header", shd="548235", tabs=[("right", "none", 9070)])
        + d.p_xml(d.R("PROJEKT – wersja robocza 0.7 – nie do publikacji", i=True, sz=15, color="C00000"),
                  style="Header", jc="right"))
    d.footer_xml = d.p_xml(
        d.R("Strona ", sz=18) + d.FIELD("PAGE", "1", sz=18) + d.R(" z ", sz=18) + d.FIELD("NUMPAGES", "1", sz=18),
        style="Footer", jc="center")


def build(resolve=False, toc_pages=None):
    d = Doc(resolve=resolve, font="Times New Roman", size=24, line=336, after=120, heading_numbering=False,
            heading_font="Times New Roman", heading_color="375623",
            title="MID Ostrołęka – projekt", creator="Joanna Kaczyńska", last_by="Joanna Kaczyńska",
            created="2024-11-18T08:30:00Z", modified="2025-03-14T16:47:00Z")
    header_footer(d)
    P, H, R = d.P, d.H, d.R

    def sub(text):
        """sub-chapter: bold paragraph with a typed number (no heading style)"""
        P(R(text, b=True, color="375623"), keep_next=True, spacing={"before": "240", "after": "80"}, jc="left")

    # ------------------------------------------------------------- cover
    P(R("MIASTO OSTROŁĘKA", b=True, sz=32, color="375623"), jc="center", spacing={"before": "1200"})
    P(R("Urząd Miasta Ostrołęki · Wydział Rozwoju i Funduszy Zewnętrznych", sz=22), jc="center")
    P("", spacing={"before": "1400"})
    P(R("MIEJSKA INICJATYWA DZIAŁANIA", b=True, sz=44, color="375623"), jc="center")
    P(R("w sieci tematycznej „Rewitalizacja” Partnerskiej Inicjatywy Miast", sz=26), jc="center")
    P(R("„Ożywić Stare Miasto i Wojciechowice”", i=True, sz=30), jc="center", spacing={"before": "400"})
    P("", spacing={"before": "1400"})
    P(R("PROJEKT – wersja robocza 0.7", b=True, sz=26, color="C00000"), jc="center",
      border=("12", "C00000"))
    P(R("stan na 14 marca 2025 r. – dokument w trakcie uzgodnień z Lokalnym Partnerstwem, nie stanowi stanowiska "
        "Prezydenta Miasta Ostrołęki", sz=20), jc="center")
    P("", spacing={"before": "1600"})
    P(R("Ostrołęka 2025", sz=22), jc="center")
    d.end_section(title_pg=True)
    toc_index = len(d.body)

    # ------------------------------------------------------------- 1 Streszczenie
    H(1, "1. STRESZCZENIE", page_break=True)
    P("Miejska Inicjatywa Działania (MID) Ostrołęki dotyczy obszaru rewitalizacji wyznaczonego w Gminnym Programie "
      "Rewitalizacji Miasta Ostrołęki na lata 2023–2030 – Starego Miasta wraz z nadbrzeżem Narwi oraz osiedla "
      "Wojciechowice. Obszar zamieszkuje 9 870 osób, tj. 19,7% mieszkańców miasta, a koncentrują się w nim "
      "ubóstwo, bezrobocie, starzenie się ludności i zanik handlu w parterach kamienic.")
    P("Celem głównym MID jest **ożywienie Starego Miasta i Wojciechowic jako miejsc, w których chce się mieszkać, "
      "spędzać czas i prowadzić działalność**. Cel ten będzie realizowany przez cztery cele szczegółowe: przestrzeń "
      "publiczną, aktywizację społeczną, ożywienie gospodarcze oraz edukację klimatyczną i sprawne zarządzanie.")
    P("W projekcie zaplanowano 11 działań o łącznej szacunkowej wartości ok. 18,5 mln zł (bez działań, których koszt "
      "jest jeszcze szacowany). Największe z nich to przebudowa placu gen. Józefa Bema, drugi etap bulwarów nad "
      "Narwią oraz Centrum Aktywności Lokalnej na Wojciechowicach. Działania będą finansowane przede wszystkim "
      "z programu Fundusze Europejskie dla Mazowsza 2021–2027 (FEM) oraz z budżetu Miasta. MID powstaje we "
      "współpracy z Lokalnym Partnerstwem, w którym uczestniczą instytucje miejskie, organizacje pozarządowe, "
      "przedsiębiorcy i mieszkańcy.")
    P(R("[Streszczenie zostanie zaktualizowane po zamknięciu listy działań – JK]", i=True, color="7F7F7F"))

    # ------------------------------------------------------------- 2 Diagnoza
    H(1, "2. DIAGNOZA OBSZARU REWITALIZACJI", page_break=True)
    sub("2.1. Obszar rewitalizacji i jego wyznaczenie")
    P("Ostrołęka jest miastem na prawach powiatu w północno-wschodniej części województwa mazowieckiego, "
      "położonym nad Narwią, na skrzyżowaniu dróg krajowych nr 53, 60 i 61. Zajmuje 28,8 km² i liczy 50 214 "
      "mieszkańców (2023 r.), co oznacza spadek o 4,9% w porównaniu z 2015 r. Miasto pełni rolę centrum "
      "administracyjnego, usługowego i kulturalnego Kurpiowszczyzny, a przez dziesięciolecia jego gospodarka "
      "opierała się na energetyce i przemyśle celulozowo-papierniczym.")
    P("Obszar rewitalizacji wyznaczono uchwałą Rady Miasta Ostrołęki w 2022 r.{{fn:Uchwała nr 512/LV/2022 Rady "
      "Miasta Ostrołęki w sprawie wyznaczenia obszaru zdegradowanego i obszaru rewitalizacji Miasta Ostrołęki, "
      "podjęta na podstawie art. 11 ustawy z dnia 9 października 2015 r. o rewitalizacji.}} na podstawie analizy "
      "wskaźnikowej przeprowadzonej dla 21 jednostek urbanistycznych. Obejmuje on dwa podobszary o łącznej "
      "powierzchni 1,9 km² (6,6% powierzchni miasta): **Stare Miasto z nadbrzeżem Narwi** oraz **osiedle "
      "Wojciechowice** w rejonie ulic Prądzyńskiego, Traugutta i Kościuszki. Gminny Program Rewitalizacji (GPR) "
      "przyjęto w 2023 r.{{fn:Uchwała nr 688/LXXI/2023 Rady Miasta Ostrołęki w sprawie przyjęcia Gminnego "
      "Programu Rewitalizacji Miasta Ostrołęki na lata 2023–2030.}}")
    P("Stare Miasto zachowało historyczny układ ulic z rynkiem – dzisiejszym placem gen. Józefa Bema – ale "
      "większość zabudowy pochodzi z okresu odbudowy po zniszczeniach wojennych. Wojciechowice to osiedle "
      "z lat 60. i 70. XX w. z przewagą budynków komunalnych i spółdzielczych, o niskim standardzie technicznym "
      "i słabo urządzonych przestrzeniach międzyblokowych.")
    sub("2.2. Sytuacja społeczna")
    P("Analiza wskaźnikowa potwierdza koncentrację problemów społecznych na obszarze rewitalizacji (tabela 1). "
      "Szczególnie wysoki jest udział osób korzystających z pomocy społecznej i osób starszych żyjących samotnie. "
      "Na Wojciechowicach mieszka 31% wszystkich rodzin objętych w Ostrołęce asystą rodzinną.")
    d.caption("Tabela 1. Wybrane wskaźniki społeczne – obszar rewitalizacji na tle miasta (2023 r.)")
    d.T([["Wskaźnik", "Stare Miasto", "Wojciechowice", "Ostrołęka ogółem"],
         ["Liczba mieszkańców", "4 210", "5 660", "50 214"],
         ["Udział osób w wieku 65+", "27,3%", "21,7%", "19,8%"],
         ["Osoby korzystające z pomocy społecznej na 1000 mieszk.", "88", "103", "41"],
         ["Bezrobotni na 100 osób w wieku produkcyjnym", "7,1", "8,5", "4,6"],
         ["Przestępstwa stwierdzone na 1000 mieszk.", "34", "29", "18"],
         ["Niebieskie Karty na 1000 mieszk.", "3,1", "4,4", "1,9"],
         ["Frekwencja w wyborach samorządowych 2024", "38%", "35%", "47%"]],
        [4000, 1680, 1700, 1690], sz=20)
    P(R("Źródło: MOPR w Ostrołęce, Powiatowy Urząd Pracy w Ostrołęce, KMP w Ostrołęce, PKW; obliczenia własne."),
      style="Source")
    P("W badaniu ankietowym przeprowadzonym na potrzeby GPR 64% mieszkańców Starego Miasta oceniło, że w ich "
      "okolicy „nie ma dokąd pójść” poza sklepem i kościołem, a 41% zadeklarowało, że nie zna nikogo z sąsiadów "
      "z innych klatek schodowych. Osoby starsze najczęściej wskazywały samotność i brak pomocy w codziennych "
      "sprawach, młodzież – brak miejsc spotkań poza szkołą.")
    sub("2.3. Sytuacja gospodarcza")
    P("Po zamknięciu części mocy wytwórczych elektrowni i restrukturyzacji zakładów papierniczych rynek pracy "
      "Ostrołęki uległ wyraźnemu osłabieniu. Na obszarze rewitalizacji procesy te nałożyły się na odpływ handlu "
      "do galerii i sklepów wielkopowierzchniowych przy wylotówkach. Inwentaryzacja przeprowadzona w październiku "
      "2024 r. wykazała 63 puste lokale użytkowe w parterach, z czego 17 stanowi własność Miasta.")
    d.caption("Tabela 2. Podmioty gospodarcze i lokale użytkowe na obszarze rewitalizacji")
    d.T([["Wskaźnik", "2015", "2019", "2024"],
         ["Podmioty gospodarki narodowej na 100 mieszkańców – obszar rewitalizacji", "9,4", "8,7", "8,1"],
         ["Podmioty gospodarki narodowej na 100 mieszkańców – miasto", "10,2", "10,6", "10,9"],
         ["Puste lokale użytkowe w parterach (liczba)", "28", "41", "63"],
         ["w tym lokale gminne", "6", "11", "17"],
         ["Nowo zarejestrowane działalności rocznie – obszar rewitalizacji", "74", "61", "52"]],
        [5300, 1250, 1250, 1270], sz=20)
    P(R("Źródło: REGON, inwentaryzacja Wydziału Rozwoju i Funduszy Zewnętrznych (X 2024)."), style="Source")
    P("Handel na ul. Głowackiego i Kilińskiego ogranicza się w dużej mierze do usług o niskiej wartości dodanej "
      "(lombardy, punkty kredytowe, sklepy z tanią odzieżą). Przedsiębiorcy w wywiadach zwracali uwagę na brak "
      "ruchu pieszego po godzinie 17:00, niedobór miejsc postojowych dla klientów oraz wysokie czynsze "
      "w lokalach prywatnych w porównaniu z galeriami handlowymi.")
    sub("2.4. Przestrzeń publiczna, zabudowa i środowisko")
    P("Plac gen. Józefa Bema – historyczny rynek – jest obecnie w 70% zajęty przez parking i jezdnie. W okresie "
      "letnim temperatura nawierzchni placu przekracza 50°C, a w całym Starym Mieście tereny zieleni urządzonej "
      "zajmują zaledwie 4,2% powierzchni. Podwórka kamienic są w złym stanie, często nieoświetlone i zastawione "
      "samochodami. Nadbrzeże Narwi jest zagospodarowane tylko na odcinku 400 m przy moście gen. Bema.")
    P("Stan techniczny budynków mieszkalnych na obszarze rewitalizacji jest gorszy niż w pozostałej części miasta: "
      "48% budynków komunalnych wymaga remontu kapitalnego, a 22% mieszkań nie ma centralnego ogrzewania. "
      "Problem niskiej emisji jest widoczny szczególnie w sezonie grzewczym na Starym Mieście.{{fn:Wojewódzki "
      "Inspektorat Ochrony Środowiska w Warszawie, Roczna ocena jakości powietrza w województwie mazowieckim "
      "za 2023 r.; stacja pomiarowa w Ostrołęce.}}")
    P("Powiązania przestrzenne obszaru z resztą miasta są dobre – do centrum handlowego przy ul. Gorbatowa i dworca "
      "PKP dojeżdżają cztery linie Miejskiego Zakładu Komunikacji. Barierą jest natomiast ruch tranzytowy na "
      "ul. Kościuszki i Bema, który oddziela Stare Miasto od rzeki i zniechęca do spacerów.")
    d.raw(d.p_xml(d.R("Ramka 1. Dobre praktyki – jak inne miasta ożywiają parterowe lokale", b=True, color="375623"),
                  border=("8", "548235"), shd="EAF1E4", keep_next=True, spacing={"before": "120", "after": "0"}))
    for t in ["**Łódź – „Mia100 Kamienic”.** Kompleksowe remonty kamienic komunalnych połączone z przeznaczeniem "
              "lokali w parterach na działalność twórczą i usługową; najemców wybiera się w konkursach ofert, "
              "oceniając także wartość dla ulicy.",
              "**Gdańsk – lokale za złotówkę dla organizacji.** Miasto udostępnia wybrane lokale organizacjom "
              "pozarządowym za symboliczny czynsz w zamian za ich prowadzenie i otwartość dla mieszkańców.",
              "**Wnioski dla Ostrołęki:** konkurs musi być połączony z promocją ulicy i wydarzeniami, które "
              "przyciągają ruch pieszy – samo obniżenie czynszu nie wystarcza."]:
        d.raw(d.p_xml(d.md(t, sz=21), border=("8", "548235"), shd="EAF1E4",
                      spacing={"before": "0", "after": "0", "line": "276"}))
    P("", spacing={"after": "60"})
    sub("2.5. Dotychczasowe działania rewitalizacyjne")
    P("Ostrołęka prowadzi działania rewitalizacyjne od kilkunastu lat. W poprzedniej perspektywie finansowej "
      "zrealizowano m.in. następujące projekty, z których doświadczeń korzysta niniejsza MID:")
    d.bullets(["„Zagospodarowanie bulwarów nad Narwią – etap I” (2019–2021, RPO WM 2014–2020, wartość 8,4 mln zł) – "
               "400 m nabrzeża z ciągiem spacerowym, placem zabaw i siłownią plenerową;",
               "„Modernizacja budynku Ostrołęckiego Centrum Kultury” (2017–2018, RPO WM 2014–2020) – termomodernizacja "
               "i dostosowanie sali widowiskowej dla osób z niepełnosprawnościami;",
               "„Klub Integracji Społecznej przy MOPR” (2018–2020, EFS) – aktywizacja zawodowa 120 osób długotrwale "
               "bezrobotnych;",
               "program „Kolorowe Podwórka” (2016–2018, budżet obywatelski) – odnowa trzech podwórek przy ul. Kilińskiego."],
              numid=2)
    P("Ewaluacja tych projektów wskazała, że inwestycje w przestrzeń przyniosły trwały efekt tam, gdzie "
      "mieszkańcy uczestniczyli w ich projektowaniu, natomiast działania społeczne wygasały po zakończeniu "
      "finansowania, ponieważ nie miały stałego miejsca i operatora.")
    sub("2.6. Analiza SWOT")
    d.caption("Tabela 3. Analiza SWOT obszaru rewitalizacji")
    d.T([["Mocne strony", "Słabe strony"],
         ["położenie nad Narwią i zrealizowany I etap bulwarów; historyczny układ Starego Miasta; aktywne "
          "instytucje kultury (OCK, Muzeum Kultury Kurpiowskiej); tradycje rzemiosła kurpiowskiego",
          "zdominowanie placu Bema przez samochody; 63 puste lokale w parterach; zły stan techniczny budynków "
          "komunalnych; niska aktywność społeczna i zaufanie do instytucji"],
         [{"text": "Szanse", "b": True, "shade": "E2EFDA"}, {"text": "Zagrożenia", "b": True, "shade": "E2EFDA"}],
         ["środki FEM 2021–2027 na rewitalizację i EFS+; rosnące zainteresowanie turystyką rzeczną i kulturą "
          "kurpiowską; wymiana doświadczeń w sieci PIM",
          "dalszy odpływ młodych mieszkańców; transformacja energetyczna i utrata miejsc pracy; rosnące koszty "
          "inwestycji; gentryfikacja i wzrost czynszów po inwestycjach"]],
        [4535, 4535], sz=20, head_shade="E2EFDA")
    sub("2.7. Problemy kluczowe")
    P("Na podstawie diagnozy i warsztatów z Lokalnym Partnerstwem sformułowano cztery problemy kluczowe, "
      "na które odpowiada MID:")
    d.bullets(["brak atrakcyjnych, zielonych przestrzeni spotkań i słabe wykorzystanie nadbrzeża Narwi;",
               "osamotnienie osób starszych, brak oferty dla młodzieży i niska aktywność mieszkańców;",
               "zanikanie handlu i usług w parterach kamienic;",
               "wysoka wrażliwość obszaru na upały i podtopienia przy niskiej świadomości mieszkańców."], numid=2)

    # ------------------------------------------------------------- 3 Cele
    H(1, "3. CELE MID", page_break=True)
    P("Cel główny MID brzmi:")
    P(R("Ożywienie Starego Miasta i Wojciechowic jako miejsc, w których chce się mieszkać, spędzać czas "
        "i prowadzić działalność.", b=True), jc="center", spacing={"before": "120", "after": "240"})
    P("Cel główny jest zgodny z celem strategicznym 1 GPR („Przywrócenie funkcji centrotwórczych Starego "
      "Miasta”) oraz z wizją Strategii Rozwoju Miasta Ostrołęki 2030+. Został rozpisany na cztery cele "
      "szczegółowe, odpowiadające problemom kluczowym z rozdziału 2.7.")
    why = {"1": "Uzasadnienie: plac gen. Bema i nadbrzeże Narwi to dwa miejsca, które mieszkańcy najczęściej "
                "wskazywali jako potencjał dzielnicy. Ich przebudowa ma przyciągnąć ruch pieszy, który jest "
                "warunkiem powrotu usług do parterów.",
           "2": "Uzasadnienie: działania społeczne muszą mieć stałe miejsce i operatora – to główny wniosek "
                "z ewaluacji projektów realizowanych w latach 2016–2020.",
           "3": "Uzasadnienie: bez nowych najemców lokali w parterach inwestycje w przestrzeń nie przełożą się na "
                "ożywienie ulic; Miasto dysponuje 17 pustymi lokalami, które może wykorzystać.",
           "4": "Uzasadnienie: obszar jest najbardziej narażony na miejską wyspę ciepła, a rewitalizacja wymaga "
                "stałej koordynacji kilku jednostek miejskich i partnerów."}
    for k in "1234":
        P(R("Cel szczegółowy %s. %s" % (k, OBJ[k]), b=True), keep_next=True, spacing={"before": "160", "after": "40"})
        P(why[k])
    P("Cele szczegółowe będą mierzone wskaźnikami rezultatu, które zostaną określone w rozdziale 7.")

    # ------------------------------------------------------------- 4 Współpraca (ToC: Lokalne Partnerstwo i konsultacje)
    H(1, "4. WSPÓŁPRACA Z MIESZKAŃCAMI I PARTNERAMI", page_break=True)
    P("Lokalne Partnerstwo (LP) MID Ostrołęki powołano w październiku 2024 r. Jego trzon stanowią członkowie "
      "Komitetu Rewitalizacji, uzupełnieni o przedstawicieli przedsiębiorców ze Starego Miasta, młodzieży oraz "
      "instytucji kultury. Obecnie LP liczy 17 osób:")
    d.bullets(["Urząd Miasta Ostrołęki – Wydział Rozwoju i Funduszy Zewnętrznych (koordynacja), Wydział Inwestycji "
               "i Remontów, Wydział Spraw Społecznych;",
               "Miejski Ośrodek Pomocy Rodzinie, Miejski Zarząd Budynków Mieszkalnych, Ostrołęckie Centrum Kultury, "
               "Muzeum Kultury Kurpiowskiej;",
               "Stowarzyszenie „Razem dla Wojciechowic”, Ostrołęcka Rada Seniorów, Młodzieżowa Rada Miasta;",
               "Kurpiowska Izba Gospodarcza i trzech przedsiębiorców z ul. Głowackiego;",
               "dwie osoby reprezentujące mieszkańców, wybrane na otwartym spotkaniu."], numid=2)
    P("Spotkania i warsztaty Lokalnego Partnerstwa odbyły się w następujących terminach:")
    meetings = [("Spotkanie inicjujące Lokalnego Partnerstwa", "17.10.2024 r."),
                ("Warsztat „Mapa problemów obszaru rewitalizacji”", "07.11.2024 r."),
                ("Spacer badawczy po Starym Mieście i bulwarach", "23.11.2024 r."),
                ("Warsztat z przedsiębiorcami „Co ożywi ul. Głowackiego?”", "11.12.2024 r."),
                ("Warsztat celów i działań", "22.01.2025 r."),
                ("Kawiarenka sąsiedzka na Wojciechowicach (spotkanie otwarte)", "08.02.2025 r."),
                ("Posiedzenie LP – przegląd listy działań", "05.03.2025 r.")]
    for name, date in meetings:
        P(R(name + " – " + date), style="ListParagraph", num=(2, 0))
    P("Zaplanowano także kolejne spotkania: prezentację projektu MID dla mieszkańców (kwiecień 2025 r.) oraz "
      "posiedzenie LP przyjmujące dokument (maj 2025 r.).")
    P("Konsultacje społeczne projektu MID zostaną przeprowadzone w kwietniu 2025 r. zgodnie z uchwałą Rady Miasta "
      "Ostrołęki w sprawie zasad i trybu przeprowadzania konsultacji społecznych. Przewidziano formularz uwag "
      "(papierowy i elektroniczny), dwa punkty konsultacyjne – w OCK i w kawiarence na Wojciechowicach – oraz "
      "spotkanie otwarte w sali sesyjnej Ratusza. Dotychczasowe propozycje mieszkańców zebrane podczas spaceru "
      "badawczego i w ankiecie zestawiono w Załączniku nr 2.")

    # ------------------------------------------------------------- 5 Plan działań
    H(1, "5. PLAN DZIAŁAŃ", page_break=True)
    P("Poniżej opisano działania MID pogrupowane według celów szczegółowych. Numeracja działań jest ciągła. Dla "
      "części działań przygotowano karty w Załączniku nr 1 (formularz z polami do uzupełnienia przez realizatorów); "
      "terminy oraz koszty zawiera rozdział 6.")
    ins_done = False
    for k in "1234":
        P(R("Cel szczegółowy %s. %s" % (k, OBJ[k]), b=True, i=True, color="375623"), keep_next=True,
          spacing={"before": "200", "after": "80"})
        for a in [x for x in ACTIONS if x["obj"] == k]:
            if a["n"] == 9 and not ins_done:
                # deleted action (tracked deletion of a whole list item) before the inserted one
                del_runs = (d.DEL(DELETED["title"], *MD, b=True) + d.DEL(" – " + DELETED["desc"] + " Realizator: "
                                                                           + DELETED["resp"] + ".", *MD))
                P(del_runs, deleted_para=MD, style="ListParagraph", num=(3, 0), spacing={"after": "120"})
                ins_done = True
            title = d.R(a["title"], b=True)
            if a.get("comment_title") and not resolve:
                c = a["comment_title"]
                title = d.COMMENT(title, c[0], c[1][0], c[1][1], c[2])
            body = " – " + a["desc"]
            runs = title + d.R(body)
            if a.get("comment_desc"):
                c = a["comment_desc"]
                runs = title + d.COMMENT(d.R(body), c[0], c[1][0], c[1][1], c[2])
            if "prose" in a["resp_where"]:
                r = d.R(a["resp"])
                if a.get("comment_resp"):
                    c = a["comment_resp"]
                    r = d.COMMENT(r, c[0], c[1][0], c[1][1], c[2])
                runs += d.R(" Realizator: ") + r + d.R(".")
            elif a.get("resp_text"):
                runs += d.R(" " + a["resp_text"])
            if a["ind_where"] == "prose":
                runs += d.R(" Wskaźnik: " + a["ind"] + ".")
            if a.get("card"):
                runs += d.R(" Szczegóły – karta w Załączniku nr 1.")
            if a.get("inserted"):
                P(d.INS(runs, *JK2), mark_ins=JK2, style="ListParagraph", num=(3, 0), spacing={"after": "120"})
            else:
                P(runs, style="ListParagraph", num=(3, 0), spacing={"after": "120"})
    P("Działania uzupełniają projekty komplementarne, które nie są częścią MID i nie są finansowane z jej budżetu:",
      spacing={"before": "200"})
    d.bullets(["przebudowa ul. Kościuszki z budową ronda przy ul. Traugutta (Miejski Zarząd Dróg i Zieleni, 2025–2026, "
               "Rządowy Fundusz Rozwoju Dróg);",
               "termomodernizacja 9 budynków komunalnych na Wojciechowicach (MZBM, 2025–2027, FEnIKS i program "
               "„Ciepłe Mieszkanie”);",
               "Program „Czyste Powietrze” – wymiana źródeł ciepła w domach jednorodzinnych (WFOŚiGW w Warszawie);",
               "budowa Centrum Usług Społecznych w Ostrołęce (MOPR, 2025–2026, FEM 2021–2027)."], numid=2)

    # ------------------------------------------------------------- 6 Harmonogram i budżet (merged)
    H(1, "6. HARMONOGRAM I BUDŻET", page_break=True)
    sub("6.1. Harmonogram realizacji")
    P("Harmonogram ma charakter wstępny i zostanie zweryfikowany po ogłoszeniu harmonogramu naborów w FEM "
      "2021–2027. Przy działaniach inwestycyjnych okres realizacji obejmuje również przygotowanie dokumentacji.")
    d.caption("Tabela 4. Wykaz działań i okresy realizacji")
    rows = [["Lp.", "Działanie", "Okres realizacji", "Stan przygotowania"]]
    opts = {}
    prep = {1: "koncepcja, konkurs architektoniczny w 2025 r.", 2: "program funkcjonalno-użytkowy",
            3: "wybrane 4 z 6 podwórek", 4: "lokal wskazany, projekt adaptacji", 5: "gotowe do startu",
            6: "do ustalenia", 7: "regulamin konkursu w przygotowaniu", 8: "projekt uchwały",
            9: "pomysł – wymaga analizy", 10: "lokalizacje wstępne", 11: "zarządzenie w przygotowaniu"}
    lp = 0
    for a in ACTIONS:
        if a["n"] == 9:
            opts[len(rows)] = {"del": MD}
            rows.append([{"runs": d.DEL("–", *MD, sz=20)}, {"runs": d.DEL(DELETED["title"], *MD, sz=20)},
                         {"runs": d.DEL(DELETED["period"], *MD, sz=20)}, {"runs": d.DEL("koncepcja", *MD, sz=20)}])
        lp += 1
        per = a["period"]
        if a.get("period_old") and not resolve:
            per = {"runs": d.DEL(a["period_old"], *EZ, sz=20) + d.INS(d.R(a["period"], sz=20), *EZ)}
        row = [str(lp), a["title"], per, prep[a["n"]]]
        if a.get("inserted"):
            opts[len(rows)] = {"ins": JK2}
            if not resolve:
                row = [{"runs": d.INS(d.R(str(c), sz=20), *JK2)} for c in row]
        rows.append(row)
    d.T(rows, [600, 4400, 2000, 2070], sz=20, row_opts=opts)
    sub("6.2. Budżet i źródła finansowania")
    P("Szacunkowe koszty działań przedstawia tabela 5. Kwoty dla działań inwestycyjnych pochodzą z koncepcji "
      "i wstępnych kosztorysów, a dla działań społecznych – z kalkulacji realizatorów. Wkład własny Miasta "
      "zostanie wprowadzony do Wieloletniej Prognozy Finansowej po przyjęciu MID.")
    d.caption("Tabela 5. Szacunkowe koszty i źródła finansowania działań")
    rows = [["Działanie", "Szacunkowy koszt", "Źródło finansowania"]]
    opts = {}
    for a in ACTIONS:
        if a["n"] == 9:
            opts[len(rows)] = {"del": MD}
            rows.append([{"runs": d.DEL(DELETED["title"], *MD, sz=20)}, {"runs": d.DEL(DELETED["cost"], *MD, sz=20)},
                         {"runs": d.DEL("FEM 2021–2027", *MD, sz=20)}])
        cost = a["cost"] if a["cost"] else a["cost_print"]
        fund = a["funding"] if a["funding"] else a["funding_print"]
        if a.get("cost_old") and not resolve:
            cost = {"runs": d.COMMENT(d.DEL(a["cost_old"], *MD, sz=20) + d.INS(d.R(a["cost"], sz=20), *MD),
                                      "Kwota po aktualizacji kosztorysu inwestorskiego (luty 2025). Do potwierdzenia "
                                      "ze Skarbnikiem – WPF przewiduje na razie 6,2 mln zł.", MD[0], MD[1], "MD")}
        row = [a["title"], cost, fund]
        if a.get("inserted"):
            opts[len(rows)] = {"ins": JK2}
            if not resolve:
                row = [{"runs": d.INS(d.R(str(c), sz=20), *JK2)} for c in row]
        rows.append(row)
    rows.append([{"text": "Razem (działania z oszacowanym kosztem)", "b": True}, {"text": "ok. 18,5 mln zł", "b": True},
                 {"text": "", "b": True}])
    d.T(rows, [4500, 2100, 2470], sz=20, row_opts=opts)
    P(R("Kwota łączna nie obejmuje działań „Lokal na start”, Młodzieżowego Klubu Dzielnicowego i kosztów zespołu; "
        "koszty roczne przeliczono na okres 2025–2027.", i=True, sz=20), style="Source")
    P("Głównym źródłem finansowania działań inwestycyjnych i społecznych ma być program Fundusze Europejskie dla "
      "Mazowsza 2021–2027 – Priorytet V (rewitalizacja obszarów miejskich) oraz środki EFS+ na usługi społeczne. "
      "Ostrołęka jako miasto średnie tracące funkcje społeczno-gospodarcze może liczyć na preferencje w naborach. "
      "Działania miękkie i ulgi podatkowe będą finansowane z budżetu Miasta, a edukacja ekologiczna – częściowo "
      "z dotacji Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Warszawie.")

    # ------------------------------------------------------------- 7 Wskaźniki (only a deferral)
    H(1, "7. WSKAŹNIKI I MONITORING", page_break=True)
    P(d.COMMENT(d.R("Rozdział zostanie opracowany po zakończeniu konsultacji społecznych, wspólnie z ekspertem "
                    "sieci „Rewitalizacja” – do uzupełnienia do 30 czerwca 2025 r."),
                "Ekspert sieci prosił o wskaźniki rezultatu najpóźniej w czerwcu – kto przygotuje pierwszą wersję?",
                JK[0], "2025-03-13T08:20:00Z", "JK"))
    P(R("[Wydział Rozwoju – tu wstawić tabelę wskaźników rezultatu i opis systemu monitorowania]", i=True,
        color="7F7F7F"))

    # NOTE: chapter 8 "ANALIZA RYZYKA" is listed in the (stale) table of contents but has no body.

    # ------------------------------------------------------------- Załącznik 1 – karty (content controls)
    H(1, "Załącznik nr 1 – Karty działań", style="AnnexHeading", page_break=True)
    P("Karty wypełniają realizatorzy działań. Pola szare oznaczają informacje jeszcze niewprowadzone.",
      spacing={"after": "200"})
    lab = lambda t: {"text": t, "b": True, "shade": "E2EFDA"}
    cw = [2300, 2400, 1900, 2470]

    def card(num, a):
        def v(key, value, alias, multiline=False):
            return {"runs": d.SDT(value, alias, key, multiline=multiline, sz=20), "span": 3}
        name = a["title"] if a else None
        resp_val = a["resp"] if a and a["resp_where"] in ("card", "prose+card") else None
        ind_val = a["ind"] if a and a["ind_where"] == "card" else None
        obj = ("%s. %s" % (a["obj"], OBJ[a["obj"]])) if a else None
        rows = [[{"text": "KARTA DZIAŁANIA", "span": 4, "shade": "548235", "color": "FFFFFF", "b": True, "jc": "center"}],
                [lab("Nazwa działania"), {"runs": d.SDT(name, "Nazwa działania", "nazwa",
                                                        placeholder="[wpisz nazwę działania]", sz=20, b=True), "span": 3}],
                [lab("Numer działania"), str(num), lab("Cel szczegółowy"),
                 {"runs": d.SDT(obj, "Cel szczegółowy", "cel", sz=20)}],
                [lab("Realizator (podmiot odpowiedzialny)"), v("realizator", resp_val, "Realizator")],
                [lab("Partnerzy"), v("partnerzy", a.get("partners") if a else None, "Partnerzy")],
                [lab("Lokalizacja"), v("lokalizacja", a.get("loc") if a else None, "Lokalizacja")],
                [lab("Opis działania"), v("opis", a["desc"] if a and a["n"] in (2, 4) else None, "Opis", True)],
                [lab("Wskaźnik produktu i wartość docelowa"), v("wskaznik", ind_val, "Wskaźnik produktu")],
                [lab("Uwagi"), v("uwagi", None, "Uwagi", True)]]
        d.caption("Karta działania nr %d" % num)
        d.T(rows, cw, header=0, sz=20)

    by_n = {a["n"]: a for a in ACTIONS}
    for k, n in enumerate([1, 2, 4, 7, 10]):
        card(n, by_n[n])
        d.page_break()
    card(12, None)   # empty template card – placeholders only, not an action

    # ------------------------------------------------------------- Załącznik 2 – pomysły mieszkańców
    H(1, "Załącznik nr 2 – Pomysły mieszkańców ze spaceru badawczego i ankiety", style="AnnexHeading", page_break=True)
    P("Podczas spaceru badawczego (23.11.2024 r.) i w ankiecie internetowej (listopad–grudzień 2024 r., 312 "
      "odpowiedzi) mieszkańcy zgłosili 41 pomysłów. Poniżej zestawiono najczęściej powtarzające się propozycje "
      "oraz stanowisko zespołu roboczego. Pomysły nieuwzględnione nie są działaniami MID.")
    d.caption("Tabela 6. Propozycje mieszkańców i stanowisko zespołu roboczego")
    d.T([["Propozycja", "Liczba zgłoszeń", "Stanowisko"],
         ["Więcej zieleni i ławek na placu Bema", "38", "uwzględniona – działanie 1"],
         ["Plaża miejska nad Narwią", "21", "do analizy przy II etapie bulwarów (działanie 2); wymaga zgody Wód Polskich"],
         ["Kino letnie na bulwarach", "14", "przekazana do OCK – oferta wydarzeń"],
         ["Miejsce dla młodzieży na Wojciechowicach", "12", "uwzględniona – działanie 6"],
         ["Parking wielopoziomowy przy Starym Mieście", "11", "nieuwzględniona – sprzeczna z celem szczegółowym 1"],
         ["Targ śniadaniowy w soboty", "9", "przekazana do Kurpiowskiej Izby Gospodarczej"],
         ["Monitoring wizyjny podwórek", "8", "nieuwzględniona – poza zakresem MID, przekazana do Straży Miejskiej"],
         ["Mural o historii Ostrołęki na ścianie przy ul. Głowackiego", "6", "do rozważenia w budżecie obywatelskim"],
         ["Tężnia solankowa na placu Bema", "5", "nieuwzględniona – koszt utrzymania, brak miejsca"]],
        [4300, 1300, 3470], sz=20)
    P("Pełna lista 41 pomysłów wraz z protokołem ze spaceru badawczego znajduje się w dokumentacji Wydziału Rozwoju "
      "i Funduszy Zewnętrznych.")
    return d, toc_index


def final_sect(d):
    return d.sect_xml()


TOC_LEVELS = "1-1"
BODY_START_PAGE = 2


def toc_entries(d, pages):
    """Stale ToC: chapter 4 under its earlier name, chapter 8 still listed although removed from the body."""
    out = []
    pg = dict()
    for k, (lvl, label, text) in enumerate(d.headings):
        pg[text] = pages[k] if pages else 0
    for lvl, label, text in d.headings:
        shown = label
        if text.startswith("4. "):
            shown = "4. LOKALNE PARTNERSTWO I KONSULTACJE"
        out.append((1, shown, pg[text]))
        if text.startswith("7. "):
            out.append((1, "8. ANALIZA RYZYKA", pg[text] + 1 if pages else 0))
    return out


def gold(pages):
    return {
        "file": FILE_BASE + ".docx", "document_type": "mid", "city": "Ostrołęka", "network": "revitalisation",
        "status": "draft", "text_layer": True, "pages": pages,
        "sections": {"summary": "present", "context": "present", "objectives": "present", "actions": "present",
                     "schedule": "present", "budget": "present", "stakeholders": "present",
                     "indicators": "incomplete", "risks": "missing"},
        "actions": gold_actions(),
        "traps": ["stale_toc_chapter_renamed", "toc_entry_without_body", "deferral_only_chapter",
                  "merged_schedule_budget_chapter", "tracked_whole_action_deleted", "tracked_action_inserted",
                  "tracked_value_change_cost", "tracked_value_change_timeline", "comments_on_values",
                  "content_control_cards", "placeholder_only_card", "unfilled_control_means_null",
                  "actions_as_numbered_list_bold_leadin", "fields_split_between_list_cards_tables",
                  "tables_keyed_by_title", "past_projects_in_diagnosis", "complementary_projects_list",
                  "partnership_meeting_list_lines", "residents_proposals_annex", "bordered_frame_good_practices",
                  "objectives_as_bold_paragraphs", "caption_wykaz_dzialan_is_schedule", "null_cost_dash",
                  "null_cost_do_oszacowania", "null_funding_bd", "responsible_deferred_to_competition",
                  "manual_heading_numbers", "draft_editorial_notes"],
        "notes": ("Projekt roboczy MID Ostrołęki (sieć Rewitalizacja) z pozostawionymi zmianami śledzonymi i komentarzami. "
                  "Działania jako lista numerowana z pogrubionym tytułem (rozdz. 5); realizator i wskaźnik częściowo "
                  "w prozie, częściowo w kartach z kontrolkami treści (Załącznik nr 1); okres w tabeli 4, koszt "
                  "i finansowanie w tabeli 5 (obie kluczowane tytułem). Zmiany: usunięte działanie „Modernizacja hali "
                  "targowej przy ul. Targowej” (w:del – nie jest działaniem), wstawione działanie „Inkubator Rzemiosła "
                  "Kurpiowskiego” (w:ins – jest), koszt placu Bema 6,2→7,5 mln zł, okres bulwarów 2026 r.→II kw. 2026 – "
                  "IV kw. 2027. Karta nr 12 zawiera wyłącznie placeholdery – nie jest działaniem; w kartach 7 i 10 część "
                  "pól niewypełniona (null). Spis treści nieaktualny: rozdz. 4 w spisie jako „Lokalne Partnerstwo "
                  "i konsultacje”, w treści „Współpraca z mieszkańcami i partnerami”; „8. Analiza ryzyka” tylko w spisie "
                  "(risks: missing). Rozdz. 7 zawiera wyłącznie zapowiedź (indicators: incomplete)."),
    }

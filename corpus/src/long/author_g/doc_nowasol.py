"""Document 2: MID Nowa Sól (revitalisation network). DOCX kept, tracked changes + comments left in."""
from ooxml import Doc

CITY = "Nowa Sól"
KZ = ("Katarzyna Zielińska", "2025-01-14T10:22:00Z")
MD = ("Marek Dudek", "2025-02-03T13:05:00Z")
KZ2 = ("Katarzyna Zielińska", "2025-02-19T08:47:00Z")
PH = "Kliknij lub naciśnij tutaj, aby wprowadzić tekst."

CS = {1: "Cel szczegółowy 1 – Atrakcyjne i dostępne przestrzenie publiczne centrum i nadbrzeża Odry",
      2: "Cel szczegółowy 2 – Silniejsze więzi sąsiedzkie i aktywność mieszkańców obszaru rewitalizacji",
      3: "Cel szczegółowy 3 – Nowe miejsca pracy i usługi w śródmieściu",
      4: "Zarządzanie i monitorowanie MID"}

# card fields: value string, None (placeholder shown), or dict(old=..., new=...) tracked change
CARDS = [
    dict(no="1", cs=1, title="Zagospodarowanie bulwaru nadodrzańskiego – etap II", theme="public_space", sec=[],
         resp="Wydział Inwestycji i Rozwoju UM Nowa Sól", partners="Port Nowa Sól Sp. z o.o., Stowarzyszenie Przyjaciół Odry",
         timeline="II kw. 2025 – IV kw. 2026", cost="6,4 mln zł", funding="FEL 2021–2027, budżet miasta",
         ind="Powierzchnia zagospodarowanej przestrzeni publicznej – 1,8 ha",
         desc="Przedłużenie bulwaru od przystani jachtowej do mostu drogowego: ciąg pieszo-rowerowy, schody terenowe do wody, oświetlenie, zieleń łęgowa, strefa gastronomii sezonowej z przyłączami mediów."),
    dict(no="2", cs=2, title="Centrum Aktywności Lokalnej „Kamienica przy Muzealnej”", theme="social_activation", sec=[],
         resp="Miejski Ośrodek Pomocy Rodzinie w Nowej Soli", partners="Fundacja „Nowosolanie”, Parafia pw. Matki Bożej Szkaplerznej",
         timeline=dict(old="2025–2026", new="2025–2027 r.", who=KZ, comment="Przesunięcie w związku z terminem naboru EFS+ – uzgodnione z dyrektor MOPR."),
         cost="1 250 tys. zł", funding="EFS+ (FEL 2021–2027), budżet miasta",
         ind="Liczba osób korzystających z oferty CAL – 400 rocznie",
         desc="Adaptacja parteru komunalnej kamienicy na świetlicę międzypokoleniową, klub seniora i punkt poradnictwa; zatrudnienie animatora i pracownika socjalnego pracującego metodą organizowania społeczności lokalnej."),
    dict(no="3", cs=1, title="Strefa Tempo 30 w śródmieściu i na Starym Mieście", theme="walking_traffic_calming", sec=["public_space"],
         resp="Wydział Gospodarki Komunalnej i Mieszkaniowej UM Nowa Sól", partners="Komenda Powiatowa Policji",
         timeline="2026 r.", cost="850 tys. zł", funding="budżet miasta",
         ind="Długość ulic objętych strefą Tempo 30 – 6,5 km",
         desc="Nowa organizacja ruchu z wyniesionymi przejściami, progami wyspowymi i zawężeniami jezdni na ul. Wrocławskiej, Muzealnej, Piłsudskiego i w rejonie Placu Wyzwolenia."),
    dict(no="4", cs=3, title="Inkubator rzemiosła i usług w budynku dawnej przędzalni", theme="economic_activation", sec=[],
         resp=None, partners=None,
         timeline="2026–2028", cost=dict(old="1,8 mln zł", new="2,1 mln zł", who=MD, comment="Kwota zaktualizowana po kosztorysie inwestorskim z I 2025 r. – do potwierdzenia w WPF."),
         funding=None, ind="Liczba firm działających w inkubatorze – 12",
         desc="Remont części hali po dawnych zakładach lniarskich na pracownie i boksy usługowe o preferencyjnym czynszu dla rzemieślników, projektantów i osób rozpoczynających działalność."),
    dict(no="5", cs=2, title="Granty sąsiedzkie „Podwórko z klasą”", theme="social_activation", sec=["public_space"],
         resp="Biuro Rewitalizacji UM Nowa Sól", partners="rady osiedli, wspólnoty mieszkaniowe",
         timeline="co roku w latach 2025–2028", cost="120 000 zł rocznie", funding="budżet miasta",
         ind="Liczba zrealizowanych inicjatyw sąsiedzkich – 24",
         desc="Konkurs mikrograntów do 5 tys. zł na inicjatywy mieszkańców: ławki, warzywniki, murale, festyny podwórkowe; nabory wiosenny i jesienny, uproszczone rozliczenie."),
    dict(no="6", deleted=True, cs=3, title="Budowa parkingu wielopoziomowego przy ul. Zjednoczenia", theme="other", sec=[],
         resp="Wydział Inwestycji i Rozwoju UM Nowa Sól", partners="—", timeline="2026–2027", cost="9,5 mln zł",
         funding="kredyt, budżet miasta", ind="Liczba miejsc parkingowych – 220",
         desc="Budowa parkingu na 220 miejsc w celu uwolnienia ulic śródmieścia od parkowania."),
    dict(no="7", cs=1, title="Zielone podwórka – odnowa wnętrz kwartałów przy ul. Wrocławskiej i Kościuszki", theme="public_space", sec=[],
         resp="Wydział Gospodarki Komunalnej i Mieszkaniowej UM Nowa Sól", partners="wspólnoty mieszkaniowe, Zakład Gospodarki Mieszkaniowej",
         timeline="2026–2027", cost="do oszacowania", cost_null=True, cost_comment="Wspólnoty nie przekazały jeszcze kosztorysów – uzupełnimy po spotkaniu w marcu.",
         funding="FEL 2021–2027, wkład wspólnot mieszkaniowych", ind=None,
         desc="Rozbiórka komórek i garaży, odwodnienie, nowa nawierzchnia, zieleń, miejsca zabaw i suszarnie; projekty przygotowywane wspólnie z mieszkańcami podczas warsztatów podwórkowych."),
    dict(no="7a", inserted=True, cs=3, title="Punkt obsługi przedsiębiorców w obszarze rewitalizacji", theme="economic_activation", sec=[],
         resp="Wydział Promocji i Rozwoju Gospodarczego UM Nowa Sól", partners="Lubuska Izba Rzemieślnicza, Powiatowy Urząd Pracy",
         timeline="od III kw. 2025", cost="b.d.", cost_null=True, funding="—", funding_null=True,
         ind="Liczba udzielonych porad – 150 rocznie",
         desc="Punkt w budynku ratusza udzielający informacji o lokalach użytkowych, ulgach w czynszu i dotacjach na rozpoczęcie działalności; dyżury doradcy PUP i Izby Rzemieślniczej."),
    dict(no="8", cs=1, title="Łącznik rowerowy bulwar – dworzec PKP", theme="cycling", sec=["walking_traffic_calming"],
         resp="Wydział Inwestycji i Rozwoju UM Nowa Sól", partners="PKP S.A.",
         timeline="2027 r.", cost="2,9 mln zł", funding="FEL 2021–2027 (ZIT MOF Nowa Sól)",
         ind="Długość drogi dla rowerów – 1,9 km",
         desc="Droga dla rowerów wzdłuż ul. Kościuszki i Zjednoczenia łącząca bulwar z dworcem, parking rowerowy B+R na 30 miejsc, przejazd przez tory w poziomie szyn."),
    dict(no="9", cs=4, title="Zarządzanie MID i animacja Lokalnego Partnerstwa", theme="other", sec=[],
         resp="Biuro Rewitalizacji UM Nowa Sól", partners="członkowie Lokalnego Partnerstwa",
         timeline="2025–2028", cost="40 tys. zł rocznie", funding="budżet miasta",
         ind="Liczba spotkań Lokalnego Partnerstwa – 8",
         desc="Prowadzenie sekretariatu Partnerstwa, roczne raporty z realizacji MID, aktualizacja kart działań, udział w spotkaniach sieci PIM."),
    dict(no="10", empty=True, cs=4, title=None, theme=None, sec=[], resp=None, partners=None, timeline=None,
         cost=None, funding=None, ind=None, desc=None),
]


def val(f):
    """Gold value of a card field."""
    if f is None:
        return None
    if isinstance(f, dict):
        return f["new"]
    return f


def build(path):
    d = Doc(font="Times New Roman", size=24, heading_numbering=False, accent="7A2E2E",
            header_text=("MIEJSKA INICJATYWA DZIAŁANIA · NOWA SÓL", "Sieć PIM: Rewitalizacja"), track=True, line=336)

    def H1(t):   # manual numbering, bold caps paragraph (no heading style)
        d.p(d.r(t, b=True, caps=True, sz=28, color="7A2E2E"), pbb=True, keep=True,
            spacing='<w:spacing w:before="120" w:after="240"/>')

    def H2(t):
        d.p(d.r(t, b=True, sz=25), keep=True, spacing='<w:spacing w:before="240" w:after="120"/>')

    def T(t):
        d.text(t)

    tabno = [0]

    def cap(t):
        tabno[0] += 1
        d.caption(f"Tabela {tabno[0]}. {t}")

    def src(t):
        d.p(d.r(t), style="Source")

    def th(*cols):
        return [{"t": c, "b": True, "shade": "EFE4E4"} for c in cols]

    # ---------------- cover ----------------
    d.p(d.r("Gmina Nowa Sól – Miasto", b=True, sz=28), align="center", spacing='<w:spacing w:before="1400" w:after="100"/>')
    d.p(d.r("Urząd Miejski w Nowej Soli · Biuro Rewitalizacji", sz=22), align="center",
        spacing='<w:spacing w:after="1600"/>')
    d.p(d.r("MIEJSKA INICJATYWA DZIAŁANIA", b=True, sz=44, color="7A2E2E"), align="center")
    d.p(d.r("„Śródmieście nad Odrą – miasto dla ludzi”", i=True, sz=30), align="center",
        spacing='<w:spacing w:after="400"/>')
    d.p(d.r("Partnerska Inicjatywa Miast – sieć tematyczna Rewitalizacja", sz=24), align="center")
    d.p(d.r("Okres realizacji: 2025–2028", sz=24), align="center", spacing='<w:spacing w:after="2400"/>')
    d.p(d.r("Dokument przyjęty przez Lokalne Partnerstwo – wersja ostateczna", b=True), align="center")
    d.p(d.r("Nowa Sól, luty 2025 r."), align="center")
    d.page_break()

    # ---------------- manual table of contents (stale) ----------------
    d.p(d.r("SPIS TREŚCI", b=True, sz=28, color="7A2E2E"), spacing='<w:spacing w:after="240"/>')
    toc = [("1.", "Streszczenie", "3"), ("2.", "Wprowadzenie", "3"), ("3.", "Diagnoza obszaru rewitalizacji", "5"),
           ("4.", "Cele Miejskiej Inicjatywy Działania", "12"), ("5.", "Karty działań", "13"),
           ("6.", "Harmonogram i budżet", "21"), ("7.", "Lokalne Partnerstwo i konsultacje społeczne", "23"),
           ("8.", "Monitoring i wskaźniki", "25"), ("9.", "Ryzyka realizacji", "26"),
           ("", "Załącznik nr 1. Propozycje zgłoszone w konsultacjach", "27"),
           ("", "Załącznik nr 2. Notatka z warsztatu projektowego", "29")]
    for n, t, pg in toc:
        d.p(d.r(f"{n} {t}".strip()) + '<w:r><w:tab/></w:r>' + d.r(pg),
            extra='<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9460"/></w:tabs>', align="left")

    # ---------------- 2. Wprowadzenie (no summary anywhere) ----------------
    H1("2. Wprowadzenie")
    T("Nowa Sól przystąpiła do Partnerskiej Inicjatywy Miast w 2023 r., wybierając sieć tematyczną poświęconą "
      "rewitalizacji. Udział w sieci oznacza dla miasta zobowiązanie do przygotowania Miejskiej Inicjatywy "
      "Działania, czyli dokumentu, który w oparciu o wymianę doświadczeń z innymi miastami i pracę Lokalnego "
      "Partnerstwa wskazuje konkretne przedsięwzięcia możliwe do przeprowadzenia w ciągu kilku lat.")
    d.rich(["Dokument został opracowany zgodnie z wytycznymi programu oraz z uwzględnieniem przepisów ustawy "
            "z dnia 9 października 2015 r. o rewitalizacji", d.fn("Dz. U. z 2024 r. poz. 278."),
            ". Podstawą wyznaczenia obszaru, do którego odnosi się MID, jest uchwała Rady Miejskiej w sprawie "
            "wyznaczenia obszaru zdegradowanego i obszaru rewitalizacji oraz Gminny Program Rewitalizacji Miasta "
            "Nowa Sól na lata 2023–2030", d.fn("Uchwała nr LXII/512/23 Rady Miejskiej w Nowej Soli z dnia 30 marca 2023 r. Numer uchwały przytoczono za rejestrem uchwał BIP."),
            ". MID nie zastępuje GPR – jest narzędziem uzupełniającym, skupionym na działaniach, które można "
            "przygotować i przetestować w ramach współpracy sieciowej."])
    T("Prace nad dokumentem trwały od stycznia 2024 r. do lutego 2025 r. Obejmowały analizę danych zastanych, "
      "spacery badawcze, wywiady z mieszkańcami i przedsiębiorcami, sześć warsztatów Lokalnego Partnerstwa, "
      "dwie wizyty studyjne oraz konsultacje społeczne projektu. Zespół redakcyjny tworzyli pracownicy Biura "
      "Rewitalizacji, Wydziału Inwestycji i Rozwoju oraz Miejskiego Ośrodka Pomocy Rodzinie.")
    T("Struktura dokumentu odpowiada wzorowi przyjętemu w sieci. Po części diagnostycznej przedstawiono cele, "
      "a następnie karty działań, harmonogram, informacje o finansowaniu, opis pracy Lokalnego Partnerstwa, "
      "system monitorowania i analizę ryzyk. W załączniku zestawiono propozycje zgłoszone przez mieszkańców.")

    # ---------------- 3. Diagnoza ----------------
    H1("3. Diagnoza obszaru rewitalizacji")
    H2("3.1. Miasto i jego obszar rewitalizacji")
    T("Nowa Sól jest drugim co do wielkości miastem powiatu nowosolskiego w województwie lubuskim, położonym nad "
      "Odrą, w połowie drogi między Zieloną Górą a Głogowem. Miasto ma bogatą historię przemysłową – przez "
      "ponad sto lat jego tożsamość kształtowały zakłady lniarskie, huta i port rzeczny. Upadek dużych zakładów "
      "w latach 90. przyniósł wysokie bezrobocie, a opuszczone hale i nabrzeża na długo stały się symbolem "
      "kryzysu. W ostatniej dekadzie miasto odzyskało dynamikę dzięki strefie ekonomicznej, jednak korzyści "
      "rozwojowe nie objęły w równym stopniu wszystkich dzielnic.")
    T("Obszar rewitalizacji obejmuje śródmieście z Placem Wyzwolenia, kwartały kamienic przy ul. Wrocławskiej, "
      "Kościuszki i Muzealnej, tereny nadodrzańskie z portem oraz część dawnych terenów przemysłowych przy "
      "ul. Zjednoczenia. Zajmuje 6,1% powierzchni miasta, ale zamieszkuje go 21,4% mieszkańców.")
    cap("Podstawowe dane o obszarze rewitalizacji na tle miasta (2023 r.)")
    data = [("Liczba mieszkańców", "7 982", "37 270"), ("Udział osób w wieku 65+", "24,8%", "21,3%"),
            ("Osoby korzystające z pomocy społecznej na 1 000 mieszkańców", "92", "41"),
            ("Bezrobotni na 100 osób w wieku produkcyjnym", "7,9", "4,2"),
            ("Budynki mieszkalne sprzed 1945 r.", "61%", "14%"),
            ("Mieszkania bez c.o. lub łazienki", "18%", "4%"),
            ("Przestępstwa i wykroczenia na 1 000 mieszkańców", "38", "19")]
    d.table([th("Wskaźnik", "Obszar rewitalizacji", "Miasto ogółem")] +
            [[x[0], {"t": x[1], "align": "center"}, {"t": x[2], "align": "center"}] for x in data], [5300, 2100, 2100])
    src("Źródło: GPR Nowej Soli 2023–2030, dane MOPR, PUP i KPP, opracowanie własne.")
    H2("3.2. Sytuacja społeczna")
    T("Obszar rewitalizacji koncentruje problemy społeczne. Co jedenasty mieszkaniec korzysta ze świadczeń pomocy "
      "społecznej, najczęściej z powodu ubóstwa, długotrwałej choroby i niepełnosprawności oraz bezradności "
      "w sprawach opiekuńczo-wychowawczych. W kamienicach śródmieścia mieszka wiele osób starszych, samotnych, "
      "o niskich dochodach, a jednocześnie – w mieszkaniach komunalnych – rodziny wielodzietne z problemami "
      "wychowawczymi. Brakuje miejsc, w których obie grupy mogłyby się spotykać i wspierać.")
    d.p(d.r("Według danych Miejskiego Ośrodka Pomocy Rodzinie w latach 2019–2023 liczba rodzin objętych pracą "
            "socjalną na obszarze rewitalizacji zmniejszyła się jedynie o 6%, podczas gdy w pozostałej części miasta "
            "o 22%.") +
        d.comment(d.r(" Z oferty świetlic środowiskowych korzysta obecnie ok. 140 dzieci."),
                  "Proszę sprawdzić w sprawozdaniu MOPR za 2024 r. – czy nie 160?", "Marek Dudek", "2025-01-28T09:10:00Z", "MD"),
        align="both")
    T("Wywiady przeprowadzone z mieszkańcami podczas spacerów badawczych wskazały na osłabienie więzi sąsiedzkich. "
      "Mieszkańcy kamienic przy ul. Muzealnej i Wrocławskiej często nie znają sąsiadów z sąsiednich klatek, "
      "a wspólne podwórka są zaniedbane i traktowane jako przestrzeń niczyja. Jednocześnie w wielu rozmowach "
      "pojawiała się gotowość do wspólnego działania, jeśli tylko ktoś je zainicjuje i zapewni niewielkie środki.")
    cap("Rodziny objęte pomocą społeczną na obszarze rewitalizacji według powodów przyznania pomocy (2023 r.)")
    pom = [("Ubóstwo", "412"), ("Długotrwała lub ciężka choroba", "268"), ("Niepełnosprawność", "231"),
           ("Bezrobocie", "187"), ("Bezradność w sprawach opiekuńczo-wychowawczych", "96"), ("Uzależnienia", "74")]
    d.table([th("Powód", "Liczba rodzin")] + [[x[0], {"t": x[1], "align": "center"}] for x in pom], [6800, 2700])
    src("Źródło: MOPR w Nowej Soli; rodzina mogła być ujęta w więcej niż jednej kategorii.")
    H2("3.3. Przestrzeń publiczna i zabudowa")
    T("Śródmieście Nowej Soli zachowało czytelny układ urbanistyczny z XIX wieku z placem, pierzejową zabudową "
      "i kwartałami kamienic. Znaczna część budynków wymaga jednak remontu: w ponad połowie kamienic nie "
      "wymieniono instalacji, a elewacje od frontu skrywają zaniedbane oficyny i podwórka zabudowane "
      "komórkami. Przestrzenie publiczne są zdominowane przez samochody – parkowanie na chodnikach ogranicza "
      "swobodę ruchu pieszych, w szczególności osób starszych i rodziców z wózkami.")
    T("Nabrzeże Odry, które mogłoby być największym atutem miasta, jest z centrum słabo dostępne. Pierwszy etap "
      "bulwaru, zrealizowany w 2019 r., cieszy się dużą popularnością, ale kończy się przy przystani, a dojście "
      "do niego z Placu Wyzwolenia prowadzi przez ruchliwe skrzyżowania. Brakuje miejsc do siedzenia, cienia, "
      "zieleni i toalet publicznych, a w weekendy wzdłuż bulwaru parkują samochody.")
    d.p(d.r("W badaniu ankietowym przeprowadzonym w 2024 r. (") + d.ins(d.r("n = 624"), *KZ) +
        d.dele("ok. 600 osób", *KZ) +
        d.r(") aż 73% respondentów wskazało nadbrzeże Odry jako miejsce, które powinno zostać zagospodarowane "
            "w pierwszej kolejności, a 58% uznało, że w centrum jest zbyt mało zieleni i miejsc do odpoczynku."),
        align="both")
    cap("Ocena przestrzeni publicznych śródmieścia w badaniu ankietowym (odsetek ocen negatywnych)")
    oc = [("Czystość i estetyka podwórek", "71%"), ("Bezpieczeństwo pieszych na ulicach", "54%"),
          ("Dostępność miejsc do odpoczynku", "58%"), ("Oferta dla dzieci i młodzieży", "62%"),
          ("Dostęp do nabrzeża Odry", "66%"), ("Oświetlenie ulic i podwórek", "39%")]
    d.table([th("Element", "Oceny negatywne")] + [[x[0], {"t": x[1], "align": "center"}] for x in oc], [6800, 2700])
    # VML text box
    box = ("Żyrardów, podobnie jak Nowa Sól miasto o tradycjach lniarskich, przekształcił zabytkowe hale zakładów "
           "w lofty, centrum kultury i przestrzeń dla firm. Kluczem okazało się połączenie inwestycji publicznych "
           "z konsekwentnym zarządzaniem najmem lokali i wsparciem dla małych przedsiębiorców. Lokalne Partnerstwo "
           "odwiedziło Żyrardów w czerwcu 2024 r.; z wizyty wyniesiono pomysł inkubatora w dawnej przędzalni.")
    tbx = ('<w:p><w:r><w:pict><v:rect id="Ramka2" o:spid="_x0000_s1026" style="width:453pt;height:118pt" '
           'fillcolor="#F6EFEF" strokecolor="#7A2E2E" strokeweight="1pt"><v:textbox inset="8pt,6pt,8pt,6pt">'
           '<w:txbxContent>'
           f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr>{d.r("Ramka 2. Dobre praktyki z Żyrardowa – nowe życie fabryki", b=True, sz=21)}</w:p>'
           f'<w:p><w:pPr><w:jc w:val="both"/><w:spacing w:after="0"/></w:pPr>{d.r(box, sz=20)}</w:p>'
           '</w:txbxContent></v:textbox></v:rect></w:pict></w:r></w:p>')
    d.body.append(tbx)
    H2("3.4. Gospodarka i usługi")
    T("Śródmieście traci funkcje handlowe i usługowe. W latach 2018–2024 liczba lokali użytkowych w parterach "
      "kamienic, w których prowadzona jest działalność, zmniejszyła się ze 164 do 121. Najemcy przenoszą się "
      "do obiektów wielkopowierzchniowych przy obwodnicy, a w centrum pozostają głównie punkty usługowe o niskiej "
      "wartości dodanej. Jednocześnie w Nowej Soli działa wielu rzemieślników – stolarzy, tapicerów, krawców – "
      "którzy prowadzą działalność w domach lub garażach i nie mają dostępu do taniej przestrzeni warsztatowej.")
    T("Miasto dysponuje zasobem 86 komunalnych lokali użytkowych, z czego 19 pozostaje niewynajętych dłużej niż "
      "rok. Stawki czynszu są zróżnicowane, ale brakuje instrumentów preferencyjnych dla działalności, które "
      "ożywiają ulicę, takich jak kawiarnie, pracownie czy usługi dla mieszkańców. Przedsiębiorcy podczas "
      "wywiadów zwracali uwagę na brak jednego miejsca, w którym mogliby uzyskać informację o dostępnych "
      "lokalach i formach wsparcia.")
    cap("Lokale użytkowe w parterach budynków śródmieścia")
    lu = [("2018", "164", "23", "12%"), ("2020", "149", "31", "17%"), ("2022", "133", "38", "22%"), ("2024", "121", "44", "27%")]
    d.table([th("Rok", "Lokale z działalnością", "Lokale puste", "Udział pustostanów")] +
            [[{"t": c, "align": "center"} for c in r] for r in lu], [1800, 2700, 2500, 2500])
    src("Źródło: inwentaryzacja Biura Rewitalizacji, stan na koniec roku.")
    H2("3.5. Mieszkalnictwo")
    T("Zasób mieszkaniowy obszaru rewitalizacji to przede wszystkim kamienice z przełomu XIX i XX wieku oraz "
      "budynki z okresu międzywojennego. Gmina jest właścicielem lub współwłaścicielem 112 budynków, w których "
      "znajduje się 684 mieszkań komunalnych i socjalnych. Przeważająca część z nich ma niski standard: "
      "ogrzewanie piecowe, wspólne toalety na półpiętrach, zawilgocone piwnice. Na remont czeka też wiele "
      "wspólnot mieszkaniowych, które z powodu niskich zaliczek na fundusz remontowy nie są w stanie "
      "samodzielnie sfinansować odnowy elewacji, dachów i podwórek.")
    cap("Stan zasobu mieszkaniowego na obszarze rewitalizacji (2024 r.)")
    zm = [("Mieszkania komunalne", "598", "41%", "27%"), ("Mieszkania socjalne", "86", "62%", "44%"),
          ("Mieszkania we wspólnotach z udziałem gminy", "1 143", "23%", "12%"),
          ("Mieszkania prywatne poza wspólnotami", "412", "15%", "9%")]
    d.table([th("Rodzaj zasobu", "Liczba mieszkań", "Ogrzewanie piecowe", "Brak łazienki")] +
            [[x[0]] + [{"t": y, "align": "center"} for y in x[1:]] for x in zm], [4300, 1700, 1800, 1700])
    src("Źródło: Zakład Gospodarki Mieszkaniowej w Nowej Soli.")
    T("Wnętrza kwartałów przy ul. Wrocławskiej, Kościuszki i Muzealnej zajmują łącznie ok. 2,3 ha. W większości są "
      "to nieuporządkowane place z komórkami, garażami blaszanymi i miejscami parkingowymi bez nawierzchni. "
      "W trakcie spaceru badawczego mieszkańcy wskazywali, że podwórka mogłyby stać się miejscem odpoczynku "
      "i zabawy dzieci, pod warunkiem uporządkowania kwestii własności i parkowania.")
    H2("3.6. Mobilność i bezpieczeństwo ruchu")
    T("Przez śródmieście przebiegają ulice o znaczeniu ogólnomiejskim, a ruch tranzytowy do strefy ekonomicznej "
      "i w kierunku przeprawy przez Odrę obciąża ul. Wrocławską i Zjednoczenia. Średnia prędkość pojazdów na "
      "ulicach lokalnych centrum, zmierzona w 2023 r., przekraczała 40 km/h, a na odcinku ul. Piłsudskiego – "
      "48 km/h. Dla osób starszych i dzieci przechodzenie przez jezdnię w wielu miejscach jest trudne.")
    cap("Zdarzenia drogowe z udziałem pieszych i rowerzystów w śródmieściu")
    zd = [("2020", "9", "4", "1"), ("2021", "12", "5", "0"), ("2022", "11", "7", "1"), ("2023", "14", "6", "0")]
    d.table([th("Rok", "Potrącenia pieszych", "Zdarzenia z rowerzystami", "Ofiary śmiertelne")] +
            [[{"t": y, "align": "center"} for y in x] for x in zd], [1800, 2600, 2800, 2300])
    src("Źródło: Komenda Powiatowa Policji w Nowej Soli.")
    T("Dworzec PKP, z którego korzysta codziennie ok. 1 500 podróżnych dojeżdżających do Zielonej Góry i Głogowa, "
      "nie jest połączony z centrum ani z bulwarem drogą dla rowerów. Parking rowerowy przy dworcu ma tylko "
      "12 stojaków, zwykle zajętych, a rowery przypinane są do barierek i słupów. Brak bezpiecznego połączenia "
      "jest jedną z przyczyn, dla których rower jest w Nowej Soli wykorzystywany głównie rekreacyjnie.")
    H2("3.7. Kultura, dziedzictwo i tożsamość")
    T("Dziedzictwo przemysłowe Nowej Soli – port, spichlerze, hale zakładów lniarskich, dawne tereny warzelni soli, "
      "od której miasto wzięło nazwę – stanowi ważny element tożsamości mieszkańców. Muzeum Miejskie prowadzi "
      "projekty historii mówionej z byłymi pracownikami zakładów, a lokalne stowarzyszenia organizują rejsy "
      "i festyny nad Odrą. Wydarzenia te koncentrują się jednak w kilku weekendach w roku, a przez większość "
      "czasu przestrzeń nadbrzeża pozostaje pusta.")
    T("Mieszkańcy śródmieścia rzadziej niż mieszkańcy pozostałych dzielnic uczestniczą w wydarzeniach kulturalnych, "
      "co w wywiadach tłumaczyli brakiem informacji, kosztami biletów oraz poczuciem, że oferta „nie jest dla "
      "nich”. Lokalne Partnerstwo uznało, że działania kulturalne powinny być prowadzone bliżej mieszkańców – "
      "na podwórkach, w świetlicach i na bulwarze.")
    H2("3.8. Dotychczasowe działania rewitalizacyjne")
    T("Nowa Sól ma doświadczenie w prowadzeniu rewitalizacji. W ramach Lokalnego Programu Rewitalizacji na lata "
      "2016–2023 zrealizowano szereg przedsięwzięć, z których część bezpośrednio poprzedza działania MID. "
      "Poniższe projekty zostały zakończone i nie są przedmiotem niniejszego dokumentu.")
    cap("Przedsięwzięcia zrealizowane w ramach LPR 2016–2023")
    past = [("Bulwar nadodrzański – etap I", "2018–2019", "7,2 mln zł", "RPO Lubuskie 2014–2020"),
            ("Przebudowa Placu Wyzwolenia", "2017–2018", "4,6 mln zł", "RPO Lubuskie 2014–2020"),
            ("Remont elewacji 14 kamienic komunalnych", "2016–2021", "3,9 mln zł", "budżet miasta"),
            ("Klub Integracji Społecznej przy ul. Witosa", "2019–2022", "1,1 mln zł", "EFS"),
            ("Program „Mieszkanie za remont”", "2017–2023", "0,6 mln zł", "budżet miasta")]
    d.table([th("Przedsięwzięcie", "Lata", "Wartość", "Źródło")] + [list(x) for x in past], [4300, 1500, 1500, 2200])
    T("Ewaluacja LPR wykazała, że inwestycje w przestrzeń publiczną przyniosły wyraźną poprawę wizerunku centrum, "
      "ale nie przełożyły się w wystarczającym stopniu na sytuację mieszkańców. Zabrakło działań społecznych "
      "towarzyszących inwestycjom i stałego kontaktu z mieszkańcami kwartałów objętych remontami.")
    H2("3.9. Projekty komplementarne")
    T("Na obszarze rewitalizacji realizowane są lub planowane projekty finansowane poza MID, z którymi działania "
      "MID będą koordynowane:")
    d.bullets([("Termomodernizacja budynków komunalnych przy ul. Kościuszki 10–16", " – Zakład Gospodarki Mieszkaniowej, FEnIKS 2021–2027, 2025–2026;"),
               ("Przebudowa Muzeum Miejskiego wraz z ogrodem", " – Muzeum Miejskie, FEL 2021–2027, 2025–2027;"),
               ("Program „Czyste Powietrze” – nabór w punkcie konsultacyjnym", " – UM Nowa Sól, WFOŚiGW w Zielonej Górze, na bieżąco;"),
               ("Budowa przystani pasażerskiej dla statków wycieczkowych", " – Port Nowa Sól Sp. z o.o., Interreg, 2026.")])
    H2("3.10. Analiza SWOT")
    cap("Analiza SWOT obszaru rewitalizacji")
    sw = lambda xs: {"t": ["– " + x for x in xs]}
    d.table([[{"t": "Mocne strony", "b": True, "shade": "EFE4E4"}, {"t": "Słabe strony", "b": True, "shade": "EFE4E4"}],
             [sw(["położenie nad Odrą, pierwszy etap bulwaru", "zachowany historyczny układ śródmieścia",
                  "doświadczenie z realizacji LPR", "aktywne organizacje pozarządowe"]),
              sw(["koncentracja problemów społecznych", "zły stan techniczny kamienic i podwórek",
                  "pustostany w parterach", "dominacja samochodów w przestrzeni ulic"])],
             [{"t": "Szanse", "b": True, "shade": "EFE4E4"}, {"t": "Zagrożenia", "b": True, "shade": "EFE4E4"}],
             [sw(["środki FEL 2021–2027 i EFS+", "rosnąca popularność turystyki rowerowej nad Odrą",
                  "rozwój strefy ekonomicznej i napływ pracowników", "współpraca w sieci PIM"]),
              sw(["starzenie się mieszkańców", "wzrost kosztów inwestycji",
                  "odpływ handlu do obiektów przy obwodnicy", "zmęczenie mieszkańców kolejnymi konsultacjami"])]],
            [4750, 4750], header_rows=0)
    T("Z diagnozy wynikają trzy główne wyzwania: otwarcie śródmieścia na rzekę i uczynienie jego przestrzeni "
      "przyjaznymi dla pieszych, odbudowa więzi sąsiedzkich i aktywności mieszkańców oraz przywrócenie "
      "śródmieściu funkcji gospodarczych. Na tych wyzwaniach oparto cele MID.")

    # ---------------- 4. Cele ----------------
    H1("4. Cele Miejskiej Inicjatywy Działania")
    d.rich([("Cel główny: ", {"b": True}), "Śródmieście Nowej Soli otwarte na Odrę – żywe, bezpieczne i przyjazne "
            "mieszkańcom, w którym sąsiedzi działają razem, a mali przedsiębiorcy znajdują miejsce do rozwoju."])
    for k in (1, 2, 3):
        d.p(d.r(CS[k], b=True), keep=True)
        T({1: "Cel obejmuje dokończenie bulwaru, uspokojenie ruchu w centrum, odnowę podwórek i powiązanie nadbrzeża "
              "z dworcem i osiedlami siecią tras pieszych i rowerowych.",
           2: "Cel obejmuje stworzenie miejsca spotkań i wsparcia dla mieszkańców kamienic oraz wspieranie drobnych "
              "inicjatyw sąsiedzkich, które budują poczucie współodpowiedzialności za otoczenie.",
           3: "Cel obejmuje udostępnienie przestrzeni dla rzemiosła i usług oraz ułatwienie przedsiębiorcom "
              "dostępu do informacji i wsparcia przy otwieraniu działalności w śródmieściu."}[k])
    T("Cele MID są zgodne z celami Gminnego Programu Rewitalizacji, Strategii Rozwoju Miasta Nowa Sól 2030+ oraz "
      "Strategii ZIT Miejskiego Obszaru Funkcjonalnego Nowej Soli.")

    # ---------------- 5. Karty działań ----------------
    H1("5. Karty działań")
    T("Działania MID przedstawiono w formie kart przygotowanych na formularzu Lokalnego Partnerstwa. Każda karta "
      "została uzupełniona przez jednostkę odpowiedzialną za realizację i zweryfikowana przez Biuro Rewitalizacji. "
      "Pola, których nie udało się uzupełnić do dnia przyjęcia dokumentu, pozostawiono bez zmian – zostaną one "
      "uzupełnione w ramach pierwszej aktualizacji MID.")
    cur = None
    for c in CARDS:
        card(d, c)
        d.p("", spacing='<w:spacing w:after="120"/>')

    # ---------------- 6. Harmonogram i budżet (merged, budget deferred) ----------------
    d.section_break(landscape=False, title_pg=True)
    H1("6. Harmonogram i budżet")
    H2("6.1. Harmonogram")
    T("Harmonogram przedstawia planowany czas realizacji działań w podziale na półrocza. Okres realizacji działań "
      "zależy od terminów naborów w programie regionalnym FEL 2021–2027 i może zostać zaktualizowany.")
    cap("Harmonogram realizacji działań MID (półrocza)")
    halves = ["2025 I", "2025 II", "2026 I", "2026 II", "2027 I", "2027 II", "2028 I", "2028 II"]
    g = {"1": (0, 4), "2": (0, 6), "3": (2, 4), "4": (2, 8), "5": (0, 8), "6": (2, 6), "7": (2, 6),
         "7a": (1, 8), "8": (4, 6), "9": (0, 8)}
    rows = [th("Karta", "Działanie") + [{"t": h, "b": True, "shade": "EFE4E4", "align": "center"} for h in halves]]
    props = {}
    for c in CARDS:
        if c.get("empty"):
            continue
        s, e = g[c["no"]]
        kw = {}
        if c.get("deleted"):
            kw = {"mark_del": MD}
        if c.get("inserted"):
            kw = {"mark_ins": KZ2}
        def cellx(text, **extra):
            if c.get("deleted"):
                return dict({"xml": d.dele(text, *MD) if text else "", "mark_del": MD}, **extra)
            if c.get("inserted"):
                return dict({"xml": d.ins(d.r(text), *KZ2) if text else "", "mark_ins": KZ2}, **extra)
            return dict({"t": text}, **extra)
        row = [cellx(c["no"]), cellx(c["title"])]
        for i in range(8):
            row.append(cellx("X" if s <= i < e else "", align="center",
                             shade="C98E8E" if s <= i < e else None))
        if c.get("deleted"):
            props[len(rows)] = f'<w:del w:id="{d.nid()}" w:author="{MD[0]}" w:date="{MD[1]}"/>'
        if c.get("inserted"):
            props[len(rows)] = f'<w:ins w:id="{d.nid()}" w:author="{KZ2[0]}" w:date="{KZ2[1]}"/>'
        rows.append(row)
    d.table(rows, [900, 6300] + [950] * 8, row_props=props)
    T("Kamienie milowe: ogłoszenie przetargu na II etap bulwaru – II kw. 2025 r.; otwarcie Centrum Aktywności "
      "Lokalnej – I kw. 2026 r.; wprowadzenie strefy Tempo 30 – IV kw. 2026 r.; raport z realizacji MID – "
      "co roku w I kwartale.")
    d.section_break(landscape=True)
    H2("6.2. Budżet i źródła finansowania")
    d.p(d.r("Zbiorcze zestawienie kosztów MID oraz plan finansowania w podziale na źródła zostanie opracowany po "
            "rozstrzygnięciu naborów w programie FEL 2021–2027 i przyjęciu zmian w Wieloletniej Prognozie "
            "Finansowej. Do czasu jego przygotowania należy posługiwać się kwotami szacunkowymi podanymi "
            "w kartach działań.", i=True), align="both")
    d.p(d.r("[do uzupełnienia – Wydział Budżetu i Finansów]", i=True, color="808080"))

    # ---------------- 7. LP ----------------
    H1("7. Lokalne Partnerstwo i konsultacje społeczne")
    T("Lokalne Partnerstwo MID powołano w styczniu 2024 r. Tworzy je 16 osób reprezentujących Urząd Miejski, MOPR, "
      "Zakład Gospodarki Mieszkaniowej, Port Nowa Sól, Muzeum Miejskie, Powiatowy Urząd Pracy, Lubuską Izbę "
      "Rzemieślniczą, dwie fundacje działające w śródmieściu, wspólnoty mieszkaniowe i radę osiedla Centrum. "
      "Funkcję sekretarza pełni pracownik Biura Rewitalizacji.")
    T("Partnerstwo pracowało w formule warsztatowej. Każde spotkanie kończyło się notatką z ustaleniami, "
      "przesyłaną członkom i publikowaną na stronie rewitalizacja.nowasol.pl. Odbyły się następujące spotkania:")
    meet = ["Spotkanie otwierające Lokalnego Partnerstwa – 25 stycznia 2024 r.",
            "Warsztat diagnostyczny „Mapa problemów śródmieścia” – 22 lutego 2024 r.",
            "Spacer badawczy: kwartały przy ul. Wrocławskiej i Muzealnej – 18 kwietnia 2024 r.",
            "Warsztat „Nadodrze dla mieszkańców” – 16 maja 2024 r.",
            "Wizyta studyjna w Żyrardowie – 13–14 czerwca 2024 r.",
            "Warsztat projektowy „Karty działań” – 19 września 2024 r.",
            "Spotkanie podsumowujące konsultacje – 5 grudnia 2024 r.",
            "Spotkanie przyjmujące MID – 11 lutego 2025 r."]
    for m in meet:
        d.p(d.r(m), style="ListParagraph", num=(2, 0))
    T("Konsultacje społeczne projektu MID przeprowadzono w dniach 21 października – 22 listopada 2024 r. "
      "Obejmowały one formularz elektroniczny i papierowy, dwa spotkania otwarte w Nowosolskim Domu Kultury, "
      "punkt konsultacyjny na Placu Wyzwolenia w dniu targowym oraz warsztaty z uczniami dwóch szkół "
      "ponadpodstawowych. Łącznie zebrano 87 uwag i propozycji. Ich wykaz wraz ze sposobem rozpatrzenia "
      "zawiera Załącznik nr 1.")
    cap("Przebieg konsultacji społecznych projektu MID")
    kk = [("Formularz elektroniczny", "38 uwag", "31 osób"), ("Formularz papierowy", "14 uwag", "12 osób"),
          ("Spotkania otwarte w Nowosolskim Domu Kultury (2)", "17 uwag", "ok. 70 uczestników"),
          ("Punkt konsultacyjny na Placu Wyzwolenia", "11 uwag", "ok. 120 rozmów"),
          ("Warsztaty z uczniami szkół ponadpodstawowych (2)", "7 uwag", "46 uczniów")]
    d.table([th("Forma", "Liczba uwag", "Uczestnicy")] + [list(x) for x in kk], [5000, 2000, 2500])
    T("Uczestnicy warsztatów młodzieżowych zwrócili uwagę na brak w centrum miejsc, w których można spędzać czas "
      "bez konieczności konsumpcji. Propozycje młodzieży – strefa do nauki i pracy w CAL, miejsca do siedzenia "
      "z dostępem do gniazdek na bulwarze, wydarzenia muzyczne nad Odrą – zostały włączone do opisu działań "
      "jako rekomendacje dla realizatorów.")
    T("Najwięcej uwag dotyczyło zagospodarowania nadbrzeża i parkowania w centrum. Część mieszkańców obawiała się, "
      "że strefa Tempo 30 i odnowa podwórek ograniczą liczbę miejsc postojowych; w odpowiedzi Partnerstwo "
      "zaproponowało etapowanie zmian i rozmowy z mieszkańcami poszczególnych kwartałów przed rozpoczęciem prac. "
      "W wyniku konsultacji z dokumentu usunięto budowę parkingu wielopoziomowego, która nie uzyskała poparcia "
      "ani mieszkańców, ani Partnerstwa, a dodano punkt obsługi przedsiębiorców.")

    # ---------------- 8. Monitoring ----------------
    H1("8. Monitoring i wskaźniki")
    T("Monitorowanie MID prowadzi Biuro Rewitalizacji. Raz w roku, w I kwartale, przygotowywany jest raport "
      "z realizacji działań, który omawia się na posiedzeniu Lokalnego Partnerstwa i przekazuje do sekretariatu "
      "sieci PIM. Wskaźniki produktu przypisano do kart działań, a poniżej przedstawiono wskaźniki rezultatu "
      "mierzące postęp w osiąganiu celów szczegółowych.")
    cap("Wskaźniki rezultatu MID")
    wr = [("CS1", "Odsetek mieszkańców pozytywnie oceniających przestrzenie publiczne centrum", "31%", "55%", "badanie ankietowe"),
          ("CS1", "Liczba wypadków z udziałem pieszych w śródmieściu", "14", "7", "KPP"),
          ("CS2", "Liczba mieszkańców angażujących się w inicjatywy sąsiedzkie", "b.d.", "300", "Biuro Rewitalizacji"),
          ("CS2", "Liczba rodzin objętych pracą socjalną na obszarze rewitalizacji", "368", "320", "MOPR"),
          ("CS3", "Liczba lokali użytkowych z działalnością w parterach", "121", "140", "inwentaryzacja"),
          ("CS3", "Liczba nowych firm zarejestrowanych na obszarze rewitalizacji", "23 rocznie", "35 rocznie", "CEIDG")]
    d.table([th("Cel", "Wskaźnik rezultatu", "Wartość bazowa (2024)", "Wartość docelowa (2028)", "Źródło danych")] +
            [list(x) for x in wr], [800, 4000, 1500, 1500, 1700])
    T("Dla wskaźników opartych na badaniach ankietowych pomiar zostanie powtórzony w 2026 r. (pomiar "
      "śródokresowy) i w 2028 r. Wyniki monitoringu będą podstawą do aktualizacji kart działań.")

    # ---------------- 9. Ryzyka ----------------
    H1("9. Ryzyka realizacji")
    T("Lokalne Partnerstwo zidentyfikowało następujące ryzyka, które mogą wpłynąć na realizację MID:")
    rk = [("Brak dofinansowania zewnętrznego. ", "Bulwar, łącznik rowerowy i odnowa podwórek zależą od środków FEL. "
           "Sposób ograniczenia: przygotowanie dokumentacji z wyprzedzeniem i etapowanie zakresu."),
          ("Wzrost kosztów robót budowlanych. ", "Kosztorysy sprzed 2025 r. mogą okazać się nieaktualne. Sposób "
           "ograniczenia: rezerwa w WPF, aktualizacja kosztorysów przed przetargiem."),
          ("Niska aktywność mieszkańców. ", "Granty sąsiedzkie i CAL wymagają zaangażowania. Sposób ograniczenia: "
           "animator pracujący w terenie, proste procedury, współpraca z radą osiedla."),
          ("Sprzeciw wobec zmian w organizacji ruchu. ", "Sposób ograniczenia: konsultacje z mieszkańcami ulic, "
           "etapowanie, pilotaż rozwiązań tymczasowych."),
          ("Brak zainteresowania inkubatorem. ", "Sposób ograniczenia: badanie zapotrzebowania wśród rzemieślników "
           "przed rozpoczęciem remontu, elastyczne umowy najmu.")]
    for i, (a, b) in enumerate(rk, 1):
        d.p(d.r(f"{i}) ") + d.r(a, b=True) + d.r(b), align="both", ind='<w:ind w:left="360" w:hanging="360"/>')

    # ---------------- Załącznik ----------------
    d.p(d.r("Załącznik nr 1. Propozycje zgłoszone w konsultacjach", b=True, sz=28, color="7A2E2E"),
        pbb=True, spacing='<w:spacing w:after="240"/>')
    T("Poniżej zestawiono najważniejsze propozycje mieszkańców i organizacji zgłoszone w trakcie konsultacji "
      "społecznych oraz sposób ich rozpatrzenia przez Lokalne Partnerstwo.")
    H2("A. Propozycje uwzględnione w MID lub przekazane do realizacji")
    d.bullets([("Ławki i cień na bulwarze", " – uwzględniono w działaniu z karty nr 1."),
               ("Miejsce spotkań dla seniorów w centrum", " – uwzględniono w karcie nr 2."),
               ("Murale na ścianach szczytowych kamienic", " – możliwe w ramach grantów sąsiedzkich."),
               ("Toaleta publiczna przy przystani", " – przekazano do Portu Nowa Sól."),
               ("Doświetlenie przejścia przy ul. Muzealnej", " – przekazano do Wydziału Gospodarki Komunalnej.")])
    H2("B. Propozycje nieuwzględnione")
    d.bullets([("Parking wielopoziomowy przy ul. Zjednoczenia", " – nieuwzględniony; koszt nieproporcjonalny do efektów, sprzeczny z celem uspokojenia ruchu."),
               ("Zadaszenie Placu Wyzwolenia", " – nieuwzględnione; brak zgody konserwatora i uzasadnienia funkcjonalnego."),
               ("Kąpielisko miejskie w Odrze", " – nieuwzględnione; brak warunków sanitarnych i bezpieczeństwa."),
               ("Darmowe parkowanie w centrum w soboty", " – nieuwzględnione; sprzeczne z celami MID."),
               ("Budowa skateparku przy bulwarze", " – odłożone; lokalizacja do ustalenia w GPR.")])

    d.p(d.r("Załącznik nr 2. Notatka z warsztatu projektowego z 19 września 2024 r. (wyciąg)", b=True, sz=28, color="7A2E2E"),
        pbb=True, spacing='<w:spacing w:after="240"/>')
    T("W warsztacie wzięło udział 14 członków Lokalnego Partnerstwa oraz 9 zaproszonych gości. Uczestnicy pracowali "
      "w trzech grupach odpowiadających celom szczegółowym. Poniżej przedstawiono listę pomysłów zgłoszonych "
      "w trakcie burzy mózgów, przed ich oceną. Lista ma charakter roboczy – o wyborze działań do MID "
      "zdecydowano na późniejszym etapie, na podstawie kryteriów wykonalności i poparcia mieszkańców.")
    d.caption("Pomysły zgłoszone w grupach roboczych")
    ideas = ["kino letnie na bulwarze", "wypożyczalnia kajaków przy przystani", "ogrody deszczowe na podwórkach",
             "szkolne ulice przy SP nr 2 i SP nr 5", "bon na otwarcie działalności w pustostanie",
             "targ rzemiosła raz w miesiącu na Placu Wyzwolenia", "sąsiedzka wymiana narzędzi",
             "mural o historii zakładów lniarskich", "parking wielopoziomowy", "rowerowa trasa „Szlakiem soli”"]
    d.bullets(ideas)
    T("Ocena pomysłów odbyła się metodą kropkowania oraz na podstawie analizy kosztów przygotowanej przez Biuro "
      "Rewitalizacji. Pomysły, które nie zostały wybrane, pozostają w banku pomysłów Partnerstwa i mogą zostać "
      "wykorzystane przy aktualizacji MID lub w konkursach grantów sąsiedzkich.")

    d.save(path, "MID Nowa Sól – Śródmieście nad Odrą", "Katarzyna Zielińska", "2024-01-22T08:00:00Z",
           "2025-02-19T15:31:00Z", last_author="Marek Dudek", final_sect=d.sectpr())


def card(d, c):
    """4-column label/value card with content controls."""
    deleted, inserted, empty = c.get("deleted"), c.get("inserted"), c.get("empty")
    L = {"b": True, "shade": "EFE4E4"}

    def lab(t):
        if deleted:
            return dict(L, xml=d.dele(t, *MD, b=True), mark_del=MD)
        if inserted:
            return dict(L, xml=d.ins(d.r(t, b=True), *KZ2), mark_ins=KZ2)
        return dict(L, t=t)

    def v(field, alias, placeholder=PH, span=1, comment=None, b=False):
        if deleted:
            x = d.dele(field or "", *MD, b=b)
            return {"xml": x, "span": span, "mark_del": MD}
        if isinstance(field, dict):
            inner = d.dele(field["old"], *field["who"]) + d.ins(d.r(field["new"]), *field["who"])
            x = d.comment(d.sdt(None, placeholder, alias, inner=inner), field["comment"], field["who"][0],
                          field["who"][1], "".join(w[0] for w in field["who"][0].split()))
            return {"xml": x, "span": span}
        if inserted:
            inner = d.ins(d.r(field, b=b), *KZ2)
            return {"xml": d.sdt(None, placeholder, alias, inner=inner), "span": span, "mark_ins": KZ2}
        x = d.sdt(field, placeholder, alias) if not b or field is None else d.sdt(None, placeholder, alias, inner=d.r(field, b=True))
        if comment:
            x = d.comment(x, comment[0], comment[1], comment[2], comment[3])
        return {"xml": x, "span": span}

    capt = f"Karta działania nr {c['no']}"
    if deleted:
        d.p(d.dele(capt, *MD), style="Caption", keep=True, mark_del=MD)
    elif inserted:
        d.p(d.ins(d.r(capt), *KZ2), style="Caption", keep=True, mark_ins=KZ2)
    else:
        d.caption(capt)
    cs_txt = CS[c["cs"]].split(" – ")[0] if not empty else None
    rows = [
        [lab("Nazwa działania"), v(c["title"], "Nazwa działania", "[wpisz nazwę działania]", span=3, b=True)],
        [lab("Cel szczegółowy"), v(cs_txt, "Cel", span=3)],
        [lab("Podmiot odpowiedzialny"), v(c["resp"], "Podmiot odpowiedzialny"), lab("Partnerzy"), v(c["partners"], "Partnerzy")],
        [lab("Okres realizacji"), v(c["timeline"], "Okres realizacji"), lab("Szacunkowy koszt"),
         v(c["cost"], "Koszt", comment=(c["cost_comment"], "Katarzyna Zielińska", "2025-02-10T11:40:00Z", "KZ") if c.get("cost_comment") else None)],
        [lab("Źródło finansowania"), v(c["funding"], "Źródło finansowania", span=3)],
        [lab("Wskaźnik produktu (wartość docelowa)"), v(c["ind"], "Wskaźnik", span=3)],
        [lab("Opis działania"), v(c["desc"], "Opis", span=3)],
    ]
    props = {}
    if deleted or inserted:
        for i in range(len(rows)):
            who = MD if deleted else KZ2
            tag = "del" if deleted else "ins"
            props[i] = f'<w:{tag} w:id="{d.nid()}" w:author="{who[0]}" w:date="{who[1]}"/>'
    d.table(rows, [2300, 2600, 1800, 2800], header_rows=0, row_props=props)


def gold(name, pages):
    acts = []
    for c in CARDS:
        if c.get("deleted") or c.get("empty"):
            continue
        cost = None if c.get("cost_null") else val(c["cost"])
        funding = None if c.get("funding_null") else val(c["funding"])
        v = {"responsible": val(c["resp"]), "timeline": val(c["timeline"]), "cost": cost,
             "funding": funding, "indicator": val(c["ind"])}
        acts.append({"title": c["title"], "theme": c["theme"], "secondary_themes": c["sec"],
                     "responsible": v["responsible"] is not None, "timeline": v["timeline"] is not None,
                     "cost": v["cost"] is not None, "indicator": v["indicator"] is not None,
                     "type": None, "values": v})
    return {"file": name, "document_type": "mid", "city": CITY, "network": "revitalisation", "status": "final",
            "text_layer": True, "pages": pages,
            "sections": {"summary": "missing", "context": "present", "objectives": "present", "actions": "present",
                         "schedule": "present", "budget": "incomplete", "stakeholders": "present",
                         "indicators": "present", "risks": "present"},
            "actions": acts,
            "traps": ["content_control_action_cards", "placeholder_only_card_not_action", "unfilled_content_controls",
                      "tracked_deleted_action_card", "tracked_inserted_action_card", "tracked_value_change_in_field",
                      "comments_on_values", "merged_schedule_and_budget_chapter_budget_deferred",
                      "toc_entry_without_body_summary", "wprowadzenie_not_summary", "manual_heading_numbers_no_styles",
                      "past_projects_table", "complementary_projects_list", "partnership_meeting_list",
                      "residents_proposals_and_rejected_proposals_annex", "objectives_as_decoys",
                      "vml_text_box_good_practice", "landscape_gantt_section", "null_values_do_oszacowania_bd_dash",
                      "objective_labels_between_cards"],
            "notes": ("Actions are content-control cards (4-col, merged cells). Card nr 6 (parking) is a tracked "
                      "deletion and is not an action; card nr 7a is a tracked insertion and is an action; card nr 10 "
                      "holds only placeholders. Card 2 timeline: tracked change '2025–2026' -> '2025–2027 r.'; card 4 "
                      "cost: '1,8 mln zł' -> '2,1 mln zł' (comment attached); card 4 responsible and funding unfilled. "
                      "Manual ToC lists '1. Streszczenie' but there is no summary in the body (body starts at "
                      "'2. Wprowadzenie', which is not a summary). Chapter 6 'Harmonogram i budżet': schedule is a "
                      "Gantt (X marks only), budget half is a deferral. Timelines come from the cards.")}

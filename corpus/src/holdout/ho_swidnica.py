"""Świdnica – MID, air-quality network, DOCX rendered to PDF by LibreOffice, final.

'Część A.'–'Część G.' headings.  No schedule section anywhere, although
every action has its own timeline and one action is called 'Harmonogram
alertów smogowych …'.
"""
from hkit import Act, Actions, Doc, L, P, Section, T

ACTS = [
    Act("Likwidacja pieców kaflowych w kamienicach Śródmieścia", "low_emission",
        description="Program dotacji i pomocy technicznej dla wspólnot mieszkaniowych i "
        "najemców lokali komunalnych w obrębie dawnych murów miejskich. Preferowane jest "
        "podłączenie do sieci ciepłowniczej lub pompy ciepła; tam, gdzie to niemożliwe – "
        "ogrzewanie gazowe.",
        responsible="Biuro Ochrony Powietrza Urzędu Miejskiego w Świdnicy",
        timeline="2025–2027", cost="5 200 tys. zł",
        indicator="380 zlikwidowanych pieców"),
    Act("Termomodernizacja trzech szkół podstawowych", "low_emission",
        description="Docieplenie ścian i stropodachów, wymiana stolarki okiennej, "
        "modernizacja instalacji c.o. i montaż paneli fotowoltaicznych w trzech "
        "budynkach szkolnych z lat 60.",
        responsible="Wydział Inwestycji Urzędu Miejskiego", timeline="2026–2027",
        cost="7 300 tys. zł", indicator=None),
    Act("Harmonogram alertów smogowych i bezpłatna komunikacja miejska w dni smogowe",
        "public_transport", secondary_themes=("low_emission",),
        description="Przyjęcie procedury ogłaszania alertu smogowego na podstawie prognoz "
        "jakości powietrza. W dniu alertu przejazdy autobusami miejskimi będą bezpłatne, a "
        "mieszkańcy otrzymają komunikat SMS i informację na tablicach przystankowych.",
        responsible="Wydział Komunikacji i Transportu", timeline="od sezonu grzewczego "
        "2025/2026", cost="ok. 120 tys. zł rocznie",
        indicator="wzrost liczby pasażerów w dni alertu o co najmniej 15%"),
    Act("Ekodoradca dla mieszkańców i wspólnot mieszkaniowych", "eco_awareness",
        secondary_themes=("low_emission",),
        description="Dwóch doradców energetycznych pomagających w wyborze źródła ciepła, "
        "audytach energetycznych i wnioskach o dotacje, z dyżurami w urzędzie i wizytami "
        "domowymi.",
        responsible="Biuro Ochrony Powietrza Urzędu Miejskiego w Świdnicy",
        timeline="2025–2027", cost=None, indicator="900 udzielonych porad"),
    Act("Zielone bariery wzdłuż ul. Westerplatte i al. Niepodległości", "public_space",
        secondary_themes=("low_emission",),
        description="Nasadzenia szpalerów drzew i gęstych krzewów oddzielających chodniki i "
        "place zabaw od ruchliwych ulic.",
        responsible="Zarząd Zieleni Miejskiej", timeline=None, cost="650 tys. zł",
        indicator="liczba posadzonych drzew i krzewów (min. 400 szt.)"),
]


def build() -> Doc:
    body = [
        Section("summary", "Część A. Najważniejsze w pigułce", [
            P("Świdnica to miasto o zwartej, historycznej zabudowie, w której wciąż działa wiele "
              "pieców kaflowych i kotłów na węgiel. W sezonie grzewczym stężenia pyłów i "
              "benzo(a)pirenu należą do najwyższych na Dolnym Śląsku. Niniejsza MID zawiera "
              "pięć działań: likwidację pieców w kamienicach, termomodernizację szkół, system "
              "alertów smogowych z bezpłatną komunikacją, ekodoradztwo i zielone bariery "
              "wzdłuż głównych ulic."),
            P("Szacowany koszt działań inwestycyjnych wynosi ok. 13,2 mln zł, z czego ponad "
              "połowę planujemy pozyskać ze środków zewnętrznych."),
        ]),
        Section("context", "Część B. Punkt wyjścia", [
            P("Świdnica liczy ok. 55 tys. mieszkańców. Śródmieście w obrębie dawnych "
              "fortyfikacji oraz kwartały XIX-wiecznych kamienic przy ul. Kościuszki, "
              "Kotlarskiej i Łukowej ogrzewane są w znacznej części indywidualnie. Według "
              "inwentaryzacji z 2023 r. w mieście pozostaje ok. 4 700 pieców kaflowych i "
              "kotłów na paliwa stałe, w tym ok. 3 000 w budynkach wielorodzinnych."),
            P("Stacja monitoringu przy ul. Śląskiej notuje w sezonie grzewczym regularne "
              "przekroczenia dobowego poziomu PM10 (w 2023 r. – 33 dni), a średnioroczne "
              "stężenie benzo(a)pirenu wynosi ok. 5 ng/m³. Problem nasila się w dni "
              "bezwietrzne, gdy zanieczyszczenia zalegają w niecce, w której leży centrum "
              "miasta."),
            P("Dotychczasowe działania – uchwała antysmogowa województwa dolnośląskiego, "
              "miejski program dotacji (ok. 1 200 wymienionych źródeł w latach 2017–2023) i "
              "rozbudowa sieci ciepłowniczej na osiedlu Zarzecze – przyniosły poprawę, ale tempo "
              "zmian w kamienicach jest zbyt wolne. Najczęstsze bariery to współwłasność "
              "budynków, brak miejsca na nowe instalacje i ograniczenia konserwatorskie."),
        ]),
        Section("objectives", "Część C. Cele i oczekiwane rezultaty", [
            P("Nadrzędnym celem jest dotrzymanie norm jakości powietrza w Świdnicy do 2030 r. "
              "W okresie realizacji MID dążymy do:"),
            L(["zmniejszenia liczby dni z przekroczeniem dobowego poziomu PM10 o 30%,",
               "likwidacji co najmniej 380 pieców kaflowych w Śródmieściu,",
               "obniżenia zużycia energii w budynkach szkolnych o 40%,",
               "ograniczenia narażenia dzieci i pieszych na spaliny przy głównych ulicach."]),
        ]),
        Section("actions", "Część D. Zaplanowane działania", [
            Actions(ACTS, mode="kv", prefix="D.{i} ",
                    labels={"responsible": "Odpowiedzialny", "timeline": "Okres realizacji",
                            "cost": "Koszt", "indicator": "Wskaźnik"},
                    order=("responsible", "timeline", "cost", "indicator"),
                    missing={"cost": "finansowane w ramach etatów urzędu – nie wyceniono",
                             "timeline": "nie określono"}),
        ]),
        Section("budget", "Część E. Koszty i źródła pokrycia", [
            T([["Działanie", "Koszt (tys. zł)", "Źródła"],
               ["D.1 Likwidacja pieców", "5 200", "FEDS 2021–2027, budżet miasta"],
               ["D.2 Termomodernizacja szkół", "7 300", "FEnIKS, budżet miasta"],
               ["D.3 Alerty smogowe i bezpłatna komunikacja", "120 / rok", "budżet miasta"],
               ["D.4 Ekodoradca", "—", "budżet miasta (etaty)"],
               ["D.5 Zielone bariery", "650", "WFOŚiGW we Wrocławiu"],
               ["Razem (inwestycje)", "13 150", ""]], widths=[3.2, 1.4, 3]),
            P("Wkład własny miasta wyniesie ok. 5,9 mln zł i zostanie ujęty w Wieloletniej "
              "Prognozie Finansowej. W przypadku nieuzyskania dofinansowania termomodernizacja "
              "szkół zostanie rozłożona na dłuższy okres."),
        ]),
        Section("stakeholders", "Część F. Partnerzy i konsultacje", [
            P("W skład Lokalnego Partnerstwa wchodzą: Biuro Ochrony Powietrza, Wydział "
              "Inwestycji, Wydział Komunikacji i Transportu, Zarząd Zieleni Miejskiej, Miejski "
              "Zarząd Nieruchomości, Świdnicki Alarm Smogowy, Towarzystwo Przyjaciół Świdnicy, "
              "dyrektorzy szkół oraz przedstawiciele wspólnot mieszkaniowych Śródmieścia."),
            P("Założenia MID były dyskutowane na dwóch otwartych spotkaniach w Świdnickim "
              "Ośrodku Kultury oraz w ankiecie internetowej, na którą odpowiedziało 437 osób. "
              "Mieszkańcy poparli przede wszystkim bezpłatną komunikację w dni smogowe i pomoc "
              "doradców."),
        ]),
        Section("indicators", "Część G. Wskaźniki", [
            T([["Wskaźnik", "Wartość bazowa", "Cel 2027", "Częstotliwość pomiaru"],
               ["Dni z przekroczeniem PM10 (stacja ul. Śląska)", "33", "23", "co roku"],
               ["Zlikwidowane piece kaflowe w Śródmieściu", "0", "380", "co pół roku"],
               ["Zużycie energii cieplnej w 3 szkołach [GJ/rok]", "6 900", "4 100", "co roku"],
               ["Liczba porad ekodoradców", "0", "900", "co kwartał"]],
              widths=[3.4, 1.3, 1.1, 1.6]),
        ]),
        Section("risks", "Część H. Co może pójść nie tak", [
            P("Największe ryzyko dotyczy działania D.1: decyzje wspólnot mieszkaniowych zapadają "
              "powoli, a część kamienic jest objęta ochroną konserwatorską. Ograniczymy je, "
              "oferując bezpłatne projekty przyłączy i pomoc prawną. Ryzyko opóźnień w "
              "termomodernizacji szkół wynika z terminów naborów wniosków – dokumentacja "
              "zostanie przygotowana z wyprzedzeniem. W przypadku alertów smogowych zagrożeniem "
              "jest niska rozpoznawalność systemu, dlatego przed pierwszym sezonem "
              "przeprowadzimy kampanię informacyjną w szkołach i na przystankach."),
        ]),
    ]
    return Doc(
        stem="mid_swidnica_powietrze", fmt="lo_pdf", document_type="mid", city="Świdnica",
        network="air_quality", status="final",
        notes="PDF exported by LibreOffice from a DOCX with Heading 1/2 styles; headings "
              "'Część A.'–'Część H.' with non-textbook wording ('Najważniejsze w pigułce', "
              "'Punkt wyjścia', 'Co może pójść nie tak'). There is NO schedule section anywhere "
              "-> schedule missing, although each action states its own period and action D.3 "
              "is titled 'Harmonogram alertów smogowych…' (an action, not the schedule). D.2 "
              "has no indicator, D.4 cost 'nie wyceniono', D.5 timeline 'nie określono'. Past "
              "programmes 2017–2023 in Część B are not actions.",
        title="Miejska Inicjatywa Działania – Świdnica", author="Urząd Miejski w Świdnicy",
        title_page=[("org", "Gmina Miasto Świdnica"),
                    ("space", "2"),
                    ("title", "Miejska Inicjatywa Działania"),
                    ("sub", "Świdnica oddycha pełną piersią"),
                    ("meta", "Partnerska Inicjatywa Miast – sieć „Jakość powietrza”"),
                    ("space", "7"),
                    ("meta", "Świdnica, marzec 2025 r.")],
        body=body, header="Świdnica – Miejska Inicjatywa Działania",
        style=dict(font="Liberation Sans", heading_font="Liberation Sans", size=10.5,
                   heading_mode="styles", accent="833C0B", h2_color="1F3864", h1_size=14,
                   h2_size=11.5),
    )

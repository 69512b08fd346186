"""Siedlce – MID, revitalisation network, ODT, final.

'Rozdział I.'–'Rozdział VII.' headings (text:h).  The table of contents lists
'Rozdział VIII. Analiza ryzyka', which does not exist in the body -> risks
missing.  No summary.  Actions: bold titles with descriptions, facts in a
summary table.
"""
from hkit import Act, Actions, Doc, KV, L, P, Section, T

ACTS = [
    Act("Przebudowa skweru przy ul. Kilińskiego na zieloną przestrzeń sąsiedzką",
        "public_space",
        description="Skwer jest dziś w większości utwardzonym parkingiem. Projekt przewiduje "
        "rozszczelnienie nawierzchni, nasadzenia drzew, ogród deszczowy, plac zabaw i miejsca "
        "do siedzenia. Koncepcja powstanie w trybie warsztatów z mieszkańcami kwartału.",
        responsible="Wydział Inwestycji Urzędu Miasta Siedlce", timeline="2025–2026",
        cost="2 300", indicator="0,6 ha zagospodarowanej przestrzeni"),
    Act("Centrum Aktywności Sąsiedzkiej w kamienicy przy ul. Pułaskiego", "social_activation",
        description="Adaptacja parteru komunalnej kamienicy na miejsce spotkań, zajęć dla "
        "seniorów, świetlicę dla dzieci i punkt poradnictwa. Centrum będzie prowadzone przez "
        "organizację pozarządową wybraną w konkursie.",
        responsible="Miejski Ośrodek Pomocy Rodzinie w Siedlcach", timeline="2025–2027",
        cost="3 800", indicator="1 500 uczestników zajęć rocznie"),
    Act("Program „Witryna” – wsparcie lokali usługowych w Śródmieściu", "economic_activation",
        description="Obniżone czynsze i mikrogranty na adaptację pustych lokali użytkowych na "
        "parterach kamienic dla rzemiosła, usług lokalnych i działalności kreatywnej.",
        responsible="Biuro Obsługi Przedsiębiorców Urzędu Miasta", timeline="2026–2027",
        cost="450", indicator="12 zagospodarowanych pustostanów"),
    Act("Budżet podwórkowy – animacja podwórek w kwartałach śródmiejskich",
        "social_activation", secondary_themes=("public_space",),
        description="Mieszkańcy kamienic sami decydują o urządzeniu swojego podwórka (zieleń, "
        "ławki, stojaki rowerowe), a miasto finansuje materiały i wsparcie animatora.",
        responsible=None, timeline="2025–2027", cost="300", indicator=None),
    Act("Remont elewacji i dachów kamienic komunalnych przy ul. Piłsudskiego", "other",
        secondary_themes=("public_space",),
        description="Kompleksowy remont dziewięciu budynków z zasobu gminy, w tym wymiana "
        "pokryć dachowych, odnowienie elewacji zgodnie z wytycznymi konserwatorskimi i "
        "termomodernizacja ścian szczytowych.",
        responsible="Zakład Gospodarki Lokalowej w Siedlcach", timeline="2025–2027",
        cost="5 400", indicator="9 wyremontowanych budynków"),
]

TOC = [("Rozdział I. Kontekst lokalny", 3), ("Rozdział II. Nasze cele", 3),
       ("Rozdział III. Katalog przedsięwzięć", 3), ("Rozdział IV. Plan na lata 2025–2027", 4),
       ("Rozdział V. Ile to kosztuje", 4),
       ("Rozdział VI. Lokalne Partnerstwo i głos mieszkańców", 5),
       ("Rozdział VII. Katalog wskaźników realizacji", 5),
       ("Rozdział VIII. Analiza ryzyka", 6)]


def build() -> Doc:
    body = [
        Section("context", "Rozdział I. Kontekst lokalny", [
            P("Obszar objęty MID to ścisłe Śródmieście Siedlec – kwartały między ul. Piłsudskiego, "
              "Kilińskiego, Pułaskiego i Floriańską, wyznaczone w Gminnym Programie "
              "Rewitalizacji Miasta Siedlce jako podobszar o największej koncentracji problemów. "
              "Mieszka tu ok. 6,8 tys. osób, czyli niespełna 9% mieszkańców miasta."),
            P("Analiza wskaźnikowa pokazuje, że na tym obszarze udział osób korzystających z "
              "pomocy społecznej jest dwukrotnie wyższy niż średnio w mieście, a liczba "
              "mieszkańców zmniejszyła się w ciągu dekady o 14%. Około 30% lokali użytkowych w "
              "parterach kamienic stoi pustych, a część budynków komunalnych wymaga pilnego "
              "remontu dachów i elewacji. Podwórka służą głównie jako parkingi, brakuje zieleni "
              "i miejsc spotkań."),
            P("Jednocześnie Śródmieście ma duży potencjał: zachowany historyczny układ ulic, "
              "bliskość Muzeum Regionalnego w ratuszu „Jacek”, aktywne parafie i organizacje "
              "pozarządowe oraz mieszkańców deklarujących chęć angażowania się w sprawy "
              "sąsiedzkie. Wcześniej zrealizowana przebudowa ul. Piłsudskiego (2019–2021) "
              "poprawiła estetykę głównej ulicy, ale nie przełożyła się na ożywienie "
              "sąsiednich kwartałów."),
        ]),
        Section("objectives", "Rozdział II. Nasze cele", [
            P("**Cel główny:** Śródmieście Siedlec jako miejsce, w którym chce się mieszkać, "
              "spotykać i prowadzić działalność gospodarczą."),
            P("**Cele szczegółowe:**", align="left"),
            L(["wzmocnienie więzi sąsiedzkich i aktywności mieszkańców,",
               "poprawa jakości i dostępności przestrzeni publicznych oraz podwórek,",
               "ograniczenie liczby pustostanów w lokalach użytkowych,",
               "poprawa stanu technicznego komunalnych budynków mieszkalnych."]),
        ]),
        Section("actions", "Rozdział III. Katalog przedsięwzięć", [
            P("Katalog obejmuje pięć przedsięwzięć, które uzupełniają się wzajemnie: inwestycje "
              "w przestrzeń i budynki tworzą warunki dla działań społecznych i gospodarczych."),
            Actions(ACTS, mode="kv", prefix="III.{i}. ", heading="bold", order=()),
            P("Zestawienie informacji o przedsięwzięciach:", align="left"),
            Actions(ACTS, mode="table", prefix="III.{i}",
                    columns=[("Nr", "no", 0.7), ("Przedsięwzięcie", "title", 3.2),
                             ("Realizator", "responsible", 2.2), ("Okres", "timeline", 1.1),
                             ("Koszt (tys. zł)", "cost", 1.0), ("Wskaźnik", "indicator", 1.9)],
                    missing={"responsible": "—", "indicator": "—"}),
        ]),
        Section("schedule", "Rozdział IV. Plan na lata 2025–2027", [
            P("Realizacja MID została podzielona na trzy etapy:"),
            L(["**2025** – przygotowanie dokumentacji projektowej skweru i Centrum Aktywności "
               "Sąsiedzkiej, ogłoszenie pierwszej edycji budżetu podwórkowego, rozpoczęcie "
               "remontów dachów w dwóch kamienicach;",
               "**2026** – przebudowa skweru, adaptacja parteru kamienicy przy ul. Pułaskiego, "
               "uruchomienie programu „Witryna”, kontynuacja remontów;",
               "**2027** – otwarcie Centrum Aktywności Sąsiedzkiej, druga i trzecia edycja "
               "budżetu podwórkowego, zakończenie remontów elewacji, podsumowanie efektów."],
              "dash"),
        ]),
        Section("budget", "Rozdział V. Ile to kosztuje", [
            P("Łączny koszt przedsięwzięć oszacowano na 12 250 tys. zł. Największą pozycję "
              "stanowią remonty kamienic komunalnych (44%) oraz adaptacja budynku na Centrum "
              "Aktywności Sąsiedzkiej (31%)."),
            T([["Źródło finansowania", "Kwota (tys. zł)", "Udział"],
               ["Fundusze Europejskie dla Mazowsza 2021–2027", "6 900", "56%"],
               ["Budżet Miasta Siedlce", "4 350", "36%"],
               ["Program Fundusz Dopłat (BGK)", "700", "6%"],
               ["Środki organizacji pozarządowych i wkład mieszkańców", "300", "2%"],
               ["Razem", "12 250", "100%"]], widths=[4, 1.5, 1]),
        ]),
        Section("stakeholders", "Rozdział VI. Lokalne Partnerstwo i głos mieszkańców", [
            P("Lokalne Partnerstwo zostało powołane w 2024 r. i spotyka się co dwa miesiące. "
              "Oprócz pracowników urzędu i MOPR należą do niego przedstawiciele Stowarzyszenia "
              "„Nasze Śródmieście”, Siedleckiej Izby Gospodarczej, Uniwersytetu w Siedlcach, "
              "Zakładu Gospodarki Lokalowej oraz rady seniorów."),
            P("Mieszkańcy uczestniczyli w przygotowaniu MID poprzez spacer studyjny po "
              "kwartałach śródmiejskich, dwa warsztaty przy makiecie skweru i ankietę "
              "rozdawaną w lokalach usługowych. Zgłoszono 87 uwag, z których 52 uwzględniono."),
        ]),
        Section("indicators", "Rozdział VII. Katalog wskaźników realizacji", [
            T([["Wskaźnik", "Jednostka", "Wartość bazowa", "Wartość docelowa 2027"],
               ["Powierzchnia zagospodarowanych przestrzeni publicznych", "ha", "0", "0,6"],
               ["Liczba uczestników zajęć w CAS", "osoby/rok", "0", "1 500"],
               ["Liczba zagospodarowanych pustostanów", "szt.", "0", "12"],
               ["Liczba wyremontowanych budynków komunalnych", "szt.", "0", "9"],
               ["Odsetek mieszkańców zadowolonych z otoczenia (ankieta)", "%", "41", "60"]],
              widths=[4, 1.2, 1.3, 1.5]),
            P("Dane będą zbierane przez Wydział Rozwoju Miasta; ankieta satysfakcji mieszkańców "
              "zostanie powtórzona w 2027 r. według tej samej metodologii co w 2024 r."),
        ]),
        Section((), None, [
            KV("Dokument przyjęty przez Lokalne Partnerstwo", "27 lutego 2025 r."),
            KV("Kontakt", "Wydział Rozwoju Miasta, Urząd Miasta Siedlce"),
        ]),
    ]
    return Doc(
        stem="mid_siedlce_rewitalizacja", fmt="odt", document_type="mid", city="Siedlce",
        network="revitalisation", status="final",
        notes="ODT with text:h headings 'Rozdział I.'–'Rozdział VII.'. The typed table of "
              "contents lists 'Rozdział VIII. Analiza ryzyka' but there is no such chapter in "
              "the body -> risks missing. No summary. Actions: bold titles 'III.n.' with "
              "descriptions, followed by a summary table with Realizator / Okres / Koszt / "
              "Wskaźnik; action III.4 ('Budżet podwórkowy…' – the word 'budżet' in an ACTION "
              "title, not the budget section) has no responsible unit and no indicator ('—'). "
              "Indicators heading uses genitive 'Katalog wskaźników realizacji'. The 2019–2021 "
              "reconstruction of ul. Piłsudskiego in the context is a past project, not an action.",
        title="Miejska Inicjatywa Działania – Siedlce", author="Urząd Miasta Siedlce",
        title_page=[("org", "Urząd Miasta Siedlce"),
                    ("space", "2"),
                    ("title", "MIEJSKA INICJATYWA DZIAŁANIA"),
                    ("sub", "Żywe Śródmieście Siedlec"),
                    ("meta", "Partnerska Inicjatywa Miast – sieć „Rewitalizacja”"),
                    ("space", "8"),
                    ("meta", "Siedlce, luty 2025")],
        toc=TOC, body=body, header="Miejska Inicjatywa Działania – Siedlce",
        footer="Partnerska Inicjatywa Miast",
        style=dict(font="Liberation Serif", heading_font="Liberation Sans", size=11),
    )

"""Command line: ``pim-docs COMMAND`` (help in Polish; progress bars on long work)."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from .ingest import DOCUMENT_SUFFIXES
from .ingest.entries import Entry, display_name

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with Polish wording for its own messages; usage errors exit 2."""

    def error(self, message: str) -> None:  # noqa: D401
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: błąd: {message}\n")


def _polish_help(parser: argparse.ArgumentParser) -> None:
    parser._positionals.title = "argumenty"
    parser._optionals.title = "opcje"
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = "pokaż tę pomoc i zakończ"


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    p = _Parser(prog="pim-docs", description=(
        "Przetwarzanie zgłoszeń Partnerskiej Inicjatywy Miast: Miejskich Inicjatyw Działania (MID) "
        "i Planów Ulepszeń w formatach PDF, DOCX i ODT."),
        epilog="Szczegóły polecenia: pim-docs POLECENIE --help")
    p.add_argument("--version", action="version", version=f"pim-docs {__version__}",
                   help="pokaż wersję programu")
    p.add_argument("-v", "--verbose", action="store_true", help="więcej komunikatów (także z Prefect)")
    sub = p.add_subparsers(dest="command", title="polecenia", metavar="POLECENIE", parser_class=_Parser)
    pr = sub.add_parser("process", help="odczytaj pliki i zapisz raporty",
                        description="Odczytuje pliki i foldery (PDF, DOCX, ODT) w przepływie Prefect i zapisuje "
                                    "dla każdego dokumentu report.json, report.html i report.docx, a w folderze "
                                    "wyjściowym index.html i portfolio.json. Kod wyjścia: 0 — każdy plik ma "
                                    "raport, 1 — niektórych plików nie udało się odczytać, 2 — błąd wywołania.")
    pr.add_argument("paths", nargs="+", metavar="ŚCIEŻKA", type=Path, help="plik lub folder ze zgłoszeniami")
    pr.add_argument("--out", required=True, type=Path, metavar="FOLDER", help="folder na raporty")
    ev = sub.add_parser("eval", help="policz wskaźniki jakości na dokumentach z plikami wzorcowymi",
                        description="Przetwarza dokumenty, dla których istnieją pliki wzorcowe (*.gold.json), i "
                                    "wypisuje trafność rozpoznania danych dokumentu i stanu jego części. Domyślnie "
                                    "korpus projektu (corpus/documents + corpus/gold).")
    ev.add_argument("docs", nargs="?", type=Path, metavar="FOLDER", help="folder z dokumentami")
    ev.add_argument("--gold", type=Path, metavar="FOLDER", help="folder z plikami *.gold.json (domyślnie ten sam)")
    ev.add_argument("--json", action="store_true", help="wynik jako JSON")
    ev.add_argument("--actions", dest="verbose_actions", action="store_true",
                    help="wypisz błędy rozpoznania działań dla każdego dokumentu")
    cl = sub.add_parser("classify", help="przypisz tematy (nurty) tekstom działań",
                        description="Czyta plik JSONL z polami {\"id\", \"text\", \"network\"?} i zapisuje "
                                    "{\"id\", \"theme\", \"secondary_themes\", \"scores\"} dla każdego wiersza "
                                    "(oraz uzasadnienie: słowa i najbliższe przykłady).")
    cl.add_argument("--in", dest="input", required=True, type=Path, metavar="WE.jsonl", help="plik wejściowy")
    cl.add_argument("--out", required=True, type=Path, metavar="WY.jsonl", help="plik wynikowy")
    cl.add_argument("--variant", choices=("rules", "tfidf", "embed", "combined"),
                    help="wariant modelu (domyślnie wybrany przy trenowaniu)")
    cu = sub.add_parser("clusters", help="pogrupuj działania wszystkich miast w grupy tematyczne",
                        description="Grupuje działania według treści (osadzenia zdań, lematy, tematy) i zapisuje "
                                    "w FOLDERZE: clusters.jsonl, explorer.html (mapa, filtry, podobne działania), "
                                    "dzialania.csv, dzialania.xlsx i dzialania.parquet. Źródło: domyślnie katalog "
                                    "(--db), albo folder z raportami, albo plik JSONL {\"id\", \"text\", …}.")
    cu.add_argument("source", nargs="?", type=Path, metavar="RAPORTY", help="folder z raportami (report.json)")
    cu.add_argument("--in", dest="jsonl", type=Path, metavar="PLIK.jsonl", help="plik JSONL z działaniami")
    cu.add_argument("--db", default="sqlite:///outputs/catalogue.sqlite", metavar="URL",
                    help="katalog zgłoszeń (domyślnie sqlite:///outputs/catalogue.sqlite)")
    cu.add_argument("--out", required=True, type=Path, metavar="FOLDER", help="folder na wyniki")
    tr = sub.add_parser("train", help="zbuduj modele w models/ i wypisz ich porównanie",
                        description="Trenuje klasyfikator tematów działań na danych z corpus/ (walidacja krzyżowa "
                                    "czterech wariantów), zapisuje najlepszy w models/ razem z kartą modelu.")
    sv = sub.add_parser("serve", help="uruchom cykliczne pobieranie zgłoszeń ze skrzynki (Prefect)",
                        description="Uruchamia wdrożenie Prefect, które co zadany czas przegląda skrzynkę: nowe pliki "
                                    "archiwizuje, przetwarza i rejestruje w katalogu (SQLite lub PostgreSQL), pliki już "
                                    "znane pomija. Działa do przerwania (Ctrl+C). Przebiegi widać w interfejsie Prefect.")
    sv.add_argument("--inbox", required=True, type=Path, metavar="FOLDER", help="skrzynka ze zgłoszeniami")
    sv.add_argument("--out", type=Path, default=Path("outputs"), metavar="FOLDER",
                    help="folder na raporty, archiwum i katalog (domyślnie outputs)")
    sv.add_argument("--db", metavar="URL", help="adres bazy katalogu, np. postgresql://… (domyślnie SQLite w --out)")
    when = sv.add_mutually_exclusive_group()
    when.add_argument("--cron", metavar="WYRAŻENIE", help="harmonogram cron, np. \"*/15 * * * *\"")
    when.add_argument("--interval", type=int, metavar="SEKUNDY", help="odstęp między przebiegami (domyślnie 300)")
    when.add_argument("--once", action="store_true", help="jeden przebieg teraz, bez harmonogramu")
    sv.add_argument("--workers", type=int, default=1, metavar="N",
                    help="ile dokumentów przetwarzać równolegle (procesy; domyślnie 1)")
    sv.add_argument("--dask", metavar="ADRES", help="klaster Dask: adres planisty (tcp://…:8786) lub „local”")
    sv.add_argument("--lease-ttl", type=float, default=300.0, metavar="SEKUNDY",
                    help="po ilu sekundach plik zajęty przez przebieg, który przestał działać, wraca do "
                         "przetworzenia przez inny przebieg (domyślnie 300)")
    for sp in (p, pr, ev, cl, tr, sv):
        _polish_help(sp)
    return p


def collect(inputs: list[Path]) -> tuple[list[Entry], list[dict], list[str]]:
    """Files to process, entries left out (with the reason) and paths that do not exist.

    A file named explicitly is always processed; inside folders every entry is either
    processed or listed with its reason (``ingest.entries.walk``: links leaving the folder,
    pipes, lock files, extensions that are not a document's).
    """
    from .ingest.entries import walk

    files: list[Entry] = []
    skipped: list[dict] = []
    missing: list[str] = []
    for path in inputs:
        if path.is_file():
            files.append(Entry.of(path))
        elif path.is_dir():
            found = walk(path)
            skipped += [{"path": str(Path(path.name) / s.path), "reason": s.reason} for s in found.listed]
            for f in found.files:
                if f.path.suffix.lower() in DOCUMENT_SUFFIXES or not f.path.suffix:
                    files.append(f)
                else:
                    skipped.append({"path": str(Path(path.name) / f.name),
                                    "reason": f"rozszerzenie {display_name(f.path.suffix)} nie oznacza dokumentu"})
        else:
            missing.append(display_name(str(path)))
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, skipped, missing


def _configure_logging(verbose: bool) -> None:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")


def cmd_process(args) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    files, skipped, missing = collect(args.paths)
    if missing:
        console.print(f"[red]Nie ma takiej ścieżki:[/] {', '.join(missing)}")
        return EXIT_USAGE
    if not files:
        console.print("[red]Nie znaleziono żadnych plików do przetworzenia.[/]")
        return EXIT_USAGE
    from flows.ingest import session
    from flows.process import process_documents

    with session(), Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("[dim]{task.fields[name]}"), console=console, transient=False) as bar:
        job = bar.add_task("Przetwarzanie", total=len(files), name="")
        reports = process_documents(files, args.out, skipped=skipped,
                                    progress=lambda name: bar.update(job, advance=1, name=name))
    failed = [r for r in reports if r.processing.status == "failed"]
    for r in failed:
        console.print(f"[red]✗ {r.source_file}[/]: {'; '.join(r.processing.errors)}")
    for s in skipped:
        console.print(f"[yellow]pominięto[/] {s['path']}: {s['reason']}")
    console.print(f"Raporty: {len(reports)} w {args.out} (nieudane: {len(failed)}, pominięte: {len(skipped)}). "
                  f"Przegląd: {args.out / 'index.html'}")
    return EXIT_SOME_FAILED if failed else EXIT_OK


def cmd_eval(args) -> int:
    import json

    from rich.console import Console
    from rich.progress import track

    from .evaluation import score
    from .pipeline import process_file

    root = Path(__file__).resolve().parent.parent
    docs = args.docs or root / "corpus" / "documents"
    gold = args.gold or (args.docs or root / "corpus" / "gold")
    if not docs.is_dir() or not gold.is_dir():
        Console(stderr=True).print(f"[red]Nie ma folderu:[/] {docs if not docs.is_dir() else gold}")
        return EXIT_USAGE
    names = {json.loads(p.read_text(encoding="utf-8"))["file"] for p in gold.glob("*.gold.json")}
    files = [docs / n for n in sorted(names) if (docs / n).is_file()]
    reports = {f.name: process_file(f)[1] for f in track(files, description="Ocena", console=Console(stderr=True))}
    figures, per_doc = score(gold, reports)
    if args.json:
        print(json.dumps({"figures": figures, "errors": {d.file: d.section_errors for d in per_doc},
                          "documents": [{"file": d.file, "sections": f"{d.sections_ok}/{d.sections_n}",
                                         "action_precision": d.action_precision, "action_recall": d.action_recall,
                                         "action_values_acc": d.values_acc} for d in per_doc]},
                         ensure_ascii=False, indent=1))
        return EXIT_OK
    for key, value in figures.items():
        print(f"{key:22} {value:.3f}" if key != "documents" else f"{key:22} {int(value)}")
    print(f"  {'dokument':58} {'części':>7} {'prec.':>6} {'pełn.':>6} {'wartości':>8}")
    for d in per_doc:
        values = f"{d.values_acc:.2f}" if d.values_acc is not None else "–"
        print(f"  {d.file[:58]:58} {f'{d.sections_ok}/{d.sections_n}':>7} {d.action_precision:6.2f} "
              f"{d.action_recall:6.2f} {values:>8}")
    for d in per_doc:
        wrong = [k for k, ok in d.facts_ok.items() if not ok]
        if wrong or d.section_errors:
            print(f"  {d.file}: " + "; ".join([f"źle: {', '.join(wrong)}"] * bool(wrong) + d.section_errors))
    if args.verbose_actions:
        for d in per_doc:
            print(f"  {d.file}: działania {d.actions}")
            for e in d.action_errors:
                print(f"      {e}")
    return EXIT_OK


def cmd_classify(args) -> int:
    import json

    from rich.console import Console

    from .classify.model import ThemeClassifier

    console = Console(stderr=True)
    rows, bad = [], 0
    try:
        lines = args.input.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        console.print(f"[red]Nie można odczytać {args.input}:[/] {exc.strerror}")
        return EXIT_USAGE
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            rows.append((row["id"], str(row.get("text") or "")))
        except (ValueError, KeyError, TypeError):
            bad += 1
            console.print(f"[yellow]wiersz {n}: brak poprawnego JSON z polami id i text — pominięto[/]")
    try:
        clf = ThemeClassifier.load()
    except FileNotFoundError as exc:
        console.print(f"[red]{exc}[/]")
        return EXIT_USAGE
    preds = clf.predict([t for _, t in rows], args.variant)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        for (rid, _), p in zip(rows, preds):
            fh.write(json.dumps({"id": rid, "theme": p.theme, "secondary_themes": p.secondary_themes,
                                 "scores": p.scores, "sub_theme": p.sub_theme, "terms": p.terms,
                                 "examples": p.examples}, ensure_ascii=False) + "\n")
    console.print(f"Sklasyfikowano {len(preds)} tekstów → {args.out}" + (f" (pominięto {bad} wierszy)" if bad else ""))
    return EXIT_SOME_FAILED if bad else EXIT_OK


def cmd_train(args) -> int:
    from rich.console import Console

    from .classify.train import train

    console = Console(stderr=True)
    card = train(log=lambda m: console.print(f"[dim]{m}[/]"))
    print(f"{'wariant':10} {'CV dokładność':>14} {'CV macro-F1':>12} {'odłożone dokł.':>15} {'odłożone F1':>12}")
    for v, r in card["cv"].items():
        h = card["heldout"].get(v, {})
        print(f"{v:10} {r['accuracy']:14.3f} {r['macro_f1']:12.3f} {h.get('accuracy', 0):15.3f} {h.get('macro_f1', 0):12.3f}")
    print(f"wybrany: {card['chosen']}; model i karta w models/")
    return EXIT_OK


def cmd_clusters(args) -> int:
    from rich.console import Console

    console = Console(stderr=True)
    if args.jsonl and args.source:
        console.print("[red]Podaj jedno źródło:[/] --in PLIK.jsonl albo folder z raportami.")
        return EXIT_USAGE
    source = args.jsonl or args.source
    if source is not None and not source.exists():
        console.print(f"[red]Nie ma takiej ścieżki:[/] {source}")
        return EXIT_USAGE
    if source is None:
        db_file = args.db.removeprefix("sqlite:///")
        if args.db.startswith("sqlite:///") and not Path(db_file).is_file():
            console.print(f"[red]Nie ma katalogu zgłoszeń[/] {db_file}: najpierw `pim-docs process … --out outputs`, "
                          "albo podaj folder z raportami lub --in PLIK.jsonl.")
            return EXIT_USAGE
        if not _catalogue_reachable(args.db, console):
            return EXIT_USAGE
    from flows.clusters import theme_clusters
    from flows.ingest import session

    with session(), console.status("Grupowanie działań…"):
        result = theme_clusters(str(source) if source is not None else args.db, args.out)
    if not result["actions"]:
        console.print("[yellow]Brak działań do pogrupowania.[/]")
    console.print(f"Działań: {result['actions']}, grup: {result['clusters']}, poza grupami: {result['outliers']}. "
                  f"Przegląd: {args.out / 'explorer.html'}")
    return EXIT_OK


def _catalogue_reachable(url: str, console) -> bool:
    """Open the catalogue once before any flow starts: a wrong URL, a server that is down or
    wrong credentials give one Polish line (never the password), not a traceback."""
    from .catalogue import Catalogue, CatalogueUnavailable

    try:
        Catalogue(url).engine.dispose()
    except CatalogueUnavailable as exc:
        console.print(f"[red]{exc}[/]", highlight=False, soft_wrap=True)
        return False
    return True


def cmd_serve(args) -> int:
    from rich.console import Console

    from flows.ingest import ingest_inbox

    console = Console(stderr=True)
    if not args.inbox.is_dir():
        console.print(f"[red]Nie ma folderu skrzynki:[/] {args.inbox}")
        return EXIT_USAGE
    if args.lease_ttl <= 0:
        console.print("[red]--lease-ttl musi być dodatnie.[/]")
        return EXIT_USAGE
    if args.db:
        if args.db.startswith("sqlite:///"):  # a new catalogue file: its folder is made, as for --out
            Path(args.db.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        if not _catalogue_reachable(args.db, console):
            return EXIT_USAGE
    params = {"inbox": str(args.inbox.resolve()), "out": str(args.out.resolve()), "db_url": args.db,
              "lease_ttl": args.lease_ttl}
    if args.once:
        from flows.ingest import run_ingest

        counts = run_ingest(args.workers, args.dask, **params)
        console.print(f"Przebieg zakończony: przetworzone: {counts['processed']} (nieudane: {counts['failed']}), "
                      f"bez zmian: {counts['unchanged']}, przetwarzane przez inny przebieg: {counts['elsewhere']}, "
                      f"w trakcie zapisu: {counts['busy']}, pominięte z podanym powodem: {counts['listed']} "
                      f"(lista w {args.out / 'index.html'}).", highlight=False, soft_wrap=True)
        return EXIT_SOME_FAILED if counts.get("failed") else EXIT_OK
    schedule = {"cron": args.cron} if args.cron else {"interval": args.interval or 300}
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        console.print("[red]Harmonogram wymaga serwera Prefect:[/] uruchom `prefect server start` i ustaw "
                      "PREFECT_API_URL (zob. README), albo użyj --once.")
        return EXIT_USAGE
    console.print(f"Skrzynka {args.inbox} → {args.out}; harmonogram: {schedule}. Przerwij Ctrl+C.")
    from flows.ingest import task_runner

    runner = task_runner(args.workers, args.dask)
    flow = ingest_inbox.with_options(task_runner=runner) if runner is not None else ingest_inbox
    params["parallel"] = runner is not None
    flow.serve(name="pim-docs-inbox", parameters=params, limit=1, **schedule)  # one run at a time
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    _configure_logging(args.verbose)
    commands = {"process": cmd_process, "eval": cmd_eval, "classify": cmd_classify, "train": cmd_train,
                "serve": cmd_serve, "clusters": cmd_clusters}
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())

"""`vnreport eval`: score extraction against annotated sets, beside underthesea's `ner`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from vnreport.cli.common import err_console, error_line, stdout_console, stdout_guard, write_lines
from vnreport.errors import ExitCode

if TYPE_CHECKING:
    from rich.table import Table

    from vnreport.evaluate import Evaluation

HELP = """Score extraction on annotated sets, one table of entities and one of the summary per set.

A set is a folder of gold files: `NN.txt` beside `NN.gold.json` (written sets), or gold files that
name a text under the shared corpus (`samples/real/…`; skipped when the corpus is absent). Real texts
are analysed without their year, as a bare file would be. Entities: precision, recall and F1
(officials by name; officials_full when every title matches too; title recall; documents by key;
dates by value; organisations and locations with lenient boundaries). Summary: event detection,
event date, place, organiser, chair, participants, headline figures among the key facts.
With --check FLOORS.json, exits 1 when a score of any set is below its floor (for CI).

Examples:

  vnreport eval samples/real/dev samples/real/heldout samples/gold

  vnreport eval samples/real/dev --no-baseline --check samples/real/dev/floors.json -f json

  vnreport eval samples/real/dev --versus samples/real/agreement --no-baseline   # annotator agreement
"""


def eval_command(
    folders: Annotated[list[Path], typer.Argument(metavar="DIR...", help="Gold sets to score.")],
    output_format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    baseline: Annotated[bool, typer.Option(help="Also score underthesea's ner (slower).")] = True,
    check: Annotated[Path | None, typer.Option(help="JSON of floors: {metric: {f1|precision|recall: min}}.")] = None,
    infer_year: Annotated[bool, typer.Option(help="Written sets too: ignore the gold `year`.")] = False,
    versus: Annotated[
        Path | None, typer.Option(help="A second annotator's gold for the same texts, scored as a system.")
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List misses per article on stderr.")] = False,
) -> None:
    from vnreport.evaluate import (
        check_floors,
        evaluate,
        other_annotator_system,
        underthesea_ner_system,
        vnreport_system,
    )
    from vnreport.gold import GoldError, corpus_root, gold_files, load_set, needs_corpus

    results: list[tuple[Path, list[Evaluation]]] = []
    failed = False
    for folder in folders:
        if not folder.is_dir() or not gold_files(folder):
            error_line(f"{folder}: not a folder of *.gold.json files", style="")
            raise typer.Exit(ExitCode.INPUT_ERROR)
        if needs_corpus(folder) and corpus_root(folder) is None:
            error_line(f"{folder}: skipped, the shared corpus is absent", style="")
            continue
        try:
            articles = load_set(folder)
        except GoldError as exc:
            error_line(str(exc), style="")
            raise typer.Exit(ExitCode.INPUT_ERROR) from None
        if versus is not None:
            shared = {a.gold.text for a in load_set(versus)}
            articles = [a for a in articles if a.gold.text in shared]
        evaluations = [evaluate(articles, vnreport_system(use_gold_year=not infer_year), "vnreport")]
        if versus is not None:
            evaluations.append(evaluate(articles, other_annotator_system(versus), "annotator B"))
        if baseline:
            evaluations.append(evaluate(articles, underthesea_ner_system(), "underthesea ner"))
        if verbose:
            for misses in evaluations[0].errors:
                err_console().print_json(json.dumps(misses, ensure_ascii=False))
        results.append((folder, evaluations))
        if check is not None:
            failures = check_floors(evaluations[0], json.loads(check.read_text(encoding="utf-8")))
            for failure in failures:
                error_line(f"{folder}: below floor: {failure}", style="red")
            failed = failed or bool(failures)
    with stdout_guard():
        _print(results, output_format, versus is not None)
    if failed:
        raise typer.Exit(ExitCode.INPUT_ERROR)


def _print(results: list[tuple[Path, list[Evaluation]]], output_format: str, versus: bool) -> None:
    if output_format == "json":
        payload: list[dict[str, Any]] = [
            {"set": str(folder), "systems": [e.to_dict() for e in evaluations]} for folder, evaluations in results
        ]
        write_lines([json.dumps(payload, ensure_ascii=False, indent=2)])
    else:
        console = stdout_console()
        for folder, evaluations in results:
            title = f"{folder} — {evaluations[0].articles} articles"
            if not all(evaluations[0].scores[m].empty for m in ("officials", "dates")):
                console.print(_table(evaluations, f"{title}: entities"))
            if evaluations[0].year_sources:
                console.print(_year_sources(evaluations[0]))
            scored = evaluations[:2] if versus else evaluations[:1]  # the baseline has no summary
            if any(not evaluations[0].scores[m].empty for m in ("event", "event_date")):
                console.print(_table(scored, f"{title}: summary", summary=True))
            if not evaluations[0].scores["doc_detected"].empty:
                console.print(_table(scored, f"{title}: the document itself", document=True))


def _year_sources(evaluation: Evaluation) -> str:
    """`article year — dateline 12 (0 wrong) · text 40 (3 wrong) · none 20`: which evidence decided a real
    text's year, and how often it was not the publication year."""
    parts = [
        f"{source} {n}" + ("" if source == "none" else f" ({wrong} wrong)")
        for source, (n, wrong) in sorted(evaluation.year_sources.items())
    ]
    return "article year — " + " · ".join(parts)


def _table(results: list[Evaluation], title: str, *, summary: bool = False, document: bool = False) -> Table:
    from rich.table import Table
    from rich.text import Text

    from vnreport.evaluate import DOCUMENT_METRICS, ENTITY_METRICS, SUMMARY_METRICS
    from vnreport.render.safe import terminal_safe

    table = Table(title=Text(terminal_safe(title)), title_justify="left")
    table.add_column("metric")
    for result in results:
        for stat in ("P", "R", "F1"):
            table.add_column(f"{result.system} {stat}" if stat == "P" else stat, justify="right")
    for metric in DOCUMENT_METRICS if document else SUMMARY_METRICS if summary else ENTITY_METRICS:
        if all(result.scores[metric].empty for result in results):
            continue
        row = [metric]
        for result in results:
            score = result.scores[metric]
            if score.empty:
                row += ["–", "–", "–"]
            else:
                row += [f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}"]
        table.add_row(*row)
    return table


eval_command.__doc__ = HELP

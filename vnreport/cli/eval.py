"""`vnreport eval`: score extraction against an annotated folder, beside underthesea's `ner`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from vnreport.cli.common import err_console, error_line, stdout_console, stdout_guard, write_lines
from vnreport.errors import ExitCode

HELP = """Score extraction on a gold folder (NN.txt + NN.gold.json) against underthesea's ner.

Precision, recall and F1 per entity kind (officials by name, title recall, documents by key,
document dates, dates by value, organisations and locations with lenient boundaries).
With --check FLOORS.json, exits 1 when any score is below its floor (for CI).

Examples:

  vnreport eval samples/gold

  vnreport eval samples/gold --no-baseline --check samples/gold/floors.json -f json
"""


def eval_command(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="Folder of NN.txt + NN.gold.json.")],
    output_format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    baseline: Annotated[bool, typer.Option(help="Also score underthesea's ner (slower).")] = True,
    check: Annotated[Path | None, typer.Option(help="JSON of floors: {metric: {f1|precision|recall: min}}.")] = None,
    infer_year: Annotated[bool, typer.Option(help="Ignore the gold `year`; infer it from the text.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List misses per article on stderr.")] = False,
) -> None:
    from vnreport.evaluate import check_floors, evaluate, load_gold, underthesea_ner_system, vnreport_system

    if not folder.is_dir():
        error_line(f"{folder}: not a folder", style="")
        raise typer.Exit(ExitCode.INPUT_ERROR)
    articles = load_gold(folder)
    if not articles:
        error_line(f"{folder}: no *.gold.json files", style="")
        raise typer.Exit(ExitCode.INPUT_ERROR)
    results = [evaluate(articles, vnreport_system(use_gold_year=not infer_year), "vnreport")]
    if baseline:
        results.append(evaluate(articles, underthesea_ner_system(), "underthesea ner"))
    if verbose:
        for misses in results[0].errors:
            err_console.print_json(json.dumps(misses, ensure_ascii=False))
    with stdout_guard():
        if output_format == "json":
            write_lines([json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2)])
        else:
            stdout_console().print(_table(results, folder, len(articles)))
    if check is not None:
        failures = check_floors(results[0], json.loads(check.read_text(encoding="utf-8")))
        for failure in failures:
            error_line(f"below floor: {failure}", style="red")
        if failures:
            raise typer.Exit(ExitCode.INPUT_ERROR)


def _table(results: list, folder: Path, count: int):  # type: ignore[no-untyped-def]
    from rich.table import Table
    from rich.text import Text

    from vnreport.evaluate import METRICS
    from vnreport.render.safe import terminal_safe

    table = Table(title=Text(terminal_safe(f"{folder} — {count} articles")), title_justify="left")
    table.add_column("metric")
    for result in results:
        for stat in ("P", "R", "F1"):
            table.add_column(f"{result.system} {stat}" if stat == "P" else stat, justify="right")
    for metric in METRICS:
        row = [metric]
        for result in results:
            score = result.scores[metric]
            if score.tp + score.fp + score.fn == 0:
                row += ["–", "–", "–"]
            else:
                row += [f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}"]
        table.add_row(*row)
    return table


eval_command.__doc__ = HELP

"""`vnreport segment`: sentences and words with offsets."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from vnreport.cli.common import report_error, report_internal_error, stdout_guard, write_lines
from vnreport.errors import ExitCode, InputError
from vnreport.render import SEGMENT_FORMATS
from vnreport.render.safe import terminal_safe

HELP = """Segment articles into title, paragraphs, sentences and words.

Text output: one sentence per line, words separated by spaces, syllables of a word joined by "_".
JSON output: every paragraph, sentence and word with character offsets into the NFC text.

Examples:

  vnreport segment samples/hanoi-2024-09-27.txt

  vnreport segment article.txt --format json | jq '.paragraphs[0].sentences[0].words'
"""


def segment(
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help='Article files, or "-" for stdin.')],
    output_format: Annotated[
        str, typer.Option("--format", "-f", help=f"One of {', '.join(SEGMENT_FORMATS)}.")
    ] = "text",
) -> None:
    if output_format not in SEGMENT_FORMATS:
        raise typer.BadParameter(f"{output_format!r} is not one of {', '.join(SEGMENT_FORMATS)}", param_hint="--format")
    with stdout_guard():
        failed = _segment_all(files, output_format)
    if failed:
        raise typer.Exit(ExitCode.INPUT_ERROR)


def _segment_all(files: list[str], output_format: str) -> int:
    from vnreport.pipeline import segment_source
    from vnreport.reading import load_input, printable_path
    from vnreport.render.jsonout import to_json, to_json_line
    from vnreport.render.segmentation import segmentation_lines

    failed = 0
    for path in files:
        try:
            seg = segment_source(load_input(path))
        except InputError as error:
            report_error(error)
            failed += 1
            continue
        except Exception as exc:
            report_internal_error(path, exc)
            failed += 1
            continue
        if seg.source.path:
            seg.source.path = printable_path(seg.source.path)
        if output_format == "text":
            lines = segmentation_lines(seg)
            write_lines(map(terminal_safe, lines) if sys.stdout.isatty() else lines)
        elif output_format == "jsonl":
            write_lines([to_json_line(seg)])
        else:
            write_lines([to_json(seg)])
    return failed


segment.__doc__ = HELP

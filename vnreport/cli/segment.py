"""`vnreport segment`: sentences and words with offsets."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from vnreport.cli.common import report_error, report_internal_error, stdout_guard
from vnreport.errors import ExitCode, InputError
from vnreport.render import SegmentFormat
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
    output_format: Annotated[SegmentFormat, typer.Option("--format", "-f")] = SegmentFormat.TEXT,
) -> None:
    with stdout_guard():
        failed = _segment_all(files, output_format)
    if failed:
        raise typer.Exit(ExitCode.INPUT_ERROR)


def _segment_all(files: list[str], output_format: SegmentFormat) -> int:
    from vnreport.pipeline import segment_source
    from vnreport.reading import load_input, printable_path
    from vnreport.render.segmentation import segmentation_lines
    from vnreport.render.writers import LineSink, RecordWriter, json_writer

    sink = LineSink(sys.stdout)
    writer: RecordWriter | None = None
    if output_format != SegmentFormat.TEXT:
        writer = json_writer(output_format, sink, inputs=len(files))
    failed = 0
    try:
        for path in files:
            try:
                seg = segment_source(load_input(path))
            except Exception as exc:  # a bad input, or a bug on one input: the others still go on
                error = exc if isinstance(exc, InputError) else report_internal_error(path, exc)
                if isinstance(exc, InputError):
                    report_error(error)
                failed += 1
                if writer is not None:  # the stream keeps one record per input
                    error.path = printable_path(error.path)
                    writer.write(error.to_record())
                continue
            if seg.source.path:
                seg.source.path = printable_path(seg.source.path)
            if writer is not None:
                writer.write(seg)
            else:
                lines = segmentation_lines(seg)
                safe = map(terminal_safe, lines) if sys.stdout.isatty() else lines
                sink.write_text("".join(line + "\n" for line in safe))
    finally:
        if writer is not None:
            writer.close()
    return failed


segment.__doc__ = HELP

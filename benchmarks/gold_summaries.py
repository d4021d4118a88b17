"""The command line, the article loop and the rows file shared by the per-source benchmarks of the event's
organiser and people (`organiser_sources.py`, `participant_sources.py`): the gold sets named on the command line,
each of their articles that has a gold summary, and one JSON line per row written to read by hand."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vnreport.gold import GoldArticle, GoldSummary, load_set


def set_arguments(doc: str, rows_help: str) -> argparse.Namespace:
    """`SETS… [--rows FILE]`: the annotated sets to read, and where to write the rows."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--rows", type=Path, help=rows_help)
    return parser.parse_args()


def summarised_articles(sets: list[Path]) -> Iterator[tuple[Path, GoldArticle, GoldSummary]]:
    """(set folder, article, its gold summary) of every article of the sets that has a gold summary."""
    for folder in sets:
        for article in load_set(folder):
            if article.gold.summary is not None:
                yield folder, article, article.gold.summary


def write_rows(path: Path | None, rows: list[dict[str, Any]]) -> None:
    """The rows as JSON lines at `path`, when one is given."""
    if path:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")

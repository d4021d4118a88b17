"""The articles a corpus-mining script reads: every `*.txt` of the folders given, NFC, except the ids of the
unseen evaluation sets (`--exclude`: files of article ids, the file names without `.txt`, one a line), which a
mined lexicon must never have seen. Shared by the mining scripts of this folder (`mine_*.py`, `event_heads.py`).
"""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Iterator
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser, *, several: bool = False) -> None:
    """The corpus folder (or folders) and the `--exclude` files of a mining script's command line."""
    if several:
        parser.add_argument("folders", type=Path, nargs="+", help="folders of articles (*.txt)")
    else:
        parser.add_argument("folder", type=Path, help="a folder of articles (*.txt)")
    parser.add_argument(
        "--exclude",
        type=Path,
        action="append",
        required=True,
        help="a file of article ids never to read (repeatable): the unseen sets' ids, which a mined list must not see",
    )


def excluded_ids(files: list[Path]) -> frozenset[str]:
    return frozenset(
        line.strip() for path in files for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    )


def sampled_texts(folder: Path, exclude: list[Path], sample: int) -> list[tuple[str, str]]:
    """`sample` articles of a folder spread evenly over it (all when 0), leaving out the excluded ids."""
    texts = list(corpus_texts([folder], excluded_ids(exclude)))
    step = max(1, len(texts) // sample) if sample else 1
    return texts[::step][: sample or None]


def source_arguments(doc: str, gold_help: str, corpus_help: str) -> argparse.Namespace:
    """The command line of a per-source benchmark: `gold SETS…` or `corpus FOLDER --exclude … [--sample N]`."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    on_gold = commands.add_parser("gold", help=gold_help)
    on_gold.add_argument("sets", type=Path, nargs="+")
    on_corpus = commands.add_parser("corpus", help=corpus_help)
    on_corpus.add_argument("folder", type=Path)
    on_corpus.add_argument("--exclude", type=Path, action="append", required=True, help="ids never to read")
    on_corpus.add_argument("--sample", type=int, default=0, help="this many articles, spread over the folder")
    return parser.parse_args()


def corpus_texts(folders: list[Path], excluded: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(id, NFC text) of each article of the folders, in name order, leaving out the excluded ids."""
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            if path.stem not in excluded:
                yield path.stem, unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))

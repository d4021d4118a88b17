"""Which path read each figure's measure (`extract/figures/measure.py: traced_measure`), over annotated sets and
article files named on the command line, with the words before each figure, to read a sample by hand.

    python benchmarks/measure_paths.py samples/real/dev samples/real/dev2 … [--files list.txt] \
        [--rows rows.jsonl] [--sample 80 --seed 17]

Prints the figures per path (`window/rule`: what bounded the words — a clause mark, a dash, the sentence start,
the previous figure, the reach — and which trim rule set their start) and how many of them a key fact shows
(`kf`). `--rows` writes one JSON line per figure (where, path, measure, figure, the words before it, the key
fact's measure when one shows it); `--sample N` writes a random sample of N of those rows instead, spread
over the paths as they come.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import vnreport.extract.figures as figures_module
from vnreport.gold import load_set
from vnreport.pipeline import analyze_text

# the package exports a function named like the module
measure_module = importlib.import_module("vnreport.extract.figures.measure")
_LAST: list[str] = [""]
_PATHS: dict[tuple[int, int], str] = {}
_CONTEXT = 160  # characters before a figure shown with it


def _recording_measure(*args: Any) -> str | None:
    text, path = measure_module.traced_measure(*args)
    _LAST[0] = path
    return text


def _recording_to_figure(original: Any) -> Any:
    def wrapped(*args: Any) -> Any:
        figure = original(*args)
        _PATHS[(figure.start, figure.end)] = _LAST[0]
        return figure

    return wrapped


def _articles(sets: list[Path], files: Path | None) -> list[tuple[str, str, str]]:
    """(where, name, text) of every article of the sets and of the listed files."""
    out = [(folder.name, a.name, a.text) for folder in sets for a in load_set(folder)]
    if files is not None:
        for line in files.read_text(encoding="utf-8").split():
            path = Path(line)
            out.append(("corpus", f"{path.parent.name}/{path.name}", path.read_text(encoding="utf-8")))
    return out


def _rows(where: str, name: str, text: str) -> list[dict[str, Any]]:
    _PATHS.clear()
    report = analyze_text(text, source=name)
    shown = {(f.start, f.end): f.measure for f in report.summary.key_facts} if report.summary else {}
    rows = []
    for figure in report.figures:
        rows.append(
            {
                "where": where,
                "article": name,
                "path": _PATHS.get((figure.start, figure.end), "?"),
                "measure": figure.measure,
                "figure": figure.text,
                "unit": figure.unit,
                "before": " ".join(text[max(0, figure.start - _CONTEXT) : figure.start].split()),
                "after": " ".join(text[figure.end : figure.end + 40].split()),
                "key_fact": (figure.start, figure.end) in shown,
                "key_fact_measure": shown.get((figure.start, figure.end)),
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--files", type=Path, help="a list of article files, one path a line")
    parser.add_argument("--rows", type=Path, help="write one JSON line per figure here")
    parser.add_argument("--sample", type=int, help="write only this many rows, drawn at random")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    figures_module.measure = _recording_measure  # type: ignore[assignment]
    figures_module._to_figure = _recording_to_figure(figures_module._to_figure)  # type: ignore[method-assign]
    rows = [row for item in _articles(args.sets, args.files) for row in _rows(*item)]
    by_path = Counter(row["path"] for row in rows)
    shown = Counter(row["path"] for row in rows if row["key_fact"])
    print("path\tfigures\tkf")
    for path, n in by_path.most_common():
        print(f"{path}\t{n}\t{shown[path]}")
    if args.rows:
        chosen = random.Random(args.seed).sample(rows, min(args.sample, len(rows))) if args.sample else rows
        with args.rows.open("w", encoding="utf-8") as out:
            for row in chosen:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

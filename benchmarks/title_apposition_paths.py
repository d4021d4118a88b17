"""How often an official's title is right, by how the text sets it beside the name: right before it (`T N`),
across a comma (`T, N`), a comma and `ông`/`bà` (`T, ông N`), a dash or a bracket, or after the name (`N, T`,
`N - T`, `N (T`). Each title the officials' extractor reports is placed by the nearest pair of its mention and a
mention of its holder, and judged on the gold: `right` when the holder is a gold official with that title
(matched leniently, as the scorer does), `badtitle` when the holder is a gold official without it, `noofficial`
when the holder is no gold official. Issue #12: the apposition paths' precision before a rule is added to them.

    python benchmarks/title_apposition_paths.py samples/real/dev samples/real/dev2 … [--show]

Prints one row per construction (found, right, badtitle, noofficial, precision); `--show` lists the wrong ones.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

import vnreport
from vnreport.evaluate import _lenient, key
from vnreport.gold import load_set
from vnreport.report.model import Mention

_ANCHOR = r"(?:ông|bà|ngài|đồng chí)"
_FAR = 60  # characters between a title and its holder's name beyond which the pair is not read as set beside it
_BEFORE_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (  # the text between a title and the name after it
    ("T N", re.compile(r"\s*")),
    ("T, N", re.compile(r"\s*,\s*")),
    ("T, ông N", re.compile(rf"\s*[,–-]\s*{_ANCHOR}\s*", re.IGNORECASE)),
    ("T ông N", re.compile(rf"\s*{_ANCHOR}\s*", re.IGNORECASE)),
    ("T - N", re.compile(r"\s*[–—-]\s*")),
    ("T (N", re.compile(rf"\s*\(\s*(?:{_ANCHOR}\s*)?", re.IGNORECASE)),
)
_AFTER_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (  # the text between a name and the title after it
    ("N T", re.compile(r"\s*")),
    ("N, T", re.compile(r"\s*,\s*")),
    ("N - T", re.compile(r"\s*[–—-]\s*")),
    ("N (T", re.compile(r"\s*\(\s*")),
)


def construction(text: str, titles: list[Mention], names: list[Mention]) -> str:
    """The shape of the text between the closest title mention and name mention; `far` when none is near."""
    best: tuple[int, str] | None = None
    for title in titles:
        for name in names:
            if title.end <= name.start:
                gap, shapes, fallback = text[title.end : name.start], _BEFORE_SHAPES, "T .. N"
            elif name.end <= title.start:
                gap, shapes, fallback = text[name.end : title.start], _AFTER_SHAPES, "N .. T"
            else:
                continue
            shape = next((label for label, pattern in shapes if pattern.fullmatch(gap)), fallback)
            if best is None or len(gap) < best[0]:
                best = (len(gap), shape)
    return best[1] if best is not None and best[0] < _FAR else "far"


def score_sets(folders: list[str], show: bool) -> None:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for folder in folders:
        for article in load_set(Path(folder)):
            gold = {key(o.name): [key(t.text) for t in o.title_list()] for o in article.gold.officials}
            for official in vnreport.analyze_text(article.text).officials:
                held = gold.get(key(official.name))
                for title in official.titles:
                    right = held is not None and any(_lenient(g, key(title.text)) for g in held)
                    verdict = "right" if right else "badtitle" if held is not None else "noofficial"
                    shape = construction(article.text, title.mentions, official.mentions)
                    counts[shape][verdict] += 1
                    if show and verdict != "right":
                        print(f"{article.name}\t{shape}\t{verdict}\t{official.name}\t{title.text}")
    print("construction\tfound\tright\tbadtitle\tnoofficial\tprecision")
    for shape, c in sorted(counts.items(), key=lambda item: -sum(item[1].values())):
        n = sum(c.values())
        print(f"{shape}\t{n}\t{c['right']}\t{c['badtitle']}\t{c['noofficial']}\t{c['right'] / n:.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    score_sets(args.folders, args.show)

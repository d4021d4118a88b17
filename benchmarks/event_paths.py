"""Which path of `summary/event.py` chose each read article's event, and the word that gave its kind: one JSON line
an article (set, file, gold kind or null, ours, both dates, path, word, the deciding sentence), then a table of the
paths with how often each is right on detection and on kind.

    python benchmarks/event_paths.py samples/real/dev samples/real/dev2 … > paths.jsonl

Paths: `sN-dated` / `sN-undated` (the lead's body sentence N, -strong when the candidate is clear without a date),
`title-…`, or the helper that made the candidate (`_incident_of_title`, `_held_in_lead`, `_act_of_dated_lead`,
`_act_just_done_in_lead`, `_announced_gathering`);
`none` (no event), `none-interview`, and `skipped` (a legal text or a round-up: no candidate was read). Count a
word's right/wrong from the lines (`jq`), and read the sentences before restricting it.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import vnreport
from vnreport.gold import corpus_root, gold_files, load_article
from vnreport.summary import event as ev
from vnreport.summary.phrases import Candidate
from vnreport.summary.tokens import match_length
from vnreport.summary.vocabulary import event_trie

_RECORD: dict[str, Any] = {}  # what the patched helpers saw for the article being analysed
_HELPERS = (
    "_incident_of_title",
    "_held_in_lead",
    "_act_of_dated_lead",
    "_act_just_done_in_lead",
    "_announced_gathering",
)


def _recording(name: str, helper: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        found = helper(*args, **kwargs)
        if name == "_interview" and found is True:
            _RECORD["interview"] = True
        elif found is not None and not isinstance(found, bool):
            _RECORD.setdefault("helpers", []).append((name, id(found)))
        return found

    return wrapper


def _path(chosen: Candidate, args: tuple[Any, ...]) -> str:
    """The helper that made the candidate, else its sentence and whether that sentence is dated."""
    helper = next((n for n, i in _RECORD.get("helpers", []) if i == id(chosen)), None)
    if helper is not None:
        return str(helper)
    doc, report, lead = args[0], args[1], args[2]
    lead_end = max((ls.sentence.end for ls in lead), default=0)
    days = [d.start for d in ev._event_days(doc, report, 0, lead_end, told_at=ev._NOWHERE)]
    s = chosen.sentence
    dated = any(s.start <= d < s.end for d in days) or ev._opens_with_the_day(doc, s)
    out = ("title" if chosen.order < 0 else f"s{chosen.order}") + ("-dated" if dated else "-undated")
    return out + ("-strong" if chosen.strong else "")


def _install() -> None:
    for name in (*_HELPERS, "_interview"):
        setattr(ev, name, _recording(name, getattr(ev, name)))
    original = ev._main_candidate

    def main_candidate(*args: Any) -> Candidate | None:
        chosen = original(*args)
        if chosen is None:
            _RECORD["path"] = "none-interview" if _RECORD.get("interview") else "none"
            return None
        _RECORD["path"] = _path(chosen, args)
        length = match_length(event_trie(), chosen.toks, chosen.head) or 1
        _RECORD["word"] = " ".join(t.text for t in chosen.toks[chosen.head : chosen.head + length])
        doc = args[0]
        _RECORD["sentence"] = doc.text[chosen.sentence.start : chosen.sentence.end][:300].replace("\n", " ")
        return chosen

    ev._main_candidate = main_candidate  # type: ignore[assignment]  # a recording wrapper of the same call


def _article(path: Path) -> dict[str, Any]:
    _RECORD.clear()
    article = load_article(path, corpus_root(path.parent))
    report = vnreport.analyze_text(article.text, year=None if article.real else article.gold.year)
    gold = article.gold.summary.event if article.gold.summary else None
    ours = report.summary.event if report.summary else None
    return {
        "set": path.parent.name,
        "file": article.name,
        "gold": gold.kind if gold else None,
        "ours": ours.kind if ours else None,
        "gold_date": gold.date if gold else None,
        "our_date": ours.date if ours else None,
        "gold_name": gold.name if gold else None,
        "our_name": ours.name if ours else None,
        "path": _RECORD.get("path", "skipped"),
        "word": _RECORD.get("word"),
        "sentence": _RECORD.get("sentence"),
    }


_DATE_OUTCOMES = ("right", "year_only", "other_day", "no_gold", "missed")


def _date_outcome(gold: str | None, ours: str | None) -> str:
    """How our event date compares with the gold's: one of `_DATE_OUTCOMES`."""
    if gold == ours:
        return "right"
    if ours is None:
        return "missed"
    if gold is None:
        return "no_gold"
    return "year_only" if gold[4:] == ours[4:] else "other_day"  # `XXXX-06-07` against `2017-06-07`


def _print_dates(dates: dict[str, dict[str, int]]) -> None:
    print("path\t" + "\t".join(_DATE_OUTCOMES), file=sys.stderr)
    for path_name, outcomes in sorted(dates.items(), key=lambda item: -sum(item[1].values())):
        print(path_name + "\t" + "\t".join(str(outcomes.get(o, 0)) for o in _DATE_OUTCOMES), file=sys.stderr)


def main(folders: list[str]) -> None:
    _install()
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # n, detection right, both have one, kind right
    dates: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))  # path → date outcome → articles
    for folder in folders:
        for path in gold_files(Path(folder)):
            row = _article(path)
            print(json.dumps(row, ensure_ascii=False))
            counts = table[row["path"]]
            counts[0] += 1
            counts[1] += (row["gold"] is None) == (row["ours"] is None)
            if row["gold"] and row["ours"]:
                counts[2] += 1
                counts[3] += row["gold"] == row["ours"]
                dates[row["path"]][_date_outcome(row["gold_date"], row["our_date"])] += 1
    print("path\tarticles\tdetection_right\tboth_have_one\tkind_right", file=sys.stderr)
    for path_name, (n, detected, both, kind) in sorted(table.items(), key=lambda item: -item[1][0]):
        print(f"{path_name}\t{n}\t{detected}\t{both}\t{kind}", file=sys.stderr)
    _print_dates(dates)


if __name__ == "__main__":
    main(sys.argv[1:])

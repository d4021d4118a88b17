"""Which construction read each event's organiser, and how often each is right.

`summary/setting.py: read_organiser` returns the organiser with the construction that read it (`verb_subject`,
`do_agent`, `body_in_name`, `event_verb_subject` …); `summary/event.py` asks it of the event's own sentence first
(`own:`), then of the title (`title:`), the lead (`lead:`), a sitting in the same sentence (`sitting:`), and reads
the clause's subject (`subject:`), the lead's opening body (`opening:`), the court or police before the event
word (`case_body`), the first body after `giữa` (`between`) or a later sentence that holds the event (`later`) by
itself; `summary/__init__.py` last asks the lead's first task (`issuer`). Over the annotated sets named on the
command line each organiser the summary reports is `right` when the gold event's organiser matches it as the
scorer matches it, `wrong` else (also when the gold has no event or no organiser). `missed` lists the gold
organisers nothing was reported for.

    python benchmarks/organiser_sources.py samples/real/dev samples/real/dev2 … [--rows rows.jsonl]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from gold_summaries import set_arguments, summarised_articles, write_rows

import vnreport.summary as summary_module
import vnreport.summary.event as event_module
from vnreport.evaluate import _same_place
from vnreport.pipeline import analyze_text
from vnreport.summary import setting

_CHAIN = ["own"]  # the reader being asked now
_CALLS: list[tuple[str, setting.Read | None]] = []  # every organiser read during one article, by reader
_RETURNED: list[tuple[str, str]] = []  # (reader, value) each reader of event.py returned


def _traced_organiser(*args: Any, **kwargs: Any) -> str | None:
    found = setting.read_organiser(*args, **kwargs)
    _CALLS.append((_CHAIN[-1], found))
    return found[0] if found else None


def _reader(name: str, fn: Callable[..., str | None]) -> Callable[..., str | None]:
    def traced(*args: Any, **kwargs: Any) -> str | None:
        _CHAIN.append(name)
        try:
            value = fn(*args, **kwargs)
        finally:
            _CHAIN.pop()
        if value:
            _RETURNED.append((name, value))
        return value

    return traced


def reset() -> None:
    """Forget the reads of the article before: call before analysing each article."""
    _CALLS.clear()
    _RETURNED.clear()


def label(value: str) -> str:
    """The reader and construction that gave `value`: the first reader of the chain that returned it."""
    own = next((found for chain, found in _CALLS if chain == "own"), None)
    if own and own[0] == value:
        return f"own:{own[1]}"
    for name, returned in _RETURNED:
        if returned == value:
            inner = next((f[1] for chain, f in reversed(_CALLS) if chain == name and f and f[0] == value), "")
            return f"{name}:{inner}" if inner else name
    return "?"


def install() -> None:
    """Trace every organiser reader of event.py (before a pool forks, so its workers trace too)."""
    event_module.organiser = _traced_organiser  # type: ignore[assignment]
    readers = {
        "title": "_title_organiser",
        "lead": "_lead_organiser",
        "sitting": "_sentence_organiser",
        "subject": "_subject_organiser",
        "opening": "_opening_body_organiser",
        "case_body": "_case_body_before",
        "between": "body_between",
        "later": "organiser_told_later",
    }
    for name, attribute in readers.items():
        setattr(event_module, attribute, _reader(name, getattr(event_module, attribute)))
    summary_module.issuer_organiser = _reader("issuer", summary_module.issuer_organiser)  # type: ignore[assignment]


def main() -> None:
    args = set_arguments(__doc__ or "", "write one JSON line per article with an organiser, found or gold")
    install()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    missed = 0
    rows = []
    for folder, article, summary in summarised_articles(args.sets):
        reset()
        report = analyze_text(article.text, source=article.name)
        event = report.summary.event if report.summary else None
        found = event.organizer if event else None
        gold = summary.event.organiser if summary.event else None
        if found is None and not gold:
            continue
        source = label(found) if found else None
        right = bool(found and gold and any(_same_place(g, found) for g in gold))
        if source is not None:
            counts[source]["all"] += 1
            counts[source]["right"] += right
        else:
            missed += 1
        rows.append(
            {
                "set": folder.name,
                "article": article.name,
                "found": found,
                "source": source,
                "gold": gold,
                "right": right,
                "kind": event.kind if event else None,
                "gold_kind": summary.event.kind if summary.event else None,
            }
        )
    print("source\tall\tright\tprecision")
    for name, c in sorted(counts.items(), key=lambda item: -item[1]["all"]):
        print(f"{name}\t{c['all']}\t{c['right']}\t{c['right'] / c['all']:.2f}")
    print(f"missed (gold organiser, none found)\t{missed}")
    write_rows(args.rows, rows)


if __name__ == "__main__":
    main()

"""Which construction put each person among the event's chair and participants, and how often each is right.

`summary/people.py: set_people` returns the roles it read with the construction that read each (`Roles.sources`:
`chaired:before:dưới sự chủ trì của`, `attended:subject`, `spoke:after:cho biết`, `attended:official_role` …).
Over the annotated sets named on the command line, each participant the summary reports is `right` when the gold
event lists it, `wrong` otherwise (every participant of an event the gold does not have is wrong); each chair the
same against the gold chair. A name read by several constructions counts under each (`all`) and, when one
construction alone read it, under `sole` too: what dropping that construction would cost and save.

    python benchmarks/participant_sources.py samples/real/dev samples/real/dev2 … [--rows rows.jsonl]

Each gold participant the summary misses is counted by why (`missed`): the summary has no event, the name is no
official of the report, no construction read the official, or a construction read them and a filter dropped them
(a signer, a speaker heard only by a cue far from their own mentions, a spokesperson, a vote's commenter). Names
that speaking verbs alone read (`sole speakers`) are counted by the event's kind: where they are weak.

`--rows` writes one JSON line per reported name (set, article, field, name, sources, right, the gold and our event
kind …) and one per missed gold participant (field `missed`, with its `why`) to read by hand.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import ParamSpec

from gold_summaries import set_arguments, summarised_articles, write_rows

import vnreport.summary.event as event_module
from vnreport.evaluate import key
from vnreport.pipeline import analyze_text
from vnreport.report.model import Event, Report
from vnreport.summary import people

_TRACE: list[people.Roles] = []
P = ParamSpec("P")


def _tracing(set_people: Callable[P, people.Roles]) -> Callable[P, people.Roles]:
    """`set_people`, keeping the roles it returns (with their sources) for the article being read; forwards its
    arguments whatever they are, so a new parameter of `people.set_people` needs no change here."""

    @functools.wraps(set_people)
    def traced(*args: P.args, **kwargs: P.kwargs) -> people.Roles:
        roles = set_people(*args, **kwargs)
        _TRACE.append(roles)
        return roles

    return traced


def _print(title: str, counts: dict[str, Counter[str]]) -> None:
    print(f"\n{title}\nsource\tall\tright\tprecision\tsole\tsole_right")
    for source, c in sorted(counts.items(), key=lambda item: -item[1]["all"]):
        n = c["all"]
        print(f"{source}\t{n}\t{c['right']}\t{c['right'] / n:.2f}\t{c['sole']}\t{c['sole_right']}")


def _miss_reason(name: str, event: Event | None, report: Report, sources: dict[str, list[str]]) -> str:
    """Why the summary misses the gold participant `name` (see the module's docstring)."""
    if event is None:
        return "no event"
    official = next((o for o in report.officials if key(o.name) == key(name)), None)
    if official is None:
        return "not an official"
    if official.name not in sources:
        return "no construction"
    return "read, then dropped"


def _sole_speaker(labels: list[str]) -> bool:
    return all(label.startswith("spoke:") for label in labels)


def main() -> None:
    args = set_arguments(__doc__ or "", "write one JSON line per reported name here")
    event_module.set_people = _tracing(people.set_people)
    counts: dict[str, dict[str, Counter[str]]] = {"participants": defaultdict(Counter), "chair": defaultdict(Counter)}
    missed: Counter[str] = Counter()
    sole_by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    rows = []
    for folder, article, summary in summarised_articles(args.sets):
        _TRACE.clear()
        report = analyze_text(article.text, source=article.name)
        event = report.summary.event if report.summary else None
        gold = summary.event
        sources = _TRACE[-1].sources if _TRACE and event is not None else {}
        reported = {key(p.name) for p in event.participants} if event is not None else set()
        for name in gold.participants if gold else []:
            if key(name) not in reported:
                why = _miss_reason(name, event, report, sources)
                missed[why] += 1
                rows.append({"set": folder.name, "article": article.name, "field": "missed", "name": name, "why": why})
        if event is None or not _TRACE:
            continue
        golds = {
            "participants": {key(n) for n in gold.participants} if gold else set(),
            "chair": {key(n) for n in gold.chair} if gold else set(),
        }
        found = {"participants": [p.name for p in event.participants], "chair": list(event.chaired)}
        for field_name, names in found.items():
            for name in names:
                right = key(name) in golds[field_name]
                labels = sources.get(name, ["?"])
                if field_name == "chair":
                    labels = [s for s in labels if s.startswith("chaired")] or labels
                if field_name == "participants" and _sole_speaker(labels):
                    sole_by_kind[event.kind or "?"]["all"] += 1
                    sole_by_kind[event.kind or "?"]["right"] += right
                for label in labels:
                    c = counts[field_name][label]
                    c["all"] += 1
                    c["right"] += right
                    if len(labels) == 1:
                        c["sole"] += 1
                        c["sole_right"] += right
                rows.append(
                    {
                        "set": folder.name,
                        "article": article.name,
                        "field": field_name,
                        "name": name,
                        "sources": labels,
                        "right": right,
                        "gold_event": gold is not None,
                        "kind": event.kind,
                        "gold_kind": gold.kind if gold else None,
                    }
                )
    for field_name, by_source in counts.items():
        _print(field_name, by_source)
    print("\nsole speakers by event kind\nkind\tall\tright\tprecision")
    for kind, c in sorted(sole_by_kind.items(), key=lambda item: -item[1]["all"]):
        print(f"{kind}\t{c['all']}\t{c['right']}\t{c['right'] / c['all']:.2f}")
    print("\nmissed participants\nwhy\tcount")
    for why, n in missed.most_common():
        print(f"{why}\t{n}")
    write_rows(args.rows, rows)


if __name__ == "__main__":
    main()

"""Precision of each source of organisations over gold sets: which rule produced each reported organisation —
a head of orgs_heads.tsv and how its complement was read (`/placed`, `/unit` for a bare unit word, `/bare`
for the head alone), a medium named without a head (`source`), a brand of a list (`brand list`), a mined
name (`mined`) — and how often the gold lists it (exact or lenient, one to one, as the evaluation counts).

    python benchmarks/org_source_precision.py samples/real/dev samples/real/dev2 … [--by head] [--wrong] [--show SOURCE]

A source is read by wrapping the merge stage's key builder, which sees every match with its span; the
reports are those of the pipeline, unchanged. An organisation takes the source of the mention its name is
written as (else of its first mention); `other` marks a mention added later (a credit line, an acronym)."""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import vnreport.extract.organizations.merge as merge
from vnreport.evaluate import matched_predictions
from vnreport.extract.organizations.grammar import OrgMatch
from vnreport.extract.organizations.scan import Scan, Tokens
from vnreport.gold import GoldArticle, load_set
from vnreport.pipeline import analyze_text
from vnreport.report.model import Organization

Span = tuple[int, int]


class Tagger:
    """The source of every match of the document being analysed, by character span."""

    def __init__(self) -> None:
        self.spans: dict[Span, str] = {}
        self.listed: set[int] = set()
        self.mined: set[int] = set()

    def reset(self) -> None:
        self.spans.clear()
        self.listed.clear()
        self.mined.clear()

    def tag(self, match: OrgMatch) -> str:
        if id(match) in self.listed:
            name = "brand list"
        elif id(match) in self.mined:
            name = "mined"
        elif match.head is merge.SOURCE:
            name = "source"
        else:
            name = f"head:{match.head.text}"
        if match.bare:
            return f"{name}/bare"
        if match.place is not None and match.place.name:
            return f"{name}/placed"
        return f"{name}/unit" if match.bare_unit else name

    def install(self) -> None:
        """Wrap the merge stage's readers (for this process only)."""
        key_parts, brand_lists, mined_matches = merge._key_parts, merge.brand_lists, merge.mined_matches

        def tagged_key_parts(match: OrgMatch, tokens: Tokens) -> tuple[str, str, frozenset[str] | None]:
            self.spans.setdefault((tokens.starts[match.first], tokens.ends[match.last - 1]), self.tag(match))
            return key_parts(match, tokens)

        def tagged_brand_lists(s: Scan, top: list[OrgMatch]) -> tuple[list[OrgMatch], set[int]]:
            found, replaced = brand_lists(s, top)
            self.listed.update(id(m) for m in found)
            return found, replaced

        def tagged_mined(s: Scan, covered: list[bool]) -> list[OrgMatch]:
            found = mined_matches(s, covered)
            self.mined.update(id(m) for m in found)
            return found

        merge._key_parts = tagged_key_parts
        merge.brand_lists = tagged_brand_lists
        merge.mined_matches = tagged_mined


def source_of(organization: Organization, spans: dict[Span, str]) -> str:
    tags = [(m.text.strip() == organization.name, spans.get((m.start, m.end), "other")) for m in organization.mentions]
    named = [tag for written, tag in tags if written]
    return named[0] if named else (tags[0][1] if tags else "other")


def rows(articles: list[GoldArticle], tagger: Tagger) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for article in articles:
        tagger.reset()
        year = None if article.real else article.gold.year
        report = analyze_text(article.text, source=article.name, year=year)
        gold = [[e] if isinstance(e, str) else list(e) for e in article.gold.organizations]
        predicted = [
            [o.name, *([o.expanded] if o.expanded else []), *(m.text for m in o.mentions)] for o in report.organizations
        ]
        right = matched_predictions(gold, predicted)
        for index, organization in enumerate(report.organizations):
            source = source_of(organization, tagger.spans)
            out.append({"article": article.name, "name": organization.name, "source": source, "right": index in right})
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--by", choices=("source", "head"), default="source", help="`head`: the head alone")
    parser.add_argument("--wrong", action="store_true", help="list the organisations the gold does not list")
    parser.add_argument("--show", action="append", default=[], help="list every fire of this source, right or wrong")
    args = parser.parse_args(argv)
    tagger = Tagger()
    tagger.install()
    found = [row for folder in args.sets for row in rows(load_set(folder), tagger)]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in found:
        group = row["source"].split("/")[0] if args.by == "head" else row["source"]
        counts[group][0] += 1
        counts[group][1] += not row["right"]
    print(f"{len(found)} organisations, {sum(c[1] for c in counts.values())} not in the gold")
    for group, (n, wrong) in sorted(counts.items(), key=lambda item: (-item[1][1], -item[1][0])):
        print(f"{group:45s} {n:5d} fired {wrong:4d} wrong  precision {(n - wrong) / n:.2f}")
    if args.wrong:
        for row in found:
            if not row["right"]:
                print(f"  {row['article']}  {row['source']:30s} {row['name']}")
    for row in found:
        if row["source"] in args.show:
            print(f"  {'right' if row['right'] else 'WRONG'}  {row['article']}  {row['source']:30s} {row['name']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

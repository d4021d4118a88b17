"""Which path labelled each key fact, and how often the facts of each path are a gold headline figure, over the
annotated sets named on the command line.

    python benchmarks/fact_paths.py samples/real/dev samples/real/dev2 … [--rows facts.jsonl] [--all]

Prints, per path (`summary/facts.py: traced_key_facts`; `sum_purpose` is a sum in `tỷ` with no unit word labelled by
the verb phrase after it), the facts it gave and how many of them are a gold
headline figure (the eval's match), then the key-fact precision, the headline recall and the facts per article
per set. `--rows` writes one JSON line per fact (set, article, rank, path, measure, text, change, right) to read
a sample of labels by hand; `--all` keeps every candidate, not only the first MAX_FACTS (to see what a stricter
selection would promote).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import vnreport.summary as summary_module
import vnreport.summary.document as document_module
from vnreport.evaluate import _figure_matches
from vnreport.gold import load_set
from vnreport.pipeline import analyze_text
from vnreport.summary import facts as facts_module

_TRACE: list[list[facts_module.TracedFact]] = []


def _traced(*args, **kwargs):  # type: ignore[no-untyped-def]
    pairs = facts_module.traced_key_facts(*args, **kwargs)
    _TRACE.append(pairs)
    return [traced.fact for traced in pairs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--rows", type=Path, help="write one JSON line per fact here")
    parser.add_argument("--all", action="store_true", help="every candidate, not only the first MAX_FACTS")
    args = parser.parse_args()
    if args.all:
        facts_module.MAX_FACTS = 1000
    summary_module.key_facts = _traced  # type: ignore[assignment]
    document_module.key_facts = _traced  # type: ignore[assignment]
    by_path: Counter[str] = Counter()
    right_by_path: Counter[str] = Counter()
    rows = []
    for folder in args.sets:
        useful = shown = found = gold_total = articles = 0
        for article in load_set(folder):
            summary = article.gold.summary
            if summary is None:
                continue
            _TRACE.clear()
            analyze_text(article.text, source=article.name)
            pairs = _TRACE[-1] if _TRACE else []
            headline = summary.headline_figures
            articles += 1
            gold_total += len(headline)
            kept = pairs[:5] if args.all else pairs
            found += sum(
                1 for g in headline if any(_figure_matches(g, f.text, f.value, f.unit) for f in (t.fact for t in kept))
            )
            for rank, traced in enumerate(pairs):
                fact, path = traced.fact, traced.path
                right = any(_figure_matches(g, fact.text, fact.value, fact.unit) for g in headline)
                if rank < 5:
                    shown += 1
                    useful += right
                by_path[path] += 1
                right_by_path[path] += right
                rows.append(
                    {
                        "set": folder.name,
                        "article": article.name,
                        "rank": rank,
                        "path": path,
                        "importance": traced.importance,
                        "where": traced.where,
                        "nth": traced.nth,
                        "measure": fact.measure,
                        "text": fact.text,
                        "change": fact.change,
                        "right": right,
                        "gold": [g.mention for g in headline],
                    }
                )
        print(
            f"{folder.name}: articles {articles} facts {shown} ({shown / max(articles, 1):.2f}/article) "
            f"KF precision {useful / max(shown, 1):.3f} headline recall {found / max(gold_total, 1):.3f} "
            f"({found}/{gold_total})"
        )
    print("path\tfacts\tgold\tprecision")
    for path, n in by_path.most_common():
        print(f"{path}\t{n}\t{right_by_path[path]}\t{right_by_path[path] / n:.2f}")
    if args.rows:
        with args.rows.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

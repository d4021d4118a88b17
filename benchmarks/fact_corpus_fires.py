"""Where a key-fact rule changes the shown key facts over corpus folders: each text's key facts computed with the
rule and with it switched off (`--rule`: a predicate of `summary/facts.py` replaced by one that never fires), each
text whose facts differ printed `id | dropped | added` with the dropped fact's sentence, to count and read by hand.

    python benchmarks/fact_corpus_fires.py ../shared/corpus/news CURRENT_1_30 --exclude ids.txt --rule _is_body_count
"""

from __future__ import annotations

import argparse
import random
from multiprocessing import Pool

from corpus_texts import corpus_texts, excluded_ids

import vnreport.summary as summary_module
import vnreport.summary.document as document_module
from vnreport.pipeline import analyze_text
from vnreport.summary import facts as facts_module

_RULE = ""
_DIFF: list[str] = []


def _never(*_args: object, **_kwargs: object) -> bool:
    return False


def _compared(*args, **kwargs):  # type: ignore[no-untyped-def]
    """The key facts with the rule, written down against those without it."""
    doc = args[0]
    with_rule = facts_module.key_facts(*args, **kwargs)
    rule = getattr(facts_module, _RULE)
    setattr(facts_module, _RULE, _never)
    try:
        without = facts_module.key_facts(*args, **kwargs)
    finally:
        setattr(facts_module, _RULE, rule)
    kept = {(f.text, f.start) for f in with_rule}
    old = {(f.text, f.start) for f in without}
    for fact in without:
        if (fact.text, fact.start) not in kept:
            start = doc.text.rfind(".", 0, fact.start) + 1
            end = doc.text.find(".", fact.end)
            context = doc.text[max(start, fact.start - 200) : end if end > 0 else fact.end].replace("\n", " ")
            _DIFF.append(f"- {fact.text} [{fact.measure}] :: {context}")
    _DIFF.extend(f"+ {f.text} [{f.measure}]" for f in with_rule if (f.text, f.start) not in old)
    return with_rule


def _one(item: tuple[str, str]) -> tuple[str, list[str]]:
    _DIFF.clear()
    analyze_text(item[1], source=item[0])
    return item[0], list(_DIFF)


def main() -> None:
    global _RULE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--exclude", action="append", required=True, help="files of ids never to read")
    parser.add_argument("--rule", required=True, help="the name of a predicate of summary/facts.py")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sample", type=int, default=30, help="changed texts to print, drawn at random")
    args = parser.parse_args()
    _RULE = args.rule
    summary_module.key_facts = _compared  # type: ignore[assignment]
    document_module.key_facts = _compared  # type: ignore[assignment]
    from pathlib import Path

    texts = list(corpus_texts([Path(f) for f in args.folders], excluded_ids([Path(e) for e in args.exclude])))
    with Pool(args.jobs) as pool:
        results = pool.map(_one, texts, chunksize=20)
    changed = [(name, lines) for name, lines in results if lines]
    dropped = sum(1 for _, lines in changed for line in lines if line.startswith("-"))
    print(f"texts {len(texts)} changed {len(changed)} facts dropped {dropped}")
    for name, lines in random.Random(23).sample(changed, min(args.sample, len(changed))):
        print(name)
        for line in lines:
            print("   ", line)


if __name__ == "__main__":
    main()

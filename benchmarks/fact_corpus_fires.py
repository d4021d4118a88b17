"""Where a key-fact rule changes the shown key facts over corpus folders: each text's key facts computed with the
rule and with it switched off (`--rule`: a predicate of `summary/facts.py` replaced by one that never fires), each
text whose facts differ printed `id | dropped | added` with the dropped fact's sentence, to count and read by hand.

    python benchmarks/fact_corpus_fires.py ../shared/corpus/news CURRENT_1_30 --exclude ids.txt --rule _is_body_count
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, field
from functools import partial
from multiprocessing import Pool
from pathlib import Path

from corpus_texts import corpus_texts, excluded_ids

import vnreport.summary as summary_module
import vnreport.summary.document as document_module
from vnreport.pipeline import analyze_text
from vnreport.report.model import KeyFact, Report, Sentence
from vnreport.segment.document import Document
from vnreport.summary import facts as facts_module


def _never(*_args: object, **_kwargs: object) -> bool:
    return False


@dataclass
class _Compared:
    """`key_facts` with the rule `rule` (a predicate of summary/facts.py), writing down in `diff` how its facts differ
    from those with the rule switched off."""

    rule: str
    diff: list[str] = field(default_factory=list)

    def __call__(self, doc: Document, report: Report, event_sentence: Sentence | None = None) -> list[KeyFact]:
        with_rule = facts_module.key_facts(doc, report, event_sentence)
        rule = getattr(facts_module, self.rule)
        setattr(facts_module, self.rule, _never)
        try:
            without = facts_module.key_facts(doc, report, event_sentence)
        finally:
            setattr(facts_module, self.rule, rule)
        kept = {(f.text, f.start) for f in with_rule}
        old = {(f.text, f.start) for f in without}
        for fact in without:
            if (fact.text, fact.start) not in kept:
                start = doc.text.rfind(".", 0, fact.start) + 1
                end = doc.text.find(".", fact.end)
                context = doc.text[max(start, fact.start - 200) : end if end > 0 else fact.end].replace("\n", " ")
                self.diff.append(f"- {fact.text} [{fact.measure}] :: {context}")
        self.diff.extend(f"+ {f.text} [{f.measure}]" for f in with_rule if (f.text, f.start) not in old)
        return with_rule


def _one(compared: _Compared, item: tuple[str, str]) -> tuple[str, list[str]]:
    """One text's differences: the summary stages call `compared` in place of `key_facts` (patched here, in the
    worker that runs it)."""
    summary_module.key_facts = compared  # type: ignore[assignment]
    document_module.key_facts = compared  # type: ignore[assignment]
    compared.diff.clear()
    analyze_text(item[1], source=item[0])
    return item[0], list(compared.diff)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--exclude", action="append", required=True, help="files of ids never to read")
    parser.add_argument("--rule", required=True, help="the name of a predicate of summary/facts.py")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sample", type=int, default=30, help="changed texts to print, drawn at random")
    args = parser.parse_args()
    texts = list(corpus_texts([Path(f) for f in args.folders], excluded_ids([Path(e) for e in args.exclude])))
    with Pool(args.jobs) as pool:
        results = pool.map(partial(_one, _Compared(args.rule)), texts, chunksize=20)
    changed = [(name, lines) for name, lines in results if lines]
    dropped = sum(1 for _, lines in changed for line in lines if line.startswith("-"))
    print(f"texts {len(texts)} changed {len(changed)} facts dropped {dropped}")
    for name, lines in random.Random(23).sample(changed, min(args.sample, len(changed))):
        print(name)
        for line in lines:
            print("   ", line)


if __name__ == "__main__":
    main()

"""Which source made each document and which step dated it, and how often each is right (round 17): the
documents stage tags nothing in its output, so this script wraps its candidate readers (`full_candidates`,
`law_candidates`, `titled_candidates` …) and its dating steps (`_date_own_partial`, `_date_anaphors` …) and
writes down, for each document, the reader of its fullest mention and the step that gave it its date
(`own`: its own date written after it; `verb`: the day of the sentence that issues it).

    python benchmarks/document_sources.py gold samples/real/dev samples/real/dev2 …   # precision per source
    python benchmarks/document_sources.py corpus ../shared/corpus/news --exclude unseen-ids.txt --sample 1500

`gold` prints each source's right/fired on the gold sets and every wrong document or date; `corpus` prints
each source's count and one line per document (`id | source | date step | text | date`) to read by hand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus_texts import sampled_texts, source_arguments

import vnreport.extract.documents as documents
from vnreport.evaluate import reference_key
from vnreport.extract.documents import dating
from vnreport.gold import load_set
from vnreport.pipeline import analyze_text
from vnreport.report.model import DocumentRef

_READERS = (
    "full_candidates",
    "draft_candidates",
    "constitution_candidates",
    "party_named_candidates",
    "plan_candidates",
    "law_candidates",
    "law_abbrev_candidates",
    "declaration_candidates",
    "titled_candidates",
    "short_candidates",
)
_STEPS = (
    "_date_listed",
    "_date_issued_by",
    "_date_anaphors",
    "_date_specified",
    "_date_presented",
    "_date_signed_after",
)

_reader_of: dict[int, str] = {}  # id of a candidate → the reader that made it
_source_of: dict[int, str] = {}  # id of a document → the reader of its fullest mention
_dated_by: dict[int, str] = {}  # id of a document → the step that dated it


def _tag_reader(name: str) -> None:
    reader: Callable[..., list[Any]] = getattr(documents, name)

    def tagged(*args: Any, **kwargs: Any) -> list[Any]:
        found = reader(*args, **kwargs)
        for cand in found:
            _reader_of[id(cand)] = name.removesuffix("_candidates")
        return found

    setattr(documents, name, tagged)


def _tag_step(module: Any, name: str) -> None:
    step: Callable[..., None] = getattr(module, name)

    def tagged(*args: Any) -> None:
        refs = [a for arg in args if isinstance(arg, list) for a in arg if isinstance(a, DocumentRef)]
        undated = {id(r) for r in refs if r.date is None}
        step(*args)
        for ref in refs:
            if id(ref) in undated and ref.date is not None:
                _dated_by.setdefault(id(ref), name.removeprefix("_date_").removeprefix("_"))

    setattr(module, name, tagged)


def instrument() -> None:
    """Wrap the readers and the dating steps (once per process)."""
    for name in _READERS:
        _tag_reader(name)
    to_ref = documents.to_ref

    def tagged_ref(doc: Any, entry: Any) -> DocumentRef:
        ref = to_ref(doc, entry)
        best = max(entry.cands, key=lambda c: (c.rank, c.end - c.start, -c.start))
        _source_of[id(ref)] = _reader_of.get(id(best), "?")
        if ref.date is not None:
            _dated_by[id(ref)] = "own"
        return ref

    documents.to_ref = tagged_ref  # type: ignore[assignment]
    for name in (*_STEPS, "_date_own_partial", "_date_coordinated"):
        _tag_step(dating, name)
    date_issued = documents.date_issued

    def tagged_issued(doc: Any, refs: list[DocumentRef], dates: Any) -> None:
        undated = {id(r) for r in refs if r.date is None}
        date_issued(doc, refs, dates)
        for ref in refs:
            if id(ref) in undated and ref.date is not None:
                _dated_by.setdefault(id(ref), "verb")

    documents.date_issued = tagged_issued  # type: ignore[assignment]


def analysed(text: str, year: int | None = None) -> list[tuple[DocumentRef, str, str | None]]:
    """(document, its source, the step that dated it) of one text."""
    _reader_of.clear()
    _source_of.clear()
    _dated_by.clear()
    report = analyze_text(text, year=year)
    return [(d, _source_of.get(id(d), "?"), _dated_by.get(id(d))) for d in report.documents]


def _gold_keys(article: Any) -> dict[str, Any]:
    """The gold documents by key, keyed as the evaluation keys them."""
    keys = {}
    for d in article.gold.documents:
        key = reference_key(d.mention) or reference_key(d.number or d.name or "")
        if d.number and d.mention and d.number.split("/")[0] not in d.mention:
            key = reference_key(d.number) or key
        if not key and d.kind and d.number:
            key = reference_key(f"{d.kind} {d.number}")
        keys[key or f"unparsed: {d.mention}"] = d
    return keys


def gold(sets: list[Path]) -> None:
    fired: Counter[str] = Counter()
    right: Counter[str] = Counter()
    wrong: list[str] = []
    for folder in sets:
        for article in load_set(folder):
            keys = _gold_keys(article)
            for ref, source, step in analysed(article.text, None if article.real else article.gold.year):
                fired[source] += 1
                right[source] += ref.key in keys
                if ref.key not in keys:
                    wrong.append(f"document | {folder.name} | {article.name} | {source} | {ref.text}")
                if ref.date is not None:
                    dated = f"date {step}"
                    fired[dated] += 1
                    expected = keys[ref.key].date if ref.key in keys else None
                    right[dated] += expected == ref.date
                    if expected != ref.date:
                        wrong.append(f"date | {folder.name} | {article.name} | {step} | {ref.text} | {ref.date}")
    for source, n in fired.most_common():
        print(f"{source}\t{right[source]}/{n}")
    print(*wrong, sep="\n")


def corpus(folder: Path, exclude: list[Path], sample: int) -> None:
    counts: Counter[str] = Counter()
    for article, text in sampled_texts(folder, exclude, sample):
        for ref, source, dated in analysed(text):
            counts[source] += 1
            print(f"{article} | {source} | {dated} | {ref.text} | {ref.date}")
    for source, n in counts.most_common():
        print(f"# {source}\t{n}")


def main() -> None:
    args = source_arguments(
        __doc__ or "", "precision per source on gold sets", "every document of a corpus sample, with its source"
    )
    instrument()
    if args.command == "gold":
        gold(args.sets)
    else:
        corpus(args.folder, args.exclude, args.sample)


if __name__ == "__main__":
    main()

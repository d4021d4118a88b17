"""Gold files: the typed model of an annotated article, its loader, and the checks a gold file must pass.

The conventions are in `samples/gold/README.md`. A gold file either sits beside its text (`NN.txt` +
`NN.gold.json`, the written sets) or names its text by a path under the corpus folder (`"text":
"news/21478990.txt"`, the real sets: the corpus is other people's articles and is never copied here).

`python -m vnreport.gold FILE_OR_DIR …` checks gold files: the JSON shape, and that every string is
verbatim in the text. It never runs the extractors, so annotators can use it while they read.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import msgspec

from vnreport import regexes
from vnreport.text import nfc

EventKind = Literal[
    "meeting",
    "conference",
    "congress",
    "session",
    "press_conference",
    "talks",
    "reception",
    "visit",
    "ceremony",
    "festival",
    "exhibition",
    "contest",
    "inspection",
    "investigation",
    "trial",
    "election",
    "directive",
    "other",
]
Role = Literal["chaired", "signed", "spoke", "attended"]
ISO_VALUE = regexes.compile(
    r"(?:\d{4}|XXXX)(?:-(?:\d{2}|Q[1-4])(?:-\d{2})?)?(?:/(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?)?"
)


class GoldTitle(msgspec.Struct, forbid_unknown_fields=True):
    text: str
    current: bool = True


class GoldOfficial(msgspec.Struct, forbid_unknown_fields=True):
    name: str
    titles: list[str | GoldTitle] = []
    role: Role | None = None

    def title_list(self) -> list[GoldTitle]:
        return [t if isinstance(t, GoldTitle) else GoldTitle(t) for t in self.titles]


class GoldDocumentRef(msgspec.Struct, forbid_unknown_fields=True):
    mention: str
    kind: str | None = None
    number: str | None = None
    date: str | None = None
    issuer: str | None = None
    name: str | None = None


class GoldDate(msgspec.Struct, forbid_unknown_fields=True):
    mention: str
    value: str


class GoldFigure(msgspec.Struct, forbid_unknown_fields=True):
    mention: str
    value: float | None = None
    unit: str | None = None
    change: str | None = None


class GoldEvent(msgspec.Struct, forbid_unknown_fields=True):
    kind: EventKind
    name: str | None = None
    date: str | None = None
    place: list[str] | None = None
    organiser: list[str] | None = None
    chair: list[str] = []
    participants: list[str] = []


class GoldSummary(msgspec.Struct, forbid_unknown_fields=True):
    event: GoldEvent | None
    headline_figures: list[GoldFigure] = []


class GoldSigner(msgspec.Struct, forbid_unknown_fields=True):
    name: str | None = None
    position: str | None = None
    authority: str | None = None


class GoldSelfDocument(msgspec.Struct, forbid_unknown_fields=True):
    kind: str | None = None
    number: str | None = None
    date: str | None = None
    place: str | None = None
    issuer: str | None = None
    title: str | None = None
    signer: GoldSigner | None = None
    effective: str | None = None
    bases: list[str] = []
    repeals: list[str] = []
    amends: list[str] = []
    articles: int | None = None


Entity = str | list[str]


class Gold(msgspec.Struct, forbid_unknown_fields=True):
    text: str | None = None  # path under the corpus folder (real sets); None: NN.txt beside the file
    year: int | None = None
    officials: list[GoldOfficial] = []
    people_other: list[str] = []
    documents: list[GoldDocumentRef] = []
    dates: list[GoldDate] = []
    organizations: list[Entity] = []
    locations: list[Entity] = []
    figures: list[GoldFigure] | None = None
    summary: GoldSummary | None = None
    document: GoldSelfDocument | None = None
    notes: str | None = None


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    gold: Gold
    real: bool  # the text is a corpus file (analysed without the gold year)


class GoldError(Exception):
    """A gold file that cannot be used: bad JSON, a wrong field, a missing text."""


def corpus_root(start: Path) -> Path | None:
    """The shared corpus: `$VNREPORT_CORPUS`, else `../shared/corpus` beside the project holding `start`."""
    env = os.environ.get("VNREPORT_CORPUS")
    if env:
        return Path(env) if Path(env).is_dir() else None
    for folder in [start.resolve(), *start.resolve().parents]:
        if (folder / "pyproject.toml").is_file():
            candidate = folder.parent / "shared" / "corpus"
            return candidate if candidate.is_dir() else None
    return None


def read_gold(path: Path) -> Gold:
    try:
        return msgspec.json.decode(path.read_bytes(), type=Gold)
    except (OSError, msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise GoldError(f"{path}: {exc}") from None


def load_article(path: Path, corpus: Path | None) -> GoldArticle:
    gold = read_gold(path)
    name = path.name.removesuffix(".gold.json")
    if gold.text is None:
        text_path, real = path.with_name(name + ".txt"), False
    else:
        if corpus is None:
            raise GoldError(f"{path}: names {gold.text} but the corpus folder is absent")
        text_path, real = corpus / gold.text, True
    try:
        text = nfc(text_path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"{path}: cannot read its text {text_path}: {exc.strerror}") from None
    return GoldArticle(name, text, gold, real)


def gold_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.gold.json"))


def needs_corpus(folder: Path) -> bool:
    """True when a set's gold files name corpus texts (so the set is skipped where the corpus is absent)."""
    return any(read_gold(p).text is not None for p in gold_files(folder))


def load_set(folder: Path) -> list[GoldArticle]:
    corpus = corpus_root(folder)
    return [load_article(p, corpus) for p in gold_files(folder)]


# --- checks -----------------------------------------------------------------------------------------


def _strings(gold: Gold) -> Iterator[tuple[str, str]]:
    """(field, string) for every string of a gold file that must be verbatim in the text."""
    for o in gold.officials:
        yield "officials.name", o.name
        for t in o.title_list():
            yield "officials.titles", t.text
    for p in gold.people_other:
        yield "people_other", p
    for d in gold.documents:
        yield "documents.mention", d.mention
        for field in ("number", "issuer", "name"):
            value = getattr(d, field)
            if value:
                yield f"documents.{field}", value
    for dt in gold.dates:
        yield "dates.mention", dt.mention
    for section in ("organizations", "locations"):
        for entry in getattr(gold, section):
            for variant in [entry] if isinstance(entry, str) else entry:
                yield section, variant
    for f in gold.figures or []:
        yield "figures.mention", f.mention
    if gold.summary is not None:
        event = gold.summary.event
        if event is not None:
            if event.name:
                yield "summary.event.name", event.name
            for field in ("place", "organiser", "chair", "participants"):
                for value in getattr(event, field) or []:
                    yield f"summary.event.{field}", value
        for f in gold.summary.headline_figures:
            yield "summary.headline_figures", f.mention


def check_article(article: GoldArticle) -> list[str]:
    """Problems of one gold file: strings not in the text, malformed values, names not among officials."""
    problems = []
    gold = article.gold
    for field, value in _strings(gold):
        if nfc(value) not in article.text:
            problems.append(f"{field}: {value!r} is not verbatim in the text")
    for dt in gold.dates:
        if not ISO_VALUE.fullmatch(dt.value):
            problems.append(f"dates.value: {dt.value!r} is not an ISO value")
    for d in gold.documents:
        if d.date and not ISO_VALUE.fullmatch(d.date):
            problems.append(f"documents.date: {d.date!r} is not an ISO value")
    if gold.summary is not None and gold.summary.event is not None:
        event = gold.summary.event
        if event.date and not ISO_VALUE.fullmatch(event.date):
            problems.append(f"summary.event.date: {event.date!r} is not an ISO value")
        known = {o.name for o in gold.officials} | set(gold.people_other)
        for name in [*event.chair, *event.participants]:
            if name not in known:
                problems.append(f"summary.event: {name!r} is neither an official nor a person of the file")
    if article.real and gold.summary is None and gold.document is None:
        problems.append("summary: missing (every real article has summary gold)")
    return problems


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [Path("samples/real")]
    files = [f for p in paths for f in (sorted(p.rglob("*.gold.json")) if p.is_dir() else [p])]
    bad = 0
    for path in files:
        try:
            problems = check_article(load_article(path, corpus_root(path.parent)))
        except GoldError as exc:
            problems = [str(exc)]
        for problem in problems:
            sys.stdout.write(f"{path}: {problem}\n")
        bad += bool(problems)
    sys.stdout.write(f"{len(files)} gold files, {bad} with problems\n")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

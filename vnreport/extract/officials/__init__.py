"""Officials (people with a title, rank or position) and other people.

Per sentence: find title phrases (a head from `officials_titles.txt`/`officials_ranks.txt`, then its
organisation), personal names (a surname, then capitalised syllables), and link them in the two
orders the press uses — `<title> <org> <Name>` and `<Name> - <title>, <title>` — through chains of
titles joined by `,` or `kiêm`. Later short mentions (`ông Hùng`, `đồng chí Tuyến`, `Thủ tướng
Chính`) join the person whose name ends with that syllable. The role in the event comes from cue
words around a mention (`chủ trì`, `Dự … có các đồng chí:`, `phát biểu`, `ký`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vnreport.extract.names import (
    ends_with_anchor,
    foreign_name_length,
    is_apostrophe_name,
    name_length,
)
from vnreport.extract.officials.lexicon import honorific_matcher
from vnreport.extract.officials.roles import ROLE_ORDER, roles_of
from vnreport.extract.officials.titles import (
    TitlePhrase,
    chain_after,
    chain_before,
    list_titles,
    title_of,
    title_phrases,
)
from vnreport.extract.organizations import OrgSpan, find_organizations
from vnreport.report.model import Mention, Official, OfficialTitle, Person, Role
from vnreport.segment.document import Document
from vnreport.segment.tokens import Token
from vnreport.text import fold

_BYLINE_AUTHOR = re.compile(r"[^\W\d_][^\s,;:()\-]*(?: [^\W\d_][^\s,;:()\-]*)*")


@dataclass
class PersonRecord:
    name: str
    titles: list[OfficialTitle] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    honorifics: list[str] = field(default_factory=list)
    anonymised: bool = False
    deceased: bool = False
    byline: bool = False  # named as an author of the article

    @property
    def given(self) -> str:
        return fold(self.name.split()[-1])


def extract_people(doc: Document, organizations: list[OrgSpan] | None = None) -> tuple[list[Official], list[Person]]:
    """All officials and untitled people of the article, one entry per person. `organizations`: every
    organisation mention (the organisations stage), so a title's organisation ends where its name does;
    found afresh when not given."""
    people: dict[str, PersonRecord] = {}
    order: list[str] = []
    spans = find_organizations(doc).spans if organizations is None else organizations
    org_ends = _organisation_ends(spans)
    index = 0
    for paragraph in doc.paragraphs:
        first = index
        index += len(paragraph.sentences)
        if paragraph.kind == "byline":
            _add_byline(doc, paragraph.start, paragraph.end, people, order)
            continue
        if paragraph.kind == "source":
            continue
        for sentence_index in range(first, index):
            _read_sentence(doc, doc.sentence_tokens(sentence_index), org_ends, people, order)
    officials, others = [], []
    for key in order:
        record = people[key]
        if record.titles:
            officials.append(_official(record))
        else:
            kind = "anonymised" if record.anonymised else "byline" if record.byline else "person"
            others.append(Person(name=record.name, kind=kind, mentions=record.mentions))  # type: ignore[arg-type]
    return officials, others


def _official(record: PersonRecord) -> Official:
    roles = [r for r in ROLE_ORDER if r in record.roles]
    return Official(
        name=record.name,
        titles=_merge_titles(record.titles),
        mentions=record.mentions,
        role=roles[0] if roles else None,
        roles=roles,
        honorifics=record.honorifics,
        deceased=record.deceased,
    )


def _merge_titles(titles: list[OfficialTitle]) -> list[OfficialTitle]:
    """One entry per distinct title; a title that is the start of a longer one merges into it."""
    merged: list[OfficialTitle] = []
    for title in titles:
        key = fold(title.text).lower()
        for i, kept in enumerate(merged):
            kept_key = fold(kept.text).lower()
            if key == kept_key or kept_key.startswith(key + " "):
                kept.mentions.extend(title.mentions)
                break
            if key.startswith(kept_key + " "):
                title.mentions = kept.mentions + title.mentions
                merged[i] = title
                break
        else:
            merged.append(title)
    return merged


def _organisation_ends(organizations: list[OrgSpan]) -> dict[int, int]:
    """Start → end of the longest organisation mention starting there, so a title's organisation runs
    through `Sở Nông nghiệp và Phát triển nông thôn` whole."""
    ends: dict[int, int] = {}
    for start, end, _ in organizations:
        ends[start] = max(end, ends.get(start, end))
    return ends


def _read_sentence(
    doc: Document, toks: list[Token], org_ends: dict[int, int], people: dict[str, PersonRecord], order: list[str]
) -> None:
    phrases = title_phrases(toks, org_ends)
    covered = {i for p in phrases for i in range(p.first, p.last)}
    by_last = {p.last: p for p in phrases}
    by_first = {p.first: p for p in phrases}
    listed = list_titles(toks, phrases)
    mentions: list[tuple[PersonRecord, int, int]] = []  # record, first token, one past the last title
    i = 0
    while i < len(toks):
        if i in covered:
            i += 1
            continue
        length = name_length(toks, i)
        if not length and (i in by_last or ends_with_anchor(toks, i)):
            # A foreign name only right after a title (`Đại sứ Mikkel Sørensen`; after `anh`/`bà` it
            # caught capitalised non-names); a one-word highland name after either (`đại biểu K'Brơi`).
            length = (foreign_name_length(toks, i) if i in by_last else 0) or int(is_apostrophe_name(toks[i]))
        if length:
            found = _person_at(doc, toks, i, length, by_last, by_first, listed.get(i), people, order)
            if found is not None:
                mentions.append((found[0], i, found[1]))
            i += length
            continue
        short = _short_mention(doc, toks, i, by_last, people)
        if short is not None:
            mentions.append((short, i, i + 1))
        i += 1
    intro = [t.text.lower() for t in toks[: mentions[0][1]]] if mentions else []
    for index, (record, first, last) in enumerate(mentions):
        next_first = mentions[index + 1][1] if index + 1 < len(mentions) else len(toks)
        for role in roles_of(toks, first, last, next_first, index, intro):
            if role not in record.roles:
                record.roles.append(role)


def _person_at(
    doc: Document,
    toks: list[Token],
    i: int,
    length: int,
    by_last: dict[int, TitlePhrase],
    by_first: dict[int, TitlePhrase],
    listed: TitlePhrase | None,
    people: dict[str, PersonRecord],
    order: list[str],
) -> tuple[PersonRecord, int] | None:
    """The person named at toks[i:i+length], with the titles around the name; None for an unanchored name."""
    first, last = toks[i], toks[i + length - 1]
    anonymised = len(last.text) == 1 and last.text.isupper()
    if anonymised and i + length < len(toks) and toks[i + length].text == "." and toks[i + length].start == last.end:
        last = toks[i + length]  # `Nguyễn Văn A.`: the dot is part of an anonymised name
    name = doc.text[first.start : last.end]
    honorifics: list[str] = []
    before = _honorifics_before(doc, toks, i, honorifics)
    titles = chain_before(toks, before, by_last) + chain_after(toks, i + length, by_first)
    if not titles and listed is not None:
        titles = [listed]
    anchored = ends_with_anchor(toks, before) or (before > 0 and toks[before - 1].text in {":", ";"})
    if not titles and not anchored and not honorifics and not anonymised and fold(name).lower() not in people:
        return None  # `đường Lê Lợi`, `Trường THPT Chu Văn An`: a name needs an anchor (DOMAIN §4)
    record = _record_for(name, people, order)
    record.anonymised = record.anonymised or anonymised
    record.honorifics.extend(h for h in honorifics if h not in record.honorifics)
    record.mentions.append(Mention(text=name, start=first.start, end=last.end))
    end = i + length
    for phrase in titles:
        if anonymised:
            break
        record.titles.append(title_of(doc, toks, phrase))
        record.deceased = record.deceased or phrase.deceased
        end = max(end, phrase.last)
    return record, end


def _record_for(name: str, people: dict[str, PersonRecord], order: list[str]) -> PersonRecord:
    key = fold(name).lower()
    if key not in people:
        people[key] = PersonRecord(name=name)
        order.append(key)
    return people[key]


def _honorifics_before(doc: Document, toks: list[Token], i: int, found: list[str]) -> int:
    """Skip degrees and honours written before the name (`PGS.TS`, `NSND`); return the index before them."""
    for k in range(max(0, i - 6), i):
        length = honorific_matcher().length(toks, k)
        if length and k + length == i:
            found.append(doc.text[toks[k].start : toks[i - 1].end])
            return k
    return i


def _short_mention(
    doc: Document, toks: list[Token], i: int, by_last: dict[int, TitlePhrase], people: dict[str, PersonRecord]
) -> PersonRecord | None:
    """`ông Hùng`, `đồng chí Tuyến`, `Thủ tướng Chính`: a given name after an anchor or a title."""
    tok = toks[i]
    if not (tok.is_word and tok.is_cap) or (i + 1 < len(toks) and toks[i + 1].is_cap and toks[i + 1].is_word):
        return None
    anchored = ends_with_anchor(toks, i)
    if not anchored and i not in by_last:
        return None
    given = fold(tok.text)
    for record in reversed(list(people.values())):
        if record.given == given and len(record.name.split()) > 1 and not record.anonymised:
            record.mentions.append(Mention(text=doc.text[tok.start : tok.end], start=tok.start, end=tok.end))
            return record
    return None


def _add_byline(doc: Document, start: int, end: int, people: dict[str, PersonRecord], order: list[str]) -> None:
    """`Bài, ảnh: MẠNH QUÂN`, `Nguyễn Hoàng – Thu Phương`: one person per author named."""
    colon = doc.text.find(":", start, end)
    for match in _BYLINE_AUTHOR.finditer(doc.view, colon + 1 if colon >= 0 else start, end):
        name = doc.text[match.start() : match.end()]
        if len(name.split()) > 5:
            continue
        record = _record_for(name, people, order)
        record.byline = True
        record.mentions.append(Mention(text=name, start=match.start(), end=match.end()))

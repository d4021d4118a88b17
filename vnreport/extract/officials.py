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
from functools import cache

from vnreport.extract.names import (
    Tok,
    ends_with_anchor,
    foreign_name_length,
    honorific_trie,
    is_apostrophe_name,
    longest_match,
    name_length,
    org_name_part_trie,
    org_phrase_trie,
    org_words,
    place_trie,
    title_trie,
    tokenize,
)
from vnreport.lexicon import load_table, load_words
from vnreport.report.model import Mention, Official, OfficialTitle, Person, Role
from vnreport.segment.dictionary import is_word
from vnreport.segment.document import Document
from vnreport.text import fold

_BYLINE_AUTHOR = re.compile(r"[^\W\d_][^\s,;:()\-]*(?: [^\W\d_][^\s,;:()\-]*)*")
_CHAIN_SEPARATORS = {",", "kiêm"}
_CHAIN_CONNECTORS = (("hiện", "là"), ("nay", "là"), ("đồng", "thời", "là"), ("hiện",))
_AFTER_NAME_SEPARATORS = {"-", ",", "(", ":"}
_FORMER = {"nguyên"}
_ACTING = {"quyền"}
_ORGANISATION_LINKS = {
    "và",
    "của",
    "tại",
}  # continue an organisation but never end one  # part of the title: `Quyền Cục trưởng`
_DECEASED = {"cố"}
# The single `role` is the most telling one: whoever chaired and also spoke is the chair.
_ROLE_ORDER: tuple[Role, ...] = ("chaired", "signed", "spoke", "attended")
_CUE_WINDOW = 25  # tokens after a mention and its titles (up to the next person) in which a cue counts


@dataclass
class TitlePhrase:
    first: int  # token index of the head (after any `nguyên`/`cố`)
    last: int  # token index one past the organisation
    head_last: int
    current: bool = True
    deceased: bool = False


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


@cache
def _role_cues() -> dict[str, list[tuple[Role, tuple[str, ...]]]]:
    cues: dict[str, list[tuple[Role, tuple[str, ...]]]] = {"before": [], "after": []}
    for role, cue, where in load_table("officials_role_cues.tsv"):
        cues[where].append((role, tuple(fold(cue).lower().split())))  # type: ignore[arg-type]
    return cues


def extract_people(doc: Document) -> tuple[list[Official], list[Person]]:
    """All officials and untitled people of the article, one entry per person."""
    people: dict[str, PersonRecord] = {}
    order: list[str] = []
    org_ends = _organisation_ends(doc)
    for paragraph in doc.paragraphs:
        if paragraph.kind == "byline":
            _add_byline(doc, paragraph.start, paragraph.end, people, order)
            continue
        if paragraph.kind == "source":
            continue
        for sentence in paragraph.sentences:
            _read_sentence(doc, tokenize(doc.view, sentence.start, sentence.end), org_ends, people, order)
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
    roles = [r for r in _ROLE_ORDER if r in record.roles]
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


# --- one sentence ---------------------------------------------------------------------------------


def _organisation_ends(doc: Document) -> dict[int, int]:
    """Start → end of the longest organisation mention starting there (from the organisations extractor),
    so a title's organisation runs through `Sở Nông nghiệp và Phát triển nông thôn` whole."""
    from vnreport.extract.organizations import find_organizations

    ends: dict[int, int] = {}
    for start, end, _ in find_organizations(doc):
        ends[start] = max(end, ends.get(start, end))
    return ends


def _read_sentence(
    doc: Document, toks: list[Tok], org_ends: dict[int, int], people: dict[str, PersonRecord], order: list[str]
) -> None:
    phrases = _title_phrases(toks, org_ends)
    covered = {i for p in phrases for i in range(p.first, p.last)}
    by_last = {p.last: p for p in phrases}
    by_first = {p.first: p for p in phrases}
    listed = _list_titles(toks, phrases)
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
        for role in _roles(toks, first, last, next_first, index, intro):
            if role not in record.roles:
                record.roles.append(role)


def _title_phrases(toks: list[Tok], org_ends: dict[int, int]) -> list[TitlePhrase]:
    phrases: list[TitlePhrase] = []
    i = 0
    while i < len(toks):
        current, deceased = True, False
        start = i
        word = toks[i].text.lower()
        acting = word in _ACTING
        if word in _FORMER or word in _DECEASED or acting:
            current, deceased = word not in _FORMER, word in _DECEASED
            start = i + 1
        head = longest_match(title_trie(), toks, start) if start < len(toks) else 0
        if not head:
            i += 1
            continue
        last = _organisation_end(toks, start + head, org_ends)
        first = i if acting else start
        phrases.append(TitlePhrase(first, last, start + head, current=current, deceased=deceased))
        i = last
    return phrases


def _list_titles(toks: list[Tok], phrases: list[TitlePhrase]) -> dict[int, TitlePhrase]:
    """`các Thứ trưởng: A, B; …` — the plural title before a colon applies to the names up to `;`."""
    listed: dict[int, TitlePhrase] = {}
    for phrase in phrases:
        if phrase.last < len(toks) and toks[phrase.last].text == ":":
            k = phrase.last + 1
            while k < len(toks) and toks[k].text not in {";", "."}:
                listed[k] = phrase
                k += 1
    return listed


def _organisation_end(toks: list[Tok], i: int, org_ends: dict[int, int]) -> int:
    """One past the organisation that follows a title head: `Thành ủy Hà Nội`, `Bộ Văn hóa, Thể thao và Du lịch`."""
    first = end = i
    while i < len(toks):
        tok = toks[i]
        if not tok.is_word:
            if tok.text == "-" and _joins_code(toks, i):
                i += 1
                continue
            phrase = longest_match(org_phrase_trie(), toks, i - 1) if i > 0 else 0
            if tok.text == "," and phrase > 1:
                i = end = i - 1 + phrase  # `Cục Quản lý Khám, chữa bệnh`
                continue
            if tok.text == "," and _continues_organisation(toks, i + 1):
                i += 1
                continue
            break
        known_end = org_ends.get(tok.start)
        if known_end is not None:
            j = i
            while j < len(toks) and toks[j].end <= known_end:
                j += 1
            if j > i:
                i = end = j
                continue
        place = longest_match(place_trie(), toks, i) or longest_match(org_phrase_trie(), toks, i)
        if not place and i > first:
            place = longest_match(org_name_part_trie(), toks, i)
        if place:
            i = end = i + place
            continue
        if (
            name_length(toks, i)
            or foreign_name_length(toks, i)
            or is_apostrophe_name(tok)
            or longest_match(title_trie(), toks, i)
        ):
            break
        if tok.text.lower() in _ORGANISATION_LINKS and not (i + 1 < len(toks) and toks[i + 1].is_cap):
            break
        if _starts_role_cue(toks, i):
            break
        if i == first and not tok.is_cap and tok.text.lower() not in load_words("officials_unit_words.txt"):
            break
        if tok.is_cap or tok.text.lower() in org_words() or (i == end and _continues_word(toks, i)):
            i += 1
            if tok.text.lower() not in _ORGANISATION_LINKS:
                end = i
            continue
        break
    return end


def _joins_code(toks: list[Tok], i: int) -> bool:
    """A hyphen written tight between two capitalised parts: `ĐHQG-HCM`, `PT-TH`, `VH-TT-DL`."""
    return (
        0 < i < len(toks) - 1
        and toks[i - 1].end == toks[i].start
        and toks[i].end == toks[i + 1].start
        and toks[i - 1].is_cap
        and toks[i + 1].is_word
        and toks[i + 1].is_cap
    )


def _continues_word(toks: list[Tok], i: int) -> bool:
    """`tế` after `Y` (`Sở Y tế`) is inside a word; `chủ` after `Nội` (`Hà Nội chủ trì`) starts one."""
    for back in (1, 2):
        k = i - back
        if k < 0 or not all(t.is_word for t in toks[k : i + 1]):
            return False
        if is_word(" ".join(t.text for t in toks[k : i + 1])):
            return True
    return False


def _starts_role_cue(toks: list[Tok], i: int) -> bool:
    words = tuple(t.text.lower() for t in toks[i : i + 3])
    return any(words[: len(cue)] == cue for cue in _cue_heads())


@cache
def _cue_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(cue for cues in _role_cues().values() for _, cue in cues if len(cue) > 1)


def _continues_organisation(toks: list[Tok], i: int) -> bool:
    """After a comma, `Thể thao và Du lịch` continues an organisation; a title or a name does not."""
    if i + 1 >= len(toks) or not toks[i].is_cap or not toks[i].is_word:
        return False
    return not (longest_match(title_trie(), toks, i) or name_length(toks, i) or longest_match(place_trie(), toks, i))


def _person_at(
    doc: Document,
    toks: list[Tok],
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
    titles = _chain_before(toks, before, by_last) + _chain_after(toks, i + length, by_first)
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
        record.titles.append(_title(doc, toks, phrase))
        record.deceased = record.deceased or phrase.deceased
        end = max(end, phrase.last)
    return record, end


def _record_for(name: str, people: dict[str, PersonRecord], order: list[str]) -> PersonRecord:
    key = fold(name).lower()
    if key not in people:
        people[key] = PersonRecord(name=name)
        order.append(key)
    return people[key]


def _honorifics_before(doc: Document, toks: list[Tok], i: int, found: list[str]) -> int:
    """Skip degrees and honours written before the name (`PGS.TS`, `NSND`); return the index before them."""
    for k in range(max(0, i - 6), i):
        length = longest_match(honorific_trie(), toks, k)
        if length and k + length == i:
            found.append(doc.text[toks[k].start : toks[i - 1].end])
            return k
    return i


def _chain_before(toks: list[Tok], i: int, by_last: dict[int, TitlePhrase]) -> list[TitlePhrase]:
    chain: list[TitlePhrase] = []
    phrase = by_last.get(i)
    while phrase is not None:
        chain.insert(0, phrase)
        k = phrase.first - (0 if phrase.current and not phrase.deceased else 1)
        phrase = by_last.get(k - 1) if k - 1 >= 0 and toks[k - 1].text.lower() in _CHAIN_SEPARATORS else None
    return chain


def _chain_after(toks: list[Tok], i: int, by_first: dict[int, TitlePhrase]) -> list[TitlePhrase]:
    if i >= len(toks) or toks[i].text not in _AFTER_NAME_SEPARATORS:
        return []
    chain: list[TitlePhrase] = []
    k = i + 1
    while k < len(toks):
        modified = toks[k].text.lower() in _FORMER | _DECEASED
        phrase = by_first.get(k + 1 if modified else k)
        if phrase is None or (phrase.last < len(toks) and name_length(toks, phrase.last)):
            break  # `A, Bộ trưởng Bộ X B`: a later title that runs into a name is B's, not A's
        chain.append(phrase)
        k = phrase.last
        if k < len(toks) and toks[k].text.lower() in _CHAIN_SEPARATORS:
            k += 1
            if k < len(toks) and toks[k].text.lower() == "kiêm":
                k += 1
            k += _chain_connector_length(toks, k)
        else:
            break
    return chain


def _chain_connector_length(toks: list[Tok], k: int) -> int:
    """`…, nguyên Chủ tịch UBND huyện, hiện là Phó Giám đốc Sở`: words that lead to the next title."""
    words = tuple(t.text.lower() for t in toks[k : k + 3])
    for connector in _CHAIN_CONNECTORS:
        if words[: len(connector)] == connector:
            return len(connector)
    return 0


def _title(doc: Document, toks: list[Tok], phrase: TitlePhrase) -> OfficialTitle:
    start, end = toks[phrase.first].start, toks[phrase.last - 1].end
    organisation = None
    if phrase.last > phrase.head_last:
        organisation = doc.text[toks[phrase.head_last].start : end]
    text = doc.text[start:end]
    return OfficialTitle(
        text=text,
        organization=organisation,
        current=phrase.current,
        mentions=[Mention(text=text, start=start, end=end)],
    )


def _short_mention(
    doc: Document, toks: list[Tok], i: int, by_last: dict[int, TitlePhrase], people: dict[str, PersonRecord]
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


def _roles(toks: list[Tok], first: int, last: int, next_first: int, index: int, intro: list[str]) -> list[Role]:
    """Roles from cue words: a verb right after the mention, or the sentence's opening before the first
    person (`Dự hội nghị có các đồng chí: A …; B …` makes every listed person an attendee)."""
    roles: list[Role] = []
    cues = _role_cues()
    window_end = min(next_first, last + _CUE_WINDOW, len(toks))
    after = [t.text.lower() for t in toks[last:window_end]]
    for role, cue in cues["after"]:
        if _contains(after, cue):
            roles.append(role)
    if _contains(after, (":", "“")) or _contains(after, (":", '"')):
        roles.append("spoke")  # `Ông X, Trưởng buôn …, phấn khởi: “…”`: a quotation follows
    for role, cue in cues["before"]:
        # Speaking cues (`Phát biểu …, X`, `Theo bà X`) name one speaker: the first person of the sentence.
        if _contains(intro[:6], cue) and (role != "spoke" or index == 0):
            roles.append(role)
    of_phrase = [t.text.lower() for t in toks[max(0, first - 6) : first]]
    if _contains(of_phrase, ("chủ", "trì", "của")):
        roles.append("chaired")
    if _contains(of_phrase, ("tham", "dự", "của")):
        roles.append("attended")
    return roles


def _contains(words: list[str], cue: tuple[str, ...]) -> bool:
    n = len(cue)
    return any(tuple(words[k : k + n]) == cue for k in range(len(words) - n + 1))


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

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
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

import msgspec

from vnreport.extract.locations import gazetteer
from vnreport.extract.locations.lexicon import NOT_A_PLACE, Entry
from vnreport.extract.names import (
    abbreviated_onset,
    anchor_matcher,
    capitalised_run,
    country_matcher,
    credit_at,
    ends_with_anchor,
    foreign_name_length,
    glued_opener,
    has_foreign_shape,
    initials_length,
    is_apostrophe_name,
    is_foreign_word,
    middle_names,
    name_length,
    place_matcher,
    positional_name_length,
    starts_person,
    surnames,
    title_matcher,
    upper_name_length,
)
from vnreport.extract.officials.abroad import company_forms, company_heads
from vnreport.extract.officials.anchoring import (
    acting_person,
    addressed,
    after_field,
    after_parenthesis,
    after_regime,
    after_unit,
    case_of,
    detailed,
    detailed_pair,
    detailed_unlisted,
)
from vnreport.extract.officials.careers import bare_items, career_items, dated_items
from vnreport.extract.officials.clauses import appointed, clause_titles
from vnreport.extract.officials.credits import Credit, _authors, find_credits
from vnreport.extract.officials.foreign import complete_singles, named_part, single_foreign
from vnreport.extract.officials.given import kin_given_names, pen_name_length
from vnreport.extract.officials.lexicon import (
    FORMAL_ANCHORS as _FORMAL_ANCHORS,  # the name the extractor's rules read it by
)
from vnreport.extract.officials.lexicon import (
    account_words,
    address_genders,
    byline_prefix_matcher,
    copula_times,
    honorific_matcher,
    name_stop_words,
    org_vocabulary,
    other_gender,
    person_noun_genders,
    thing_runs,
    title_expansions,
    title_qualifiers,
)
from vnreport.extract.officials.lists import cell_titles, list_titles, membership
from vnreport.extract.officials.merging import Definitions, expanded, merge_titles, title_key, written_out_key
from vnreport.extract.officials.references import PRONOUN_STARTS, HeldTitles, counted, pronoun_length
from vnreport.extract.officials.roles import ROLE_ORDER, Span, sentence_roles
from vnreport.extract.officials.titles import (
    ACTING,
    APPOSITION_SEPARATORS,
    TitlePhrase,
    chain_after,
    chain_before,
    chain_runs_into_name,
    delegation_matcher,
    modified_start,
    owner_of_noun,
    rank_head,
    starts_role_cue,
    title_of,
    title_phrases,
)
from vnreport.extract.organizations import OrgSpan, find_organizations
from vnreport.lexicon import PhraseMatcher, list_matcher, load_words
from vnreport.report.model import Mention, Official, OfficialTitle, Person, Role
from vnreport.segment.dictionary import is_word
from vnreport.segment.document import Document
from vnreport.segment.tokens import Token
from vnreport.text import DASHES, fold, strip_accents


@dataclass
class PersonRecord:
    name: str
    titles: list[OfficialTitle] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    honorifics: list[str] = field(default_factory=list)
    anonymised: bool = False
    deceased: bool = False
    gender: str | None = None  # "m" after `ông`/`anh`, "f" after `bà`/`chị` or with the middle name `Thị`
    byline: bool = False  # named as an author of the article
    credit: bool = False  # named as the author of a photo
    candidate: bool = False  # placed by a post sought (`ứng cử viên Tổng thống Fillon`): a public figure
    posted: bool = False  # named right before a post with its body that the title reader could not give it
    source: str = ""  # which cue first placed the person (`anchor:ông`, `list`, `byline` …): internal, for measuring

    @property
    def given(self) -> str:
        return fold(self.name.split()[-1])


class _People(dict[str, PersonRecord]):
    """The people of a text by key, with how many of them end their name with each word (`given`): asked at
    every short mention (`_shared_given`), a count instead of a scan of everyone (mentions × people). Kept while
    the text is read; the merge of variants at its end (`_merge_variants`) renames records without it."""

    def __init__(self) -> None:
        super().__init__()
        self.givens: Counter[str] = Counter()

    def __setitem__(self, key: str, record: PersonRecord) -> None:
        if key in self:
            self.givens[self[key].given] -= 1
        super().__setitem__(key, record)
        self.givens[record.given] += 1

    def __delitem__(self, key: str) -> None:
        self.givens[self[key].given] -= 1
        super().__delitem__(key)


def extract_people(doc: Document, organizations: list[OrgSpan] | None = None) -> tuple[list[Official], list[Person]]:
    """All officials and untitled people of the article, one entry per person. `organizations`: every
    organisation mention (the organisations stage), so a title's organisation ends where its name does;
    found afresh when not given."""
    officials, others = [], []
    defined = Definitions(doc.text)
    for record in read_people(doc, organizations):
        if record.titles:
            officials.append(_official(record, doc.text, defined))
        elif not record.posted:  # a post's holder is no untitled person, even when the post was not read
            kind = (
                "anonymised"
                if record.anonymised
                else "byline"
                if record.byline
                else "credit"
                if record.credit
                else "person"
            )
            others.append(Person(name=record.name, kind=kind, mentions=record.mentions))  # type: ignore[arg-type]
    return officials, others


def read_people(doc: Document, organizations: list[OrgSpan] | None = None) -> list[PersonRecord]:
    """Every person of the article as read, in the order of the text, each with the cue that placed it
    (`PersonRecord.source`: what `benchmarks/people_sources.py` counts)."""
    people = _People()
    order: list[str] = []
    spans = find_organizations(doc).spans if organizations is None else organizations
    org_ends = _organisation_ends(spans)
    credits = find_credits(doc, [(span.start, span.end) for span in spans])
    credited = {doc.tokens[k].start for c in credits.names for k in range(c.first, c.last)}
    known, persons = _anchored_names(doc)
    context = _Context(
        known=known,
        placed=_placed_words(doc),
        persons=persons,
        units=_unit_places(doc),
        sites=_site_names(doc),
        org_closes=frozenset(org_ends.values()),
        # read only when a served leader's construction is met: a pass over the whole text otherwise wasted
        surnames=cache(lambda: persons | _foreign_last_words(doc)),
    )
    index = 0
    for number, paragraph in enumerate(doc.paragraphs):
        first = index
        index += len(paragraph.sentences)
        if number in credits.skip:
            continue
        if paragraph.kind == "byline":
            _add_byline(doc, paragraph.start, paragraph.end, people, order)
            continue
        if paragraph.kind == "source":
            continue
        heading = context.heading
        context.heading = None
        context.paragraph = number
        for sentence_index in range(first, index):
            toks = doc.sentence_tokens(sentence_index)
            context.before = context.recent[-1] if context.recent else None
            named = _read_sentence(doc, toks, org_ends, people, order, credited, context)
            if paragraph.kind == "title" and sentence_index == first:
                context.headline = _headline_post(doc, toks, org_ends, named)
            elif paragraph.kind == "body" and context.headline is not None:
                _give_headline_post(toks, org_ends, named, context.headline, context)
                context.headline = None  # only the lead's first sentence names the headline's subject
            if sentence_index == first and index - first == 1:
                context.heading = _list_heading(doc, toks, org_ends, named) or context.heading
            if sentence_index == first and heading is not None and _numbered_item(toks, named):
                context.heading = heading  # `1 - Bà A, …`: an item of the list under the heading
                record = named[0][0]
                if all(title_key(t.text) != title_key(heading.text) for t in record.titles):
                    context.give(record, msgspec.structs.replace(heading, mentions=list(heading.mentions)), first=True)
    for credit in credits.names:
        _add_credit(doc, credit, people, order)
    order = _drop_platform_names(people, order)
    _add_kin_given(doc, credits.skip, credited, people, order)
    order = _merge_variants(people, complete_singles(doc.tokens, doc.text, people, order))
    return [people[key] for key in order]


_written_out = lru_cache(maxsize=4096)(written_out_key)  # each title of a text written out once, not once a sentence


@dataclass
class _Context:
    recent: list[PersonRecord] = field(default_factory=list)  # the people named last, the latest last
    known: frozenset[str] = frozenset()  # names the text gives after `ông`/`đồng chí` (folded, lower case)
    placed: frozenset[str] = frozenset()  # capitalised words the text writes alone as a place (`ở Tatarstan`)
    persons: frozenset[str] = frozenset()  # last words of the names the text gives after `ông`, `bà` (folded)
    surnames: Callable[[], frozenset[str]] = frozenset  # those and the last words of the foreign names of two
    # words or more the text writes (`Vladimir Putin`: `putin`), folded; computed on first use
    heading: OfficialTitle | None = None  # `Danh sách 17 Ủy viên Ban Thường vụ …`: the numbered items' title
    headline: tuple[OfficialTitle, str] | None = None  # the post a headline opens with, naming no one, and its
    # head word (`Giám đốc Sở X: …`, `giám đốc`)
    units: frozenset[str] = frozenset()  # names of units the text writes after a unit word (`tỉnh Sơn Tây`), folded
    sites: frozenset[str] = frozenset()  # names the text writes after a facility's head (`đường Lê Lợi`), folded
    org_closes: frozenset[int] = frozenset()  # where an organisation's mention ends (a character offset)
    paragraph: int = -1  # the paragraph being read
    before: PersonRecord | None = None  # the last person named before the sentence being read
    biography: tuple[PersonRecord, int] | None = None  # the person a biography opened with (`A sinh năm …`) and
    # its paragraph: the subject of the dated clauses that leave it out (`năm 2001 là …`)
    held: HeldTitles[PersonRecord] = field(default_factory=lambda: HeldTitles(_written_out))  # the current titles
    # given so far, by their prefixes and written out: whom a title standing alone names (`_title_references`)

    def give(self, record: PersonRecord, title: OfficialTitle, *, first: bool = False) -> None:
        """`title` is the record's (its first title with `first`), and is known from now on as theirs."""
        if first:
            record.titles.insert(0, title)
        else:
            record.titles.append(title)
        self.held.add(record, title)

    def referent(self, pronoun: str) -> PersonRecord | None:
        """The last person named whose known gender does not contradict the pronoun (`ông`, `bà`)."""
        unwanted = other_gender(pronoun)
        for record in reversed(self.recent):
            if unwanted is None or record.gender != unwanted:
                return record
        return None

    def named(self, record: PersonRecord) -> None:
        if record in self.recent:
            self.recent.remove(record)
        self.recent = [*self.recent[-4:], record]


def _merge_variants(people: dict[str, PersonRecord], order: list[str]) -> list[str]:
    """One record per person when the text writes the name several ways: a foreign name alone (`Tổng thống
    Maduro`) before the full one (`Nicolás Maduro`); spellings that differ in one word by `i`/`y` (`Phạm Sỹ
    Quý`, `Phạm Sĩ Quý`) or, in a foreign word, by one letter (`Hernandes`, `Hernandez`); a name cut short
    (`Nguyễn Đức chung`: `Nguyễn Đức`) whose titles all begin a title of the full name. The record named
    first keeps the name, except that the full name wins over a part of it."""
    words = {key: _initials_apart(key.split()) for key in order}
    merged: dict[str, str] = {}
    buckets: dict[str, list[str]] = {}  # first or last word → the keys seen with it (a variant shares one)
    for key in order:
        if people[key].byline or people[key].credit:
            continue
        first, last = words[key][0], words[key][-1]
        candidates = [
            *buckets.get(first, ())[-_MAX_VARIANTS:],
            *buckets.get(last, ())[-_MAX_VARIANTS:],
            *buckets.get(_after_particle(last), ())[-_MAX_VARIANTS:],
        ]
        for word in {first, last, _after_particle(last)}:
            buckets.setdefault(word, []).append(key)
        for other in dict.fromkeys(candidates):
            if other in merged or people[other].byline or people[other].credit:
                continue
            if _variant(words[key], words[other], people[key], people[other]):
                merged[key] = other  # the later writing joins the earlier one, or the full name
                break
            shorter = len(words[other]) < len(words[key]) or _initialled(words[other], words[key])
            if shorter and _variant(words[other], words[key], people[other], people[key]):
                merged[other] = key  # a part (or initials) written before the full name joins it
    for key, into in merged.items():
        for _ in range(len(merged)):
            if into not in merged or merged[into] == key:
                break
            into = merged[into]
        target, record = people[into], people[key]
        same_length = len(words[key]) == len(words[into])
        if _usual_writing(record, target, same_length) or (
            record.titles
            and not target.titles
            and (_slipped(words[key], words[into]) or _squeezed(words[key]) == _squeezed(words[into]))
        ):
            target.name = record.name  # one name written two ways: the text's usual writing wins, or the
            # official's where a slip of the keys names a person without title (`Lương` for `Lường`) or where the
            # two differ by a hyphen (`Nhà lãnh đạo Kim Jong Un` after `chính quyền Kim Jong-un`)
        target.titles.extend(record.titles)
        target.mentions.extend(record.mentions)
        target.roles.extend(r for r in record.roles if r not in target.roles)
        target.honorifics.extend(h for h in record.honorifics if h not in target.honorifics)
    return [key for key in order if key not in merged]


def _slipped(a: list[str], b: list[str]) -> bool:
    """Two writings of one length that differ in one word by more than `i`/`y` (`Sỹ`, `Sĩ` are both usual)."""
    differ = [(x, y) for x, y in zip(a, b, strict=False) if x != y] if len(a) == len(b) else []
    return len(differ) == 1 and _i_for_y(differ[0][0]) != _i_for_y(differ[0][1])


def _middle_dropped(a: list[str], b: list[str]) -> bool:
    """`a` is `b` without one word inside it: the same first and last words."""
    if len(a) < 2 or len(b) != len(a) + 1 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    return any(b[:k] + b[k + 1 :] == a for k in range(1, len(b) - 1))


def _vietnamese_slip(x: str, y: str) -> bool:
    """Two Vietnamese syllables one slip of the keys apart: a mark (`Cửu`, `Cừu`; `Vịnh`, `Vinh`) or one letter
    (`Nguyễn`, `Ngyễn`; `Đức`, `Đứ`; `Cận`, `Cậnh`)."""
    if has_foreign_shape(x) or has_foreign_shape(y):
        return False
    return _one_slip_apart(x, y)


def _one_slip_apart(x: str, y: str) -> bool:
    """Two words the same but for their marks (`François`, `Francois`) or one letter without them."""
    bare_x, bare_y = strip_accents(x), strip_accents(y)
    return bare_x == bare_y or _one_edit(bare_x, bare_y)


def _other_gender(record: PersonRecord, other: PersonRecord) -> bool:
    """The text calls one `ông` and the other `bà`: two people."""
    return bool(record.gender and other.gender and record.gender != other.gender)


def _squeezed(words: list[str]) -> str:
    """A name's letters without its spaces and hyphens, to compare two writings of it."""
    return "".join(words).replace("-", "")


_MAX_VARIANTS = 40  # earlier names compared with each new one (per shared word): the pass stays linear


def _after_particle(word: str) -> str:
    """The family name of a last word glued to its particle (`al-abadi` → `abadi`): the text may write it
    alone later (`ông Abadi` after `Haider al-Abadi`); any other word as it is."""
    head, dash, rest = word.partition("-")
    return rest if dash and rest and head in load_words("names_particles.txt") else word


def _split_double(part: str, whole: str) -> bool:
    """`whole` is a foreign double surname of which `part` is the first half (`broekers`, `broekers-knol`)."""
    return whole.startswith(part + "-") and has_foreign_shape(part)


def _usual_writing(record: PersonRecord, target: PersonRecord, same_length: bool) -> bool:
    """`record`'s writing of the name is the text's usual one, not a slip of the keys (`Thanhf`) `target` avoids;
    or the whole of a double surname `target` has cut (`Broekers-Knol` for `Broekers`)."""
    if same_length and _split_double(fold(target.name.split()[-1]).lower(), fold(record.name.split()[-1]).lower()):
        return True
    if not same_length or len(record.mentions) <= len(target.mentions):
        return False
    return not any(is_foreign_word(w) for w in record.name.split()) or any(
        is_foreign_word(w) for w in target.name.split()
    )


def _initials_apart(words: list[str]) -> list[str]:
    """A name written as initials glued to the family name (`a.kawada` → `a.`, `kawada`; `h.r.mcmaster` → `h.r.`,
    `mcmaster`), set apart so the family name meets its full writing in _merge_variants. A longer name keeps its
    words (`george w.bush` meets `george w. bush` squeezed)."""
    if len(words) != 1:
        return words
    dot = words[0].rfind(".")
    if 0 < dot < len(words[0]) - 1 and all(len(p) == 1 for p in words[0][:dot].split(".")):
        return [words[0][: dot + 1], words[0][dot + 1 :]]
    return words


def _initialled(a: list[str], b: list[str]) -> bool:
    """`a` writes the words of `b` before its last by their initials, the last word whole (`a.`, `kawada` for
    `atsusuke`, `kawada`; `h.r.`, `mcmaster` for `herbert`, `raymond`, `mcmaster`)."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or not all(w.endswith(".") for w in a[:-1]):
        return False
    letters = "".join(a[:-1]).replace(".", "")
    return len(letters) == len(b) - 1 and all(x == w[0] for x, w in zip(letters, b, strict=False))


def _variant(a: list[str], b: list[str], record: PersonRecord, other: PersonRecord) -> bool:
    """`a` (of `record`) is another writing of `b` (of `other`), see _merge_variants."""
    if _initialled(a, b) and not _other_gender(record, other):
        return True  # `ông A. Kawada`, `ông A.Kawada` after `ông Atsusuke Kawada`
    if len(a) > 1 and len(a) != len(b) and _squeezed(a) == _squeezed(b):
        return True  # `Tamim bin Hamad Al-Thani`, `Tamim Bin Hamad Al Thani`: one name, hyphened or spaced
    if len(a) == 1:  # `Tổng thống Maduro`, `ông Trump` (a formal anchor gave the gender) before the full name;
        # a family name written first (`bà Park` before `Park Geun-hye`); not `ông Trump` and `bà Ivanka Trump`
        if _other_gender(record, other):
            return False
        placed = record.titles or record.gender or record.candidate
        ends = (b[0],) if _patronymic(" ".join(b)) else (b[0], b[-1], _after_particle(b[-1]))
        # `vua Salman` is the father of `Mohammed bin Salman`, not a short writing of his name
        return len(b) > 1 and a[0] in ends and has_foreign_shape(a[0]) and bool(placed)
    if len(a) == 2 < len(b) and a == b[-2:] and a[0] in load_words("names_particles.txt"):
        return True  # `ông Le Maire`, `bà Le Pen` after `Bruno Le Maire`, `Marine Le Pen`: the family name alone
    if _middle_dropped(a, b) and record.titles and other.titles:
        return True  # `Đặng Ngọc Thịnh` for `Đặng Thị Ngọc Thịnh`, `Richard Nixon` for `Richard M. Nixon`
    if len(a) < len(b):
        if len(a) != 2 or len(b) != 3 or b[:2] != a or not record.titles or not other.titles:
            return False
        if any(has_foreign_shape(w) for w in b):
            return False  # `Moon Jae-in` is whole; only a Vietnamese name is cut short by a typo
        theirs = [fold(t.text).lower() for t in other.titles]
        mine = [fold(t.text).lower() for t in record.titles]
        return all(any(t.startswith(m) or m.startswith(t) for t in theirs) for m in mine)
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    if _i_for_y(x) == _i_for_y(y):
        return True
    if _split_double(x, y) or _split_double(y, x):
        return True  # `Broekers – Knol`, a double surname split by a spaced dash, and `Ankie Broekers-Knol`
    if _toneless(x) == _toneless(y) and _share_title(record, other):
        return True  # `Mai Tiễn Dũng` for `Mai Tiến Dũng`, with the same post: a tone mark mistyped
    if _vietnamese_slip(x, y) and bool(record.titles) != bool(other.titles) and not _other_gender(record, other):
        return True  # `ông Võ Văn Thương` beside the official `Võ Văn Thưởng`: a slip of the keys, one person (two
        # officials may be two people with the same post, and the text's writing of each is a coin's toss)
    return min(len(x), len(y)) >= 5 and has_foreign_shape(x) and _one_slip_apart(x, y)  # `François`, `Francois`


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook above, dot below


def _toneless(word: str) -> str:
    """The syllable without its tone mark, its vowel marks kept (`tiễn` → `tiên`, `hưng` stays `hưng`)."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in _TONE_MARKS))


def _share_title(record: PersonRecord, other: PersonRecord) -> bool:
    """Two records that hold a post written the same way."""
    mine = {title_key(t.text) for t in record.titles}
    return any(title_key(t.text) in mine for t in other.titles)


_Y_TO_I = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")


def _i_for_y(word: str) -> str:
    """`sỹ` → `sĩ`, `kỳ` → `kì`: a final `y` after a consonant written as `i`, its tone kept."""
    if len(word) > 1 and word[-2] in "bcdđghklmnpqrstvx":
        return word[:-1] + word[-1].translate(_Y_TO_I)
    return word


def _one_edit(x: str, y: str) -> bool:
    """One letter substituted, added or dropped."""
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(c != d for c, d in zip(x, y, strict=True)) == 1
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _anchored_names(doc: Document) -> tuple[frozenset[str], frozenset[str]]:
    """What the text gives right after `ông`, `bà`, `ngài`, `đồng chí`, folded, in one pass: the names not opening
    with a surname (`ông Hun Sen`, `đồng chí Trường Chinh`: after a title elsewhere they are a name, not an
    organisation), and the last word of every name (`ông Donald Trump`, `ông Trump`: `trump`: a run of capitalised
    words ending in one names that person, not a body)."""
    toks = doc.tokens
    names, last_words = set(), set()
    for i, tok in enumerate(toks):
        if not tok.is_cap_word or i == 0 or toks[i - 1].lower not in _ANCHOR_ENDS or not _formal_anchor(toks, i):
            continue
        surnamed = name_length(toks, i)
        last_words.add(fold(toks[i + (surnamed or foreign_name_length(toks, i, loose=True) or 1) - 1].text).lower())
        if surnamed or foreign_name_length(toks, i):
            continue
        length = positional_name_length(toks, i, anchored=True) or int(len(tok.text) > 1 and single_foreign(toks, i))
        if length:
            names.add(fold(" ".join(t.text for t in toks[i : i + length])).lower())
    return frozenset(names), frozenset(last_words)


_ANCHOR_ENDS = frozenset({"ông", "bà", "ngài", "chí"})


def _foreign_last_words(doc: Document) -> frozenset[str]:
    """The last word of every foreign name of two words or more the text writes (`Vladimir Putin`: `putin`),
    folded, in one pass: each run is read once from its first word on."""
    toks = doc.tokens
    words: set[str] = set()
    i = 0
    while i < len(toks):
        tok = toks[i]
        # a run opens after a space: no initial (`A.B.`) or glued part is read again from each of its tokens
        opens = tok.is_cap_word and len(tok.text) > 1 and (i == 0 or (tok.gap != 0 and not toks[i - 1].is_cap_word))
        length = foreign_name_length(toks, i) if opens else 0
        if length >= 2:
            words.add(fold(toks[i + length - 1].text).lower())
        i += max(length, 1)
    return frozenset(words)


def _placed_words(doc: Document) -> frozenset[str]:
    """The capitalised words the text writes alone as a place, folded: right after an administrative unit word or
    a place cue (officials_place_cues.txt: `Cộng hòa Tatarstan,`, `ở Tatarstan`), no capitalised word after them
    and none glued to them (`al-Sabah`, `Sabah-`: a part of a longer name)."""
    toks = doc.tokens
    cues = list_matcher("officials_place_cues.txt", reverse=True)
    return frozenset(
        fold(tok.text).lower()
        for i, tok in enumerate(toks)
        if tok.is_cap_word
        and tok.gap != 0
        and not (i + 1 < len(toks) and (toks[i + 1].is_cap_word or _glued_on(toks[i + 1])))
        and (cues.ending_at(toks, i, whole_words=True)[0] > 0 or after_unit(toks, i))  # not `tại` ending `hiện tại`
    )


def _unit_places(doc: Document) -> frozenset[str]:
    """The names the gazetteer knows as units that the text writes right after a unit word (`tỉnh Sơn Tây`,
    `huyện Bình Lục`), folded: written after a post elsewhere (`Giám đốc Sở Xây dựng Sơn Tây`), such a name is the
    body's place, not the holder's name."""
    toks, names = doc.tokens, gazetteer().admin_names
    found = set()
    for i, tok in enumerate(toks):
        length = names.length(toks, i) if tok.is_cap_word and after_unit(toks, i) else 0
        if length:
            found.add(fold(" ".join(t.text for t in toks[i : i + length])).lower())
    return frozenset(found)


_SITE_NAME = 4  # capitalised words read after a facility's head: a personal name has at most four


def _site_names(doc: Document) -> frozenset[str]:
    """The names the text writes right after a facility's head in lower case (`đường Nguyễn Thị Định`, `bán đảo
    Sơn Trà`, `hồ Truồi`), folded, each with its shorter openings (`đường Lê Lợi Phường …`): the text itself makes
    them a street's, a lake's or a site's name, so written elsewhere with no anchor (`các tuyến đường: A, B`, `vụ
    Sơn Trà`) they name no person. One pass over the tokens, at most _SITE_NAME words read after each head."""
    toks, heads = doc.tokens, gazetteer().facilities
    found = set()
    for i, tok in enumerate(toks):
        if not tok.is_word or not tok.text[0].islower():
            continue  # a capitalised head (`Hồ`, `Cầu`) may open a name itself (`Hồ Chí Minh`, `Cầu Giấy`)
        width, facility = heads.match(toks, i, whole_words=True)  # not `cầu` of `yêu cầu`
        if not width or facility is None or facility.follows == "number":
            continue
        words: list[str] = []
        for tok_after in toks[i + width : i + width + _SITE_NAME]:
            if not tok_after.is_cap_word or tok_after.gap != 1:
                break
            words.append(tok_after.text)
            if len(words) > 1:
                found.add(fold(" ".join(words)).lower())
    return frozenset(found)


def _glued_on(tok: Token) -> bool:
    """A word or a hyphen written tight after the word before it (`Sabah-`, `Al-Ahmad`)."""
    return tok.gap == 0 and (tok.is_word or tok.text in DASHES)


def _holder_after(
    toks: list[Token], i: int, length: int, by_last: dict[int, TitlePhrase], context: _Context
) -> tuple[TitlePhrase, bool] | None:
    """A foreign name of three words or more read right after a title, two words or more after its first word:
    that word is no part of the holder's name when it is a country (`Tổng thống Chile Chile A B`, written twice
    by a slip); a place the text writes alone elsewhere (`Thủ tướng Tatarstan Alexei Pesoshin` beside `Cộng hòa
    Tatarstan`), which closes a title that has no country yet; or a person the text names after `ông`/`bà`, who
    owns the post written before `của` (`Cố vấn an ninh của Tổng thống Trump Herbert McMaster` beside `ông
    Trump`). The title of the name after that word, and whether that word names the leader served (read by
    `_served_by_surname`), else None."""
    word = fold(toks[i].text).lower()
    phrase = by_last[i]
    if foreign_name_length(toks, i + 1) < 2 or length - 1 < 2:
        return None
    served = word not in context.known and _served_by_surname(toks, i, length, phrase, context)
    if word in context.known or served:
        owner = phrase.first - 1  # `của` right before the owner's title, a post right before it, perhaps with
        if owner < 1 or toks[owner].lower != _OF:  # a few lower-case words of its field (`Cố vấn an ninh`)
            return None
        for k in range(owner, max(0, owner - _OF_FIELD_WORDS - 1), -1):
            if k in by_last:
                return replace(by_last[k], last=i + 1, after_country=True), served
            if not (toks[k - 1].is_word and not toks[k - 1].is_cap):
                return None
        return None
    if country_matcher().length(toks, i) == 1:
        if toks[i - 1].text == toks[i].text:
            return phrase, False  # `Tổng thống Chile Chile Gabriel Boric`: the title's country again, by a slip
        # `Thượng nghị sĩ Mỹ Jordan Michael Smith`: a title that has its country takes no second one
        return None if phrase.after_country else (replace(phrase, last=i + 1, after_country=True), False)
    if word in context.placed and not phrase.after_country and not name_length(toks, i):
        return replace(phrase, last=i + 1, after_country=True), False
    return None


_OF = "của"
_OF_FIELD_WORDS = 3  # lower-case words between a post and the `của` of its owner


def _served_by_surname(toks: list[Token], i: int, length: int, phrase: TitlePhrase, context: _Context) -> bool:
    """`Phát ngôn viên của Tổng thống A B C nói`: after a head of state's or government's title with no country
    (a person head) that follows `của`, the leader served is named by one word A, and the foreign name after
    it, closed by a lower-case word, is the serving post's holder (read by the caller from the post before
    `của`). A must be a person's last word elsewhere in the text (`ông A`, `X A`): a name of three words shaped
    unlike Vietnamese is as often one leader's full name (`Người phát ngôn của Tổng thống Recep Tayyip Erdogan
    cho biết`); a comma after the run leaves it one name (`… của Tổng thống A B C, ông D`)."""
    end = i + length
    if not phrase.person_head or phrase.after_country or phrase.last != phrase.head_last or phrase.first < 1:
        return False
    if toks[phrase.first - 1].lower != _OF or end >= len(toks):
        return False
    if fold(toks[i].text).lower() not in context.surnames():
        return False
    closer = toks[end]
    if not (closer.is_word and not closer.is_cap) or closer.lower in _NOT_A_VERB:
        return False
    return all(has_foreign_shape(t.text) for t in toks[i:end] if t.is_word)


def _qualifier_length(toks: list[Token], k: int) -> int:
    """An honorific (`Samdech Techo`) or a qualifier of the title's body (`đối lập`, `cầm quyền`:
    officials_title_qualifiers.txt) at toks[k], before the name."""
    if k >= len(toks):
        return 0
    if toks[k].lower == "thứ" and k + 1 < len(toks) and toks[k + 1].kind == "number":
        return 2  # `Tổng thống Mỹ thứ 47 Donald Trump`
    return honorific_matcher().length(toks, k) or title_qualifiers().length(toks, k)


def _former_qualifier(toks: list[Token], k: int) -> bool:
    """A qualifier at toks[k] that names a former holder (`Tổng thống tiền nhiệm A`: `current: false`)."""
    return k < len(toks) and not honorific_matcher().length(toks, k) and title_qualifiers().match(toks, k)[1] == "no"


def _name_after_dash(toks: list[Token], k: int) -> int:
    """The first token of a name set off from the title before it by a dash written with spaces (`Bộ trưởng
    Thương mại nước X - A cho biết`), else 0: a Vietnamese name, or a foreign one of two words
    or more (one capitalised word after a dash is as often a place or a body as a name)."""
    if k + 1 >= len(toks) or toks[k].text not in DASHES or toks[k].gap != 1 or toks[k + 1].gap != 1:
        return 0
    return k + 1 if name_length(toks, k + 1) or foreign_name_length(toks, k + 1) >= 2 else 0


_BRACKET_REACH = 7  # tokens inside a bracket between a title and its holder's name


def _name_after_bracket(toks: list[Token], k: int, covered: set[int]) -> int:
    """The first token of a Vietnamese name right after a short bracket that follows a title and holds no
    title (`Cục trưởng Cục A (Bộ Y tế) Nguyễn Văn B`, `Chủ tịch UBND xã C (huyện D) Lê Văn E`: the body the
    post's body is under, or its place), else 0."""
    if k >= len(toks) or toks[k].text != "(":
        return 0
    for j in range(k + 1, min(len(toks) - 1, k + 2 + _BRACKET_REACH)):  # j: the closing bracket at the latest
        if toks[j].text == ")":
            return j + 1 if j > k + 1 and name_length(toks, j + 1) else 0
        if j in covered or toks[j].text in {"(", ";", ":"} or (toks[j].text == "." and toks[j].kind != "dot"):
            return 0  # a title, a second bracket or a sentence's end inside; a dot of `TP.Tây Ninh` is no end
    return 0


def _official(record: PersonRecord, text: str, defined: Definitions) -> Official:
    roles = [r for r in ROLE_ORDER if r in record.roles]
    return Official(
        name=record.name,
        titles=merge_titles([expanded(title, text) for title in record.titles], defined),
        mentions=record.mentions,
        role=roles[0] if roles else None,
        roles=roles,
        honorifics=record.honorifics,
        deceased=record.deceased,
    )


def _organisation_ends(organizations: list[OrgSpan]) -> dict[int, int]:
    """Start → end of the longest organisation mention starting there, so a title's organisation runs
    through `Sở Nông nghiệp và Phát triển nông thôn` whole."""
    ends: dict[int, int] = {}
    for start, end, _ in organizations:
        ends[start] = max(end, ends.get(start, end))
    return ends


def _read_sentence(
    doc: Document,
    toks: list[Token],
    org_ends: dict[int, int],
    people: _People,
    order: list[str],
    credited: set[int],
    context: _Context,
) -> list[tuple[PersonRecord, int, int]]:
    """Read the people of one sentence; the people named in it (record, first token, one past the titles)."""
    phrases = title_phrases(toks, org_ends, context.known)
    covered = {i for p in phrases for i in range(p.first, p.last)}
    by_last = {p.last: p for p in phrases}
    qualified: set[int] = set()  # where a name may start after a title's qualifier: one foreign word names them
    for phrase in phrases:  # `Thủ tướng Samdech Techo Hun Sen`, `Chủ tịch đảng … (CNRP) đối lập Kem Sokha`,
        # `Tổng thống đắc cử Donald Trump`: an honorific or a qualifier between the title and the name
        between = _qualifier_length(toks, phrase.last)
        if between:
            after = phrase.last + between
            if after < len(toks) and toks[after].is_cap:  # `Tổng thống mới đắc cử Mỹ Donald Trump`
                after += country_matcher().length(toks, after)
            by_last.setdefault(
                after, replace(phrase, current=False) if _former_qualifier(toks, phrase.last) else phrase
            )
            qualified.add(after)
    for phrase in phrases:  # `Thủ tướng Nhật - A`, `Chủ tịch UBND TP - Nguyễn Văn A`: the name after a dash
        named = _name_after_dash(toks, phrase.last) or _name_after_bracket(toks, phrase.last, covered)
        if named:
            by_last.setdefault(named, phrase)
    by_first = {p.first: p for p in phrases}
    listed = list_titles(toks, phrases)
    # Separators right before a title (`A, Ủy viên …`, `B - nguyên Bộ trưởng …`): a foreign-shaped name
    # ending there is a delegate of a list (`…; Souphanh Keomixay, Bộ trưởng …`).
    # `mà A quyền Trợ lý …`: `quyền` right after the name, before the title or opening it, sets the post off as a
    # comma does
    apposed_titles = {
        k: p
        for p in phrases
        if p.first > 1
        for k in (modified_start(toks, p) - 1, p.first)
        if toks[k].text in APPOSITION_SEPARATORS or toks[k].lower in ACTING
    }
    appositions = set(apposed_titles)
    used: set[int] = set()  # first tokens of the title phrases tied to a name
    mentions: list[tuple[PersonRecord, int, int]] = []  # record, first token, one past the last title
    starts: list[int] = []  # the first token of each mention with its titles and anchor before the name
    name_ends: list[int] = []  # one past each mention's name
    list_end = -1  # one past the last person's mention (and a parenthesis after it): a list may go on
    honoured = -1  # where a name follows an anchor and an honorific (`ông Mr …`)
    i = 0
    while i < len(toks):
        tok = toks[i]
        # A lower-case word opens no name, foreign name or short mention, only perhaps a pronoun: most
        # tokens of a sentence end here.
        if i in covered or tok.start in credited or not (tok.is_cap_word or tok.lower in PRONOUN_STARTS):
            i += 1
            continue
        if _ends_lower_place(toks, i):
            i += 1  # `chuyên gia châu Âu Jeffrey Rathke`: `Âu` closes the place `châu Âu`, no name opens there
            continue
        if i in by_last and tok.is_cap_word and honorific_matcher().length(toks, i):
            i += honorific_matcher().length(toks, i)  # `Thủ tướng Malaysia Datuk Seri Anwar Ibrahim`: the name
            continue  # follows the honorific (by_last holds its end too)
        if tok.is_cap_word and _formal_anchor(toks, i) and honorific_matcher().length(toks, i):
            i += honorific_matcher().length(toks, i)  # `ông Mr Jeong Hyung-gon`, `ông Sheikh Abdulrahman al-Thani`:
            honoured = i  # the name follows the honorific, as it would the anchor
            continue
        length = name_length(toks, i) or upper_name_length(toks, i)
        if length and inside_place(toks, i):
            length = 0  # `Thái Bình Dương Hạ viện`: the surname is a syllable of a place's name
        if length > 3 and _known_then_glued(toks, i, length, people):
            length -= 1  # `Đại biểu Quốc hội Đỗ Văn A Cần có …`: the name read before, then a heading glued on
        if not length and toks[i].is_cap_word and not country_matcher().length(toks, i) and after_field(toks, i):
            length = foreign_name_length(toks, i, loose=True)  # `chuyên gia an ninh Rommel Banlaoi`
        if not length and toks[i].is_cap_word:
            length = pen_name_length(toks, i)  # `nhà văn Nguyên Ngọc – Chủ tịch Viện`
        if not length and toks[i].is_cap_word and after_regime(toks, i) and not _place_opens(toks, i):
            foreign = foreign_name_length(toks, i)  # `chính quyền Donald Trump`, `thời George W. Bush`
            length = foreign if foreign >= 2 else 0
        bound = i in by_last and by_last[i].bound  # `nhân viên Sony Pictures …`: only a Vietnamese name follows
        anchored = ends_with_anchor(toks, i) or i == honoured
        if not length and toks[i].is_cap_word and not bound and (i in by_last or anchored):
            # A foreign name right after a title or a formal anchor (`Đại sứ Mikkel Sørensen`, `ông Cui
            # Tiankai`, `bà Malu Dreyer`; after `anh`/`chị` it caught capitalised non-names); a one-word
            # highland name after either (`đại biểu K'Brơi`); after a title ending in a country, its name in
            # Vietnamese spelling (`Tập Cận Bình`).
            formal = _formal_anchor(toks, i) or i == honoured
            admitted = formal or i in by_last or _admits_foreign(toks, i)  # `luật sư Marc Kasowitz`
            foreign = foreign_name_length(toks, i, loose=formal) if admitted else 0
            length = foreign or int(is_apostrophe_name(toks[i]))
            if not length and i in by_last and by_last[i].after_country and not _qualifier_length(toks, i):
                length = _positional_name(toks, i)  # not `Samdech Techo Hun` of `… Campuchia Samdech Techo Hun Sen`
            if not length and i in by_last and not _qualifier_length(toks, i):
                phrase = by_last[i]  # `Thủ tướng Theresa May`, `Nữ hoàng Elizabeth`, `Tổng Bí thư Trường Chinh`,
                # one foreign word after a country or a qualifier (`Tổng thống Pháp Macron`, `Tổng thống đắc cử Trump`)
                single = phrase.person_head or phrase.after_country or i in qualified
                length = positional_name_length(toks, i, known=context.known, single=single)
                if length == 1 and any(r.given == fold(toks[i].text) and " " in r.name for r in people.values()):
                    length = 0  # `Tổng thống Maduro` after `Nicolás Maduro`: a short mention (after `ông Maduro`
                    # alone, the same one-word name again, now with its title)
            if not length and formal:
                length = positional_name_length(toks, i, known=context.known, anchored=True)  # `ông Hun Sen`
            if not length and formal and single_foreign(toks, i, people.values()):
                length = 1  # `ông Trump`, `bà Harris`: one foreign word after a formal anchor
            if length == 1 and named_part(toks[i], people.values(), anchor=toks[i - 1].lower) is not None:
                length = 0  # `ông Hwang` after `Hwang Kyo-ahn`, `bà Theresa` after `Theresa May`: a short mention
        if not length and toks[i].is_cap_word and (after_nationality(toks, i) or _after_honorific(toks, i)):
            length = foreign_name_length(toks, i)  # `ca sĩ người Mỹ Ariana Grande`, `GS Kang Jun-young`
        if not length and toks[i].is_cap_word and _opens_apposed(toks, i):
            foreign = foreign_name_length(toks, i)  # `Richard Roe, luật sư về …, cho biết`
            length = foreign if foreign >= 2 and apposed_person(toks, i + foreign) else 0
        if not length and i in listed and toks[i].is_cap_word and _opens_delegate(toks, i):
            length = foreign_name_length(toks, i)  # `hai cựu Ngoại trưởng A và Madeleine Albright`
        if not length and toks[i].is_cap_word and any(t.text == "(" for t in toks[i + 1 : i + 8]):
            length = detailed_unlisted(toks, i)  # `Li Chuang (SN 1978)`, `L.Đ.C. (38 tuổi)`
        if not length and toks[i].is_cap_word:
            length = _placed_initials(toks, i, by_last, appositions)  # `ông N.V.H, Giám đốc …`
        if not length and i > 0 and toks[i - 1].text == "," and i - 1 in by_last and toks[i].is_cap_word:
            foreign = foreign_name_length(toks, i, loose=True)  # `Chủ tịch LR, François Baroin, lo ngại …`
            length = foreign if _set_off(toks, i, foreign, by_last[i - 1]) else 0
        if (
            not length
            and appositions
            and any(k in appositions for k in range(i + 2, i + 6))
            and (_opens_delegate(toks, i) or _after_theo(toks, i))
        ):
            foreign = foreign_name_length(toks, i)
            length = foreign if i + foreign in appositions else 0
        if not length and toks[i].is_cap_word and _after_past_copula(toks, i, by_last):
            foreign = foreign_name_length(toks, i)  # `Thủ tướng Anh khi đó là John Smith`
            length = foreign if foreign >= 2 else 0
        if not length and i > 0 and toks[i - 1].is_word and not toks[i - 1].is_cap and toks[i].is_cap_word:
            length = _apposed_in_clause(toks, i, apposed_titles)  # `thư cho Jean-Claude Juncker, Chủ tịch …,`
        if not length and toks[i].is_cap_word:
            # `… đối với Hillary X`, `A và Ruslan X`: no anchor
            length = _unanchored_foreign_length(toks, i, context, after_person=i - 1 == list_end)
        if length > 2 and i in by_last and not anchored:
            holder = _holder_after(toks, i, length, by_last, context)
            # `Thủ tướng Tatarstan Alexei Pesoshin`, `Cố vấn của Tổng thống Trump Herbert McMaster`: the first word
            if holder is not None:  # closes the title, the holder's name follows it
                holder_title, served = holder  # a leader named alone elsewhere (`ông Trump`) is left as read
                if served:
                    # `… của Tổng thống A B C nói`: A, the leader served, holds `Tổng thống`; A is no subject of
                    # the sentence, so the mention takes no part in its roles
                    _person_at(doc, toks, i, 1, by_last, by_first, None, people, order, used, context)
                by_last[i + 1] = holder_title
                i += 1
                continue
        length = _before_organisation(toks, i, length, org_ends)
        if length:
            found = _person_at(
                doc, toks, i, length, by_last, by_first, listed.get(i), people, order, used, context, list_end
            )
            if found is not None:
                list_end = after_parenthesis(toks, found[1])
                mentions.append((found[0], i, found[1]))
                starts.append(found[2])
                name_ends.append(i + length)
                context.named(found[0])
            i += length
            continue
        short = _short_mention(doc, toks, i, by_last, people) if toks[i].is_cap_word else None
        if short is not None:
            mentions.append((short, i, i + 1))
            name_ends.append(i + 1)
            context.named(short)
            before = chain_before(toks, i, by_last)
            starts.append(_mention_start(toks, before[0].first if before else i))
            _give_short_mention_titles(doc, toks, short, before, used, people, context)
        pronoun = pronoun_length(toks, i) if short is None else 0
        referent = context.referent(toks[i].lower) if pronoun else None
        if referent is not None:
            mentions.append((referent, i, i + pronoun))  # `Ông cho biết …`: the last person named
            starts.append(i)
            name_ends.append(i + pronoun)
            i += pronoun
            continue
        i += 1
    _share_former_titles(doc, toks, mentions, name_ends, by_first, context)
    spans_of = [(first, last, name_end) for (_, first, last), name_end in zip(mentions, name_ends, strict=True)]
    for given in clause_titles(toks, by_first, spans_of, used):
        record = mentions[given.person][0]
        if not record.anonymised:
            title = title_of(doc, toks, given.phrase)
            if given.ended:  # `ông A, Chủ nhiệm …, thôi giữ chức Chủ nhiệm …`: the apposition's post ends too
                key = title_key(title.text)
                for held in record.titles:
                    if held.current and title_key(held.text) == key:
                        held.current = False
                        context.held.ended(record, held)
            context.give(record, title)
    for person in appointed(toks, spans_of, by_first):
        mentions[person][0].posted = True  # appointed to a post the sentence may not name: no untitled person
    _give_career_posts(doc, toks, mentions, by_first, used, context)
    _give_dated_posts(doc, toks, mentions, name_ends, by_first, used, context)
    spans = [
        (Span(pre, first, last, titled=last > name_end), record)
        for pre, name_end, (record, first, last) in zip(starts, name_ends, mentions, strict=True)
    ]
    spans += _title_references(toks, phrases, used, context, doc)
    spans.sort(key=lambda item: item[0].pre)
    for (_, record), roles in zip(spans, sentence_roles(toks, [span for span, _ in spans]), strict=True):
        record.roles.extend(role for role in roles if role not in record.roles)
    return mentions


def _give_short_mention_titles(
    doc: Document,
    toks: list[Token],
    record: PersonRecord,
    chain: list[TitlePhrase],
    used: set[int],
    people: _People,
    context: _Context,
) -> None:
    """`Thủ tướng Netanyahu` after `Benjamin Netanyahu`, `đại biểu Thống` after `Dương Văn Thống`: the title
    written right before a short mention of an official is theirs too (README: every post the text gives), and
    makes an official of a person named so far without title (`ông Rex Tillerson` … `Ngoại trưởng Tillerson`). Only
    the last title of a chain (`Tổng thống Mỹ, Thủ tướng Israel Netanyahu`: the first is someone else's); not when
    the word names two people of the text (`Tổng thống Kennedy` beside `Robert F. Kennedy`, `Edward Kennedy`) or
    is a father's name (`Quốc vương Salman` beside `Mohammed bin Salman`); not a shorter writing of a post
    already given (`ĐB Hùng` after `Đại biểu (ĐB) Nguyễn Văn Hùng`), which would stand as a second title."""
    if not chain or _patronymic(record.name) or _shared_given(record, people):
        return
    if not record.titles and record.gender is None and not _named_by_post(record):
        return  # a plain person's short mention is trusted only once the text has called them `ông`/`bà`: a
        # family name alone may be a relative's (`Tổng thống Trump` beside `Ivanka Trump` only); one named as
        # someone's predecessor (`người tiền nhiệm Barack Obama`) held that someone's post (`Tổng thống Obama`)
    if not record.titles and record.mentions and _named_as_a_relative(doc.text, record.mentions[0]):
        return  # `bà Ivana Brandt, con gái ông chủ …` … `Tổng thống Brandt`: the relative's title, not hers
    phrase = chain[-1]
    if phrase.first in used or phrase.sought or _of_an_unnamed_body(toks, phrase):
        return
    title = title_of(doc, toks, phrase)
    used.add(phrase.first)
    if not any(_shorter_writing(title.text, t.text) for t in record.titles):
        context.give(record, title)


def _named_by_post(record: PersonRecord) -> bool:
    """The anchor that placed the record names someone's predecessor or successor (`người tiền nhiệm`)."""
    cue, _, words = record.source.partition(":")
    return cue == "anchor" and words in load_words("officials_post_anchors.txt")


_KIN_REACH = 40  # characters beside a full mention where a kinship noun is looked for


def _named_as_a_relative(text: str, mention: Mention) -> bool:
    """A kinship noun (officials_kinship_words.txt) right after the mention, past a comma or a bracket (`bà A,
    con gái …`), or right before it, past an honorific (`con gái ông chủ, bà A`, `vợ ông, bà A`)."""
    after, before = _kin_patterns()
    return bool(
        after.match(text, mention.end, min(len(text), mention.end + _KIN_REACH))
        or before.search(text, max(0, mention.start - _KIN_REACH), mention.start)
    )


@cache
def _kin_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(re.escape(w) for w in sorted(load_words("officials_kinship_words.txt"), key=len, reverse=True))
    after = re.compile(rf"\s*[,(]?\s*(?:{words})(?!\w)", re.IGNORECASE)
    before = re.compile(rf"(?<!\w)(?:{words})(?:\s+\w+)?\s*,?\s*(?:(?:ông|bà|anh|chị|cô)\s+)?\Z", re.IGNORECASE)
    return after, before


def _shorter_writing(short: str, held: str) -> bool:
    """`short` writes the post `held` shorter (`tướng` inside `Thiếu tướng`), or either is an abbreviation whose
    full form (officials_title_expansions.tsv) begins with the other (`ĐB` for `Đại biểu Quốc hội`, `đại biểu`
    after `ĐB`)."""
    short_key, held_key = fold(short).lower(), fold(held).lower()
    if short_key in held_key:
        return True
    fulls = [fold(f).lower() for f in (*title_expansions().get(short, ()), *title_expansions().get(held, ()))]
    return any(f.startswith(short_key) or f.startswith(held_key) for f in fulls)


def _patronymic(name: str) -> bool:
    """`Mohammed bin Salman`, `Tamim Bin Hamad`: the last word is the father's name (names_patronymic.txt, in
    lower case; a name may capitalise the particle)."""
    words = name.split()
    return len(words) > 2 and words[-2].lower() in load_words("names_patronymic.txt")


def _shared_given(record: PersonRecord, people: _People) -> bool:
    """Another person of the text ends their name with the same word (`Ivanka Trump` beside `Donald Trump`)."""
    return people.givens[record.given] > 1  # the record itself is one of the people counted


def _give_career_posts(
    doc: Document,
    toks: list[Token],
    mentions: list[tuple[PersonRecord, int, int]],
    by_first: dict[int, TitlePhrase],
    used: set[int],
    context: _Context,
) -> None:
    """The posts of a career list's lines (`- 6/2010 - 8/2015: Giám đốc Sở …`) go to the profile's subject: the
    last person named before the line, in its sentence or, when it names none, before it."""
    named = sorted(((first, record) for record, first, _ in mentions), key=lambda pair: pair[0])
    firsts = [first for first, _ in named]  # one bisection per line: a sentence of many lines stays linear
    for item in career_items(toks, by_first, used):
        k = bisect_left(firsts, item.start)
        owner = named[k - 1][1] if k else (context.recent[-1] if context.recent else None)
        if owner is None or owner.anonymised:
            continue
        for phrase in item.phrases:
            context.give(owner, title_of(doc, toks, phrase))
            used.add(phrase.first)


def _give_dated_posts(
    doc: Document,
    toks: list[Token],
    mentions: list[tuple[PersonRecord, int, int]],
    name_ends: list[int],
    by_first: dict[int, TitlePhrase],
    used: set[int],
    context: _Context,
) -> None:
    """The posts of a biography's dated clauses that leave the subject out (`A sinh tháng 8/1957, năm 2001 là Phó
    Văn phòng …; tháng 11/2006 là Giám đốc Sở …`, then `Tháng 12/2007 được điều chuyển làm …`), and the items of its
    profile that are nothing but posts (`; Ủy viên Ban Chấp hành Trung ương Đảng khóa XII, XIII;`), go to the person the
    biography opened with, by the birth (officials_birth_cues.txt), only inside its paragraph and only while that
    person is the last one named before the clause: never a person of another paragraph, nor one named since."""
    bio = context.biography[0] if context.biography and context.biography[1] == context.paragraph else None
    opened = bio  # the subject as the sentence opens
    named = sorted(zip((first for _, first, _ in mentions), name_ends, (r for r, _, _ in mentions), strict=True))
    subjects: list[PersonRecord | None] = []  # the biography's subject after each mention, in the text's order
    for _, end, record in named:
        if not record.anonymised and _born_after(toks, end):
            bio = record
        subjects.append(bio)
    context.biography = (bio, context.paragraph) if bio is not None else None
    if bio is None:
        return
    firsts = [first for first, _, _ in named]
    items = sorted([*dated_items(toks, by_first, used), *bare_items(toks, by_first, used)], key=lambda it: it.start)
    for item in items:
        k = bisect_left(firsts, item.start)
        nearest, subject = (named[k - 1][2], subjects[k - 1]) if k else (context.before, opened)
        if nearest is None or nearest is not subject:
            continue
        for phrase in item.phrases:
            context.give(nearest, title_of(doc, toks, phrase))
            used.add(phrase.first)


def _born_after(toks: list[Token], end: int) -> bool:
    """A birth right after the name ending at toks[end] (`A sinh năm …`, `A (SN 1960)`, `A, sinh ngày …`)."""
    end += int(end < len(toks) and toks[end].text in {"(", ","})
    return end < len(toks) and list_matcher("officials_birth_cues.txt").length(toks, end, whole_words=True) > 0


def _share_former_titles(
    doc: Document,
    toks: list[Token],
    mentions: list[tuple[PersonRecord, int, int]],
    name_ends: list[int],
    by_first: dict[int, TitlePhrase],
    context: _Context,
) -> None:
    """`các đồng chí: A và B nguyên Phó Chủ tịch …`: names joined by `và` and a former title written right after
    the last, with no comma: both held it."""
    for n in range(1, len(mentions)):
        (record, first, last), end = mentions[n - 1], name_ends[n - 1]
        after = name_ends[n]
        if last != end or first == mentions[n][1] or end + 1 != mentions[n][1] or toks[end].lower != "và":
            continue
        if after + 1 >= len(toks) or toks[after].lower not in _FORMER_WORDS or record.anonymised:
            continue
        for phrase in chain_after(toks, after, by_first, context.persons):
            context.give(record, title_of(doc, toks, phrase))


_FORMER_WORDS = frozenset({"nguyên", "cựu"})


def _list_heading(
    doc: Document, toks: list[Token], org_ends: dict[int, int], named: list[tuple[PersonRecord, int, int]]
) -> OfficialTitle | None:
    """A heading over a numbered list of people (`Danh sách 17 Ủy viên Ban Thường vụ Thành ủy Hà Nội khoá XVIII`):
    a line that names no one, ends without a full stop, and counts the holders of a title."""
    if named or not toks or toks[-1].text in {".", "!", "?", ":"} or len(toks) > 20:
        return None
    for phrase in title_phrases(toks, org_ends):
        if phrase.first > 0 and toks[phrase.first - 1].kind == "number" and phrase.current:
            return title_of(doc, toks, phrase)
    return None


def _headline_post(
    doc: Document, toks: list[Token], org_ends: dict[int, int], named: list[tuple[PersonRecord, int, int]]
) -> tuple[OfficialTitle, str] | None:
    """The post a headline opens with when it names no one (`Giám đốc Sở Tài nguyên X: "…"`, `Phó Chi cục trưởng
    … bị bắt`), and its head word: its holder is the headline's subject, whom the lead names."""
    if named or not toks:
        return None
    phrases = title_phrases(toks, org_ends)
    if not phrases or phrases[0].first != 0 or not phrases[0].current or phrases[0].sought:
        return None
    phrase = phrases[0]
    if phrase.last < len(toks) and toks[phrase.last].is_cap_word:
        return None  # a capitalised word after the post: a name the rules did not read
    return title_of(doc, toks, phrase), _head_of(toks, phrase)


def _head_of(toks: list[Token], phrase: TitlePhrase) -> str:
    return " ".join(t.lower for t in toks[phrase.first : phrase.head_last])


def _give_headline_post(
    toks: list[Token],
    org_ends: dict[int, int],
    named: list[tuple[PersonRecord, int, int]],
    headline: tuple[OfficialTitle, str],
    context: _Context,
) -> None:
    """`Ông A …` opening the lead under a headline that opens with a post and names no one: A holds that post
    (the headline's subject), unless the text gives A a post of its own or the lead names the post again for
    someone else (`Bí thư Hải Phòng lý giải …` over `Ông A nói đã nhắn tin cho Bí thư Thành ủy Hải Phòng`)."""
    if not named or len(toks) < 2 or toks[0].lower not in _FORMAL_ANCHORS or named[0][1] != 1:
        return
    record = named[0][0]
    if record.titles or record.anonymised or record.byline or record.credit:
        return
    post, head = headline
    if any(_head_of(toks, phrase) == head for phrase in title_phrases(toks, org_ends)):
        return
    context.give(record, msgspec.structs.replace(post, mentions=list(post.mentions)))


def _numbered_item(toks: list[Token], named: list[tuple[PersonRecord, int, int]]) -> bool:
    """`1 - Bà Bùi Thị Minh Hoài, …`, `2. Ông …`: a number, a dash or a dot, then the first person named."""
    if len(toks) < 3 or not named or toks[0].kind != "number" or toks[1].text not in {"-", "–", ".", ")"}:
        return False
    return named[0][1] <= 2 + anchor_matcher().length(toks, 2)


def _title_references(
    toks: list[Token],
    phrases: list[TitlePhrase],
    used: set[int],
    context: _Context,
    doc: Document,
) -> list[tuple[Span, PersonRecord]]:
    """Titles standing alone for a person named earlier (`Bí thư Thành ủy Hà Nội đã làm việc với …`). A title
    standing alone that writes out in full a post the person was named with in short (`Chủ tịch Quốc hội cho
    biết` after `Chủ tịch QH A`) is given to them: the merge keeps the fuller writing (README: fullest form once)."""
    found = []
    for phrase in phrases:
        if phrase.first in used or not phrase.current or phrase.sought or counted(toks, phrase.first):
            continue
        pre = _mention_start(toks, phrase.first)
        if pre > 0 and toks[pre - 1].lower not in _SUBJECT_OPENERS:
            continue  # the subject of a clause opens it (`…, Tổng thư ký cho biết`, `Theo Bộ trưởng, …`)
        if phrase.last < len(toks) and toks[phrase.last].is_cap_word:
            continue  # a name the rules did not read follows: someone else
        key = fold(" ".join(t.text for t in toks[phrase.first : phrase.last])).lower()
        record = context.held.holder(key)
        if record is None and phrase.last > phrase.head_last:
            title = title_of(doc, toks, phrase)
            record = context.held.written_holder(_written_out(title.text))
            if record is not None:
                context.give(record, title)
        if record is not None:
            found.append((Span(pre, phrase.first, phrase.last), record))
    return found


def _person_at(
    doc: Document,
    toks: list[Token],
    i: int,
    length: int,
    by_last: dict[int, TitlePhrase],
    by_first: dict[int, TitlePhrase],
    listed: list[TitlePhrase] | None,
    people: dict[str, PersonRecord],
    order: list[str],
    used: set[int],
    context: _Context,
    list_end: int = -1,
) -> tuple[PersonRecord, int, int] | None:
    """The person named at toks[i:i+length], with the titles around the name, the index one past them and
    the first token of the mention (titles, honorifics and anchor before the name); None for an unanchored
    name."""
    first, last = toks[i], toks[i + length - 1]
    name_end = i + length  # one past the name, its closing dot included
    dotted = name_end < len(toks) and toks[name_end].text == "." and toks[name_end].start == last.end
    anonymised = (
        (len(last.text) == 1 and last.text.isupper())
        or initials_length(toks, i) == length  # `N.H.Tr`
        or (length > 1 and dotted and abbreviated_onset(last.text))  # `Đỗ Ngọc Th.`: a given name's onset
    )
    if anonymised and dotted:
        last = toks[i + length]  # `Nguyễn Văn A.`: the dot is part of an anonymised name
        name_end += 1
    name = doc.text[first.start : last.end]
    honorifics: list[str] = []
    before = _honorifics_before(doc, toks, i, honorifics)
    own_anchor = bool(honorifics) or ends_with_anchor(toks, before)  # `ông`, a degree: the name is placed by itself
    formal = bool(honorifics) or _formal_anchor(toks, before)
    if not (formal or anonymised) and _foreign_place(toks, i, length):
        return None  # `Thị trưởng New York`, `Thái tử Abu Dhabi`: the title's place, read as its holder's name; after
        # a word for a kind of person the place is theirs too (`tỷ phú New York đắc cử …`); after `ông` it is a name
    preceding = (
        _unclaimed(chain_before(toks, before, by_last), used)
        or _title_before_anchor(toks, before, by_last, used, context, name_end)
        or _title_before_comma(toks, before, i + length, by_last, used)
        or _title_before_copula(toks, before, by_last, used)
    )
    if _names_a_facility(toks, preceding[0].first if preceding else before):
        return None  # `Khu di tích Chủ tịch Hồ Chí Minh`, `Nhà tưởng niệm Đại tướng …`: a site named after someone
    if preceding and not honorifics and (_unit_named(toks, i, length) or fold(name).lower() in context.units):
        return None  # `Trưởng Công an huyện Krông Pắk`, `Chủ tịch UBND phường Ngô Quyền`: the unit's own name
    if not honorifics and _after_company_form(toks, before):
        return None  # `giám đốc Công ty TNHH Thương mại Hoàng Gia Phát`: the company's own name
    firm = list_matcher("names_firm_heads.txt", reverse=True).ending_at(toks, before)[0]
    if firm and not honorifics and not preceding:
        return None  # `Văn phòng Luật sư Phạm Sơn`: a firm named after its founder, not the founder; after a title
        # the firm's head ends the title (`Trưởng văn phòng luật sư Lê Văn Hải`, `Giám đốc công ty luật …`)
    start = _mention_start(toks, preceding[0].first if preceding else before)
    after = chain_after(toks, name_end, by_first, context.persons)
    ranked = all(rank_head(toks, p) for p in preceding)
    cited = start > 0 and toks[start - 1].lower == "theo"
    placed = not ranked or (cited and after[0].after_country if after else False)  # a rank alone places no one
    if after and placed and _next_subject(toks, name_end, after):
        after = []  # `Theo ông A, Tổng thống Mỹ cam kết …`, `… và Bộ trưởng B, Thủ tướng hoan nghênh …`
    if after and _holder_word_after(toks, after[-1], by_first):
        after = after[:-1]  # `… Thủ tướng Ireland A, Tổng thống Trump đã …`: the title names the next word's holder
    if preceding and after and chain_runs_into_name(toks, after, by_first):
        after = []  # `Bí thư Tỉnh ủy A, Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh B`: B's titles
    if preceding and after and _before_anchored_name(toks, after[-1].last):
        after = after[:-1]  # `Tổng thống A, Cố vấn an ninh quốc gia, ông B cho rằng`: the last title is B's
    if preceding and after and _unnamed_next_item(toks, start, after, context):
        after = []  # `… có Thứ trưởng A, Thứ trưởng B, Đại sứ Việt Nam tại X cùng …`: the title is the next item's
    titles = preceding + after or cell_titles(toks, i, length, by_first, by_last)  # a table's title cell
    for header in reversed(listed or []):
        if preceding and not membership(toks, header):
            continue  # `các Phó Thủ tướng: A, B, Bộ trưởng Bộ Quốc phòng C`: C's own post, not the header's
        if all(header.first != t.first for t in titles):
            titles = [header, *titles]  # a list header's title comes first, as the text gives it
    titles = _kept_proxies(titles, preceding, own_anchor)
    weak = before > 0 and (  # after a colon, `gồm`, or in a list of people (`các đồng chí: A, B, C`)
        toks[before - 1].lower in _WEAK_ANCHORS
        or (before - 1 == list_end and toks[before - 1].lower in {",", "và"})
        or (before > 1 and toks[before - 1].text in {"-", "–", "+"} and toks[before - 2].text in {":", ";"})
    )  # `… các ông: - A, Vụ phó …; - B, …`: an item of a list with dashes
    if not honorifics and not preceding and after_unit(toks, before):
        return None  # `phường Châu Phú A`, `xã Nguyễn Huệ`: a place named like a person
    if not honorifics and not preceding and _after_school(toks, before):
        return None  # `Trường Tiểu học Trần Cao Vân (quận …)`: a school named after someone
    strong = (  # every anchor but a list's (weak) and `vụ` (`vụ Sơn Trà`: a case may be named after a site): enough
        # to name a person where the text also names a site so (`A (SN 1990, trú …)` beside `đường A`)
        ends_with_anchor(toks, before)
        or after_field(toks, before)
        or (after_regime(toks, before) and any(has_foreign_shape(t.text) for t in toks[i : i + length]))
        or detailed(toks, name_end)
        or detailed_pair(toks, name_end)
        or addressed(toks, before, name_end)
        or acting_person(toks, before, name_end)
        or after_nationality(toks, before)
        or (_opens_apposed_name(toks, before) and apposed_person(toks, name_end))
    )
    anchored = strong or case_of(toks, before) or (weak and not _place_like(toks, i, length))
    foreign = _unanchored_foreign_length(toks, i, context) == length  # `… và Oscar X`
    anchored = anchored or foreign
    if anonymised and not (titles or anchored or honorifics) and _continues_proper_name(toks, before):
        return None  # `Olympic Vật Lý Châu Á`, `Tiểu học Liên Hà A`: the capital letter ends a longer name
    if not titles and not anchored and not honorifics and not anonymised and fold(name).lower() not in people:
        return None  # `đường Lê Lợi`, `Trường THPT Chu Văn An`: a name needs an anchor (DOMAIN §4)
    key = fold(name).lower()
    weakly = not (titles or honorifics or anonymised or strong)
    listed_thing = (weak or foreign) and key in thing_runs()  # read by a list or by its shape alone, not by `vụ`
    if weakly and key not in people and (key in context.sites or listed_thing):
        return None  # `các tuyến đường: A, B` beside `đường A`: the text names a street, a lake, a site so; a person
        # it has named already stays one (`Thủ tướng A` read before a slip writes `sân bay A đã …`). The corpus names
        # things so too (names_thing_runs.tsv: `tàu X Y`, `truyện X Y`, never `ông X Y`)
    record = _record_for(name, people, order)
    record.source = record.source or _placing_cue(toks, before, name_end, titles, honorifics, anonymised, weak)
    record.anonymised = record.anonymised or anonymised
    record.gender = record.gender or _gender(toks, start, i, length)
    record.honorifics.extend(h for h in honorifics if h not in record.honorifics)
    record.mentions.append(Mention(text=name, start=first.start, end=last.end))
    end = i + length
    record.candidate = record.candidate or any(t.sought for t in titles)
    titles = [t for t in titles if not _of_an_unnamed_body(toks, t) and not t.sought]
    if anonymised and _initial_goes_on(toks, name_end):
        titles = []  # `Tổng thống George H. W. Bush`: an initial inside a longer name the rules did not read
    if anonymised and titles and not any(t.current for t in titles) and _accused(toks, before):
        titles = []  # `bị cáo Nguyễn Văn A. (nguyên Giám đốc …)`: a defendant, the post once held tells the case
    if not titles and _beside_post(toks, name_end, by_first):
        record.posted = True
        post = _through_body_name(toks, by_first[name_end + 1])
        if post is not None:
            # the post is this person's: given here (and marked used) so that the body's name after it is not
            # read as the post's holder (`ông A, Chủ tịch UBND xã Tả Văn Chư cho biết`)
            titles = [post]
    for phrase in titles:
        context.give(record, title_of(doc, toks, phrase))
        used.add(phrase.first)
        record.deceased = record.deceased or phrase.deceased
        end = max(end, phrase.last)
    return record, end, start


def _given_name_length(toks: list[Token], i: int, org_closes: frozenset[int]) -> int:
    """The length of a foreign name of two words or more that a Western given name opens at toks[i] where no
    anchor or title stands before it (see _opens_given_name), every word after the given name shaped unlike
    Vietnamese (not `Forest Hội đồng …`: a body's name in two languages), not ending where an organisation's
    mention ends (`Đại học George Washington`); 0 otherwise."""
    if not _opens_given_name(toks, i):
        return 0
    length = _foreign_run_length(toks, i, org_closes)
    if not length:
        return 0
    rest = toks[i + 1 : i + length]
    return length if all(has_foreign_shape(t.text) for t in rest if t.is_cap_word and len(t.text) > 1) else 0


def _foreign_run_length(toks: list[Token], i: int, org_closes: frozenset[int]) -> int:
    """The length of a foreign name of two words or more at toks[i] that does not end where an organisation's
    mention ends (`Đại học George Washington`); 0 otherwise. Both unanchored readings start from it."""
    length = foreign_name_length(toks, i)
    return length if length >= 2 and toks[i + length - 1].end not in org_closes else 0


def _opens_given_name(toks: list[Token], i: int) -> bool:
    """A Western given name (names_foreign_given.txt: `Hillary`, `Kenneth`, `Oscar`) at toks[i] opens a foreign
    name where no anchor or title stands before it (`… đối với Hillary X`, `… và Oscar X`): in an argument's place
    (_argument_place), and no country or place of the gazetteer."""
    if toks[i].text not in load_words("names_foreign_given.txt") or _place_opens(toks, i):
        return False
    return _argument_place(toks, i)


def _argument_place(toks: list[Token], i: int) -> bool:
    """toks[i] stands where a noun phrase is an argument: at the start of its sentence, after a mark that opens a
    clause or after a function word that puts a noun phrase in an argument's place (names_given_openers.txt); not
    after a noun (`dự án Kenton X`, `thư viện Clifford X`) or a capitalised word, which would open a longer name
    (`Quỹ Bill …`)."""
    if i == 0 or toks[i - 1].sentence != toks[i].sentence:
        return True
    before = toks[i - 1]
    return before.text in _GIVEN_MARKS or before.lower in load_words("names_given_openers.txt")


def _unanchored_foreign_length(toks: list[Token], i: int, context: _Context, *, after_person: bool = False) -> int:
    """The length of a foreign name standing with no anchor or title before it: opened by a Western given name
    (_given_name_length) or shaped unlike Vietnamese word by word with a cue of a person (_shaped_name_length);
    0 otherwise. `after_person`: a person's mention ends right before toks[i - 1]."""
    return _given_name_length(toks, i, context.org_closes) or _shaped_name_length(toks, i, context, after_person)


def _shaped_name_length(toks: list[Token], i: int, context: _Context, after_person: bool) -> int:
    """The length of a foreign name of two words or more at toks[i] whose first word is on no list of given names
    (`Ruslan X`, `Abu Y al-Z`), every word shaped unlike a Vietnamese syllable, in an argument's place
    (_argument_place), where something tells a person: it is joined by `và` to a person just named (`… A và Ayad
    al-X`), or a verb only a person is the subject of, a person's details or an apposed noun only a person is
    follows it (`…, Ruslan X đã bị bắt`, `của Salman Y, kẻ đánh bom`). Shape alone is not enough: a club, an
    outlet, a military exercise is written so as well (`với Bayern Munich`, `: Business Insider`, `Key Resolve và
    Foal Eagle`). Not a place, not where an organisation's mention ends, and not a run whose later word is a given
    name (`Sputnik Boris X`: an outlet's name before the person's); 0 otherwise."""
    tok, given = toks[i], load_words("names_foreign_given.txt")
    if not tok.is_cap_word or len(tok.text) < 2 or tok.text in given:
        return 0
    if not _argument_place(toks, i) or _place_opens(toks, i):
        return 0
    length = _foreign_run_length(toks, i, context.org_closes)
    if not length:
        return 0
    words = [t.text for t in toks[i : i + length] if t.is_cap_word and len(t.text) > 1]
    if not all(has_foreign_shape(w) for w in words) or any(w in given for w in words[1:]):
        return 0
    end = i + length
    joined = after_person and toks[i - 1].lower == "và"
    return length if joined or acting_person(toks, i, end) or detailed(toks, end) or apposed_person(toks, end) else 0


_GIVEN_MARKS = frozenset({",", ";", ":", "“", '"', "-", "–"})


def _place_opens(toks: list[Token], i: int) -> bool:
    """A country or a place of the gazetteer starts at toks[i] (`chính phủ Ukraine Petro Poroshenko`)."""
    return bool(country_matcher().length(toks, i) or gazetteer().names.length(toks, i))


def _foreign_place(toks: list[Token], i: int, length: int) -> bool:
    """The run toks[i:i+length] is wholly a country (`Saudi Arabia`) or a place of the gazetteer written unlike
    Vietnamese (`New York`, `Abu Dhabi`, `Buenos Aires`): no one's name. A Vietnamese place may be a person's
    name too (`Hồ Chí Minh`, `Nguyễn Thái Học`), so those stay names; initials (`V.`) are not asked (_person_at)."""
    if country_matcher().length(toks, i) == length:
        return True
    places = gazetteer()
    width, entry = places.names.match(toks, i)
    # a mined place marked `strict` may be a person's name too (`Phoenix`): a place only after its unit word (`bang
    # New Mexico`), as the locations read it; `NOT_A_PLACE` is no place at all
    strict = isinstance(entry, Entry) and "strict" in entry.flags and not after_unit(toks, i)
    named = width == length and isinstance(entry, Entry) and entry != NOT_A_PLACE and not strict
    whole = named or places.admin_names.length(toks, i) == length
    return whole and any(has_foreign_shape(t.text) for t in toks[i : i + length])


def _kept_proxies(titles: list[TitlePhrase], preceding: list[TitlePhrase], own_anchor: bool) -> list[TitlePhrase]:
    """The titles without a representative's post (`đại diện Sở A`) unless the name is anchored on its own (`ông`,
    a degree) and no other post comes before it: `ông B, đại diện Sở A`, `Đại diện Sở A, ông B` keep it; `Phó
    Thủ tướng C, đại diện Bộ D cùng …` lists the post as a guest of its own, and `Đại diện Hội đồng trị sự
    Nguyễn Phước tộc` reads a body's name, not a person. `own_anchor`: an honorific or an anchor word right before
    the name, less than _person_at's `anchored` (details after the name, a list's colon also place a name)."""
    if own_anchor and all(p.proxy for p in preceding):
        return titles
    return [t for t in titles if not t.proxy]


def _unit_named(toks: list[Token], i: int, length: int) -> bool:
    """The name at toks[i:i+length] comes right after an administrative unit word closing a post (`Chủ tịch UBND
    huyện`) and is all a unit's name the gazetteer knows: it names the post's unit, not its holder; a title
    with its unit left unnamed (`Chủ tịch UBND tỉnh Nguyễn Văn A`) is followed by a name no unit bears."""
    return after_unit(toks, i) and gazetteer().admin_names.length(toks, i) >= length


def _beside_post(toks: list[Token], name_end: int, by_first: dict[int, TitlePhrase]) -> bool:
    """`ông A, Chủ tịch UBND xã Tả Văn Chư cho biết`, `bà B – Phó Giám đốc Công ty X`: a post with its body set off
    right after the name, which the title reader did not give to it (the body's name read as someone's, the clause
    read as going on): the name is a post holder's, never an untitled person's. A bare head (`ông A, Chủ tịch Chung
    nói`) or one with a country and a verb after it (`Theo ông A, thủ tướng Singapore đã nói`) is often the next
    clause's subject, so it does not count."""
    if name_end + 1 >= len(toks) or toks[name_end].text not in APPOSITION_SEPARATORS:
        return False
    phrase = by_first.get(name_end + 1)
    return phrase is not None and phrase.last > phrase.head_last and not _next_subject(toks, name_end, [phrase])


_BODY_NAME_WORDS = 4  # syllables of a body's proper name the title reader left out (`Tả Văn Chư`)


def _through_body_name(toks: list[Token], phrase: TitlePhrase) -> TitlePhrase | None:
    """A post `_beside_post` gives, run on through the capitalised words right after it: the rest of the body's
    name, which the title reader stopped before as it read them as a person's (`Chủ tịch UBND xã Tả | Văn Chư`).
    None when those words open a person's name (a surname that is no middle name, a foreign word, an anchor: `ông
    A, Bộ trưởng Bộ Nội vụ Lê Văn B nói`): the post is that person's, as the title reader read it. A
    representative's post places no one after it (_kept_proxies): the words go on the body's name (`bà A, đại diện
    Taxi Hoàng Gia`), but a full Vietnamese name there is the next person's, never the body's (`bà A, đại diện Công
    ty B Nguyễn Văn C cũng đồng ý`)."""
    k = phrase.last
    if phrase.proxy and k < len(toks) and starts_person(toks, k):
        return phrase
    if not phrase.proxy and k < len(toks) and toks[k].gap >= 0 and toks[k].is_cap_word:
        word = toks[k].text
        surname = word in surnames() and word not in middle_names(strong_only=True)  # `Văn Chư`: no full name
        if surname or has_foreign_shape(word) or anchor_matcher().length(toks, k):
            return None
    while k < len(toks) and k - phrase.last < _BODY_NAME_WORDS and toks[k].gap >= 0 and toks[k].is_cap_word:
        k += 1
    return replace(phrase, last=k)


def _placing_cue(
    toks: list[Token],
    before: int,
    name_end: int,
    titles: list[TitlePhrase],
    honorifics: list[str],
    anonymised: bool,
    weak: bool,
) -> str:
    """Which cue placed a name (an internal tag, to measure each cue's precision): the first that holds, in the
    order `_person_at` weighs them."""
    if titles:
        return "title"
    if anonymised:
        return "anonymised"
    if honorifics:
        return "honorific"
    if ends_with_anchor(toks, before):
        length = list_matcher("officials_anchors.txt", reverse=True).ending_at(toks, before)[0]
        return "anchor:" + " ".join(t.lower for t in toks[before - length : before])
    cues = (
        ("field", after_field(toks, before)),
        ("regime", after_regime(toks, before)),
        ("list", weak),
        ("detailed", detailed(toks, name_end) or detailed_pair(toks, name_end)),
        ("addressed", addressed(toks, before, name_end)),
        ("acting", acting_person(toks, before, name_end)),
        ("case", case_of(toks, before)),
        ("nationality", after_nationality(toks, before)),
        ("apposed", _opens_apposed_name(toks, before) and apposed_person(toks, name_end)),
    )
    return next((cue for cue, holds in cues if holds), "known")


def _unclaimed(chain: list[TitlePhrase], used: set[int]) -> list[TitlePhrase]:
    """The titles written right before a name, unless the last was already given to the name before it (`ông A,
    Hạt trưởng Hạt Kiểm lâm Chư Pah cho biết`: the post is A's, and what follows it is the body's place)."""
    return [] if chain and chain[-1].first in used else chain


_WEAK_ANCHORS = frozenset({":", ";", "gồm"})
_HELD_BY_SUBJECT = frozenset({"kiêm", "giữ", "đảm"})  # before a post held (`kiêm vị trí …`)
_POST_WORDS = frozenset({"trí", "chức", "vụ", "nhiệm"})
_SUBJECT_OPENERS = frozenset({",", ";", ":", "-", "–", "“", '"', "(", "theo", "và"})


def _before_organisation(toks: list[Token], i: int, length: int, org_ends: dict[int, int]) -> int:
    """The name at toks[i:i+length] cut before a word the organisations stage reads as opening one (`bác sĩ Hoàng
    Văn A Khoa Hồi sức tích cực`, `Bộ trưởng Quốc phòng Nga Sergei Shoigu Hãng Tass`), two words kept at least."""
    for k in range(i + 2, i + length):
        if toks[k].start in org_ends:
            return k - i
    return length


def _known_then_glued(toks: list[Token], i: int, length: int, people: dict[str, PersonRecord]) -> bool:
    """The name at toks[i:i+length] less its last word is a person read before, and that last word runs on into
    a lower-case word: it opens the next sentence, glued on where a line break was lost."""
    end = i + length
    if end >= len(toks) or not toks[end].is_word or toks[end].is_cap or toks[end].gap != 1:
        return False
    return fold(" ".join(t.text for t in toks[i : end - 1])).lower() in people


def _before_anchored_name(toks: list[Token], k: int) -> bool:
    """A comma, then `ông`/`bà`/`ngài` and a capitalised word at toks[k]: a title written before it is that person's."""
    if k + 2 >= len(toks) or toks[k].text != ",":
        return False
    return toks[k + 1].lower in _FORMAL_ANCHORS and toks[k + 2].is_cap_word


def _continues_proper_name(toks: list[Token], i: int) -> bool:
    """A capitalised word right before toks[i], with no stop or comma between: the name that follows is the tail
    of a longer proper name (`Đan Mạch A.P. Moller`, `Diễn đàn An Ninh Châu Á`), not a person written by a
    surname and an initial, who stands after an anchor (`ông Nguyễn Văn A.`) or a sentence opener (`Theo`). The
    capitalised word must itself stand mid-sentence, after a word on its line: names_stop.txt does not list every
    opener (`Riêng Trần Thị B không đến`, `Cả Nguyễn Văn A và …`)."""
    if i < 2 or not toks[i - 1].is_cap_word or toks[i].gap != 1 or toks[i - 1].text in name_stop_words():
        return False
    return toks[i - 2].is_word and toks[i - 1].joined


def _after_school(toks: list[Token], i: int) -> bool:
    """The words of a school's name (officials_school_heads.txt) end right before toks[i], `trường` among them
    (`Trường Mầm non`, `trường THCS`, `Trường Tiểu học`): the name after them is the school's."""
    heads = list_matcher("officials_school_heads.txt", reverse=True)
    # `Trường` `Tiểu học`, `trường` `ĐH` `Y khoa`: a few words of a school at most
    return any(toks[k].lower == "trường" for k in _phrases_back(toks, i, heads, 3))


_COMPANY_FORM_WORDS = 5  # `TNHH` `Thương mại` `xuất nhập khẩu` `dịch vụ`: a few phrases of form and trade at most
_TRADE_JOINERS = frozenset({"và", "-", "&"})  # `Xây dựng và Thương mại`, `Thương mại - Dịch vụ`


def _after_company_form(toks: list[Token], i: int) -> bool:
    """A company's head and its legal form or trade (orgs_company_forms.txt, officials_company_forms.txt) end
    right before toks[i] (`Công ty TNHH`, `Công ty CP Đầu tư`, `Công ty TNHH Xây dựng và Thương mại`): the
    name after them is the company's, as with a school's."""
    starts = _phrases_back(toks, i, company_forms(), _COMPANY_FORM_WORDS, _TRADE_JOINERS)
    k = min(starts, default=i)
    return k < i and company_heads(reverse=True).ending_at(toks, k)[0] > 0


def _phrases_back(
    toks: list[Token], i: int, phrases: PhraseMatcher[bool], most: int, joiners: frozenset[str] = frozenset()
) -> list[int]:
    """Where each of the phrases (a reversed matcher) read back one after another from toks[i] starts, nearest
    first, at most `most` of them; one of `joiners` may stand between two (a company's `và` of two trades)."""
    starts: list[int] = []
    k = i
    joined = False
    for _ in range(most):
        length = phrases.ending_at(toks, k)[0]
        if not length and starts and not joined and k > 0 and toks[k - 1].lower in joiners:
            length = phrases.ending_at(toks, k - 1)[0]
            if length:
                k -= 1  # the joiner, once: more would run into a list of companies
                joined = True
        if not length:
            break
        k -= length
        starts.append(k)
    return starts


_DECEASED_MARKS = frozenset({"cố"})  # `cố Thủ tướng`: the late, before a title or a name


def _names_a_facility(toks: list[Token], first: int) -> bool:
    """A facility's head (`Khu di tích`, `Nhà tưởng niệm`, `Bảo tàng`, `khu lưu niệm`) right before the title
    or the name at toks[first], past `cố` (`khu tưởng niệm cố Thủ tướng …`)."""
    facilities = gazetteer().facilities
    if first > 0 and toks[first - 1].lower in _DECEASED_MARKS:
        first -= 1
    for j in range(max(0, first - 4), first):
        length = facilities.length(toks, j)
        # a head of one word only capitalised (not `yêu cầu`); one of several words in any case
        if length == first - j and toks[j].first and (toks[j].is_cap or length > 1):
            return True
    return False


def _of_an_unnamed_body(toks: list[Token], title: TitlePhrase) -> bool:
    """`giám đốc một công ty xây dựng`: a lower-case head of some body the text does not name describes
    the person; it is no post (`Giám đốc Công ty X` is)."""
    head = toks[title.first]
    return (
        title.last == title.head_last
        and head.text.islower()
        and title.last < len(toks)
        and toks[title.last].lower == "một"
    )


_LIST_GLUE = frozenset({",", "và", "."})
_ACCUSED_REACH = 60  # tokens walked back over a list of the accused: bounded, so a long list stays linear


def _accused(toks: list[Token], k: int) -> bool:
    """The anonymised name before toks[k] is one of the accused: `bị cáo`, `bị can` … stand before it, or
    before the list it is part of (`Các bị cáo Trần Văn B., Lê Quốc T. và Phạm Văn Đ., nguyên cán bộ …`)."""
    j, floor, depth = k - 1, max(1, k - _ACCUSED_REACH), 0
    sentence = toks[k - 1].sentence
    while j >= floor and toks[j].sentence == sentence:
        text = toks[j].text
        depth += (text == ")") - (text == "(")  # a person's details in brackets: `B. (48 tuổi, nguyên …)`
        if depth == 0 and not (toks[j].is_cap_word or text in _LIST_GLUE or text == "("):
            break
        j -= 1
    return j >= 0 and list_matcher("officials_accused.txt", reverse=True).ending_at(toks, j + 1)[0] > 0


def _initial_goes_on(toks: list[Token], k: int) -> bool:
    """After a name ending in an initial, more of the name at toks[k]: a capitalised word right after its dot
    (`George H. W. Bush`, `Trump H.R.McMaster`)."""
    if k == 0 or k >= len(toks) or toks[k - 1].text != ".":
        return False
    return toks[k].is_cap_word and toks[k].gap <= 1


def _apposed_in_clause(toks: list[Token], i: int, apposed_titles: dict[int, TitlePhrase]) -> int:
    """`gửi thư cho Jean-Claude Juncker, Chủ tịch Ủy ban châu Âu, …`: a foreign name of two words or more inside
    a clause (after a lower-case word), then a separator and a title that no name of its own follows: the title
    is the name's apposition. The name's length, else 0."""
    foreign = foreign_name_length(toks, i)
    phrase = apposed_titles.get(i + foreign)
    if foreign < 2 or phrase is None or gazetteer().names.length(toks, i):
        return 0  # `tại thủ đô New Delhi, Phó Thủ tướng …`: a city before the title
    after = phrase.last
    if after + 1 < len(toks) and toks[after].text == "," and toks[after + 1].is_cap_word:
        return 0  # `…, Phó Thủ tướng, Bộ trưởng Ngoại giao A`: a chain of titles that a name of its own closes
    return foreign if after >= len(toks) or not toks[after].is_cap_word else 0


def _opens_delegate(toks: list[Token], i: int) -> bool:
    """A capitalised word that may open a delegate's foreign name in a list: at the sentence's start, after a
    separator, `và`, `có`, `gồm` or an anchor (not `tại Saint Petersburg, …`), and no anchor or opener itself
    (`Ông Wu Xinbo`)."""
    tok = toks[i]
    if not tok.is_cap_word or tok.text in name_stop_words() or anchor_matcher().length(toks, i):
        return False
    if i == 0:
        return True
    before = toks[i - 1]
    return before.text in _ITEM_OPENERS or before.lower in _ITEM_WORDS or ends_with_anchor(toks, i)


def _after_theo(toks: list[Token], i: int) -> bool:
    """`Theo A B - Bộ trưởng …,`: a capitalised word right after `theo` opens the source's name, which an
    apposed title then places (not an anchor or opener itself)."""
    tok = toks[i]
    if i == 0 or toks[i - 1].lower != "theo" or not tok.is_cap_word or tok.text in name_stop_words():
        return False
    return not anchor_matcher().length(toks, i)


_ITEM_OPENERS = frozenset({",", ";", ":", "(", "-", "–"})
_ITEM_WORDS = frozenset({"và", "có", "gồm", "cùng"})
_NOT_A_VERB = frozenset({"và", "cùng", "kiêm", "với"})


_LIST_CLOSERS = frozenset({"cùng", ";"})


def _unnamed_next_item(toks: list[Token], start: int, after: list[TitlePhrase], context: _Context) -> bool:
    """A name placed by the title before it, in a list of such items (the person named last ends right before its
    comma: `Thứ trưởng A, Thứ trưởng B, …`), then one title with its body or country that closes the list (`cùng`,
    `;` after it): that title is an item of its own whose holder the text does not name (`…, Đại sứ Việt Nam tại X
    cùng nhiều quan chức`), not a second post of the name before it. A bare title (`…, Trưởng đoàn cùng các thành
    viên`) names the post of the name before it."""
    if len(after) != 1 or start < 2 or toks[start - 1].text != "," or not context.recent:
        return False
    phrase = after[0]
    if phrase.last == phrase.head_last or phrase.last >= len(toks) or toks[phrase.last].lower not in _LIST_CLOSERS:
        return False
    before = context.recent[-1]
    if not before.titles:
        return False  # `Ông A, Bộ trưởng Bộ X B, Trưởng Ban Y cùng …`: A is no `Title Name` item, B's list is his own
    return bool(before.mentions) and before.mentions[-1].end == toks[start - 2].end


def _holder_word_after(toks: list[Token], phrase: TitlePhrase, by_first: dict[int, TitlePhrase]) -> bool:
    """A title after the name with no organisation of its own (a bare head, or one that ends in a country), directly
    followed by one capitalised word that opens no title and then a lower-case word: that word is the short name of
    the title's own holder (`…, Tổng thống Trump đã …`), so the title is not a post of the name before it. Constant
    work."""
    k = phrase.last
    if not (k == phrase.head_last or phrase.after_country) or k in by_first or k + 1 >= len(toks):
        return False
    word, nxt = toks[k], toks[k + 1]
    return (
        word.is_cap_word
        and word.text not in name_stop_words()
        and not anchor_matcher().length(toks, k)
        and nxt.is_word
        and not nxt.is_cap
        and not is_word(f"{word.text} {nxt.text}")  # `…, Bộ trưởng Chủ nhiệm Văn phòng …`: a second head, no name
    )


def _next_subject(toks: list[Token], k: int, after: list[TitlePhrase]) -> bool:
    """After a name already placed by a title or by `Theo`, a comma and a title with no organisation but a
    country, then a verb in lower case: the title is the subject of the next clause, not the name's."""
    phrase = after[0]
    bare = (phrase.last == phrase.head_last or phrase.after_country) and not (
        phrase.last < len(toks) and org_vocabulary().length(toks, phrase.last)
    )  # `…, Trưởng đoàn kiểm tra nêu rõ`: words of an organisation go on, no verb
    nxt = toks[phrase.last] if phrase.last < len(toks) else None
    return (
        k < len(toks)
        and toks[k].text == ","
        and bare
        and nxt is not None
        and nxt.is_word
        and not nxt.is_cap
        and nxt.lower not in _NOT_A_VERB
        and not (nxt.lower in title_place_links() and _place_phrase_closes(toks, phrase.last + 1))
    )  # `…, trưởng khoa X ở Viện Y.`: the title carried on to where the post is


@cache
def title_place_links() -> frozenset[str]:
    """Words that carry a title on to where the post is (officials_title_place_links.txt): `ở`, `tại`."""
    return load_words("officials_title_place_links.txt")


_PLACE_PHRASE_REACH = 8  # tokens of the place phrase after `ở`/`tại`
_PLACE_PHRASE_ENDS = frozenset({",", ".", ")", ";"})


def _place_phrase_closes(toks: list[Token], k: int) -> bool:
    """A place phrase at k of a few tokens that ends at a comma, a full stop, a closing bracket or the sentence's
    end: capitalised words, and a lower-case syllable right after a capitalised one (`Viện Kinh tế`); more
    lower-case words (`Viện Phát triển sáng tạo`) only when a bracket closes the phrase (`(Nga)`): no verb follows
    it (`Tổng thống Mỹ ở Nhà Trắng cam kết …` opens a clause). At most `_PLACE_PHRASE_REACH` tokens."""
    if k >= len(toks) or not toks[k].is_cap_word:
        return False
    loose = False
    for j in range(k + 1, min(len(toks), k + _PLACE_PHRASE_REACH) + 1):
        if j == len(toks) or toks[j].text in _PLACE_PHRASE_ENDS:
            return not loose
        tok = toks[j]
        if tok.text == "(":
            return True  # `Viện Phát triển sáng tạo (Nga)`: the phrase's country in brackets
        if tok.is_cap_word:
            continue
        if not tok.is_word:
            return False
        loose = loose or not toks[j - 1].is_cap_word
    return False


def _gender(toks: list[Token], start: int, i: int, length: int) -> str | None:
    """`ông`/`anh` before the name: a man; `bà`/`chị`/`cô` or the middle name `Thị`: a woman."""
    if any(t.text == "Thị" for t in toks[i + 1 : i + length]):
        return "f"
    return _anchor_gender(toks[start].lower) if start < i else None


def _anchor_gender(word: str) -> str | None:
    """The gender a word of address tells of the person it names: `ông` a man, `bà` a woman, a kin word's from
    its table (`anh`, `chị`, `cô`); None for the others (`em`, `đồng chí`)."""
    return address_genders().get(word)


def _mention_start(toks: list[Token], k: int) -> int:
    """Back over `nguyên`/`cố` and an anchor (`ông`, `đồng chí`) written before the titles or the name."""
    if k > 0 and toks[k - 1].lower in {"nguyên", "cựu", "cố", "tân"}:
        k -= 1
    for j in range(max(0, k - 3), k):
        if anchor_matcher().length(toks, j) == k - j:
            return j
    return k


def _title_before_anchor(
    toks: list[Token],
    before: int,
    by_last: dict[int, TitlePhrase],
    used: set[int],
    context: _Context,
    name_end: int,
) -> list[TitlePhrase]:
    """`Phó Chủ tịch Thường trực UBND TP ông A`, `Giám đốc Sở Xây dựng, ông B`, `Bộ trưởng Bộ Y tế – bà C`: a
    title, a comma or a dash, then `ông`/`bà`/`đồng chí` before the name (ending at `name_end`); the title is the
    person's unless it is already another's or names a group."""
    k = _mention_start(toks, before)
    if k == before:
        return []
    if k > 0 and toks[k - 1].text in {",", "-", "–", "("}:
        k -= 1  # `Chánh Văn phòng Tổng thống (ông A)`
    end = k if k in by_last else _before_placing(toks, k, by_last)  # `Chủ tịch UBND xã A, huyện B (Đắk Nông) - ông C`
    phrase = by_last.get(end)
    rest_of = None
    if phrase is None and toks[k].text == ",":
        rest_of = phrase = _title_with_rest(toks, k, by_last, name_end)  # `Giám đốc điều hành (CEO) hãng Tesla, ông A`
    described = None if phrase is not None or toks[k].text != "," else _title_before_description(toks, k, by_last)
    if described is not None and (_opens_clause(toks, described.first) or not _verb_after(toks, name_end)):
        end, phrase = described.last, described  # `Giám đốc Hội đồng A, cố vấn của Tổng thống, ông B, …`
    if phrase is None or phrase.first in used or counted(toks, phrase.first) or _predicate(toks, phrase.first):
        return []
    if delegation_matcher().ending_at(toks, phrase.first)[0]:
        return []  # `thừa ủy quyền của Chủ tịch nước, đồng chí A`: the title is the one A acts for
    if toks[k].text == "," and _addressed(toks, phrase.first) and _verb_after(toks, name_end):
        return []  # `thư gửi Giám đốc A, ông B viết`: the title is the addressee's; B opens the next clause
    if owner_of_noun(toks, phrase) and toks[k].text not in DASHES and _clause_goes_on(toks, name_end):
        # `quyết định của Thủ tướng, ông A nói`: the owner is not A; `Thư ký cấp cao của Tổng thống Hàn Quốc, ông
        # B là …`: a post serving the owner is B's, whole
        server = _post_serving(toks, modified_start(toks, phrase) - 1, by_last)
        return [replace(server, last=phrase.last)] if server is not None and server.first not in used else []
    if (
        phrase.first > 1
        and toks[phrase.first - 1].lower in _POST_WORDS
        and any(t.lower in _HELD_BY_SUBJECT for t in toks[max(0, phrase.first - 4) : phrase.first - 1])
    ):
        return []  # `B, người đang kiêm vị trí Cục trưởng …, bà C hy vọng`: the post is the subject's
    if phrase.last == phrase.head_last:
        key = fold(" ".join(t.text for t in toks[phrase.first : phrase.last])).lower()
        if context.held.holder(key) is not None:
            return []  # `Đáp lời Thủ tướng, ông A`: the Prime Minister named earlier, not A
    if rest_of is not None:  # the title stretched over its rest, to the comma (or to a place in brackets before it)
        return [*chain_before(toks, rest_of.last, by_last)[:-1], replace(rest_of, last=_before_place_bracket(toks, k))]
    return chain_before(toks, end, by_last)


_PLACE_TAIL_WORDS = 4  # capitalised words of a unit's name after its unit word (`huyện Đông Hòa`)
_PLACE_BRACKET_WORDS = 5  # words of a province in brackets, its unit word included (`(tỉnh Bà Rịa - Vũng Tàu)`)


def _before_placing(toks: list[Token], k: int, by_last: dict[int, TitlePhrase]) -> int:
    """Where a title ends when only places stand between it and the separator at toks[k] (`Chủ tịch UBND huyện A
    (Bình Định), ông B`, `Chủ tịch UBND xã A, huyện B (Đắk Nông) - ông C`): a province in brackets, perhaps after
    a comma and the unit above the post's own; they place its unit, the post ended before them. k when no title
    ends there. The unit above after a comma is cut with no bracket too (`Phó Chủ tịch UBND xã A, huyện B, bà C`):
    the gold reads it as the commune's address, not the title's (`Chủ tịch UBND xã …` without `, huyện …`)."""
    j = _before_place_bracket(toks, k)
    m = j
    while m > j - _PLACE_TAIL_WORDS and m > 2 and toks[m - 1].is_cap_word:
        m -= 1
    unit = _unit_before(toks, m) if m < j else -1
    if unit > 0 and toks[unit - 1].text == "," and unit - 1 in by_last:
        return unit - 1
    return j if j in by_last else k


def _unit_before(toks: list[Token], m: int) -> int:
    """Where an administrative unit word (`huyện`, `tỉnh`, `TP`) ending right before toks[m] starts; -1 when none."""
    units = gazetteer().units
    return next((u for u in range(max(0, m - 3), m) if units.length(toks, u) == m - u), -1)


def _before_place_bracket(toks: list[Token], k: int) -> int:
    """Where a bracket holding only a province or a country (after a unit word or not) opens, when it closes right
    before toks[k] (`(Bình Định)`, `(tỉnh Quảng Nam)`, `(Iraq)`); k when no such bracket closes there."""
    if k < 3 or toks[k - 1].text != ")":
        return k
    for j in range(k - 3, max(-1, k - 3 - _PLACE_BRACKET_WORDS), -1):
        if toks[j].text == "(":
            inner = j + 1 + gazetteer().units.length(toks, j + 1)
            place = max(place_matcher().length(toks, inner), country_matcher().length(toks, inner))
            return j if inner < k - 1 and place == k - 1 - inner else k
    return k


_NAME_CLOSERS = frozenset({".", ";", ":", "!", "?", "và", "”", '"'})


_DESCRIPTION_WINDOW = 20  # tokens of a description between a title's comma and the comma before `ông A`


def _title_before_description(toks: list[Token], comma: int, by_last: dict[int, TitlePhrase]) -> TitlePhrase | None:
    """`Giám đốc Hội đồng A, cố vấn chính của Tổng thống về thương mại, ông B`: a title, a comma, then a description
    of its holder (a person's noun, names_apposed_heads.txt, or a post in lower case) in words without punctuation
    but brackets, then the comma at toks[comma] before `ông`/`bà` and the name: the title ending at the
    description's comma, else None. The scan back is bounded by `_DESCRIPTION_WINDOW`."""
    for j in range(comma - 1, max(0, comma - _DESCRIPTION_WINDOW) - 1, -1):
        tok = toks[j]
        if tok.text == ",":
            break
        if not (tok.is_word or tok.kind == "number" or tok.text in {"(", ")"}):
            return None
    else:
        return None
    if j + 1 >= comma or toks[j + 1].is_cap:
        return None  # `Giám đốc A, Chủ tịch B, ông C`: titles chained, read by chain_before
    phrase = by_last.get(j)
    if phrase is None or not (apposed_person(toks, j) or title_matcher().length(toks, j + 1)):
        return None
    return phrase


def _addressed(toks: list[Token], first: int) -> bool:
    """A word that takes the title at toks[first] as its object (officials_addressee_cues.txt: `gửi`, `gặp`,
    `với`) ends right before the title's mention: `thư gửi Giám đốc A`, `cuộc gặp với Thủ tướng B`."""
    start = _mention_start(toks, first)
    return bool(list_matcher("officials_addressee_cues.txt", reverse=True).ending_at(toks, start)[0])


def _verb_after(toks: list[Token], name_end: int) -> bool:
    """A lower-case word follows the name (`ông B viết`): the name goes on as a subject, not set off; a linking
    word (officials_name_links.txt: `ông B tại Bắc Kinh`, `ông B và bà C`) is no verb of its own."""
    if not _clause_goes_on(toks, name_end) or not toks[name_end].is_word or toks[name_end].is_cap:
        return False
    return toks[name_end].lower not in load_words("officials_name_links.txt")


def _clause_goes_on(toks: list[Token], name_end: int) -> bool:
    """A word or a comma follows the name: it is the subject of a clause (`quyết định của Thủ tướng, ông A nói
    …`), not an apposition closing the owner's phrase (`lời mời của Chủ tịch WEF, ông Klaus Schwab.`). Of the
    corpus's titles after `của` set off by a comma before a name, 10 of 10 so followed were not the name's, and the
    3 closed by `.` or `và` were."""
    return 0 < name_end < len(toks) and toks[name_end].lower not in _NAME_CLOSERS


_SERVING_QUALIFIERS = 2  # lower-case words between a post and the `của` of the one it serves (`cấp cao`)


def _post_serving(toks: list[Token], of: int, by_last: dict[int, TitlePhrase]) -> TitlePhrase | None:
    """The title that ends right before `của` at toks[of], perhaps through a lower-case qualifier or two
    (`Thư ký cấp cao của …`, `cố vấn của …`); None when none."""
    if toks[of].lower != "của":
        return None  # `của A và Thủ tướng`: owners joined, no post before them
    for k in range(of, max(0, of - _SERVING_QUALIFIERS) - 1, -1):
        if k < of and (toks[k].is_cap or not toks[k].is_word):
            return None
        if k in by_last:
            return by_last[k]
    return None


_REST_WINDOW = 9  # tokens of a title's unread rest before `, ông A`
_REST_LOWER = 4  # lower-case words in it
_PORTFOLIO_LOWER = 7  # lower-case words in it when it opens with the post's portfolio (`phụ trách …`)
_COPULA = "là"


def _title_with_rest(
    toks: list[Token], comma: int, by_last: dict[int, TitlePhrase], name_end: int
) -> TitlePhrase | None:
    """The title whose organisation the title rules read only in part, before the comma of `, ông A`: a title
    opening its clause, or any title when the name closes the clause (`… cùng với đại sứ Trung Quốc ở Washington,
    ông A.`: an apposition), then a rest closed by a capitalised name, perhaps with its place in brackets
    (`Giám đốc điều hành (CEO) hãng xe điện Tesla, ông A`, `Giám đốc tài chính của Bayer Pharma, ông B`, `Phó
    Chủ tịch Hội đồng tỉnh X (Iraq), ông C`); the rest has no punctuation but brackets, no verb, at most
    `_REST_LOWER` lower-case words (`_PORTFOLIO_LOWER` when it opens with the post's portfolio (`Phó Chủ tịch
    phụ trách bộ phận thư tín của Proofpoint, ông D`)). The phrase as read; None otherwise."""
    comma = _before_place_bracket(toks, comma)
    if comma < 2 or not toks[comma - 1].is_cap_word:
        return None
    for m in range(comma - 1, max(0, comma - _REST_WINDOW) - 1, -1):
        phrase = by_last.get(m)
        if phrase is not None:
            break
        tok = toks[m]
        if not (tok.is_word or tok.kind == "number" or tok.text in {"(", ")"}) or starts_role_cue(toks, m):
            return None
    else:
        return None
    rest = toks[phrase.last : comma]
    portfolio = list_matcher("officials_portfolio_openers.txt").length(toks, phrase.last, whole_words=True)
    lower = _PORTFOLIO_LOWER if portfolio else _REST_LOWER
    if sum(1 for t in rest if t.is_word and not t.is_cap) > lower:
        return None
    if any(t.lower in _FORMAL_ANCHORS or t.lower == _COPULA for t in rest):
        return None  # `bầu Phó Chủ tịch là ông A, ông B và …`: the rest names the holder, a list goes on
    if not _opens_clause(toks, phrase.first) and _clause_goes_on(toks, name_end):
        return None  # `Sau cuộc gặp với Thủ tướng Anh, ông A nói`: the title ends a phrase about someone else
    return phrase


def _title_before_copula(
    toks: list[Token], before: int, by_last: dict[int, TitlePhrase], used: set[int]
) -> list[TitlePhrase]:
    """`Thủ tướng Ấn Độ lúc đó là bà A`, `Tổng giám đốc của công ty là ông B`: a title opening its clause, a
    word of time perhaps, `là`, then `ông`/`bà` before the name: the title is the name's. Not a title after a
    noun that owns it (`Phu nhân của Thủ tướng … là bà C`, `ứng cử viên Tổng thống … là bà D`), nor one that
    names a group (`2 Phó Chủ tịch mới là ông E`). Without `ông`/`bà`, only a word of a past time before `là`
    ties the name to the title (`Thủ tướng Anh khi đó là John Smith`): a bare `là` may define the post."""
    anchored = before > 1 and toks[before - 1].lower in _FORMAL_ANCHORS
    cop = before - 1 - anchored  # `là`
    found = _title_then_copula(toks, cop, by_last)
    if found is None:
        return []
    time, held = found
    if not anchored and held != "no":
        return []
    phrase = by_last[cop - time]
    if phrase.first in used or counted(toks, phrase.first):
        return []
    chain = chain_before(toks, cop - time, by_last)
    if not _opens_clause(toks, chain[0].first):
        return []
    if held == "no":  # `Thủ tướng Ấn Độ lúc đó là bà A`: the post held then
        chain = [replace(p, ended=True) for p in chain]
    return chain


def _after_past_copula(toks: list[Token], i: int, by_last: dict[int, TitlePhrase]) -> bool:
    """`là` right before toks[i], a word of a past time before it (officials_copula_times.tsv, current `no`: `khi
    đó`, `lúc đó`) and a title right before that (`Thủ tướng Anh khi đó là John Smith`): the name after `là` held
    the post then."""
    if i < 3:
        return False
    found = _title_then_copula(toks, i - 1, by_last)
    return found is not None and found[1] == "no"


def _title_then_copula(toks: list[Token], cop: int, by_last: dict[int, TitlePhrase]) -> tuple[int, str | None] | None:
    """`là` at toks[cop], perhaps a word of time before it (officials_copula_times.tsv: `khi đó`, `lúc đó`), and a
    title ending right before that: the time word's length (0 without one) and whether it tells the post is held
    then (its `current` cell: `no` for a past time; None without a time word); None without `là` or the title."""
    if cop < 1 or toks[cop].lower != "là":
        return None
    time, held = copula_times().ending_at(toks, cop)
    if cop - time not in by_last:
        return None
    return time, held if time else None


_CLAUSE_OPENERS = frozenset({",", ";", ":", "(", "“", '"', "-", "–", "còn", "và", "nhưng", "lời", "theo"})


def _placed_initials(toks: list[Token], i: int, by_last: dict[int, TitlePhrase], appositions: set[int]) -> int:
    """A name written as initials (`N.V.H`) where a person stands: after an anchor (`ông N.V.H`) or a title
    (`Giám đốc Công ty A N.V.H`), or before a comma and a title (`N.V.H, Giám đốc …`); 0 elsewhere (`T.H` of a
    credit is read as one)."""
    length = initials_length(toks, i)
    if not length:
        return 0
    end = i + length + int(i + length < len(toks) and toks[i + length].text == "." and toks[i + length].gap == 0)
    placed = ends_with_anchor(toks, i) or i in by_last or end in appositions
    return length if placed else 0


def _between_commas(toks: list[Token], i: int, length: int) -> bool:
    """A name of `length` tokens at toks[i] set off by commas, a title right before the first one."""
    return length > 0 and i + length < len(toks) and toks[i + length].text == "," and toks[i - 1].text == ","


def _set_off(toks: list[Token], i: int, length: int, title: TitlePhrase) -> bool:
    """The name at toks[i:i+length] after a title and a comma is the title's holder: set off by a second comma
    (`Chủ tịch LR, François Baroin, lo ngại`), or the subject of the verb after it when the title opens its
    clause (`Phát ngôn viên Bộ Ngoại giao Mỹ, Katrina Adams cho biết`; not `Sau cuộc gặp với Thủ tướng Anh, A
    nói`, where the title ends a phrase about someone else)."""
    if _between_commas(toks, i, length):
        return True
    end = i + length
    verb = length > 0 and end < len(toks) and toks[end].is_word and not toks[end].is_cap
    return verb and toks[end].lower not in _NOT_A_VERB and _opens_clause(toks, title.first)


def _opens_clause(toks: list[Token], first: int) -> bool:
    """The title at toks[first] (with the titles chained before it) opens its sentence or clause, or follows a
    speech cue (`dẫn lời`): nothing before it owns it (`vợ của Thủ tướng`, `ứng cử viên Tổng thống`)."""
    opener = _mention_start(toks, first) - 1
    return opener < 0 or toks[opener].lower in _CLAUSE_OPENERS


def _title_before_comma(
    toks: list[Token], before: int, end: int, by_last: dict[int, TitlePhrase], used: set[int]
) -> list[TitlePhrase]:
    """`Chủ tịch LR, François Baroin, lo ngại …`, `Giám đốc Sở Y tế, Trần Văn B, cho biết`, `Phát ngôn viên Bộ
    Ngoại giao Mỹ, Katrina Adams cho biết`: a title, then the name set off by a comma (_set_off): the title is
    the name's unless another name holds it already."""
    phrase = by_last.get(before - 1) if before > 1 and toks[before - 1].text == "," else None
    if phrase is None or not _set_off(toks, before, end - before, phrase):
        return []
    if phrase.first in used or counted(toks, phrase.first) or _predicate(toks, phrase.first):
        return []
    if owner_of_noun(toks, phrase) and _clause_goes_on(toks, end):
        return []  # `theo đề nghị của Bộ trưởng Bộ Y tế, Trần Văn B sẽ …`: the minister owns the proposal
    return chain_before(toks, before - 1, by_last)


_PREDICATE_VERBS = frozenset({"làm"})


def _predicate(toks: list[Token], first: int) -> bool:
    """`… thời ông A làm Bộ trưởng Bộ X, ông B …`: the title right after a name and `làm` is what the clause
    says of that name, not a title set off before the next one (`được bổ nhiệm làm Giám đốc Sở, ông B` is B's)."""
    return first > 1 and toks[first - 1].lower in _PREDICATE_VERBS and toks[first - 2].is_cap_word


def _admits_foreign(toks: list[Token], i: int) -> bool:
    """A person's anchor that is no formal address (`luật sư`, `nghi phạm`, `ca sĩ`, `tên là`) ends right before
    toks[i], where a foreign name may follow (`luật sư Marc Kasowitz`, `nghi phạm Salman Abedi`); not a country
    read as the anchor (`quyền Anh Floyd …`: `Anh`), not a country opening the name (`sinh viên Mỹ Otto …`: the
    nationality, see after_nationality), not after a plural (`các cầu thủ Manchester United`), not an anchor that
    also names things (`có tên Abu Sayyaf`, `lái xe Ford Ranger`: officials_anchors_things.txt)."""
    return not country_matcher().length(toks, i) and _person_anchor(toks, i)


def _person_anchor(toks: list[Token], i: int) -> bool:
    """An anchor of one person ends right before toks[i] (see _admits_foreign)."""
    length = list_matcher("officials_anchors.txt", reverse=True).ending_at(toks, i)[0]
    if not length:
        return False
    start = i - length
    if country_matcher().length(toks, start) or (start > 0 and toks[start - 1].lower in _PLURALS):
        return False
    return " ".join(t.lower for t in toks[start:i]) not in load_words("officials_anchors_things.txt")


_PLURALS = frozenset({"các", "những", "nhiều", "mấy"})


def _opens_apposed(toks: list[Token], i: int) -> bool:
    """toks[i] opens a clause where a name may stand as its subject or a source (`Theo A B, …`, `…; A B, …`), and is
    no Vietnamese word opening the sentence (`Sau James Comey, …`): a word shaped unlike Vietnamese or a surname
    (`Kim Dong-yub`)."""
    tok = toks[i]
    if not (has_foreign_shape(tok.text) or tok.text in surnames()) or anchor_matcher().length(toks, i):
        return False
    return _opens_apposed_name(toks, i)


def _opens_apposed_name(toks: list[Token], i: int) -> bool:
    """A name at toks[i] opens its sentence or a clause (`Theo A, …`, `…, A, người …`): not inside a place's or a
    body's name (`Bệnh viện Bạch Mai, người bệnh …`, `dòng máu Lạc Hồng, người …`)."""
    return i == 0 or toks[i - 1].sentence != toks[i].sentence or toks[i - 1].lower in _APPOSED_OPENERS


_APPOSED_OPENERS = frozenset({",", ";", ":", "(", "“", '"', "theo", "và", "là"})


def apposed_person(toks: list[Token], k: int) -> bool:
    """A comma or a dash after a name at toks[k], then a noun only a person is (names_apposed_heads.txt: `luật sư`,
    `chuyên gia`, `người kế nhiệm`, `con gái`), perhaps after `một`, `cựu`, `nữ`: `A B, luật sư về …`, `A B – giáo
    sư …`. The posts (`cựu Giám đốc`) are titles, read apart; `người` before a word of a post or of people in
    general (`người phát ngôn`, `người dân`) is none (names_apposed_not.txt)."""
    if k + 2 >= len(toks) or toks[k].text not in APPOSITION_SEPARATORS:
        return False
    j = k + 1
    while j < len(toks) and j - k <= 3 and toks[j].lower in _HEAD_MODIFIERS:
        j += 1
    if j >= len(toks) or not toks[j].is_word or toks[j].is_cap:
        return False
    if list_matcher("names_apposed_not.txt").length(toks, j):
        return False
    length = list_matcher("names_apposed_heads.txt").length(toks, j)
    if length == 1 and toks[j].lower == "người":  # `người kế nhiệm`, not `người Cộng hòa` nor `người,`
        return j + 1 < len(toks) and toks[j + 1].is_word and not toks[j + 1].is_cap
    return bool(length)


_HEAD_MODIFIERS = frozenset({"một", "cựu", "nữ", "vị"})


def _after_honorific(toks: list[Token], i: int) -> bool:
    """A degree or an honour (`GS`, `TS.`, `Sheikh`) ends right before toks[i]: a foreign name may follow it as it
    follows a title (`GS Kang Jun-young`)."""
    return any(honorific_matcher().length(toks, k) == i - k for k in range(max(0, i - 4), i))


def after_nationality(toks: list[Token], i: int) -> bool:
    """A person's anchor, then a country (perhaps after `người`) right before toks[i]: `ca sĩ người Mỹ Ariana
    Grande`, `sinh viên Mỹ Otto Warmbier`, `ông Đức Falko Goetz`: the name follows the nationality."""
    for start in range(max(1, i - 3), i):
        if toks[start].is_cap and country_matcher().length(toks, start) == i - start:
            k = start - int(toks[start - 1].lower == "người")
            return _formal_anchor(toks, k) or _person_anchor(toks, k)
    return False


def _formal_anchor(toks: list[Token], i: int) -> bool:
    """`ông`, `bà`, `ngài`, `đồng chí` right before toks[i]: a foreign name may follow."""
    if i > 0 and toks[i - 1].lower in _FORMAL_ANCHORS:
        return not place_matcher().length(toks, i - 1)  # `Bà Rịa-Vũng Tàu` is a province
    return i > 1 and toks[i - 2].lower == "đồng" and toks[i - 1].lower == "chí"


def _place_like(toks: list[Token], i: int, length: int) -> bool:
    """After a colon alone or in a list, a place (`như: Gò Công Đông (Tiền Giang), …`), a street or facility
    named after someone (`Đường Hoàng Minh Giám`) or the start of an organisation (`…, Đoàn Luật sư tỉnh`) is
    no person."""
    places = gazetteer()
    end = i + length
    glued = not toks[end - 1].last and end < len(toks) and toks[end].is_word and not toks[end].is_cap
    return (
        glued  # `Đoàn Luật sư`: the last syllable makes a word with the next one
        or toks[i].text in load_words("names_place_heads.txt")
        or places.admin_names.length(toks, i) >= length
        or places.names.length(toks, i) >= length
    )


def _positional_name(toks: list[Token], i: int) -> int:
    """A name after a title ending in a country: two to four capitalised words (`Aung San Suu Kyi`)."""
    run = capitalised_run(toks, i, 4)
    if run < 2 or any(title_matcher().length(toks, k) for k in range(i, i + run)):
        return 0
    heads = [k for k in range(i + 2, i + run) if company_heads().length(toks, k) or _runs_on_at(toks, k)]
    run = heads[0] - i if heads else run  # `Sergei Shoigu Hãng Tass`: a company's name begins
    return run - 1 if glued_opener([t.text for t in toks[i : i + run]]) else run


def _runs_on_at(toks: list[Token], k: int) -> bool:
    """A caption's name runs on at toks[k] into the next sentence (`Thủ tướng Anh A B Tuy nhiên, …`, a stop word of
    names_stop.txt) or into the photo's credit (`… A B Ảnh: Reuters`)."""
    return toks[k].text in load_words("names_stop.txt") or credit_at(toks, k)


def _ends_lower_place(toks: list[Token], i: int) -> bool:
    """toks[i] goes on a place of the gazetteer written with a lower-case first word right before it (`châu Âu`,
    `châu Á`): a syllable of the place, no name's start. Asked only where a lower-case word precedes a capital."""
    if i == 0 or not toks[i].is_cap_word or not toks[i - 1].is_word or toks[i - 1].is_cap or toks[i].gap != 1:
        return False
    return gazetteer().names.length(toks, i - 1) > 1


def inside_place(toks: list[Token], i: int) -> bool:
    """A place's name that opens up to three words before toks[i] runs on past it (`Thái Bình Dương` before
    `Hạ viện`, the ward `Tân Sơn Nhất`): toks[i] is a syllable of the place, no surname opening a name. The places
    are read left to right, each from the end of the one before, so a place ending right before the name (`Hà
    Nội` before `Hoàng …`) hides any other that would start inside it."""
    places = gazetteer()
    k = max(0, i - 3)
    while k < i:
        if not all(t.is_cap_word and t.gap == 1 for t in toks[k + 1 : i + 1]) or not toks[k].is_cap_word:
            k += 1
            continue
        length = max(places.names.length(toks, k), places.admin_names.length(toks, k))
        if length > i - k:
            return True
        k += max(length, 1)
    return False


def _record_for(name: str, people: dict[str, PersonRecord], order: list[str]) -> PersonRecord:
    key = fold(name).lower()
    bare = key.rstrip(".")
    if bare != key and bare in people:  # `T.T.M.C` read before `T.T.M.C.`: one person, named with the dot
        record = people[bare]
        del people[bare]  # through `_People.__delitem__`, which keeps the count of given names
        record.name = name
        people[key] = record
        order[order.index(bare)] = key
    if key not in people and f"{key}." in people:
        return people[f"{key}."]  # `Nguyễn Văn A` after `Nguyễn Văn A.`
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
    part = (
        named_part(tok, people.values(), anchor=toks[i - 1].lower) if anchored and has_foreign_shape(tok.text) else None
    )
    if part is not None:  # `ông Hwang` after `Hwang Kyo-ahn`: a family name written first
        part.mentions.append(Mention(text=doc.text[tok.start : tok.end], start=tok.start, end=tok.end))
    return part


def _add_kin_given(
    doc: Document, skip: set[int], credited: set[int], people: dict[str, PersonRecord], order: list[str]
) -> None:
    """`chị Vân`, `cô Hồng`: a person named by a given name alone after a kin word, in the title and body
    paragraphs (not bylines, sources or credits), when no one read in the text has that name (given.py)."""
    taken = credited | {m.start for record in people.values() for m in record.mentions}
    sentences: list[tuple[int, int]] = []
    index = 0
    for number, paragraph in enumerate(doc.paragraphs):
        first = index
        index += len(paragraph.sentences)
        if paragraph.kind in ("title", "body") and number not in skip:
            sentences.extend(doc.sentence_bounds[first:index])
    for found in kin_given_names(doc.tokens, sentences, taken, list(people)):
        start, end = doc.tokens[found.first].start, doc.tokens[found.last - 1].end
        record = _record_for(doc.text[start:end], people, order)
        record.source = record.source or f"kin:{found.anchor}"
        record.gender = record.gender or person_noun_genders().get(found.anchor)  # `chị`, `mẹ tên Huệ`: a woman
        record.mentions.append(Mention(text=doc.text[start:end], start=start, end=end))


def _add_byline(doc: Document, start: int, end: int, people: dict[str, PersonRecord], order: list[str]) -> None:
    """`Bài, ảnh: MẠNH QUÂN`, `Nguyễn Hoàng – Thu Phương`: one person per author named."""
    toks = doc.tokens_in(start, end)
    k = byline_prefix_matcher().length(toks, 0)
    prefixed = bool(k) and k < len(toks) and (toks[k].text == ":" or toks[k].is_cap_word)  # `PV Thái Bình/VOV`
    k = (k + int(toks[k].text == ":")) if prefixed else 0
    names, _ = _authors(toks, k, len(toks), single=True, credited=prefixed)
    for first, last in names:
        name = doc.text[toks[first].start : toks[last - 1].end]
        record = _record_for(name, people, order)
        record.byline = True
        record.source = record.source or "byline"
        record.mentions.append(Mention(text=name, start=toks[first].start, end=toks[last - 1].end))


def _drop_platform_names(people: dict[str, PersonRecord], order: list[str]) -> list[str]:
    """`Ảnh: Facebook Ngọc Trinh`, `Ảnh: Trang Facebook Tin Tức`: a name read with a platform's word among its words
    (byline_account_words.txt), by whichever reader, is no person's: an account's or a page's. Its owner is read
    after the platform by the credits (credits.py `_account_owners`: `Ngọc Trinh`; a page's only in a person's
    shape, `Trang Facebook Nguyễn Văn Hùng`), the platform no part of the name. One look at each person's words."""
    words = account_words()
    kept = []
    for key in order:
        if any(word in words for word in people[key].name.split()):
            del people[key]
            continue
        kept.append(key)
    return kept


def _add_credit(doc: Document, credit: Credit, people: dict[str, PersonRecord], order: list[str]) -> None:
    """A byline, photo credit or signer found by `credits.find_credits`."""
    first, last = doc.tokens[credit.first], doc.tokens[credit.last - 1]
    name = doc.text[first.start : last.end]
    record = _record_for(name, people, order)
    record.source = record.source or f"credit:{credit.kind}"
    record.mentions.append(Mention(text=name, start=first.start, end=last.end))
    if credit.kind == "signature":
        for phrase in credit.titles:
            record.titles.append(title_of(doc, credit.title_tokens, phrase))
        if "signed" not in record.roles:
            record.roles.append("signed")
    elif credit.kind == "credit":
        record.credit = True
    elif credit.kind != "account":  # an account's owner is a person of the text, neither author nor credit
        record.byline = True

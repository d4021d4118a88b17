"""The one data model of an analysis. JSON, JSON Lines, Markdown and the terminal view render from it.

msgspec Structs rather than dataclasses or pydantic: they are typed, encode to JSON several times faster
than either (batch mode writes thousands of reports a minute), decode with validation (round-trips
are checked in tests), and generate the JSON Schema that `vnreport schema` prints.

Every span is a pair of character offsets into the NFC-normalised input: `text[start:end] == mention`.
"""

from __future__ import annotations

from typing import Literal

import msgspec

SCHEMA_VERSION = "1.1"  # 1.1: year_source `lead_date`


class Base(msgspec.Struct, kw_only=True, omit_defaults=False):
    def to_dict(self) -> dict:
        return msgspec.to_builtins(self)


class Mention(Base, kw_only=True, gc=False):  # strings and numbers only: no cycle to collect
    """One occurrence of an entity in the text."""

    text: str
    start: int
    end: int


# --- segmentation ---------------------------------------------------------------------------------

WordKind = Literal["word", "punct", "number", "date", "time", "percent", "document", "url", "email", "symbol"]


class Word(Base, kw_only=True, gc=False):  # strings and numbers only: no cycle to collect
    text: str
    start: int
    end: int
    kind: WordKind = "word"


class Sentence(Base, kw_only=True):
    text: str
    start: int
    end: int
    words: list[Word] = []


ParagraphKind = Literal["title", "body", "byline", "source"]


class Paragraph(Base, kw_only=True):
    start: int
    end: int
    kind: ParagraphKind = "body"
    sentences: list[Sentence] = []


class Segmentation(Base, kw_only=True):
    schema_version: str = SCHEMA_VERSION
    source: SourceInfo
    title: Mention | None = None
    paragraphs: list[Paragraph] = []


# --- entities ------------------------------------------------------------------------------------


class OfficialTitle(Base, kw_only=True):
    text: str
    organization: str | None = None
    current: bool = True  # False for `nguyên` (former) titles
    mentions: list[Mention] = []


Role = Literal["chaired", "attended", "spoke", "signed"]


class Official(Base, kw_only=True):
    name: str
    titles: list[OfficialTitle] = []
    mentions: list[Mention] = []
    role: Role | None = None
    roles: list[Role] = []
    honorifics: list[str] = []  # GS.TS, NSND … kept apart from the name
    deceased: bool = False


PersonKind = Literal["person", "byline", "credit", "anonymised"]  # credit: of a photo


class Person(Base, kw_only=True):
    name: str
    kind: PersonKind = "person"
    mentions: list[Mention] = []


class DateMention(Base, kw_only=True):
    text: str
    value: str  # ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Qn, or an interval A/B
    start: int
    end: int
    inferred: bool = False  # the year was not written and was inferred from the article
    precision: Literal["day", "month", "quarter", "year", "interval"] = "day"
    part_of_day: str | None = None  # sáng, trưa, chiều, tối, đêm
    time: str | None = None  # HH:MM when the text gives a time
    fuzzy: bool = False  # đầu/cuối năm …
    # where the year of a date written without one came from: given (--year, a page's date), dateline,
    # same_day (a full date of the same happening), present (a year named as the present), past_date /
    # future_date (the twelve months after the latest past full date / before a deadline), relative
    # (`năm ngoái`); None when the year is written, or unknown (`XXXX`)
    year_source: str | None = None


DocumentRole = Literal["self", "basis", "repeals", "amends", "replaces"]


class DocumentRef(Base, kw_only=True):
    text: str
    kind: str | None
    number: str | None
    key: str
    date: str | None = None
    issuer: str | None = None
    subject: str | None = None
    name: str | None = None
    start: int
    end: int
    system: Literal["state", "party"] | None = None
    type_code: str | None = None
    issuer_codes: list[str] = []
    year: int | None = None
    mentions: list[Mention] = []
    articles: list[str] = []  # structural units cited with it: `điểm a khoản 1 Điều 5` (Nghị định …)
    roles: list[DocumentRole] = []  # in an official document: itself, a legal basis, what it repeals/amends


class Organization(Base, kw_only=True):
    name: str
    expanded: str | None = None  # abbreviations spelled out: `MTTQ` → `Mặt trận Tổ quốc`
    mentions: list[Mention] = []


LocationLevel = Literal["country", "province", "district", "commune", "region", "village", "facility", "other"]


class Location(Base, kw_only=True):
    name: str  # as written (the fullest mention): `TPHCM`, `TP Vinh`, `chùa Một Cột`
    canonical: str | None = None  # the gazetteer's name: `TP Hồ Chí Minh`, `thành phố Vinh`
    level: LocationLevel | None = None
    province: str | None = None  # the province (as of the 2025 reform) the place belongs to
    historical: bool = False  # a unit abolished or merged by the 2025 reform
    mentions: list[Mention] = []


class Change(Base, kw_only=True):
    text: str
    kind: Literal["increase", "decrease", "of_target", "ratio", "share", "points", "multiple"]
    value: float | None = None
    unit: str | None = None
    basis: str | None = None  # so với cùng kỳ năm 2023, kế hoạch năm …


class Figure(Base, kw_only=True):
    text: str
    value: float | None
    unit: str | None
    start: int
    end: int
    approx: bool = False
    bound: Literal["lower", "upper"] | None = None
    change: Change | None = None
    measure: str | None = None  # what the figure measures, from the words before it
    changes: list[Change] = []  # every change phrase after the figure; `change` is the first
    upper: float | None = None  # the upper end of a range (`6,5-7%`: value 6.5, upper 7)


# --- the official document the text itself is (filled when the input is one) ----------------------

StructureKind = Literal["part", "chapter", "section", "article", "clause", "point"]


class StructureUnit(Base, kw_only=True):
    """A part, chapter, section, article, clause or point of an official document."""

    kind: StructureKind
    number: str  # as written: `I`, `2`, `5`, `a`
    heading: str | None = None  # `Phạm vi điều chỉnh`
    within: str | None = None  # the enclosing unit: `Chương II`, `Điều 5`
    start: int
    end: int  # the unit runs to the next unit of the same or a higher level


class Signer(Base, kw_only=True):
    name: str | None = None
    position: str | None = None  # normal case: `Phó Chủ tịch`
    position_text: str | None = None  # as written: `PHÓ CHỦ TỊCH`
    authority: str | None = None  # TM., KT., TL., TUQ., Q. (Party documents write T/M, K/T, T/L)
    organization: str | None = None  # on whose behalf (`TM. ỦY BAN NHÂN DÂN` → `Ủy ban nhân dân`)
    mention: Mention | None = None  # the name as written
    block: Mention | None = None  # the whole signature block, authority to name


class DocumentLink(Base, kw_only=True):
    """Another document this one relies on or changes, as written, with its key in `documents`."""

    text: str
    key: str | None
    start: int
    end: int


class ArticleReference(Base, kw_only=True):
    """`khoản 3 Điều 12 của Luật này`: a reference to a unit of the document itself."""

    text: str
    article: int
    clause: int | None = None
    point: str | None = None
    start: int
    end: int
    target: int | None = None  # start offset of the article it refers to, when the text has it


class OfficialDocument(Base, kw_only=True):
    """The identity and layout of a text that is itself an official document (Nghị định 30/2020/NĐ-CP)."""

    kind: str | None = None  # Luật, Nghị quyết, Quyết định, Kế hoạch, Công văn …
    header: Mention | None = None  # the header block: issuer, motto, number, place and date, heading
    number: str | None = None  # as written: `68/2020/QH14`
    key: str | None = None  # the normalised key, as in `documents`
    date: str | None = None
    place: str | None = None
    issuer: str | None = None  # normal case, the issuing body (the lowest level of the issuer block)
    issuer_text: str | None = None  # as written
    issuer_levels: list[str] = []  # each level of the issuer block, top first, normal case
    title: str | None = None  # kind and name: `Luật Cư trú`
    subject: str | None = None  # trích yếu: `V/v …`, `Về việc …`
    signer: Signer | None = None
    recipients: list[str] = []  # Nơi nhận
    bases: list[DocumentLink] = []  # Căn cứ …
    effective: str | None = None  # ISO date it takes effect
    effective_text: str | None = None
    repeals: list[DocumentLink] = []
    amends: list[DocumentLink] = []
    replaces: list[DocumentLink] = []
    articles: int = 0
    structure: list[StructureUnit] = []
    references: list[ArticleReference] = []


# --- summary (filled by the summary stage) -------------------------------------------------------


class Participant(Base, kw_only=True):
    """An official in the event, with the titles the article gives them (for the summary views)."""

    name: str
    titles: list[str] = []
    roles: list[Role] = []


class Event(Base, kw_only=True):
    kind: str | None = None  # conference, congress, session, meeting, ceremony, visit, trial, directive, report …
    name: str | None = None  # as written: `Hội nghị giao ban … quý III`
    date: str | None = None
    part_of_day: str | None = None
    location: str | None = None
    organizer: str | None = None
    chaired: list[str] = []
    attended: list[str] = []
    spoke: list[str] = []
    time: str | None = None  # HH:MM when the event's date mention gives one
    mention: Mention | None = None  # where the name is written
    participants: list[Participant] = []  # chaired, attended and spoke, with titles, in order of mention


class KeyFact(Base, kw_only=True):
    measure: str | None
    text: str
    value: float | None
    unit: str | None
    change: str | None = None  # every change phrase after the figure, as written
    start: int
    end: int
    approx: bool = False
    change_kind: str | None = None  # increase, decrease, of_target, ratio, share, points, multiple
    change_value: float | None = None
    basis: str | None = None  # so với cùng kỳ năm 2023, kế hoạch năm …
    period: str | None = None  # the period written before the figure: `8 tháng đầu năm 2024`


class Task(Base, kw_only=True):
    text: str
    verb: str
    by: str | None = None
    to: str | None = None
    start: int
    end: int
    continued: bool = False  # a sentence with no verb of its own that continues the previous task's list


class Warning(Base, kw_only=True):
    kind: str
    message: str
    mentions: list[Mention] = []


class Summary(Base, kw_only=True):
    brief: str | None = None  # an official document's one line: what, by whom, when, from when, what it changes
    event: Event | None = None
    key_facts: list[KeyFact] = []
    documents: list[str] = []  # keys into Report.documents
    tasks: list[Task] = []
    highlights: list[Mention] = []
    warnings: list[Warning] = []


# --- the report ----------------------------------------------------------------------------------


class SourceInfo(Base, kw_only=True):
    path: str | None
    sha256: str
    encoding: str
    bytes: int
    characters: int
    words: int = 0  # whitespace-separated tokens with a letter or digit (the count editors use)
    sentences: int = 0
    paragraphs: int = 0
    published: str | None = None  # YYYY-MM-DD from a news page's metadata


YearSource = Literal["given", "dateline", "text", "lead_date", "none"]


class Report(Base, kw_only=True):
    schema_version: str = SCHEMA_VERSION
    source: SourceInfo
    title: str | None = None
    year: int | None = None  # the article's year, when the caller or the text fixes it
    # given (--year, a page's date), dateline, text (a year it names as the present), lead_date (the latest year of
    # the lead's days: the story's, a lower bound of the publication's), none
    year_source: YearSource = "none"
    officials: list[Official] = []
    people: list[Person] = []
    dates: list[DateMention] = []
    documents: list[DocumentRef] = []
    organizations: list[Organization] = []
    locations: list[Location] = []
    figures: list[Figure] = []
    document: OfficialDocument | None = None  # when the text is itself an official document
    summary: Summary | None = None


SECTIONS = (
    "document",
    "officials",
    "people",
    "dates",
    "documents",
    "organizations",
    "locations",
    "figures",
    "summary",
)


def report_schema() -> dict:
    return msgspec.json.schema(Report)


def segmentation_schema() -> dict:
    return msgspec.json.schema(Segmentation)

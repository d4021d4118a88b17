"""Organisations: Party committees, State bodies, the Front and mass organisations, army and police units,
courts, companies, banks, schools, hospitals, the press.

An organisation is a head from `orgs_heads.tsv` (`Ủy ban nhân dân`, `UBND`, `Thành ủy`, `Bộ`, `Sở`,
`Tập đoàn` …) followed by the complements its spec allows, in order: a domain (`Bộ Tài chính`), a proper
name (`Bệnh viện Bạch Mai`), `Trung ương`, a nested organisation (`Ban Thường vụ Thành ủy`), a place
(`UBND tỉnh Nghệ An`) — the place spans come from `locations.find_places`, so a name ends where its place
ends and never runs into the person after it (`Thành ủy Hà Nội Nguyễn Thị Tuyến`). A name that has to be
cut without a place stops at a title word or at a surname that starts a personal name (`Tập đoàn
Vingroup Phạm Nhật Vượng`).

Variants are merged on a key: abbreviations spelled out (`orgs_abbreviations.tsv`), an acronym defined in
parentheses dropped (`Mặt trận Tổ quốc (MTTQ) Việt Nam`), the place replaced by its canonical name
(`UBND TP Hà Nội` = `Ủy ban nhân dân thành phố Hà Nội` = `UBND Thành phố` in a Hà Nội article). A bare
`Thành ủy` or `UBND tỉnh` joins the one fully named organisation with the same head, if there is exactly
one. An acronym defined after a name (`Tập đoàn Điện lực Việt Nam (EVN)`) makes later `EVN` a mention.

`find_organizations(doc)` gives the raw spans for other extractors (the officials extractor uses them to
find where the organisation inside a title starts and ends): `(start, end, name)` per mention, nested
organisations included (`Ban Thường vụ Thành ủy Hà Nội` and, inside it, `Thành ủy Hà Nội`), where `name`
is the merged organisation's `Organization.name`. A bare head written only inside a longer name (`Thành
ủy` of `Ban Thường vụ Thành ủy`) keeps its span but is no organisation of its own.

The stage, by concern: `lexicon` (heads, media, abbreviations), `scan` (the tests at a token), `names`
(open names), `grammar` (heads and their complements), `sources` (media named without a head), `merge`
(variants joined).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from vnreport.extract.locations import PlaceSpan, find_places
from vnreport.extract.organizations.lexicon import AbbreviationRow, HeadRow, MediaRow, expand
from vnreport.extract.organizations.merge import best_name, collect
from vnreport.extract.page import page_tail_start
from vnreport.lexicon import load_words
from vnreport.report.model import Mention, Organization
from vnreport.segment.document import Document, segment
from vnreport.text import fold


class OrgSpan(NamedTuple):
    """An organisation mention: character offsets and the name of the organisation it belongs to."""

    start: int
    end: int
    name: str


@dataclass(slots=True)
class OrganizationsFound:
    """The organisations stage: one entry per organisation, and every mention span with its name."""

    organizations: list[Organization]
    spans: list[OrgSpan]  # nested mentions included, sorted by start


def find_organizations(doc: Document, places: list[PlaceSpan] | None = None) -> OrganizationsFound:
    """Every organisation of the article. `places`: the places stage's spans (a name ends where its
    place does); found afresh when not given."""
    records, by_span = collect(doc, find_places(doc) if places is None else places)
    organizations: list[Organization] = []
    names: dict[int, str] = {}
    for record in sorted(records, key=lambda r: min(r.mentions)):
        name = best_name(record)
        names[id(record)] = name
        if not record.alone:
            continue  # `Thành ủy` only inside `Ban Thường vụ Thành ủy`: a part, not the text's own name
        expanded = expand(name)
        pairs = sorted(set(record.mentions))
        organizations.append(
            Organization(
                name=name,
                expanded=expanded if expanded != fold(name) else None,
                mentions=[Mention(text=doc.text[a:b], start=a, end=b) for a, b in pairs],
            )
        )
    spans = sorted(OrgSpan(a, b, names[id(r)]) for (a, b), r in by_span.items())
    found = OrganizationsFound(organizations, spans)
    _add_credit_lines(doc, found)
    _drop_widget_platforms(doc, found)
    return found


_WIDGET_OPENERS = (("chia", "sẻ"), ("theo", "dõi"))
_MAX_WIDGET_WORDS = 14
_WIDGET_PUNCT = ":|•·-–,.;()[]/"


def _widget_lines(doc: Document) -> list[tuple[int, int]]:
    """The lines of a page's share and follow widgets (`Chia sẻ: Facebook Zalo Copy link`, `Facebook` alone
    under `Chia sẻ`, `Theo dõi … trên Google News`): made only of widget words, or short and opened by
    `chia sẻ`/`theo dõi`."""
    vocabulary = load_words("orgs_widget_words.txt")
    lines: list[tuple[int, int]] = []
    for paragraph in doc.paragraphs:
        line = doc.text[paragraph.start : paragraph.end].strip()
        words = [w for w in (w.strip(_WIDGET_PUNCT) for w in line.lower().split()) if w]
        if not words or len(words) > _MAX_WIDGET_WORDS:
            continue
        # `Theo dõi … trên Google News`, not a sentence (`Chia sẻ trên Facebook, ông A cho biết …`)
        prompt = tuple(words[:2]) in _WIDGET_OPENERS and words[-1] in vocabulary and not line.endswith((".", "!", "?"))
        if prompt or all(w in vocabulary for w in words):
            lines.append((paragraph.start, paragraph.end))
    return lines


def _drop_widget_platforms(doc: Document, found: OrganizationsFound) -> None:
    """A platform named only by a widget line (`Facebook`, `Zalo`, `Google` of `Google News`) is page
    residue, no organisation of the article; named in the text too, it keeps those mentions."""
    lines = _widget_lines(doc)
    tail = page_tail_start(doc)  # a list of other articles after the article (`Tin khác`): the page's
    if not lines and tail == len(doc.text):
        return
    vocabulary = load_words("orgs_widget_words.txt")

    def residue(start: int, end: int, name: str) -> bool:
        widget = fold(name).lower() in vocabulary and any(a <= start and end <= b for a, b in lines)
        return widget or start >= tail

    kept: list[Organization] = []
    for organization in found.organizations:
        organization.mentions = [m for m in organization.mentions if not residue(m.start, m.end, organization.name)]
        if organization.mentions:
            kept.append(organization)
    found.organizations = kept
    found.spans = [span for span in found.spans if not residue(span.start, span.end, span.name)]


_CREDIT_LINES = frozenset({"byline", "source"})
_MAX_CREDIT_LINE = 300  # characters of a byline or source line read for its outlets


def _keys(organization: Organization) -> set[str]:
    """The name and its abbreviations spelled out, folded (`TTXVN` = `Thông tấn xã Việt Nam`)."""
    return {fold(organization.name).lower(), fold(organization.expanded or expand(organization.name)).lower()}


def _add_credit_lines(doc: Document, found: OrganizationsFound) -> None:
    """The media of byline and source lines, which the body's reading leaves out (`Thu Hằng (TTXVN)`, `Ảnh:
    VGP/Nhật Bắc`, `Nguồn: Báo Nhân Dân` closing the article): each such line read on its own (issue #12)."""
    if len(doc.paragraphs) < 2:
        return  # a line read on its own
    known = {key: o for o in found.organizations for key in _keys(o)}
    for paragraph in doc.paragraphs:
        if paragraph.kind not in _CREDIT_LINES or paragraph.end - paragraph.start > _MAX_CREDIT_LINE:
            continue
        line = doc.text[paragraph.start : paragraph.end]
        if line.isupper():
            continue  # `QUỐC HỘI` heading a law: a signature block's line, no credit
        sub = segment(line, words="dictionary")
        if sub.text != line:
            continue
        inner = find_organizations(sub)
        for organization in inner.organizations:
            mentions = [
                Mention(text=m.text, start=m.start + paragraph.start, end=m.end + paragraph.start)
                for m in organization.mentions
            ]
            same = next((known[key] for key in _keys(organization) if key in known), None)
            if same is None:
                same = Organization(name=organization.name, expanded=organization.expanded, mentions=[])
                known.update((key, same) for key in _keys(organization))
                found.organizations.append(same)
            same.mentions.extend(mentions)
        found.spans.extend(OrgSpan(a + paragraph.start, b + paragraph.start, name) for a, b, name in inner.spans)
    found.spans.sort()


def extract_organizations(doc: Document, places: list[PlaceSpan] | None = None) -> list[Organization]:
    """One Organization per distinct organisation, in order of first mention."""
    return find_organizations(doc, places).organizations


__all__ = [
    "AbbreviationRow",
    "HeadRow",
    "MediaRow",
    "OrgSpan",
    "OrganizationsFound",
    "expand",
    "extract_organizations",
    "find_organizations",
]

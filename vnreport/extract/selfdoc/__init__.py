"""The official document the text itself is: a law, decree, decision, resolution, plan, dispatch or Party
document reports its own identity (kind, number, date, place, issuer, title or trích yếu, signer with
authority, recipients), its legal bases, its effective date, what it repeals, replaces or amends, and its
structure (chapters, articles, clauses, points; references to its own articles).

A text is taken for an official document when its first lines carry at least two of the header's marks
(the national motto or the Party's heading, a `Số:` line, a place-and-date line, a kind heading) —
news articles carry none of them. Layout rules: Nghị định 30/2020/NĐ-CP (state), Hướng dẫn 36-HD/VPTW
(Party); see DOMAIN.md §1–§3.
"""

from __future__ import annotations

from functools import cache

from vnreport import regexes
from vnreport.extract.dates import date_at
from vnreport.extract.documents.candidates import fold_key
from vnreport.extract.documents.lexicon import CODES
from vnreport.extract.documents.symbols import SYMBOL, code_norm, read_symbol
from vnreport.extract.selfdoc.casing import normal_case, opens_with_body_or_title
from vnreport.extract.selfdoc.clauses import read_bases, read_changes, read_effective
from vnreport.extract.selfdoc.header import Header, header_lines, read_header
from vnreport.extract.selfdoc.metadata import Metadata, read_metadata
from vnreport.extract.selfdoc.signature import name_span, read_recipients, read_signature
from vnreport.extract.selfdoc.structure import article_count, read_references, read_structure
from vnreport.gazetteer import admin_mapping
from vnreport.lexicon import load_list
from vnreport.report.model import DocumentRef, Mention, Official, OfficialDocument, OfficialTitle, Person, Signer
from vnreport.segment.document import Document
from vnreport.text import fold

_MIN_SIGNALS = 2
_ENACTING = regexes.compile(r"(?i)ban\s+hành\s+(?P<name>(?:bộ\s+)?luật\s+[^.;,\n]{2,120})")
_ABOUT = regexes.compile(r"(?i)(?:^|\s)về\s+")
_UNIT_WORDS = frozenset({"tỉnh", "thành", "huyện", "quận", "xã", "phường", "thị", "đặc"})
_UNIT_ENDS = _UNIT_WORDS | {"phố", "trấn", "khu"}  # a level broken after its unit word
_BODY_AFTER_UNIT = frozenset({"ủy", "uỷ", "đoàn", "đội"})  # TỈNH ỦY, TỈNH ĐOÀN, TỈNH ĐỘI
_SHORT_SUBJECT = regexes.compile(r"(?i)^v/v\s*:?\s*")
_ADOPTED = regexes.compile(r"(?i)thông\s+qua\s+ngày\s+")

__all__ = ["read_official_document", "with_signer"]


def read_official_document(doc: Document, documents: list[DocumentRef]) -> OfficialDocument | None:
    """The document's own identity and layout, or None when the text is not an official document.
    `documents`: the documents stage's references (the bases and changes point into them; the
    document's own reference gets the role `self`, the others `basis`, `repeals`, `amends`, `replaces`)."""
    lines = header_lines(doc)
    metadata = read_metadata(doc, lines)
    header = read_header(doc, lines, frozenset(metadata.cells))
    if header.signals + metadata.signals < _MIN_SIGNALS:
        return None
    result = OfficialDocument(
        kind=header.kind or _kind_of_symbol(header),
        number=header.number.text if header.number else None,
        key=header.number_key,
        date=header.date,
        place=header.place,
    )
    _set_issuer(result, header)
    if result.issuer is None and header.enacted and header.enacting is not None:
        _set_enacting_issuer(result, header.enacting.text)
    _fill_from_metadata(doc, result, metadata)
    result.title = _title(doc, header, result.kind) or _title_of_subject(result.kind, header)
    result.subject = _subject(header)
    if result.title is None and result.subject is None and result.kind and "subject" in metadata.values:
        result.subject = metadata.values["subject"]  # `Trích yếu: Về việc …` of a site's properties table
        result.title = _title_of_text(result.kind, result.subject)
    structure = read_structure(doc, header.end)
    result.structure = structure
    result.articles = article_count(structure)
    result.references = read_references(doc, structure)
    first_unit = structure[0].start if structure else len(doc.text)
    body_end = max((u.start for u in structure if u.kind == "article"), default=header.end)
    result.bases = read_bases(doc, documents, header.end, first_unit, result.key)
    result.effective, result.effective_text = read_effective(doc, header.end, result.date)
    if result.effective is None:
        result.effective = metadata.date(doc, "effective")
    changes = read_changes(doc, documents, header.end, result.key)
    result.repeals, result.amends, result.replaces = changes.repeals, changes.amends, changes.replaces
    if result.date is None:
        result.date = _date_of_adoption(doc, body_end)
    result.signer = read_signature(doc, body_end) or _signer_of_metadata(doc, metadata)
    result.recipients = read_recipients(doc, body_end)
    result.header = Mention(text=doc.text[: header.end], start=0, end=header.end) if header.end else None
    _fill_from_mentions(result, documents)
    _mark_roles(result, documents)
    return result


def with_signer(
    document: OfficialDocument, officials: list[Official], people: list[Person]
) -> tuple[list[Official], list[Person]]:
    """The officials and people once the document is read: the signer is an official who signed (with
    the position of the signature block); what was read as a person inside the header or the signature
    block (`CHỦ`, `TỊCH QUỐC HỘI`) is nobody."""
    blocks = [b for b in (document.header, document.signer.block if document.signer else None) if b]

    def inside(mentions: list[Mention]) -> bool:
        return bool(mentions) and all(any(b.start <= m.start and m.end <= b.end for b in blocks) for m in mentions)

    people = [p for p in people if not inside(p.mentions)]
    officials = [o for o in officials if not inside(o.mentions)]
    signer = document.signer
    if signer is None or not signer.name or signer.mention is None:
        return officials, people
    name_key = fold(signer.name).lower()
    people = [p for p in people if fold(p.name).lower() != name_key]
    official = next((o for o in officials if fold(o.name).lower() == name_key), None)
    if official is None:
        official = Official(name=signer.name, mentions=[signer.mention])
        officials.append(official)
    if signer.position and not any(fold(t.text).lower() == fold(signer.position).lower() for t in official.titles):
        official.titles.append(OfficialTitle(text=signer.position_text or signer.position))
    if "signed" not in official.roles:
        official.roles = ["signed", *official.roles] if official.role != "chaired" else [*official.roles, "signed"]
        official.role = official.roles[0]
    return officials, people


def _fill_from_metadata(doc: Document, result: OfficialDocument, metadata: Metadata) -> None:
    """What the header does not give, from a site's properties table (`Số hiệu:`, `Loại văn bản:`,
    `Cơ quan ban hành:`, `Ngày ban hành:`)."""
    values = metadata.values
    if result.number is None and "number" in values:
        symbol = SYMBOL.search(doc.view, metadata.starts["number"], metadata.ends["number"])
        if symbol is not None:
            parsed = read_symbol(symbol)
            result.number = doc.text[symbol.start() : symbol.end()]
            result.key = parsed.key if parsed else None
    if result.kind is None and "kind" in values:
        kind = values["kind"]
        result.kind = kind[0].upper() + kind[1:].lower()
    if result.kind is None and result.key:
        code = result.key.split("/")[-1].split("-")[0]
        result.kind = CODES["state"].get(code) or CODES["party"].get(code)
    if result.date is None:
        result.date = metadata.date(doc, "date")
    if result.issuer is None and "issuer" in values:
        issuer = values["issuer"]
        result.issuer = normal_case(issuer) if issuer.isupper() else issuer
        result.issuer_text = issuer
        result.issuer_levels = [result.issuer]


def _fill_from_mentions(result: OfficialDocument, documents: list[DocumentRef]) -> None:
    """A date or an issuer the header does not give, from the page's own mention of the document (a
    title or a lead: `Kế hoạch số 125/KH-UBND ngày 15/3/2024 của UBND tỉnh Quảng Ninh`)."""
    if result.key is None or (result.date is not None and result.issuer is not None):
        return
    own = next((ref for ref in documents if ref.key == result.key and (ref.date or ref.issuer)), None)
    if own is None:
        return
    if result.date is None and own.date and len(own.date) == 10:
        result.date = own.date
    if result.issuer is None and own.issuer:
        result.issuer = own.issuer
        result.issuer_levels = [own.issuer]


def _signer_of_metadata(doc: Document, metadata: Metadata) -> Signer | None:
    """`Người ký: Nguyễn Văn A` when the signature block is not in the text."""
    if "signer" not in metadata.values:
        return None
    span = name_span(doc, metadata.starts["signer"], metadata.ends["signer"])
    if span is None or doc.text[metadata.starts["signer"] : span[0]].strip():
        return None
    name = " ".join(doc.text[span[0] : span[1]].split())
    return Signer(name=name, mention=Mention(text=doc.text[span[0] : span[1]], start=span[0], end=span[1]))


def _kind_of_symbol(header: Header) -> str | None:
    """A document without a kind heading: the kind its symbol's type code gives, else a công văn
    (`Số: 4021/BTC-NSNN`, `V/v …`)."""
    if header.number is None or header.number_key is None:
        return None
    code = header.number_key.split("/")[-1].split("-")[0]
    return CODES["state"].get(code) or CODES["party"].get(code) or "Công văn"


def _date_of_adoption(doc: Document, body_end: int) -> str | None:
    """A law without a dated header line: `Luật này đã được Quốc hội … thông qua ngày 03 tháng 06 năm 2008`."""
    for match in _ADOPTED.finditer(doc.view, body_end):
        found = date_at(doc.view, match.end(), None)
        if found is not None and found[0] is not None:
            return found[0]
    return None


def _set_issuer(result: OfficialDocument, header: Header) -> None:
    """Each level of the issuer block (`UBND TỈNH NGHỆ AN` / `SỞ TÀI CHÍNH`): a line that opens with a
    unit word (`TỈNH …`) continues the body of the line before it."""
    levels: list[str] = []
    for line in header.issuer_lines:
        for text in _party_levels(" ".join(line.text.split())):
            _add_level(levels, text)
    if not levels:
        return
    levels[-1] = _completed(levels[-1], header)
    result.issuer_text = " / ".join(levels)
    result.issuer_levels = [normal_case(level) for level in levels]
    result.issuer_levels[-1] = _of_province(result.issuer_levels[-1], result.place)
    result.issuer = result.issuer_levels[-1]


def _set_enacting_issuer(result: OfficialDocument, enacting: str) -> None:
    """A document without its issuer block: the body that enacts it (`QUỐC HỘI`, `ỦY BAN NHÂN DÂN TỈNH …`
    under the name), not a position (`CHỦ TỊCH …`: its body is the issuer block's, not known here)."""
    text = " ".join(enacting.split(",")[0].split())
    if not opens_with_body_or_title(text, titles=False):
        return
    result.issuer_text = text
    result.issuer = normal_case(text)
    result.issuer_levels = [result.issuer]


def _add_level(levels: list[str], text: str) -> None:
    """A line of the issuer block: a level of its own, or the unit that ends the level before it."""
    words = text.lower().split()
    continues = words[0] in _UNIT_WORDS and not (len(words) > 1 and words[1] in _BODY_AFTER_UNIT)
    continues = continues or bool(levels and levels[-1].lower().split()[-1] in _UNIT_ENDS)  # `… TỈNH` / `NGHỆ AN`
    if levels and continues:  # `ỦY BAN NHÂN DÂN` / `TỈNH NGHỆ AN`, but `TỈNH ỦY` is a body
        levels[-1] = f"{levels[-1]} {text}"
    else:
        levels.append(text)


def _party_levels(text: str) -> list[str]:
    """`ĐẢNG BỘ TỈNH QUẢNG NINH TỈNH ỦY` (the Party's issuer block on one line): the Party organisation,
    then the committee that issues (a unit word and `ỦY`)."""
    words = text.split()
    if len(words) < 4 or " ".join(words[:2]).lower() != "đảng bộ":
        return [text]
    lower = [w.lower() for w in words]
    for at in range(3, len(words) - 1):
        if lower[at] in _UNIT_WORDS and lower[at + 1] in _BODY_AFTER_UNIT:
            return [" ".join(words[:at]), " ".join(words[at:])]
    return [text]


def _completed(issuer: str, header: Header) -> str:
    """A collective body without its unit (`ỦY BAN NHÂN DÂN`: the page kept the first line of the
    issuer's cell only) as the enacting line under the name writes it in full (`CHỦ TỊCH ỦY BAN NHÂN
    DÂN TỈNH QUẢNG NINH`, `HỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH` / `KHÓA XIX …`)."""
    words = issuer.split()
    if header.enacting is None or any(w.lower() in _UNIT_WORDS for w in words):
        return issuer
    enacting = header.enacting.text.split(",")[0].split()
    upper = [w.upper() for w in enacting]
    target = [w.upper() for w in words]
    for at in range(len(upper) - len(target)):
        if upper[at : at + len(target)] == target and upper[at + len(target)].lower() in _UNIT_WORDS:
            return " ".join(enacting[at:])
    return issuer


def _of_province(issuer: str, place: str | None) -> str:
    """`Ủy ban nhân dân` of a document dated at a province's name (`Quảng Ninh, ngày …`) → `Ủy ban nhân
    dân tỉnh Quảng Ninh` (`thành phố` for a municipality): a local body is the place's own."""
    if place is None or " ".join(issuer.lower().split()) not in _local_bodies():
        return issuer
    full = _province_names().get(fold(place).lower())
    if full is None:
        return issuer
    return f"{issuer} {full[0].lower()}{full[1:]}"


@cache
def _local_bodies() -> frozenset[str]:
    return frozenset(" ".join(b.lower().split()) for b in load_list("selfdoc_local_bodies.txt"))


@cache
def _province_names() -> dict[str, str]:
    """Short name (folded, lower case) → full name (`Tỉnh Quảng Ninh`, `Thành phố Hà Nội`), the provinces
    of the 2025 reform first (read only for a local body without its unit: the mapping is large)."""
    mapping = admin_mapping()
    names: dict[str, str] = {}
    for table in ("province_names", "old_province_names"):
        for entry in mapping[table].values():
            names.setdefault(fold(entry["short"]).lower(), entry["name"])
    return names


def _title(doc: Document, header: Header, kind: str | None) -> str | None:
    """Kind and name as a reader writes them (`Luật Cư trú`): the enacting sentence's wording when the
    text has one (`Quốc hội ban hành Luật Cư trú.`), else the heading in normal case (`kind`: the
    heading's, or the symbol's when the page kept no heading)."""
    if kind is None or (header.kind is None and not header.name_lines):
        return None
    name = " ".join(" ".join(line.text.split()) for line in header.name_lines)
    if name.upper().startswith("CỦA "):  # `LUẬT CỦA QUỐC HỘI SỐ … VỀ BẢO VỆ SỨC KHOẺ NHÂN DÂN`
        about = list(_ABOUT.finditer(name))
        name = name[about[-1].end() :] if about else ""
    if kind in ("Luật", "Bộ luật"):
        enacting = _ENACTING.search(doc.view, header.end, min(len(doc.view), header.end + 3000))
        if enacting:
            written = doc.text[enacting.start("name") : enacting.end("name")].strip()
            if not name or " ".join(written.lower().split()).endswith(" ".join(name.lower().split())):
                return written
    if not name:
        return None
    if name.isupper():
        name = normal_case(name, domains=False)
        name = name[0].lower() + name[1:]  # `Nghị quyết phiên họp …`: the kind opens the title
    return f"{kind} {name}"


def _title_of_subject(kind: str | None, header: Header) -> str | None:
    """A document named by its trích yếu: `KẾ HOẠCH` / `Triển khai thực hiện …` → `Kế hoạch triển khai
    thực hiện …`; `QUYẾT ĐỊNH` / `Về việc phê duyệt …` → `Quyết định về việc phê duyệt …`; a công văn's
    `V/v hướng dẫn …` → `Công văn về việc hướng dẫn …`."""
    subject = _subject(header)
    if kind is None or not subject:
        return None
    return _title_of_text(kind, subject)


def _title_of_text(kind: str, subject: str) -> str:
    subject = _SHORT_SUBJECT.sub("về việc ", subject, count=1).strip()
    if subject.isupper():
        subject = normal_case(subject, domains=False)
    first = subject.split()[0]
    if not (len(first) > 1 and first.isupper()):  # `UBND tỉnh …` keeps its capitals
        subject = subject[0].lower() + subject[1:]
    return f"{kind} {subject}"


def _subject(header: Header) -> str | None:
    return " ".join(header.subject.text.split()) if header.subject else None


def _mark_roles(result: OfficialDocument, documents: list[DocumentRef]) -> None:
    roles = {
        "basis": {link.key for link in result.bases},
        "repeals": {link.key for link in result.repeals},
        "amends": {link.key for link in result.amends},
        "replaces": {link.key for link in result.replaces},
    }
    own = code_norm(result.key) if result.key else None
    # its own name, as the enacting sentence writes it: `Quốc hội ban hành Luật Cư trú.`
    own_name = fold_key(result.title).lower() if result.title else None
    for ref in documents:
        if (own is not None and ref.key == result.key) or (ref.number is None and ref.key == own_name):
            ref.roles.append("self")
            # the text names itself (`Quốc hội ban hành Luật Cư trú.`): its date is the header's
            ref.date = ref.date or result.date
        for role, keys in roles.items():
            if ref.key in keys:
                ref.roles.append(role)  # type: ignore[arg-type]
    _one_entry_for_itself(documents)


def _one_entry_for_itself(documents: list[DocumentRef]) -> None:
    """The header's number line (`Luật số: 45/2009/QH12`) and the enacting sentence (`Quốc hội ban hành Luật thuế
    tài nguyên`) both name the text itself: one entry, keyed by its number as `document.key` is, with the name
    the text gives itself and every mention."""
    own = [ref for ref in documents if "self" in ref.roles]
    numbered = next((ref for ref in own if ref.number is not None), None)
    if numbered is None:
        return
    named = [ref for ref in own if ref.number is None]
    for ref in named:
        numbered.name = numbered.name or ref.name
        numbered.mentions = sorted([*numbered.mentions, *ref.mentions], key=lambda m: m.start)
    if named:
        gone = {id(ref) for ref in named}
        documents[:] = [ref for ref in documents if id(ref) not in gone]

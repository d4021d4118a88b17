"""The summary of a text that is itself an official document: the document, not an event (issue #16).

A law, decree or decision tells no happening; what a reader needs in ten seconds is what it is, who
issued it when, what it governs, from when it applies and what it changes. So:

- `brief`: one line composed from the document section (`Luật Cư trú, số 68/2020/QH14, do Quốc hội ban
  hành ngày 13/11/2020; …; hiệu lực từ ngày 01/7/2021; thay thế …`);
- highlights: the sentences of the text that say when it takes effect and what it repeals, replaces or
  amends, in the order of the text;
- documents: the ones it changes first, then its legal bases, then the others it cites;
- key facts as for an article (a tax law's rates are what a reader looks for), but no event and no
  tasks: a law's duties are its provisions, not requests; and no warning about repeated paragraphs,
  which lists of clauses have by nature (`a) Tờ khai …`).
"""

from __future__ import annotations

from bisect import bisect_right

from vnreport import regexes
from vnreport.report.model import DocumentLink, Mention, OfficialDocument, Report, Summary
from vnreport.segment.document import Document
from vnreport.summary.facts import key_facts
from vnreport.summary.warnings import quality_warnings

_SUBJECT_LEAD = regexes.compile(r"(?i)^\s*(?:v/v|về\s+việc)\s*:?\s*")  # the title may spell the trích yếu out

MAX_HIGHLIGHTS = 5


def document_summary(doc: Document, report: Report, document: OfficialDocument) -> Summary:
    return Summary(
        brief=document_brief(document),
        key_facts=key_facts(doc, report),
        documents=_document_keys(report, document),
        highlights=_document_highlights(doc, document),
        warnings=[w for w in quality_warnings(doc, report) if w.kind != "repeated_paragraph"],
    )


def document_brief(document: OfficialDocument) -> str | None:
    """What the document is, who issued it when, from when it applies, what it changes: one line."""
    name = document.title or document.kind
    if name is None:
        return None
    parts = [name]
    if document.number:
        parts.append(f"số {document.number}")
    issued = []
    if document.issuer:
        issued.append(f"do {document.issuer} ban hành")
    if document.date:
        issued.append(f"ngày {_day(document.date)}")
    if document.place:
        issued.append(f"tại {document.place}")
    if issued:
        parts.append(" ".join(issued))
    line = ", ".join(parts)
    if document.subject and _SUBJECT_LEAD.sub("", document.subject).lower() not in line.lower():
        line += f" – {document.subject}"
    clauses = []
    signer = document.signer
    if signer is not None and signer.name:
        clauses.append(f"người ký: {' '.join(p for p in (signer.authority, signer.position, signer.name) if p)}")
    if document.effective:
        clauses.append(f"hiệu lực từ ngày {_day(document.effective)}")
    for verb, links in (("thay thế", document.replaces), ("bãi bỏ", document.repeals), ("sửa đổi", document.amends)):
        if links:
            clauses.append(f"{verb} {', '.join(_names(links))}")
    return "; ".join([line, *clauses]) + "."


def _day(iso: str) -> str:
    """`2020-11-13` → `13/11/2020`; a partial date stays as it is."""
    parts = iso.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[2])}/{int(parts[1])}/{parts[0]}"
    return iso


def _names(links: list[DocumentLink]) -> list[str]:
    seen: dict[str, None] = {}
    for link in links:
        seen.setdefault(" ".join(link.text.split()), None)
    return list(seen)


def _document_keys(report: Report, document: OfficialDocument) -> list[str]:
    """The documents it changes, its bases, then the rest it cites; each once, its own key never."""
    keys: dict[str, None] = {}
    for link in (*document.replaces, *document.repeals, *document.amends, *document.bases):
        if link.key:
            keys.setdefault(link.key, None)
    for cited in sorted(report.documents, key=lambda d: d.start):
        if "self" not in cited.roles:
            keys.setdefault(cited.key, None)
    keys.pop(document.key or "", None)
    return list(keys)


def _document_highlights(doc: Document, document: OfficialDocument) -> list[Mention]:
    """The sentences that say from when it applies and what it replaces, repeals or amends (in that order
    of importance when there are more than MAX_HIGHLIGHTS), shown in the order of the text."""
    starts = doc.sentence_starts
    positions = []
    if document.effective_text:
        found = doc.text.find(document.effective_text)
        if found >= 0:
            positions.append(found)
    positions += [link.start for link in (*document.replaces, *document.repeals, *document.amends)]
    chosen: dict[int, None] = {}
    for position in positions:
        index = bisect_right(starts, position) - 1
        if index >= 0:
            chosen.setdefault(index, None)
    highlights = []
    for index in sorted(list(chosen)[:MAX_HIGHLIGHTS]):
        sentence = doc.sentences[index]
        highlights.append(Mention(text=doc.text[sentence.start : sentence.end], start=sentence.start, end=sentence.end))
    return highlights

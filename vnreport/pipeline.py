"""The library entry points: text or a file in, a typed Report out. The CLI and batch call these."""

from __future__ import annotations

import hashlib

from vnreport import regexes
from vnreport.extract import run_extractors
from vnreport.limits import DEFAULT_FETCH_TIMEOUT, DEFAULT_MAX_BYTES
from vnreport.reading import Source, load_input
from vnreport.report.model import Report, Segmentation, SourceInfo
from vnreport.segment.document import Document, segment
from vnreport.summary import summarize
from vnreport.text import nfc


def source_from_text(text: str, *, path: str | None = None) -> Source:
    data = text.encode("utf-8")
    return Source(
        path=path or "", text=nfc(text), sha256=hashlib.sha256(data).hexdigest(), encoding="utf-8", size=len(data)
    )


# A whitespace-separated token with a letter or digit. Tried only where a token starts (the
# lookbehind), so a long run without letters is scanned once, not once per character (issue #11).
_WORD = regexes.compile(r"(?<!\S)\S*?\w\S*+")


def source_info(source: Source, doc: Document) -> SourceInfo:
    return SourceInfo(
        path=source.path or None,
        sha256=source.sha256,
        encoding=source.encoding,
        bytes=source.size,
        characters=len(source.text),
        words=sum(1 for _ in _WORD.finditer(source.text)),
        sentences=len(doc.sentences),
        paragraphs=len(doc.paragraphs),
        published=source.published,
    )


def analyze_source(source: Source, *, year: int | None = None) -> Report:
    # The extractors read syllables and sentences; the summary wants word boundaries, but none needs
    # the CRF model's accuracy, which would double the cost: words come from underthesea's word list.
    doc = segment(source.text, words="dictionary")
    # A news page's own publication date is evidence about this article; --year is the caller's
    # fallback for texts that carry none (a batch mixes both).
    doc.year = int(source.published[:4]) if source.published else year
    found = run_extractors(doc)
    report = Report(
        source=source_info(source, doc),
        # an official document's title is its kind and name (`Luật Cư trú`), not its first line (`QUỐC HỘI`)
        title=(found.document.title if found.document and found.document.title else None)
        or (doc.title.text if doc.title else None),
        year=found.year,
        year_source=found.year_source,
        officials=found.officials,
        people=found.people,
        dates=found.dates,
        documents=found.documents,
        organizations=found.organizations.organizations,
        locations=found.locations,
        figures=found.figures,
        document=found.document,
    )
    report.summary = summarize(doc, report)
    return report


def analyze_text(text: str, *, source: str | None = None, year: int | None = None) -> Report:
    """Analyse an article given as text. `source` names it in the report (a path or URL)."""
    return analyze_source(source_from_text(text, path=source), year=year)


def analyze_file(
    path: str, *, year: int | None = None, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_FETCH_TIMEOUT
) -> Report:
    """Analyse a file, a saved page, a URL, or standard input ("-"). Raises InputError for an input that
    cannot be read (see reading.load_input); `timeout` bounds a URL's download."""
    return analyze_source(load_input(path, max_bytes=max_bytes, timeout=timeout), year=year)


def segment_source(source: Source) -> Segmentation:
    doc = segment(source.text)
    return Segmentation(source=source_info(source, doc), title=doc.title, paragraphs=doc.paragraphs)

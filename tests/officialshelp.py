"""Officials and untitled people of a written example, as the officials' extractor finds them."""

from __future__ import annotations

from vnreport.extract.officials import extract_people
from vnreport.segment.document import WordMode, segment


def people_of(text: str, words: WordMode = True) -> tuple[dict[str, list[str]], list[str]]:
    """Each official's titles as written, by name, and the names of the untitled people."""
    officials, people = extract_people(segment(text, words=words))
    return {o.name: [t.text for t in o.titles] for o in officials}, [p.name for p in people]

"""Saved news pages: the article's main text, title and publication date, via trafilatura.

Menus, related-article lists and footers would otherwise be analysed as if the newspaper wrote them
into the article. The date comes from the page's metadata only (`extensive_search=False`): a date
guessed from the page body is too often a comment's or a sidebar's.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from vnreport.errors import InputError

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True, slots=True)
class Page:
    text: str  # title line, then the main text, one paragraph per line
    title: str | None
    published: str | None  # YYYY-MM-DD from the page's metadata


def is_html(path: str) -> bool:
    return path.lower().endswith(HTML_SUFFIXES)


def extract_page(path: str, html: str) -> Page:
    """The article in a saved page. Raises InputError("no_text") when the page has no main text."""
    import trafilatura

    # trafilatura logs each page it cannot use; the batch already gives that input its error record.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = (getattr(document, "text", None) or "").strip()
    if not body:
        raise InputError(path, "no_text", "no article text found in the HTML page")
    title = (getattr(document, "title", None) or "").strip() or None
    date = getattr(document, "date", None)
    published = date if isinstance(date, str) and _ISO_DATE.fullmatch(date) else None
    # The analysis takes the first line as the title, as in a plain-text article.
    text = body if title is None or body.startswith(title) else f"{title}\n{body}"
    return Page(text=text, title=title, published=published)

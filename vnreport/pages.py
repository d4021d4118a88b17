"""News pages: a saved `.html` file or a URL → the article's main text, title and publication date.

Menus, related-article lists and footers would otherwise be analysed as if the newspaper wrote them
into the article: trafilatura keeps the main text. The date comes from the page's metadata only
(`extensive_search=False`): a date guessed from the page body is too often a comment's or a sidebar's.

A URL is fetched with a time limit for the whole download, a size cap that holds while reading, and one
clear error for each way it can fail: the host is unknown or unreachable, the server is slow, answers
with an error status, sends no HTML, or sends too much.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from vnreport import regexes
from vnreport.errors import InputError
from vnreport.limits import DEFAULT_FETCH_TIMEOUT

_ISO_DATE = regexes.compile(r"\d{4}-\d{2}-\d{2}")
HTML_SUFFIXES = (".html", ".htm")
_URL = regexes.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)
# A bytes pattern: compiled by re (the ready-made table in vnreport.regexes holds str patterns).
_MARKUP = re.compile(rb"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    text: str  # title line, then the main text, one paragraph per line
    title: str | None
    published: str | None  # YYYY-MM-DD from the page's metadata


def is_html(path: str) -> bool:
    return path.lower().endswith(HTML_SUFFIXES)


def is_url(path: str) -> bool:
    return _URL.fullmatch(path) is not None


def looks_like_markup(data: bytes) -> bool:
    """Standard input that is an HTML page rather than an article's text."""
    return _MARKUP.match(data[:1024]) is not None


# `&#27;`, `&#x1b;`: a reference to a C0 control (not tab or line breaks) makes lxml drop the whole page, so
# one such character once cost the page its text; as a space it costs nothing (the text never had it visibly).
_CONTROL_REFERENCE = regexes.compile(r"&#(?:0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01])|[xX]0*(?:[0-8bBcC]|1[0-9a-fA-F]));")


def extract_page(path: str, html: str) -> Page:
    """The article in a page. Raises InputError("no_text") when the page has no main text."""
    import trafilatura

    # trafilatura logs each page it cannot use; the input already gets its error record.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    document = trafilatura.bare_extraction(
        _CONTROL_REFERENCE.sub(" ", html),
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


@dataclass(frozen=True, slots=True)
class Download:
    data: bytes
    content_type: str  # `text/html`, lower case, without parameters
    charset: str | None


def fetch(url: str, *, max_bytes: int, timeout: float = DEFAULT_FETCH_TIMEOUT) -> Download:
    """The body of a URL, at most `max_bytes`, within `timeout` seconds for the whole download.

    Raises InputError with reason `dns`, `unreachable`, `timeout`, `http_status`, `redirect` (to an
    address that is not http or https), `not_html` or `too_large` (see fetching.py)."""
    # urllib (and ssl with it) costs tens of milliseconds to import: only a URL pays for it.
    from vnreport.fetching import fetch_url

    return fetch_url(url, max_bytes=max_bytes, timeout=timeout)

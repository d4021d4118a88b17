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
import time
from dataclasses import dataclass

from vnreport.errors import InputError
from vnreport.limits import DEFAULT_FETCH_TIMEOUT

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
HTML_SUFFIXES = (".html", ".htm")
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024
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


def extract_page(path: str, html: str) -> Page:
    """The article in a page. Raises InputError("no_text") when the page has no main text."""
    import trafilatura

    # trafilatura logs each page it cannot use; the input already gets its error record.
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


@dataclass(frozen=True, slots=True)
class Download:
    data: bytes
    content_type: str  # `text/html`, lower case, without parameters
    charset: str | None


def fetch(url: str, *, max_bytes: int, timeout: float = DEFAULT_FETCH_TIMEOUT) -> Download:
    """The body of a URL, at most `max_bytes`, within `timeout` seconds for the whole download."""
    # urllib (and ssl with it) costs tens of milliseconds to import: only a URL pays for it.
    import urllib.error
    import urllib.request
    from email.message import Message

    from vnreport import __version__

    request = urllib.request.Request(url, headers={"User-Agent": f"vnreport/{__version__}", "Accept": "text/html"})
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            headers: Message = response.headers
            content_type = headers.get_content_type().lower()
            if content_type not in _HTML_TYPES and content_type != "text/plain":
                raise InputError(url, "not_html", f"the server sent {content_type}, not an HTML page")
            declared = headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                message = f"page is {int(declared):,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)"
                raise InputError(url, "too_large", message)
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise InputError(url, "timeout", f"the download took more than {timeout:g} s")
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(url, "too_large", f"page is over the {max_bytes:,}-byte limit (--max-bytes)")
                chunks.append(chunk)
            return Download(b"".join(chunks), content_type, headers.get_content_charset())
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(url, "http_status", f"the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise _network_error(url, exc.reason, timeout) from None
    except TimeoutError:
        raise InputError(url, "timeout", f"no answer within {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise _network_error(url, exc, timeout) from None


def _network_error(url: str, reason: object, timeout: float) -> InputError:
    import socket

    if isinstance(reason, socket.gaierror):
        return InputError(url, "dns", "the host name could not be resolved (no such host, or no network)")
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return InputError(url, "timeout", f"no answer within {timeout:g} s")
    if isinstance(reason, ConnectionRefusedError):
        return InputError(url, "unreachable", "the connection was refused")
    text = getattr(reason, "strerror", None) or str(reason)
    return InputError(url, "unreachable", f"cannot fetch: {text}")

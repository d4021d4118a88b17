"""Tokens the word segmenter must keep whole: URLs, e-mails, document numbers, dates, times, numbers.

underthesea breaks `258-KH/TU` into five tokens and a URL into three sentences; these patterns find
such spans first (on the match view, so dash and slash variants are covered) and the segmenter treats
each as one word that no sentence boundary may cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from vnreport import regexes

_UP = "A-ZĐÀ-Ỹ"
_URL = r"(?:https?://|ftp://|www\.)[^\s<>\"“”‘’()\[\]{}]*[^\s<>\"“”‘’()\[\]{}.,;:!?…'*]"
# Repetition is bounded (a DNS label has at most 63 characters, a local part 64, a number is not
# 40 digits long): a pattern restarted at every position of a long run must not rescan the whole run,
# or time grows with the square of the input (issue #11). Natural text never reaches these bounds.
_DOMAIN = (
    r"(?<![\w@.])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,8}\.(?:vn|com|net|org|gov|edu|info|io|int)"
    r"(?:\.vn)?(?:/[^\s<>\"“”‘’()\[\]{}]*[^\s<>\"“”‘’()\[\]{}.,;:!?…'*])?(?![\w@])"
)
_EMAIL = r"[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,8}+"
# A code may hold inner dots (`TP.HCM`) but never ends with one: `… 258-KH/TU.` ends a sentence.
_CODE = rf"[{_UP}](?:[A-Za-zĐđƯư0-9&]|\.(?=[A-Za-zĐđ0-9]))*"
_STATE_DOC = rf"\d{{1,5}}(?:/(?:19|20)\d\d)?/{_CODE}(?:-{_CODE})+|\d{{1,4}}/(?:19|20)\d\d/(?:UBTV)?QH\d{{1,2}}"
_PARTY_DOC = rf"\d{{1,5}}-[{_UP}][A-Za-zĐđ]{{0,4}}/{_CODE}(?:-{_CODE})*"
_DATE = (
    r"\d{1,2}/\d{1,2}/(?:1[89]|20)\d\d|\d{1,2}-\d{1,2}-(?:1[89]|20)\d\d|\d{1,2}\.\d{1,2}\.(?:1[89]|20)\d\d"
    r"|(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/])|(?:0?[1-9]|1[0-2])/(?:1[89]|20)\d\d"
)
_TIME = r"\d{1,2}h\d{2}(?:'|p)?|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}h(?![\w])"
_NUMBER = r"\d{1,3}(?:\.\d{3})++(?:,\d{1,40}+)?%?|\d{1,40}+,\d{1,40}+%?|\d{1,40}+%"

_KINDS = (
    ("url", _URL),
    ("email", _EMAIL),
    ("url_domain", _DOMAIN),
    ("document", _STATE_DOC + "|" + _PARTY_DOC),
    ("date", _DATE),
    ("time", _TIME),
    ("number", _NUMBER),
)
_TOP_LEVEL_DOMAINS = tuple(f".{tld}" for tld in ("vn", "com", "net", "org", "gov", "edu", "info", "io", "int"))


@cache
def _pattern(url: bool, email: bool, domain: bool) -> re.Pattern[str]:
    """The protected-token pattern (every kind, each a named group) without the alternatives a paragraph
    cannot match: most paragraphs hold no `@`, no `://` and no domain, and the e-mail and domain
    alternatives are otherwise tried at every letter. Compiled on first use: a start compiles only the
    variants the text needs."""
    skip = {name for name, present in (("url", url), ("email", email), ("url_domain", domain)) if not present}
    return regexes.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _KINDS if name not in skip))


_DIGIT = regexes.compile(r"\d")


def _at_digits(pattern: re.Pattern[str], view: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """`pattern.finditer` for a pattern whose every alternative opens with a digit (documents, dates, times,
    numbers): tried only where a digit stands, not at every letter of the paragraph."""
    pos = start
    while (digit := _DIGIT.search(view, pos, stop)) is not None:
        match = pattern.match(view, digit.start(), stop)
        if match is None:
            pos = digit.start() + 1
        else:
            yield match
            pos = match.end()


def protected_spans(view: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of every protected token in `view[start:end]`, left to right."""
    stop = len(view) if end is None else end
    url = view.find("://", start, stop) >= 0 or view.find("www.", start, stop) >= 0
    email = view.find("@", start, stop) >= 0
    domain = any(view.find(tld, start, stop) >= 0 for tld in _TOP_LEVEL_DOMAINS)
    pattern = _pattern(url, email, domain)
    matches = pattern.finditer(view, start, stop) if url or email or domain else _at_digits(pattern, view, start, stop)
    for match in matches:
        kind = match.lastgroup or "word"
        if kind == "url_domain":
            kind = "url"
        elif kind == "number" and match.group().endswith("%"):
            kind = "percent"
        yield match.start(), match.end(), kind

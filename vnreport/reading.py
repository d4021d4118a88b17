"""Reading inputs: a file, standard input, a saved news page, a URL or a JSON Lines record's text →
decoded, NFC-normalised text (a Source), or an InputError that names the reason.

`load_input` is the one input path of `analyze`, `segment` and `batch`: the same input gives the same
text wherever it is read. The decoded text is the coordinate system of every offset in a report: NFC
is the only rewrite.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import unicodedata
from dataclasses import dataclass
from typing import IO

from vnreport.errors import InputError
from vnreport.legacy import decode_legacy_bytes, repair_legacy
from vnreport.limits import DEFAULT_FETCH_TIMEOUT, DEFAULT_MAX_BYTES
from vnreport.pages import extract_page, fetch, is_html, is_url, looks_like_markup
from vnreport.text import nfc

STDIN_NAME = "<stdin>"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Marks a Vietnamese letter can carry: 5 tones plus circumflex, breve and horn.
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    text: str
    sha256: str
    encoding: str
    size: int
    published: str | None = None  # YYYY-MM-DD from a news page's metadata: the year of partial dates


def load_input(
    path: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    text: str | None = None,
    timeout: float = DEFAULT_FETCH_TIMEOUT,
) -> Source:
    """The input named by `path`: `-` (standard input), an `http(s)://` URL, a saved page (`.html`,
    `.htm`), or a text file; with `text`, that text (a JSON Lines record's field) under the name `path`.
    A page (a URL, a `.html` file, or HTML on standard input) is reduced to its article."""
    if text is not None:
        data = text.encode("utf-8")
        if len(data) > max_bytes:
            raise InputError(path, "too_large", f"text is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
        repaired, encoding = repair_legacy(text, "utf-8")
        return _from_text(path, repaired, data, encoding)
    if is_url(path):
        download = fetch(path, max_bytes=max_bytes, timeout=timeout)
        if download.content_type == "text/plain":
            return decode_source(path, download.data, max_bytes=max_bytes)
        return _page_source(path, download.data)
    if path == "-":
        data = read_stream(sys.stdin.buffer, STDIN_NAME, max_bytes)
        return _page_source(STDIN_NAME, data) if looks_like_markup(data) else decode_source(STDIN_NAME, data)
    data = read_bytes(path, max_bytes=max_bytes)
    return _page_source(path, data) if is_html(path) else decode_source(path, data, max_bytes=max_bytes)


def _page_source(path: str, data: bytes) -> Source:
    html, encoding = decode_bytes(path, data)
    page = extract_page(path, html)
    text, encoding = repair_legacy(page.text, encoding)  # old sites set VNI/TCVN3 text in legacy fonts
    return _from_text(path, text, data, encoding, published=page.published)


def _from_text(path: str, text: str, data: bytes, encoding: str, *, published: str | None = None) -> Source:
    text = nfc(text).lstrip("\ufeff")
    if not text.strip():
        raise InputError(path, "empty", "empty input (no text to analyse)")
    sha256 = hashlib.sha256(data).hexdigest()
    return Source(path=path, text=text, sha256=sha256, encoding=encoding, size=len(data), published=published)


def printable_path(path: str) -> str:
    """The path as a record (UTF-8 JSON) carries it, without loss: a file name that is not valid UTF-8
    (`os.fsdecode` keeps its odd bytes as surrogates) has each such byte written `\\xff`, so the name
    can be told and matched again (--resume), where U+FFFD would merge names and never match."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return os.fsencode(path).decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate that is no escaped byte
            return path.encode("utf-8", "backslashreplace").decode("utf-8")
    return path


def read_stream(stream: IO[bytes], name: str, max_bytes: int) -> bytes:
    """At most `max_bytes` of a stream (standard input): one byte more means too large, and the rest
    is never read (`cat /dev/zero | vnreport analyze -` stops at once)."""
    data = stream.read(max_bytes + 1) or b""
    if len(data) > max_bytes:
        raise InputError(name, "too_large", f"input is over the {max_bytes:,}-byte limit (--max-bytes)")
    return data


def _nonblocking(path: str, flags: int) -> int:
    # A FIFO opened for reading would wait for a writer: opened non-blocking, it is seen and refused.
    return os.open(path, flags | os.O_NONBLOCK)


def open_regular(path: str) -> IO[bytes]:
    """The file opened for reading, if it is one a read of cannot block or never end.

    Raises InputError `not_regular` for a FIFO, a socket or a terminal (a FIFO's contents can be given
    on standard input with "-"), and OSError as `open` does. A device such as /dev/zero is opened:
    its read is bounded by the caller."""
    handle = open(path, "rb", opener=_nonblocking)  # noqa: SIM115 (returned to the caller)
    try:
        mode = os.fstat(handle.fileno()).st_mode
        if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
            kind = "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket"
            raise InputError(path, "not_regular", f"is {kind}, not a file (give its contents on standard input with -)")
        if stat.S_ISCHR(mode) and os.isatty(handle.fileno()):
            raise InputError(path, "not_regular", "is a terminal, not a file (give its contents with -)")
    except BaseException:
        handle.close()
        raise
    return handle


def read_bytes(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A file's bytes, never more than `max_bytes`: the limit holds while reading, so a device or a file
    that grows is stopped at the limit, whatever size it claims."""
    try:
        if os.path.isdir(path):
            raise InputError(path, "is_directory", "is a directory, not a file (use `vnreport batch` for folders)")
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise InputError(
                    path, "too_large", f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)"
                )
            data = handle.read(max_bytes + 1) or b""
            if len(data) > max_bytes:
                raise InputError(path, "too_large", f"file is over the {max_bytes:,}-byte limit (--max-bytes)")
            return data
    except FileNotFoundError:
        raise InputError(path, "not_found", "no such file") from None
    except PermissionError:
        raise InputError(path, "permission", "permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is_directory", "is a directory, not a file") from None
    except BlockingIOError:
        raise InputError(path, "not_regular", "cannot be read without waiting (a device?), not a file") from None
    except OSError as exc:
        raise InputError(path, "unreadable", f"cannot read: {exc.strerror or exc}") from None


def decode_source(path: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    if len(data) > max_bytes:
        raise InputError(
            path, "too_large", f"input is {len(data):,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)"
        )
    text, encoding = repair_legacy(*decode_bytes(path, data))
    text = nfc(text).lstrip("\ufeff")
    if not text.strip():
        raise InputError(path, "empty", "empty input (no text to analyse)")
    return Source(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding, size=len(data))


def decode_bytes(path: str, data: bytes) -> tuple[str, str]:
    if not data:
        raise InputError(path, "empty", "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise InputError(
                    path, "undecodable", f"starts with a {encoding} byte-order mark but is not valid {encoding}"
                ) from None
    if b"\x00" in data:
        raise InputError(path, "binary", "binary data (contains NUL bytes), not text")
    try:
        return _checked_text(path, data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return _checked_text(path, damaged[0]), damaged[1]
    # Before cp1258, which would read TCVN3/VNI bytes as plausible-looking accented Latin.
    legacy = decode_legacy_bytes(data)
    if legacy is not None:
        return _checked_text(path, legacy[0]), legacy[1]
    try:
        text = data.decode("cp1258")
        if looks_vietnamese(text):
            return _checked_text(path, text), "windows-1258"
    except UnicodeDecodeError:
        pass
    return _detect(path, data)


_GOOD_PER_BAD = 4  # valid multi-byte characters for each invalid sequence in UTF-8 with a few damaged bytes


def _damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few invalid bytes (a stray byte, a file cut inside a character): the text with each bad
    sequence replaced by U+FFFD, its encoding saying how many — rather than the whole article refused or read
    as mojibake in another code page. A legacy encoding (TCVN3, VNI, Windows-1258) is no such text: its
    accented letters are invalid UTF-8, and it has almost no valid multi-byte sequence."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ch > "\x7f" and ch != "\ufffd")
    if bad <= 0 or good < _GOOD_PER_BAD * bad:
        return None
    return text, f"utf-8 ({bad} invalid byte sequence{'s' if bad > 1 else ''} replaced)"


def _detect(path: str, data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # only needed for unusual inputs

    best = from_bytes(data).best()
    if best is None:
        raise InputError(
            path, "undecodable", "cannot decode: not UTF-8, UTF-16, Windows-1258 or any detectable encoding"
        )
    return _checked_text(path, str(best)), best.encoding


def _checked_text(path: str, text: str) -> str:
    sample = text[:20000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    if sample and controls / len(sample) > 0.01:
        raise InputError(path, "binary", "binary data (control characters), not text")
    return text


def looks_vietnamese(text: str) -> bool:
    """True when nearly every letter is a Latin letter with only Vietnamese marks."""
    decomposed = unicodedata.normalize("NFD", text[:20000])
    letters = marks = foreign = 0
    for ch in decomposed:
        if ch.isascii():
            letters += ch.isalpha()
        elif unicodedata.combining(ch):
            marks += ch in _VIETNAMESE_MARKS
            foreign += ch not in _VIETNAMESE_MARKS
        elif ch in "đĐ":
            letters += 1
        elif ch.isalpha() or unicodedata.category(ch) in {"So", "Sc", "Sm", "Sk"}:
            foreign += 1
    return letters > 0 and marks > 0 and foreign <= 0.005 * letters

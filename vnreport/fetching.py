"""Fetching a page's URL (imported by pages.fetch on first use: urllib, http.client and ssl cost tens of
milliseconds to import, which only a URL should pay).

The whole download is held to `timeout` seconds and `max_bytes` bytes, however the server behaves;
redirects are followed to http(s) addresses only; every failure is one InputError with its reason.
"""

from __future__ import annotations

import contextlib
import functools
import http.client
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message
from typing import IO, Any

from vnreport.errors import InputError
from vnreport.pages import Download

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024


class _Deadline:
    """The time limit of a whole download. The socket timeout alone bounds each wait, not the sum: a
    server that trickles a byte now and then (headers or body) would hold the download open for ever.
    When the limit passes, a timer shuts the connection's socket down, which ends a read blocked in
    another thread at once; `expired` then tells a cut-off page from a complete one."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _HTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, deadline: _Deadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = deadline

    def connect(self) -> None:
        super().connect()
        self._deadline.watch(self.sock)


class _HTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, deadline: _Deadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = deadline

    def connect(self) -> None:
        super().connect()  # connected and wrapped in TLS: the socket that is read from
        self._deadline.watch(self.sock)


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_HTTPConnection, deadline=self._deadline), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_HTTPSConnection, deadline=self._deadline), req)


class _RefusedRedirect(Exception):
    def __init__(self, target: str) -> None:
        super().__init__(target)
        self.target = target


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Redirects are followed to http(s) addresses only. urllib alone would follow one to `ftp://`
    (and say only "HTTP Error 302" for `file://`): a page address leads to a web page or to an error
    that names where it pointed."""

    max_redirections = 5

    def http_error_302(  # type: ignore[override]
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: http.client.HTTPMessage
    ) -> Any:
        target = headers.get("location") or headers.get("uri")
        if target is not None:
            absolute = urllib.parse.urljoin(req.full_url, target.strip())
            if urllib.parse.urlsplit(absolute).scheme.lower() not in ("http", "https"):
                fp.close()
                raise _RefusedRedirect(absolute)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302  # type: ignore[assignment]


def fetch_url(url: str, *, max_bytes: int, timeout: float) -> Download:
    """The body of a URL, at most `max_bytes`, within `timeout` seconds for the whole download.

    Raises InputError with reason `bad_url`, `dns`, `unreachable`, `timeout`, `http_status`, `redirect` (to an
    address that is not http or https), `not_html` or `too_large`. The size limit holds while reading:
    a body that claims no length, or a false one, is cut off once it passes the limit."""
    from vnreport import __version__

    try:
        request = urllib.request.Request(url, headers={"User-Agent": f"vnreport/{__version__}", "Accept": "text/html"})
    except ValueError as exc:  # `http://exa[mple.vn/`: urllib cannot even split it
        raise InputError(url, "bad_url", f"not a valid web address ({exc})") from None
    with _Deadline(timeout) as deadline:
        opener = urllib.request.build_opener(_HTTPHandler(deadline), _HTTPSHandler(deadline), _RedirectHandler())
        try:
            with opener.open(request, timeout=timeout) as response:
                return _read(url, response, max_bytes=max_bytes, deadline=deadline)
        except InputError:
            raise
        except _RefusedRedirect as exc:
            message = f"the server redirected to {exc.target}, which is not an http(s) address (not followed)"
            raise InputError(url, "redirect", message) from None
        except Exception as exc:
            if deadline.expired:  # whatever the cut connection raised, the cause is the time limit
                raise _timed_out(url, timeout) from None
            if isinstance(exc, urllib.error.HTTPError):
                exc.close()
                raise InputError(url, "http_status", f"the server answered {exc.code} {exc.reason}") from None
            if isinstance(exc, urllib.error.URLError):
                raise _network_error(url, exc.reason, timeout) from None
            if isinstance(exc, (OSError, ValueError, http.client.HTTPException)):
                raise _network_error(url, exc, timeout) from None
            raise


def _read(url: str, response: http.client.HTTPResponse, *, max_bytes: int, deadline: _Deadline) -> Download:
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
    while chunk := response.read(_CHUNK):
        size += len(chunk)
        if size > max_bytes:  # never more than one chunk past the limit is held
            raise InputError(url, "too_large", f"page is over the {max_bytes:,}-byte limit (--max-bytes)")
        chunks.append(chunk)
    if deadline.expired:  # the socket was shut: what was read is a cut-off page, not the page
        raise _timed_out(url, deadline.seconds)
    return Download(b"".join(chunks), content_type, headers.get_content_charset())


def _timed_out(url: str, timeout: float) -> InputError:
    return InputError(url, "timeout", f"the download took more than {timeout:g} s (--timeout)")


def _network_error(url: str, reason: object, timeout: float) -> InputError:
    if isinstance(reason, socket.gaierror):
        return InputError(url, "dns", "the host name could not be resolved (no such host, or no network)")
    if isinstance(reason, TimeoutError):  # socket.timeout is TimeoutError
        return _timed_out(url, timeout)
    if isinstance(reason, ConnectionRefusedError):
        return InputError(url, "unreachable", "the connection was refused")
    if isinstance(reason, http.client.IncompleteRead):
        return InputError(url, "unreachable", "the connection closed before the page was complete")
    if isinstance(reason, http.client.HTTPException):
        return InputError(url, "unreachable", f"the server's answer is not HTTP ({type(reason).__name__})")
    text = getattr(reason, "strerror", None) or str(reason)
    return InputError(url, "unreachable", f"cannot fetch: {text}")

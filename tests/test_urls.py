"""`vnreport analyze URL`: pages fetched from a local HTTP server on 127.0.0.1, and every way a fetch can
fail (no such host, nothing listening, too slow, an error status, not HTML, too large, a redirect
away from http) as one line on stderr naming the URL, exit code 1 and no traceback.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from typer.testing import CliRunner

from vnreport.cli.main import app
from vnreport.errors import InputError
from vnreport.pages import fetch

runner = CliRunner()

ARTICLE = (
    "<p>Sáng 12/3, Ủy ban nhân dân tỉnh Bình Định tổ chức hội nghị sơ kết công tác quý I.</p>"
    "<p>Chủ tịch UBND tỉnh Phạm Anh Tuấn chủ trì hội nghị và đề nghị các sở, ngành tập trung giải ngân"
    " vốn đầu tư công trong những tháng tiếp theo.</p>"
    "<p>Theo báo cáo, tổng thu ngân sách trên địa bàn đạt 2.500 tỷ đồng, tăng 12% so với cùng kỳ.</p>"
)
PAGE = (
    '<!doctype html><html><head><meta charset="utf-8">'
    '<meta property="article:published_time" content="2023-03-12T09:00:00+07:00">'
    "<title>Bình Định sơ kết quý I</title></head><body><nav>Trang chủ · Thời sự</nav>"
    f"<article><h1>Bình Định sơ kết quý I</h1>{ARTICLE}</article><footer>Bản quyền</footer></body></html>"
).encode()

Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


@dataclass
class Server:
    base: str
    routes: dict[str, Handler]
    release: threading.Event = field(default_factory=threading.Event)  # ends handlers that wait


def _send(request: http.server.BaseHTTPRequestHandler, status: int, content_type: str, body: bytes) -> None:
    request.send_response(status)
    request.send_header("Content-Type", content_type)
    request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    request.wfile.write(body)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    # A proxy set in the environment must not take the requests to 127.0.0.1 elsewhere.
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    routes: dict[str, Handler] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = routes.get(self.path)
            if route is None:
                _send(self, 404, "text/html", b"<html><body>not here</body></html>")
                return
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client stopped: as it should
                route(self)

        def log_message(self, format: str, *args: object) -> None:
            return None

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    state = Server(f"http://127.0.0.1:{httpd.server_address[1]}", routes)
    try:
        yield state
    finally:
        state.release.set()
        httpd.shutdown()
        httpd.server_close()


def analyze(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["analyze", *args])
    return result.exit_code, result.stdout, result.stderr


def test_a_url_is_analysed_as_its_article_with_the_page_date_as_the_year(server: Server) -> None:
    server.routes["/tin/bai-1.html"] = lambda r: _send(r, 200, "text/html; charset=utf-8", PAGE)
    url = server.base + "/tin/bai-1.html"
    code, out, err = analyze(url, "-f", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["source"]["path"] == url
    assert report["source"]["published"] == "2023-03-12"
    assert report["title"] == "Bình Định sơ kết quý I"
    assert "Trang chủ" not in json.dumps(report, ensure_ascii=False)  # the menu is not the article
    assert ("Sáng 12/3", "2023-03-12") in [(d["text"], d["value"]) for d in report["dates"]]
    assert [o["name"] for o in report["officials"]] == ["Phạm Anh Tuấn"]


def test_a_plain_text_url_is_read_as_text(server: Server) -> None:
    text = "Hà Nội ngày 5/6/2024. Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng làm việc với tỉnh.".encode()
    server.routes["/a.txt"] = lambda r: _send(r, 200, "text/plain; charset=utf-8", text)
    code, out, err = analyze(server.base + "/a.txt", "-f", "json")
    assert code == 0, err
    assert json.loads(out)["source"]["bytes"] == len(text)


def _one_line_failure(err: str, url: str, words: str) -> None:
    lines = err.strip().splitlines()
    assert lines[0].startswith(f"vnreport: {url}: "), err
    assert words in lines[0], err
    assert lines[1:] == ["vnreport: 1 of 1 input(s) failed"]
    assert "Traceback" not in err


def _slow(server: Server) -> Handler:
    def handler(request: http.server.BaseHTTPRequestHandler) -> None:
        server.release.wait(10)  # far beyond --timeout; the fixture ends the wait

    return handler


def _trickle(server: Server) -> Handler:
    """Headers at once, then a byte every 50 ms: each wait is short, the whole is endless."""

    def handler(request: http.server.BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        request.wfile.write(b"<html><body><p>")
        for _ in range(400):
            if server.release.wait(0.05):
                return
            request.wfile.write(b"a")
            request.wfile.flush()

    return handler


def _endless(server: Server) -> Handler:
    """A body with no declared length that would never end (bounded here, far past the limit)."""

    def handler(request: http.server.BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        chunk = b"<p>" + b"x" * 8188 + b"</p>"
        for _ in range(2000):  # 16 MB at most
            if server.release.is_set():
                return
            request.wfile.write(chunk)

    return handler


def _lying_length(request: http.server.BaseHTTPRequestHandler) -> None:
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.send_header("Content-Length", "100")  # says small, sends more than that is read
    request.end_headers()
    request.wfile.write(b"<html><body>" + b"y" * 100_000)


def _redirect(target: str) -> Handler:
    def handler(request: http.server.BaseHTTPRequestHandler) -> None:
        request.send_response(302)
        request.send_header("Location", target)
        request.send_header("Content-Length", "0")
        request.end_headers()

    return handler


FAILURES: list[tuple[str, Callable[[Server], Handler] | None, list[str], str, str]] = [
    # (path, handler factory, extra options, reason, words on the error line)
    ("/missing.html", None, [], "http_status", "404"),
    ("/error.html", lambda s: lambda r: _send(r, 500, "text/html", b"<html>oops</html>"), [], "http_status", "500"),
    ("/doc.pdf", lambda s: lambda r: _send(r, 200, "application/pdf", b"%PDF-1.7\n"), [], "not_html", "/pdf"),
    ("/img.png", lambda s: lambda r: _send(r, 200, "image/png", b"\x89PNG\r\n"), [], "not_html", "image/png"),
    (
        "/big.html",
        lambda s: lambda r: _send(r, 200, "text/html", b"z" * 5000),
        ["--max-bytes", "1000"],
        "too_large",
        "5,000 bytes",
    ),
    ("/endless.html", _endless, ["--max-bytes", "100000"], "too_large", "over the 100,000-byte limit"),
    ("/slow.html", _slow, ["--timeout", "0.5"], "timeout", "more than 0.5 s"),
    ("/trickle.html", _trickle, ["--timeout", "0.6"], "timeout", "more than 0.6 s"),
    ("/to-file.html", lambda s: _redirect("file:///etc/passwd"), [], "redirect", "file:///etc/passwd"),
    ("/to-ftp.html", lambda s: _redirect("ftp://127.0.0.1/page.html"), [], "redirect", "ftp://127.0.0.1/page.html"),
]


@pytest.mark.parametrize(("path", "factory", "options", "reason", "words"), FAILURES, ids=[f[0] for f in FAILURES])
def test_every_failure_is_one_line_exit_1_and_a_record(
    server: Server,
    path: str,
    factory: Callable[[Server], Handler] | None,
    options: list[str],
    reason: str,
    words: str,
) -> None:
    if factory is not None:
        server.routes[path] = factory(server)
    url = server.base + path
    started = time.monotonic()
    code, out, err = analyze(url, *options, "-f", "jsonl")
    assert time.monotonic() - started < 5  # no fetch waits past its limits
    assert code == 1
    _one_line_failure(err, url, words)
    assert json.loads(out) == {"path": url, "error": err.splitlines()[0].split(f"{url}: ", 1)[1], "reason": reason}


def test_no_such_host_and_nothing_listening() -> None:
    # `.invalid` never resolves (RFC 2606); port 9 on loopback has nothing listening (discard).
    cases = (("http://vnreport-test.invalid/tin.html", "dns"), ("http://127.0.0.1:9/tin.html", "unreachable"))
    for url, reason in cases:
        code, out, err = analyze(url, "-f", "jsonl")
        assert code == 1
        assert json.loads(out)["reason"] == reason
        assert err.startswith(f"vnreport: {url}: ") and "Traceback" not in err


def test_a_redirect_to_http_is_followed(server: Server) -> None:
    server.routes["/old.html"] = _redirect("/tin/bai-1.html")
    server.routes["/tin/bai-1.html"] = lambda r: _send(r, 200, "text/html; charset=utf-8", PAGE)
    code, out, err = analyze(server.base + "/old.html", "-f", "json")
    assert code == 0, err
    assert json.loads(out)["source"]["published"] == "2023-03-12"


def test_fetch_holds_the_size_limit_while_reading_whatever_the_length_header_says(server: Server) -> None:
    server.routes["/lying.html"] = lambda r: _lying_length(r)
    server.routes["/endless.html"] = _endless(server)
    # A false Content-Length: http.client reads what it declares and no more.
    assert len(fetch(server.base + "/lying.html", max_bytes=1000, timeout=5).data) == 100
    with pytest.raises(InputError) as caught:
        fetch(server.base + "/endless.html", max_bytes=200_000, timeout=5)
    assert caught.value.reason == "too_large"


def test_a_good_input_beside_a_failed_url_is_still_analysed(server: Server) -> None:
    from tests.conftest import HANOI

    code, out, _ = analyze(server.base + "/nothing.html", str(HANOI), "-f", "jsonl")
    assert code == 1
    failed, report = (json.loads(line) for line in out.splitlines())
    assert failed["reason"] == "http_status"
    assert report["source"]["path"] == str(HANOI)

"""The HTML pages in a real browser: Debian's headless `chromium` loads them from a file, with no network.

Checked on the DOM the browser built (`--dump-dom`, after the page's script ran): every character of
the text is there, each mark's text is `text[start:end]`, the page's script ran under its own
Content-Security-Policy (legend counts filled, a mark pinned from the address), and nothing in the
hostile text became markup. Screenshots are written to build/artefacts/ (and pytest's tmp dir).

Skipped where chromium is missing, except in CI (CI=true), where .ci/run installs it: there a missing
browser fails rather than passing unseen.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from tests.conftest import HANOI, ROOT
from tests.htmldom import Node, parse
from tests.test_html import HOSTILE, page_for

ARTEFACTS = ROOT / "build" / "artefacts"


def _chromium() -> str:
    found = os.environ.get("VNREPORT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("chromium is missing in CI: .ci/run should have installed it (apt-get install chromium)")
    pytest.skip("no chromium on this machine (apt-get install chromium)")


def run_chromium(tmp_path: Path, url: str, *extra: str) -> str:
    # Flags as for any headless run on a machine without a desktop or network: no sandbox (root in CI),
    # no GPU, no background traffic to Google's services, a fresh profile of its own.
    command = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}",
        *extra,
        url,
    ]
    # Bytes, decoded here: text mode would turn the DOM's CRs into LFs (universal newlines).
    done = subprocess.run(command, capture_output=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-2000:].decode("utf-8", "replace")
    return done.stdout.decode("utf-8")


def _marks_on_their_characters(root: Node, text: str) -> list[Node]:
    box = root.find("div", "text")
    assert box.text() == text
    marks = box.find_all("mark", "m")
    assert marks
    for mark in marks:
        assert mark.text() == text[int(mark.attrs["data-start"]) : int(mark.attrs["data-end"])]
    return marks


def _png_size_and_colours(path: Path) -> tuple[int, int, int]:
    """Width, height, and how many distinct byte values its pixel data holds (a blank page has few)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat, at = b"", 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        if data[at + 4 : at + 8] == b"IDAT":
            idat += data[at + 8 : at + 8 + length]
        at += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


def test_the_page_renders_with_its_marks_on_the_right_characters(tmp_path: Path) -> None:
    text = HANOI.read_text(encoding="utf-8")
    html, report = page_for(text)
    page = tmp_path / "hanoi.html"
    page.write_text(html, encoding="utf-8")
    root = parse(run_chromium(tmp_path, page.as_uri() + "#a1-m3", "--dump-dom"))
    assert root.find("body").attrs.get("data-ready") == "1"  # the script ran under the page's CSP
    marks = _marks_on_their_characters(root, text)
    counts = {n.attrs["data-kind"]: int(n.text()) for n in root.find("fieldset", "legend").find_all("span", "n")}
    for kind, count in counts.items():
        assert count == sum(1 for m in marks if f"k-{kind}" in m.classes)
    assert counts["official"] > 0 and counts["date"] == len(report.dates)
    # `#a1-m3` pinned the fourth mark: the panel names its entity and what it was read as.
    pinned = [m for m in marks if "current" in m.classes]
    assert pinned == [marks[3]]
    panel = root.find("aside", "panel")
    assert f"as written: “{marks[3].text()}”" in panel.text()
    assert "pinned" in panel.text()

    shot = tmp_path / "html-view.png"
    run_chromium(tmp_path, page.as_uri() + "#a1-m3", f"--screenshot={shot}", "--window-size=1280,1400")
    width, height, colours = _png_size_and_colours(shot)
    assert (width, height) == (1280, 1400) and colours > 40
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, ARTEFACTS / "html-view.png")


def test_hostile_text_is_shown_as_text_in_the_browser(tmp_path: Path) -> None:
    html, _ = page_for(HOSTILE)
    page = tmp_path / "hostile.html"
    page.write_text(html, encoding="utf-8")
    dom = run_chromium(tmp_path, page.as_uri(), "--dump-dom")
    root = parse(dom)
    # The CRs survive the browser's parser (written as &#13;), so the offsets after them still hold.
    _marks_on_their_characters(root, HOSTILE)
    assert root.find("title").text() != "pwned" and root.find("body").attrs.get("data-ready") == "1"
    assert not root.find_all("img") and not root.find_all("textarea")
    assert len(root.find_all("script")) == 3 and len(root.find_all("style")) == 1
    assert json.loads(root.find("script", "entities").text())


def test_the_stats_page_renders_its_charts(tmp_path: Path) -> None:
    from tests.test_stats_html import corpus_jsonl
    from vnreport.batch.stats import corpus_stats
    from vnreport.render.html.stats_page import stats_page

    data = corpus_stats(str(corpus_jsonl(tmp_path))).to_dict(top=10)
    page = tmp_path / "stats.html"
    page.write_text(stats_page(data, "reports.jsonl"), encoding="utf-8")
    root = parse(run_chromium(tmp_path, page.as_uri(), "--dump-dom"))
    assert len(root.find_all("svg")) == 4
    shot = tmp_path / "stats.png"
    run_chromium(tmp_path, page.as_uri(), f"--screenshot={shot}", "--window-size=1100,1400")
    assert _png_size_and_colours(shot)[2] > 40
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, ARTEFACTS / "stats-view.png")

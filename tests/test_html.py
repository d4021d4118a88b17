"""`analyze --format html`: the page read back with a parser — every character of the text kept, every
mark on its own characters, nesting, escaping of hostile text, nothing fetched. The browser check is
tests/test_browser.py."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.conftest import HANOI
from tests.htmldom import Node, parse
from vnreport.cli.main import app
from vnreport.pipeline import analyze_text
from vnreport.render.html.marks import Close, Open, Span, marked_pieces
from vnreport.render.html.report_page import article_html, report_page
from vnreport.report.model import (
    Mention,
    Official,
    OfficialTitle,
    Organization,
    Report,
    SourceInfo,
)

runner = CliRunner()

HOSTILE = (
    'Hội nghị <script>document.title="pwned"</script> tổng kết\r\n'
    "Sáng 24/5/2024, Chủ tịch UBND tỉnh Thừa Thiên Huế Nguyễn Văn Phương chủ trì hội nghị"
    ' "><img src=x onerror="document.title=1"> tại thành phố Huế.\r\n'
    "Theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, </textarea><!-- ]]> &amp; &lt;b&gt;"
    " tổng thu ngân sách đạt 2.500 tỷ đồng.\n"
    "Ngày 3/6, Sở Y tế tỉnh </mark></div></script><style>*{display:none}</style> họp với Bộ Y tế.\r"
    "Dòng cuối: ' \" ` \u2028 \u202e và &#13; hết.\n"
)


def page_for(text: str, report: Report | None = None, *, year: int | None = None) -> tuple[str, Report]:
    report = report or analyze_text(text, source="bai-viet.txt", year=year)
    article = article_html(1, report, text, only=None)
    return report_page([article], [report.title or ""], []), report


def text_box(root: Node) -> Node:
    return root.find("div", "text")


def assert_marks_sit_on_their_text(root: Node, text: str) -> list[Node]:
    box = text_box(root)
    assert box.text() == text  # not one character lost, added or rewritten
    marks = box.find_all("mark", "m")
    for mark in marks:
        start, end = int(mark.attrs["data-start"]), int(mark.attrs["data-end"])
        assert mark.text() == text[start:end]
    return marks


def test_every_entity_of_the_hanoi_report_is_marked_on_its_own_characters() -> None:
    text = HANOI.read_text(encoding="utf-8")
    html, report = page_for(text)
    root = parse(html)
    marks = assert_marks_sit_on_their_text(root, text)
    by_kind: dict[str, int] = {}
    for mark in marks:
        kind = next(c[2:] for c in mark.classes if c.startswith("k-"))
        by_kind[kind] = by_kind.get(kind, 0) + 1
    mentions = sum(len(o.mentions) + sum(len(t.mentions) for t in o.titles) for o in report.officials)
    assert by_kind["official"] == mentions
    assert by_kind["date"] == len(report.dates)
    assert by_kind["figure"] == len(report.figures)
    assert by_kind["organization"] == sum(len(o.mentions) for o in report.organizations)
    entities = json.loads(root.find("script", "entities").text())
    assert {e[1] for e in entities if e[0] == "official"} == {o.name for o in report.officials}
    # An organisation inside an official's title is nested in its mark, not lost.
    nested = [m for m in marks if "title" in m.classes and m.find_all("mark", "k-organization")]
    assert nested


def test_the_panel_values_are_the_normalised_ones() -> None:
    text = HANOI.read_text(encoding="utf-8")
    root = parse(page_for(text)[0])
    entities = {e[1]: dict(e[2]) for e in json.loads(root.find("script", "entities").text())}
    assert entities["Nguyễn Thị Tuyến"]["Titles"] == "Ủy viên Trung ương Đảng; Phó Bí thư Thường trực Thành ủy Hà Nội"
    assert entities["Chiều 27/9"]["Value"] == "2024-09-27"
    assert entities["Chỉ thị 24-CT/TU"]["Date"] == "2023-08-07"
    assert entities["Chỉ thị 24-CT/TU"]["Key"] == "24-CT/TU"
    assert entities["343,6 nghìn tỷ đồng"]["Value"] == "about 343,600,000,000,000 VND"
    # The same values without JavaScript, in each mark's title.
    mark = next(m for m in text_box(root).find_all("mark", "k-date") if m.text() == "Chiều 27/9")
    assert "Value: 2024-09-27" in mark.attrs["title"]


def test_hostile_text_stays_text() -> None:
    html, report = page_for(HOSTILE)
    root = parse(html)
    assert_marks_sit_on_their_text(root, HOSTILE)
    assert report.officials and report.documents and report.dates  # the text is analysed as usual
    # The page's own scripts only: two JSON blocks and the panel's script, which has no src.
    scripts = root.find_all("script")
    assert [s.attrs.get("type", "") for s in scripts] == ["application/json", "application/json", ""]
    assert "pwned" not in scripts[2].text() and "src" not in scripts[2].attrs
    assert not root.find_all("img") and not root.find_all("textarea") and len(root.find_all("style")) == 1
    for node in root.iter():
        assert not any(name.startswith("on") for name in node.attrs), node
    assert "\r" not in html  # a raw CR would become LF in a browser: written as &#13;
    assert html.count("&#13;") >= 3


def test_hostile_names_in_a_report_from_elsewhere() -> None:
    """A report built by hand (as a program might) with markup in every string the page shows."""
    evil = "</script><script>alert(1)</script>\"'><b onmouseover=alert(2)>"
    text = f"Ông {evil} là Chủ tịch {evil}."
    name_at = text.index(evil)
    org_at = text.index(evil, name_at + 1)
    report = Report(
        source=SourceInfo(path=evil, sha256="0" * 64, encoding="utf-8", bytes=len(text), characters=len(text)),
        title=evil,
        officials=[
            Official(
                name=evil,
                titles=[OfficialTitle(text=f"Chủ tịch {evil}", organization=evil)],
                mentions=[Mention(text=evil, start=name_at, end=name_at + len(evil))],
            )
        ],
        organizations=[Organization(name=evil, mentions=[Mention(text=evil, start=org_at, end=org_at + len(evil))])],
    )
    html, _ = page_for(text, report)
    root = parse(html)
    assert_marks_sit_on_their_text(root, text)
    assert len(root.find_all("script")) == 3 and not root.find_all("b")
    assert root.find("title").text() == evil
    assert root.find("h2").text() == evil
    entities = json.loads(root.find("script", "entities").text())
    assert entities[0][1] == evil


def test_the_page_fetches_nothing_and_allows_only_its_own_style_and_script() -> None:
    html, _ = page_for(HANOI.read_text(encoding="utf-8"))
    root = parse(html)
    assert not root.find_all("link") and not root.find_all("img") and not root.find_all("iframe")
    for node in root.iter():
        assert "src" not in node.attrs
        assert node.attrs.get("href", "#").startswith("#")
    policy = next(m.attrs["content"] for m in root.find_all("meta") if m.attrs.get("http-equiv"))
    assert "default-src 'none'" in policy
    for tag in ("style", "script"):
        code = next(n for n in root.find_all(tag) if not n.attrs.get("type")).text()
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy  # the one inline block the policy lets run


def test_a_url_source_links_to_the_original_page_only_over_http() -> None:
    text = HANOI.read_text(encoding="utf-8")
    url = "https://example.vn/tin/hoi-nghi.html"
    report = analyze_text(text, source=url)
    root = parse(page_for(text, report)[0])
    assert [a.attrs["href"] for a in root.find_all("a")] == [url]
    report.source.path = "javascript:alert(1)"
    assert not parse(page_for(text, report)[0]).find_all("a")


def test_a_date_without_a_year_is_shown_and_explained() -> None:
    text = "Kế hoạch tổ chức hội nghị\nNgày 24/5, Sở Y tế tổ chức hội nghị với các bệnh viện.\n"
    html, report = page_for(text)
    assert [d.value for d in report.dates] == ["XXXX-05-24"]
    root = parse(html)
    mark = text_box(root).find("mark", "k-date")
    assert "Value: —/05/24 (năm chưa rõ)" in mark.attrs["title"]
    assert "not written, and the article gives none" in mark.attrs["title"]
    dates = next(d for d in root.find_all("div", "block") if d.attrs["data-block"] == "dates")
    assert "—/05/24 (năm chưa rõ)" in dates.text()
    assert "năm chưa rõ, XXXX-MM-DD in JSON" in dates.find("p", "note").text()
    assert "--year" in root.find("p", "hint").text()


def test_nested_crossing_and_coinciding_spans() -> None:
    text = "Ban Thường vụ Thành ủy Hà Nội họp."
    spans = [
        Span(0, 29, "organization", 0),  # Ban Thường vụ Thành ủy Hà Nội
        Span(14, 29, "organization", 1),  # Thành ủy Hà Nội, nested
        Span(23, 29, "location", 2),  # Hà Nội, nested twice
        Span(23, 29, "location", 2),  # the same mention twice: marked once
        Span(25, 33, "date", 3),  # crosses the place: not marked, listed with it
        Span(0, 29, "official", 4, "title"),  # coincides with the organisation: the official outside
        Span(30, 99, "figure", 5),  # past the end of the text: skipped
        Span(5, 5, "figure", 6),  # empty: skipped
    ]
    pieces = list(marked_pieces(text, spans))
    assert "".join(p for p in pieces if isinstance(p, str)) == text
    opened = [p.mark.span for p in pieces if isinstance(p, Open)]
    assert [(s.kind, s.start, s.end) for s in opened] == [
        ("official", 0, 29),
        ("organization", 0, 29),
        ("organization", 14, 29),
        ("location", 23, 29),
    ]
    place = next(p.mark for p in pieces if isinstance(p, Open) and p.mark.span.kind == "location")
    assert [s.kind for s in place.crossing] == ["date"]


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="ab <&\r\n\"'đ", min_size=0, max_size=40),
    st.lists(st.tuples(st.integers(-2, 45), st.integers(-2, 45), st.sampled_from(["date", "official", "figure"]))),
)
def test_marks_keep_every_character_and_nest(text: str, raw: list[tuple[int, int, str]]) -> None:
    spans = [Span(a, b, kind, k) for k, (a, b, kind) in enumerate(raw)]
    pieces = list(marked_pieces(text, spans))
    assert "".join(p for p in pieces if isinstance(p, str)) == text
    depth, at, stack = 0, 0, []
    for piece in pieces:
        if isinstance(piece, str):
            at += len(piece)
        elif isinstance(piece, Open):
            assert piece.mark.span.start == at
            stack.append(piece.mark)
        else:
            assert isinstance(piece, Close) and stack.pop() is piece.mark
            assert piece.mark.span.end == at
        depth = max(depth, len(stack))
    assert not stack


def test_cli_several_inputs_make_one_page_with_contents_and_the_failures(tmp_path: Path) -> None:
    second = tmp_path / "tin-2.txt"
    second.write_text("Sở Tài chính báo cáo\nNgày 3/6/2024, Sở Tài chính tỉnh Nghệ An họp.\n", encoding="utf-8")
    missing = tmp_path / "<missing>.txt"
    result = runner.invoke(app, ["analyze", str(HANOI), str(missing), str(second), "--format", "html"])
    assert result.exit_code == 1
    assert "no such file" in result.stderr and "Traceback" not in result.stderr
    root = parse(result.stdout)
    articles = root.find_all("article", "report")
    assert [a.attrs["id"] for a in articles] == ["a1", "a2"]
    assert [a.attrs["href"] for a in root.find("nav", "toc").find_all("a")] == ["#a1", "#a2"]
    assert str(missing) in root.find("section", "failures").text()
    assert text_box(articles[1]).text() == second.read_text(encoding="utf-8")
    assert result.stdout.count("<html") == 1


def test_cli_html_respects_only_and_the_year_hint() -> None:
    result = runner.invoke(app, ["analyze", str(HANOI), "-f", "html", "--only", "officials", "--year", "2024"])
    assert result.exit_code == 0
    root = parse(result.stdout)
    blocks = [b.attrs["data-block"] for b in root.find_all("div", "block")]
    assert blocks == ["officials"]
    assert not root.find_all("p", "hint")  # --year given
    assert re.search(r'data-start="\d+"', result.stdout)  # the text is marked whatever --only says

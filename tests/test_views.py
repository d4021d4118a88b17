"""The terminal and Markdown views, and JSON from a pipe against the schema.

Snapshots are rendered from a Report built by hand (summary included), so they change only when the
views do. `UPDATE_SNAPSHOTS=1 python -m pytest tests/test_views.py` rewrites them.
"""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import msgspec
import pytest
from rich.cells import cell_len
from rich.console import Console
from typer.testing import CliRunner

from tests.conftest import HANOI
from vnreport.cli.main import app
from vnreport.pipeline import analyze_text
from vnreport.render.markdown import to_markdown
from vnreport.render.sections import block_strings, date_label, report_blocks, source_line, year_hint
from vnreport.render.terminal import report_view
from vnreport.report.model import (
    Change,
    DateMention,
    DocumentRef,
    Event,
    Figure,
    KeyFact,
    Location,
    Mention,
    Official,
    OfficialTitle,
    Organization,
    Participant,
    Person,
    Report,
    SourceInfo,
    Summary,
    Task,
    Warning,
)

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"
runner = CliRunner()


def m(text: str, start: int = 0) -> Mention:
    return Mention(text=text, start=start, end=start + len(text))


def sample_report() -> Report:
    """A small report with every section and every summary part filled, written by hand."""
    chair_titles = ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Nghệ An"]
    return Report(
        source=SourceInfo(
            path="bai-viet.txt", sha256="0123456789abcdef" * 4, encoding="utf-8", bytes=4200, characters=3000, words=640
        ),
        title="Nghệ An triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2025",
        officials=[
            Official(
                name="Nguyễn Đức Trung",
                titles=[OfficialTitle(text=t) for t in chair_titles],
                mentions=[m("Nguyễn Đức Trung", 120), m("Nguyễn Đức Trung", 900)],
                role="chaired",
                roles=["chaired", "spoke"],
            ),
            Official(
                name="Lê Hồng Vinh",
                titles=[OfficialTitle(text="Phó Bí thư Tỉnh ủy"), OfficialTitle(text="Chủ tịch UBND tỉnh")],
                mentions=[m("Lê Hồng Vinh", 300)],
                role="attended",
                roles=["attended"],
            ),
        ],
        people=[Person(name="Hải Vương", kind="byline", mentions=[m("Hải Vương", 2990)])],
        dates=[
            DateMention(text="Sáng 6/1", value="2025-01-06", start=60, end=68, part_of_day="sáng"),
            DateMention(text="năm 2024", value="2024", start=500, end=508, precision="year"),
        ],
        documents=[
            DocumentRef(
                text="Nghị quyết số 57-NQ/TW",
                kind="Nghị quyết",
                number="57-NQ/TW",
                key="57-NQ/TW",
                date="2024-12-22",
                issuer="Bộ Chính trị",
                subject="đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
                start=1500,
                end=1522,
            ),
            DocumentRef(
                text="Luật Đất đai năm 2024",
                kind="Luật",
                number=None,
                key="luat-dat-dai-2024",
                name="Luật Đất đai năm 2024",
                start=1800,
                end=1821,
            ),
        ],
        organizations=[
            Organization(name="Tỉnh ủy Nghệ An", mentions=[m("Tỉnh ủy Nghệ An", 70)]),
            Organization(name="UBND tỉnh", expanded="Ủy ban nhân dân tỉnh", mentions=[m("UBND tỉnh", 700)]),
        ],
        locations=[Location(name="Nghệ An", level="province", province="Nghệ An", mentions=[m("Nghệ An", 78)])],
        figures=[
            Figure(text="7,2%", value=7.2, unit="%", start=1000, end=1004, measure="tốc độ tăng trưởng GRDP"),
            Figure(
                text="22.450 tỷ đồng",
                value=22450e9,
                unit="VND",
                start=1100,
                end=1114,
                change=Change(text="tăng 12,5% so với năm 2023", kind="increase", value=12.5),
            ),
        ],
        summary=Summary(
            event=Event(
                kind="conference",
                name="Hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2025",
                date="2025-01-06",
                part_of_day="sáng",
                location="thành phố Vinh",
                organizer="Tỉnh ủy Nghệ An",
                chaired=["Nguyễn Đức Trung"],
                attended=["Lê Hồng Vinh"],
                spoke=["Nguyễn Đức Trung"],
                participants=[
                    Participant(name="Nguyễn Đức Trung", titles=chair_titles, roles=["chaired", "spoke"]),
                    Participant(
                        name="Lê Hồng Vinh", titles=["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], roles=["attended"]
                    ),
                ],
            ),
            key_facts=[
                KeyFact(measure="tốc độ tăng trưởng GRDP", text="7,2%", value=7.2, unit="%", start=1000, end=1004),
                KeyFact(
                    measure="tổng thu ngân sách nhà nước trên địa bàn",
                    text="22.450 tỷ đồng",
                    value=22450e9,
                    unit="VND",
                    change="tăng 12,5% so với năm 2023",
                    period="năm 2024",
                    start=1100,
                    end=1114,
                ),
            ],
            documents=["57-NQ/TW", "luat-dat-dai-2024"],
            tasks=[
                Task(
                    text="tập trung tháo gỡ khó khăn, vướng mắc cho các dự án trọng điểm",
                    verb="yêu cầu",
                    by="Nguyễn Đức Trung",
                    to="các sở, ban, ngành, địa phương",
                    start=2000,
                    end=2061,
                ),
                Task(
                    text="đẩy nhanh tiến độ giải ngân vốn đầu tư công ngay từ đầu năm",
                    verb="yêu cầu",
                    by="Nguyễn Đức Trung",
                    to="các sở, ban, ngành, địa phương",
                    start=2063,
                    end=2122,
                ),
                Task(
                    text="chủ trì rà soát quy hoạch sử dụng đất theo Luật Đất đai năm 2024",
                    verb="giao",
                    by="Lê Hồng Vinh",
                    to="Sở Nông nghiệp và Môi trường",
                    start=2200,
                    end=2265,
                ),
            ],
            highlights=[
                m(
                    "Sáng 6/1, Tỉnh ủy Nghệ An tổ chức Hội nghị triển khai nhiệm vụ phát triển "
                    "kinh tế - xã hội năm 2025.",
                    60,
                ),
                m("Năm 2024, tốc độ tăng trưởng GRDP của tỉnh ước đạt 7,2%, cao nhất trong 10 năm qua.", 1000),
                m("Tổng thu ngân sách nhà nước trên địa bàn đạt 22.450 tỷ đồng, tăng 12,5% so với năm 2023.", 1100),
            ],
            warnings=[
                Warning(
                    kind="repeated_paragraph",
                    message="paragraph appears 2 times in the source (likely a scraped photo caption): "
                    "“Các đại biểu dự Hội nghị.”",
                    mentions=[m("Các đại biểu dự Hội nghị.", 2500), m("Các đại biểu dự Hội nghị.", 2530)],
                ),
            ],
        ),
    )


def render_terminal(report: Report, width: int = 80, only: frozenset[str] | None = None) -> str:
    console = Console(width=width, record=True, force_terminal=False, color_system=None, file=io.StringIO())
    console.print(report_view(report, only))
    return "\n".join(line.rstrip() for line in console.export_text().splitlines()) + "\n"


def check_snapshot(name: str, actual: str) -> None:
    path = SNAPSHOTS / name
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"missing snapshot {path}; run with UPDATE_SNAPSHOTS=1 to write it")
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs from its snapshot (UPDATE_SNAPSHOTS=1 rewrites it)"


# --- snapshots ------------------------------------------------------------------------------------


def test_terminal_snapshot_80_columns() -> None:
    check_snapshot("report_80.txt", render_terminal(sample_report(), 80))


def test_terminal_snapshot_120_columns() -> None:
    check_snapshot("report_120.txt", render_terminal(sample_report(), 120))


def test_markdown_snapshot() -> None:
    check_snapshot("report.md", to_markdown(sample_report()))


# --- fitting 80 columns without cutting words ----------------------------------------------------

_BOX = re.compile(r"[\u2500-\u257f]")
_DECORATION = re.compile(r"^(\(\d+\)|\d+\.|!|—)$")


def assert_fits_without_cutting_words(report: Report, rendered: str, width: int) -> None:
    lines = rendered.splitlines()
    assert max(cell_len(line) for line in lines) <= width
    strings = [report.title or "", source_line(report), year_hint(report) or ""]
    for block in report_blocks(report):
        strings += block_strings(block)
        strings += [f"{block.title}:", "none", "found"]
    allowed = {word for s in strings for word in s.split()}
    for line in lines:
        for word in _BOX.sub(" ", line).split():
            assert word in allowed or _DECORATION.match(word), f"{word!r} is cut or unknown in: {line!r}"


def test_the_hand_built_report_fits_80_columns_without_cutting_a_word() -> None:
    report = sample_report()
    assert_fits_without_cutting_words(report, render_terminal(report, 80), 80)


def test_the_hanoi_report_fits_80_columns_without_cutting_a_word() -> None:
    report = analyze_text(HANOI.read_text(encoding="utf-8"), source=str(HANOI))
    assert_fits_without_cutting_words(report, render_terminal(report, 80), 80)


def test_wider_terminals_are_used() -> None:
    narrow = render_terminal(sample_report(), 80).splitlines()
    wide = render_terminal(sample_report(), 120).splitlines()
    assert len(wide) < len(narrow)
    assert max(cell_len(line) for line in wide) > 80


# --- summary first, --only ------------------------------------------------------------------------


def test_the_event_and_the_officials_lead_then_the_summary_then_the_entity_tables() -> None:
    text = render_terminal(sample_report(), 100)
    titles = ("Event", "Officials", "Key facts", "Documents cited", "Tasks", "Highlights", "Warnings", "Other people")
    order = [text.index(t) for t in titles]
    assert order == sorted(order)
    # The titles stand once, in the officials table right under the event, which names the people only.
    assert "Nguyễn Đức Trung — " not in text and "Bí thư Tỉnh ủy Nghệ An" in text
    assert "Documents (2)" not in text  # the documents show once, as the summary's documents cited
    # Markdown keeps the summary whole (its headings nest), the titles in the event.
    md = to_markdown(sample_report())
    assert "Nguyễn Đức Trung — Ủy viên Trung ương Đảng; Bí thư Tỉnh ủy Nghệ An" in md
    assert md.index("### Warnings") < md.index("## Officials")


def test_the_demo_shows_the_officials_on_the_first_screen() -> None:
    report = analyze_text(HANOI.read_text(encoding="utf-8"), source=str(HANOI))
    lines = render_terminal(report, 80).splitlines()
    first = next(k for k, line in enumerate(lines) if line.startswith("Officials ("))
    last_name = next(k for k, line in enumerate(lines) if "Lê Hồng Sơn" in line and k > first)
    assert last_name < 45, "the officials table should end within a 45-line screen"


def test_only_a_summary_part_and_a_section() -> None:
    text = render_terminal(sample_report(), 100, frozenset({"summary.tasks", "officials"}))
    assert "Tasks (3)" in text and "Officials (2)" in text
    assert "Highlights" not in text and "Key facts" not in text and "Locations" not in text
    md = to_markdown(sample_report(), frozenset({"summary", "officials"}))
    assert "## Summary" in md and "### Warnings (1)" in md and "## Officials (2)" in md and "## Dates" not in md


def test_only_narrows_json_to_summary_parts() -> None:
    result = runner.invoke(app, ["analyze", str(HANOI), "-f", "json", "--only", "summary.tasks,summary.warnings"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data["summary"]) == {"tasks", "warnings"}
    assert "officials" not in data and "source" in data
    whole = json.loads(runner.invoke(app, ["analyze", str(HANOI), "-f", "json", "--only", "summary"]).stdout)
    assert set(whole["summary"]) == {"brief", "event", "key_facts", "documents", "tasks", "highlights", "warnings"}


def test_markdown_from_the_cli_has_the_summary() -> None:
    result = runner.invoke(app, ["analyze", str(HANOI), "-f", "markdown"])
    assert result.exit_code == 0
    assert "## Summary" in result.stdout and "### Event" in result.stdout and "### Tasks (" in result.stdout


# --- JSON from a pipe -------------------------------------------------------------------------------


def test_json_from_a_pipe_round_trips_through_the_schema() -> None:
    result = runner.invoke(app, ["analyze", str(HANOI)])  # not a terminal: JSON by default
    assert result.exit_code == 0, result.stderr
    report = msgspec.json.decode(result.stdout, type=Report)
    assert report.summary is not None and report.summary.warnings
    assert msgspec.json.decode(msgspec.json.encode(report), type=Report) == report
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    jsonschema.validate(json.loads(result.stdout), schema)


def test_the_hand_built_report_is_valid_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    jsonschema.validate(sample_report().to_dict(), schema)


# --- dates without a year, the --year hint, an official document -----------------------------------


def test_a_date_with_an_unknown_year_is_shown_and_explained() -> None:
    assert date_label("XXXX-05-24") == "—/05/24 (năm chưa rõ)"
    assert date_label("XXXX-05-24/XXXX-05-26") == "—/05/24 → —/05/26 (năm chưa rõ)"
    assert date_label("2024-05-24") == "2024-05-24" and date_label("2024-Q3") == "2024-Q3"
    report = sample_report()
    report.dates.append(DateMention(text="ngày 24/5", value="XXXX-05-24", start=700, end=709))
    text = render_terminal(report, 100, frozenset({"dates"}))
    assert "—/05/24 (năm chưa rõ)" in text and "XXXX" not in text.replace("XXXX-MM-DD in JSON", "")
    assert "năm chưa rõ, XXXX-MM-DD in JSON): the year is not written" in " ".join(text.split())
    md = to_markdown(report, frozenset({"dates"}))
    assert "| ngày 24/5 | —/05/24 (năm chưa rõ) |" in md and "_—/MM/DD (năm chưa rõ" in md
    # Without such a date, no note.
    assert "năm chưa rõ" not in render_terminal(sample_report(), 100, frozenset({"dates"}))


def test_the_year_hint_is_one_line_when_dates_lack_a_year_and_no_year_was_given() -> None:
    report = sample_report()
    report.dates.append(DateMention(text="ngày 24/5", value="XXXX-05-24", start=700, end=709))
    report.dates[0].inferred = True
    report.year_source = "none"
    lines = render_terminal(report, 80).splitlines()
    assert lines[3].startswith("╰")  # right under the header panel, one line
    assert lines[4] == "2 dates lack a written year: for archives, --year is the biggest accuracy lever"
    report.year_source = "given"  # --year, or a page's own date
    assert "--year is" not in render_terminal(report, 80)

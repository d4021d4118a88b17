"""A separator line of underscores (`_____`, left where a page's paragraphs were joined into one line) is
one punctuation mark: no name, place or title runs across it into the next paragraph."""

from __future__ import annotations

from vnreport import analyze_text
from vnreport.segment.tokens import scan


def test_a_run_of_underscores_is_one_mark() -> None:
    tokens = scan("núi Cấm ________ Các", 0, 20)
    assert [(t.text, t.kind) for t in tokens] == [
        ("núi", "word"),
        ("Cấm", "word"),
        ("________", "punct"),
        ("Các", "word"),
    ]


def test_no_name_runs_across_a_separator() -> None:
    report = analyze_text(
        "Đoàn đã đến núi Cấm ______________ Các hộ dân ký hợp đồng với Công ty Hòa Bình ____________ Sau đó họ về.",
        source="t.txt",
        year=2024,
    )
    assert [loc.name for loc in report.locations] == ["núi Cấm"]
    assert [o.name for o in report.organizations] == ["Công ty Hòa Bình"]

"""Round 14, officials (sentences written for the tests, in the shapes of 2017 news): a name set off from the
title before it by a spaced dash (`Thủ tướng Nhật - Shinzo Abe`)."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def _titles(text: str) -> dict[str, list[str]]:
    officials, _ = extract_people(segment(text, words="dictionary"))
    return {o.name: [t.text for t in o.titles] for o in officials}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bộ trưởng Thương mại Canada - Mark Dolan cho biết các nước sẽ tiếp tục đàm phán.",
            {"Mark Dolan": ["Bộ trưởng Thương mại Canada"]},
        ),
        (
            "Cuộc gặp giữa Thủ tướng Úc - Peter Kellow và Thủ tướng Nhật - Hiroshi Tanabe diễn ra hôm qua.",
            {"Peter Kellow": ["Thủ tướng Úc"], "Hiroshi Tanabe": ["Thủ tướng Nhật"]},
        ),
        (
            "Phó Chủ tịch UBND tỉnh Hà Nam – Trần Văn Lộc khẳng định dự án sẽ hoàn thành đúng hạn.",
            {"Trần Văn Lộc": ["Phó Chủ tịch UBND tỉnh Hà Nam"]},
        ),
    ],
)
def test_a_name_after_a_spaced_dash_takes_the_title_before_it(text: str, expected: dict[str, list[str]]) -> None:
    assert _titles(text) == expected


def test_one_word_after_a_dash_is_no_name() -> None:
    assert _titles("Đoàn công tác của Bộ trưởng Ngoại giao - Hà Nội sẽ đón khách vào tuần sau.") == {}


def test_a_dash_written_tight_sets_off_no_name() -> None:
    assert _titles("Thủ tướng Nhật-Shinzo Abe là tiêu đề của bài.") == {}

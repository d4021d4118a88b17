"""Round 28 (issue #12): titles given by the clause rather than beside the name. Posts held over a time whose
period is bracketed before the person (`trong thời gian giữ chức vụ A, B (giai đoạn …), Thứ trưởng H`), the cues
of a past or original post (`vốn là`, `từng kiêm`, `khi đó còn là`) and `chức danh` after a cue. Sentences written
for the tests."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def titles(text: str) -> dict[str, list[tuple[str, bool]]]:
    found, _ = extract_people(segment(text))
    return {o.name: [(t.text, t.current) for t in o.titles] for o in found}


def test_posts_whose_period_is_bracketed_go_to_the_titled_person_after_them() -> None:
    text = (
        "Theo kết luận, trong thời gian giữ chức vụ Bí thư Đảng ủy, Chủ tịch HĐQT Công ty CP Thiết bị Ánh Dương "
        "(giai đoạn 2005-2011), Thứ trưởng Lê Thị Hoa đã có vi phạm."
    )
    assert titles(text) == {
        "Lê Thị Hoa": [
            ("Thứ trưởng", True),
            ("Bí thư Đảng ủy", False),
            ("Chủ tịch HĐQT Công ty CP Thiết bị Ánh Dương", False),
        ]
    }


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ông Hoàng Văn Nam vốn là Chủ tịch HĐQT Tập đoàn Sông Hồng.",
            "Hoàng Văn Nam",
            ("Chủ tịch HĐQT Tập đoàn Sông Hồng", True),
        ),
        (
            "Nguyên Bộ trưởng Lê Văn Sơn cũng từng kiêm Giám đốc Nhà hát Lớn.",
            "Lê Văn Sơn",
            ("Giám đốc Nhà hát Lớn", False),
        ),
        (
            "Trong số bị bắt có ông Phạm Văn Hùng - khi đó còn là Phó văn phòng Sở Xây dựng tỉnh Hòa Bình.",
            "Phạm Văn Hùng",
            ("Phó văn phòng Sở Xây dựng tỉnh Hòa Bình", False),
        ),
        (
            "Ông Lê Văn Tám giữ chức danh Phó Chủ tịch UBND huyện Lục Nam.",
            "Lê Văn Tám",
            ("Phó Chủ tịch UBND huyện Lục Nam", True),
        ),
    ],
)
def test_cues_of_an_original_or_past_post(text: str, name: str, title: tuple[str, bool]) -> None:
    assert title in titles(text)[name]

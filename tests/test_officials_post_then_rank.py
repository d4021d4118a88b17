"""Round 32, officials (sentences written for the tests): a post written right before a rank, with no comma
between, then the name (`Thứ trưởng Bộ Công an Thượng tướng A`): both are the holder's titles, as with a comma
(`Bộ trưởng Bộ Quốc phòng, Đại tướng A`)."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Thứ trưởng Bộ Công an Thượng tướng Lê Quý Vương cho biết sẽ mở rộng điều tra.",
            "Lê Quý Vương",
            ["Thứ trưởng Bộ Công an", "Thượng tướng"],
        ),
        (
            "Tư lệnh Quân khu 9 Trung tướng Trần Hoài Nam đã kiểm tra công tác phòng chống bão.",
            "Trần Hoài Nam",
            ["Tư lệnh Quân khu 9", "Trung tướng"],
        ),
        (
            "Cựu Tổng tham mưu trưởng Đại tướng Somchai Wongsawat không trả lời.",
            "Somchai Wongsawat",
            ["Tổng tham mưu trưởng", "Đại tướng"],
        ),
    ],
)
def test_the_post_before_a_rank_is_the_holders(text: str, name: str, titles: list[str]) -> None:
    officials, _ = people_of(text)
    assert officials[name] == titles


def test_a_rank_after_a_rank_adds_no_post() -> None:
    officials, _ = people_of("Đại tá Nguyễn Văn Hùng, Thiếu tướng Lê Văn Tâm cùng dự lễ.")
    assert officials == {"Nguyễn Văn Hùng": ["Đại tá"], "Lê Văn Tâm": ["Thiếu tướng"]}

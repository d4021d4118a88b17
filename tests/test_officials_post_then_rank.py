"""Round 32, officials (sentences written for the tests): a post written right before a rank, with no comma
between, then the name (`Thứ trưởng Bộ Công an Thượng tướng A`): both are the holder's titles, as with a comma
(`Bộ trưởng Bộ Quốc phòng, Đại tướng A`)."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text


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


def test_a_rank_right_before_a_rank_adds_no_post() -> None:
    """Two ranks with no comma between (a rank before a rank, a typo or a promotion written in passing): the first
    is no post chained to the second (`_post_before_rank` refuses a bare rank), the holder keeps the rank before
    their name."""
    officials, _ = people_of("Lễ trao quân hàm có Thượng tá Đại tá Nguyễn Văn Hùng tham dự.")
    assert officials == {"Nguyễn Văn Hùng": ["Đại tá"]}


def _chain_seconds(n: int) -> float:
    """Processor time to read `n` titles joined by commas before one name (a hostile input: no name between)."""
    text = "Tin\n\n" + "Phó Chủ tịch UBND tỉnh A, " * n + "ông Nguyễn Văn B phát biểu."
    return best_cpu_seconds(lambda: analyze_text(text), 1)


def test_a_long_chain_of_titles_before_a_name_takes_linear_time() -> None:
    """`chain_before` walks back from the name over the chain once: twice the titles take twice the time."""
    assert doubling_ratio(_chain_seconds, 1000) < 2.5

"""Round 34 (r34-e5): a title set off after its holder's name keeps its portfolio (`phụ trách …`) up to the mark
that closes it, and the run of titles goes on after that mark (`ông A, Phó Tổng Biên tập phụ trách Tạp chí B, Ủy
viên Hội đồng C`). A title before its holder's name is left as read. Sentences written for the tests."""

from __future__ import annotations

from tests.officialshelp import people_of
from tests.timing import best_cpu_seconds, doubling_ratio


def test_a_set_off_portfolio_keeps_the_next_title_of_the_run() -> None:
    officials, _ = people_of(
        "Ông Lâm Quốc Bảo, Phó Tổng Biên tập phụ trách Báo Nông thôn Mới, Ủy viên Hội đồng Khoa học Tỉnh, phát biểu."
    )
    assert officials["Lâm Quốc Bảo"] == [
        "Phó Tổng Biên tập phụ trách Báo Nông thôn Mới",
        "Ủy viên Hội đồng Khoa học Tỉnh",
    ]


def test_a_portfolio_closed_by_the_holders_verb() -> None:
    officials, _ = people_of("Bà Đặng Thu Hà, Phó Giám đốc phụ trách kỹ thuật cho biết máy đã chạy ổn định.")
    assert officials["Đặng Thu Hà"] == ["Phó Giám đốc phụ trách kỹ thuật"]


def test_a_portfolio_before_the_holders_name_is_not_read_into_the_name() -> None:
    officials, _ = people_of("Sáng nay, Phó Chủ tịch phụ trách chuyên môn Hồ Văn Lợi đã tới sân.")
    assert all("Hồ Văn Lợi" not in title for held in officials.values() for title in held)


def _seconds(n: int) -> float:
    text = " ".join(
        f"Ông Lâm Quốc Bảo{i}, Phó Giám đốc phụ trách khối {i} Sở Y tế, Ủy viên Hội đồng {i}, phát biểu."
        for i in range(n)
    )
    return best_cpu_seconds(lambda: people_of(text), 3)


def test_portfolios_take_linear_time() -> None:
    """Each portfolio is read over at most a few tokens after its title: twice the titles take twice the time."""
    assert doubling_ratio(_seconds, 40) < 2.5


def test_a_portfolio_stops_before_a_time_phrase() -> None:
    officials, _ = people_of("Ông Trịnh Văn Khải, Phó Giám đốc phụ trách sản xuất nhiều năm nay, cho biết năm nay khó.")
    assert officials["Trịnh Văn Khải"] == ["Phó Giám đốc phụ trách sản xuất"]


def test_a_portfolio_set_off_by_dashes_closes_at_the_second_dash() -> None:
    officials, _ = people_of("Ông Trịnh Văn Khải - Phó Giám đốc phụ trách sản xuất - nhấn mạnh máy đã chạy ổn định.")
    assert officials["Trịnh Văn Khải"] == ["Phó Giám đốc phụ trách sản xuất"]


def test_a_portfolio_after_a_place_and_before_its_holder_set_off_is_kept() -> None:
    officials, _ = people_of("Tại Đà Nẵng, Phó Chủ tịch phụ trách đô thị, ông Lê Văn Tâm, cho biết công trình sẽ xong.")
    assert officials["Lê Văn Tâm"] == ["Phó Chủ tịch phụ trách đô thị"]

"""Round 30 (issue #12): a later post chained by `rồi` / `sau đó là` after a name's first post, the same `rồi`
inside a career-list item, and the head of a unit with the unit named after the head (`Đội trưởng Đội …`)."""

from __future__ import annotations

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def titles(text: str) -> dict[str, list[tuple[str, bool]]]:
    officials, _ = extract_people(segment(text))
    return {o.name: [(t.text, t.current) for t in o.titles] for o in officials}


def test_a_later_post_after_rồi_is_the_named_persons_too() -> None:
    text = "Ông Hồ Minh Khang, Trưởng phòng Tổng hợp Sở Công Thương rồi Phó Giám đốc Sở Công Thương, đã phát biểu."
    assert titles(text) == {
        "Hồ Minh Khang": [("Trưởng phòng Tổng hợp Sở Công Thương", False), ("Phó Giám đốc Sở Công Thương", True)]
    }


def test_a_later_post_after_a_comma_and_sau_đó_là() -> None:
    text = "Ông Hồ Minh Khang, nguyên Bí thư Huyện ủy Kỳ Sơn, sau đó là Phó Bí thư Tỉnh ủy, đã nghỉ hưu."
    found = titles(text)["Hồ Minh Khang"]
    assert [t for t, _ in found] == ["Bí thư Huyện ủy Kỳ Sơn", "Phó Bí thư Tỉnh ủy"]
    assert found[0][1] is False


def test_rồi_joins_two_posts_of_one_career_item() -> None:
    text = (
        "Tóm tắt tiểu sử ông Hồ Minh Khang:\n"
        "- 3/1990-5/1996: Trưởng khoa rồi Phó Hiệu trưởng Trường Cao đẳng Sư phạm Kon Tum.\n"
        "- 6/1996-8/2001: Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Kon Tum.\n"
    )
    assert [t for t, _ in titles(text)["Hồ Minh Khang"]] == [
        "Trưởng khoa",
        "Phó Hiệu trưởng Trường Cao đẳng Sư phạm Kon Tum",
        "Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Kon Tum",
    ]


def test_head_of_a_team_with_the_team_named_after() -> None:
    text = "Trung tá Lò Văn Sáng - Đội trưởng Đội CSGT số 5 – Công an tỉnh Sơn La cho biết xe đã bị giữ."
    assert [t for t, _ in titles(text)["Lò Văn Sáng"]] == ["Trung tá", "Đội trưởng Đội CSGT số 5 – Công an tỉnh Sơn La"]
    text = "Đội phó Đội Quản lý thị trường số 8 Lò Văn Sáng cho biết hàng đã bị thu giữ."
    assert [t for t, _ in titles(text)["Lò Văn Sáng"]] == ["Đội phó Đội Quản lý thị trường số 8"]


def test_a_team_captain_is_no_post() -> None:
    # without its unit's word right after, `đội trưởng` names the captain of a side
    text = "Ông Lò Văn Sáng, đội trưởng của câu lạc bộ, cho biết cả đội đã sẵn sàng."
    assert "Lò Văn Sáng" not in titles(text)

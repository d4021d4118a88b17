"""Round 32, officials (sentences written for the tests): a head of state's spouse written with the courtesy post
(`Đệ nhất Phu nhân Mỹ A`), a village head written head first (`thôn trưởng`, as `xóm trưởng`), an official of a
body (`quan chức …`) and a firm's strategist (`chiến lược gia … tại <company>`, README round 29) are titles."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Đệ nhất Phu nhân Elena Marquez đã tới thăm một trường tiểu học.", "Elena Marquez", ["Đệ nhất Phu nhân"]),
        ("Đệ nhất phu nhân Pháp Claire Duval dự buổi hòa nhạc.", "Claire Duval", ["Đệ nhất phu nhân Pháp"]),
        ("Ông Lê Văn Tám, thôn trưởng thôn Phú An, cho biết nước đã rút.", "Lê Văn Tám", ["thôn trưởng"]),
        ("Thôn trưởng Nguyễn Văn Hai cho biết nước đã rút.", "Nguyễn Văn Hai", ["Thôn trưởng"]),
    ],
)
def test_courtesy_post_and_village_head_are_titles(text: str, name: str, titles: list[str]) -> None:
    officials, _ = people_of(text, words="dictionary")  # the pipeline's word mode
    assert officials[name] == titles


def test_a_bare_spouse_word_is_no_title() -> None:
    officials, _ = people_of("Tổng thống Peter Hall cùng Phu nhân đang có chuyến thăm chính thức.", words="dictionary")
    assert officials == {"Peter Hall": ["Tổng thống"]}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Ông Rolf Hagen - quan chức tình báo cấp cao thời trước dự đoán điều đó.", "Rolf Hagen", "quan chức"),
        ("Quan chức Bộ Ngoại giao Na Uy Erik Lund cho biết.", "Erik Lund", "Quan chức Bộ Ngoại giao Na Uy"),
        (
            "“Giá sẽ tăng”, theo Tom Baxter, chiến lược gia thị trường trưởng tại BKX Markets.",
            "Tom Baxter",
            "chiến lược gia thị trường trưởng tại BKX Markets",
        ),
    ],
)
def test_an_official_or_a_strategist_after_a_name_is_a_title(text: str, name: str, title: str) -> None:
    officials, _ = people_of(text, words="dictionary")
    assert officials[name] == [title]


def test_officials_counted_without_a_name_are_no_one() -> None:
    assert people_of("Các quan chức Mỹ cho biết Nga đã vi phạm thỏa thuận.", words="dictionary") == ({}, [])

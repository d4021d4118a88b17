"""Round 32, officials (sentences written for the tests): a head of state's spouse written with the courtesy post
(`Đệ nhất Phu nhân Mỹ A`), and a village head written head first (`thôn trưởng`, as `xóm trưởng`), are titles."""

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

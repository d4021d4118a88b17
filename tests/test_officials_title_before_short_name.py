"""Round 36 (e14): a title after `Name, ` with no organisation of its own (a bare head or one ending in a country),
directly followed by one capitalised word and a lower-case word, names that word's holder (`…, Tổng thống Trump
đã …`), not a second post of the name before the comma. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        pytest.param(
            "Trong cuộc gặp với Thủ tướng Na Uy Erik Solberg, Tổng thống Smith đã phát biểu ngắn.",
            "Erik Solberg",
            ["Thủ tướng Na Uy"],
            id="a bare head before a short name",
        ),
        pytest.param(
            "Sau buổi tiếp Bộ trưởng Lê Văn Nam, Thủ tướng Mỹ Smith cho biết hai bên đã thống nhất.",
            "Lê Văn Nam",
            ["Bộ trưởng"],
            id="a head with a country before a short name",
        ),
    ],
)
def test_the_title_belongs_to_the_short_name_after_it(text: str, name: str, titles: list[str]) -> None:
    officials, _ = people_of(text)
    assert officials[name] == titles


def test_a_bare_title_before_a_verb_stays_the_names_own() -> None:
    officials, _ = people_of("Ông Nguyễn Văn An, Thượng nghị sĩ Mỹ cho biết dự luật sẽ được thông qua.")
    assert officials["Nguyễn Văn An"] == ["Thượng nghị sĩ Mỹ"]


def test_a_second_head_after_a_bare_title_is_no_name() -> None:
    officials, _ = people_of("Ông Nguyễn Văn An, Bộ trưởng Chủ nhiệm Văn phòng Chính phủ, cho biết như vậy.")
    assert "Bộ trưởng" in " ".join(officials["Nguyễn Văn An"])

"""Review r28-c: a title in a bracket right after a name takes the capitalised run closing the bracket as its
body only when the run is shaped like an organisation: a Vietnamese personal name there (`ông A (Thư ký Bộ
trưởng B)`) or a foreign name the text gives after `ông`/`bà` is the post's holder. Sentences written for the
tests."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        pytest.param(
            "Ông Nguyễn Văn An (Thư ký Bộ trưởng Trần Văn Bình) cho biết dự án sẽ chậm.",
            "Trần Văn Bình",
            ["Thư ký Bộ trưởng"],
            id="a Vietnamese name",
        ),
        pytest.param(
            "Ông Lê Văn Nam (cố vấn Tổng thống Peter Holmgren) đến Hà Nội. Ông Holmgren cảm ơn Việt Nam.",
            "Peter Holmgren",
            ["cố vấn Tổng thống"],
            id="a foreign name given after ông elsewhere",
        ),
    ],
)
def test_a_person_named_in_the_bracket_holds_the_post(text: str, holder: str, title: list[str]) -> None:
    officials, people = people_of(text)
    assert officials.get(holder) == title
    assert len(people) == 1


def test_an_organisation_closing_the_bracket_is_the_body() -> None:
    officials, people = people_of("Bà Phạm Thu Hà (Giám đốc Lotus Partners) kiến nghị giảm thủ tục.")
    assert officials == {"Phạm Thu Hà": ["Giám đốc Lotus Partners"]}
    assert people == []

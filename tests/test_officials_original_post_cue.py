"""Review r28-c: `vốn là X` gives a post held (`Ông A vốn là Chủ tịch HĐQT Tập đoàn Y.`), unless the sentence goes
on to a later appointment (`…, vừa được bổ nhiệm làm Z`) or the post's end (`… trước khi nghỉ hưu`): then X was
held. Sentences written for the tests."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def titles(text: str) -> dict[str, list[tuple[str, bool]]]:
    found, _ = extract_people(segment(text))
    return {o.name: [(t.text, t.current) for t in o.titles] for o in found}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Ông Đỗ Minh Khôi vốn là Phó Giám đốc Sở Công Thương, vừa được bổ nhiệm làm Giám đốc Sở Nội vụ.",
            ("Phó Giám đốc Sở Công Thương", False),
            id="a later appointment",
        ),
        pytest.param(
            "Ông Đỗ Minh Khôi, vốn là Chủ tịch UBND huyện Yên Thế trước khi nghỉ hưu, vừa được tặng huân chương.",
            ("Chủ tịch UBND huyện Yên Thế", False),
            id="the post's end",
        ),
        pytest.param(
            "Ông Đỗ Minh Khôi vốn là Chủ tịch HĐQT Tập đoàn Hồng Hà, người lập ra quỹ.",
            ("Chủ tịch HĐQT Tập đoàn Hồng Hà", True),
            id="nothing later",
        ),
    ],
)
def test_an_original_post_is_held_unless_the_sentence_goes_on_to_a_later_one(
    text: str, title: tuple[str, bool]
) -> None:
    assert title in titles(text)["Đỗ Minh Khôi"]


def test_the_later_appointment_is_held() -> None:
    text = "Ông Đỗ Minh Khôi vốn là Phó Giám đốc Sở Công Thương, vừa được bổ nhiệm làm Giám đốc Sở Nội vụ."
    assert ("Giám đốc Sở Nội vụ", True) in titles(text)["Đỗ Minh Khôi"]

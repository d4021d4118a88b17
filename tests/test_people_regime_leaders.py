"""A foreign leader named through the government, regime or era that bears their name (`chính quyền Donald Trump`,
`thời George W. Bush`) is a person (issue #12); the official's writing of a name under its title wins over such a
mention written with a hyphen. Sentences written for the tests, one construction each."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment

_HEAD = "Tin thế giới\n\nHải quân nước này vừa tổ chức diễn tập trên biển trong ba ngày.\n\n"


def _read(sentence: str) -> tuple[dict[str, list[str]], list[str]]:
    officials, people = extract_people(segment(_HEAD + sentence))
    return {o.name: [t.text for t in o.titles] for o in officials}, [p.name for p in people]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Đây là cuộc diễn tập đầu tiên dưới chính quyền Jacob Zuma, giới quan sát cho biết.", ["Jacob Zuma"]),
        ("Chính sách này có từ thời Ronald Reagan và vẫn còn hiệu lực.", ["Ronald Reagan"]),
        ("Báo chí cáo buộc chính phủ Nicolas Maduro đàn áp người biểu tình.", ["Nicolas Maduro"]),
    ],
)
def test_a_leader_named_through_a_regime_is_a_person(sentence: str, people: list[str]) -> None:
    assert _read(sentence)[1] == people


@pytest.mark.parametrize(
    "sentence",
    [
        "Chính quyền Kiev chưa phản hồi, còn chính quyền Taliban bác bỏ thông tin.",  # a place, a group: one word
        "Ông nói chính phủ Ukraine Petro Poroshenko sẽ không nhượng bộ.",  # the country opens the run
        "Đồng thời George Clooney cũng có mặt tại buổi diễn tập.",  # `thời` of `đồng thời`: no era's leader
    ],
)
def test_a_regime_word_before_no_foreign_leader_names_no_one(sentence: str) -> None:
    assert _read(sentence)[1] == []


def test_the_officials_writing_wins_over_a_hyphened_regime_mention() -> None:
    officials, people = _read(
        "Vệ tinh cho thấy chính quyền Kim Jong-un mở rộng căn cứ. Nhà lãnh đạo Triều Tiên Kim Jong Un thị sát."
    )
    assert officials == {"Kim Jong Un": ["Nhà lãnh đạo Triều Tiên"]}
    assert people == []

"""Round 31 (issue #12), officials and people (sentences written for the tests): a post written right after a
name with no comma (`bà A đại diện Quỹ B`, `ông A Phó Chủ tịch UBND tỉnh B`, `ông A quyền Giám đốc Sở B`), the heads of
a management board written with its short name (`Phó BQL …`, `Trưởng BQT …`), a head whose own unit is numbered
right after it (`Trưởng khu 3`, `trưởng thôn 2`), a post held at the time set off before its holder
(`Đại sứ … lúc đó, A`), and a nationality among the details before a post in brackets
(`(quốc tịch Anh, SN 1970, trưởng đoàn)`)."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng nay, ông Lò Văn Tâm Phó Chủ tịch UBND tỉnh Điện Biên đã kiểm tra công trình.",
            {"Lò Văn Tâm": ["Phó Chủ tịch UBND tỉnh Điện Biên"]},
        ),
        (
            "Theo bà Helen Carter đại diện UNICEF, số trẻ em bỏ học đã giảm.",
            {"Helen Carter": ["đại diện UNICEF"]},
        ),
        (
            "Ông Lò Văn Tâm quyền Giám đốc Sở Y tế tỉnh Điện Biên cho biết số ca mắc đã giảm.",
            {"Lò Văn Tâm": ["quyền Giám đốc Sở Y tế tỉnh Điện Biên"]},
        ),
    ],
)
def test_a_post_right_after_the_name_with_no_comma(text: str, expected: dict[str, list[str]]) -> None:
    officials, people = people_of(text)
    assert officials == expected
    assert people == []


def test_a_bare_lower_case_head_after_the_name_stays_a_verb() -> None:
    officials, people = people_of("Ông Lò Văn Tâm đại diện cho gia đình nhận quà.")
    assert officials == {}
    assert people == ["Lò Văn Tâm"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo ông Đặng Văn Lộc – Phó BQL Khu kinh tế Vân Phong, dự án sẽ khởi công.",
            {"Đặng Văn Lộc": ["Phó BQL Khu kinh tế Vân Phong"]},
        ),
        (
            "Ông Mai Văn Toàn, Trưởng BQT chung cư, cho hay phí bảo trì chưa được bàn giao.",
            {"Mai Văn Toàn": ["Trưởng BQT"]},
        ),
    ],
)
def test_a_boards_head_with_its_short_name(text: str, expected: dict[str, list[str]]) -> None:
    officials, people = people_of(text)
    assert officials == expected
    assert people == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Hà Văn Sơn (62 tuổi) - Trưởng khu 3, phường Quyết Thắng cho biết như vậy.",
            {"Hà Văn Sơn": ["Trưởng khu 3"]},
        ),
        (
            "Theo trưởng thôn 2 Nguyễn Văn Bình, bà con đã góp tiền làm đường.",
            {"Nguyễn Văn Bình": ["trưởng thôn 2"]},
        ),
        (
            "Ông Hà Văn Sơn làm trưởng thôn 2 năm nay.",
            {"Hà Văn Sơn": ["trưởng thôn"]},
        ),
    ],
)
def test_a_heads_own_unit_numbered_after_it(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = people_of(text)
    assert officials == expected


def test_nationality_among_the_details_before_a_post_in_brackets() -> None:
    officials, people = people_of("Trên tàu còn ông Paul Andrew Miles (quốc tịch Anh, SN 1970, trưởng đoàn).")
    assert officials == {"Paul Andrew Miles": ["trưởng đoàn"]}
    assert people == []


def test_acting_sets_the_post_off_after_a_foreign_name() -> None:
    # `quyền` right after a foreign name with no anchor opens its post as a comma would
    officials, people = people_of("Theo số liệu mà Mark Wilson quyền Trợ lý Bộ trưởng Ngoại giao đưa ra, số vụ tăng.")
    assert officials == {"Mark Wilson": ["quyền Trợ lý Bộ trưởng Ngoại giao"]}
    assert people == []


def test_a_post_held_then_set_off_before_the_name() -> None:
    # `lúc đó`, `khi đó` between a post and its holder, no comma: the post held at the time, no longer (the
    # comma case is test_officials_foreign_holders_after_long_bodies's)
    officials, _ = extract_people(segment("Năm 2012, Đại sứ Anh tại ASEAN lúc đó David Moore đã bác bỏ đề nghị này."))
    assert [(o.name, [(t.text, t.current) for t in o.titles]) for o in officials] == [
        ("David Moore", [("Đại sứ Anh tại ASEAN", False)])
    ]

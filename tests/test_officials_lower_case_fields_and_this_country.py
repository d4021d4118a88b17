"""Round 16 (sentences written for the tests, in the shapes of 2017 news): a foreign official's title whose
organisation is a ministry's field in lower case (`Bộ trưởng quốc phòng A`) or `nước này`, the country the
text just named (`Ngoại trưởng nước này A`), before a foreign name of two words or more."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Bộ trưởng quốc phòng", "Gerhard Lindqvist"),
        ("Bộ trưởng tài chính", "Oliver Brandt"),
        ("bộ trưởng ngoại giao", "Margit Halvorsen"),
    ],
)
def test_lower_case_field_before_foreign_name(title: str, name: str) -> None:
    officials, people = people_of(f"Tin quốc tế. {title} {name} ngày 12/4 cho biết hai bên sẽ tiếp tục đàm phán.")
    assert officials == {name: [title]} and people == []


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Ngoại trưởng nước này", "Stefan Kowalczyk"),
        ("Bộ trưởng Tài chính nước này", "Nikos Andreadis"),
        ("Thủ tướng nước này", "Lena Forsberg"),
    ],
)
def test_this_country_before_foreign_name(title: str, name: str) -> None:
    text = f"Ba Lan vừa công bố kế hoạch mới. {title} {name} khẳng định kế hoạch sẽ được thực hiện ngay."
    officials, people = people_of(text)
    assert officials == {name: [title]} and people == []


def test_lower_case_field_without_name_stays_outside() -> None:
    officials, people = people_of("Tin quốc tế. Bộ trưởng quốc phòng ngày 12/4 cho biết hai bên sẽ tiếp tục đàm phán.")
    assert officials == {} and people == []


@pytest.mark.parametrize(
    ("title", "name", "organization"),
    [
        ("Ngoại trưởng nước này", "Tomasz Wielgosz", None),
        ("Bộ trưởng Nội vụ nước này", "Agata Ziemska", "Nội vụ"),
    ],
)
def test_this_country_is_no_organisation(title: str, name: str, organization: str | None) -> None:
    text = f"Nhiều nước châu Âu lên tiếng sau vụ việc. {title} {name} hứa sẽ điều tra đến cùng."
    (record,) = extract_people(segment(text))[0]
    assert [(t.text, t.organization) for t in record.titles] == [(title, organization)]


def test_this_country_without_name_stays_a_reference() -> None:
    officials, people = people_of(
        "Ba Lan vừa công bố kế hoạch mới. Thủ tướng nước này cho biết kế hoạch sẽ được thực hiện."
    )
    assert officials == {} and people == []


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Cảnh sát trưởng London", "Malcolm Rowntree"),
        ("Phó Cảnh sát trưởng", "Harald Jensen"),
    ],
)
def test_police_chief_is_a_title(title: str, name: str) -> None:
    officials, people = people_of(f"Tin quốc tế. {title} {name} xác nhận ba nghi phạm đã bị bắt giữ.")
    assert officials == {name: [title]} and people == []


def test_police_chief_without_name_is_no_one() -> None:
    officials, people = people_of("Tin quốc tế. Một cảnh sát trưởng bị thương trong vụ tấn công ở thủ đô.")
    assert officials == {} and people == []


def test_predecessor_qualifier_before_foreign_name() -> None:
    text = "Tin quốc tế. Ông Harlan chỉ trích chính sách của Tổng thống tiền nhiệm Walter Brennick."
    officials, people = people_of(text)
    assert officials["Walter Brennick"] == ["Tổng thống"] and "Walter Brennick" not in people
    (record,) = [o for o in extract_people(segment(text))[0] if o.name == "Walter Brennick"]
    assert [t.current for t in record.titles] == [False]


def test_outgoing_qualifier_before_foreign_name_is_not_current() -> None:
    text = "Tin quốc tế. Báo chí địa phương phỏng vấn Thủ tướng mãn nhiệm Henrik Solvang tại nhà riêng."
    (record,) = [o for o in extract_people(segment(text))[0] if o.name == "Henrik Solvang"]
    assert [(t.text, t.current) for t in record.titles] == [("Thủ tướng", False)]

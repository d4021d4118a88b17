"""Round 35 (issue #12): in a list of `Title Name` items, a last title with its body or country and no name,
closed by `cùng` or `;`, is an item of its own whose holder the text does not name, not a second post of the
name before it; a bare title there (`Trưởng đoàn`) or a name that opens no list keeps the post (each test in
its shape, with sentences of our own)."""

from __future__ import annotations

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def _titles(text: str) -> dict[str, list[str]]:
    found, _ = extract_people(segment(text))
    return {o.name: [t.text for t in o.titles] for o in found}


def test_a_titled_item_closing_a_list_with_cung_names_no_one_before_it() -> None:
    officials = _titles(
        "Dự buổi gặp có Thứ trưởng Bộ Y tế Lê Văn Cường, Thứ trưởng Bộ Nội vụ Trần Quốc Bảo, "
        "Đại sứ Việt Nam tại Pháp cùng nhiều cán bộ."
    )
    assert officials["Trần Quốc Bảo"] == ["Thứ trưởng Bộ Nội vụ"]


def test_a_titled_item_closing_a_list_with_a_semicolon_names_no_one_before_it() -> None:
    officials = _titles(
        "Đón đoàn có Bộ trưởng Quốc phòng Đức Anna Weber, Đại sứ Đức tại Việt Nam Paul Klein, "
        "lãnh đạo Vụ Lễ tân Đức; phía ta có nhiều cán bộ."
    )
    assert officials["Paul Klein"] == ["Đại sứ Đức tại Việt Nam"]


def test_a_bare_title_after_a_listed_name_is_still_its_post() -> None:
    officials = _titles(
        "Dự có Thứ trưởng Bộ Y tế Lê Văn Cường, Thứ trưởng Bộ Nội vụ Phạm Văn Đức, Trưởng đoàn cùng các thành viên."
    )
    assert officials["Phạm Văn Đức"] == ["Thứ trưởng Bộ Nội vụ", "Trưởng đoàn"]


def test_a_second_post_of_a_name_that_opens_no_list_is_kept() -> None:
    officials = _titles("Bộ trưởng Bộ Nội vụ Trần Văn Bình, Trưởng Ban Thi đua Trung ương cùng các thành viên đã họp.")
    assert officials["Trần Văn Bình"] == ["Bộ trưởng Bộ Nội vụ", "Trưởng Ban Thi đua Trung ương"]


def test_a_second_post_after_a_name_placed_by_an_honorific_is_kept() -> None:
    # review f (round 35) #1: the name before (`Ông A`) holds no title, so no list of `Title Name` items is open
    officials = _titles(
        "Ông Lê Văn Cường, Bộ trưởng Bộ Nội vụ Trần Văn Bình, Trưởng Ban Thi đua Trung ương cùng các thành viên đã họp."
    )
    assert officials["Trần Văn Bình"] == ["Bộ trưởng Bộ Nội vụ", "Trưởng Ban Thi đua Trung ương"]

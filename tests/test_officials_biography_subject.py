"""Round 30 (issue #12): careers told with the subject left out, after the person is named once with the birth.

The subject of a dated clause (`năm 2001 là …`, `Tháng 3/2010 được điều động làm …`) or of an item that is nothing
but posts (`; Ủy viên Ban Chấp hành Trung ương Đảng khóa XII, XIII;`) is the person the biography opened with, only
inside that paragraph and while no one else has been named since.
"""

from __future__ import annotations

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def titles(text: str) -> dict[str, list[tuple[str, bool]]]:
    officials, _ = extract_people(segment(text))
    return {o.name: [(t.text, t.current) for t in o.titles] for o in officials}


def test_dated_clauses_without_a_subject_are_the_biography_s_former_posts() -> None:
    text = (
        "Tiêu đề\nÔng Lê Văn Cường sinh năm 1960, năm 2001 là Phó Giám đốc Sở Xây dựng tỉnh Nghệ An, năm 2005 là "
        "Giám đốc Sở Xây dựng tỉnh Nghệ An. Tháng 3/2010 được điều động làm Phó Chủ tịch UBND tỉnh Nghệ An; từ "
        "tháng 5/2015 đến nay là Chủ tịch UBND tỉnh Nghệ An.\n"
    )
    assert titles(text) == {
        "Lê Văn Cường": [
            ("Phó Giám đốc Sở Xây dựng tỉnh Nghệ An", False),
            ("Giám đốc Sở Xây dựng tỉnh Nghệ An", False),
            ("Phó Chủ tịch UBND tỉnh Nghệ An", False),
            ("Chủ tịch UBND tỉnh Nghệ An", True),
        ]
    }


def test_a_birth_in_brackets_opens_the_biography_too() -> None:
    text = "Tiêu đề\nÔng Đặng Minh Hải (sinh năm 1965) là kỹ sư. Năm 2012 được bổ nhiệm làm Giám đốc Sở Tài chính.\n"
    assert titles(text) == {"Đặng Minh Hải": [("Giám đốc Sở Tài chính", False)]}


def test_no_biography_no_subject_and_never_across_paragraphs() -> None:
    unopened = "Tiêu đề\nÔng Trần Quốc Bảo cho biết kế hoạch. Năm 2012 được bổ nhiệm làm Giám đốc Sở Tài chính.\n"
    assert "Trần Quốc Bảo" not in titles(unopened)
    other_paragraph = "Tiêu đề\nÔng Trần Quốc Bảo sinh năm 1961.\nNăm 2012 được bổ nhiệm làm Giám đốc Sở Tài chính.\n"
    assert "Trần Quốc Bảo" not in titles(other_paragraph)


def test_someone_named_since_the_birth_takes_the_subject_away() -> None:
    text = (
        "Tiêu đề\nÔng Trần Quốc Bảo sinh năm 1961. Ông Lê Văn Phú cho biết như vậy. Năm 2012 được bổ nhiệm làm "
        "Giám đốc Sở Tài chính.\n"
    )
    assert "Giám đốc Sở Tài chính" not in [t for found in titles(text).values() for t, _ in found]


def test_items_that_are_only_posts_belong_to_the_profile_s_subject() -> None:
    text = (
        "Tiêu đề\nBà Hoàng Thị Lan sinh ngày 2/3/1968, quê quán tỉnh Nghệ An; Ủy viên Ban Chấp hành Trung ương "
        "Đảng khóa XII, XIII; có trình độ Thạc sĩ. Đại biểu Quốc hội khóa XIV.\n"
    )
    assert titles(text) == {
        "Hoàng Thị Lan": [("Ủy viên Ban Chấp hành Trung ương Đảng", True), ("Đại biểu Quốc hội", True)]
    }


def test_a_unit_the_text_names_after_a_unit_word_is_no_holder_after_a_post() -> None:
    text = (
        "Tiêu đề\nÔng Lê Văn Cường sinh năm 1960, năm 2001 là Phó Văn phòng ủy ban tỉnh Sơn Tây; tháng 11/2006 là "
        "Giám đốc Sở Xây dựng Sơn Tây. Tháng 3/2010 được điều động làm Phó Bí thư Thành ủy.\n"
    )
    found = titles(text)
    assert "Sơn Tây" not in found
    assert ("Phó Bí thư Thành ủy", False) in found["Lê Văn Cường"]

"""Round 17 (documents): titles that describe a document rather than name one. Sentences written for the
tests, in the shape of the constructions."""

from __future__ import annotations

import pytest

from vnreport.extract.documents import extract_documents
from vnreport.segment.document import segment


def texts(text: str) -> list[str]:
    return [r.text for r in extract_documents(segment(text, words="dictionary"), [])]


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị bàn về Nghị quyết về phương hướng, nhiệm vụ của năm tới.",
        "Hai bên đã ký kết Hiệp định vay vốn vào tuần trước.",
        "Các đại biểu đề nghị sớm ban hành Nghị quyết về giải ngân mà Chính phủ đã giao.",
    ],
)
def test_a_short_lower_case_title_is_no_document(text: str) -> None:
    """`Nghị quyết về phương hướng`, `Hiệp định vay vốn`: a few lower-case syllables say what a document is
    about; they name none."""
    assert texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ông cho rằng Hiệp định thương mại này mang lại lợi ích cho cả hai nước.",
        "Quốc hội sẽ xem xét Nghị quyết về vấn đề này tại kỳ họp tới.",
    ],
)
def test_a_title_that_points_back_is_no_document(text: str) -> None:
    """`Hiệp định thương mại này`: a demonstrative points to a document named before; the title names none."""
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quốc hội thông qua Nghị quyết về thí điểm quản lý chợ đầu mối của các đô thị loại một.",
            ["Nghị quyết về thí điểm quản lý chợ đầu mối của các đô thị loại một"],
        ),
        ("Hai nước kỷ niệm 40 năm ký Hiệp ước hữu nghị năm 1977.", ["Hiệp ước hữu nghị năm 1977"]),
        ("Hai bên đã ký Thỏa thuận Paris về biến đổi khí hậu.", ["Thỏa thuận Paris về biến đổi khí hậu"]),
    ],
)
def test_a_title_with_a_name_year_or_a_longer_subject_stays(text: str, expected: list[str]) -> None:
    """A title that goes on (`… của các tổ chức tín dụng`), holds a year or a name is a document's name."""
    assert texts(text) == expected


def refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.date, r.issuer) for r in extract_documents(segment(text, words="dictionary"), [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo Thông tư số 12/2016/TT-BNNPTNT của Bộ NN-PTNT ngày 5/5/2016, các tỉnh phải báo cáo.",
            [("Thông tư số 12/2016/TT-BNNPTNT", "2016-05-05", "Bộ NN-PTNT")],
        ),
        (
            "Trường làm theo Quyết định số 40/QĐ-SGDĐT của Sở GD-ĐT ngày 3/9/2019 về năm học mới.",
            [("Quyết định số 40/QĐ-SGDĐT", "2019-09-03", "Sở GD-ĐT")],
        ),
    ],
)
def test_an_issuer_of_abbreviations_joined_by_a_dash_is_read_whole_before_the_date(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """`của Bộ NN-PTNT ngày 5/5/2016`: the issuer runs over the dash between two abbreviations, so the date
    after it is the document's own."""
    assert refs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Luật Trồng trọt đã được Quốc hội thông qua ngày 19/11/2018 và có hiệu lực sau đó.", "2018-11-19"),
        ("Luật Chăn nuôi vừa được Quốc hội khóa XIV thông qua ngày 19/11/2018.", "2018-11-19"),
    ],
)
def test_a_law_already_passed_on_a_day_is_dated_by_it(text: str, expected: str) -> None:
    """`Luật … đã được Quốc hội thông qua ngày …`: `đã`/`vừa` before `được` do not hide the passing day."""
    assert [d for _, d, _ in refs(text)] == [expected]


def test_a_law_code_typed_with_a_lower_case_letter_is_the_same_law() -> None:
    """`Luật 90/2015/Qh13` after `Luật số 90/2015/QH13`: one law, not two."""
    found = extract_documents(
        segment("Luật số 90/2015/QH13 đã được ban hành. Luật 90/2015/Qh13 có hiệu lực.", words="dictionary"), []
    )
    assert [r.key for r in found] == ["90/2015/QH13"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội nghị học tập, quán triệt các nghị quyết Hội nghị Trung ương 6 khóa XII đã diễn ra.", []),
        ("Đảng bộ tiếp tục thực hiện những nghị quyết Trung ương 4 khóa XI về xây dựng Đảng.", []),
        ("Tỉnh ủy triển khai nghị quyết Trung ương 4 khóa XII của Đảng.", ["nghị quyết Trung ương 4 khóa XII"]),
        (
            "Tỉnh ban hành chương trình triển khai các Nghị quyết của Hội nghị lần thứ 6 Ban Chấp hành Trung ương"
            " khóa XII.",
            ["Nghị quyết của Hội nghị lần thứ 6 Ban Chấp hành Trung ương khóa XII"],
        ),
    ],
)
def test_lower_case_resolutions_of_a_plenum_after_a_plural_are_no_document(text: str, expected: list[str]) -> None:
    """`quán triệt các nghị quyết Hội nghị Trung ương 6`: the several resolutions a plenum adopted, not one
    document; singular, or written as a title (`các Nghị quyết của Hội nghị …`), it is one."""
    assert texts(text) == expected

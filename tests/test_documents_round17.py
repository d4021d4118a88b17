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
            "Quốc hội thông qua Nghị quyết về xử lý nợ xấu của các tổ chức tín dụng.",
            ["Nghị quyết về xử lý nợ xấu của các tổ chức tín dụng"],
        ),
        ("Hai nước kỷ niệm 40 năm ký Hiệp ước hữu nghị năm 1977.", ["Hiệp ước hữu nghị năm 1977"]),
        ("Hai bên đã ký Thỏa thuận Paris về biến đổi khí hậu.", ["Thỏa thuận Paris về biến đổi khí hậu"]),
    ],
)
def test_a_title_with_a_name_year_or_a_longer_subject_stays(text: str, expected: list[str]) -> None:
    """A title that goes on (`… của các tổ chức tín dụng`), holds a year or a name is a document's name."""
    assert texts(text) == expected

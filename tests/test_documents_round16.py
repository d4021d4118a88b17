"""Round 16 (documents): a law cited by an abbreviated title. Sentences written for the tests, in the shape of
the constructions."""

from __future__ import annotations

import pytest

from vnreport.extract.documents import extract_documents
from vnreport.segment.document import segment


def texts(text: str) -> list[str]:
    return [r.text for r in extract_documents(segment(text, words="dictionary"), [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nhiều hộ làm ăn hiệu quả nhờ Luật HTX phù hợp với cơ chế thị trường.", ["Luật HTX"]),
        ("Sự ra đời của Luật BHYT bằng những quy định mới đã giúp người bệnh.", ["Luật BHYT"]),
        ("Luật TDTT thuộc thẩm quyền của Quốc hội.", ["Luật TDTT"]),
        ("Các xã viên đều nắm rõ Luật HTX năm 2012.", ["Luật HTX năm 2012"]),
        ("Dự thảo Luật TDTT sửa đổi được trình tại kỳ họp.", ["Luật TDTT sửa đổi"]),
    ],
)
def test_an_abbreviated_law_title_ends_with_its_abbreviation(text: str, expected: list[str]) -> None:
    """`Luật HTX phù hợp với …`: the lower-case words after a title written as its initials open the clause;
    only its year or `sửa đổi` go on with the name."""
    assert texts(text) == expected

"""Round 16 (documents): a law cited by an abbreviated title, a verb that ends a treaty's name. Sentences written
for the tests, in the shape of the constructions."""

from __future__ import annotations

import pytest

from vnreport.extract.documents import extract_documents
from vnreport.segment.document import segment


def texts(text: str) -> list[str]:
    return [r.text for r in extract_documents(segment(text, words="dictionary"), [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xã viên ở đây tin rằng Luật HTX đáp ứng được đòi hỏi của kinh tế thị trường.", ["Luật HTX"]),
        ("Sự ra đời của Luật BHYT bằng những quy định mới đã giúp người bệnh.", ["Luật BHYT"]),
        ("Luật TDTT thuộc thẩm quyền của Quốc hội.", ["Luật TDTT"]),
        ("Các xã viên đều nắm rõ Luật HTX năm 2012.", ["Luật HTX năm 2012"]),
        ("Dự thảo Luật TDTT sửa đổi được trình tại kỳ họp.", ["Luật TDTT sửa đổi"]),
    ],
)
def test_an_abbreviated_law_title_ends_with_its_abbreviation(text: str, expected: list[str]) -> None:
    """`Luật HTX đáp ứng …`: the lower-case words after a title written as its initials open the clause;
    only its year or `sửa đổi` go on with the name."""
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Điều 3 của Hiệp ước khẳng định hai nước sẽ cùng bảo vệ lãnh thổ của nhau.",
        "Hai bên đã ký kết Nghị định thư liên quan đến việc trao trả tù binh.",
        "Theo ông, Hiệp ước quy định rõ trách nhiệm của các bên.",
    ],
)
def test_a_verb_of_what_a_treaty_says_right_after_its_word_names_no_treaty(text: str) -> None:
    """`Hiệp ước khẳng định …`: the treaty word stands for one named before, the verb opens the clause."""
    assert texts(text) == []


def test_cung_ends_a_treaty_s_name() -> None:
    assert texts("Hiệp định Thương mại tự do Việt Nam - Andorra cũng như các thỏa thuận khác đều có hiệu lực.") == [
        "Hiệp định Thương mại tự do Việt Nam - Andorra"
    ]

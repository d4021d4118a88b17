"""Round 35 (places missed, issue #13): a country written in one common syllable (`Anh`, `Bỉ`: flag `clause` in
places_gazetteer.tsv) capitalised inside a sentence right after a lower-case word is the country (`việc Anh rời
khỏi EU`, `nộp cho Anh`, `báo chí Anh`, `cảnh sát Bỉ`), as the pronoun and the common word are written lower case
there; not after a person word (`ông Anh`), a language word (`tiếng Anh`) or a word of places_clause_blockers.txt
(`bảng Anh`, a title written lower case: `thủ tướng Anh`), nor at the end of a capitalised name or title (`Thư viện
Anh`), nor before a capitalised word (`gặp Anh Tuấn`). Sentences written for the tests, in the shape of the
constructions."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport import analyze_text
from vnreport.extract.locations import extract_locations, find_places
from vnreport.segment.document import segment


def _locations(text: str) -> list[str]:
    return [loc.name for loc in analyze_text(text, source="t.txt", year=2024).locations]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Các bộ trưởng bàn về việc Anh rời khỏi khối trong năm tới.", "Anh"),
        ("Công ty đồng ý nộp cho Anh một khoản thuế lớn.", "Anh"),
        ("Theo báo chí Anh, cầu thủ này sắp chuyển đội.", "Anh"),
        ("Kết quả cho thấy Anh sẽ phải lập một chính phủ thiểu số.", "Anh"),
        ("Lực lượng cảnh sát Bỉ cho biết đã bắt hai nghi phạm.", "Bỉ"),
    ],
)
def test_a_common_syllable_country_after_a_lower_case_word(text: str, place: str) -> None:
    assert place in _locations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đồng bảng Anh giảm giá mạnh trong phiên sáng.",
        "Các em học tiếng Anh mỗi tối.",
        "Ông Anh cho biết mọi việc đã ổn.",
        "Chúng tôi gặp Anh Tuấn ở cổng trường.",
        "Ông được phong tặng danh hiệu Anh hùng Lao động.",
        "Anh ấy đi làm từ sáng.",
        "Đội bóng dẫn đầu giải Ngoại hạng Anh mùa này.",
        "Đoàn xe của thủ tướng Anh rời khỏi quảng trường.",
        "Cuộc triển lãm mở tại Thư viện Anh vào tháng tới.",
    ],
)
def test_no_country_from_a_currency_a_language_a_person_or_a_word(text: str) -> None:
    assert "Anh" not in _locations(text)


def _clause_seconds(count: int) -> float:
    doc = segment("Báo chí Anh cho hay cảnh sát Bỉ đã đến hiện trường. " * count)
    return best_cpu_seconds(lambda: extract_locations(doc, find_places(doc)), 3)


def test_clause_countries_take_linear_time() -> None:
    """Each test looks at the word before and the word after: thousands take twice the time at twice the count
    (2.5 allowed on a busy machine), not four."""
    assert doubling_ratio(_clause_seconds, 300) < 2.5

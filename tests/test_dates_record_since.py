"""Round 37 (dates, issue #14): the basis of a record that runs up to now (`mức cao nhất kể từ tháng 8/2016`,
`lần đầu tiên kể từ ngày …`) is a time the story is compared with, past but no step of the story: it places no
partial date, and the article's year is not taken from it. Sentences written for the tests, in the shape of the
construction."""

from __future__ import annotations

import pytest

from vnreport.extract.dates import extract_dates
from vnreport.pipeline import analyze_text
from vnreport.segment.document import segment


def value_of(text: str, mention: str) -> str:
    doc = segment(text, words=False)
    doc.year = None
    return next(m.value for m in extract_dates(doc) if m.text == mention)


@pytest.mark.parametrize(
    "record",
    [
        # a day after `kể từ` in a sentence told as past (`đã`, `ghi nhận`) read as the past start of a state
        "đã chạm mức cao nhất kể từ ngày 14/10/2020",
        "ghi nhận phiên giảm mạnh nhất kể từ ngày 3/11/2020",
        "đã tăng lần đầu tiên kể từ ngày 2/12/2020",
        # a month after `kể từ` was already a span up to now (kept as a guard)
        "xuống mức thấp nhất kể từ tháng 9/2020",
    ],
)
def test_a_record_basis_fixes_no_year(record: str) -> None:
    text = f"Phiên giao dịch\nChiều 5/3, giá dầu thô tại thị trường châu Á {record}, theo giới phân tích."
    assert value_of(text, "Chiều 5/3") == "XXXX-03-05"


def test_a_record_basis_gives_the_article_no_year() -> None:
    text = "Giá vàng tăng\nSáng 5/3, giá vàng giao ngay đã chạm mức cao nhất kể từ ngày 14/10/2020, theo giới buôn."
    assert analyze_text(text).year is None


def test_a_start_told_past_still_fixes_it() -> None:
    # not a record: a step of the story that began on that day still places the partial date after it
    text = "Phiên giao dịch\nChiều 5/3, sàn giao dịch mới đã vận hành ổn định kể từ ngày 14/10/2020, theo Sở."
    assert value_of(text, "Chiều 5/3") == "2021-03-05"

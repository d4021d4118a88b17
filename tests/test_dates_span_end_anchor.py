"""Round 35 (dates): the end of a span whose start has its year (`(từ 24/4/2018 đến 24/4/2019)`) is one stretch
with its start, no deadline of the story: it does not place the story's partial days in the twelve months before
it (a day shortly after it would fall in the end's year). Sentences written for the tests, in the shape of the
construction."""

from __future__ import annotations

from vnreport.extract.dates import extract_dates
from vnreport.segment.document import segment


def value_of(text: str, mention: str) -> str:
    doc = segment(text, words=False)
    doc.year = None
    return next(m.value for m in extract_dates(doc) if m.text == mention)


def test_a_span_end_ahead_does_not_put_a_later_day_in_its_year() -> None:
    text = (
        "Theo quy định, trong thời gian thí điểm (từ 10/3/2018 đến 10/3/2019), các nhà mạng phải lưu trữ dữ liệu. "
        "Ngày 2/5, ông Lê Văn Hùng cho biết Bộ đã kiểm tra hai nhà mạng."
    )
    assert value_of(text, "Ngày 2/5") == "2018-05-02"


def test_a_span_places_a_day_in_the_one_year_between_its_ends() -> None:
    # review r35-f7 #2: a span across the new year is a window; its end's year takes the days after the new year
    text = (
        "Chương trình ưu đãi kéo dài từ 1/12/2018 đến 28/2/2019. "
        "Ngày 15/1, ông Lê Văn Hùng cho biết chương trình đã thu hút nhiều khách hàng."
    )
    assert value_of(text, "Ngày 15/1") == "2019-01-15"


def test_a_deadline_ahead_still_places_the_days_before_it() -> None:
    text = "Các nhà mạng phải hoàn thành trước ngày 10/3/2019. Ngày 2/2, ông Lê Văn Hùng cho biết Bộ đã kiểm tra."
    assert value_of(text, "Ngày 2/2") == "2019-02-02"


def test_a_span_of_several_years_places_no_day() -> None:
    # review r35-f (round 35) #4: every year of a five-year span fits a 15/3, so the span is no evidence of which
    text = (
        "Giai đoạn từ 1/1/2016 đến 31/12/2020, tỉnh sẽ đầu tư 100 tỷ đồng. "
        "Ngày 15/3, ông Lê Văn Hùng cho biết tỉnh đã giải ngân."
    )
    assert value_of(text, "Ngày 15/3") == "XXXX-03-15"


def test_a_day_outside_the_span_is_not_placed_by_it() -> None:
    text = (
        "Chương trình ưu đãi kéo dài từ 1/12/2018 đến 28/2/2019. "
        "Ngày 15/6, ông Lê Văn Hùng cho biết chương trình đã thu hút nhiều khách hàng."
    )
    assert value_of(text, "Ngày 15/6") == "XXXX-06-15"

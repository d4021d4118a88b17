"""A year the text names as the next one names the present (samples/gold/README.md, round 28: `sang năm 2018`, said
at the event, gives 2017), not a carry-over, a delay, an entry into the year or a move from another year."""

from __future__ import annotations

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.dates import extract_dates
from vnreport.extract.dates.years import _named_next_year
from vnreport.segment.document import segment


def _values(text: str) -> list[str]:
    doc = segment(text, words=False)
    doc.year = None
    return [d.value for d in extract_dates(doc)]


def test_a_year_named_as_the_next_one_places_a_partial_date_the_year_before() -> None:
    text = "Chiều 14/7, Bộ trưởng tiếp đoàn khách. Ông hy vọng sang năm 2019, khi trở lại, sẽ thấy nhiều đổi mới."
    assert _values(text)[0] == "2018-07-14"
    text = "Sáng 3/8, Sở họp về cổ phần hóa. Một số công ty có thể phải sang năm 2019 mới hoàn thành việc này."
    assert _values(text)[0] == "2018-08-03"


def test_a_carry_over_a_delay_or_an_entry_into_a_year_names_no_present() -> None:
    for tail in (
        "Một phần vốn được chuyển nguồn sang năm 2019.",
        "Tiến độ có thể phải lùi sang năm 2021.",
        "Bước sang năm 2019, thị trường sẽ có nhiều cơ hội.",
        "Sang năm 2019, thị trường được đánh giá khả quan.",
        "Các hạn chế của năm 2017 sang năm 2018 vẫn còn.",
    ):
        assert _values("Chiều 14/7, Bộ trưởng tiếp đoàn khách. " + tail)[0] == "XXXX-07-14", tail


def test_a_delay_anywhere_in_the_clause_names_no_present() -> None:
    """The delay word need not stand right before `sang năm`: a word between (`hoãn lại`, `lùi thời hạn`) or an
    adjustment (`điều chỉnh`) still tells a delay, read over the clause before the cue."""
    for tail in (
        "Dự án bị hoãn lại sang năm 2021.",
        "Công trình được dời lại sang năm 2021.",
        "Chủ đầu tư xin lùi thời hạn sang năm 2021.",
        "Kế hoạch vốn được điều chỉnh sang năm 2021.",
    ):
        assert _values("Chiều 14/7, Bộ trưởng tiếp đoàn khách. " + tail)[0] == "XXXX-07-14", tail


def _next_seconds(n: int) -> float:
    """`hy vọng sang năm 2017` cues that each read their clause before them and pass: half with another year there,
    half with a delay word there (a cue that passes would end the scan at once)."""
    cues = (
        "Năm 2016 họ hy vọng sang năm 2017 xong khoản {i}.",
        "Dự án bị hoãn lại và họ hy vọng sang năm 2017 xong khoản {i}.",
    )
    text = " ".join(cues[i % 2].format(i=i) for i in range(n))
    assert _named_next_year(text) is None
    return best_cpu_seconds(lambda: _named_next_year(text), 3)


def test_reading_the_next_year_takes_linear_time() -> None:
    """Each `sang năm` reads a bounded stretch before it (its clause, for another year and for a delay word): twice
    the cues take twice the time, not four."""
    assert doubling_ratio(_next_seconds, 500) < 2.5


def test_a_scheduled_step_in_a_quarter_with_its_year_names_the_present() -> None:
    """README round 29: a scheduled step of the same matter without `dự kiến` names the present year (the quarter
    stands past the lead here, where a quarter with its year names the present by an older rule)."""
    opening = "Sở họp về đề án\nSáng nay (9-3), sở họp lấy ý kiến về đề án.\nĐoàn đã nghe báo cáo.\n"
    text = opening + "Cuối quý II-2019, các ý kiến sẽ được tổng hợp để báo cáo."
    assert _values(text)[0] == "2019-03-09"
    # a forecast before the quarter is a horizon (rounds 24–25): it names no present
    text = opening + "Dự kiến, quý II/2020 dự án sẽ đưa vào khai thác."
    assert _values(text)[0] == "XXXX-03-09"

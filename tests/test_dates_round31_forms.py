"""Round 31 (dates, issue #14): written forms read wrong before — a decade is no date, a birth year told with
`chào đời` is none either, a bare day/month in brackets after a word that names a day by its relation to another
(`Trước đó (6/1)`) is the day it names, and a law cited in lower case (`luật Đất đai 2013`) dates its year. Sentences
written for the tests, in the shape of the constructions."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.dates import extract_dates
from vnreport.segment.document import segment


def _dates(text: str) -> list[tuple[str, str]]:
    doc = segment(text, words=False)
    doc.year = None
    return [(m.text, m.value) for m in extract_dates(doc)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nhà máy được xây từ những năm 1960 và đã xuống cấp nhiều.",
        "Vào cuối những năm 1990, ông làm việc ở một công ty xuất khẩu.",
    ],
)
def test_a_decade_is_not_a_date(sentence: str) -> None:
    assert _dates(sentence) == []


def test_one_year_after_nhung_nam_and_a_span_still_are_dates() -> None:
    assert _dates("Trong những năm 1997 và 1998, huyện xây thêm ba trường.") == [("năm 1997", "1997"), ("1998", "1998")]
    assert _dates("Trong những năm 2011-2015, xã làm mới 12 km đường.") == [("năm 2011-2015", "2011/2015")]


def test_a_birth_year_told_with_chao_doi_is_not_a_date() -> None:
    assert _dates("Anh trai của ông mất trước khi ông chào đời năm 1952 ở thành phố cảng.") == []


@pytest.mark.parametrize(
    "opening",
    [
        "Trước đó",
        "Ngày hôm sau",
        "Chiều hôm trước",
        "Tối cùng ngày",
        "Mới đây",
        "Phiên cuối tuần",
        "Cách đây hai ngày",
        "Một ngày trước",
    ],
)
def test_a_bracketed_day_after_a_relative_day_is_that_day(opening: str) -> None:
    assert _dates(f"{opening} (6/3), công ty gửi văn bản cho 12 đối tác.") == [("6/3", "XXXX-03-06")]


def test_a_bracketed_day_after_the_day_before_takes_that_days_year() -> None:
    # `ngày hôm sau` is the day after the full date told just before it: of its story, not the later one's
    text = "Tối 19/6/2014, ông A bị bắt. Ngày hôm sau (20/6), tỉnh ủy họp. Ngày 5/6/2017, tòa xử vụ án."
    assert ("20/6", "2014-06-20") in _dates(text)


def test_a_bracketed_day_across_a_year_end_takes_the_next_year() -> None:
    # `ngày hôm sau` of 31/12 is 1/1 of the year after: the nearest year within the week, not the full date's year
    text = "Tối 31/12/2014, ông A bị bắt. Ngày hôm sau (1/1), tỉnh ủy họp. Ngày 5/6/2017, tòa xử vụ án."
    assert ("1/1", "2015-01-01") in _dates(text)


def test_a_bracketed_day_across_a_year_start_takes_the_year_before() -> None:
    text = "Sáng 2/1/2015, ông A bị bắt. Tối hôm trước (31/12), tỉnh ủy họp. Ngày 5/6/2017, tòa xử vụ án."
    assert ("31/12", "2014-12-31") in _dates(text)


def test_bracketed_days_that_disagree_on_a_year_fix_none() -> None:
    # the same day and month beside full days of two years: the first does not give its year to the second
    text = (
        "Tối 19/6/2014, ông A bị bắt. Ngày hôm sau (20/6), tỉnh ủy họp. "
        "Tối 19/6/2017, ông B bị bắt. Ngày hôm sau (20/6), tỉnh ủy họp lại."
    )
    assert _dates(text)[-1] == ("20/6", "2017-06-20")


def test_an_accession_in_a_text_spelt_ki_niem_is_the_origin_not_the_same_day() -> None:
    # the celebration's partial day and the accession's full day share day and month: the accession is the origin
    text = "Ngày 6-2, cả nước kỉ niệm 65 năm ngày nhà vua trị vì. Nhà vua đã lên ngôi vào ngày 6-2-1952 khi 25 tuổi."
    assert ("Ngày 6-2", "XXXX-02-06") in _dates(text)


def test_a_bracketed_number_after_a_bare_count_of_days_is_no_date() -> None:
    assert _dates("Tỷ lệ hồ sơ giải quyết trong 3 ngày (1/3) còn thấp.") == []


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Nghị định hướng dẫn thi hành luật Đất đai 2013 có hiệu lực từ hôm nay.", "2013"),
        ("Theo bộ luật Dân sự 2015, bên nhận phải hoàn trả tài sản.", "2015"),
    ],
)
def test_a_law_cited_in_lower_case_dates_its_year(sentence: str, year: str) -> None:
    assert [value for _, value in _dates(sentence)] == [year]


def test_law_in_general_and_a_bare_luat_before_a_count_name_no_law() -> None:
    assert _dates("Văn bản quy phạm pháp luật 2015 còn chồng chéo.") == []
    assert _dates("Theo luật 2000 người phải nộp thêm hồ sơ.") == []


def _bracket_seconds(n: int) -> float:
    text = " ".join(f"Trước đó ({1 + i % 28}/{1 + i % 12}), công ty gửi văn bản thứ {i}." for i in range(n))
    return best_cpu_seconds(lambda: _dates(text), 3)


def test_bracketed_days_take_linear_time() -> None:
    """Each bracketed day reads only the few words before it: twice the days take twice the time, not four."""
    assert doubling_ratio(_bracket_seconds, 300) < 2.5

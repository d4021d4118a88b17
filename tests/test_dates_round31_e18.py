"""Round 31 (dates, issue #14, r31-e18): written forms missed before — a full date with a space after a slash
(`ngày 4/ 4/2017`), a day and month joined by a dash and the year by a slash after `ngày`/`hôm` (`hôm 5-10/2016`),
the year closing a championship's or an international day's name (`giải vô địch châu Âu 2016`), a listed law's
lower-case title holding a stop word (`luật các tổ chức tín dụng 2010`), a single year after `thời kỳ`, and an
election named by its day (`cuộc bầu cử 9/11`). Sentences written for the tests, in the shape of the constructions."""

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
    ("sentence", "expected"),
    [
        ("Cửa hàng mở cửa lại từ ngày 9/ 3/2015 sau khi sửa chữa.", ("ngày 9/ 3/2015", "2015-03-09")),
        ("Hợp đồng ký ngày 12 / 8 / 2019 tại trụ sở.", ("ngày 12 / 8 / 2019", "2019-08-12")),
        ("Ngày 20/10/ 2018, tòa tuyên án.", ("Ngày 20/10/ 2018", "2018-10-20")),
        ("Chiều 3 /7/2016 đoàn đến nơi.", ("Chiều 3 /7/2016", "2016-07-03")),
    ],
)
def test_a_full_date_with_spaces_round_its_slashes_is_one_date(sentence: str, expected: tuple[str, str]) -> None:
    assert _dates(sentence) == [expected]


def test_a_dash_then_a_slash_after_a_day_word_is_a_day() -> None:
    assert _dates("Tại buổi họp hôm 7-11/2015, bà B nói rõ.") == [("hôm 7-11/2015", "2015-11-07")]
    assert _dates("Ngày 3-9/2014 công ty nộp hồ sơ.") == [("Ngày 3-9/2014", "2014-09-03")]
    # without `ngày`/`hôm` the same shape is as often a range of months: no day is read
    assert not any(v.count("-") == 2 for _, v in _dates("Sản lượng 5-10/2016 tăng đều."))


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Đội tuyển từng dự giải vô địch châu Âu 2016 và thua sớm.", "2016"),
        ("Cô được gọi vào đội dự Giải Vô địch trẻ Đông Á 2015 tại Lào.", "2015"),
        ("Lễ mít tinh hưởng ứng ngày quốc tế người cao tuổi 2016 diễn ra sáng qua.", "2016"),
    ],
)
def test_the_year_closing_a_championship_or_an_international_day_is_a_date(sentence: str, year: str) -> None:
    assert [v for _, v in _dates(sentence)] == [year]


def test_a_counted_noun_after_a_championship_keeps_the_number_a_count() -> None:
    assert _dates("Giải vô địch năm nay có 2000 vận động viên tham gia.") == []


def test_a_listed_law_title_in_lower_case_holding_a_stop_word_dates_its_year() -> None:
    assert _dates("Điều này luật các tổ chức tín dụng 2010 chưa quy định.") == [("2010", "2010")]
    # a run that is no listed title keeps its stop: a clause, a count
    assert _dates("Theo luật các nước 2000 người phải đăng ký.") == []


def test_a_single_year_after_thoi_ky_is_a_date() -> None:
    assert _dates("Ông giữ chức vụ này trong thời kỳ 1945 và sau đó.") == [("thời kỳ 1945", "1945")]
    assert _dates("Quy hoạch thời kỳ 2021 - 2030 đã được duyệt.") == [("thời kỳ 2021 - 2030", "2021/2030")]


def test_an_election_named_by_its_day_is_a_date() -> None:
    assert _dates("Chỉ một tuần trước cuộc bầu cử 9/11, ứng viên lên tiếng.") == [("9/11", "XXXX-11-09")]
    # a common fraction after the word stays a share
    assert _dates("Số phiếu bầu cử 1/2 là chưa đủ.") == []


def _mixed_seconds(n: int) -> float:
    text = " ".join(f"Trong buổi họp hôm {1 + i % 28}-{1 + i % 12}/2016, đơn vị {i} báo cáo." for i in range(n))
    return best_cpu_seconds(lambda: _dates(text), 3)


def test_dash_slash_days_take_linear_time() -> None:
    """Each dash-slash day reads only the word before it: twice the days take twice the time, not four."""
    assert doubling_ratio(_mixed_seconds, 300) < 2.5


def test_the_end_of_a_chain_of_spaced_fractions_is_no_date() -> None:
    """Review of r31-e18: a separator right before the day (`1/ 2/ 3/2017`) makes the last three numbers a fraction's
    tail, not a day, month and year."""
    assert _dates("Tỷ lệ 1/ 2/ 3/2017 là cao nhất.") == []
    assert _dates("Các số 4/ 4/ 4/ 4/2017 được ghi.") == []


def test_slashes_spaced_on_both_sides_need_a_day_cue() -> None:
    """`3 / 1 / 2019` alone is a score; after `Ngày` it is a date."""
    assert _dates("Tỷ số 3 / 1 / 2019 ghi nhận.") == []
    assert _dates("Ngày 3 / 1 / 2019, đoàn đến.") == [("Ngày 3 / 1 / 2019", "2019-01-03")]


def test_a_count_after_an_era_word_is_no_year() -> None:
    """`thời kỳ 2000 người` counts people; `thời kỳ 1945 và` is still the year."""
    assert _dates("Trong thời kỳ 2000 người chết vì dịch.") == []
    assert _dates("Ông giữ chức vụ này trong thời kỳ 1945 và sau đó.") == [("thời kỳ 1945", "1945")]

"""Round 36 (dates): `những tháng đầu năm 2019`, `các tháng cuối năm 2019` — a stretch of months of a year that the
story reports on or plans — names that year as the present, as `6 tháng đầu năm 2019` does (samples/gold/README.md,
"The year of a partial date", round 14). Over the 944 news of the corpus sample, 12 of 12 such mentions with a year
(10 articles) name the publication's year. Sentences written for the tests, in the shape of the construction."""

from __future__ import annotations

import pytest

from tests.test_dates_statistics_cut_off import value_of  # a text's date value, read with no year given
from tests.timing import best_cpu_seconds, doubling_ratio


def _text(sentence: str) -> str:
    lead = "Chiều 14/5, Sở Giao thông vận tải tỉnh đã họp bàn việc kiểm soát tải trọng xe.\n\nNhiều đơn vị đã dự họp."
    body = "Ông Trần Văn Bình, Giám đốc Sở, cho biết các trạm cân sẽ được nối mạng."
    return f"Tin địa phương\n\n{lead}\n\n{body} {sentence}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo thống kê, trong những tháng đầu năm 2019 lực lượng kiểm tra đã xử lý 400 xe quá tải.",
        "Trong các tháng đầu năm 2019, số xe bị xử phạt giảm mạnh.",
        "Sở đề ra nhiều giải pháp cho những tháng cuối năm 2019.",
    ],
)
def test_months_of_a_year_reported_on_name_the_present_year(sentence: str) -> None:
    assert value_of(_text(sentence), "Chiều 14/5") == "2019-05-14"


def test_without_them_the_year_stays_unknown() -> None:
    assert value_of(_text("Các trạm cân đã hoạt động ổn định."), "Chiều 14/5") == "XXXX-05-14"


def test_months_of_a_year_compared_with_do_not() -> None:
    # a comparison's year is another year than the story's (`so với những tháng đầu năm 2018`)
    sentence = "Số xe vi phạm tăng 20% so với những tháng đầu năm 2018."
    assert value_of(_text(sentence), "Chiều 14/5") == "XXXX-05-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "Số xe vi phạm cao hơn những tháng đầu năm 2018.",
        "Kết quả này gấp đôi những tháng cuối năm 2018.",
        "Số xe quá tải thấp hơn những tháng cuối năm 2018.",
    ],
)
def test_months_of_a_year_a_comparison_is_made_with_do_not(sentence: str) -> None:
    # a comparison word right before the months (`not_anchor` rows): their year is the basis, not the story's
    assert value_of(_text(sentence), "Chiều 14/5") == "XXXX-05-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông cho biết, từ những tháng cuối năm 2018 đến nay, số xe quá tải đã giảm.",
        "Từ những tháng cuối năm 2018 đến nay, số xe quá tải đã giảm.",
    ],
)
def test_months_of_a_year_counted_up_to_now_do_not(sentence: str) -> None:
    # `từ … đến nay` counts a span up to now from a year that may lie years back
    assert value_of(_text(sentence), "Chiều 14/5") == "XXXX-05-14"


def test_months_of_a_year_recalled_against_now_do_not() -> None:
    sentence = "Trong những tháng đầu năm 2018, số xe vi phạm rất cao, nay đã giảm."
    assert value_of(_text(sentence), "Chiều 14/5") == "XXXX-05-14"


def _recalled_periods_seconds(n: int) -> float:
    # many periods of a year in one sentence, set against now at its end: each is checked in constant time
    periods = ", ".join("trong những tháng đầu năm 2018 số xe rất cao" for _ in range(n))
    text = _text(f"{periods}, nay đã giảm.")
    return best_cpu_seconds(lambda: value_of(text, "Chiều 14/5"), 1)


def test_reading_periods_recalled_against_now_takes_linear_time() -> None:
    assert doubling_ratio(_recalled_periods_seconds, 100) < 2.5

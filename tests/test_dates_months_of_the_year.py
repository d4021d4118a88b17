"""Round 36 (dates): `những tháng đầu năm 2019`, `các tháng cuối năm 2019` — a stretch of months of a year that the
story reports on or plans — names that year as the present, as `6 tháng đầu năm 2019` does (samples/gold/README.md,
"The year of a partial date", round 14). Over the 944 news of the corpus sample, 12 of 12 such mentions with a year
(10 articles) name the publication's year. Sentences written for the tests, in the shape of the construction."""

from __future__ import annotations

import pytest

from tests.test_dates_statistics_cut_off import value_of  # a text's date value, read with no year given


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

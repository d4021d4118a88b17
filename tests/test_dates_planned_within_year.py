"""Round 28 (dates, issue #14): a plan told within a year (`dự kiến … trong năm 2017`) names that year as the
present, as a target does (`phấn đấu … trong năm 2017`); a horizon told with `sẽ` and a span of years (a fiscal
or school year `trong năm 2016-2017`) name none. Sentences written for the tests, in the shape of each
construction."""

from __future__ import annotations

from tests.test_dates_statistics_cut_off import value_of  # a text's date value, read with no year given


def test_a_plan_within_a_year_names_the_present() -> None:
    text = (
        "Tin kinh tế\n\nNgày 21.5, Bộ Nông nghiệp đã làm việc với đoàn thanh tra của New Zealand. "
        "Việc xuất khẩu lô bưởi tươi đầu tiên sang thị trường này dự kiến trong năm 2019."
    )
    assert value_of(text, "Ngày 21.5") == "2019-05-21"


def test_a_horizon_told_with_se_after_the_cue_does_not() -> None:
    text = (
        "Tin giao thông\n\nNgày 21.5, Sở Giao thông đã họp với nhà thầu. "
        "Theo kế hoạch, tuyến đường vành đai sẽ hoàn thành trong năm 2023."
    )
    assert value_of(text, "Ngày 21.5") == "XXXX-05-21"


def test_the_first_year_of_a_span_of_years_does_not() -> None:
    text = (
        "Tin kinh tế\n\nNgày 21.5, Bộ Tài chính đã họp bàn về thu ngân sách. "
        "Mục tiêu của ngành là tăng thu 5% trong năm 2018-2019."
    )
    assert value_of(text, "Ngày 21.5") == "XXXX-05-21"

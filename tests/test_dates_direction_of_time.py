"""Round 18 (dates): the direction of time. Sentences written for the tests, one per construction."""

from __future__ import annotations

import pytest

from tests.test_dates_statistics_cut_off import value_of  # a text's date value, read with no year given
from vnreport.extract.dates import extract_dates
from vnreport.segment.document import segment


@pytest.mark.parametrize(
    "plan",
    [
        "Bộ cho biết sẽ tổ chức diễn đàn cấp cao về nông nghiệp sạch vào tháng 9/2019.",
        "Đề án được giao xây dựng để trình Hội nghị Trung ương vào tháng 10-2019.",
        "Theo kế hoạch, phiên tòa dự kiến mở trong tháng 12/2019.",
    ],
)
def test_a_month_told_as_planned_fixes_no_year(plan: str) -> None:
    # a month ahead is no step of the story told as past: the partial day before it stays unknown
    text = f"Tin ngắn\n\nSáng 8/7, đoàn công tác của bộ đã làm việc với tỉnh. {plan}"
    assert value_of(text, "Sáng 8/7") == "XXXX-07-08"


@pytest.mark.parametrize(
    "past",
    [
        "Tháng 3/2019, bộ đã tổ chức diễn đàn cấp cao về nông nghiệp sạch.",
        "Bộ sẽ nhân rộng mô hình mà các tỉnh miền núi đã làm thử thành công vào tháng 3/2019.",
        "Theo dự kiến ban đầu, dự án được khởi công vào tháng 3/2019.",
    ],
)
def test_a_month_told_as_past_still_places_a_later_day(past: str) -> None:
    # told as past (`đã`), also after a plan's cue, or the cue in another clause: the month stays a step of the story
    text = f"Tin ngắn\n\n{past} Sáng 8/7, đoàn công tác của bộ đã làm việc với tỉnh."
    assert value_of(text, "Sáng 8/7") == "2019-07-08"


def test_a_bare_month_of_the_planned_month_keeps_its_year() -> None:
    # the planned `tháng 9/2019` is still the same month as a bare `tháng 9` of the text
    text = "Tin ngắn\n\nBộ sẽ tổ chức diễn đàn vào tháng 9/2019. Đến tháng 9, các tỉnh gửi báo cáo về bộ."
    assert value_of(text, "tháng 9") == "2019-09"


@pytest.mark.parametrize(
    ("sentence", "mention", "value"),
    [
        ("Bà làm kế toán ở hợp tác xã từ 1994 đến 2009, rồi về hưu.", "từ 1994 đến 2009", "1994/2009"),
        ("Kể từ 2011 tới năm 2018, ông giữ chức giám đốc.", "từ 2011 tới năm 2018", "2011/2018"),
    ],
)
def test_two_bare_years_after_tu_are_a_span_of_years(sentence: str, mention: str, value: str) -> None:
    assert value_of(f"Tin ngắn\n\n{sentence}", mention) == value


def test_two_bare_numbers_counting_people_are_no_span() -> None:
    text = "Tin ngắn\n\nMỗi ngày có từ 1800 đến 1900 người đến tham quan. Ngày 3/2/2019, khu di tích mở cửa."
    assert [m.text for m in extract_dates(segment(text, words=False))] == ["Ngày 3/2/2019"]


@pytest.mark.parametrize("opening", ["Chiều muộn 14-3", "Đêm muộn 14-3", "Sáng muộn 14-3"])
def test_a_late_part_of_day_cues_a_bare_day(opening: str) -> None:
    assert value_of(f"Tin ngắn\n\n{opening}, đoàn cứu hộ đã tới hiện trường.", opening) == "XXXX-03-14"


@pytest.mark.parametrize(
    ("sentence", "mention", "value"),
    [
        ("Tối 12.4 giờ Paris, đoàn đại biểu lên máy bay về nước.", "Tối 12.4", "XXXX-04-12"),
        ("Cuộc gặp bắt đầu lúc 9 giờ sáng 20/8 giờ địa phương.", "9 giờ sáng 20/8", "XXXX-08-20"),
        ("Buổi lễ khép lại vào ngày 3-11 giờ GMT.", "ngày 3-11", "XXXX-11-03"),
    ],
)
def test_a_day_told_by_the_clock_of_a_place_is_a_date(sentence: str, mention: str, value: str) -> None:
    # `giờ` naming whose clock, after a day word or a part of day, is no count of hours
    assert value_of(f"Tin ngắn\n\n{sentence}", mention) == value


def test_a_count_of_hours_before_a_capitalised_word_stays_no_date() -> None:
    # without a day word before it, `24/24 giờ` is round the clock even when a new sentence follows
    text = "Tin ngắn\n\nĐội trực 24/24 giờ Mọi cuộc gọi đều được tiếp nhận."
    assert extract_dates(segment(text, words=False)) == []

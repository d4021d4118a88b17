"""Round 13 (dates): which year sources the text's own words support, chosen by counts over the corpus and
the five read dev sets. Sentences written for the tests, in the shape of each construction."""

from __future__ import annotations

import pytest

from tests.reporthelp import summary_of
from tests.test_dates_statistics_cut_off import value_of  # a text's date value, read with no year given
from vnreport import analyze_text
from vnreport.report.model import Event


@pytest.mark.parametrize(
    "opening",
    [
        "Từ đầu năm 2019 đến nay, huyện đã cấp 120 giấy phép xây dựng.",
        "Ngay từ đầu năm 2019 đến nay, xã đã làm mới 3 km đường.",
        "Năm học mới sắp tới… Từ đầu năm 2019 đến nay, trường đã tuyển 40 giáo viên.",
    ],
)
def test_a_span_up_to_now_opening_its_sentence_names_the_present_year(opening: str) -> None:
    text = f"Tin địa phương\n\n{opening} Sáng 4-3, UBND huyện đã họp bàn kế hoạch mới."
    assert value_of(text, "Sáng 4-3") == "2019-03-04"


@pytest.mark.parametrize(
    "clause",
    [
        "Theo cơ quan điều tra, từ đầu năm 2017 đến nay, nhóm này đã lừa 30 người.",
        "Báo cáo cho thấy, tính từ đầu năm 2017 tới nay, bộ đã nhận 200 đơn thư.",
        "Nhóm đối tượng khai nhận đã hoạt động từ đầu năm 2017 đến nay ở nhiều tỉnh.",
    ],
)
def test_the_same_span_inside_a_clause_does_not(clause: str) -> None:
    # a period counted up to now may have begun a year or more before: it does not fix the present (told in the
    # body: in the lead `đầu năm 2017` is read as the present on its own)
    lead = "Sáng 4-3, công an huyện đã họp bàn kế hoạch mới.\n\nNhiều đơn vị đã dự họp."
    text = f"Tin địa phương\n\n{lead}\n\n{clause}"
    assert value_of(text, "Sáng 4-3") == "XXXX-03-04"


def test_the_span_inside_a_clause_of_the_lead_does_not_either() -> None:
    # in the lead `đầu năm 2017` alone is read as the present (`Đầu năm 2017, …`); inside a span counted up
    # to now it is not
    text = (
        "Tin địa phương\n\nSáng 4-3, công an huyện đã họp bàn kế hoạch mới. Theo báo cáo, tính từ đầu năm 2017 "
        "tới nay, công an đã nhận 200 đơn thư.\n\nNhiều đơn vị đã dự họp."
    )
    assert value_of(text, "Sáng 4-3") == "XXXX-03-04"


def test_many_spans_counted_up_to_now_are_read_in_linear_time() -> None:
    # hostile input: each span is looked up by bisection, not against every other span
    span = "Theo báo cáo, từ đầu năm 2017 đến nay, xã đã làm đường. "
    text = "Tin địa phương\n\n" + span * 2000 + "Sáng 4-3, xã họp."
    assert value_of(text, "Sáng 4-3") == "XXXX-03-04"


def test_the_tasks_of_the_next_year_written_without_nam_make_it_the_present() -> None:
    # `tổng kết công tác năm 2018, triển khai nhiệm vụ 2019`: a year-end review and the tasks of the next year;
    # early in the next year the partial day is of that next year
    text = (
        "Tin địa phương\n\nNgày 20-2, tại lễ tổng kết công tác năm 2018, triển khai nhiệm vụ 2019, giám đốc sở "
        "cho biết sẽ xây thêm hai trường học."
    )
    assert value_of(text, "Ngày 20-2") == "2019-02-20"


def _event(text: str) -> Event:
    event = summary_of(analyze_text(text, year=2019)).event
    assert event is not None
    return event


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 4-3, lãnh đạo Sở Giáo dục cho biết đơn vị đã có văn bản yêu cầu các trường dừng thu phí.",
        "Chiều 4-3, trao đổi với phóng viên, lãnh đạo huyện cho biết UBND huyện vừa ra quyết định đình chỉ công "
        "tác một cán bộ địa chính.",
        "Thông tin từ Văn phòng UBND huyện, ngày 4-3 cho biết, Văn phòng UBND tỉnh có thông báo về việc xử lý kiến "
        "nghị của huyện.",
    ],
)
def test_the_day_an_act_was_told_of_does_not_date_the_act(lead: str) -> None:
    # a document, a vote or a step of a case told of on a day: the text does not give the act's own day
    event = _event(f"Tin địa phương\n\n{lead} Nhiều phụ huynh đồng tình.")
    assert event.date is None


def test_the_day_a_meeting_was_held_still_dates_it() -> None:
    # a held event is dated by the day even when a speaker tells of it that day (kinds held on the day)
    text = "Tin địa phương\n\nSáng 4-3, UBND huyện tổ chức hội nghị tổng kết công tác phòng dịch. Ông A cho biết …"
    assert _event(text).date == "2019-03-04"

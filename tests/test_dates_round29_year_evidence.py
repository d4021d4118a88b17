"""Round 29 (dates, issue #14): more ways a text names the year of its partial dates, and dates that fix none.
Sentences written for the tests, in the shape of each construction (samples/gold/README.md, "The year of a
partial date")."""

from __future__ import annotations

import pytest

from tests.test_dates_statistics_cut_off import value_of  # a text's date value, read with no year given
from vnreport.extract.dates import extract_dates
from vnreport.segment.document import segment


def values(text: str) -> list[tuple[str, str]]:
    doc = segment(text, words=False)
    doc.year = None
    return [(m.text, m.value) for m in extract_dates(doc)]


# --- a year the text plans for names the present ------------------------------------------------------------


@pytest.mark.parametrize(
    "plan",
    [
        "Năm 2019, sở sẽ tập trung kiểm tra các cơ sở sản xuất nhỏ.",
        "Ông A đề nghị: làm sao năm 2019, số vụ vi phạm trên địa bàn đều giảm mạnh.",
        "Năm 2019, tỉnh phấn đấu có thêm 12 xã đạt chuẩn nông thôn mới.",
    ],
)
def test_a_year_the_text_plans_for_names_the_present(plan: str) -> None:
    text = f"Tin địa phương\n\nSáng 14-3, sở họp bàn công tác an toàn thực phẩm. {plan}"
    assert value_of(text, "Sáng 14-3") == "2019-03-14"


def test_a_planned_year_also_written_as_a_horizon_is_no_present() -> None:
    # `đến năm 2030 …` … `Năm 2030 sẽ có …`: a year ahead, not the one the story is told in
    text = (
        "Tin địa phương\n\nSáng 14-3, sở họp bàn về giao thông. Thành phố chuẩn bị để đến năm 2030 dừng hoạt động "
        "xe máy ở các quận. Năm 2030 sẽ có hai triệu ô tô trên địa bàn."
    )
    assert value_of(text, "Sáng 14-3") == "XXXX-03-14"


def test_a_plan_of_a_year_end_story_is_the_next_years() -> None:
    text = "Tin địa phương\n\nSáng 20-12, sở họp tổng kết. Năm 2019, sở sẽ tập trung kiểm tra các cơ sở nhỏ."
    assert value_of(text, "Sáng 20-12") == "XXXX-12-20"


# --- a lunar year's spring named by its cycle ---------------------------------------------------------------


def test_a_spring_named_by_its_cycle_names_the_present() -> None:
    text = (
        "Tin thị trường\n\nSáng nay (6/2), sàn giao dịch mở phiên đầu Xuân Đinh Dậu. Lãnh đạo sàn cho rằng thị "
        "trường năm 2017 sẽ tăng trưởng tốt."
    )
    assert value_of(text, "6/2") == "2017-02-06"


def test_a_spring_recalled_before_a_later_year_told_past_names_nothing() -> None:
    # `xuân Bính Thân` (2016) in a text that reports 2017 as past is not the present
    text = (
        "Tin thị trường\n\nSáng nay (6/2), sàn mở phiên mới. Từ xuân Bính Thân, sàn đã niêm yết thêm 40 mã. "
        "Năm 2017, sàn đã đạt kỷ lục giao dịch."
    )
    assert value_of(text, "6/2") != "2016-02-06"


# --- a range of months written with dashes -------------------------------------------------------------------


def test_a_range_of_months_written_with_dashes_is_one_period() -> None:
    text = "Tin nội chính\n\nTrong thời gian giữ chức giám đốc công ty (tháng 1-2004 - 5-2010), bà A đã vi phạm."
    assert ("tháng 1-2004 - 5-2010", "2004-01/2010-05") in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hội nghị bộ trưởng (8-2017) sẽ thông qua.", "2017-08"),
        ("Dự án khởi công từ 6-2016 đến nay.", "2016-06"),
        ("Dự án khởi công từ 6-2016 được phê duyệt sau đó.", "2016-06"),  # a verb, no unit, after it
        ("Từ 6-2016 người dân đã phản ánh nhiều lần.", "2016-06"),  # a unit's syllable opening a longer word
        ("Đến 12-2016 tấn công vào đồn vẫn tiếp diễn.", "2016-12"),
    ],
)
def test_a_month_and_year_with_a_dash_in_brackets_or_after_a_span_word(text: str, value: str) -> None:
    assert [found for _, found in values("Tin\n\n" + text)] == [value]


@pytest.mark.parametrize("text", ["Giá bán từ 5-2000 đồng một chiếc.", "Mỗi suất ăn có giá (1-2000 USD) tùy loại."])
def test_a_range_of_counts_written_with_a_dash_is_no_month(text: str) -> None:
    # a dash between two numbers is as often a range of counts: a word after it (a unit) makes it one
    assert values("Tin\n\n" + text) == []


def test_the_end_of_a_range_of_months_may_run_on_into_its_clause() -> None:
    assert ("từ 1-2004 - 5-2010", "2004-01/2010-05") in values("Tin\n\nÔng A làm việc từ 1-2004 - 5-2010 ở Hà Nội.")


def test_a_document_number_or_a_day_with_dashes_is_no_month() -> None:
    assert values("Tin\n\nTheo Quyết định 05-2010-QĐ ngày 5-6-2010 của bộ.") == [("ngày 5-6-2010", "2010-06-05")]


def test_a_career_span_in_brackets_no_longer_places_the_storys_days() -> None:
    text = (
        "Tin nội chính\n\nChiều 13-7, Ủy ban Kiểm tra đã làm việc với ban cán sự. Trong thời gian làm giám đốc công "
        "ty (tháng 1-2004 - 5-2010), bà A đã có các vi phạm."
    )
    assert value_of(text, "Chiều 13-7") == "XXXX-07-13"


# --- a schedule listed after a colon -------------------------------------------------------------------------


def test_a_schedule_listed_after_a_colon_lies_ahead_as_a_deadline() -> None:
    # read as past, `tháng 8-2019` put `ngày 9-5` in 2020; the schedule lies ahead of the story's days
    text = (
        "Tin dân sinh\n\nĐến ngày 9-5 vừa qua, chủ đầu tư có văn bản gửi ban quản trị, đề nghị thanh toán theo lộ "
        "trình: cuối tháng 6-2019 thanh toán 500 triệu đồng, cuối tháng 8-2019 thanh toán phần còn lại."
    )
    assert value_of(text, "ngày 9-5") == "2019-05-09"


def test_a_programme_listed_after_a_colon_that_its_sentence_plans() -> None:
    # (told past the lead: there a quarter with its year names the present on its own)
    text = (
        "Tin du lịch\n\nLễ khai mạc sẽ chính thức diễn ra vào ngày 11/2 tại thành phố.\n\nNhiều đoàn khách đã đăng ký."
        "\n\nTỉnh sẽ là trung tâm của các sự kiện, như: lễ hội xuân vào quý I-2019, tại các huyện; chương trình đua "
        "ngựa vào tháng 6-2019, tại huyện B; lễ hội mùa thu vào quý III-2019."
    )
    assert value_of(text, "ngày 11/2") == "2019-02-11"


def test_a_purpose_clause_before_a_colon_plans_no_list() -> None:
    # `để` opens a purpose as often as a plan: the past story listed after the colon places the lead's day
    text = (
        "Tin nội chính\n\nSáng 14-3, công an tỉnh họp báo. Để làm rõ vụ việc, cơ quan điều tra công bố diễn biến: "
        "tháng 8-2018 ông A nhận 2 tỷ đồng, tháng 10-2018 ông A chuyển số tiền này cho người khác."
    )
    assert value_of(text, "Sáng 14-3") == "2019-03-14"


def test_a_year_planned_long_after_the_last_year_told_past_is_a_horizon() -> None:
    # `Năm 2012 … đã …`, then `Năm 2020 … sẽ …`: a plan eight years after the past told names no present
    text = (
        "Tin dân sinh\n\nSáng 14-3, sở họp với các quận. Năm 2012, sở đã kiểm tra 30 cơ sở. Năm 2020, sở sẽ tập "
        "trung kiểm tra các chợ đầu mối."
    )
    assert value_of(text, "Sáng 14-3") == "XXXX-03-14"


# --- a date in a clause opened by `kể từ khi` ----------------------------------------------------------------


@pytest.mark.parametrize(
    "since",
    [
        "Nước A đã đình chỉ mọi hoạt động trao đổi kể từ khi nước B thử tên lửa lần thứ tư vào tháng 1/2016.",
        "Thành phố ở mức báo động cao, kể từ sau khi nhóm X đánh bom sân bay hồi tháng 3/2016.",
    ],
)
def test_a_date_that_opens_a_span_up_to_now_places_nothing(since: str) -> None:
    text = f"Tin quốc tế\n\nNgày 22/5, nước A thông báo nối lại viện trợ. {since}"
    assert value_of(text, "Ngày 22/5") == "XXXX-05-22"

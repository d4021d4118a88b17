"""Round 12b (dates): a day without its year that opens a sentence holding an event named with its year
(`Sáng 4/3, lễ … năm 2019`, `Ngày 4/3, Sở … tổ chức Hội nghị … năm 2019`) is of that year, the same
happening. Sentences written for the tests, in the shape of the construction."""

from __future__ import annotations

import pytest

from tests.test_dates_statistics_cut_off import value_of  # a text's date value, read with no year given


@pytest.mark.parametrize(
    "sentence",
    [
        "Sáng 4-3, lễ trao giải báo chí toàn tỉnh năm 2019 đã diễn ra tại nhà văn hóa huyện.",
        "Ngày 4-3, tại thị xã, UBND huyện đã tổ chức Hội nghị quảng bá nông sản năm 2019.",
        "Sáng 4-3, Sở Du lịch tổ chức long trọng Lễ khai mạc Tuần lễ ẩm thực năm 2019 tại công viên.",
        "Tối 4-3, Bộ trưởng đã dự Liên hoan nghệ thuật quần chúng năm 2019 ở quảng trường.",
        # `Đại lễ` heads an event as `lễ` does; a dot inside a word (`T.Ư`) does not end the subject
        "Sáng 4-3, tại chùa, T.Ư Hội Phật giáo tổ chức Đại lễ cầu an năm 2019 với nhiều tăng ni.",
        "Sáng 4-3, tại TP.HCM, Hội Nhà báo tổ chức lễ trao giải báo chí năm 2019.",
    ],
)
def test_an_event_held_that_day_and_named_with_its_year_dates_the_day(sentence: str) -> None:
    text = f"Tin địa phương\n\n{sentence} Nhiều đơn vị đã đăng ký tham gia."
    mention = sentence.split(",")[0]
    assert value_of(text, mention) == "2019-03-04"


@pytest.mark.parametrize(
    "sentence",
    [
        # a budget accounted, not the event's own year
        "Ngày 4-3, Hội đồng nhân dân tỉnh tổ chức kỳ họp thông qua quyết toán ngân sách năm 2018.",
        # the year of another event the official talks about, not one held that day
        "Ngày 4-3, ông Trần Văn B cho biết huyện sẽ đăng cai Hội thi nấu ăn năm 2020.",
    ],
)
def test_a_year_reviewed_or_of_another_event_does_not(sentence: str) -> None:
    text = f"Tin địa phương\n\n{sentence} Nhiều đơn vị đã đăng ký tham gia."
    mention = sentence.split(",")[0]
    assert value_of(text, mention) == "XXXX-03-04"


def test_a_sentence_end_without_its_space_ends_the_event_name() -> None:
    # `mạc.Tại`: a dot after a small letter ends the sentence, so the next sentence's year names no event held
    text = (
        "Tin địa phương\n\nSáng 4-3, huyện tổ chức lễ khai mạc.Tại lễ, các đội nhận cờ thi đua năm 2019. "
        "Nhiều đơn vị đã đăng ký tham gia."
    )
    assert value_of(text, "Sáng 4-3") == "XXXX-03-04"


def test_a_conference_reviewing_a_year_is_not_dated_in_it() -> None:
    # the year reviewed is not the event's own: the review is held after it
    text = (
        "Tin địa phương\n\nNgày 4-3, UBND huyện tổ chức hội nghị đánh giá kết quả công tác dân vận năm 2018. "
        "Nhiều đơn vị đã dự."
    )
    assert value_of(text, "Ngày 4-3") != "2018-03-04"


def test_a_lead_year_before_a_month_already_past_is_not_the_present() -> None:
    # `đầu năm 2012` in the lead tells when the crime was done; `cuối tháng 5-2014` is reported as past after it,
    # so the year of `ngày 20-6` is not 2012
    text = (
        "Tuyên án kẻ đầu độc\n\nMột tòa án đã tuyên án hai người về tội đầu độc một nhà báo vào đầu năm 2012. "
        "Vào cuối tháng 5-2014, cơ quan điều tra đã thông báo kết luận vụ án. Ảnh chụp phiên xử ngày 20-6."
    )
    assert value_of(text, "ngày 20-6") != "2012-06-20"


def test_a_lead_year_of_the_present_stays_without_a_later_past_date() -> None:
    text = "Đầu năm 2014, huyện ra quân làm đường\n\nNgày 20-2, huyện ra quân làm đường giao thông nông thôn."
    assert value_of(text, "Ngày 20-2") == "2014-02-20"


@pytest.mark.parametrize("mention", ["năm tài khóa 2019", "năm tài chính 2019", "năm ngân sách 2019"])
def test_a_fiscal_year_is_a_year(mention: str) -> None:
    text = f"Tin kinh tế\n\nCông ty báo lãi lớn trong {mention} nhờ xuất khẩu tăng."
    assert value_of(text, mention) == "2019"


def test_a_fiscal_year_ahead_fixes_no_year_of_the_story() -> None:
    # a budget's year is neither the present nor a step of the story: `ngày 8-5` is placed by the decision
    text = (
        "Tin tài chính\n\nQuyết định số 12/QĐ-BTC ngày 10/3/2019 giao dự toán. Ngày 8-5, quốc hội bàn dự toán "
        "năm tài khóa 2021 của chính phủ."
    )
    assert value_of(text, "Ngày 8-5") == "2019-05-08"

"""Round 11 (issue #14): the year of a partial date from evidence the text gives in other shapes."""

from __future__ import annotations

from itertools import pairwise

from vnreport.extract.dates import extract_dates
from vnreport.pipeline import analyze_text
from vnreport.report.model import DateMention
from vnreport.segment.document import segment


def dates(text: str, year: int | None = None) -> list[DateMention]:
    doc = segment(text, words=False)
    doc.year = year
    found = extract_dates(doc)
    assert all(a.end <= b.start for a, b in pairwise(found))
    return found


def value_of(text: str, mention: str) -> str:
    return next(m.value for m in dates(text) if m.text == mention)


# --- a half year reported on, its year written once in its sentence, names the present ------------------


def test_a_conference_of_a_year_reviewing_its_first_half_names_the_present() -> None:
    text = (
        "Sáng 14-7, Hội Nông dân tỉnh họp bàn công tác tuyên truyền. Chiều cùng ngày, Hội tổ chức hội nghị "
        "cán bộ chủ chốt năm 2019, sơ kết công tác sáu tháng đầu năm và bàn nhiệm vụ sáu tháng cuối năm."
    )
    assert value_of(text, "Sáng 14-7") == "2019-07-14"


def test_a_half_year_planned_ahead_names_no_present() -> None:
    text = (
        "Sáng 14-7, Hội Nông dân tỉnh họp bàn công tác tuyên truyền. Hội sẽ tổ chức hội nghị cán bộ năm 2019 "
        "để bàn nhiệm vụ sáu tháng cuối năm."
    )
    assert value_of(text, "Sáng 14-7") == "XXXX-07-14"


def test_a_half_year_whose_sentence_compares_years_names_no_present() -> None:
    text = "Ngày 14/7, sở công bố số liệu. Sáu tháng đầu năm, doanh thu tăng 9% so với năm 2018."
    assert value_of(text, "Ngày 14/7") == "XXXX-07-14"


# --- a document issued on a day carries the year that day lacks ---------------------------------------


def test_a_decree_numbered_with_its_year_fixes_the_day_that_issues_it() -> None:
    report = analyze_text(
        "Chính phủ ban hành nghị định mới\n"
        "Ngày 12-3, Thủ tướng Chính phủ đã ký ban hành Nghị định số 21/2019/NĐ-CP về quản lý chợ. "
        "Nghị định thay thế các quy định cũ."
    )
    assert [(d.text, d.value) for d in report.dates] == [("Ngày 12-3", "2019-03-12")]
    assert [(d.number, d.date) for d in report.documents] == [("21/2019/NĐ-CP", "2019-03-12")]


def test_a_decree_only_cited_in_the_sentence_fixes_no_day() -> None:
    report = analyze_text(
        "Sở kiểm tra các chợ\n"
        "Ngày 12-3, Sở Công Thương kiểm tra các chợ theo Nghị định số 21/2019/NĐ-CP về quản lý chợ."
    )
    assert [(d.text, d.value) for d in report.dates] == [("Ngày 12-3", "XXXX-03-12")]


# --- a plan of a year adjusted names that year as the present -------------------------------------------


def test_adjusting_the_plan_of_a_year_names_it_as_the_present() -> None:
    text = (
        "Chiều 9/11, Hội đồng nhân dân tỉnh biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công năm 2020 "
        "và điều chỉnh kế hoạch vốn đầu tư công năm 2019."
    )
    assert value_of(text, "Chiều 9/11") == "2019-11-09"


def test_adjusting_a_plan_of_a_year_compared_with_names_no_present() -> None:
    text = "Chiều 9/11, tỉnh họp. Mức vốn tăng 5% so với điều chỉnh kế hoạch vốn năm 2018."
    assert value_of(text, "Chiều 9/11") == "XXXX-11-09"


# --- quarters counted from an end of the year ----------------------------------------------------------


def test_the_first_quarters_of_a_year_are_its_first_months() -> None:
    assert [(m.text, m.value) for m in dates("Trong ba quý đầu năm 2023, lượng khách tăng mạnh.")] == [
        ("ba quý đầu năm 2023", "2023-01/2023-09")
    ]
    assert [(m.text, m.value) for m in dates("Hai quý cuối năm 2023, ngành sẽ gặp khó.")] == [
        ("Hai quý cuối năm 2023", "2023-07/2023-12")
    ]


def test_the_first_quarter_alone_stays_a_quarter() -> None:
    assert [(m.text, m.value) for m in dates("Trong quý đầu năm 2023, lượng khách tăng.")] == [
        ("quý đầu năm 2023", "2023-Q1")
    ]


# --- an event named by its year and called this year's names the present ---------------------------------


def test_an_event_named_by_its_year_and_called_this_years_names_the_present() -> None:
    text = (
        "Tối 20/8, Festival Hoa Đà Lạt 2019 khai mạc tại quảng trường. Ban tổ chức cho biết Festival Hoa năm nay "
        "có hơn 40 chương trình."
    )
    assert value_of(text, "Tối 20/8") == "2019-08-20"


def test_an_event_named_by_its_year_alone_names_no_present() -> None:
    text = "Tối 20/8, đoàn vận động viên lên đường dự Đại hội Thể thao 2019. Năm nay thời tiết nóng."
    assert value_of(text, "Tối 20/8") == "XXXX-08-20"


def test_one_word_of_a_longer_event_name_is_not_the_event() -> None:
    text = "Tối 20/8, Festival Hoa Đà Lạt 2019 khai mạc. Festival năm nay của trường diễn ra giản dị."
    assert value_of(text, "Tối 20/8") == "XXXX-08-20"

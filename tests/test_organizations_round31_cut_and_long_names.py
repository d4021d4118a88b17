"""Organisation names cut short or run long (round 31, issue #13, precision), one written example per construction:
a second field joined to a department's first by a dash, a dictionary word longer than the domain it opens, a unit's
lower-case field before its parent with a place, a national body's field before its country, a committee `của` a
legislature the grammar did not know, and what follows a dash but is no word of the name (a two-syllable holder, a
verb opening a clause, a state's official name)."""

from __future__ import annotations

import pytest

from tests.orghelp import names
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text

# --- a second field after a dash ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bà Lê Hoa, Phó Vụ trưởng Vụ Tổ chức - Thanh tra, được điều động sang đơn vị khác.", "Vụ Tổ chức - Thanh tra"),
        (
            "Ông Trần Bình, Trưởng Phòng Kế hoạch - Điều độ Công ty TNHH Cảng Bắc Hải cho biết tàu đã cập bến.",
            "Phòng Kế hoạch - Điều độ Công ty TNHH Cảng Bắc Hải",
        ),
    ],
)
def test_a_capitalised_field_after_a_dash_is_the_departments_second_field(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body of its own after the dash: the parent, named on its own
        ("Ông Lê Nam, Vụ trưởng Vụ Tổ chức - Bộ Tư pháp cho biết.", "Vụ Tổ chức"),
        ("Ông Lê Nam, Vụ trưởng Vụ Tổ chức - Thanh tra Bộ Xây dựng cho biết.", "Vụ Tổ chức"),
        # the holder's next post after the dash
        ("Ông Lê Nam, Giám đốc Sở Nội vụ - Trưởng ban Thi đua cho biết.", "Sở Nội vụ"),
    ],
)
def test_a_body_or_a_title_after_the_dash_is_no_second_field(text: str, name: str) -> None:
    assert names(text)[0] == name


# --- a dictionary word longer than the domain it opens --------------------------------------------------------------


def test_a_field_ending_in_hoc_is_one_word_of_the_name() -> None:
    assert "Khoa Xã hội học" in names("Bà Lê Lan, Trưởng Khoa Xã hội học của trường, cho biết.")


# --- a unit's lower-case field before its parent with a place ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Xe đỗ trước Phòng Cảnh sát giao thông đường thủy Công an tỉnh Bình Dương suốt buổi sáng.",
            "Phòng Cảnh sát giao thông đường thủy Công an tỉnh Bình Dương",
        ),
        (
            "Vụ việc được chuyển cho Đội Cảnh sát điều tra tổng hợp Công an huyện Đông Anh thụ lý.",
            "Đội Cảnh sát điều tra tổng hợp Công an huyện Đông Anh",
        ),
    ],
)
def test_a_units_lower_case_field_goes_on_to_its_parent_with_its_place(text: str, name: str) -> None:
    assert name in names(text)


def test_a_verb_after_a_unit_is_no_field_before_the_body_it_governs() -> None:
    found = names("Phòng Cảnh sát giao thông chỉ đạo Công an huyện Đông Anh xử lý.")
    assert found[0] == "Phòng Cảnh sát giao thông"


# --- a national body's field before its country ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bộ trưởng Bộ An ninh mạng Canada John Reid cho biết.", "Bộ An ninh mạng Canada"),
        (
            "Bộ trưởng Bộ Kế hoạch Phát triển Quốc gia Malaysia nói tại hội nghị.",
            "Bộ Kế hoạch Phát triển Quốc gia Malaysia",
        ),
    ],
)
def test_words_between_a_ministrys_domain_and_its_country_are_its_name(text: str, name: str) -> None:
    assert names(text)[0] == name


def test_words_before_a_country_that_are_no_field_leave_the_ministry_alone() -> None:
    assert names("Bộ Ngoại giao yêu cầu Canada rút quân.")[0] == "Bộ Ngoại giao"


# --- a committee of a legislature the grammar reads by its head ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        (
            "Phó Chủ tịch Ủy ban Năng lượng của Duma Quốc gia Ivan Petrov nói.",
            "Ủy ban Năng lượng của Duma Quốc gia",
            "Duma Quốc gia",
        ),
        ("Ủy ban Tình báo của Thượng viện Mỹ đã họp kín.", "Ủy ban Tình báo của Thượng viện Mỹ", "Thượng viện Mỹ"),
    ],
)
def test_a_committee_of_a_legislature_keeps_its_owner(text: str, name: str, owner: str) -> None:
    found = names(text)
    assert name in found
    assert owner in found


# --- what a dash brings that is no word of the name --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chủ tịch Ủy ban Chứng khoán Nhà nước - Lê Bình đưa ra ba dự báo.", "Ủy ban Chứng khoán Nhà nước"),
        ("Qua Ngân hàng Á Châu - Chi nhánh Hoàn Kiếm - Chuyển tiền từ nước ngoài: xem dưới.", "Chi nhánh Hoàn Kiếm"),
        ("Ông học tại Đại học Kỹ thuật Ilmenau – Cộng hòa Dân chủ Đức (1975-1980).", "Đại học Kỹ thuật Ilmenau"),
    ],
)
def test_a_holder_a_clause_or_a_state_after_a_dash_ends_the_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Giám đốc Trung tâm Giáo dục - Dạy nghề - Hướng thiện cho biết.",
            "Trung tâm Giáo dục - Dạy nghề - Hướng thiện",
        ),
        ("Hội Hồi sức - Cấp cứu và Chống độc Việt Nam họp.", "Hội Hồi sức - Cấp cứu và Chống độc Việt Nam"),
    ],
)
def test_fields_after_a_dash_stay_in_the_name(text: str, name: str) -> None:
    assert name in names(text)


# --- growth --------------------------------------------------------------------------------------------------------


def _seconds(text: str) -> float:
    return best_cpu_seconds(lambda: analyze_text(text, year=2024), 2)


def test_dashed_fields_and_unit_fields_thousands_of_times_double_the_time_when_doubled() -> None:
    unit = "Phòng Kế hoạch - Điều độ - Thanh tra - Điều độ Đội Cảnh sát điều tra tổng hợp đường bộ Bộ An ninh mạng "

    ratio = doubling_ratio(lambda count: _seconds("Ông A thăm " + unit * count + "rồi về."), 200)
    assert ratio <= 2.5, f"dashed fields grow faster than linearly: ×{ratio:.1f} for ×2"

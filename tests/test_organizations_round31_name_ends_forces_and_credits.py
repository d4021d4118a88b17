"""Organisation constructions of round 31 (issue #13, organisations missed), one written example each in the
shape of real news text: a company named after a given name ending in `Anh`, fields joined by `&`, a country's
named force (`Lực lượng … <country>`), a foreign credit whose caption's stop was lost, a source sentence closing
the article, a list of bodies opened by two the grammar knows, and a known acronym defined after a named body."""

from __future__ import annotations

import pytest

from tests.orghelp import names, organizations
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text

# --- `Anh` ends a given name, and a company's name taken from one -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bà Lê Thu, Giám đốc Công ty TNHH Thiết bị Tuấn Anh cho biết số đơn tăng.", "Công ty TNHH Thiết bị Tuấn Anh"),
        ("Đại diện Công ty cổ phần Dược phẩm Hải Anh, ông Hồ Tâm nói.", "Công ty cổ phần Dược phẩm Hải Anh"),
    ],
)
def test_anh_after_a_capitalised_syllable_is_the_last_word_of_the_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # `Anh` before the person it addresses still ends the name
        ("Tập đoàn Đông Sơn Anh Trần Văn Hữu cho biết.", "Tập đoàn Đông Sơn"),
        # after a lower-case word `Anh` is the country: the body is named with it, its bare name a variant
        ("Bộ Ngoại giao Anh ra thông báo, sau đó Bộ Ngoại giao trả lời báo chí.", "Bộ Ngoại giao Anh"),
    ],
)
def test_anh_before_a_person_or_after_a_lower_case_word_is_no_word_of_the_name(text: str, name: str) -> None:
    assert names(text)[0] == name


def test_a_party_named_with_its_country_anh_keeps_its_bare_name_as_a_variant() -> None:
    found = organizations("Đảng Lao động Anh giành 200 ghế, trong khi đảng Lao động mất 10 ghế ở Scotland.")
    assert list(found) == ["Đảng Lao động Anh"]
    assert [m.text for m in found["Đảng Lao động Anh"].mentions] == ["Đảng Lao động Anh", "đảng Lao động"]


# --- fields joined by `&` ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Viện Dinh dưỡng lâm sàng & thực phẩm đã công bố khảo sát.", "Viện Dinh dưỡng lâm sàng & thực phẩm"),
        (
            "Chủ nhiệm Ủy ban Văn hóa, giáo dục & thanh niên đặt câu hỏi với Bộ trưởng.",
            "Ủy ban Văn hóa, giáo dục & thanh niên",
        ),
    ],
)
def test_an_ampersand_joins_the_lower_case_field_after_it_to_the_name(text: str, name: str) -> None:
    assert names(text)[0] == name


def test_a_comma_without_an_ampersand_joins_nothing_to_the_name() -> None:
    # `, trạm y tế xã …`: the next item of a list, closed by its own place
    assert names("Trung tâm Y tế, trạm y tế xã Hòa Bình đều có mặt.")[0] == "Trung tâm Y tế"


# --- a country's named force ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lực lượng Phòng vệ Lục quân Nhật Bản đã tham gia diễn tập.", "Lực lượng Phòng vệ Lục quân Nhật Bản"),
        ("Tàu của lực lượng Bảo vệ Biên giới Ukraine đã cập cảng.", "lực lượng Bảo vệ Biên giới Ukraine"),
    ],
)
def test_a_force_named_with_its_country_is_an_organisation(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Lực lượng chức năng đã có mặt tại hiện trường.",
        "Các lực lượng Hồi giáo cực đoan rút khỏi thị trấn.",
        "Lực lượng Công binh đã rà phá bom mìn.",
        "Các lực lượng Nga và Syria đã tấn công.",
    ],
)
def test_a_force_without_its_country_or_its_own_name_is_no_organisation(text: str) -> None:
    assert not [n for n in names(text) if n.lower().startswith("lực lượng")]


# --- a foreign credit glued to the caption's next sentence ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tàu chiến ở cảng. Ảnh: Navaltoday Bộ Quốc phòng cho biết tàu sẽ rời cảng.", "Navaltoday"),
        ("Trực thăng tại căn cứ. Ảnh: Defense Newsx Hãng Tass dẫn nguồn tin.", "Defense Newsx"),
    ],
)
def test_a_credit_in_latin_letters_ends_before_a_capitalised_vietnamese_word(text: str, name: str) -> None:
    assert name in names(text)


def test_a_photographer_named_in_vietnamese_syllables_is_no_credit_of_an_outlet() -> None:
    assert names("Tàu chiến ở cảng. Ảnh: Tuan Minh Bộ Quốc phòng cho biết tàu sẽ rời cảng.") == ["Bộ Quốc phòng"]


# --- a source sentence closing the article ------------------------------------------------------------------------


def test_a_foreign_source_in_a_sentence_that_closes_the_article_is_an_organisation() -> None:
    text = "Giá nhà tăng\n\nGiá nhà ở thủ đô tăng 5%, ông Kim nói. Theo Kbizwire\n"
    assert "Kbizwire" in names(text)


def test_a_name_after_theo_inside_a_sentence_is_not_read_as_a_source() -> None:
    assert "Kbizwire" not in names("Giá nhà tăng\n\nTheo Kbizwire Lee, giá nhà ở thủ đô tăng 5% trong năm nay.\n")


# --- a list opened by two bodies the grammar knows ----------------------------------------------------------------


def test_a_list_opened_by_two_known_bodies_lists_companies_whatever_noun_governs_it() -> None:
    text = (
        "Buổi gặp có đại diện các thương hiệu trong lĩnh vực điện tử, ô tô, bán lẻ và tài chính như Samsung, "
        "Toyota, Qorvix Trading, Lantrel Leasing… cùng dự."
    )
    assert {"Qorvix Trading", "Lantrel Leasing"} <= set(names(text))


def test_a_list_opened_by_one_known_body_takes_no_brand_without_a_company_noun() -> None:
    text = "Buổi gặp có đại diện nhiều nơi trong lĩnh vực điện tử, ô tô, bán lẻ và tài chính như Samsung, Qorvix."
    assert "Qorvix" not in names(text)


def _seconds(text: str) -> float:
    return best_cpu_seconds(lambda: analyze_text(text, year=2024), 2)


def test_lists_opened_by_two_known_bodies_thousands_of_times_double_the_time_when_doubled() -> None:
    unit = "các bên như Samsung, Toyota, Qorvix Trading, Lantrel Leasing và "

    ratio = doubling_ratio(lambda count: _seconds("Buổi gặp có " + unit * count + "nhiều bên khác."), 300)
    assert ratio <= 2.5, f"lists of bodies grow faster than linearly: ×{ratio:.1f} for ×2"


# --- a known acronym defined after a named body is its own ---------------------------------------------------------


def test_a_known_acronym_after_a_head_and_its_name_is_the_bodys_own() -> None:
    text = "Đây là đợt triển khai lớn của Lực lượng Phòng vệ Biển Nhật Bản (JMSDF). Tàu của JMSDF đã cập cảng."
    found = organizations(text)
    assert list(found) == ["Lực lượng Phòng vệ Biển Nhật Bản"]
    assert [m.text for m in found["Lực lượng Phòng vệ Biển Nhật Bản"].mentions][-1] == "JMSDF"


def test_a_known_acronym_after_a_bare_head_names_the_thing_it_owns() -> None:
    assert names("Đây là dự án của Liên Hợp Quốc (UNESCO) tại Việt Nam.") == ["Liên Hợp Quốc", "UNESCO"]

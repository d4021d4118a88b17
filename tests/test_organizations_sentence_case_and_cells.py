"""Organisation names of round 29 (issue #13), one written example per construction: a name in sentence case
runs over lower-case words up to what closes a body's name; a board written `ban` after a title takes a name
of its own, not only a domain; a Party cell (`Chi bộ`) is named by a number, a place or a name. The tests whose
name says what is not read (`does_not`, `needs`, `is_none`, `no_word`) are guards of how narrow each reading is:
they pass on the code before these readings too, and fail when a reading is widened past them."""

from __future__ import annotations

import pytest

from tests.orghelp import names

# --- a name in sentence case, closed by its country, its place or a parenthesis ----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theo ông Hải, Viện Kinh tế bền vững (Đức) đã gửi báo cáo.", "Viện Kinh tế bền vững"),
        (
            "Cục trưởng Cục Kiểm định chất lượng rau, củ, quả (Bộ Nông nghiệp) cho biết như vậy.",
            "Cục Kiểm định chất lượng rau, củ, quả",
        ),
        (
            "Ông Bình, Viện trưởng Viện Nghiên cứu chiến lược biển Việt Nam, đã phát biểu.",
            "Viện Nghiên cứu chiến lược biển Việt Nam",
        ),
    ],
)
def test_a_sentence_case_name_runs_to_what_closes_it(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Viện Kinh tế cho vay ở Việt Nam.", "cho vay"),  # a function word in the run
        ("Tổng cục Thuế nghiên cứu vấn đề Bộ Tài chính nêu.", "vấn đề"),  # another body closes nothing
        # the verb's object in brackets is no parent: its acronym, or the body itself written again
        ("Chi cục Thú y cấp giấy chứng nhận an toàn (GCN) cho trại.", "giấy"),
        ("Cục Thú y cấp giấy chứng nhận an toàn (Cục Thú y) cho trại.", "giấy"),
        ("Viện Kinh tế đầu tư phát triển bền vững Hà Nội.", "bền vững"),  # a place without its unit closes nothing
    ],
)
def test_a_sentence_case_name_does_not_run_over_a_clause(text: str, cut: str) -> None:
    assert not any(cut in found for found in names(text))


# --- `ban` after a title ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Tâm, Trưởng ban Quy hoạch TP Đà Nẵng, ký văn bản.", "ban Quy hoạch TP Đà Nẵng"),
        ("Bà Hoa giữ chức Phó ban Thi đua khen thưởng từ năm ngoái.", "ban Thi đua khen thưởng"),
        ("Ông Dũng, Trưởng ban Tuyên giáo Huyện ủy, phát biểu.", "ban Tuyên giáo Huyện ủy"),  # a domain, as before
    ],
)
def test_a_lower_case_board_after_a_title_takes_a_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ông Hòa, Phó ban tỉnh, đến dự.",  # a bare unit word names no board
        "Ông An, Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia, cho biết.",  # the title's qualifier
        "Phó Trưởng ban MACC Azam Baki cho biết như vậy.",  # the body by its acronym
        "Ông Trưởng ban Lê Hà cùng dự.",  # a person, not a board
        "Đây là ban Phật sự của chùa.",  # an open name after `ban` only after the row's title
    ],
)
def test_a_lower_case_board_after_a_title_needs_a_name_of_its_own(text: str) -> None:
    assert not any(found.startswith("ban ") for found in names(text))


def test_the_holder_after_a_domain_board_is_no_word_of_it() -> None:
    assert "ban Tổ chức Trung ương" in names("Phó Trưởng ban Tổ chức Trung ương Mai Lan thông báo.")


# --- a Party cell --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Sơn, Bí thư Chi bộ 7, bị khiển trách.", "Chi bộ 7"),
        ("Ông Tú, Bí thư chi bộ thôn Đông Hòa cho biết.", "chi bộ thôn Đông Hòa"),
        ("Bà Mai, Bí thư Chi bộ xóm Bãi Sậy, phát biểu.", "Chi bộ xóm Bãi Sậy"),
    ],
)
def test_a_party_cell_named_by_a_number_or_a_place(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Các chi bộ triển khai kế hoạch. Chi bộ là hạt nhân của Đảng.",
        "Bà Lan là Bí thư chi bộ Đảng ở xã.",  # the Party itself names no cell
    ],
)
def test_a_party_cell_without_a_name_is_none(text: str) -> None:
    assert not any("chi bộ" in found.lower() for found in names(text))

"""Round 4 constructions of issue #12, in the shapes of 2023–2025 news pages (sentences written for the
tests): abbreviated Party titles, titles given clause by clause, organisations with lower-case words."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def _titles(text: str) -> dict[str, list[tuple[str, bool]]]:
    officials, _ = extract_people(segment(text))
    return {o.name: [(t.text, t.current) for t in o.titles] for o in officials}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ông Nguyễn Văn Hưng, UVTƯ Đảng, Bí thư Tỉnh ủy Gia Lai phát biểu.", "UVTƯ Đảng"),
        ("Ông Nguyễn Văn Hưng, UVT.Ư Đảng, Bí thư Tỉnh ủy Gia Lai phát biểu.", "UVT.Ư Đảng"),
        ("Bà Phạm Thị Lan, UV.BTV Tỉnh ủy, Bí thư Tỉnh ủy Gia Lai phát biểu.", "UV.BTV Tỉnh ủy"),
        ("Ông Hồ Văn Mười, UVBCHTW Đảng, Bí thư Tỉnh ủy Gia Lai phát biểu.", "UVBCHTW Đảng"),
        ("Ông Lê Minh Khoa, Ủy viên dự khuyết TƯ Đảng, Bí thư Tỉnh ủy Gia Lai phát biểu.", "Ủy viên dự khuyết TƯ Đảng"),
        (
            "Ông Lê Minh Khoa, Ủy viên dự khuyết BCH Trung ương Đảng, Bí thư Tỉnh ủy Gia Lai phát biểu.",
            "Ủy viên dự khuyết BCH Trung ương Đảng",
        ),
    ],
)
def test_abbreviated_party_titles(text: str, title: str) -> None:
    officials, _ = extract_people(segment(text))
    assert len(officials) == 1
    assert [t.text for t in officials[0].titles] == [title, "Bí thư Tỉnh ủy Gia Lai"]
    assert officials[0].role == "spoke"


def test_glued_member_title_in_a_chair_list() -> None:
    officials, _ = extract_people(
        segment("Chủ trì hội nghị có đồng chí Trần Tú Anh - UVBTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh.")
    )
    assert [t.text for t in officials[0].titles] == ["UVBTV Tỉnh ủy", "Phó Chủ tịch HĐND tỉnh"]
    assert officials[0].role == "chaired"


def test_clauses_in_a_sequence_each_give_their_title() -> None:
    found = _titles(
        "Quốc hội bầu Chủ nhiệm Ủy ban Pháp luật đối với bà Lê Thị Hoa; Chủ nhiệm Ủy ban Công tác đại biểu đối"
        " với ông Trần Văn Bình; Tổng Thư ký Quốc hội đối với ông Phạm Quốc Cường."
    )
    assert found["Lê Thị Hoa"] == [("Chủ nhiệm Ủy ban Pháp luật", True)]
    assert found["Trần Văn Bình"] == [("Chủ nhiệm Ủy ban Công tác đại biểu", True)]
    assert found["Phạm Quốc Cường"] == [("Tổng Thư ký Quốc hội", True)]


def test_dismissal_then_election_in_the_next_clause() -> None:
    found = _titles(
        "HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Tâm; bầu ông Nguyễn Hữu Phước"
        " giữ chức Phó Chủ tịch UBND tỉnh."
    )
    assert found["Lê Văn Tâm"] == [("Phó Chủ tịch UBND tỉnh", False)]
    assert found["Nguyễn Hữu Phước"] == [("Phó Chủ tịch UBND tỉnh", True)]


def test_additional_election() -> None:
    found = _titles("HĐND tỉnh bầu bổ sung Ủy viên UBND tỉnh đối với ông Lê Văn Tâm, Giám đốc Sở Tài chính.")
    assert ("Ủy viên UBND tỉnh", True) in found["Lê Văn Tâm"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ông Trần Minh Đức, Phó Cục trưởng Cục Quản lý nợ và tài chính đối ngoại, cho biết.",
            "Phó Cục trưởng Cục Quản lý nợ và tài chính đối ngoại",
        ),
        (
            "Ông Trần Minh Đức, Cục trưởng Cục Quản lý giá, Bộ Tài chính cho biết.",
            "Cục trưởng Cục Quản lý giá, Bộ Tài chính",
        ),
        (
            "Ông Trần Minh Đức, Trưởng phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (PC03) nói.",
            "Trưởng phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (PC03)",
        ),
        ("Ông Trần Minh Đức, Chủ tịch Hội đồng điều phối vùng, cho biết.", "Chủ tịch Hội đồng điều phối vùng"),
        (
            "Ông Trần Minh Đức, Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh cho biết.",
            "Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh",
        ),
        (
            "Ông Trần Minh Đức, Phó Bí thư chuyên trách Đảng ủy UBND tỉnh cho biết.",
            "Phó Bí thư chuyên trách Đảng ủy UBND tỉnh",
        ),
    ],
)
def test_organisation_with_lower_case_words(text: str, title: str) -> None:
    officials, _ = extract_people(segment(text))
    assert [t.text for t in officials[0].titles] == [title]


def test_party_committee_cut_no_more() -> None:
    found = _titles("Ông Trần Minh Đức, nguyên Bí thư Ban cán sự đảng, nguyên Chủ tịch UBND tỉnh Bình Phước bị bắt.")
    assert found["Trần Minh Đức"] == [("Bí thư Ban cán sự đảng", False), ("Chủ tịch UBND tỉnh Bình Phước", False)]


def test_a_dismissal_ends_the_post_given_in_apposition() -> None:
    found = _titles(
        "Ông Trần Văn Cẩm, Ủy viên Bộ Chính trị, Chủ nhiệm Ủy ban Kiểm tra Trung ương khóa XIII, thôi giữ chức Chủ"
        " nhiệm Ủy ban Kiểm tra Trung ương."
    )
    assert ("Chủ nhiệm Ủy ban Kiểm tra Trung ương", False) in found["Trần Văn Cẩm"]
    assert ("Ủy viên Bộ Chính trị", True) in found["Trần Văn Cẩm"]


def test_released_from_a_post() -> None:
    found = _titles("Ông Lê Văn Thành, Phó Chủ tịch UBND tỉnh, được cho thôi giữ chức Phó Chủ tịch UBND tỉnh.")
    assert found["Lê Văn Thành"] == [("Phó Chủ tịch UBND tỉnh", False)]


def test_former_post_marked_by_cu() -> None:
    found = _titles("Ông Lê Ánh Dương, Bí thư Tỉnh ủy Bắc Giang cũ, được điều động làm Bí thư Tỉnh ủy Bắc Ninh.")
    assert found["Lê Ánh Dương"] == [("Bí thư Tỉnh ủy Bắc Giang", False), ("Bí thư Tỉnh ủy Bắc Ninh", True)]


def test_a_post_header_stays_off_items_with_their_own_post() -> None:
    found = _titles(
        "Dự có các Phó Thủ tướng Chính phủ: Trần Hồng Hà, Lê Thành Long, Bộ trưởng Bộ Quốc phòng Phan Văn Giang."
    )
    assert found["Lê Thành Long"] == [("Phó Thủ tướng Chính phủ", True)]
    assert found["Phan Văn Giang"] == [("Bộ trưởng Bộ Quốc phòng", True)]


def test_a_membership_header_goes_on_across_titled_items() -> None:
    found = _titles(
        "Dự có các đồng chí Ủy viên Bộ Chính trị: Thủ tướng Phạm Minh Chính; Chủ tịch Quốc hội Trần Thanh Mẫn."
    )
    assert found["Trần Thanh Mẫn"] == [("Ủy viên Bộ Chính trị", True), ("Chủ tịch Quốc hội", True)]


def test_titles_before_the_next_name_are_not_the_previous_ones() -> None:
    found = _titles("Bí thư Tỉnh ủy Nguyễn Văn Hùng, Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Trần Văn Minh chủ trì.")
    assert found["Nguyễn Văn Hùng"] == [("Bí thư Tỉnh ủy", True)]
    assert found["Trần Văn Minh"] == [("Phó Bí thư Tỉnh ủy", True), ("Chủ tịch UBND tỉnh", True)]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Ông Nguyễn Văn Hải, tân Bí thư Tỉnh ủy Lâm Đồng, phát biểu.", "Nguyễn Văn Hải", "Bí thư Tỉnh ủy Lâm Đồng"),
        ("Đồng chí Trần Văn Hòa - tân Ủy viên UBND tỉnh phát biểu.", "Trần Văn Hòa", "Ủy viên UBND tỉnh"),
    ],
)
def test_newly_appointed(text: str, name: str, title: str) -> None:
    officials, _ = extract_people(segment(text))
    assert [(o.name, [t.text for t in o.titles], o.role) for o in officials] == [(name, [title], "spoke")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thứ trưởng Nguyễn Văn Sáng cho biết dự án sắp xong.", "Nguyễn Văn Sáng"),
        ("Ông Hồ Văn Ngày cho biết gia đình đã nhận tiền.", "Hồ Văn Ngày"),
        ("Ông Lê Văn Chiều, Giám đốc Sở Tài chính, cho biết thêm.", "Lê Văn Chiều"),
    ],
)
def test_given_names_that_are_parts_of_the_day(text: str, name: str) -> None:
    officials, people = extract_people(segment(text))
    assert name in [o.name for o in officials] + [p.name for p in people]


def test_part_of_the_day_opening_a_clause_is_no_given_name() -> None:
    _, people = extract_people(segment("Ông Nguyễn Văn Nam Sáng nay đã đến trụ sở."))
    assert [p.name for p in people] == ["Nguyễn Văn Nam"]


def test_an_acronym_opens_no_name() -> None:
    _, people = extract_people(segment("Anh Nguyễn Văn Tùng, công nhân KCN Đình Vũ, cho biết lương đã tăng."))
    assert [p.name for p in people] == ["Nguyễn Văn Tùng"]


def test_a_name_between_commas_after_a_title() -> None:
    found = _titles("Chủ tịch đảng LR, François Baroin, lo ngại về kế hoạch này.")
    assert found == {"François Baroin": [("Chủ tịch đảng LR", True)]}
    found = _titles("Giám đốc Sở Y tế, Trần Văn Bình, cho biết.")
    assert found == {"Trần Văn Bình": [("Giám đốc Sở Y tế", True)]}


def _people(text: str) -> list[str]:
    _, people = extract_people(segment(text))
    return [p.name for p in people]


def test_defendants_joined_by_va_share_their_details() -> None:
    found = _people("Công an đã bắt giữ Hoàng Văn Lực và Hà Quang Sáu (cùng 31 tuổi, trú xã Tân Lập) để điều tra.")
    assert found == ["Hoàng Văn Lực", "Hà Quang Sáu"]


def test_a_name_before_a_verb_only_a_person_does() -> None:
    assert _people("Tại cơ quan điều tra, Nguyễn Văn Hòa đã khai nhận toàn bộ hành vi.") == ["Nguyễn Văn Hòa"]
    assert _people("Trường THPT Chu Văn An bị xử phạt vì thu sai quy định.") == []


def test_foreign_names_and_initials_with_details() -> None:
    found = _people("Công an bắt giữ Fan Guohui (SN 1986) và Li Chuang (SN 1978, quốc tịch Trung Quốc).")
    assert found == ["Fan Guohui", "Li Chuang"]
    assert _people("Đối tượng L.Đ.C (38 tuổi, trú phường 5) bị bắt.") == ["L.Đ.C"]


def test_a_bracket_of_details_closes_the_search_for_titles() -> None:
    found = _titles("Cô Lan Anh (35 tuổi) ngồi cạnh Thủ tướng Anh Theresa May, Chủ tịch Trung Quốc Tập Cận Bình.")
    assert "Lan Anh" not in found
    found = _titles("Ông Ngô Thành Sơn (SN 1980) – Chủ tịch HĐQT Công ty Hưng Thịnh bị bắt.")
    assert found["Ngô Thành Sơn"] == [("Chủ tịch HĐQT Công ty Hưng Thịnh", True)]


def test_names_joined_by_va_share_a_former_title_written_after_them() -> None:
    found = _titles("Các đồng chí: Lê Văn An và Trần Văn Bình nguyên Phó Chủ tịch UBND tỉnh được tặng Huân chương.")
    assert found["Lê Văn An"] == [("Phó Chủ tịch UBND tỉnh", False)]
    assert found["Trần Văn Bình"] == [("Phó Chủ tịch UBND tỉnh", False)]

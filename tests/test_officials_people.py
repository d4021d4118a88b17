"""People and titles on text the rules were not written for (issue #12): one written example per construction."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def extract(text: str) -> tuple[dict[str, list[str]], list[str]]:
    officials, people = extract_people(segment(text, words="dictionary"))
    for official in officials:
        for mention in official.mentions:
            assert text[mention.start : mention.end] == mention.text
    return {o.name: [t.text for t in o.titles] for o in officials}, [p.name for p in people]


# --- photo credits that run into the next sentence, outlets -------------------------------------------


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Cầu mới thông xe. Ảnh: Thanh Lâm Công an phường cho biết đã tìm được gia đình.", ["Thanh Lâm"]),
        ("Khu đất bỏ hoang. Ảnh: Hà Linh Nhìn lại chặng đường hơn 90 năm xây dựng.", ["Hà Linh"]),
        ("Tàu cá nằm bờ. Ảnh: Hoàng Anh Hay như 12 dự án thua lỗ khác.", ["Hoàng Anh"]),
        ("Đại diện các nước dự họp. (Ảnh: Japan Times) Tại phiên thảo luận, các nước thống nhất.", []),
        ("Nhà Trắng lên tiếng. Ảnh: Washington Post Truyền thông Mỹ đưa tin sau đó.", []),
        ("Bẫy chông dính vào bánh xe. Ảnh: Internet Bên cạnh đó, hai tỉnh cần tuyên truyền.", []),
        ("Ông Hoàng Văn An được bầu làm Chủ tịch. Ảnh: P.B", ["P.B"]),
    ],
)
def test_photo_credits_stop_at_the_next_sentence(text: str, people: list[str]) -> None:
    assert extract(text)[1] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Chợ phiên ngày cuối tuần. Ảnh: Thu Hà Năm 2020 chợ đón hơn 5.000 khách.", ["Thu Hà"]),
        ("Hai đoàn hội đàm. Ảnh: VGP/Minh Khôi Hai Thủ tướng nhất trí mở rộng hợp tác.", ["Minh Khôi"]),
        ("Cây cầu mới. Ảnh: Ngọc Lan Đà Nẵng sẽ mở thêm hai tuyến xe buýt.", ["Ngọc Lan"]),
        # a full name opens with a surname: the three syllables stay whole
        ("Cây cầu mới. Ảnh: Trần Ngọc Lan Trước đó, tỉnh đã mở thêm hai tuyến.", ["Trần Ngọc Lan"]),
        # where the credit ends its line or meets `/`, it is left whole
        ("Cây cầu mới. Ảnh: Minh Khôi Nguyên/TTXVN Trước đó, tỉnh đã mở thêm hai tuyến.", ["Minh Khôi Nguyên"]),
    ],
)
def test_a_pen_name_credit_leaves_the_next_sentence_first_word(text: str, people: list[str]) -> None:
    assert extract(text)[1] == people


# --- names: boundaries, places and streets, lists, foreign names -----------------------------------------


def test_a_word_of_time_before_a_number_ends_a_name() -> None:
    _, people = extract("Khi đó đồng chí Phan Văn Tuệ Năm 1934, đồng chí được kết nạp vào Đảng.")
    assert people == ["Phan Văn Tuệ"]


def test_dong_is_a_given_name_unless_a_clause_follows() -> None:
    _, people = extract("Điện gửi đồng chí Phạm Văn Đồng và Ban Bí thư. Ông Vũ Hồng Thanh Đồng quan điểm với đề xuất.")
    assert people == ["Phạm Văn Đồng", "Vũ Hồng Thanh"]


def test_after_a_colon_places_and_streets_are_no_people() -> None:
    text = (
        "Sạt lở xảy ra ở các khu vực như: Gò Công Đông (Tiền Giang), Bình Đại (Bến Tre). "
        "Sở sẽ mở rộng một số tuyến như: Đường Hoàng Minh Giám đoạn gần sân bay."
    )
    assert extract(text) == ({}, [])


def test_a_list_of_people_goes_on_after_the_first_anchored_name() -> None:
    text = "Ông hoạt động cùng các đồng chí: Nguyễn Văn Chân, Tôn Văn Thắng, Lê Văn Lượng và Phạm Văn Hùng."
    _, people = extract(text)
    assert people == ["Nguyễn Văn Chân", "Tôn Văn Thắng", "Lê Văn Lượng", "Phạm Văn Hùng"]


def test_a_list_does_not_run_into_an_organisation() -> None:
    _, people = extract("Luật sư Ngô Văn Huy, Đoàn Luật sư tỉnh Đồng Nai, bào chữa cho bị cáo.")
    assert people == ["Ngô Văn Huy"]


def test_details_in_brackets_mark_a_person() -> None:
    _, people = extract("Cơ quan điều tra đã bắt khẩn cấp đối với Lê Thị Hoa (SN 1986, trú tại phường Máy Tơ).")
    assert people == ["Lê Thị Hoa"]


def test_a_ward_named_like_a_person_is_no_person() -> None:
    _, people = extract("Đường dây do Võ Thị Kim L. (SN 1982, trú phường Châu Phú A, TP Châu Đốc) cầm đầu.")
    assert people == ["Võ Thị Kim L."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regression guard (no person before the rule either): the unit's name after `UBND huyện`
        ("Phó Chủ tịch UBND huyện Thạch Hà cho biết đã xử lý xong vụ việc.", {}),
        ("Bí thư phường Ngô Quyền cho biết sẽ sắp xếp lại chỗ bán hàng.", {}),
        (
            "Trưởng Công an xã Yên Thắng, ông Lê Văn Tám cho biết đã điều tra.",
            {"Lê Văn Tám": ["Trưởng Công an xã Yên Thắng"]},
        ),
        ("Chủ tịch UBND tỉnh Nguyễn Văn Hùng cho biết đã họp.", {"Nguyễn Văn Hùng": ["Chủ tịch UBND tỉnh"]}),
    ],
)
def test_a_units_name_after_a_post_is_no_holder(text: str, expected: dict[str, list[str]]) -> None:
    assert extract(text) == (expected, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giám đốc Công ty TNHH Thương mại xuất nhập khẩu Hoàng Gia Bảo đã gửi công văn.", {}),
        # regression guard (no person before the rule either): a company after `của`
        ("Trưởng phòng kinh doanh của Công ty CP Đầu tư Minh Long cho biết đã nộp hồ sơ.", {}),
        # a legal form spelled out (orgs_company_forms.txt), and trades joined by `và`, `-`, `&`
        ("Giám đốc Công ty trách nhiệm hữu hạn Thương mại Hoàng Gia Bảo đã gửi công văn.", {}),
        ("Giám đốc Công ty TNHH Xây dựng và Thương mại Hoàng Gia Bảo đã gửi công văn.", {}),
        ("Giám đốc Công ty Thương mại - Dịch vụ Hoàng Gia Bảo đã gửi công văn.", {}),
        ("Giám đốc Công ty CP Đầu tư & Phát triển Hoàng Gia Bảo đã gửi công văn.", {}),
        (
            "Giám đốc Công ty TNHH Xây dựng Nam Hải, ông Trần Văn Bình cho biết.",
            {"Trần Văn Bình": ["Giám đốc Công ty TNHH Xây dựng Nam Hải"]},
        ),
        (
            "Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Văn Hùng cho biết.",
            {"Nguyễn Văn Hùng": ["Bộ trưởng Bộ Kế hoạch và Đầu tư"]},
        ),
    ],
)
def test_a_name_after_a_companys_legal_form_is_the_companys(text: str, expected: dict[str, list[str]]) -> None:
    assert extract(text) == (expected, [])


def test_foreign_names_after_ong_and_ba_and_with_hyphens() -> None:
    text = (
        "Ông Cui Tiankai có mặt. Sau khi ông Moon Jae-in đắc cử tổng thống, Thủ tướng Nhật Bản Shinzo Abe "
        "gửi lời chúc mừng. Thủ tướng hội kiến Tổng thống Đức Frank-Walter Steinmeier."
    )
    officials, people = extract(text)
    assert officials == {"Shinzo Abe": ["Thủ tướng Nhật Bản"], "Frank-Walter Steinmeier": ["Tổng thống Đức"]}
    assert people == ["Cui Tiankai", "Moon Jae-in"]


def test_a_hyphen_before_a_title_ends_a_foreign_name() -> None:
    officials, _ = extract("Phát biểu tại lễ khai mạc, ông Valery Nikiforov-Giám đốc Hiệp hội Trung tâm ảnh cho biết.")
    assert list(officials) == ["Valery Nikiforov"]


# --- titles: before an anchor, after details, chains with dashes, lower-case organisations ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Phó chủ tịch Thường trực UBND TP ông Đặng Văn Dũng chỉ đạo các sở.",
            {"Đặng Văn Dũng": ["Phó chủ tịch Thường trực UBND TP"]},
        ),
        (
            "Theo Giám đốc Sở Xây dựng, ông Hoàng Văn Minh, các công trình đều sai phép.",
            {"Hoàng Văn Minh": ["Giám đốc Sở Xây dựng"]},
        ),
        (
            "Chủ tịch UBND tỉnh Quảng Bình, ông Nguyễn Văn Hoài đã ký quyết định.",
            {"Nguyễn Văn Hoài": ["Chủ tịch UBND tỉnh Quảng Bình"]},
        ),
        (
            "1. Ông Lê Văn Quang, sinh ngày 23 tháng 11 năm 1968, Ủy viên Ban Chấp hành Trung ương Đảng, "
            "Phó Bí thư Thường trực Tỉnh ủy Tiền Giang.",
            {"Lê Văn Quang": ["Ủy viên Ban Chấp hành Trung ương Đảng", "Phó Bí thư Thường trực Tỉnh ủy Tiền Giang"]},
        ),
        (
            "Bị cáo Đinh Văn Trung (SN 1973, trú tại Hàng Bông, Hoàn Kiếm, Hà Nội - Nguyên Phó Chủ tịch UBND "
            "phường Trung Tự) bị truy tố.",
            {"Đinh Văn Trung": ["Phó Chủ tịch UBND phường Trung Tự"]},
        ),
        (
            "Cảnh sát bắt giữ cụ Lê Đình Kiên (82 tuổi, nguyên bí thư đảng ủy xã).",
            {"Lê Đình Kiên": ["bí thư đảng ủy xã"]},
        ),
        (
            "Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Nguyễn Văn Em chủ trì hội nghị.",
            {"Nguyễn Văn Em": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]},
        ),
        (
            "Bộ trưởng Kế hoạch và Đầu tư (KH-ĐT) Nguyễn Chí Dũng trả lời chất vấn.",
            {"Nguyễn Chí Dũng": ["Bộ trưởng Kế hoạch và Đầu tư (KH-ĐT)"]},
        ),
        (
            "Ông Trương Minh Thắng, Ủy viên T.Ư Đảng, Phó trưởng ban Tổ chức T.Ư, đã công bố quyết định.",
            {"Trương Minh Thắng": ["Ủy viên T.Ư Đảng", "Phó trưởng ban Tổ chức T.Ư"]},
        ),
        (
            "Bà Lưu Thị Bích Phượng, Bí thư kiêm Chủ tịch phường Nguyễn Thái Bình, quận 1 chia sẻ kinh nghiệm.",
            {"Lưu Thị Bích Phượng": ["Bí thư", "Chủ tịch phường Nguyễn Thái Bình"]},
        ),
        (
            "Ông gặp đồng chí Raul Castro (Ra-un Ca-xtơ-rô), Chủ tịch Hội đồng Nhà nước Cuba.",
            {"Raul Castro": ["Chủ tịch Hội đồng Nhà nước Cuba"]},
        ),
        (
            "Vị trí Chánh Văn phòng Tổng thống (ông Lim Chon Sok) được đề cử.",
            {"Lim Chon Sok": ["Chánh Văn phòng Tổng thống"]},
        ),
        (
            "Thảo luận tại hội trường, ĐB Trần Thị Quốc Hoa (Hà Nội) cho biết bà sẽ chất vấn.",
            {"Trần Thị Quốc Hoa": ["ĐB"]},
        ),
    ],
)
def test_title_constructions(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = extract(text)
    assert {name: officials.get(name) for name in expected} == expected


def test_a_lower_case_title_does_not_join_a_chain_across_a_comma() -> None:
    officials, _ = extract("Sau khi ông Kim đắc cử tổng thống, Thủ tướng Nhật Bản Shinzo Abe gửi lời chúc mừng.")
    assert officials == {"Shinzo Abe": ["Thủ tướng Nhật Bản"]}


def test_a_given_name_after_a_bare_title_is_a_short_mention() -> None:
    text = (
        "Đại biểu Lê Công Nhường phát biểu. Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, ĐB Nhường cho rằng cần sửa. "
        "Phó trưởng thôn Hoành Lê Đình Ba cho biết. Chính ủy Vùng 4 Hải quân Trịnh Quang Dũng làm trưởng đoàn."
    )
    officials, _ = extract(text)
    assert officials == {
        "Lê Công Nhường": ["Đại biểu"],
        "Nguyễn Thị Kim Ngân": ["Chủ tịch Quốc hội"],
        "Lê Đình Ba": ["Phó trưởng thôn Hoành"],
        "Trịnh Quang Dũng": ["Chính ủy Vùng 4 Hải quân", "trưởng đoàn"],  # `làm trưởng đoàn` gives a title
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chỉ định 3 Phó Chủ tịch UBND tỉnh Tây Ninh mới, gồm: ông Nguyễn Văn Thanh - Quyền Chủ tịch UBND tỉnh; "
            "Ông Nguyễn Minh Lâm - Phó Chủ tịch UBND tỉnh Long An.",
            {
                "Nguyễn Văn Thanh": ["Phó Chủ tịch UBND tỉnh Tây Ninh", "Quyền Chủ tịch UBND tỉnh"],
                "Nguyễn Minh Lâm": ["Phó Chủ tịch UBND tỉnh Tây Ninh", "Phó Chủ tịch UBND tỉnh Long An"],
            },
        ),
        (
            "Hội nghị bầu đồng chí Võ Trọng Hùng – Phó Bí thư Tỉnh ủy khóa XIX, Chủ tịch UBND tỉnh Hà Tĩnh nhiệm kỳ "
            "2021-2026 – giữ chức Phó Bí thư Tỉnh ủy.",
            {"Võ Trọng Hùng": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Hà Tĩnh"]},
        ),
        (
            "Ông Lê Văn Lượng đã trải qua các chức vụ: Phó Chủ tịch, Chủ tịch UBND huyện Than Uyên; Chánh Văn phòng "
            "Tỉnh ủy Lai Châu.",
            {"Lê Văn Lượng": ["Phó Chủ tịch", "Chủ tịch UBND huyện Than Uyên", "Chánh Văn phòng Tỉnh ủy Lai Châu"]},
        ),
    ],
)
def test_list_headers_terms_and_careers(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = extract(text)
    assert {name: officials.get(name) for name in expected} == expected


def test_reporter_credits_without_a_colon() -> None:
    text = (
        "Chỉ định Bí thư Tỉnh ủy mới\n"
        "PV Thái Bình/VOV Miền Trung thông tin, sáng nay tại hội nghị, Bộ Chính trị đã công bố quyết định.\n"
        "Hội nghị kết thúc trong quý IV/2017. Mỹ Hạnh"
    )
    assert extract(text)[1] == ["Thái Bình", "Mỹ Hạnh"]


def test_a_caption_dash_opens_a_credit_and_a_state_opens_an_organisation() -> None:
    text = (
        "Cầu vượt thép trên đường Trường Sơn - Ảnh: Phan Tư Tạo thông thoáng quanh khu vực sân bay. "
        "Thủ tướng gặp Thủ hiến bang Rheinland-Pfalz, bà Malu Dreyer."
    )
    officials, people = extract(text)
    assert officials == {"Malu Dreyer": ["Thủ hiến bang Rheinland-Pfalz"]}
    assert people == ["Phan Tư"]


# --- names with no anchor that still name a person -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a case named after someone
        ("Nhiều người trốn ra nước ngoài, như trường hợp Trịnh Văn Nam.", "Trịnh Văn Nam"),
        # an address in brackets after the name, a comma before the details
        ("Đoàn thăm giáo dân tiêu biểu Trần Văn Lực (xã Hồng Long, huyện Nam Đàn).", "Trần Văn Lực"),
        ("Đoàn tặng quà Mẹ Việt Nam Anh hùng Phan Thị Hòa, (sinh năm 1923, ở xóm 3).", "Phan Thị Hòa"),
        # a reader's letter signed in capitals
        ("Cần có chính sách hợp lý. NGUYỄN VĂN CẦN (Xã Vĩnh Hòa, tỉnh Kiên Giang)", "NGUYỄN VĂN CẦN"),
    ],
)
def test_unanchored_names_with_details(text: str, person: str) -> None:
    assert person in extract(text)[1]


@pytest.mark.parametrize(
    "text",
    [
        "Trụ sở mới trên đường Lê Văn Lương (phường Nhân Chính) khánh thành.",
        "Học sinh Trường THPT Chu Văn An (quận Ba Đình) đạt giải.",
    ],
)
def test_a_street_or_a_school_with_an_address_is_no_person(text: str) -> None:
    assert extract(text)[1] == []


def test_names_end_before_an_organisation_or_a_time_glued_on() -> None:
    officials, _ = extract("Bộ trưởng Nguyễn Thế Kỷ Đài Tiếng nói Việt Nam trân trọng cảm ơn.")
    assert "Nguyễn Thế Kỷ" in officials
    officials, _ = extract("Chủ tịch UBND TP Nguyễn Đức Chung Đúng 8h30, buổi công bố bắt đầu.")
    assert "Nguyễn Đức Chung" in officials


def test_a_rare_surname_and_a_former_title_without_a_comma() -> None:
    officials, _ = extract("Phó Chủ tịch Quốc hội Uông Chu Lưu đề nghị làm rõ.")
    assert officials == {"Uông Chu Lưu": ["Phó Chủ tịch Quốc hội"]}
    officials, _ = extract("Ông Nguyễn Văn Pha nguyên Phó Chủ tịch UBND tỉnh được tặng Huân chương.")
    assert officials == {"Nguyễn Văn Pha": ["Phó Chủ tịch UBND tỉnh"]}


def test_a_table_row_gives_the_title_after_the_name() -> None:
    officials, _ = extract("| STT | Họ và tên | Chức vụ |\n| 1 | Nguyễn Văn Hùng | Bí thư Đảng ủy xã Tân Phú |")
    assert officials == {"Nguyễn Văn Hùng": ["Bí thư Đảng ủy xã Tân Phú"]}


def test_a_table_row_gives_the_title_cell_before_the_name() -> None:
    officials, _ = extract("| Chức vụ | Họ và tên |\n| Giám đốc Sở Xây dựng | Trần Quang Vinh |")
    assert officials == {"Trần Quang Vinh": ["Giám đốc Sở Xây dựng"]}


def test_a_table_cell_with_several_names_shares_the_row_title() -> None:
    officials, _ = extract("| 2 | Lê Thị Thoa, Đỗ Văn Khải | Phó Giám đốc Sở Y tế |")
    assert officials == {"Lê Thị Thoa": ["Phó Giám đốc Sở Y tế"], "Đỗ Văn Khải": ["Phó Giám đốc Sở Y tế"]}

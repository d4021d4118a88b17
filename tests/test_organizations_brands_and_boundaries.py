"""Organisation constructions of round 9, one written example each in the shape of real news text: brands
listed as examples of companies, heads missing from the lexicon, names cut by a lower-case word, spans
that ran past the name."""

from __future__ import annotations

import pytest

from tests.orghelp import names, organizations
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract import run_extractors
from vnreport.segment.document import segment

# --- brands listed as examples of companies ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "brands"),
    [
        (
            "Nhiều doanh nghiệp FDI như Qorvix, Lantrel, Dumo Tech, Vessora đã mở rộng nhà xưởng.",
            ["Qorvix", "Lantrel", "Dumo Tech", "Vessora"],
        ),
        (
            "Các tập đoàn lớn của Đức như Siemens, Brolvex và Kaltmer Energy có mặt.",
            ["Siemens", "Brolvex", "Kaltmer Energy"],
        ),
        ("Một số hãng taxi như Vinasun hay Zorrit Group đã giảm giá.", ["Zorrit Group"]),
        ("Bốn nhà mạng bao gồm Viettel, Telvaro, Mobixa ký cam kết.", ["Telvaro", "Mobixa"]),
        (
            "Tỉnh thu hút các nhà đầu tư như Qorvix-ICT, Samsung Display, Lantrel Việt Nam và Vessora.",
            ["Qorvix-ICT", "Samsung Display", "Lantrel Việt Nam", "Vessora"],
        ),
    ],
)
def test_brands_listed_after_a_company_noun(text: str, brands: list[str]) -> None:
    found = names(text)
    assert all(brand in found for brand in brands), found


@pytest.mark.parametrize(
    "text",
    [
        "Các đối tác như Qorvix, Lantrel đã được mời.",  # no company noun governs the list
        "Doanh nghiệp đến từ các nước như Mỹ, Nhật Bản, Hàn Quốc tham dự.",  # countries of another noun
        "Các sản phẩm như Qorvix, Lantrel được bày bán.",  # products, not companies
    ],
)
def test_a_list_after_another_noun_names_no_company(text: str) -> None:
    assert not {"Qorvix", "Lantrel"} & set(names(text))
    assert "Mỹ" not in names(text)


def test_a_sentence_final_dot_is_no_part_of_the_legal_form() -> None:
    assert "Zorrit Group" in names("Khách hàng chuyển sang các hãng khác như Zorrit Group.")


# --- the party named after `Trung ương Đảng`; the central body of the Youth Union ---------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Ông A, Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, dự lễ.",
            ["Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Đảng Cộng sản Việt Nam"],
        ),
        (
            "Đoàn đại biểu Trung ương Đảng Nhân dân Cách mạng Lào sang thăm.",
            ["Trung ương Đảng Nhân dân Cách mạng Lào", "Đảng Nhân dân Cách mạng Lào"],
        ),
        (
            "Bà B, Bí thư Trung ương Đoàn TNCS Hồ Chí Minh, phát biểu.",
            ["Trung ương Đoàn TNCS Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh"],
        ),
        ("Chủ tịch UB Trung ương MTTQ Việt Nam dự.", ["UB Trung ương MTTQ Việt Nam", "MTTQ Việt Nam"]),
        (
            "Ông C, Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào, tiếp đoàn.",
            ["Bộ Chính trị Đảng Nhân dân Cách mạng Lào", "Đảng Nhân dân Cách mạng Lào"],
        ),
        ("Ông D, Ủy viên Bộ Chính trị, Đảng Cộng sản Cuba cử đoàn sang.", ["Bộ Chính trị", "Đảng Cộng sản Cuba"]),
    ],
)
def test_the_body_named_after_trung_uong(text: str, found: list[str]) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Ông C, Ủy viên Trung ương Đảng Tô Lâm phát biểu.",  # a person after `Đảng`, no party's name
        "Ban Chấp hành Trung ương Đảng khóa XIII họp.",
    ],
)
def test_trung_uong_dang_alone(text: str) -> None:
    found = names(text)
    assert any(n.endswith("Trung ương Đảng") for n in found)
    assert not any("Đảng " in n for n in found), found


# --- a name that goes on after `và` past a capitalised word of several syllables -------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Viện Quy hoạch Đô thị và Nông thôn Quốc gia lập đồ án.", "Viện Quy hoạch Đô thị và Nông thôn Quốc gia"),
        ("Cục Khảo thí và Kiểm định chất lượng giáo dục công bố.", "Cục Khảo thí và Kiểm định chất lượng giáo dục"),
    ],
)
def test_name_goes_on_after_va_past_a_compound(text: str, name: str) -> None:
    assert name in names(text)


def test_va_after_a_party_joins_two_parties() -> None:
    assert "Đảng Cộng hòa" in names("Các cựu quan chức thuộc Đảng Cộng hòa và Dân chủ đã ký thư.")
    assert "Đảng Cộng hòa và Dân chủ" not in names("Các cựu quan chức thuộc Đảng Cộng hòa và Dân chủ đã ký thư.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phòng Tham mưu - Công an tỉnh Gia Lai thông tin.", "Phòng Tham mưu - Công an tỉnh Gia Lai"),
        ("Phó Chánh Văn phòng - Tổng cục Thủy lợi cho biết.", "Văn phòng - Tổng cục Thủy lợi"),
    ],
)
def test_a_department_and_its_parent_after_a_dash(text: str, name: str) -> None:
    assert name in names(text)


def test_a_person_after_va_is_cut_with_the_joiner() -> None:
    assert "Ban Tổ chức Trung ương" in names("Trưởng Ban Tổ chức Trung ương và Lê Văn Tâm, Bộ trưởng Bộ Nội vụ, dự.")


# --- heads missing from the lexicon; name words in lower case --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trạm Biên phòng cửa khẩu Hữu Nghị phát hiện hàng lậu.", "Trạm Biên phòng cửa khẩu Hữu Nghị"),
        ("Cán bộ Đồn Biên phòng Cửa khẩu Tà Lùng tuần tra.", "Đồn Biên phòng Cửa khẩu Tà Lùng"),
        ("Trạm Kiểm soát Biên phòng Ba Lạt kiểm tra tàu cá.", "Trạm Kiểm soát Biên phòng Ba Lạt"),
        ("Trạm Thú y huyện Kỳ Anh tiêm phòng cho đàn gia súc.", "Trạm Thú y huyện Kỳ Anh"),
        ("Theo Cục Đầu tư nước ngoài, vốn FDI tăng.", "Cục Đầu tư nước ngoài"),
        ("Vụ Thị trường trong nước đề xuất giảm thuế.", "Vụ Thị trường trong nước"),
        ("Vụ trưởng Vụ Thể thao thành tích cao II phát biểu.", "Vụ Thể thao thành tích cao II"),
        ("Chủ tịch Liên đoàn Luật sư Việt Nam kiến nghị.", "Liên đoàn Luật sư Việt Nam"),
        ("Đại diện Liên đoàn Kinh tế Nhật Bản thăm nhà máy.", "Liên đoàn Kinh tế Nhật Bản"),
        ("Trưởng Đoàn Thể thao Việt Nam báo cáo thành tích.", "Đoàn Thể thao Việt Nam"),
        ("Bộ Bưu chính và Viễn thông Lào ký thỏa thuận.", "Bộ Bưu chính và Viễn thông Lào"),
        (
            "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh Quảng Nam tiếp nhận đơn.",
            "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh Quảng Nam",
        ),
        ("Người phát ngôn Văn phòng Thủ tướng Nhật Bản cho biết.", "Văn phòng Thủ tướng Nhật Bản"),
        ("Văn phòng Quản lý Ngân sách Mỹ công bố dự toán.", "Văn phòng Quản lý Ngân sách Mỹ"),
        ("Văn phòng Luật sư Minh Khang bảo vệ bị cáo.", "Văn phòng Luật sư Minh Khang"),
        ("Văn phòng Đăng ký quyền sử dụng đất quận cấp sổ.", "Văn phòng Đăng ký quyền sử dụng đất quận"),
        ("Chánh Văn phòng Bộ trả lời báo chí.", "Văn phòng Bộ"),
    ],
)
def test_heads_and_name_words_added(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trung tâm Đăng kiểm tàu cá miền Nam kiểm tra lại con tàu.", "Trung tâm Đăng kiểm tàu cá miền Nam"),
        ("Phòng Quản lý an toàn đập của sở đã có văn bản.", "Phòng Quản lý an toàn đập"),
        ("Viện Nghiên cứu thị trường giá cả vừa công bố dự báo.", "Viện Nghiên cứu thị trường giá cả"),
        ("Trung tâm Khảo nghiệm phân bón quốc gia nhận mẫu.", "Trung tâm Khảo nghiệm phân bón quốc gia"),
        ("Viện Nghiên cứu biến đổi khí hậu công bố báo cáo.", "Viện Nghiên cứu biến đổi khí hậu"),
    ],
)
def test_a_field_noun_in_lower_case_ends_the_name(text: str, name: str) -> None:
    # a noun naming the body's field (`tàu cá`, `đập`) is its name's last word, not the sentence's next one
    assert name in names(text)


def test_a_field_word_does_not_split_a_capitalised_compound() -> None:
    # `Thuế quan` is one word: a shorter name word (`thuế` alone is no field word) must not cut it
    assert names("Nước này sẽ rời khỏi Liên minh Thuế quan. Báo cáo nêu rõ.") == ["Liên minh Thuế quan"]


# --- a national body named with its form of state; its key keeps what follows the country ---------------


def test_government_of_a_former_state_is_its_own_body() -> None:
    found = organizations(
        "Năm 1946, Chính phủ nước Việt Nam Dân chủ Cộng hòa ra sắc lệnh. Nay Chính phủ Việt Nam kế thừa truyền thống."
    )
    assert list(found) == ["Chính phủ nước Việt Nam Dân chủ Cộng hòa", "Chính phủ Việt Nam"]


def test_royal_government() -> None:
    assert "Chính phủ Hoàng gia Campuchia" in names("Đại diện Chính phủ Hoàng gia Campuchia phát biểu.")


def test_an_embassy_named_with_and_without_its_seat_is_one() -> None:
    found = organizations("Đại sứ quán Việt Nam ở Nhật Bản tổ chức lễ. Đại sứ quán Việt Nam tại Nhật Bản cho biết.")
    assert list(found) == ["Đại sứ quán Việt Nam tại Nhật Bản"]


# --- kinds of bodies, not one body --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sau sáp nhập, kiện toàn HĐND, UBND, MTTQ tỉnh, thành phố, xã, phường.",
        "Ban An toàn giao thông tỉnh, thành phố chủ động triển khai.",
        "Ủy ban MTTQ Việt Nam tỉnh, thành phố tổ chức lấy ý kiến.",
        "Lãnh đạo Ban Đảng, đoàn thể tỉnh dự hội nghị.",
    ],
)
def test_levels_and_kinds_name_no_body(text: str) -> None:
    assert names(text) == []


# --- bodies of a list that share the place written after the last -----------------------------------------


def test_listed_bodies_share_the_place_of_the_last() -> None:
    found = organizations(
        "Sáng 2/7, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Quảng Bình tổ chức lễ. "
        "Chủ tịch UBND tỉnh Quảng Bình phát biểu."
    )
    assert "Ủy ban MTTQ Việt Nam tỉnh Quảng Bình" in found
    assert [m.text for m in found["UBND tỉnh Quảng Bình"].mentions] == ["UBND", "UBND tỉnh Quảng Bình"]
    assert "HĐND" in found  # the province's council, named only in the list


@pytest.mark.parametrize(
    "text",
    [
        "HĐND, UBND các cấp tăng cường giám sát.",  # every level, no place
        "Cấp ủy, HĐND, UBND và Ủy ban MTTQ Việt Nam các cấp được kiện toàn.",  # the country is the Front's own
    ],
)
def test_a_list_without_a_place_shares_none(text: str) -> None:
    found = names(text)
    assert "HĐND" not in found and "UBND" not in found


def test_an_office_named_after_a_person_is_no_body() -> None:
    assert names("Thư được gửi tới Văn phòng Ngài Tanaka, Chủ tịch danh dự hiệp hội.") == []


def test_a_domain_chain_stops_before_a_body_with_its_own_head() -> None:
    assert names("Tỉnh giao Sở Tư pháp và Công an tỉnh phối hợp xử lý.") == ["Sở Tư pháp", "Công an tỉnh"]


def test_a_foreign_missions_seat_in_viet_nam_is_no_part_of_its_name() -> None:
    assert names("Đại sứ quán Canada tại Hà Nội tổ chức tiệc.") == ["Đại sứ quán Canada"]
    assert names("Đại sứ quán Việt Nam tại Canada tổ chức tiệc.") == ["Đại sứ quán Việt Nam tại Canada"]


def test_a_verb_after_a_foreign_brand_is_no_name_word() -> None:
    found = names("Báo Newsly thông tin, dự án đã khởi công.")
    assert "Newsly" in found  # a foreign paper, named alone (round 32)
    assert not any("thông tin" in name for name in found)


def test_an_association_keeps_its_seat_in_viet_nam() -> None:
    found = names("Hiệp hội Doanh nghiệp Hàn Quốc tại Hải Phòng tài trợ.")
    assert found == ["Hiệp hội Doanh nghiệp Hàn Quốc tại Hải Phòng"]


def test_a_degree_after_va_ends_the_name() -> None:
    found = names("Ông tốt nghiệp Học viện Tài chính và Thạc sĩ tại Đại học Sydney.")
    assert "Học viện Tài chính" in found


def test_a_companys_number_after_its_place() -> None:
    found = names("Gói thầu giao cho Công ty cổ phần Xây lắp Cửu Long 3, đơn vị đã thi công.")
    assert "Công ty cổ phần Xây lắp Cửu Long 3" in found
    assert "Công ty Hà Nội" in names("Công ty Hà Nội 5 năm qua đã phát triển.")


# --- a school written with a lower-case `trường` -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Em Lan, học sinh lớp 9 trường THCS Hòa Bình, đạt giải nhất.", "trường THCS Hòa Bình"),
        ("Cô giáo trường mầm non Hoa Mai bị đình chỉ công tác.", "trường mầm non Hoa Mai"),
        ("Hiệu trưởng trường THPT Chuyên Lê Quý Đôn phát biểu.", "trường THPT Chuyên Lê Quý Đôn"),
    ],
)
def test_a_school_after_a_lower_case_truong(text: str, school: str) -> None:
    assert school in names(text)


def test_a_lower_case_truong_without_a_name_is_no_school() -> None:
    assert names("Nhiều trường THPT trên địa bàn đã khai giảng.") == []


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Anh tốt nghiệp trường Đại học Bách khoa Đà Nẵng năm ngoái.", "trường Đại học Bách khoa Đà Nẵng"),
        ("Giáo viên trường Trung học cơ sở Lê Lợi dự lễ.", "trường Trung học cơ sở Lê Lợi"),
        ("Hiệu trưởng trường tiểu học Kim Đồng phát biểu.", "trường tiểu học Kim Đồng"),
        ("Chị dạy ở trường cao đẳng Sư phạm Huế đã lâu.", "trường cao đẳng Sư phạm Huế"),
    ],
)
def test_a_capitalised_school_head_read_with_a_lower_case_first_letter(text: str, school: str) -> None:
    assert school in names(text)  # a `*` row of orgs_heads.tsv: `Trường …` written `trường …`


def test_a_lower_case_school_head_before_a_country_alone_is_a_kind() -> None:
    assert names("Sinh viên các trường đại học Mỹ sang thăm.") == []


def test_a_lower_case_school_head_before_a_province_alone_is_a_kind() -> None:
    assert names("Nhiều trường đại học Hà Nội tuyển thêm sinh viên ngành mới.") == []
    assert names("Các trường cao đẳng Đà Nẵng đồng loạt tăng học phí.") == []


def test_a_capitalised_head_without_the_mark_keeps_its_capital() -> None:
    assert names("Dư luận vẫn bàn về vụ Hải Long ở tỉnh bên.") == []  # `vụ` here is an affair


def test_a_school_with_and_without_its_noun_truong_is_one() -> None:
    assert names("Xe cứu thương đỗ trước cổng trường Đại học Tây Sơn. Đại học Tây Sơn cho sinh viên nghỉ.") == [
        "trường Đại học Tây Sơn"
    ]


# --- foreign bodies named by a fixed name -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Người phát ngôn Nhà Xanh cho biết Seoul sẽ họp khẩn.", "Nhà Xanh"),
        ("Chủ tịch Duma Quốc gia phát biểu tại phiên họp.", "Duma Quốc gia"),
        ("Các nước yêu cầu Doha ngừng ủng hộ nhóm Anh em Hồi giáo.", "Anh em Hồi giáo"),
    ],
)
def test_a_foreign_body_by_its_fixed_name(text: str, body: str) -> None:
    assert body in names(text)


# --- a company, group, ministry or bank written with a lower-case head ------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ngư dân khởi kiện công ty Hoàng Long vì tàu hỏng máy.", "công ty Hoàng Long"),
        ("Anh làm kế toán cho công ty TNHH Minh Khang từ năm ngoái.", "công ty TNHH Minh Khang"),
        ("Hợp đồng giữa tập đoàn Sơn Hà và đối tác đã được ký.", "tập đoàn Sơn Hà"),
        ("Đề án này do bộ Xây dựng chủ trì soạn thảo.", "bộ Xây dựng"),
        ("Doanh nghiệp vay vốn ngân hàng Eximbank để mua máy.", "ngân hàng Eximbank"),
    ],
)
def test_a_business_or_state_body_after_its_head_in_lower_case(text: str, body: str) -> None:
    assert body in names(text)  # a `*` row of orgs_heads.tsv: `Công ty …`, `Bộ …` written `công ty …`, `bộ …`


def test_a_lower_case_company_head_before_a_country_alone_is_a_kind() -> None:
    assert names("Các công ty Nhật Bản mở rộng đầu tư.") == []
    assert names("Cán bộ Sở Tư pháp đến làm việc.") == ["Sở Tư pháp"]  # `cán bộ`: no ministry written `bộ`


def test_a_company_named_with_and_without_its_lower_case_noun_is_one() -> None:
    found = organizations("Khách hàng chuyển tiền qua ngân hàng Vietinbank. Vietinbank cho biết đã nhận đủ.")
    assert [{m.text for m in o.mentions} for o in found.values()] == [{"ngân hàng Vietinbank", "Vietinbank"}]


# --- a name in sentence case after a title runs on to the punctuation that closes the title's phrase ------------


def test_a_sentence_case_name_after_a_title_runs_to_the_comma() -> None:
    assert "Ban Công tác đặc biệt" in names("Ông Hải, Trưởng Ban Công tác đặc biệt, cho biết thêm.")


def test_a_proper_name_after_a_title_takes_no_lower_case_words() -> None:
    found = names("Ông Nam, Viện trưởng Viện Nghiên cứu Hán Nôm đương nhiệm, cho biết thêm.")
    assert "Viện Nghiên cứu Hán Nôm" in found


def test_lower_case_words_after_a_name_without_a_title_are_not_its() -> None:
    assert "Ban Công tác" in names("Hồ sơ gửi Ban Công tác đặc biệt, đơn vị đã nhận.")


@pytest.mark.parametrize("qualifier", ["đương nhiệm", "kiêm nhiệm", "tiền nhiệm", "cũ"])
def test_an_office_qualifier_after_a_sentence_case_name_is_not_its(qualifier: str) -> None:
    found = names(f"Ông Hải, Trưởng Ban Công tác đặc biệt {qualifier}, cho biết thêm.")
    assert "Ban Công tác đặc biệt" in found
    assert f"Ban Công tác đặc biệt {qualifier}" not in found


# --- a lower-case company noun before a foreign name: the sources' reading where it is needed (round 36) ----------


def test_a_lower_case_bank_after_a_title_ends_before_its_holder() -> None:
    assert names("Tổng giám đốc ngân hàng Veltrabank Henrik Olsen dự hội thảo.") == ["Veltrabank"]


def test_a_lower_case_group_before_a_foreign_name_holding_a_function_word_keeps_it() -> None:
    assert "Grupo Do Sertavo" in names("Hợp đồng với tập đoàn Grupo Do Sertavo đã được ký.")


def test_a_brand_after_a_lower_case_company_noun_joins_the_full_name() -> None:
    text = "Công ty TNHH Dược phẩm Trường Xuân Medicor đã nộp hồ sơ. Sau đó, công ty Medicor mở rộng nhà máy."
    assert names(text) == ["Công ty TNHH Dược phẩm Trường Xuân Medicor"]


def test_an_acronym_after_a_title_and_a_lower_case_bank_keeps_its_noun() -> None:
    assert "ngân hàng KDBC" in names("Ông Lee, Giám đốc điều hành ngân hàng KDBC. Ảnh: TTXVN.")


def _brand(i: int) -> str:
    letters = ""
    while True:
        letters += "bcdfgklmnprstvz"[i % 15]
        i //= 15
        if not i:
            return f"Zor{letters}ex"


def test_company_nouns_before_brands_and_foreign_names_scale_linearly() -> None:
    def seconds(n: int) -> float:
        text = "".join(
            f"Công ty TNHH Dược phẩm {_brand(i)} đã ký. Sau đó, công ty {_brand(i)} và Giám đốc tập đoàn "
            f"{_brand(i + n)} Robert Hanley cùng ngân hàng {_brand(i)} Do Lestria cho biết. "
            for i in range(n)
        )
        doc = segment(text, words="dictionary")
        return best_cpu_seconds(lambda: run_extractors(doc))

    assert doubling_ratio(seconds, 20) < 2.5

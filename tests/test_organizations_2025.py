"""Organisation shapes of 2023–2025 news (written examples, one per construction): steering committees
named by their subject without `về`, the central committee of a mass organisation, branches of
associations, project boards whose name holds `các`."""

from __future__ import annotations

import pytest

from tests.orghelp import names, organizations
from vnreport.extract import run_extractors
from vnreport.segment.document import segment


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Chiều 3/9, Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hưng Yên họp phiên thứ ba.",
            "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hưng Yên",
        ),
        (
            "Ban Chỉ đạo xây dựng nông thôn mới tỉnh Hà Nam kiểm tra tại xã.",
            "Ban Chỉ đạo xây dựng nông thôn mới tỉnh Hà Nam",
        ),
        ("Ban Chỉ đạo phòng thủ dân sự tỉnh Bắc Ninh tổ chức diễn tập.", "Ban Chỉ đạo phòng thủ dân sự tỉnh Bắc Ninh"),
        (
            "BCĐ phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh đã tham mưu.",
            "BCĐ phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh",
        ),
    ],
)
def test_steering_committee_named_by_its_subject_before_its_place(text: str, body: str) -> None:
    assert body in names(text)


def test_steering_committee_subject_without_place_is_what_it_does() -> None:
    assert names("Ban Chỉ đạo xây dựng kế hoạch triển khai trong tháng 10.") == ["Ban Chỉ đạo"]


def test_central_committee_of_a_mass_organisation() -> None:
    found = names("Trung ương Hội Liên hiệp Phụ nữ Việt Nam vừa tổ chức hội nghị sơ kết.")
    assert found == ["Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam"]


def test_branch_of_an_association() -> None:
    assert names("Chi hội Doanh nhân trẻ Gò Vấp ra mắt sáng nay.") == ["Chi hội Doanh nhân trẻ Gò Vấp"]


@pytest.mark.parametrize(
    "body",
    [
        "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh Bình Phước",
        "Ban Quản lý các khu công nghiệp tỉnh Long An",
    ],
)
def test_project_board_whose_name_holds_cac(body: str) -> None:
    assert names(f"{body} đã báo cáo tiến độ.") == [body]


@pytest.mark.parametrize(
    "text",
    [
        "Hội Báo toàn quốc năm nay khai mạc tại Hà Nội.",
        "Hội khỏe Phù Đổng tỉnh Quảng Bình lần thứ XI bế mạc.",
        "Hội Sách Đà Nẵng thu hút đông khách.",
        "Hội Gióng đền Phù Đổng diễn ra vào mùng 9 tháng Tư.",
    ],
)
def test_a_festival_opened_by_hoi_is_no_body(text: str) -> None:
    assert names(text) == []


def test_government_of_two_countries_is_generic() -> None:
    assert names("Quan hệ giữa Nhà nước và Chính phủ hai nước ngày càng tốt đẹp.") == []


def test_intergovernmental_committee_holds_the_government_word() -> None:
    assert names("Hai bên đánh giá cao Ủy ban hợp tác liên Chính phủ.") == ["Ủy ban hợp tác liên Chính phủ"]


@pytest.mark.parametrize(
    "body",
    [
        "Trung tâm Y tế khu vực Tân Phú",
        "Bệnh viện Đa khoa khu vực Cẩm Phả",
        "Chi cục Thuế khu vực Hàm Thuận",
    ],
)
def test_body_of_a_named_area(body: str) -> None:
    assert body in names(f"{body} đã tiếp nhận hồ sơ.")


def test_party_committee_of_the_central_party_agencies() -> None:
    assert names("Đảng bộ các cơ quan Đảng Trung ương tổ chức đại hội.") == ["Đảng bộ các cơ quan Đảng Trung ương"]


def test_election_committee_of_a_commune() -> None:
    assert names("Ủy ban bầu cử xã Tân Lập công bố danh sách.") == ["Ủy ban bầu cử xã Tân Lập"]


def test_business_name_ends_before_a_word_its_last_syllable_opens() -> None:
    assert names("Công ty Luật TNHH Minh Tâm tư vấn miễn phí.") == ["Công ty Luật TNHH Minh Tâm"]


def test_board_managing_a_festival_names_it() -> None:
    assert names("Ban quản lý Hội xuân Yên Tử cho biết lượng khách tăng.") == ["Ban quản lý Hội xuân Yên Tử"]


def test_central_alone_is_no_party_but_names_a_central_bank() -> None:
    assert names("Đảng Trung ương họp bàn.") == []
    assert names("Ngân hàng Trung ương châu Âu (ECB) giữ nguyên lãi suất.") == ["Ngân hàng Trung ương châu Âu"]


def test_template_naming_every_province_s_bodies_is_generic() -> None:
    text = "Tại 11 tỉnh, thành phố, Tỉnh ủy (Thành ủy) - HĐND - UBND - UBMTTQVN tỉnh (thành phố) tổ chức lễ công bố."
    assert names(text) == []


def test_acronym_in_parentheses_is_no_alternative() -> None:
    assert names("Phóng viên gặp ông bên hành lang Quốc hội (QH) chiều nay.") == ["Quốc hội"]


def test_standing_deputy_head_title_holds_no_board() -> None:
    text = "Ông Thái Văn Quý, Phó Trưởng Ban Thường trực Ban Kinh tế Trung ương, trình bày báo cáo."
    assert names(text) == ["Ban Kinh tế Trung ương"]


def test_border_post_is_a_body() -> None:
    assert names("Đồn Biên phòng Cửa khẩu Lệ Thanh bắt giữ đối tượng.") == ["Đồn Biên phòng Cửa khẩu Lệ Thanh"]


def test_company_named_after_a_province() -> None:
    found = names("Công ty Hòa Bình cho biết doanh thu quý III tăng mạnh.")
    assert found == ["Công ty Hòa Bình"]


def test_company_before_its_commune_keeps_it_apart() -> None:
    assert names("Công ty Minh Phát ở xã Tân Lập đã nộp thuế.") == ["Công ty Minh Phát"]


def test_group_name_with_lower_case_words() -> None:
    found = organizations("Tập đoàn công nghiệp Cao su Việt Nam (VRG) đã chuyển về Bộ Tài chính.")
    assert "Tập đoàn công nghiệp Cao su Việt Nam" in found
    assert [m.text for m in found["Tập đoàn công nghiệp Cao su Việt Nam"].mentions][-1] == "VRG"


def test_business_name_ends_before_a_market_verb() -> None:
    assert names("Tập đoàn Vàng bạc đá quý Kim Long niêm yết giá vàng SJC ở mức cao.") == [
        "Tập đoàn Vàng bạc đá quý Kim Long"
    ]


def test_office_abbreviated_before_its_body() -> None:
    assert names("Ông Bình, Chánh VP UBND tỉnh Gia Lai cho biết.") == ["VP UBND tỉnh Gia Lai", "UBND tỉnh Gia Lai"]


def test_short_name_with_its_place_in_parentheses() -> None:
    doc = segment(
        "Trung tâm Kiểm soát bệnh tật tỉnh Gia Lai (CDC Gia Lai) cảnh báo dịch. Theo CDC Gia Lai, số ca tăng.",
        words="dictionary",
    )
    report = run_extractors(doc)
    (found,) = report.organizations.organizations
    assert [m.text for m in found.mentions] == [
        "Trung tâm Kiểm soát bệnh tật tỉnh Gia Lai",
        "CDC Gia Lai",
        "CDC Gia Lai",
    ]
    assert report.locations == []


@pytest.mark.parametrize(
    "body",
    [
        "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Quảng Ngãi",
        "Hội Nạn nhân chất độc da cam/dioxin tỉnh Quảng Bình",
        "Hội Doanh nghiệp nhỏ và vừa tỉnh Hà Nam",
    ],
)
def test_association_name_with_lower_case_words(body: str) -> None:
    assert names(f"{body} trao quà cho hội viên.") == [body]


def test_boards_whose_names_start_in_lower_case() -> None:
    assert names("Ban công tác đại biểu đã trình danh sách.") == ["Ban công tác đại biểu"]
    assert names("Ban Tiếp công dân tỉnh Bắc Kạn tiếp 12 lượt công dân.") == ["Ban Tiếp công dân tỉnh Bắc Kạn"]


def test_school_named_after_a_province() -> None:
    assert names("Học sinh Trường Tiểu học Hòa Bình đạt giải nhất.") == ["Trường Tiểu học Hòa Bình"]


def test_front_and_union_named_with_country_then_bare_unit() -> None:
    assert names("Sáng 9/5, Ủy ban Mặt trận Tổ quốc Việt Nam huyện trao 40 suất quà.") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"
    ]
    assert names("Hội Liên hiệp Phụ nữ Việt Nam tỉnh mở lớp tập huấn.") == ["Hội Liên hiệp Phụ nữ Việt Nam tỉnh"]


def test_state_bank_regional_branch() -> None:
    assert "Ngân hàng Nhà nước chi nhánh khu vực 7" in names(
        "Ngân hàng Nhà nước chi nhánh khu vực 7 vừa họp với các tổ chức tín dụng."
    )
    assert "Ngân hàng Nhà nước Việt Nam chi nhánh khu vực 12" in names(
        "Ngân hàng Nhà nước Việt Nam chi nhánh khu vực 12 đã kiểm tra ba quỹ tín dụng."
    )


def test_provincial_tax_body_of_2025() -> None:
    assert names("Thuế tỉnh Thanh Hóa đã hoàn thành dự toán thu.") == ["Thuế tỉnh Thanh Hóa"]
    assert names("Theo Thuế cơ sở 2 tỉnh Nghệ An, 300 hộ đã kê khai.") == ["Thuế cơ sở 2 tỉnh Nghệ An"]
    assert names("Cục Thuế tỉnh Thanh Hóa đã hoàn thành dự toán thu.") == ["Cục Thuế tỉnh Thanh Hóa"]


def test_project_board_with_lower_case_words_and_bare_unit() -> None:
    body = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp tỉnh"
    assert names(f"Năm nay, {body} được giao 12 dự án.") == [body]
    assert names("Trung tâm phát triển quỹ đất huyện đã bàn giao mặt bằng.") == ["Trung tâm phát triển quỹ đất huyện"]
    centre = "Trung tâm Phát triển quỹ đất và cụm công nghiệp huyện"
    assert names(f"{centre} đã bàn giao mặt bằng.") == [centre]


def test_organisation_ends_before_a_foreign_holder() -> None:
    assert names("Chủ tịch Ủy ban Paralympic quốc tế Andrew Parsons đã tới Paris.") == ["Ủy ban Paralympic quốc tế"]
    assert names("Chủ tịch Tập đoàn Hanwha Kim Seung-youn gặp đối tác.") == ["Tập đoàn Hanwha"]
    assert names("Chủ tịch Hiệp hội Doanh nghiệp Nhật Bản Kenji Sato nói.") == ["Hiệp hội Doanh nghiệp Nhật Bản"]
    assert names("Công ty lữ hành Saigon Tourist tổ chức tour.") == ["Công ty lữ hành Saigon Tourist"]


def test_local_bodies_named_in_lexicon_words() -> None:
    assert names("Sáng 2/6, Hạt Kiểm lâm huyện phối hợp tuần tra.") == ["Hạt Kiểm lâm huyện"]
    assert names("Hôm qua, Đội Quản lý thị trường số 4 kiểm tra 15 cửa hàng.") == ["Đội Quản lý thị trường số 4"]
    centre = "Trung tâm Văn hóa, Thể thao và Truyền thông huyện"
    assert names(f"Năm nay, {centre} tổ chức 12 giải đấu.") == [centre]
    office = "Chi cục Quản lý chất lượng nông lâm sản và thủy sản tỉnh"
    assert names(f"Hôm qua, {office} lấy 30 mẫu.") == [office]

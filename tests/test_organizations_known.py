"""Bodies named alone by an acronym or a brand (orgs_known.tsv) and acronyms defined in parentheses after a
name: written examples in the shape of 2023–2025 news text."""

from __future__ import annotations

import pytest

from tests.orghelp import names, organizations


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Theo VKSND, hồ sơ vụ án đã được chuyển sang tòa.", "VKSND"),
        ("Đại diện BHXH cho biết số người tham gia tăng mạnh.", "BHXH"),
        ("Năm qua, TKV sản xuất hơn 40 triệu tấn than.", "TKV"),
        ("ACV khởi công nhà ga mới trong tháng 9.", "ACV"),
        ("Cổ phiếu niêm yết trên HoSE giảm nhẹ, trong khi HNX tăng.", "HoSE"),
        ("Cổ phiếu niêm yết trên HoSE giảm nhẹ, trong khi HNX tăng.", "HNX"),
        ("UBCKNN đã xử phạt ba công ty chứng khoán.", "UBCKNN"),
        ("Lực lượng QLTT kiểm tra 30 cửa hàng.", "QLTT"),
        ("Số liệu của GSO cho thấy kinh tế phục hồi.", "GSO"),
        ("Indonesia trở thành thành viên của BRICS.", "BRICS"),
        ("VinFast bàn giao 5.000 xe trong quý II.", "VinFast"),
        ("Sản lượng thép của Hòa Phát tăng 20%.", "Hòa Phát"),
        ("Lãi của Sabeco giảm trong năm 2024.", "Sabeco"),
        ("VNPost mở thêm 100 điểm giao dịch.", "VNPost"),
        ("Châu Âu vẫn mua khí đốt của Gazprom qua đường ống.", "Gazprom"),
        ("Ngư dân yêu cầu thay máy Doosan chính hãng cho tàu.", "Doosan"),
        ("Liên minh giữa LREM và MoDem giành đa số ghế.", "MoDem"),
        ("Các nước thành viên GCC họp bàn về khủng hoảng.", "GCC"),
        ("Theo Anadolu, cuộc đàm phán kéo dài hai giờ.", "Anadolu"),
        ("Khách hàng của VinaPhone được tặng thêm dung lượng.", "VinaPhone"),
        ("Đoạn phim được đăng lên Youtube từ tối qua.", "Youtube"),
        ("Theo báo cáo của VAMA, doanh số ô tô giảm 10%.", "VAMA"),
        ("Lãnh đạo SPD thừa nhận thua cuộc ở bang này.", "SPD"),
        ("Thủ tướng tiếp đoàn doanh nghiệp thành viên Keidanren.", "Keidanren"),
    ],
)
def test_known_body_named_alone(text: str, body: str) -> None:
    assert body in names(text)


def test_known_acronym_expands_to_its_full_name() -> None:
    found = organizations("Trong năm, TKV nộp ngân sách 20.000 tỷ đồng.")
    assert found["TKV"].expanded == "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"


def test_known_acronym_joins_its_full_name() -> None:
    text = "Tập đoàn Điện lực Việt Nam vừa họp. Lãnh đạo EVN cho biết sẽ tăng giá điện."
    found = organizations(text)
    assert list(found) == ["Tập đoàn Điện lực Việt Nam"]
    assert [m.text for m in found["Tập đoàn Điện lực Việt Nam"].mentions][-1] == "EVN"


def test_two_banks_joined_by_and_are_two() -> None:
    assert names("Ngân hàng SHB và MB cùng tăng vốn điều lệ.") == ["Ngân hàng SHB", "MB"]


def test_known_acronym_after_a_number_is_a_unit() -> None:
    assert names("Tệp đính kèm dung lượng 500 MB được gửi đi.") == []


def test_head_needing_a_place_stands_alone_but_not_inside_a_name() -> None:
    assert names("VKSND tỉnh Hà Tĩnh truy tố bị can; VKSND đã hoàn tất hồ sơ.") == ["VKSND tỉnh Hà Tĩnh"]
    assert names("Cơ quan BHXH cho biết sẽ chi trả.") == ["Cơ quan BHXH"]


def test_known_name_is_read_only_whole() -> None:
    # a capitalised Latin word after it makes it the first word of a longer foreign name
    assert "Mitsubishi" not in names("Đại diện Mitsubishi Chemical Holdings đã tới dự.")
    assert "Mitsubishi" in names("Đại diện Mitsubishi đã tới dự.")


def test_known_brand_opens_its_branch() -> None:
    assert names("Khách hàng vay tại MB Bank - Chi nhánh Đà Nẵng.") == ["MB Bank - Chi nhánh Đà Nẵng"]


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Tổng công ty Cảng biển Miền Trung (CPT) vừa họp. CPT cho biết sẽ tăng vốn.",
            "Tổng công ty Cảng biển Miền Trung",
            "CPT",
        ),
        (
            "Công ty Cổ phần Đầu tư Thế giới Số (DWG) báo lãi. DWG sẽ mở cửa hàng.",
            "Công ty Cổ phần Đầu tư Thế giới Số",
            "DWG",
        ),
        (
            "Tổng công ty Bưu chính Miền Nam (SouthPost) mở rộng. SouthPost đạt doanh thu lớn.",
            "Tổng công ty Bưu chính Miền Nam",
            "SouthPost",
        ),
    ],
)
def test_acronym_defined_in_parentheses_names_the_body(text: str, name: str, acronym: str) -> None:
    found = organizations(text)
    assert [m.text for m in found[name].mentions].count(acronym) == 2


def test_acronym_of_a_longer_phrase_is_not_the_body_s() -> None:
    found = organizations("Các đại biểu Quốc hội (ĐBQH) thảo luận. ĐBQH đề nghị sửa luật.")
    assert [m.text for m in found["Quốc hội"].mentions] == ["Quốc hội"]

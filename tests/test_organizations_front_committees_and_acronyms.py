"""Organisation constructions of round 10, one written example each in the shape of real news text: a
committee of the Front at every level or of every province, a bare unit pointed back to."""

from __future__ import annotations

import pytest

from tests.orghelp import names, organizations


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị Chủ tịch Ủy ban MTTQ Việt Nam các tỉnh, thành phố được tổ chức tại Huế.",
        "Ủy ban MTTQ Việt Nam các cấp tại tỉnh Bình Định được kiện toàn.",
    ],
)
def test_a_front_committee_of_every_level_is_no_body_but_the_front_is(text: str) -> None:
    found = names(text)
    assert "Ủy ban MTTQ Việt Nam" not in found, found
    assert "MTTQ Việt Nam" in found, found


def test_a_front_committee_with_its_province_stays() -> None:
    assert "Ủy ban MTTQ Việt Nam tỉnh Quảng Bình" in names("Ủy ban MTTQ Việt Nam tỉnh Quảng Bình phát động.")


def test_a_body_of_the_provinces_named_after_the_level_stays() -> None:
    found = names("Ban An toàn giao thông các tỉnh Lào Cai, Yên Bái được đề nghị kiểm tra.")
    assert "Ban An toàn giao thông" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Người vợ của Phó Bí thư Tỉnh ủy tỉnh này đứng tên doanh nghiệp.",
        "Ông từng làm Chủ tịch UBND huyện đó trong hai nhiệm kỳ.",
    ],
)
def test_a_unit_pointed_back_to_names_no_body(text: str) -> None:
    found = names(text)
    assert not any(name.endswith(("tỉnh", "huyện")) for name in found), found


# --- a business name cut before lower-case words its own acronym closes ---------------------------------


def test_a_name_runs_on_to_its_own_acronym() -> None:
    found = organizations("Tổng công ty Phát triển và Quản lý quỹ đất công (LDMC) vừa bán cổ phần.")
    assert list(found) == ["Tổng công ty Phát triển và Quản lý quỹ đất công"], list(found)
    assert [m.text for m in found["Tổng công ty Phát triển và Quản lý quỹ đất công"].mentions][1] == "LDMC"


def test_a_verb_after_a_proper_name_stays_out_before_an_acronym() -> None:
    assert names("Công ty Minh Khang sản xuất thép (MKS) tăng vốn.") == ["Công ty Minh Khang"]


def test_a_bodys_name_in_lower_case_runs_on_to_its_own_acronym() -> None:
    found = organizations("Phó Giám đốc Trung tâm Giám sát an toàn mạng quốc gia Việt Nam (NCSC) cho biết.")
    assert "Trung tâm Giám sát an toàn mạng quốc gia Việt Nam" in found, list(found)
    assert "NCSC" in {m.text for m in found["Trung tâm Giám sát an toàn mạng quốc gia Việt Nam"].mentions}


def test_a_verb_and_its_object_stay_out_of_a_bodys_name_before_their_acronym() -> None:
    found = names("Trang trại được Chi cục Thú y cấp giấy chứng nhận an toàn (GCN) năm ngoái.")
    assert "Chi cục Thú y" in found, found
    assert not [name for name in found if "giấy" in name], found


def test_a_later_mention_without_the_acronym_takes_the_defined_name() -> None:
    found = organizations(
        "Tổng công ty Phát triển và Quản lý quỹ đất công (LDMC) vừa bán cổ phần. Danh sách gồm Tổng công ty "
        "Phát triển và Quản lý quỹ đất công, Tổng công ty Lương thực miền Bắc."
    )
    assert "Tổng công ty Phát triển và Quản lý" not in found, list(found)
    assert len(found["Tổng công ty Phát triển và Quản lý quỹ đất công"].mentions) == 3


# --- a body named only as what a law is about ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ họp cho ý kiến các dự án Luật Dân quân tự vệ; Luật Cảnh sát biển; Luật Thư viện.",
        "Bộ luật Hàng hải Việt Nam và Pháp lệnh Công an xã được nhắc tới trong tờ trình.",
    ],
)
def test_a_body_in_a_laws_name_is_no_organisation(text: str) -> None:
    found = names(text)
    assert "Cảnh sát biển" not in found and "Công an xã" not in found, found


def test_the_same_body_acting_elsewhere_is_kept() -> None:
    found = names("Luật Cảnh sát biển có hiệu lực. Cảnh sát biển Việt Nam tuần tra vùng biển.")
    assert "Cảnh sát biển Việt Nam" in found, found


# --- a generic head with only its owner ------------------------------------------------------------------


def test_a_committee_of_the_assembly_without_its_name_is_no_body() -> None:
    found = names("Hội đồng Dân tộc, các Ủy ban và Ủy ban của Quốc hội tăng cường giám sát.")
    assert "Ủy ban của Quốc hội" not in found and "Quốc hội" in found, found


@pytest.mark.parametrize(
    "text", ["Ủy ban Pháp luật của Quốc hội thẩm tra dự án.", "Ban Chỉ đạo của Chính phủ họp phiên thứ hai."]
)
def test_a_named_committee_of_the_assembly_stays(text: str) -> None:
    assert names(text)[0].endswith(("của Quốc hội", "của Chính phủ")), names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nước bạn vừa bầu cử Hội đồng xã/phường nhiệm kỳ mới.",
        "Chủ tịch UBND xã/phường phải ký xác nhận.",
        "Công an xã/phường/thị trấn kiểm tra tạm trú.",
    ],
)
def test_units_listed_with_a_slash_are_a_level(text: str) -> None:
    assert names(text) == [], names(text)


# --- a body's leaders -------------------------------------------------------------------------------------


def test_a_bodys_leadership_is_no_body_but_the_body_is() -> None:
    assert names("Hai nước vừa có Ban Lãnh đạo mới.") == []
    found = names("Ban lãnh đạo Tập đoàn Minh Khang tiếp đoàn.")
    assert found == ["Tập đoàn Minh Khang"], found
    assert "Ban Lãnh đạo Hiệp hội" not in names("Phía bạn có Ban Lãnh đạo Hiệp hội “Ánh sáng”, đại diện Hội hữu nghị.")


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị có đại diện Chi cục Kiểm lâm 12 tỉnh, thành phố phía Bắc.",
        "Công an 4 huyện phối hợp truy bắt đối tượng.",
    ],
)
def test_a_body_of_a_number_of_units_is_no_one_body(text: str) -> None:
    assert names(text) == [], names(text)


# --- a name split by a line break in a header -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bình Định, ngày 2 tháng 4 năm 2024\nHỘI ĐỒNG NHÂN\nDÂN TỈNH BÌNH ĐỊNH\nNghị quyết về việc giao biên chế.",
        "VĂN PHÒNG ỦY BAN\nNHÂN DÂN TỈNH\nThông báo kết luận của lãnh đạo.",
    ],
)
def test_a_head_cut_by_a_line_break_is_no_body(text: str) -> None:
    found = names(text)
    assert not any(name.endswith(("NHÂN", "ỦY BAN")) for name in found), found


def test_a_name_ending_at_a_line_end_stays() -> None:
    assert names("Báo cáo gửi Bộ Tài chính\nCục Thuế tỉnh Bình Định.") == ["Bộ Tài chính", "Cục Thuế tỉnh Bình Định"]


def test_a_committee_named_only_by_its_assembly_is_no_body() -> None:
    assert names("Hai bên trao đổi đoàn, nhất là cấp Ủy ban Quốc hội.") == ["Quốc hội"]
    assert "Ban Thường vụ Quốc hội" in names("Ông là Ủy viên Ban Thường vụ Quốc hội, Chủ nhiệm Ủy ban Đối ngoại.")

"""Organisation and place constructions of round 11, one written example each in the shape of real news
text: a foreign party named word by word up to its acronym, a party's acronym after its head, a cabinet
named by its leader, a numbered residential group opening an address."""

from __future__ import annotations

import pytest

from tests.orghelp import names, organizations
from vnreport.extract import run_extractors
from vnreport.report.model import Location
from vnreport.segment.document import segment


def places(text: str) -> dict[str, Location]:
    doc = segment(text, words="dictionary")
    found = run_extractors(doc).locations
    for location in found:
        for mention in location.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
    return {location.name: location for location in found}


def test_a_foreign_party_named_word_by_word_runs_to_its_acronym() -> None:
    found = organizations("Với gần một phần ba số phiếu, Đảng Nhân dân thống nhất (UPN) dẫn đầu cuộc bầu cử.")
    assert "Đảng Nhân dân thống nhất" in found, list(found)
    assert "UPN" in [m.text for m in found["Đảng Nhân dân thống nhất"].mentions]


def test_a_party_without_an_acronym_still_ends_before_the_verb() -> None:
    assert names("Đảng Lao động giành thắng lợi tại vòng một.") == ["Đảng Lao động"]


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("Cử tri bỏ phiếu cho đảng Tự do (LP). Đảng LP mất nhiều ghế.", "đảng Tự do", "Đảng LP"),
        (
            "Tổng công ty Đường sắt Việt Nam (VNR) họp. Tổng công ty VNR báo lỗ.",
            "Tổng công ty Đường sắt Việt Nam",
            "Tổng công ty VNR",
        ),
    ],
)
def test_the_head_and_a_defined_acronym_are_the_body_it_was_defined_for(text: str, name: str, short: str) -> None:
    found = organizations(text)
    assert list(found) == [name], list(found)
    assert short in [m.text for m in found[name].mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Chính phủ của Tổng thống Alvarez đã ban bố tình trạng khẩn cấp.",
        "Các cuộc đàm phán kéo dài, trong khi Chính phủ của ông Dupont muốn sớm kết thúc.",
        "Chính phủ của cựu Thủ tướng Larsen từng đề xuất luật này.",
    ],
)
def test_a_cabinet_named_by_its_leader_is_no_body(text: str) -> None:
    assert "Chính phủ" not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Chính phủ của hai nước đồng chủ trì kỳ họp.",
        "Nhà Trắng của Tổng thống Alvarez bác bỏ thông tin.",
    ],
)
def test_other_bodies_before_a_leader_stay(text: str) -> None:
    found = names(text)
    assert found and all(n in {"Chính phủ", "Nhà Trắng"} for n in found), found


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Bà Lan, trú tại tổ 17, phường Hòa Khánh, TP Đà Nẵng, gửi đơn khiếu nại.", "tổ 17"),
        ("Ý kiến bạn đọc. TRẦN VĂN AN (Khối 6, phường Bến Thủy, TP Vinh, Nghệ An)", "Khối 6"),
    ],
)
def test_a_numbered_group_opening_an_address_is_a_place(text: str, written: str) -> None:
    found = places(text)
    assert written in found, list(found)
    assert found[written].level == "village"


@pytest.mark.parametrize(
    "text",
    [
        "Tổ 5 người được cử xuống địa bàn.",
        "Khối 12 nước đã ký thỏa thuận này.",
        "Ông làm tổ trưởng tổ 3 của hợp tác xã.",
    ],
)
def test_a_numbered_group_without_an_address_is_no_place(text: str) -> None:
    assert not [n for n in places(text) if n.lower().startswith(("tổ", "khối"))]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ông Trần Văn B, Phó chánh thanh tra Bộ Tài chính, cho hay việc kiểm tra đã xong.", "thanh tra Bộ Tài chính"),
        ("Chánh thanh tra Sở Giao thông vận tải Lê Văn C ký quyết định.", "thanh tra Sở Giao thông vận tải"),
    ],
)
def test_the_inspectorate_in_a_chief_inspectors_title_is_a_body(text: str, body: str) -> None:
    assert body in names(text)


def test_the_inspectorate_written_with_its_capital_names_it() -> None:
    text = "Chánh thanh tra TP Hải Phòng Lê Văn C cho biết. Thanh tra TP Hải Phòng đã ban hành kết luận."
    assert names(text) == ["Thanh tra TP Hải Phòng"]


def test_lower_case_inspection_is_no_body_without_the_chief() -> None:
    assert names("Đoàn sẽ thanh tra Sở Y tế trong tháng tới.") == ["Sở Y tế"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Thường trực HĐND tỉnh Quảng Trị gồm có: ông Lê Văn D, Chủ tịch.", "Thường trực HĐND tỉnh Quảng Trị"),
        ("Hội nghị đã bế mạc. Thường trực Tỉnh ủy Cao Bằng đã nghe báo cáo.", "Thường trực Tỉnh ủy Cao Bằng"),
    ],
)
def test_a_standing_body_opening_a_sentence_is_a_body(text: str, body: str) -> None:
    assert body in names(text)


def test_a_standing_title_after_its_holder_stays_a_title() -> None:
    assert "Thường trực Ban Bí thư" not in names("Dự có ông Trần Văn B, Thường trực Ban Bí thư.")


def test_a_business_line_of_many_lower_case_words_runs_to_its_acronym() -> None:
    text = "Đơn vị thi công là Công ty Khảo sát và tư vấn thiết kế công trình hàng không (KTHK) của quân đội."
    found = organizations(text)
    name = "Công ty Khảo sát và tư vấn thiết kế công trình hàng không"
    assert name in found, list(found)
    assert "KTHK" in [m.text for m in found[name].mentions]


def test_a_verb_after_a_business_name_still_ends_it_before_an_acronym() -> None:
    found = names("Công ty Hòa Phát sản xuất thép tại nhà máy mới (HPG) từ năm ngoái.")
    assert "Công ty Hòa Phát" in found, found

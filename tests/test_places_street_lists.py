"""Streets listed after a head written once (issue #13, round 30): `đường A, B, C`, `phố A và B`, and
numbered houses listed with no ward after each (`12 A, 30 B`)."""

from __future__ import annotations

from vnreport.extract import run_extractors
from vnreport.segment.document import segment


def place_names(text: str) -> set[str]:
    doc = segment(text, words="dictionary")
    return {location.name for location in run_extractors(doc).locations}


def test_a_street_head_written_once_heads_every_street_of_its_list() -> None:
    found = place_names("Nhiều quán nhậu vẫn lấn chiếm vỉa hè đường Cao Thắng, Võ Văn Tần, Phan Đình Phùng…")
    assert {"Võ Văn Tần", "Phan Đình Phùng"} <= found, found
    found = place_names("Đoạn được chọn để cấm xe là đường Hàn Thuyên và Pasteur.")
    assert "Pasteur" in found, found


def test_a_person_or_an_address_after_a_street_is_no_street_of_a_list() -> None:
    assert "Nguyễn Văn Bình" not in place_names("Trên đường Cao Thắng, Nguyễn Văn Bình cho biết xe bị hỏng.")
    found = place_names("Trên đường Cao Thắng, Nguyễn Văn Bình (35 tuổi) bị bắt.")
    assert "Nguyễn Văn Bình" not in found, found
    found = place_names("Đường Cao Thắng và Bộ Giao thông vận tải đã có ý kiến.")
    assert not any("Bộ" in name for name in found), found


def test_numbered_houses_listed_without_a_ward_are_streets() -> None:
    found = place_names("Dự án chậm tiến độ ở 18 Cao Thắng, 204 Võ Văn Tần, nhà Sao Mai 7A Phan Đình Phùng, 9 Lê Lai…")
    assert {"Cao Thắng", "Võ Văn Tần", "Lê Lai"} <= found, found


def test_a_shirt_number_list_names_no_street() -> None:
    assert not place_names("Tiền đạo số 10 Nguyễn Văn Bình, 9 Trần Văn Cường ghi bàn.")


def test_counts_of_lettered_things_name_no_street() -> None:
    assert not place_names("Hội đồng trao 7 Giải A, 24 Giải B, 39 Giải C cho các tác phẩm.")

"""Two mentions of a body spelled with the same letters but for their case are one organisation, even when
one is read with a place and the other without."""

from __future__ import annotations

from vnreport.extract.organizations import extract_organizations
from vnreport.segment.document import segment


def names(text: str) -> list[str]:
    return [organization.name for organization in extract_organizations(segment(text))]


def test_a_company_written_twice_with_a_different_case_is_one() -> None:
    text = (
        "Tổng công ty Tân Cảng Sài Gòn khai trương tuyến mới.\n\n"
        "Theo lãnh đạo Tổng công ty Tân cảng Sài Gòn, tuyến này giảm chi phí."
    )
    assert len(names(text)) == 1


def test_a_centre_whose_name_ends_in_a_city_is_one_body_in_either_case() -> None:
    text = (
        "Trung tâm Bảo tồn Di tích Cố đô Huế đã báo cáo.\n\n"
        "Ông B, Giám đốc Trung tâm Bảo tồn Di tích Cố Đô Huế cho biết."
    )
    assert len(names(text)) == 1


def test_two_bodies_spelled_differently_stay_apart() -> None:
    text = "Sở Y tế và Sở Tài chính cùng kiểm tra.\n\nSở Y tế báo cáo kết quả."
    assert names(text) == ["Sở Y tế", "Sở Tài chính"]

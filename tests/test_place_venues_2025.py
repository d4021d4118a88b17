"""Venues of 2023–2025 news (written examples): exhibition centres, sports halls, walking streets,
hotels and museums are locations; a venue with a capitalised head may bear its country's name."""

from __future__ import annotations

import pytest

from vnreport.extract import run_extractors
from vnreport.segment.document import segment


def place_names(text: str) -> list[str]:
    doc = segment(text, words="dictionary")
    return [location.name for location in run_extractors(doc).locations]


def org_names(text: str) -> list[str]:
    doc = segment(text, words="dictionary")
    return [o.name for o in run_extractors(doc).organizations.organizations]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Hội chợ diễn ra tại Trung tâm Triển lãm Việt Nam trong bốn ngày.", "Trung tâm Triển lãm Việt Nam"),
        ("Giải đấu được tổ chức tại Cung Thể thao Quần Ngựa.", "Cung Thể thao Quần Ngựa"),
        ("Lễ hội ánh sáng diễn ra trên Phố đi bộ Bạch Đằng.", "Phố đi bộ Bạch Đằng"),
        ("Hội nghị nhà đầu tư diễn ra tại Khách sạn Sheraton Hà Nội.", "Khách sạn Sheraton Hà Nội"),
        ("Học sinh tham quan Bảo tàng Phụ nữ Việt Nam.", "Bảo tàng Phụ nữ Việt Nam"),
    ],
)
def test_venue_is_a_location(text: str, venue: str) -> None:
    assert venue in place_names(text)
    assert venue not in org_names(text)


def test_a_country_after_a_lower_case_port_head_names_no_port() -> None:
    assert "cảng Việt Nam" not in place_names("Hàng hóa qua cảng Việt Nam tăng mạnh.")

"""Bare unit bodies (`UBND tỉnh`): a bare unit joins the named body whose mention writes that unit word, or the
one whose place the article names most; provinces and cities written together, and plurals, are no body."""

from __future__ import annotations

from vnreport.extract.organizations import extract_organizations
from vnreport.segment.document import segment


def names(text: str) -> list[str]:
    return [organization.name for organization in extract_organizations(segment(text))]


def test_provinces_and_cities_written_together_are_no_body() -> None:
    text = "Bộ Tài chính có báo cáo.\n\nUBND tỉnh thành phê duyệt giá đất chưa sát thị trường."
    assert names(text) == ["Bộ Tài chính"]


def test_a_bare_unit_joins_the_body_that_writes_that_unit() -> None:
    text = (
        "UBND thành phố Đà Nẵng có văn bản gửi UBND tỉnh Quảng Nam.\n\n"
        "Phương án phân luồng giao thông đã được UBND tỉnh chấp thuận."
    )
    found = {o.name: o for o in extract_organizations(segment(text))}
    assert sorted(found) == ["UBND thành phố Đà Nẵng", "UBND tỉnh Quảng Nam"]
    assert [m.text for m in found["UBND tỉnh Quảng Nam"].mentions] == ["UBND tỉnh Quảng Nam", "UBND tỉnh"]


def test_a_bare_committee_joins_the_one_of_the_province_named_most() -> None:
    text = (
        "Hội nghị công bố quyết định về nhân sự tỉnh Phú Yên.\n\n"
        "Ông A, Bí thư Tỉnh ủy Đắk Lắk dự hội nghị. Tỉnh ủy Phú Yên, UBND tỉnh Phú Yên và các sở của tỉnh "
        "Phú Yên đã chuẩn bị chu đáo. Bí thư Tỉnh ủy phát biểu bế mạc."
    )
    found = {o.name: o for o in extract_organizations(segment(text))}
    assert "Tỉnh ủy" not in found
    assert [m.text for m in found["Tỉnh ủy Phú Yên"].mentions] == ["Tỉnh ủy Phú Yên", "Tỉnh ủy"]


def test_a_bare_committee_stays_apart_when_two_provinces_are_named_alike() -> None:
    text = (
        "Đoàn công tác làm việc tại Phú Yên và Đắk Lắk.\n\n"
        "Tỉnh ủy Phú Yên và Tỉnh ủy Đắk Lắk báo cáo. Tỉnh ủy đề nghị hỗ trợ."
    )
    assert "Tỉnh ủy" in names(text)


def test_a_plural_before_an_abbreviated_body_is_generic_whatever_its_hyphens() -> None:
    assert names("Sở yêu cầu các Phòng GD - ĐT và nhà trường chuẩn bị.") == []
    assert names("Bộ sẽ chỉ đạo các sở TT&TT phối hợp với công an.") == []


def test_a_plural_before_a_longer_name_keeps_the_name() -> None:
    assert names("Đại diện các Ban Quản lý dự án Giao thông dự họp.") == ["Ban Quản lý dự án Giao thông"]

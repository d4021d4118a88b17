"""A body named only by its head and a bare unit word (`UBND tỉnh`) in an article that names no place of that
level is any province's or commune's body, no organisation of the article; a bare unit joins the named body
whose mention writes that unit word."""

from __future__ import annotations

from vnreport.extract.organizations import extract_organizations
from vnreport.segment.document import segment


def names(text: str) -> list[str]:
    return [organization.name for organization in extract_organizations(segment(text))]


def test_a_bare_provincial_body_in_an_article_naming_no_province_is_generic() -> None:
    text = "Bộ Tài chính trình dự thảo mới.\n\nDự thảo nêu rõ Chủ tịch UBND tỉnh quyết định mức thu phí."
    assert names(text) == ["Bộ Tài chính"]


def test_a_commune_body_needs_a_commune_named() -> None:
    text = "Bão đổ bộ vào tỉnh Quảng Ngãi.\n\nNgười dân được đưa đến trụ sở UBND xã để tránh bão."
    assert "UBND xã" not in names(text)


def test_a_district_body_in_a_general_article_is_generic() -> None:
    text = "Thiếu giáo viên ở nhiều nơi.\n\nViệc tuyển dụng thường do UBND huyện hay các sở đảm nhiệm."
    assert names(text) == []


def test_a_body_holding_a_generic_one_is_generic_too() -> None:
    text = "Ủy ban Kiểm tra Trung ương họp.\n\nCấp ủy kiểm tra đối với Ban Cán sự đảng UBND tỉnh và cấp dưới."
    assert names(text) == ["Ủy ban Kiểm tra Trung ương"]


def test_provinces_and_cities_written_together_are_no_body() -> None:
    text = "Bộ Tài chính có báo cáo.\n\nUBND tỉnh thành phê duyệt giá đất chưa sát thị trường."
    assert names(text) == ["Bộ Tài chính"]


def test_the_article_s_own_province_keeps_its_bare_body() -> None:
    text = "Đoàn công tác làm việc tại tỉnh Phú Yên.\n\nĐại diện UBND tỉnh cho biết sẽ sớm hoàn thành."
    assert "UBND tỉnh" in names(text)


def test_a_district_named_gives_the_province_too() -> None:
    text = "Mưa lớn tại huyện Nghi Lộc.\n\nHĐND tỉnh đã họp bất thường."
    assert "HĐND tỉnh" in names(text)


def test_a_named_body_with_words_of_its_own_is_kept() -> None:
    text = "Dự án chậm tiến độ.\n\nGiám đốc Trung tâm Phát triển quỹ đất tỉnh cho biết."
    assert names(text) == ["Trung tâm Phát triển quỹ đất tỉnh"]


def test_a_line_on_its_own_keeps_a_bare_body() -> None:
    assert names("Chủ tịch UBND tỉnh chủ trì cuộc họp.") == ["UBND tỉnh"]


def test_a_bare_unit_joins_the_body_that_writes_that_unit() -> None:
    text = (
        "UBND thành phố Huế có văn bản báo cáo UBND tỉnh Thừa Thiên Huế.\n\n"
        "Kế hoạch sử dụng đất đã được UBND tỉnh phê duyệt."
    )
    found = {o.name: o for o in extract_organizations(segment(text))}
    assert sorted(found) == ["UBND thành phố Huế", "UBND tỉnh Thừa Thiên Huế"]
    assert [m.text for m in found["UBND tỉnh Thừa Thiên Huế"].mentions] == ["UBND tỉnh Thừa Thiên Huế", "UBND tỉnh"]


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

from __future__ import annotations

import pytest

from vnreport.extract.organizations import expand, extract_organizations, find_organizations
from vnreport.report.model import Organization
from vnreport.segment.document import segment


def organizations(text: str, *, words: bool = False) -> dict[str, Organization]:
    doc = segment(text, words=words)
    found = extract_organizations(doc)
    for organization in found:
        for mention in organization.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
    return {organization.name: organization for organization in found}


def names(text: str) -> list[str]:
    return list(organizations(text))


# --- where an organisation ends ---------------------------------------------------------------------


def test_org_in_a_title_stops_before_the_person() -> None:
    text = "Phó Bí thư Thường trực Thành ủy Hà Nội Nguyễn Thị Tuyến phát biểu."
    found = organizations(text)
    assert list(found) == ["Thành ủy Hà Nội"]
    (mention,) = found["Thành ủy Hà Nội"].mentions
    assert (mention.start, mention.end) == (text.index("Thành ủy"), text.index(" Nguyễn"))


def test_unit_place_complement_stops_before_the_person() -> None:
    assert names("Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung chủ trì.") == ["UBND tỉnh Nghệ An"]
    assert names("Chủ tịch UBND xã Tân Lập Nguyễn Văn Hùng cho biết.") == ["UBND xã Tân Lập"]


def test_domain_complement() -> None:
    assert names("Bộ trưởng Bộ Tài chính Hồ Đức Phớc cho biết.") == ["Bộ Tài chính"]
    assert names("Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết.") == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert names("Trưởng Ban Dân vận Tỉnh ủy phát biểu.") == ["Ban Dân vận Tỉnh ủy", "Tỉnh ủy"]


def test_lower_case_after_the_org_ends_it() -> None:
    assert names("Bộ Công Thương công bố danh sách.") == ["Bộ Công Thương"]


def test_company_name_stops_before_the_person() -> None:
    assert names("Chủ tịch Tập đoàn Vingroup Phạm Nhật Vượng cho biết.") == ["Tập đoàn Vingroup"]
    assert names("Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết.") == ["Bệnh viện Bạch Mai"]


def test_person_named_school_is_one_org() -> None:
    found = organizations("Học sinh Trường THPT Chu Văn An đạt giải.")
    assert list(found) == ["Trường THPT Chu Văn An"]
    assert found["Trường THPT Chu Văn An"].expanded == "Trường Trung học phổ thông Chu Văn An"


def test_police_and_army_with_places() -> None:
    assert names("Công an tỉnh Thanh Hóa đã bắt giữ.") == ["Công an tỉnh Thanh Hóa"]
    assert names("Bộ Chỉ huy Quân sự tỉnh Quảng Ninh tổ chức.") == ["Bộ Chỉ huy Quân sự tỉnh Quảng Ninh"]
    assert names("Lực lượng Quân khu 4 tham gia.") == ["Quân khu 4"]


def test_central_complement() -> None:
    assert names("Ban Tổ chức Trung ương hướng dẫn.") == ["Ban Tổ chức Trung ương"]
    # the owner named inside it is an organisation too (samples/gold/README.md: nested ones are listed)
    assert names("Ủy ban Kinh tế của Quốc hội thẩm tra.") == ["Ủy ban Kinh tế của Quốc hội", "Quốc hội"]


def test_lower_case_second_syllable_from_the_word_segmenter() -> None:
    assert "Tổng cục Thống kê" in organizations("Tổng cục Thống kê cho biết.", words=True)


def test_place_inside_a_newspaper_name() -> None:
    assert names("Phóng viên Báo Sài Gòn Giải Phóng cho biết giá tăng.") == ["Báo Sài Gòn Giải Phóng"]


# --- nested organisations -----------------------------------------------------------------------------


def test_nested_org_is_reported_too() -> None:
    found = organizations("Chỉ thị của Ban Thường vụ Thành ủy Hà Nội.")
    assert list(found) == ["Ban Thường vụ Thành ủy Hà Nội", "Thành ủy Hà Nội"]


def test_bare_standing_committee_is_an_org_and_so_is_the_committee_it_names() -> None:
    text = "Ủy viên Ban Thường vụ Thành ủy phát biểu."
    assert names(text) == ["Ban Thường vụ Thành ủy", "Thành ủy"]  # the article's own city committee
    assert names("Ủy viên Ban Thường vụ MTTQ phát biểu.") == ["Ban Thường vụ MTTQ"]  # a bare part only
    spans = find_organizations(segment(text, words=False)).spans
    assert [text[a:b] for a, b, _ in spans] == ["Ban Thường vụ Thành ủy", "Thành ủy"]


def test_front_committee_of_a_city_is_its_own_org() -> None:
    found = organizations("Mặt trận Tổ quốc (MTTQ) Việt Nam và Ủy ban MTTQ Việt Nam thành phố Hà Nội họp.")
    assert list(found) == ["Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ Việt Nam thành phố Hà Nội"]
    assert (
        found["Ủy ban MTTQ Việt Nam thành phố Hà Nội"].expanded == "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội"
    )


def test_find_organizations_gives_nested_spans() -> None:
    text = "Chỉ thị của Ban Thường vụ Thành ủy Hà Nội."
    spans = find_organizations(segment(text, words=False)).spans
    assert [(text[a:b], name) for a, b, name in spans] == [
        ("Ban Thường vụ Thành ủy Hà Nội", "Ban Thường vụ Thành ủy Hà Nội"),
        ("Thành ủy Hà Nội", "Thành ủy Hà Nội"),
    ]


# --- merging variants ------------------------------------------------------------------------------


def test_front_variants_merge() -> None:
    found = organizations("Mặt trận Tổ quốc (MTTQ) Việt Nam phối hợp. MTTQ Việt Nam các cấp.")
    front = found["Mặt trận Tổ quốc Việt Nam"]
    assert [m.text for m in front.mentions] == ["Mặt trận Tổ quốc (MTTQ) Việt Nam", "MTTQ Việt Nam"]
    assert len(found) == 1


def test_bare_party_committee_joins_the_named_one() -> None:
    found = organizations("Thành ủy Hà Nội tổ chức hội nghị. Thành ủy đã lãnh đạo.")
    assert [m.text for m in found["Thành ủy Hà Nội"].mentions] == ["Thành ủy Hà Nội", "Thành ủy"]


def test_bare_committee_joins_only_the_same_unit() -> None:
    found = organizations("UBND tỉnh Nghệ An và UBND xã Tân Lập. UBND tỉnh chỉ đạo.")
    assert [m.text for m in found["UBND tỉnh Nghệ An"].mentions] == ["UBND tỉnh Nghệ An", "UBND tỉnh"]
    assert len(found["UBND xã Tân Lập"].mentions) == 1


def test_abbreviated_and_full_committee_merge_and_full_form_names_it() -> None:
    found = organizations("UBND TP Hà Nội chỉ đạo. Ủy ban nhân dân thành phố Hà Nội yêu cầu. UBND Thành phố họp.")
    assert list(found) == ["Ủy ban nhân dân thành phố Hà Nội"]
    assert len(found["Ủy ban nhân dân thành phố Hà Nội"].mentions) == 3


def test_acronym_defined_in_parentheses_becomes_a_mention() -> None:
    found = organizations("Tập đoàn Gỗ Trường Thành (TTF) công bố lỗ. TTF cho biết sẽ tái cơ cấu.")
    mentions = [m.text for m in found["Tập đoàn Gỗ Trường Thành"].mentions]
    assert mentions == ["Tập đoàn Gỗ Trường Thành", "TTF", "TTF"]  # the defining one and the later one


def test_acronym_of_a_longer_phrase_is_not_taken() -> None:
    found = organizations("Ông là đại biểu Quốc hội (ĐBQH) khóa XV. ĐBQH cần gần dân.")
    assert [m.text for m in found["Quốc hội"].mentions] == ["Quốc hội"]


# --- abbreviations -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expanded"),
    [
        ("UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"),
        ("HĐND thành phố Hà Nội", "Hội đồng nhân dân thành phố Hà Nội"),
        ("TAND TP.HCM", "Tòa án nhân dân Thành phố Hồ Chí Minh"),
        ("VKSND tỉnh Đồng Nai", "Viện kiểm sát nhân dân tỉnh Đồng Nai"),
        ("LĐLĐ tỉnh Bắc Ninh", "Liên đoàn Lao động tỉnh Bắc Ninh"),
        ("Hội LHPN tỉnh Hà Tĩnh", "Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh"),
        ("BCH Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
        ("UBKT Tỉnh ủy Nghệ An", "Ủy ban Kiểm tra Tỉnh ủy Nghệ An"),
        ("BCHQS tỉnh Lạng Sơn", "Bộ Chỉ huy Quân sự tỉnh Lạng Sơn"),
        ("BĐBP tỉnh Quảng Trị", "Bộ đội Biên phòng tỉnh Quảng Trị"),
        ("Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("Sở GD&ĐT Hà Nội", "Sở Giáo dục và Đào tạo Hà Nội"),
        ("MTTQ Việt Nam", "Mặt trận Tổ quốc Việt Nam"),
    ],
)
def test_expansion(text: str, expanded: str) -> None:
    found = organizations(f"Hôm qua, {text} đã họp.")
    assert next(iter(found)) == text
    assert found[text].expanded == expanded


def test_written_out_name_has_no_expansion() -> None:
    assert organizations("Bộ Tài chính họp.")["Bộ Tài chính"].expanded is None


def test_expand_keeps_text_without_abbreviations() -> None:
    assert expand("Thành ủy Hà Nội") == "Thành ủy Hà Nội"
    assert expand("UBND TP.Vinh") == "Ủy ban nhân dân thành phố Vinh"


# --- not organisations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Phối hợp với các sở, ban, ngành của tỉnh.",
        "Các tổ chức chính trị - xã hội Thành phố tham gia.",
        "Thành phố đã chỉ đạo quyết liệt.",
        "Nhân dân Thủ đô phấn khởi.",
        "Theo sự chỉ đạo của Trung ương.",
        "Phường Hội An và Đài Loan, Tây Ban Nha.",
        "Bộ trưởng đã phát biểu tại hội nghị.",
        "Ông được tặng Giải thưởng Hồ Chí Minh.",
        "UBND các xã phải báo cáo.",
    ],
)
def test_not_organizations(text: str) -> None:
    assert organizations(text) == {}


def test_generic_plural_with_capitals_is_not_an_org() -> None:
    assert names("Các Sở, ngành và UBND các huyện.") == []


# --- the sample and data files -------------------------------------------------------------------------


def test_sample_article(hanoi_text: str) -> None:
    found = organizations(hanoi_text)
    assert {
        "Thành ủy Hà Nội",
        "Mặt trận Tổ quốc Việt Nam",
        "Ủy ban MTTQ Việt Nam thành phố Hà Nội",
        "Ủy ban nhân dân thành phố Hà Nội",
        "Ban Thường vụ Thành ủy Hà Nội",
        "Bộ Chính trị",
        "Quốc hội",
    } <= set(found)
    front = {m.text for m in found["Mặt trận Tổ quốc Việt Nam"].mentions}
    assert front == {"Mặt trận Tổ quốc (MTTQ) Việt Nam", "MTTQ Việt Nam"}
    assert not any("Nguyễn" in name for name in found)


def test_theatres_and_stock_exchanges_are_organisations() -> None:
    from vnreport.extract.organizations import extract_organizations
    from vnreport.segment.document import segment

    text = "Giám đốc Nhà hát Ca múa nhạc Đất Tổ cho biết cổ phiếu niêm yết trên Sở Giao dịch Chứng khoán TP.HCM."
    names = [o.name for o in extract_organizations(segment(text, words="dictionary"))]
    assert "Nhà hát Ca múa nhạc Đất Tổ" in names
    assert any(n.startswith("Sở Giao dịch Chứng khoán") for n in names)


def test_names_that_open_in_lower_case_after_a_lower_case_head_and_departments() -> None:
    from vnreport.extract.organizations import find_organizations
    from vnreport.segment.document import segment

    text = "Trưởng Ban Quản lý dự án đầu tư xây dựng huyện Trảng Bom và Phó Vụ trưởng Vụ Bảo hiểm y tế dự họp."
    spans = [text[a:b] for a, b, _ in find_organizations(segment(text, words="dictionary")).spans]
    assert "Ban Quản lý dự án đầu tư xây dựng huyện Trảng Bom" in spans
    assert "Vụ Bảo hiểm y tế" in spans
    lower = "Vụ tai nạn xảy ra sáng nay. Vụ việc đang được điều tra."
    assert find_organizations(segment(lower, words="dictionary")).spans == []

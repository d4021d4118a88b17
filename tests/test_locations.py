from __future__ import annotations

import pytest

from vnreport.extract.locations import extract_locations, find_places
from vnreport.report.model import Location
from vnreport.segment.document import segment


def locations(text: str) -> dict[str, Location]:
    doc = segment(text, words=False)
    found = extract_locations(doc)
    for location in found:
        for mention in location.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
    return {location.canonical or location.name: location for location in found}


def mention_texts(text: str, name: str) -> list[str]:
    return [m.text for m in locations(text)[name].mentions]


# --- provinces, aliases, the 2025 reform ------------------------------------------------------------


def test_province_with_unit_word_and_offsets() -> None:
    text = "Sáng nay, UBND tỉnh Nghệ An họp."
    found = locations(text)
    nghe_an = found["Nghệ An"]
    assert nghe_an.level == "province"
    assert nghe_an.province == "Nghệ An"
    assert nghe_an.historical is False
    (mention,) = nghe_an.mentions
    assert mention.text == "tỉnh Nghệ An"
    assert text[mention.start : mention.end] == "tỉnh Nghệ An"


def test_place_inside_an_organisation_name_counts() -> None:
    assert "Hà Nội" in locations("Thành ủy Hà Nội tổ chức hội nghị.")


def test_place_ends_before_the_person_after_it() -> None:
    assert mention_texts("Phó Bí thư Thành ủy Hà Nội Lê Thu Hằng phát biểu tại buổi lễ.", "Hà Nội") == ["Hà Nội"]


def test_capital_aliases_merge_into_ha_noi() -> None:
    text = "Thủ đô Hà Nội đẹp. Thủ đô đã phát triển. Người dân Thủ đô vui. Hà Nội mùa thu."
    assert mention_texts(text, "Hà Nội") == ["Thủ đô Hà Nội", "Thủ đô", "Thủ đô", "Hà Nội"]


def test_thu_do_before_a_foreign_name_is_not_ha_noi() -> None:
    assert "Hà Nội" not in locations("Đoàn đã tới Thủ đô Tokyo hôm qua.")


@pytest.mark.parametrize(
    "written", ["TP.HCM", "TP HCM", "TPHCM", "TP. HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Sài Gòn"]
)
def test_hcmc_spellings(written: str) -> None:
    found = locations(f"Hôm qua tại {written} có mưa lớn.")
    assert list(found) == ["TP Hồ Chí Minh"]
    assert found["TP Hồ Chí Minh"].mentions[0].text == written
    assert found["TP Hồ Chí Minh"].level == "province"


def test_hcmc_spellings_merge_into_one_place() -> None:
    found = locations("TP.HCM và TPHCM, TP HCM, Sài Gòn đều là một.")
    assert len(found["TP Hồ Chí Minh"].mentions) == 4


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch Hồ Chí Minh đã dạy.",
        "Học tập và làm theo tư tưởng Hồ Chí Minh.",
        "Đoàn TNCS Hồ Chí Minh tổ chức.",
        "Viếng Lăng Chủ tịch Hồ Chí Minh.",
    ],
)
def test_ho_chi_minh_alone_is_not_the_city(text: str) -> None:
    assert "TP Hồ Chí Minh" not in locations(text)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Bắc Giang", "Bắc Ninh"),
        ("Hà Giang", "Tuyên Quang"),
        ("Quảng Nam", "Đà Nẵng"),
        ("Bình Dương", "TP Hồ Chí Minh"),
    ],
)
def test_merged_provinces_are_historical_with_their_new_unit(old: str, new: str) -> None:
    place = locations(f"Đoàn công tác làm việc tại tỉnh {old}.")[old]
    assert place.level == "province"
    assert place.historical is True
    assert place.province == new


def test_unchanged_province_is_not_historical() -> None:
    place = locations("Đoàn công tác làm việc tại tỉnh Thanh Hóa.")["Thanh Hóa"]
    assert (place.historical, place.province) == (False, "Thanh Hóa")


def test_a_country_in_the_older_hyphenated_spelling_is_that_country() -> None:
    found = locations("Hai bộ trưởng đã trao đổi về tình hình tại Ca-ta và Y-ê-men trong tuần qua.")
    assert found["Qatar"].level == "country"
    assert mention_texts("Hai bộ trưởng đã trao đổi về tình hình tại Ca-ta và Y-ê-men.", "Yemen") == ["Y-ê-men"]


def test_new_style_tone_marks_match() -> None:
    place = locations("Công an tỉnh Thanh Hoá vào cuộc.")["Thanh Hóa"]
    assert place.mentions[0].text == "tỉnh Thanh Hoá"


def test_bare_thanh_pho_is_the_articles_city() -> None:
    found = locations("UBND thành phố Hà Nội họp. Thành phố đã chỉ đạo quyết liệt.")
    assert [m.text for m in found["Hà Nội"].mentions] == ["thành phố Hà Nội", "Thành phố"]


def test_a_governors_title_gives_no_bare_province() -> None:
    # `Tỉnh trưởng` (places_title_words.txt) is a governor abroad, not the article's province written alone
    text = (
        "Đoàn công tác tỉnh Hòa Phong thăm tỉnh Lorvan. Tỉnh trưởng Kim Min-su và Phó Tỉnh trưởng Park Ji-ho tiếp đoàn."
    )
    found = locations(text)
    assert all(m.text != "Tỉnh" for place in found.values() for m in place.mentions), found


def test_bare_thanh_pho_is_the_city_named_last_before_it() -> None:
    text = (
        "Đà Nẵng đón khách quốc tế. TP Đà Nẵng mở thêm đường bay. Cục Thống kê thành phố Cần Thơ cho biết"
        " GRDP của Thành phố tăng 6%."
    )
    found = locations(text)
    assert [m.text for m in found["Cần Thơ"].mentions] == ["thành phố Cần Thơ", "Thành phố"]


def test_bare_thanh_pho_without_a_city_is_dropped() -> None:
    assert locations("Thành phố đã chỉ đạo quyết liệt.") == {}


# --- lower units ----------------------------------------------------------------------------------


def test_commune_district_and_village_in_an_address() -> None:
    found = locations("Gia đình ở thôn Đông, xã Tân Lập, huyện Đan Phượng, Hà Nội.")
    assert found["xã Tân Lập"].level == "commune"
    assert found["xã Tân Lập"].province == "Hà Nội"
    assert found["thôn Đông"].level == "village"
    assert found["thôn Đông"].province == "Hà Nội"
    district = found["huyện Đan Phượng"]
    assert (district.level, district.historical, district.province) == ("district", True, "Hà Nội")


def test_unit_place_stops_before_a_person() -> None:
    found = locations("Chủ tịch UBND xã Tân Lập Nguyễn Văn Hùng cho biết.")
    assert [m.text for m in found["xã Tân Lập"].mentions] == ["xã Tân Lập"]


def test_person_after_a_unit_word_is_not_a_place() -> None:
    assert locations("Chủ tịch UBND TP Nguyễn Minh Khang cho biết thêm.") == {}


@pytest.mark.parametrize(
    ("written", "name", "level", "province"),
    [
        ("TP Thủ Đức", "thành phố Thủ Đức", "district", "TP Hồ Chí Minh"),
        ("huyện Mê Linh", "huyện Mê Linh", "district", "Hà Nội"),
        ("quận Hoàn Kiếm", "quận Hoàn Kiếm", "district", "Hà Nội"),
        ("phường Bến Thành", "phường Bến Thành", "commune", "TP Hồ Chí Minh"),
        ("đặc khu Phú Quốc", "đặc khu Phú Quốc", "commune", "An Giang"),
        ("quận 1", "quận 1", "district", "TP Hồ Chí Minh"),
        ("Q.3", "quận 3", "district", "TP Hồ Chí Minh"),
    ],
)
def test_units_from_the_gazetteer(written: str, name: str, level: str, province: str) -> None:
    place = locations(f"Sự việc xảy ra tại {written} vào sáng qua.")[name]
    assert (place.level, place.province) == (level, province)
    assert place.mentions[0].text == written


def test_reused_name_is_told_apart_by_its_unit() -> None:
    found = locations("Quận Hoàn Kiếm cũ nay là phường Hoàn Kiếm.")
    assert found["quận Hoàn Kiếm"].historical is True
    assert found["phường Hoàn Kiếm"].historical is False


def test_district_level_city_is_not_the_province() -> None:
    found = locations("UBND TP Thanh Hóa và UBND tỉnh Thanh Hóa.")
    assert found["thành phố Thanh Hóa"].level == "district"
    assert found["Thanh Hóa"].level == "province"


def test_unknown_village_needs_no_gazetteer() -> None:
    found = locations("Người dân ở bản Nậm Cắn, xã Mường Lống, huyện Kỳ Sơn, tỉnh Nghệ An rất vui.")
    village = found["bản Nậm Cắn"]
    assert (village.level, village.province) == ("village", "Nghệ An")


def test_ban_as_a_copy_is_not_a_village() -> None:
    assert locations("Đây là văn bản Luật và bản Tuyên ngôn.") == {}


# --- not places -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Học sinh Trường THPT Chu Văn An.",
        "Chúng ta yêu hòa bình và độc lập.",
        "Chị Nguyễn Thị Huế đi chợ.",
        "Chị Huế đi chợ.",
        "Ca sĩ Đức Phúc hát.",
        "Ông biết tiếng Anh và tiếng Pháp.",
        "Anh cho biết sẽ về sớm.",
        "Ý kiến của cử tri rất rõ.",
        "Ý kiến của Trung ương rất rõ.",
        "Thư của Đức Pháp chủ được đọc tại lễ.",
        "Pháp chủ Giáo hội gửi lời chúc.",
        "Đoàn đến thăm Bà mẹ Việt Nam Anh hùng Trần Thị Lan.",
        "Đoàn đến thăm mẹ Việt Nam anh hùng Trần Thị Lan.",
    ],
)
def test_not_places(text: str) -> None:
    assert locations(text) == {}


@pytest.mark.parametrize(
    "text",
    ["Ông ca ngợi dân tộc Việt Nam anh hùng.", "Quân đội nhân dân Việt Nam anh hùng lập nhiều chiến công."],
)
def test_the_country_called_heroic_is_the_country(text: str) -> None:
    # only the mother's honorary title is no place: `anh hùng` after the country alone leaves it the country
    assert locations(text)["Việt Nam"].level == "country"


def test_hoa_binh_capitalised_after_tinh_is_the_province() -> None:
    place = locations("Đoàn về tỉnh Hòa Bình, mong hòa bình.")["Hòa Bình"]
    assert (place.historical, place.province, len(place.mentions)) == (True, "Phú Thọ", 1)


def test_thai_binh_inside_the_pacific_is_a_region() -> None:
    found = locations("Khu vực châu Á - Thái Bình Dương và Thái Bình Dương.")
    assert "Thái Bình" not in found
    assert found["Thái Bình Dương"].level == "region"


# --- countries and regions ------------------------------------------------------------------------------


def test_country_inside_an_organisation_name() -> None:
    found = locations("Mặt trận Tổ quốc (MTTQ) Việt Nam và MTTQ Việt Nam.")
    assert found["Việt Nam"].level == "country"
    assert len(found["Việt Nam"].mentions) == 2


def test_my_and_hoa_ky_are_one_country() -> None:
    assert mention_texts("Hoa Kỳ và Trung Quốc; quan hệ với Mỹ.", "Hoa Kỳ") == ["Hoa Kỳ", "Mỹ"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Quan hệ Mỹ - Trung căng thẳng.", "Trung Quốc"),
        ("Các nước Mỹ, Anh, Pháp đồng ý.", "Anh"),
        ("Ông sang Anh học tập.", "Anh"),
        ("Thủ tướng Anh Theresa May phát biểu.", "Anh"),
        ("Hàng hóa từ Úc nhập về.", "Australia"),
    ],
)
def test_short_country_names_in_context(text: str, country: str) -> None:
    spans = find_places(segment(text, words=False))
    assert [p.level for p in spans if p.name == country] == ["country"]


@pytest.mark.parametrize(
    "written",
    [
        "Tây Bắc",
        "Tây Nguyên",
        "Đồng bằng sông Cửu Long",
        "đồng bằng sông Cửu Long",
        "ĐBSCL",
        "Đông Nam Bộ",
        "Bắc Trung Bộ",
    ],
)
def test_regions(written: str) -> None:
    found = locations(f"Các tỉnh {written} phát triển.")
    assert [location.level for location in found.values()] == ["region"]


def test_region_after_a_unit_word_is_the_region() -> None:
    found = locations("Lãnh đạo các tỉnh Tây Nguyên họp.")
    assert list(found) == ["Tây Nguyên"]


# --- machinery ---------------------------------------------------------------------------------------


def test_sample_article(hanoi_text: str) -> None:
    found = locations(hanoi_text)
    assert set(found) == {"Hà Nội", "Việt Nam"}
    texts = {m.text for m in found["Hà Nội"].mentions}
    assert {"Hà Nội", "Thủ đô", "thành phố Hà Nội", "Thành phố"} <= texts


def test_industrial_and_economic_zones_are_places_and_a_person_after_a_unit_is_not() -> None:
    from vnreport.extract.locations import extract_locations
    from vnreport.segment.document import segment

    text = "Chủ tịch UBND tỉnh Đậu Xuân Khánh thăm Khu công nghiệp Quang Châu và Khu kinh tế Nghi Sơn."
    found = {loc.canonical: loc.level for loc in extract_locations(segment(text, words="dictionary"))}
    assert found == {"khu công nghiệp Quang Châu": "facility", "khu kinh tế Nghi Sơn": "facility"}


# --- cities and states abroad mined from GeoNames and the corpus (places_foreign_mined.tsv) ----------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đoàn công tác đã đến Wuppertal vào chiều thứ Ba.", "Wuppertal"),  # after a place cue
        ("Hội nghị diễn ra ở Bari, Italy trong hai ngày.", "Bari"),
        ("Nhà máy mới đặt tại bang Tennessee của Mỹ.", "Tennessee"),  # after a unit word
        ("Ông nói chuyện với sinh viên ở Shenzhen sáng nay.", "Shenzhen"),  # a large city, no corpus use needed
    ],
)
def test_mined_foreign_place_after_a_cue(text: str, name: str) -> None:
    assert name in locations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Preston cho biết anh sẽ trở lại vào tuần sau.",  # opens the sentence, no cue: a person
        "Chuyên gia Garland Brown nhận định thị trường còn khó khăn.",  # inside a person's name
    ],
)
def test_mined_foreign_place_without_a_cue_is_not_read(text: str) -> None:
    assert not locations(text)


def test_the_van_of_nha_van_names_no_language() -> None:
    """`văn Việt Nam` would be the language; `Hội Nhà văn Việt Nam` closes the head `Nhà văn` first."""
    doc = segment("Hội Nhà văn Việt Nam họp, bài thi viết bằng tiếng Anh.", words=False)
    assert [p.name for p in find_places(doc)] == ["Việt Nam"]

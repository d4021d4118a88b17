"""The place constructions of issue #13, one written example each (in the shape of real news text):
facilities, districts without their unit word, address chains, streets, places inside longer names,
as-written names, headings in capitals, foreign places."""

from __future__ import annotations

import pytest

from vnreport.extract import run_extractors
from vnreport.report.model import Location
from vnreport.segment.document import segment


def places(text: str) -> dict[str, Location]:
    """Locations as the pipeline reports them (organisation and document names taken out), by canonical name."""
    doc = segment(text, words="dictionary")
    found = run_extractors(doc).locations
    for location in found:
        for mention in location.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
    return {location.canonical or location.name: location for location in found}


# --- existing facilities: a head and its name ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical", "written"),
    [
        ("Du khách đến thăm chùa Một Cột vào sáng sớm.", "chùa Một Cột", "chùa Một Cột"),
        ("Chùa Một Cột đông khách dịp đầu năm.", "chùa Một Cột", "Chùa Một Cột"),
        ("Lễ hội diễn ra tại đền Ngọc Sơn.", "đền Ngọc Sơn", "đền Ngọc Sơn"),
        ("Xe khách xuất phát từ bến xe Mỹ Đình lúc 6 giờ.", "bến xe Mỹ Đình", "bến xe Mỹ Đình"),
        ("Cầu Nhật Tân được chiếu sáng cả đêm.", "cầu Nhật Tân", "Cầu Nhật Tân"),
        ("Ùn tắc kéo dài trên cầu Long Biên.", "cầu Long Biên", "cầu Long Biên"),
        ("Mực nước sông Đuống dâng cao.", "sông Đuống", "sông Đuống"),
        ("Tàu cập cảng Cái Mép chiều qua.", "cảng Cái Mép", "cảng Cái Mép"),
        ("Chuyến bay hạ cánh xuống sân bay Tân Sơn Nhất.", "sân bay Tân Sơn Nhất", "sân bay Tân Sơn Nhất"),
        ("Xe tải đi trên quốc lộ 1A qua Nghệ An.", "quốc lộ 1A", "quốc lộ 1A"),
        ("Sạt lở trên QL6 đoạn qua Hòa Bình.", "quốc lộ 6", "QL6"),
        ("Thi công mở rộng đường 5B đã xong.", "đường 5B", "đường 5B"),
        ("Nhà máy đặt tại Khu công nghiệp Phú Mỹ 1.", "khu công nghiệp Phú Mỹ 1", "Khu công nghiệp Phú Mỹ 1"),
        ("Tiểu thương ở chợ Đồng Xuân lo lắng.", "chợ Đồng Xuân", "chợ Đồng Xuân"),
        ("Du thuyền neo ở vịnh Lan Hạ.", "vịnh Lan Hạ", "vịnh Lan Hạ"),
        ("Cảnh sát phân luồng tại nút giao Mai Dịch.", "nút giao Mai Dịch", "nút giao Mai Dịch"),
        ("Xe chạy trên cao tốc Hà Nội - Hải Phòng.", "cao tốc Hà Nội - Hải Phòng", "cao tốc Hà Nội - Hải Phòng"),
        ("Hội nghị diễn ra tại Hội trường Diên Hồng, Nhà Quốc hội.", "Hội trường Diên Hồng", "Hội trường Diên Hồng"),
        ("Sáng nay, tại Nhà Quốc hội, phiên họp khai mạc.", "Nhà Quốc hội", "Nhà Quốc hội"),
        ("Lễ ở Trung tâm Hội nghị Long Hưng.", "trung tâm hội nghị Long Hưng", "Trung tâm Hội nghị Long Hưng"),
    ],
)
def test_facility_with_its_head(text: str, canonical: str, written: str) -> None:
    found = places(text)
    assert canonical in found, found
    assert found[canonical].level == "facility"
    assert found[canonical].name == written


def test_venue_named_after_a_body_is_a_place_and_the_body_an_organisation() -> None:
    doc = segment("Sáng nay, tại Hội trường Thành ủy Nha Trang, hội nghị khai mạc.", words="dictionary")
    found = run_extractors(doc)
    assert [loc.name for loc in found.locations] == ["Hội trường Thành ủy Nha Trang"]
    assert "Thành ủy Nha Trang" in [o.name for o in found.organizations.organizations]


@pytest.mark.parametrize(
    "text",
    [
        "Gia đình ông yêu cầu Chính phủ giải quyết.",  # `gia đình`, `yêu cầu`, `Chính phủ`: words, not heads
        "Ông Nguyễn Đình Hùng phát biểu.",  # `Đình` in a person's name
        "Kết nối tới điểm cầu Hà Nội.",  # a video conference's end
        "Tổng công ty Sông Đà báo lãi.",  # a company, not the river
    ],
)
def test_not_facilities(text: str) -> None:
    assert not [loc for loc in places(text).values() if loc.level == "facility"]


def test_district_name_that_starts_with_a_head_is_the_district() -> None:
    found = places("Người dân ở Cầu Giấy phản ánh.")
    assert found["Cầu Giấy"].level == "district"


def test_project_not_yet_built_is_no_place() -> None:
    assert places("Dự án Cảng hàng không quốc tế Long Thành được phê duyệt.") == {}


# --- streets ----------------------------------------------------------------------------------------


def test_streets_are_places() -> None:
    found = places("Nhà hàng trên đường Lê Lợi và phố Nguyễn Du bị phạt.")
    assert {"đường Lê Lợi", "phố Nguyễn Du"} <= set(found)


def test_street_named_after_a_province_is_a_street() -> None:
    found = places("Nhà ở số 5 phố Huế.")
    assert list(found) == ["phố Huế"]


def test_street_list_after_a_plural_names_streets_not_provinces() -> None:
    found = places("Các tuyến đường Lê Thị Hồng Gấm, Hoàng Sa, Calmette thuộc Quận 1 sẽ cấm xe.")
    assert {"đường Lê Thị Hồng Gấm", "đường Hoàng Sa", "đường Calmette"} <= set(found)
    assert all(loc.level != "commune" for loc in found.values())
    assert found["đường Hoàng Sa"].name == "Hoàng Sa"


def test_street_with_a_number_is_no_province() -> None:
    found = places("Nhà số 12 đường Hòa Bình 6, phường Minh Khai, Hà Nội.")
    assert "Hòa Bình" not in found
    assert "đường Hòa Bình 6" in found


# --- districts and communes without their unit word --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông A, trú tại Hàng Bông, Hoàn Kiếm, Hà Nội, bị bắt.", "Hoàn Kiếm"),  # an address chain
        ("Người dân ở Đồng Tâm kiến nghị.", "Đồng Tâm"),  # after a preposition of place
        ("Hàng hóa về Gia Lâm, Hà Nội tiêu thụ.", "Gia Lâm"),  # beside a province
        ("Cử tri Trần Văn Bình (Tây Hồ) nêu ý kiến.", "Tây Hồ"),  # a voter's place in parentheses
        ("Các huyện Nhà Bè, Bình Chánh, Hóc Môn chưa đạt chuẩn.", "Hóc Môn"),  # a plural list
    ],
)
def test_old_district_or_commune_names_in_a_places_context(text: str, name: str) -> None:
    written = {loc.name for loc in places(text).values()}
    assert name in written


def test_old_district_name_without_context_is_left_alone() -> None:
    assert "Hoàn Kiếm" not in {loc.name for loc in places("Hoàn Kiếm là tên một vị vua.").values()}


def test_districts_with_their_provinces_in_parentheses() -> None:
    found = places("Các huyện A Lưới (Thừa Thiên Huế), Buôn Đôn (Đắk Lắk) được hỗ trợ.")
    assert found["huyện Buôn Đôn"].province == "Đắk Lắk"
    assert found["huyện A Lưới"].province == "Huế"
    assert found["Đắk Lắk"].level == "province"


# --- address chains: the province comes from the chain ------------------------------------------------


def test_address_chain_is_resolved_inside_out() -> None:
    found = places("Ông A trú tại thị trấn Phú Thứ, huyện Kinh Môn, tỉnh Hải Dương.")
    assert {found[name].province for name in ("thị trấn Phú Thứ", "huyện Kinh Môn", "Hải Dương")} == {"Hải Phòng"}


def test_address_chain_sets_a_facilitys_province() -> None:
    found = places("Ông sống ở đường Trần Duy Hưng, quận Cầu Giấy, Hà Nội.")
    assert found["đường Trần Duy Hưng"].province == "Hà Nội"


# --- places inside longer names are not the text's own places -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Phóng viên Đài Tiếng nói Việt Nam đưa tin.",  # a country inside an organisation's name
        "UBND tỉnh Nghệ An vừa có văn bản.",  # a province inside an organisation's name
        "Tỉnh ủy Quảng Ninh chỉ đạo.",
        "Tổng thống Pháp Emmanuel Macron phát biểu.",  # inside a title
        "Nhà lãnh đạo Triều Tiên Kim Jong-un thị sát nhà máy.",  # a descriptive office before its holder
        "Lãnh đạo Zimbabwe Robert Mugabe từng tặng quà.",
        "Nhà lãnh đạo tối cao Iran Ali Khamenei phát biểu.",  # a longer office of officials_country_heads.txt
        "Đại sứ Hàn Quốc tại Việt Nam dự lễ.",
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam.",  # inside a document's name
        "Theo tờ The New York Times, ông đã từ chức.",  # inside a newspaper's name
        "Ông Lưu Bình Nhưỡng phát biểu.",  # inside a person's name
    ],
)
def test_place_only_inside_a_longer_name_is_not_a_location(text: str) -> None:
    assert places(text) == {}


def test_a_country_after_leader_words_without_a_holder_is_a_place() -> None:
    assert set(places("Các nhà lãnh đạo Việt Nam và Lào đã gặp nhau.")) == {"Việt Nam", "Lào"}


def test_place_also_named_on_its_own_is_a_location() -> None:
    found = places("UBND tỉnh Nghệ An họp. Mưa lớn ở Nghệ An.")
    assert [m.text for m in found["Nghệ An"].mentions] == ["Nghệ An"]


# --- names as written, the canonical name apart ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        ("Đoàn công tác đến TPHCM hôm qua.", "TPHCM", "TP Hồ Chí Minh"),
        ("Đoàn công tác đến TP Vinh hôm qua.", "TP Vinh", "thành phố Vinh"),
        ("Mưa lớn ở Thủ đô Hà Nội.", "Thủ đô Hà Nội", "Hà Nội"),
    ],
)
def test_name_as_written_and_canonical_apart(text: str, written: str, canonical: str) -> None:
    found = places(text)
    assert found[canonical].name == written


def test_heading_in_capitals() -> None:
    found = places("TỈNH NGHỆ AN\nNgày 5/9, mưa lớn gây ngập.")
    assert found["Nghệ An"].level == "province"


# --- foreign places -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cuộc họp diễn ra ở Caracas hôm thứ Ba.", "Caracas"),
        ("Chủ tịch Thượng viện Haiti thăm Việt Nam.", "Việt Nam"),
        ("Hỗ trợ tỉnh Savannakhet và Salavan (Lào) đầu tư.", "Salavan"),
    ],
)
def test_foreign_places(text: str, name: str) -> None:
    assert name in places(text)


def test_district_the_tables_miss_takes_its_provinces_from_smaller_units() -> None:
    found = places("Nhà máy ở xã Tóc Tiên, huyện Tân Thành mở rộng.")  # Tân Thành merged before the tables
    assert found["huyện Tân Thành"].province == found["xã Tóc Tiên"].province == "TP Hồ Chí Minh"


def test_venue_lies_where_its_address_or_its_name_says() -> None:
    found = places("Sáng nay, tại Hội trường Thành ủy Nha Trang, tỉnh Khánh Hòa, hội nghị khai mạc.")
    assert found["hội trường Thành ủy Nha Trang"].province == "Khánh Hòa"
    assert (
        places("Hội nghị diễn ra tại Hội trường Thành ủy Đà Nẵng.")["hội trường Thành ủy Đà Nẵng"].province == "Đà Nẵng"
    )


def test_a_countrys_ports_are_no_facility() -> None:
    assert not [loc for loc in places("Hàng hóa nhập qua cửa khẩu Việt Nam.").values() if loc.level == "facility"]


def test_foreign_province_keeps_its_unit_word() -> None:
    found = places("Hỗ trợ tỉnh Savannakhet của Lào.")
    assert found["Savannakhet"].name == "tỉnh Savannakhet"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Hành khách chờ ở bến xe Miền Đông.", "bến xe Miền Đông"),  # a region's name as the station's
        ("Người dân giữ họ tại nhà văn hóa thôn Hoành.", "nhà văn hóa thôn Hoành"),  # `tại nhà` is no obstacle
    ],
)
def test_facility_names_that_are_other_names(text: str, canonical: str) -> None:
    assert canonical in places(text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Ông phát biểu tại căn cứ không quân, bang Oregon, hôm thứ Hai.", "bang Oregon"),
        ("Cử tri ở bang Ohio đi bỏ phiếu sớm.", "bang Ohio"),
        ("Trận bão đổ bộ vào tiểu bang Louisiana.", "tiểu bang Louisiana"),
    ],
)
def test_a_foreign_state_keeps_its_unit_word(text: str, written: str) -> None:
    assert written in [location.name for location in places(text).values()]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ có văn bản gửi Chủ tịch UBND tỉnh Quảng Trị và Quảng Bình đề nghị kiểm tra.",
        "Giám đốc Sở Y tế các tỉnh Lạng Sơn, Cao Bằng chỉ đạo các bệnh viện.",
    ],
)
def test_the_second_body_of_an_elided_pair_is_no_place(text: str) -> None:
    assert places(text) == {}


def test_a_body_in_parentheses_keeps_its_place() -> None:
    assert "TP Hồ Chí Minh" in places("Đại diện Công ty Cổ phần Vận tải Sao Biển (TPHCM) đã có mặt.")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Khu nhà được xây tại tỉnh Phú Khánh năm 1980.", "tỉnh Phú Khánh"),
        ("Biên giới mở giữa Bắc Ireland và Cộng hòa Ireland.", "Bắc Ireland"),
        ("Biên giới mở giữa Bắc Ireland và Cộng hòa Ireland.", "Cộng hòa Ireland"),
    ],
)
def test_old_provinces_and_parts_of_a_country(text: str, written: str) -> None:
    assert written in [location.name for location in places(text).values()]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Con đường nối thôn Phú Hòa 2 và thôn Kim Long.", "thôn Phú Hòa 2"),
        ("Người dân các thôn Kim Long và Phú Hòa 2 đến dự.", "thôn Phú Hòa 2"),
        ("Ông công tác ở miền Tây Nam Bộ nhiều năm.", "miền Tây Nam Bộ"),
        ("Lễ đón chính thức diễn ra tại Phủ Chủ tịch.", "Phủ Chủ tịch"),
    ],
)
def test_numbered_villages_regions_and_venues(text: str, written: str) -> None:
    found = places(text)
    assert written in found or written in [location.name for location in found.values()], found


def test_a_count_after_a_village_is_not_its_name() -> None:
    assert "thôn Kim Long" in [location.name for location in places("Diện tích thôn Kim Long 2,5 ha.").values()]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Phiên họp diễn ra tại Trụ sở Chính phủ chiều nay.", "Trụ sở Chính phủ"),
        ("Buổi lễ được tổ chức tại Trung tâm Hội nghị tỉnh.", "Trung tâm Hội nghị tỉnh"),
        ("Hội nghị diễn ra tại Hội trường Tỉnh ủy, có 300 đại biểu dự.", "Hội trường Tỉnh ủy"),
        ("Cử tri tập trung tại Hội trường UBND huyện Đông Anh.", "Hội trường UBND huyện Đông Anh"),
        ("Đoàn thăm Trung tâm Hành chính tỉnh và nhà máy nước.", "Trung tâm Hành chính tỉnh"),
        ("Các em biểu diễn tại Cung Văn hóa thiếu nhi tỉnh.", "Cung Văn hóa thiếu nhi tỉnh"),
        ("Đoàn đại biểu dâng hương tại Khu chứng tích Sơn Mỹ.", "Khu chứng tích Sơn Mỹ"),
    ],
)
def test_a_venue_named_after_its_body_or_a_bare_unit_word(text: str, written: str) -> None:
    assert written in [location.name for location in places(text).values()]


@pytest.mark.parametrize(
    "text",
    [
        "Công an đã khám xét trụ sở làm việc của công ty.",
        "Công ty có trụ sở tại tỉnh, chi nhánh ở các huyện.",
        "Đại biểu của tỉnh này và tỉnh bạn đến dự.",
    ],
)
def test_a_generic_seat_is_no_venue(text: str) -> None:
    assert not [name for name in places(text) if "trụ sở" in name.lower() or name.startswith("tỉnh")]


def test_a_council_seat_without_its_place_is_no_venue() -> None:
    assert places("Cán bộ tập trung tại trụ sở UBND để nhận chỉ đạo.") == {}


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Gia đình ông ở phường Đức Thắng, TP Phan Thiết.", "phường Đức Thắng"),  # `Đức` alone is Germany
        ("Bà con xóm Đồng 3, xã Kim Liên đã đến dự.", "xóm Đồng 3"),
        ("Đoàn viếng Nhà tưởng niệm Chủ tịch Hồ Chí Minh sáng nay.", "Nhà tưởng niệm Chủ tịch Hồ Chí Minh"),
        ("Mưa lớn kéo dài ở các tỉnh vùng Bắc Trung bộ.", "vùng Bắc Trung bộ"),
        ("Nông sản của tỉnh Đác Nông được giá.", "tỉnh Đác Nông"),
        ("Du khách đổ về Cát Bà dịp lễ.", "Cát Bà"),
    ],
)
def test_longer_commune_names_numbered_hamlets_memorials_and_regions(text: str, written: str) -> None:
    assert written in [location.name for location in places(text).values()]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Hội thảo diễn ra tại Trung tâm Hội nghị 25 Lý Thường Kiệt.", "Trung tâm Hội nghị 25 Lý Thường Kiệt"),
        ("Đoàn dâng hương tại Đền thờ Chủ tịch Hồ Chí Minh ở xã Sơn Tây.", "Đền thờ Chủ tịch Hồ Chí Minh"),
        ("Lãnh đạo tỉnh thăm Khu di tích quốc gia đặc biệt Pác Bó.", "Khu di tích quốc gia đặc biệt Pác Bó"),
        ("Đoàn viếng Nghĩa trang liệt sĩ quốc gia Đường 9 sáng nay.", "Nghĩa trang liệt sĩ quốc gia Đường 9"),
    ],
)
def test_memorials_with_a_qualifier_and_venues_named_by_their_address(text: str, written: str) -> None:
    assert written in [location.name for location in places(text).values()]


def test_a_facility_named_after_a_body_keeps_the_country_of_its_name() -> None:
    # `Việt Nam` ends the body's name here, it is not named on its own as a place
    found = places("Người dân khu dân cư Đài Truyền hình Việt Nam dự lễ.")
    assert set(found) == {"khu dân cư Đài Truyền hình Việt Nam"}


def test_a_heading_in_capitals_reads_no_unknown_name_after_a_unit_word() -> None:
    found = places("TỈNH ỦY RÀ SOÁT CÔNG TÁC NHÂN SỰ\n\nChiều 9/4, đoàn làm việc tại xã Phú Điền.")
    assert "xã Phú Điền" in found
    assert not [name for name in found if name.lower().startswith("tỉnh")]


def test_a_list_of_other_articles_after_the_article_names_no_place() -> None:
    text = (
        "Sáng 4/5, đoàn làm việc tại xã Hòa Bình.\n\nÔng Lý Văn Sơn phát biểu.\n\nPhương Nam\n\n"
        "Tin liên quan\n\nNgười dân tỉnh Quảng Nam đón Tết"
    )
    assert list(places(text)) == ["xã Hòa Bình"]

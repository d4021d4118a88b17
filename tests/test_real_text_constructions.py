"""Organisations and places on real text (issue #13, second pass): the constructions found by reading a
fresh sample of corpus articles, one written example each (never corpus text)."""

from __future__ import annotations

import pytest

from vnreport.extract import run_extractors
from vnreport.report.model import Location, Organization
from vnreport.segment.document import segment


def _run(text: str) -> tuple[dict[str, Organization], dict[str, Location]]:
    doc = segment(text, words="dictionary")
    found = run_extractors(doc)
    entities: list[Organization | Location] = [*found.organizations.organizations, *found.locations]
    for entity in entities:
        for mention in entity.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
    orgs = {o.name: o for o in found.organizations.organizations}
    return orgs, {p.name: p for p in found.locations}


def orgs(text: str) -> list[str]:
    return list(_run(text)[0])


def places(text: str) -> list[str]:
    return list(_run(text)[1])


# --- a body's name in lower case after its head -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Hải, Cục trưởng Cục phòng chống tham nhũng, cho biết.", "Cục phòng chống tham nhũng"),
        ("Lãnh đạo Ủy ban chứng khoán Nhà nước khẳng định thị trường ổn định.", "Ủy ban chứng khoán Nhà nước"),
        ("Ông Tâm, Vụ trưởng Vụ báo chí, phát biểu.", "Vụ báo chí"),
        ("Bộ giao Vụ Kết cấu hạ tầng giao thông rà soát.", "Vụ Kết cấu hạ tầng giao thông"),
        ("Cục trưởng Cục quản lý Khám, chữa bệnh Trần Văn Hòa yêu cầu.", "Cục quản lý Khám, chữa bệnh"),
        (
            "Hồ sơ gửi Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ để thẩm duyệt.",
            "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        ),
    ],
)
def test_name_in_lower_case_after_its_head(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vụ cán bộ đánh nhau sau bữa tiệc đã được xử lý.",  # `Vụ` = the case, opening a sentence
        "CHƯƠNG II. QUYỀN, NGHĨA VỤ CỦA NGƯỜI THAM GIA",  # `NGHĨA VỤ` in a heading's capitals
    ],
)
def test_common_phrases_are_no_bodies(text: str) -> None:
    assert orgs(text) == []


def test_venue_named_with_lower_case_words_and_its_city_is_a_place() -> None:
    found_orgs, found_places = _run("Sáng nay, tại Trung tâm hội nghị biểu diễn TP.Hải Phòng, đại hội khai mạc.")
    assert "Trung tâm hội nghị biểu diễn TP.Hải Phòng" in found_places
    assert not any(name.startswith("Trung tâm") for name in found_orgs)


# --- lower-case heads, parties, committees named after their district ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Tám, Phó Giám đốc sở Giao thông vận tải, cho biết.", "sở Giao thông vận tải"),
        ("Ông Quyền, Bí thư huyện ủy Quốc Oai, phát biểu.", "huyện ủy Quốc Oai"),
        ("Ông Quyền, Bí thư Huyện ủy Quốc Oai, phát biểu.", "Huyện ủy Quốc Oai"),
        ("Các nghị sĩ đảng Dân chủ Tự do và Công đảng phản đối.", "đảng Dân chủ Tự do"),
        ("Các nghị sĩ đảng Dân chủ Tự do và Công đảng phản đối.", "Công đảng"),
        ("Ứng viên của Đảng Cộng hòa thắng cử.", "Đảng Cộng hòa"),
        ("Hộ dân thuộc Xí nghiệp vôi đá Đồng Tâm xây nhà.", "Xí nghiệp vôi đá Đồng Tâm"),
    ],
)
def test_heads_in_lower_case_and_parties(text: str, name: str) -> None:
    assert name in orgs(text)


# --- foreign bodies, agencies, companies and the press ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theo tờ Hurriyet, 88 binh sĩ đã có mặt.", "Hurriyet"),
        ("Binh sĩ đến nơi đóng quân. Ảnh minh họa: Gulf Times.", "Gulf Times"),
        ("Đoàn xe rời thủ đô. (Ảnh: Getty)", "Getty"),
        ("Chiếc xe tải của hãng Renault bị thu giữ.", "Renault"),
        ("Theo công ty tình báo địa chính trị Stratfor, không quân sẽ tham chiến.", "Stratfor"),
        ("Ông là Chủ tịch quỹ đầu tư KKR Global.", "KKR Global"),
        ("Giám đốc FBI bị sa thải.", "FBI"),
        ("Nhà Trắng cho biết sẽ phản hồi.", "Nhà Trắng"),
        ("Hội nghị thượng đỉnh G20 diễn ra tại Đức.", "G20"),
        ("Tổ chức Nhà nước Hồi giáo (IS) tự xưng nhận trách nhiệm.", "Nhà nước Hồi giáo"),
        ("Ảnh: TTXVN/Tin Tức", "Tin Tức"),
    ],
)
def test_foreign_bodies_agencies_and_companies(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Toàn cảnh buổi lễ. Ảnh: Thanh Tuấn",  # a photographer
        "Lễ ký kết. Ảnh: HC",  # initials
        "Ảnh: Internet",
        "Chủ tịch Thượng viện Youri Latortue đã đặt vòng hoa.",  # a person after a body's head
        "Phát biểu tại họp báo Tokyo, ông Mattis nói.",  # `họp báo` is a word, Tokyo a place
        "Các lực lượng vũ trang Syria tiến công.",
        "Nhóm của ông Trump chỉ trích đối thủ.",  # a function word between the noun and the name
    ],
)
def test_no_foreign_body(text: str) -> None:
    starts = ("Thanh", "HC", "Internet", "Youri", "Tokyo", "Syria", "Trump")
    assert not any(name.startswith(starts) for name in orgs(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ra mắt viện nghiên cứu mang tên Phan Châu Trinh.",  # a Vietnamese name in Latin letters at first
        "Yêu cầu các học viện, nhà trường, Viện nghiên cứu của Quân đội triển khai.",  # a common noun phrase
        "Ban tổ chức SEA Games nhận công văn.",  # `tổ chức` the verb, an event
    ],
)
def test_no_body_named(text: str) -> None:
    assert orgs(text) == []


def test_acronym_after_a_fixed_name_is_another_body() -> None:
    found = orgs("Tổ chức Giáo dục, Khoa học và Văn hóa của Liên Hợp Quốc (UNESCO) vinh danh di sản.")
    assert "UNESCO" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chủ tịch Thượng viện CH Haiti kết thúc chuyến thăm.", "Thượng viện CH Haiti"),
        ("Chủ tịch Hạ viện Anh John Bercow phản đối.", "Hạ viện Anh"),
    ],
)
def test_national_body_takes_its_country(text: str, name: str) -> None:
    assert name in orgs(text)


def test_national_body_takes_no_city() -> None:
    found_orgs, found_places = _run("Đại biểu Quốc hội thành phố Đà Nẵng Nguyễn Văn An phát biểu.")
    assert list(found_orgs) == ["Quốc hội"]
    assert found_places == {}  # the deputy's constituency, inside the title


# --- variants of one body ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ủy ban ATGT Quốc gia đề xuất. Lãnh đạo Ủy ban ATGT đồng tình.", "Ủy ban ATGT Quốc gia"),
        ("Chủ đầu tư Tổng công ty điện lực Việt Nam (EVN) mời thầu. EVN cho biết.", "Tổng công ty điện lực Việt Nam"),
        (
            "Ông Quang, Chủ tịch CTCP Thủy sản Minh Phú, nói. Công ty cổ phần Thủy sản Minh Phú xuất khẩu.",
            "Công ty cổ phần Thủy sản Minh Phú",
        ),
    ],
)
def test_variants_merge(text: str, name: str) -> None:
    assert orgs(text) == [name]


def test_bare_parliament_is_the_countrys_own_not_the_guests() -> None:
    found = orgs("Chủ tịch Quốc hội mời. Quan hệ giữa Quốc hội Việt Nam và Quốc hội Hà Lan phát triển.")
    assert found == ["Quốc hội Việt Nam", "Quốc hội Hà Lan"]


# --- where a name ends -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quyết định xử phạt Công ty cổ phần TDS 40 triệu đồng.", "Công ty cổ phần TDS"),
        ("Buộc Công ty cổ phần TDS tự phá dỡ phần công trình sai Giấy phép.", "Công ty cổ phần TDS"),
        ("Phó Tổng cục trưởng Tổng cục Du lịch Hà Văn Siêu dẫn đầu đoàn.", "Tổng cục Du lịch"),
        ("Hoạt động của Công đoàn TP Ảnh: Hồng Đào", "Công đoàn TP"),
        ("Thăm nhà máy của Công ty Thủy sản Minh Phú Để con tôm có thương hiệu", "Công ty Thủy sản Minh Phú"),
        # a pair counted as opening sentences (sentence_openers.txt), capitalised, its second word in lower case
        ("Ảnh: Công ty Cấp nước Hòa Bình Thời điểm đó nhiều hộ thiếu nước.", "Công ty Cấp nước Hòa Bình"),
        ("Ảnh: Báo Quảng Trị Đối với ngư dân, mùa này biển động.", "Báo Quảng Trị"),
        # a newspaper's report: `thông tin` in lower case after its name is the verb (orgs_media_tail_verbs.txt)
        ("Báo Nông thôn Ngày nay thông tin thêm, giá lúa đã tăng.", "Báo Nông thôn Ngày nay"),
        ("Theo báo Đời sống thông tin, cơ sở này đã đóng cửa.", "báo Đời sống"),
    ],
)
def test_name_ends_before_amount_verb_person_caption_or_next_sentence(text: str, name: str) -> None:
    assert name in orgs(text)


def test_lower_case_name_that_goes_on_is_not_cut() -> None:
    assert orgs("Xe được kiểm định tại Trung tâm đăng kiểm tàu thủy Bắc Ninh.") == []


def test_no_company_without_a_proper_name() -> None:
    assert orgs("Trong bối cảnh đó, Cty mạnh dạn nhận công việc khai thác mỏ than Na Dương.") == []


# --- places: facilities, prepositions before a street, places abroad --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ba người bị sét đánh ở nghĩa địa Cồn Quành, xã Hưng Trạch.", "nghĩa địa Cồn Quành"),
        ("Nhánh cầu đi từ đường Nguyễn Kiệm về quận Phú Nhuận.", "đường Nguyễn Kiệm"),
        ("Xe đi qua đường Hồng Hà để ra sân bay.", "đường Hồng Hà"),
        ("Cầu vượt tại vòng xoay Nguyễn Kiệm - Nguyễn Thái Sơn khởi công.", "vòng xoay Nguyễn Kiệm - Nguyễn Thái Sơn"),
        ("Cầu vượt tại giao lộ Trường Sơn khởi công.", "giao lộ Trường Sơn"),
        ("Mở rộng quốc lộ đoạn ngã tư An Sương.", "ngã tư An Sương"),
        ("Ông bị đưa ra nhà tù Côn Đảo.", "nhà tù Côn Đảo"),
        ("Hàng hóa đi qua phà Bình Khánh.", "phà Bình Khánh"),
        ("Vụ đánh bom ở Manchester làm 22 người chết.", "Manchester"),
        ("Nga sáp nhập Crimea năm 2014.", "Crimea"),
        ("Tranh chấp ở biển Đông còn phức tạp.", "biển Đông"),
        ("Các nước Mỹ La tinh tăng trưởng.", "Mỹ La tinh"),
    ],
)
def test_places_on_real_text(text: str, name: str) -> None:
    assert name in places(text)


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("Mỹ rút khỏi Thỏa thuận Paris về biến đổi khí hậu.", "Paris"),  # a document's name
        ("Bản tuyên bố Cairo năm 1943 nhấn mạnh điều đó.", "Cairo"),
        ("Hiệp định Đối tác xuyên Thái Bình Dương không có Mỹ.", "Thái Bình Dương"),
        ("Loài voọc được đưa vào Sách Đỏ Việt Nam.", "Việt Nam"),
        ("Bộ trưởng Thương mại New Zealand Todd McClay cho biết.", "New Zealand"),  # a title and its domain
        ("Chủ tịch thành phố về Mỹ Đức dự buổi đối thoại.", "Mỹ"),  # the district Mỹ Đức, not the country
        ("Rừng che chắn gió Lào thổi vào thành phố.", "Lào"),  # a wind
    ],
)
def test_not_a_place_on_its_own(text: str, not_place: str) -> None:
    assert not_place not in places(text)


def test_place_after_a_verb_that_opens_a_sentence_is_one() -> None:
    assert "Hà Nội" in places("Tuyên bố tại Hà Nội, ông An nói rõ lập trường.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gia đình về thôn Đa Phúc, xã Sài Sơn. Chi bộ ở Đa Phúc, Sài Sơn ra đời.", "thôn Đa Phúc"),
        ("Mở rộng đường Hoàng Hoa Thám. Tạo lối ra đường Cộng Hòa, Hoàng Hoa Thám.", "đường Hoàng Hoa Thám"),
    ],
)
def test_name_without_its_unit_word_is_the_place_written_with_one(text: str, name: str) -> None:
    found = _run(text)[1]
    assert name in found
    assert len(found[name].mentions) == 2
    assert not any(other != name and other.endswith(name.split(" ", 1)[1]) for other in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông trả lời Zing.vn nhiều câu hỏi.", "Zing.vn"),  # the site, not the brand cut at its dot
        ("Trao đổi với Pháp Luật TP.HCM, Thứ trưởng cho biết.", "Pháp Luật TP.HCM"),  # a paper named after places
        ("Ông Tuấn, Phó Tổng Giám đốc Tập đoàn Việt - Úc, đề xuất.", "Tập đoàn Việt - Úc"),
    ],
)
def test_names_that_hold_a_place_or_a_site(text: str, name: str) -> None:
    found_orgs, found_places = _run(text)
    assert name in found_orgs
    assert not {"Pháp", "Úc", "TP.HCM"} & set(found_places)


def test_districts_merged_before_2025_keep_their_city() -> None:
    found = _run("Dự án ở phường Thảo Điền, Q.2, TPHCM. Tại quận 2, giá đất tăng.")[1]
    assert found["quận 2"].province == "TP Hồ Chí Minh"
    assert len(found["quận 2"].mentions) == 2


# --- short forms and aliases of one body ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ông An, Chủ tịch Công ty cổ phần Thực phẩm dinh dưỡng NutiFood, cho biết. Do đó, công ty NutiFood đầu tư.",
            "Công ty cổ phần Thực phẩm dinh dưỡng NutiFood",
        ),
        ("Cùng ngày, tổ chức Nhà nước Hồi giáo (IS) tự xưng đã nhận trách nhiệm.", "Nhà nước Hồi giáo"),
        ("Chủ tịch Hạ viện Hà Lan Khadija Arib chào mừng. Chủ tịch Hạ viện phát biểu.", "Hạ viện Hà Lan"),
    ],
)
def test_short_forms_and_aliases_are_one_body(text: str, name: str) -> None:
    assert orgs(text) == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Microsoft và Amazon.com cạnh tranh.", ["Microsoft", "Amazon.com"]),  # a site, not the brand cut
        ("Vụ Phạm Công Danh đã đưa ra xét xử.", []),  # the case of a person, no department
        ("Sinh viên khoa Y Trường ĐH Tân Tạo tuyển sinh.", ["khoa Y", "Trường ĐH Tân Tạo"]),
    ],
)
def test_where_a_body_starts(text: str, expected: list[str]) -> None:
    assert orgs(text) == expected


def test_hall_in_a_city_is_no_venue_name() -> None:
    assert places("Tham dự có 500 đại biểu ở Hội trường tại Hà Nội.") == ["Hà Nội"]

"""Place constructions of 2023–2025 news (written examples, one per construction): regions written
several ways, wharves, service zones and named areas, headquarters named after their body, streets after
a word of their side, places inside a name with its acronym or a day's name, headings that lost their
full stop."""

from __future__ import annotations

import pytest

from vnreport.extract import run_extractors
from vnreport.report.model import Location
from vnreport.segment.document import segment


def places(text: str) -> dict[str, Location]:
    """Locations as the pipeline reports them, by the name as written."""
    doc = segment(text, words="dictionary")
    return {location.name: location for location in run_extractors(doc).locations}


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Hợp tác xã ở vùng trung du miền núi phía Bắc phát triển.", "vùng trung du miền núi phía Bắc"),
        ("Tỉnh thuộc vùng Trung du và miền núi Bắc Bộ có nhiều tiềm năng.", "vùng Trung du và miền núi Bắc Bộ"),
        ("Các tỉnh vùng trung du, miền núi phía Bắc họp bàn.", "vùng trung du, miền núi phía Bắc"),
        ("Ba tỉnh miền núi phía Bắc ký kết hợp tác.", "miền núi phía Bắc"),
        ("Du lịch vùng Bắc Trung Bộ và duyên hải miền Trung khởi sắc.", "vùng Bắc Trung Bộ và duyên hải miền Trung"),
    ],
)
def test_region_written_in_full(text: str, written: str) -> None:
    found = places(text)
    assert written in found, found
    assert found[written].level == "region"


def test_uplands_of_a_region_are_no_mountain() -> None:
    found = places("Đời sống đồng bào các tỉnh miền núi Tây Bắc được cải thiện.")
    assert not [name for name in found if name.startswith("núi")], found
    assert "Tây Bắc" in found


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Tàu du lịch cập cầu cảng Tiên Sa sáng nay.", "cầu cảng Tiên Sa"),
        ("Khách nghỉ chân ở Khu dịch vụ Trùng Dương.", "Khu dịch vụ Trùng Dương"),
        ("Doanh nghiệp đầu tư vào Khu CNC Hòa Lạc.", "Khu CNC Hòa Lạc"),
        ("Người dân khu Trung Sơn phản ánh về ngập úng.", "khu Trung Sơn"),
        ("Cửa hàng ở mặt đường Lê Duẩn đều đóng cửa.", "đường Lê Duẩn"),
        ("Cây xanh được trồng dọc đường Trường Chinh.", "đường Trường Chinh"),
        ("Đoàn kiểm tra an toàn thực phẩm tại chợ TP Hà Tĩnh.", "chợ TP Hà Tĩnh"),
    ],
)
def test_facility_with_its_head(text: str, written: str) -> None:
    found = places(text)
    assert written in found, found
    assert found[written].level == "facility"


@pytest.mark.parametrize(
    "text",
    [
        "Công nhân khu A đã nghỉ việc.",  # a block's letter
        "Dự án mở rộng khu Đông đang chậm.",  # a side
        "Khách đến khu Sài Gòn ngày càng đông.",  # the city's area: the city is the place
        "Cần trang bị máy móc cho khu Depot trước tháng 3.",  # a common word
        "Họ tuyên bố lập một tỉnh Hồi giáo ở miền nam.",  # a common word after the unit
        "Các thành phố ASEAN cần kết nối với nhau.",  # a body's acronym after the unit
    ],
)
def test_no_named_place_after_the_head(text: str) -> None:
    found = places(text)
    assert not [name for name in found if name.split()[0].lower() in {"khu", "tỉnh", "thành"}], found


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Tiểu thương tập trung tại chợ Hòa Bình Theo đó, ban quản lý chợ họp.", "chợ Hòa Bình"),
        ("Quân đội tiến vào tỉnh Deir Ezzor Quân đội chính phủ kiểm soát.", "tỉnh Deir Ezzor"),
        ("Vụ việc ở chợ Phú Lâm UBND quận đã báo cáo.", "chợ Phú Lâm"),
        # a pair counted over the corpus as a sentence's opening (sentence_openers.txt), its second word lower case
        ("Tàu cá neo đậu tại vịnh Vân Phong Thời điểm này, sóng lớn.", "vịnh Vân Phong"),
        ("Người dân đi bộ quanh hồ Tây Sơn Đối với các hộ ven hồ, phường đã họp.", "hồ Tây Sơn"),
        # a day or a time of day and its date (places_dated_openers.txt)
        ("Ùn tắc kéo dài trên cao tốc Pháp Vân - Cầu Giẽ Ngày 3-8, xe vẫn đông.", "cao tốc Pháp Vân - Cầu Giẽ"),
        ("Lễ tưởng niệm ở cầu Hàm Rồng Sáng 14/9, người dân đã đến viếng.", "cầu Hàm Rồng"),
        # the parts of a day of dates_parts_of_day.tsv, and a time after the word
        ("Xe cứu hộ đã đến cầu Tân Lạc Khuya 5/6, mưa vẫn lớn.", "cầu Tân Lạc"),
        ("Người dân tập trung ở cầu Tân Lạc Đầu giờ chiều 5/6, đoàn kiểm tra đến.", "cầu Tân Lạc"),
        ("Nước dâng cao quanh cầu Tân Lạc Tối 20h30, đội cứu hộ có mặt.", "cầu Tân Lạc"),
    ],
)
def test_a_name_ends_where_the_next_sentence_of_a_heading_starts(text: str, written: str) -> None:
    assert written in places(text)


def test_a_month_and_its_number_stay_in_a_street_name() -> None:
    assert "đường Cách mạng Tháng 8" in places("Xe buýt chạy trên đường Cách mạng Tháng 8 mỗi ngày.")


def test_a_heading_opener_names_no_wharf() -> None:
    found = places("Tàu lớn chưa vào được cầu cảng Mặc dù đã nạo vét.")
    assert not [name for name in found if name.startswith("cầu")], found


def test_transliterated_name_with_hyphens_is_whole() -> None:
    assert "tỉnh Gang-uôn" in places("Vụ phóng diễn ra tại tỉnh Gang-uôn, miền đông nước này.")


@pytest.mark.parametrize(
    "text",
    [
        "Ông dự hội nghị của Tổ chức Hợp tác Thượng Hải (SCO) năm nay.",
        "Vận động viên đoàn Thể thao Việt Nam (TTVN) lên đường.",
        "Chương trình của Cơ quan hợp tác quốc tế Nhật Bản (JICA) mở rộng.",
    ],
)
def test_a_place_inside_a_name_with_its_acronym_is_not_named(text: str) -> None:
    assert not places(text)


def test_a_places_own_acronym_keeps_it() -> None:
    found = places("Hội nghị xúc tiến đầu tư vùng Đồng bằng sông Cửu Long (ĐBSCL) khai mạc.")
    assert "vùng Đồng bằng sông Cửu Long" in found


def test_a_place_inside_a_days_name_is_not_named() -> None:
    assert not places("Nhân kỷ niệm Ngày Doanh nhân Việt Nam, hội tổ chức gặp mặt.")
    assert "Việt Nam" in places("Ngày Việt Nam gia nhập tổ chức, ông có mặt.")


@pytest.mark.parametrize(
    ("text", "written", "province"),
    [
        ("Cuộc họp diễn ra tại trụ sở Bộ Công an.", "trụ sở Bộ Công an", None),
        ("Hội nghị tổ chức tại trụ sở Văn phòng Trung ương Đảng.", "trụ sở Văn phòng Trung ương Đảng", None),
        ("Buổi tiếp diễn ra ở trụ sở Ủy ban nhân dân tỉnh Nghệ An.", "trụ sở Ủy ban nhân dân tỉnh Nghệ An", "Nghệ An"),
    ],
)
def test_headquarters_named_after_its_body(text: str, written: str, province: str | None) -> None:
    found = places(text)
    assert written in found, found
    assert found[written].level == "facility"
    assert found[written].province == province


def test_headquarters_of_a_body_without_its_place_is_no_place() -> None:
    assert not [name for name in places("Người dân kéo đến trụ sở UBND xã để hỏi.") if name.startswith("trụ sở")]


def test_summit_city_abroad() -> None:
    assert places("Hội nghị cấp cao diễn ra tại Lima.")["Lima"].level == "other"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Thi công nhánh cầu nối đường Trần Hưng Đạo - Ảnh: Minh Anh Sáng nay trời mưa.", "đường Trần Hưng Đạo"),
        ("Hàng cây xanh hai bên đường Lê Văn Lương từ ngã tư đến cầu sẽ được di dời.", "đường Lê Văn Lương"),
        ("Du khách viếng Khu di tích Phủ Chủ tịch vào buổi sáng.", "Khu di tích Phủ Chủ tịch"),
        ("Phiên họp diễn ra tại hội trường Quốc hội.", "hội trường Quốc hội"),
        ("Xe buýt chạy trên đường CT2 mỗi ngày.", "đường CT2"),
    ],
)
def test_name_of_a_facility_ends_where_its_sentence_goes_on(text: str, written: str) -> None:
    assert written in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cả nước đi lên con đường XHCN với niềm tin.",  # an abbreviated word, no street
        "Nhiều tuyến đường TP bị ngập sau mưa.",  # the city's roads
        "Họ ghé thăm con đường Nghệ thuật ven biển.",  # a common word with a capital
        "Tuyến đường sắt có khổ đường 1.435 mm.",  # a gauge, no road number
        "Mặt cắt đường 12,5 m được thiết kế lại.",  # a width
    ],
)
def test_no_street(text: str) -> None:
    assert not [name for name in places(text) if name.lower().startswith("đường")]


def test_the_place_a_diplomatic_mission_is_in_is_named() -> None:
    found = places("Hai bên bàn việc thuê đất cho trụ sở mới của Đại sứ quán Nhật Bản tại Đà Nẵng.")
    assert "Đà Nẵng" in found
    assert "Nhật Bản" not in found  # the mission's country is a word of its name


@pytest.mark.parametrize(
    "text",
    [
        "Hà Nội tham gia chương trình các Thành phố Thế giới của tổ chức này.",
        "Mục tiêu là đưa khu này trở thành Thành phố Khoa học và Công nghệ.",
    ],
)
def test_a_kind_of_city_is_neither_a_city_nor_the_home_city(text: str) -> None:
    found = places(text)
    assert all(m.text != "Thành phố" for loc in found.values() for m in loc.mentions), found
    assert not [name for name in found if name.startswith("Thành phố")], found


def test_a_city_before_the_next_sentence_of_a_heading() -> None:
    found = places("Một góc thành phố Vũng Tàu Thủ tướng vừa phê duyệt quy hoạch mới.")
    assert "thành phố Vũng Tàu" in found, found


def test_the_state_name_in_a_title_is_the_titles() -> None:
    found = places("Quốc hội bầu ông giữ chức Chủ tịch nước Cộng hòa Xã hội chủ nghĩa Việt Nam.")
    assert "Việt Nam" not in found, found


def test_a_road_named_by_the_places_it_joins_is_whole() -> None:
    found = places("Xe tải đi trên đường Tân Sơn Nhất - Bình Lợi vào giờ cao điểm.")
    assert "đường Tân Sơn Nhất - Bình Lợi" in found, found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Từ ngày Việt Nam và Lào thiết lập quan hệ, hai nước hợp tác chặt chẽ.", "Lào"),  # the day a country acted
        ("Các nước Ấn Độ, Việt Nam, Thái Lan và Hàn Quốc (ACS) tham gia.", "Hàn Quốc"),  # a list before an acronym
    ],
)
def test_a_place_named_on_its_own_near_a_day_or_an_acronym(text: str, kept: str) -> None:
    assert kept in places(text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Chùa Từ Đàm đón nhiều phật tử.", "Chùa Từ Đàm"),  # a name that starts with an opener's word
        ("Vụ nổ xảy ra gần tòa nhà Quốc hội.", "tòa nhà Quốc hội"),  # named after a body
        ("Xe đưa khách đến sân bay Cát Bi Hôm qua, trời mưa lớn.", "sân bay Cát Bi"),  # a heading's next sentence
    ],
)
def test_facility_kept_with_its_name(text: str, written: str) -> None:
    assert written in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nhà thờ Hồi giáo bị hư hại sau trận động đất.",  # a kind of place of worship
        "Ông từng bị giam ở các nhà tù Đế quốc.",  # a kind of prison
        "Giá thuê các chung cư TP.HCM tăng mạnh.",  # the city's apartment blocks
        "Hàng quán tràn lan trên lòng đường Khu đô thị mới.",  # another facility's head
    ],
)
def test_no_facility_named(text: str) -> None:
    found = places(text)
    assert not [loc for loc in found.values() if loc.level == "facility"], found


def test_a_body_that_needs_its_place_names_no_headquarters() -> None:
    assert not [name for name in places("Người dân tập trung trước Trụ sở Đảng ủy.") if "sở" in name]


def test_a_company_head_office_is_the_companys() -> None:
    assert not [name for name in places("Cảnh sát khám xét trụ sở Công ty Hòa Bình.") if "sở" in name]

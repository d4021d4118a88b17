"""Round 32 (false places): a country, province or region that ends a sports team's name (`đội tuyển Đức`,
`tuyển nữ Kenya`, `U23 Việt Nam`, `CLB bóng đá Hà Nội`) names the team; a province or country right after a
product that names a plant or a company (`Đạm Ninh Bình`, `nhà máy gang thép Lào Cai`) names the plant; one after
the acronym of a fire police, the army or a school, a broadcaster, a publisher or an award (`Cảnh sát PCCC TP Cần
Thơ`, `QĐND Việt Nam`, `THPT Thủ Đức`, `Truyền hình Việt Nam`) names the body. None names the place: a place only
inside a name is not a location (samples/gold/README.md, organisations and locations). The place named on its own
in the same text stays. Sentences written for the tests, in the shape of the constructions."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport import analyze_text
from vnreport.extract.locations import extract_locations, find_places
from vnreport.segment.document import segment


def _locations(text: str) -> list[str]:
    return [loc.name for loc in analyze_text(text, source="t.txt", year=2024).locations]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Huấn luyện viên từng dẫn dắt đội tuyển Đức trong hai năm.", "Đức"),
        ("Ông có thời gian làm việc với đội tuyển nữ Kenya ở giải thế giới.", "Kenya"),
        ("Cầu thủ này cùng tuyển Ý giành chức vô địch.", "Ý"),
        # a bare `tuyển` after a verb of play or a preposition: the team
        ("Việt Nam thắng tuyển Thái Lan hai bàn.", "Thái Lan"),
        ("Tuần sau đội sẽ gặp tuyển Nhật Bản ở bán kết.", "Nhật Bản"),
        ("Họ đánh bại tuyển Hàn Quốc ngày hôm qua.", "Hàn Quốc"),
        ("Trận đấu giữa tuyển Lào và tuyển Indonesia kết thúc muộn.", "Indonesia"),
        ("Tối qua U23 Malaysia thua trận thứ hai liên tiếp.", "Malaysia"),
        ("Sở đề nghị giao sân vận động cho CLB bóng đá Hải Phòng quản lý.", "Hải Phòng"),
        ("Đội tuyển bóng chuyền nữ Thái Lan đã lên đường.", "Thái Lan"),
    ],
)
def test_a_place_ending_a_teams_name_is_no_location(text: str, place: str) -> None:
    assert place not in _locations(text)


def test_the_place_named_on_its_own_stays() -> None:
    found = _locations("Đội tuyển Nhật Bản đã tới Hà Nội. Trận đấu diễn ra ở Nhật Bản vào tuần sau.")
    assert "Nhật Bản" in found
    assert "Hà Nội" in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # `tuyển` a verb right before the place: hired by it, no team (reaches the team rule: no `tại` between)
        ("Anh được tuyển Nhật Bản làm việc trong ba năm.", "Nhật Bản"),
        ("Công ty vừa tuyển Đà Nẵng làm nơi đặt văn phòng.", "Đà Nẵng"),
        ("Chị đã tuyển Thái Lan làm thị trường thử nghiệm.", "Thái Lan"),
    ],
)
def test_a_hiring_word_before_a_place_is_no_team(text: str, place: str) -> None:
    assert place in _locations(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a syllable that ends a longer word (`ảm đạm`) is no product
        ("Kinh tế ảm đạm Trung Quốc khiến giá giảm.", "Trung Quốc"),
        # the product ends a line, the place opens the next: no plant's name runs across the break
        ("Nhà máy sản xuất đạm\nNinh Bình đã dừng hoạt động từ tháng trước.", "Ninh Bình"),
        # a bare product in lower case: the place is its market or origin
        ("Sản lượng xi măng Việt Nam tăng mạnh trong năm.", "Việt Nam"),
        ("Giá xi măng Trung Quốc giảm sâu.", "Trung Quốc"),
        ("Giá bia Hà Nội tăng từ tháng sau.", "Hà Nội"),
        # the list's joiner on the next line: no list of kinds runs across the break
        ("Giá sâm Hàn Quốc\n, sâm Mỹ tăng.", "Hàn Quốc"),
    ],
)
def test_a_place_after_a_product_as_its_market_or_origin_stays(text: str, place: str) -> None:
    assert place in _locations(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Năm nay các trường THPT Hà Nội tuyển thêm lớp mười.", "Hà Nội"),
        ("Học sinh THPT Hà Nội được nghỉ học ngày mai.", "Hà Nội"),
        ("Bộ công bố lịch kỳ thi tốt nghiệp THPT Đà Nẵng vào tháng sáu.", "Đà Nẵng"),
        ("Lực lượng PCCC Hà Nội đã dập tắt đám cháy sau hai giờ.", "Hà Nội"),
    ],
)
def test_a_generic_acronym_after_a_lower_case_word_heads_no_name(text: str, place: str) -> None:
    assert place in _locations(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tập đoàn phải cho Đạm Hà Bắc vay thêm để trả nợ ngân hàng.", "Hà Bắc"),
        ("Dự án nhà máy gang thép Thái Nguyên chậm tiến độ nhiều năm.", "Thái Nguyên"),
        ("Hai nhà máy DAP Lào Cai và Nhiên liệu Sinh học Bình Phước dừng hoạt động.", "Lào Cai"),
        ("Hai nhà máy DAP Lào Cai và Nhiên liệu Sinh học Bình Phước dừng hoạt động.", "Bình Phước"),
        ("Nhà đầu tư ngoại quan tâm tới cổ phần của Bia Sài Gòn.", "Sài Gòn"),
        ("Sản phẩm được so sánh với sâm Hàn Quốc, sâm Mỹ về giá trị.", "Hàn Quốc"),
        ("Sản phẩm được so sánh với sâm Hàn Quốc, sâm Mỹ về giá trị.", "Mỹ"),
        ("Giá cổ phiếu của Xi măng Hà Tiên đã tăng mạnh.", "Hà Tiên"),
        ("Tỉnh kiến nghị cho nhà máy đạm Ninh Bình vay vốn.", "Ninh Bình"),
        ("Tiến độ dự án gang thép Thái Nguyên mở rộng vẫn chậm.", "Thái Nguyên"),
        ("Đạm Hà Bắc xin gia hạn khoản nợ trong năm nay.", "Hà Bắc"),
    ],
)
def test_a_place_after_a_plants_product_is_no_location(text: str, place: str) -> None:
    assert place not in _locations(text)


def test_the_plants_province_named_on_its_own_stays() -> None:
    assert "Ninh Bình" in _locations("Đoàn công tác đến Ninh Bình kiểm tra nhà máy đạm của tỉnh.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Đại tá Trần Văn A, Phó Giám đốc Cảnh sát PCCC TP Cần Thơ, cho biết đám cháy đã tắt.", "TP Cần Thơ"),
        ("Ông được giao chỉ huy Trung đoàn CSCĐ Tây Nguyên từ tháng trước.", "Tây Nguyên"),
        ("Ông là Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam trong nhiệm kỳ trước.", "Việt Nam"),
        ("Thí sinh của Trường THPT Nguyễn Du và Trường THPT Thủ Đức dự thi tại đây.", "Thủ Đức"),
        ("Theo Truyền hình Việt Nam, nhóm phóng viên đã bị cản trở khi tác nghiệp.", "Việt Nam"),
        ("Tấm bản đồ in trong cuốn atlat do NXB Việt Nam phát hành.", "Việt Nam"),
        ("Hội đồng công bố danh sách Giải thưởng Sáng tạo KH&CN Việt Nam năm nay.", "Việt Nam"),
    ],
)
def test_a_place_ending_a_headed_name_is_no_location(text: str, place: str) -> None:
    assert place not in _locations(text)


def test_a_lower_case_school_head_before_the_acronym_names_one_school() -> None:
    # `trường THPT` not made plural heads one school's name: its district is a word of the name
    found = _locations("Em là học sinh lớp 11 (trường THPT TX.Sơn Tây, Hà Nội) và đã đoạt giải.")
    assert "TX.Sơn Tây" not in found
    assert "Hà Nội" in found


def test_a_kinds_other_name_in_brackets_repeats_the_product() -> None:
    assert "Việt Nam" not in _locations("Cây sâm Ngọc Linh (sâm Việt Nam) được trồng ở vùng núi cao.")


def test_a_countrys_police_still_names_the_country() -> None:
    assert "Đức" in _locations("Cảnh sát Đức đã bắt giữ hai nghi phạm trong đêm.")


def _team_seconds(count: int) -> float:
    doc = segment("Đội tuyển nữ U23 Việt Nam thắng tuyển Lào, CLB bóng đá Hà Nội thua tại Huế. " * count)
    return best_cpu_seconds(lambda: extract_locations(doc, find_places(doc)), 3)


def test_team_names_take_linear_time() -> None:
    """Each place looks back over at most a few qualifiers: thousands of them take twice the time at twice the
    count (2.5 allowed on a busy machine), not four."""
    assert doubling_ratio(_team_seconds, 300) < 2.5

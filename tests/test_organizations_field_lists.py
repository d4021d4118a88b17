"""A body's name that lists its fields after its first one, joined by commas and closed by `và` (`Cục Quốc
tịch, hộ tịch và chứng thực`): the list is the name's, not a list of bodies or of people (round 15)."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cục trưởng Cục Lưu trữ, thư viện và bảo tàng cho biết hồ sơ đã đủ.", "Cục Lưu trữ, thư viện và bảo tàng"),
        (
            "Hội đồng Thẩm định, đánh giá và nghiệm thu của tỉnh đã họp sáng nay.",
            "Hội đồng Thẩm định, đánh giá và nghiệm thu",
        ),
        (
            "Bộ Nông nghiệp, thủy sản và lâm nghiệp Na Uy đã gửi công hàm.",
            "Bộ Nông nghiệp, thủy sản và lâm nghiệp Na Uy",
        ),
        (
            "Trường Cao đẳng Điện lực, Cơ khí và Xây dựng miền Bắc tuyển sinh.",
            "Trường Cao đẳng Điện lực, Cơ khí và Xây dựng miền Bắc",
        ),
        (
            "Bộ Y tế, giáo dục, khoa học và công nghệ Hàn Quốc đã ký biên bản.",
            "Bộ Y tế, giáo dục, khoa học và công nghệ Hàn Quốc",
        ),
    ],
)
def test_fields_listed_after_the_first_are_the_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cục Hàng hải, sẽ rà soát và đánh giá lại các cảng.", "Cục Hàng hải"),  # a phrase, not a field
        ("Bộ Y tế, cán bộ và chiến sĩ đã có mặt.", "Bộ Y tế"),  # people after the body
        ("Trường Đại học Kinh tế, giảng viên và học viên đã dự.", "Trường Đại học Kinh tế"),  # a school's people
        ("Phòng Kế hoạch tài chính và nghiêm khắc xử lý.", "Phòng Kế hoạch tài chính"),  # `và` with no comma
        ("Bộ Tài chính, Kế hoạch và Đầu tư đã họp.", "Bộ Tài chính"),  # domains only: read by the domain chain
    ],
)
def test_a_list_after_a_body_that_is_no_field_list_ends_it(text: str, name: str) -> None:
    assert names(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đoàn cam kết sẽ phối hợp với chính phủ Việt Nam trong dự án này.", "chính phủ Việt Nam"),
        ("Người đứng đầu chính phủ Việt Nam đã tiếp đoàn doanh nghiệp.", "chính phủ Việt Nam"),
    ],
)
def test_a_lower_case_government_of_the_home_country_is_named(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chưa có chính phủ Việt Nam nào ký hiệp định như vậy.",
        "Không một chính phủ Canada nào chấp nhận điều đó.",
        "Cuốn sách bàn về sức mạnh quân đội Việt Nam thời bình.",
    ],
)
def test_a_government_of_any_kind_or_the_home_army_described_is_no_body(text: str) -> None:
    assert not [n for n in names(text) if n.lower().startswith(("chính phủ", "quân đội"))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Cục Cảnh sát phòng, chống ma túy đã triệt phá đường dây.",
            "Cục Cảnh sát phòng, chống ma túy",
        ),
        (
            "Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải miền Trung điều tàu.",
            "Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải miền Trung",
        ),
        (
            "Hội đồng Bồi thường, hỗ trợ huyện Tân Phong họp chiều qua.",
            "Hội đồng Bồi thường, hỗ trợ huyện Tân Phong",
        ),
        (
            "Ban Chỉ huy phòng, chống thiên tai huyện Tân Phong họp chiều qua.",
            "Ban Chỉ huy phòng, chống thiên tai huyện Tân Phong",
        ),
    ],
)
def test_a_pair_of_fields_written_with_a_comma_is_one_word_of_the_name(text: str, name: str) -> None:
    assert name in names(text)


def test_a_comma_pair_after_a_complete_name_is_the_sentence() -> None:
    # `phòng, chống` after `Bộ Y tế`, a name its domain closes, is what the ministry does
    assert names("Bộ Y tế phòng, chống dịch từ sớm.") == ["Bộ Y tế"]

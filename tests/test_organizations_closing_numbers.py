"""Where an organisation's name ends (issue #13, round 27), one written example each: a bare number or a
numbered area closes the name of one of several bodies of that name; a count after a name does not; a
word that opens the next sentence of a caption that lost its full stop ends the name."""

from __future__ import annotations

import pytest

from tests.orghelp import names, places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vụ Thể thao thành tích cao 2 đề xuất danh sách.", "Vụ Thể thao thành tích cao 2"),
        (
            "Trung tâm Huấn luyện thể thao quốc gia 1, nơi các vận động viên tập luyện.",
            "Trung tâm Huấn luyện thể thao quốc gia 1",
        ),
        ("Học viện Chính trị khu vực I đã khai giảng lớp cao cấp.", "Học viện Chính trị khu vực I"),
    ],
)
def test_a_closing_number_ends_the_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3 năm qua đã kiểm định máy.",
            "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng",
        ),
        ("Vụ Thể thao thành tích cao 1/2 số vận động viên đã đạt chuẩn.", "Vụ Thể thao thành tích cao"),
    ],
)
def test_a_count_or_a_date_after_the_name_stays_out(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Khu đất bị san lấp. Ảnh: Báo Quảng Bình Cụ thể, sở đã kiểm tra lại hồ sơ.", "Báo Quảng Bình"),
        ("Nhà máy đã dừng hoạt động. Ảnh: Báo Giao thông Mới đây, bộ đã có văn bản.", "Báo Giao thông"),
    ],
)
def test_a_caption_credit_ends_before_the_next_sentence(text: str, name: str) -> None:
    found = names(text)
    assert name in found
    assert not any(other.startswith(name + " ") for other in found)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Ông A, Giám đốc Công ty Thành Công - Bộ Xây dựng, cho biết.", "Công ty Thành Công", "Bộ Xây dựng"),
        (
            "Trường Đại học Kỹ thuật Magdeburg - Cộng hòa Liên bang Đức đã ký thỏa thuận.",
            "Trường Đại học Kỹ thuật Magdeburg",
            None,
        ),
    ],
)
def test_another_body_or_a_country_after_a_dash_ends_the_name(text: str, first: str, second: str | None) -> None:
    found = names(text)
    assert first in found
    assert not any(other.startswith(first + " -") for other in found)
    if second is not None:
        assert second in found


def test_a_dash_inside_a_name_stays() -> None:
    assert "Trường Đại học Việt - Đức" in names("Trường Đại học Việt - Đức tuyển sinh khóa mới.")
    assert "Công ty mẹ - Tổng công ty Sông Đà" in names("Công ty mẹ - Tổng công ty Sông Đà đã họp cổ đông.")


def test_a_bare_head_after_a_dash_closes_the_name() -> None:
    assert "Viện Công nhân - Công đoàn" in names("Ông B, Viện trưởng Viện Công nhân - Công đoàn, phát biểu.")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kim ngạch thương mại hai chiều đạt 32 triệu đô la Mỹ trong năm qua.", "Mỹ"),
        ("Đô la Mỹ tăng giá trong phiên sáng nay.", "Mỹ"),
        ("Kim ngạch thương mại hai chiều đạt 32 triệu đô-la Mỹ trong năm qua.", "Mỹ"),
        ("Khoản vay trị giá 3 tỷ won Hàn Quốc được giải ngân.", "Hàn Quốc"),
        ("Khoản vay trị giá 3 tỷ đô la Australia được giải ngân.", "Australia"),
    ],
)
def test_a_currency_named_after_a_country_is_no_place(text: str, country: str) -> None:
    assert country not in places(text)


def test_a_numbered_area_with_its_province_after_a_dash_closes_the_name() -> None:
    found = names("Học viện Chính trị khu vực IV - Cần Thơ đã khai giảng lớp cao cấp.")
    assert "Học viện Chính trị khu vực IV - Cần Thơ" in found

"""A body named by its domain goes on through `và` to its second field (issue #13, round 32 part e9): a capitalised
field (`Cục Thương mại` + `và Đầu tư`), or a field of the domain lexicon in lower case that its country or place
closes (`Cơ quan Mạng` + `và an ninh` + `Nhật Bản`); people, a title, a place or another body after `và` stay apart."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hôm qua, Cục Thương mại và Đầu tư đã họp với các doanh nghiệp.", "Cục Thương mại và Đầu tư"),
        (
            "Phó Chủ nhiệm Ủy ban Khoa học Công nghệ và Môi trường phát biểu tại phiên họp.",
            "Ủy ban Khoa học Công nghệ và Môi trường",
        ),
    ],
)
def test_a_capitalised_second_field_after_a_domain(text: str, name: str) -> None:
    found = names(text)
    assert name in found
    assert name.split(" và ")[0] not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theo Cơ quan Mạng và an ninh Nhật Bản, nhiều máy tính bị nhiễm mã độc.", "Cơ quan Mạng và an ninh Nhật Bản"),
        (
            "Đại diện Phòng Thương mại và công nghiệp Việt Nam cho biết như vậy.",
            "Phòng Thương mại và công nghiệp Việt Nam",
        ),
    ],
)
def test_a_lower_case_field_closed_by_its_country(text: str, name: str) -> None:
    found = names(text)
    assert name in found
    assert name.split(" và ")[0] not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bộ Tài chính và Giám đốc Kho bạc đã họp bàn.", "Bộ Tài chính"),
        ("Bộ Ngoại giao và nhân dân Việt Nam đã phối hợp.", "Bộ Ngoại giao"),
        ("Viện Kiểm sát và tòa án Việt Nam đã thống nhất.", "Viện Kiểm sát"),
        ("Sở Y tế và Công an tỉnh đã kiểm tra.", "Sở Y tế"),
        ("Trường Cao đẳng Y thuộc Bộ Y tế và Phân hiệu Trường Đại học Dược đã tuyển sinh.", "Bộ Y tế"),
    ],
)
def test_what_follows_va_but_is_no_field_stays_apart(text: str, name: str) -> None:
    found = names(text)
    assert name in found
    assert not any(found_name.startswith(f"{name} và") for found_name in found)

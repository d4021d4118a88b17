"""Organisation names cut or run on (issue #13, round 27 part e12), one written example each: a name that
lists its fields with a comma (`Phòng, chống`) and `và` up to its place; a steering committee's subject
closed by its national owner (`của Chính phủ`), which is named too; a number after a nested body; two
acronyms joined by a slash."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Yên Bái đã ban hành công điện.",
            "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Yên Bái",
        ),
        (
            "Ông là thành viên Hội đồng Bồi thường, hỗ trợ tái định cư quận Cầu Giấy.",
            "Hội đồng Bồi thường, hỗ trợ tái định cư quận Cầu Giấy",
        ),
        ("Đại diện Cục Phòng, chống HIV/AIDS phát biểu.", "Cục Phòng, chống HIV/AIDS"),
    ],
)
def test_a_name_lists_its_fields_up_to_its_place(text: str, name: str) -> None:
    assert name in names(text)


def test_a_steering_committee_closed_by_its_national_owner() -> None:
    found = names("Ông là Trưởng Ban Chỉ đạo phòng, chống buôn lậu của Chính phủ.")
    assert "Ban Chỉ đạo phòng, chống buôn lậu của Chính phủ" in found
    assert "Chính phủ" in found
    assert "Ban Chỉ đạo" not in found


def test_a_number_after_a_nested_body_closes_the_name() -> None:
    assert "Bộ Tư lệnh Vùng Cảnh sát biển 3 đã" not in names("Bộ Tư lệnh Vùng Cảnh sát biển 3 đã điều tàu.")
    assert "Bộ Tư lệnh Vùng Cảnh sát biển 3" in names("Bộ Tư lệnh Vùng Cảnh sát biển 3 đã điều tàu.")

"""A body's name written in sentence case up to `và` goes on to a second field capitalised like the first (issue
#13, round 30 part e3): `Cục Quản lý chất lượng` + `và Tiêu chuẩn công nghiệp` is one department, not a name cut
at `và`; a body named by its own head after `và` stays a second body."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bà Lê Thị Hoa, Phó Cục trưởng Cục Quản lý chất lượng và Tiêu chuẩn công nghiệp, cho biết.",
            "Cục Quản lý chất lượng và Tiêu chuẩn công nghiệp",
        ),
        (
            "Ông là Ủy viên Hội đồng Chính sách khoa học và Công nghệ quốc gia.",
            "Hội đồng Chính sách khoa học và Công nghệ quốc gia",
        ),
    ],
)
def test_a_second_field_capitalised_after_a_sentence_case_name(text: str, name: str) -> None:
    found = names(text)
    assert name in found
    assert name.split(" và ")[0] not in found


def test_a_body_with_its_own_head_after_va_stays_apart() -> None:
    found = names("Cục Quản lý thị trường và Công an huyện đã kiểm tra.")
    assert "Cục Quản lý thị trường" in found
    assert "Công an huyện" in found

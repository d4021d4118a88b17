"""A Party body named by `Trung ương Đảng` (`Ban Chấp hành Trung ương Đảng`, `Ban Bí thư Trung ương Đảng`, `Ủy ban
Kiểm tra Trung ương Đảng`) names the Party Central Committee inside it: `Trung ương Đảng` is reported too, as
a nested organisation is (`Ban Thường vụ Tỉnh ủy Nghệ An` → also `Tỉnh ủy Nghệ An`; samples/gold/README.md,
organisations). Round 35."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    ("text", "outer"),
    [
        ("Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa mới đã bế mạc.", "Ban Chấp hành Trung ương Đảng"),
        ("Ban Bí thư Trung ương Đảng vừa ban hành chỉ thị về công tác cán bộ.", "Ban Bí thư Trung ương Đảng"),
        (
            "Ông Trần Văn B, Ủy viên Ban Chấp hành Trung ương Đảng, phát biểu tại buổi lễ.",
            "Ban Chấp hành Trung ương Đảng",
        ),
        ("Ủy ban Kiểm tra Trung ương Đảng đề nghị xem xét kỷ luật.", "Ủy ban Kiểm tra Trung ương Đảng"),
    ],
)
def test_central_party_inside_a_party_body(text: str, outer: str) -> None:
    found = names(text)
    assert outer in found
    assert "Trung ương Đảng" in found


def test_central_party_of_a_named_party_stays_that_party() -> None:
    found = names("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam họp phiên bế mạc.")
    assert "Trung ương Đảng" not in found


def test_central_alone_adds_no_party() -> None:
    assert "Trung ương Đảng" not in names("Ban Tổ chức Trung ương hướng dẫn các tỉnh.")


@pytest.mark.parametrize(
    "text",
    [
        "Ông Somsak Vongsa, Tổng Bí thư Ban Chấp hành Trung ương Đảng, Chủ tịch nước Lào, tiếp đoàn đại biểu.",
        "Bà Elena Ruiz, Bí thư thứ nhất Ban Chấp hành Trung ương Đảng và Chủ tịch nước Cuba, đón đoàn.",
    ],
)
def test_central_party_of_a_foreign_leaders_chain_is_not_vietnams(text: str) -> None:
    # the chain of titles names a foreign country: the Party is that country's, not Việt Nam's `Trung ương Đảng`
    found = names(text)
    assert "Ban Chấp hành Trung ương Đảng" in found
    assert "Trung ương Đảng" not in found


def test_central_party_of_a_home_chain_stays_nested() -> None:
    found = names("Ông Trần Văn B, Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch UBND tỉnh Nghệ An, phát biểu.")
    assert "Trung ương Đảng" in found

"""Bodies the head inventory lacked though the corpus names them often: the Central Military Commission
(`Quân ủy Trung ương`, `Quân ủy TƯ`, a foreign one with its country) and the ASEAN Community."""

from __future__ import annotations

import pytest

from vnreport import analyze_text


def _organizations(text: str) -> list[str]:
    return [o.name for o in analyze_text(text, source="t.txt", year=2024).organizations]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thượng tướng Nguyễn Văn A, Ủy viên Quân ủy Trung ương, phát biểu tại hội nghị.", "Quân ủy Trung ương"),
        ("Thường vụ Quân ủy TƯ đã họp phiên thường kỳ.", "Quân ủy TƯ"),
        ("Đoàn đại biểu Quân ủy Trung ương Trung Quốc thăm Hà Nội.", "Quân ủy Trung ương Trung Quốc"),
        ("Việt Nam là thành viên tích cực của Cộng đồng ASEAN.", "Cộng đồng ASEAN"),
        ("Hội thảo bàn về vai trò của Cộng đồng Kinh tế ASEAN (AEC) trong khu vực.", "Cộng đồng Kinh tế ASEAN"),
    ],
)
def test_a_central_body(text: str, name: str) -> None:
    assert name in _organizations(text)


def test_quan_uy_alone_names_no_body() -> None:
    assert _organizations("Quân ủy đã họp.") == []

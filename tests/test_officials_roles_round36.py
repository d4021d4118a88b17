"""Roles of officials (issue #12, round 36): congratulating, welcoming and swearing an oath are words said
(`A chúc mừng B …`, `A nhiệt liệt chào mừng đoàn …`, `A tuyên thệ nhậm chức`): their subject has `spoke`, not
`attended` (officials_role_cues.tsv); flowers handed over (`tặng hoa chúc mừng`) stay `attended` and flowers sent
(`gửi lẵng hoa chúc mừng`) give no role (both guard the
change, which they do not depend on)."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def roles(text: str) -> dict[str, str | None]:
    found, _ = extract_people(segment(text, words="dictionary"))
    return {o.name: o.role for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Bí thư Tỉnh ủy Trần Quốc Bảo chúc mừng thành tích của các em học sinh và động viên các thầy cô.",
        "Chủ tịch nước Trần Quốc Bảo nhiệt liệt chào mừng đoàn đại biểu cấp cao sang thăm Việt Nam.",
        "Chủ tịch nước Trần Quốc Bảo tuyên thệ nhậm chức tại kỳ họp.",
    ],
)
def test_congratulating_welcoming_and_an_oath_are_speech(text: str) -> None:
    assert roles(text)["Trần Quốc Bảo"] == "spoke"


def test_flowers_handed_over_stay_attended() -> None:
    found = roles("Trưởng ban Dân vận Trần Quốc Bảo tặng hoa chúc mừng các tân Phó Chủ tịch.")
    assert found["Trần Quốc Bảo"] == "attended"


def test_flowers_sent_give_no_role() -> None:
    found = roles("Bộ trưởng Bộ Quốc phòng Trần Quốc Bảo gửi lẵng hoa chúc mừng.")
    assert found["Trần Quốc Bảo"] is None

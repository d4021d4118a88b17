"""A local body's bare district name closes its name (issue #13, round 33 part e5): the places stage reads an old
district's name only with its unit word, so `Hạt Kiểm lâm` + `Thường Xuân` was cut before it. A district of the
gazetteer of two capitalised syllables right after the body is its place; a person's name after the body, a name
that goes on, or one that opens with a surname stays apart."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hôm qua, Hạt Kiểm lâm Thường Xuân đã phối hợp với công an xã.", "Hạt Kiểm lâm Thường Xuân"),
        ("Tối qua, Công an Bình Thạnh đã bắt giữ hai đối tượng.", "Công an Bình Thạnh"),
        ("Cán bộ Hạt Kiểm lâm Chư Păh đã có mặt tại hiện trường.", "Hạt Kiểm lâm Chư Păh"),
    ],
)
def test_a_bare_district_closes_the_body(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Giám đốc Sở Y tế Trần Văn Bình phát biểu.", "Sở Y tế"),  # a person, not a place
        ("Hôm nay Sở Y tế Tân Phú Hòa làm việc với đoàn.", "Sở Y tế"),  # the capitalised run goes on
    ],
)
def test_a_person_or_a_longer_run_stays_apart(text: str, name: str) -> None:
    found = names(text)
    assert name in found

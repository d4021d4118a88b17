"""A local body's bare district name closes its name (issue #13, round 33 part e5): the places stage reads an old
district's name only with its unit word, so `Hạt Kiểm lâm` + `Thường Xuân` was cut before it. A district of the
gazetteer of two capitalised syllables right after the body is its place; a person's name after the body, a name
that goes on, or one that opens with a surname stays apart."""

from __future__ import annotations

import pytest

from tests.orghelp import names
from vnreport.extract.organizations.grammar import all_matches
from vnreport.extract.organizations.names import compounds
from vnreport.extract.organizations.scan import Scan
from vnreport.segment.document import segment


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
        ("Giám đốc Sở Y tế Trần Văn Thời phát biểu.", "Sở Y tế"),  # a person (also a district), not a place
        ("Hôm nay Sở Y tế Tân Phú Hòa làm việc với đoàn.", "Sở Y tế"),  # the capitalised run goes on
    ],
)
def test_a_person_or_a_longer_run_stays_apart(text: str, name: str) -> None:
    found = names(text)
    assert name in found


def _district_province(text: str) -> tuple[str, str | None]:
    """The bare district the body's name closes on, and the province given it."""
    tokens = segment(text, words="dictionary").body_arrays
    places = [m.place for m in all_matches(Scan.of(tokens, [], compounds(tokens))) if m.place is not None]
    assert len(places) == 1
    return places[0].name, places[0].province


def test_a_district_of_one_name_in_several_provinces_gets_none() -> None:
    text = "Hôm qua, Hạt Kiểm lâm {} đã phối hợp với công an xã."
    assert _district_province(text.format("Phong Điền")) == ("Phong Điền", None)  # two provinces have one
    assert _district_province(text.format("Thường Xuân")) == ("Thường Xuân", "Thanh Hóa")

"""The written-out key shared by organisations' merging and officials' titles: two writings of one name
(joiners of domains, abbreviations) have one key; the title key adds only its own two steps."""

from __future__ import annotations

import pytest

from vnreport.extract.officials.merging import written_out_key
from vnreport.extract.organizations.lexicon import written_out


@pytest.mark.parametrize(
    "other",
    ["Sở Văn hóa và Thể thao", "Sở Văn hóa - Thể thao", "Sở Văn hóa & Thể thao", "Sở Văn hóa, Thể thao"],
)
def test_joiners_of_domains_are_left_out(other: str) -> None:
    assert written_out(other) == written_out("Sở Văn hóa Thể thao") == "sở văn hóa thể thao"


def test_a_joiner_after_a_comma_is_left_out_too() -> None:
    assert written_out("Bộ Văn hóa, và Thể thao") == written_out("Bộ Văn hóa và Thể thao")


def test_an_abbreviation_is_spelled_out() -> None:
    assert written_out("UBND tỉnh Kon Tum") == written_out("Ủy ban nhân dân tỉnh Kon Tum")


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Đại sứ VN tại Lào", "Đại sứ Việt Nam tại Lào"),  # `VN` is the country in a title
        ("Chủ tịch UBND tỉnh Kon Tum", "Chủ tịch Ủy ban nhân dân Kon Tum"),  # `tỉnh` before a place
    ],
)
def test_a_title_key_adds_its_two_steps(short: str, full: str) -> None:
    assert written_out_key(short) == written_out_key(full)


def test_tinh_of_a_body_stays_in_a_title_key() -> None:
    assert written_out_key("Bí thư Tỉnh ủy Kon Tum") != written_out_key("Bí thư ủy Kon Tum")

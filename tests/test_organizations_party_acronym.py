"""A party written as the common noun `đảng` in lower case and its acronym (`đảng LR`, `đảng FN`) is named
by the acronym, as the gold names it; a worded name keeps its noun (`đảng Bảo thủ`)."""

from __future__ import annotations

from tests.orghelp import names


def test_a_party_written_with_its_acronym_is_named_by_it() -> None:
    found = names("Ứng viên của đảng XYZ giành thêm ghế trong cuộc bầu cử hôm qua.")
    assert "XYZ" in found, found


def test_a_worded_party_keeps_its_noun() -> None:
    found = names("Ứng viên của đảng Bảo thủ giành thêm ghế trong cuộc bầu cử hôm qua.")
    assert "đảng Bảo thủ" in found, found

from __future__ import annotations

import pytest

from vnreport.text import fold, match_view, strip_accents


@pytest.mark.parametrize(
    ("new", "old"),
    [
        ("Uỷ ban", "Ủy ban"),
        ("Tỉnh uỷ", "Tỉnh ủy"),
        ("hoà bình", "hòa bình"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("khoẻ", "khỏe"),
        ("THUỶ", "THỦY"),
    ],
)
def test_new_style_tone_marks_fold_to_traditional(new: str, old: str) -> None:
    assert match_view(new) == old
    assert fold(new) == fold(old)


@pytest.mark.parametrize("word", ["quý", "hoàn", "thuyền", "Hòa", "khuya"])
def test_words_whose_mark_must_not_move(word: str) -> None:
    assert match_view(word) == word


def test_match_view_keeps_length_and_unifies_variants() -> None:
    text = "Ðảng 15–NQ/TƯ\u00a0ngày\u200b1\u22152"
    view = match_view(text)
    assert len(view) == len(text)
    assert view == "Đảng 15-NQ/TƯ ngày 1/2"


def test_strip_accents() -> None:
    assert strip_accents("Đà Nẵng, Hà Nội") == "da nang, ha noi"


def test_quotation_open_counts_curly_angled_and_straight_marks() -> None:
    from vnreport.text import quotation_open

    assert quotation_open("chủ đề “Vai trò của")
    assert quotation_open("chủ đề «Vai trò của")
    assert quotation_open('chủ đề "Vai trò của')
    assert not quotation_open("chủ đề “Vai trò” của")
    assert not quotation_open('chủ đề "Vai trò" của')

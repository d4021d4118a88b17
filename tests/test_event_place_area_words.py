"""The event's place, round 18: a word of an area before a named place (`tại khu vực xã …`, `tại địa bàn huyện
…`) gives the place named, when its `tại` opens the clause. One written sentence per construction, analysed
whole."""

from __future__ import annotations

import pytest

from tests.conftest import found_event_kind_and


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Chiều 12/4, tại khu vực xã Tân Lập của huyện Sơn Dương đã xảy ra một vụ sạt lở đất.", "xã Tân Lập"),
        ("Sáng 12/4, tại địa bàn huyện Yên Sơn, Sở Nông nghiệp tổ chức hội nghị tổng kết vụ lúa.", "huyện Yên Sơn"),
    ],
)
def test_an_area_word_before_a_named_place_gives_the_place(sentence: str, place: str) -> None:
    text = "Tin địa phương\n\n" + sentence + " Lực lượng chức năng đã có mặt."
    assert found_event_kind_and(text, "location")[1] == place


def test_an_area_with_no_name_gives_no_place() -> None:
    text = (
        "Tin địa phương\n\n"
        "Chiều 12/4, tại khu vực biên giới, Bộ đội Biên phòng tỉnh tổ chức hội nghị tổng kết công tác. "
        "Hội nghị kết thúc vào buổi chiều."
    )
    assert found_event_kind_and(text, "location")[1] is None


def test_an_area_inside_a_noun_phrase_is_the_matter_place() -> None:
    text = (
        "Tin địa phương\n\n"
        "Sáng 12/4, UBND tỉnh tổ chức hội nghị về việc sử dụng đất tại khu vực xã Tân Lập. "
        "Hội nghị kết thúc vào buổi chiều."
    )
    assert found_event_kind_and(text, "location")[1] is None

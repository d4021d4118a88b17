"""The event's place, round 18: a word of an area before a named place (`tại khu vực xã …`, `tại địa bàn huyện
…`) gives the place named; a general election is held in the country its name ends with (`cuộc bầu cử Hạ viện
X`), not a title's election no lead sentence tells as held. One written sentence per construction, analysed
whole."""

from __future__ import annotations

import pytest

from tests.conftest import event_kind_and


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Chiều 12/4, tại khu vực xã Tân Lập của huyện Sơn Dương đã xảy ra cháy rừng.", "xã Tân Lập"),
        ("Sáng 12/4, tại địa bàn huyện Yên Sơn, Sở Nông nghiệp tổ chức hội nghị tổng kết vụ lúa.", "huyện Yên Sơn"),
    ],
)
def test_an_area_word_before_a_named_place_gives_the_place(sentence: str, place: str) -> None:
    text = "Tin địa phương\n\n" + sentence + " Lực lượng chức năng đã có mặt."
    assert event_kind_and(text, "location")[1] == place


def test_an_area_with_no_name_gives_no_place() -> None:
    text = (
        "Tin địa phương\n\n"
        "Chiều 12/4, tại khu vực biên giới, Bộ đội Biên phòng tỉnh tổ chức hội nghị tổng kết công tác. "
        "Hội nghị kết thúc vào buổi chiều."
    )
    assert event_kind_and(text, "location")[1] is None


def test_a_general_election_is_held_in_the_country_its_name_ends_with() -> None:
    text = (
        "Cử tri đi bỏ phiếu\n\n"
        "Sáng 11/6, hàng triệu cử tri đã đi bỏ phiếu trong vòng một cuộc bầu cử Hạ viện Pháp. "
        "Các điểm bỏ phiếu đóng cửa lúc 20 giờ."
    )
    assert event_kind_and(text, "location") == ("election", "Pháp")


def test_a_titled_election_no_lead_sentence_tells_gives_no_country() -> None:
    text = (
        "Bầu cử Quốc hội Anh quyết định tương lai châu Âu\n\n"
        "Nhiều nhà phân tích cho rằng kết quả sẽ ảnh hưởng tới các cuộc đàm phán sắp tới."
    )
    assert event_kind_and(text, "location")[1] is None


def test_an_area_inside_a_noun_phrase_is_the_matter_place() -> None:
    text = (
        "Tin địa phương\n\n"
        "Sáng 12/4, UBND tỉnh tổ chức hội nghị về việc sử dụng đất tại khu vực xã Tân Lập. "
        "Hội nghị kết thúc vào buổi chiều."
    )
    assert event_kind_and(text, "location")[1] is None


def test_an_election_not_told_as_held_gives_no_country() -> None:
    text = (
        "Tin quốc tế\n\n"
        "Ngày 10/6, hai cố vấn của Thủ tướng đã từ chức sau khi đảng cầm quyền mất đa số ghế trong cuộc bầu cử "
        "Nghị viện Anh. Đảng này sẽ họp vào tuần tới."
    )
    assert event_kind_and(text, "location")[1] is None

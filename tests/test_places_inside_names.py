"""Place constructions of round 19, one written example each: a place that ends the name of a body, an
outlet or a gathering opened by its head is a word of that name, not a place named on its own."""

from __future__ import annotations

import pytest

from vnreport.extract import run_extractors
from vnreport.segment.document import segment


def places(text: str) -> list[str]:
    return [location.name for location in run_extractors(segment(text, words="dictionary")).locations]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ông Lâm, Phó Chủ tịch Tổng hội Xây dựng Việt Nam, nêu ý kiến.", "Việt Nam"),
        ("Hành khách đáp chuyến bay của Hãng hàng không Qatar đêm qua.", "Qatar"),
        ("Ông Tâm giữ chức Giám đốc BVĐK huyện Tân Phước từ năm 2010.", "huyện Tân Phước"),
        ("Thủ tướng dự Hội nghị Tương lai Châu Á tại Tokyo.", "Châu Á"),
        ("Tàu ngầm mới được biên chế cho Hạm đội Biển Đen tháng trước.", "Biển Đen"),
        ("Bài viết đăng trên Báo điện tử Giáo dục Việt Nam gây chú ý.", "Việt Nam"),
        ("Nhiều hộ sống gần nhà máy thủy điện Kon Tum phải dời nhà lên đồi.", "Kon Tum"),  # the plant's name
    ],
)
def test_a_place_ending_a_name_opened_by_its_head_is_the_names(text: str, place: str) -> None:
    assert place not in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bệnh viện Bạch Mai chuyển bệnh nhân lên Hà Nội trong đêm.", "Hà Nội"),  # a verb between: not a name
        ("Báo cáo tình hình kinh tế Việt Nam được công bố hôm qua.", "Việt Nam"),  # `Báo cáo` opens no name
        ("Hội nghị lần này diễn ra ở Hà Nội.", "Hà Nội"),  # `ở` between: where, not the name
        ("Bệnh nhân được chuyển tới bệnh viện ở Hà Nội.", "Hà Nội"),
        ("Trường học của xã nằm sát đảo Trường Sa Lớn.", "đảo Trường Sa Lớn"),
    ],
)
def test_a_place_after_a_head_outside_its_name_is_still_named(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a head capitalised only because it opens the sentence, right before the place: the place's centre
        ("Trung tâm Hà Nội kẹt xe kéo dài suốt buổi chiều qua.", "Hà Nội"),
        ("Trung tâm Đà Nẵng yên ắng trong ngày nghỉ lễ.", "Đà Nẵng"),
        # a bare `Báo` before a country: the country's press, not a paper's name
        ("Theo giới quan sát, Báo Nhật Bản đã nhắc nhiều tới chuyến đi này.", "Nhật Bản"),
    ],
)
def test_a_head_that_only_opens_the_sentence_or_a_bare_outlet_keeps_the_place(text: str, place: str) -> None:
    assert place in places(text)


def test_the_name_heads_are_read_once_without_their_markers() -> None:
    # one loader parses the `!`/`=` markers of places_name_heads.txt for the trie, both sets and the reach
    from vnreport.extract.locations.lexicon import name_heads
    from vnreport.lexicon import load_list

    heads = name_heads()
    assert not any(h[0] in "!=" for h in heads.lower | heads.proper)
    assert "Hội nghị" in heads.proper and "thủy điện" in heads.lower
    assert heads.longest == max(len(line.lstrip("!=").split()) for line in load_list("places_name_heads.txt"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # any other head opening a sentence still opens a name: a province's paper, a command
        ("Báo Kon Tum vừa mở chuyên mục mới về nông thôn.", "Kon Tum"),
        ("Bệnh viện Đà Nẵng vừa nhận thêm hai máy thở.", "Đà Nẵng"),
        # `nhà Báo`: the end of a word, not the head of a country's press
        ("Ông Tâm, một nhà Báo Việt Nam kỳ cựu, vừa ra sách.", "Việt Nam"),
    ],
)
def test_a_name_opening_the_sentence_keeps_its_place(text: str, place: str) -> None:
    assert place not in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nhiều doanh nghiệp tham gia Expo Lào 2019 ở Viêng Chăn.", "Lào"),
        ("Chị Hoa múa trong Tuần lễ Văn hóa Cà Mau 2018 hôm qua.", "Cà Mau"),
        ("Chị Lan dự Festival Biển Quy Nhơn 2019.", "Quy Nhơn"),  # the year ends the sentence
    ],
)
def test_a_place_between_a_capitalised_name_word_and_a_year_is_the_editions_name(text: str, place: str) -> None:
    assert place not in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nhiều người theo dõi kỳ bầu cử Lào 2019 qua truyền hình.", "Lào"),  # after a lower-case word
        ("Đoàn công tác đến Cà Mau 24/6/2018 để kiểm tra.", "Cà Mau"),  # a date, not an edition's year
    ],
)
def test_a_place_before_a_year_outside_a_name_is_still_named(text: str, place: str) -> None:
    assert place in places(text)

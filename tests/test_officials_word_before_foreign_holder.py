"""Round 28 (officials, issue #12): a foreign holder's name read with the word before it. After a title, a
capitalised run of three words or more opened by a word the text writes alone elsewhere is that word and a name:
the word is a place that closes the title, or the person whose post the title serves. Sentences written for the
tests, in the shape of the constructions."""

from __future__ import annotations

from tests.officialshelp import people_of


def test_a_place_the_text_names_alone_closes_the_title() -> None:
    """`Thống đốc Kalimantan Rudi Hartono` beside `tỉnh Kalimantan`: the place is the title's, not the name's."""
    officials, _ = people_of(
        "Mưa lớn gây ngập nhiều huyện của tỉnh Kalimantan. "
        "Thống đốc Kalimantan Rudi Hartono đã tới thăm người dân vùng lũ."
    )
    assert officials == {"Rudi Hartono": ["Thống đốc Kalimantan"]}


def test_a_country_written_twice_is_no_part_of_the_name() -> None:
    """`Tổng thống Chile Chile Gabriel Boric`: the country the title has already read, written again by a slip."""
    officials, _ = people_of("Chiều qua, Tổng thống Chile Chile Gabriel Boric đã tiếp đoàn doanh nghiệp.")
    assert officials == {"Gabriel Boric": ["Tổng thống Chile"]}


def test_the_owner_of_a_post_before_its_holder() -> None:
    """`Thư ký báo chí của Thủ tướng Sánchez Pilar Alegría` beside `ông Sánchez`: the post serves the person
    named alone elsewhere, the name after it is the post's holder."""
    officials, people = people_of(
        "Ông Sánchez đã gặp các nghiệp đoàn. "
        "Thư ký báo chí của Thủ tướng Sánchez Pilar Alegría cho biết cuộc gặp diễn ra tốt đẹp."
    )
    assert officials == {"Pilar Alegría": ["Thư ký báo chí của Thủ tướng Sánchez"]}
    assert people == ["Sánchez"]


def test_a_title_with_its_country_takes_no_second_one() -> None:
    """`Thượng nghị sĩ Mỹ Jordan Michael Smith`: a country after a title that already names one opens the name."""
    officials, _ = people_of("Thượng nghị sĩ Mỹ Jordan Michael Smith đã phát biểu tại phiên họp.")
    assert officials == {"Jordan Michael Smith": ["Thượng nghị sĩ Mỹ"]}


def test_a_title_with_its_country_takes_no_place_either() -> None:
    """`Bộ trưởng Ngoại giao Úc Victoria Anne Brown` beside `ở bang Victoria`: the title has its country."""
    officials, _ = people_of(
        "Mưa lớn gây ngập nhiều nơi ở bang Victoria. Bộ trưởng Ngoại giao Úc Victoria Anne Brown đã lên tiếng."
    )
    assert officials == {"Victoria Anne Brown": ["Bộ trưởng Ngoại giao Úc"]}


def test_a_given_name_written_alone_is_no_place() -> None:
    """`Robert lập gia đình`: a word alone with no place cue before it says nothing of a place."""
    officials, _ = people_of(
        "Robert lập gia đình năm 1990. Thượng nghị sĩ Robert Francis Kennedy đã phát biểu tại phiên họp."
    )
    assert officials == {"Robert Francis Kennedy": ["Thượng nghị sĩ"]}


def test_a_part_of_a_hyphenated_name_is_no_place() -> None:
    """`tại Nawaf-Salem`, `tại Al-Nawaf`: after a place cue, a word glued to another is a part of a longer name."""
    for place in ("Nawaf-Salem", "Al-Nawaf"):
        officials, _ = people_of(
            f"Lễ khánh thành diễn ra tại {place}. Thủ tướng Nawaf Khalid Hamad cho biết dự án hoàn thành đúng hạn."
        )
        assert officials == {"Nawaf Khalid Hamad": ["Thủ tướng"]}


def test_a_place_cue_ending_a_compound_places_nothing() -> None:
    """`Hiện tại Maria`: `tại` ends `hiện tại` (now), no place cue; `Maria` opens the minister's name."""
    officials, _ = people_of(
        "Hiện tại Maria vẫn chưa lên tiếng. Bộ trưởng Maria Luisa Carcedo cho biết sẽ họp báo vào tuần tới."
    )
    assert officials == {"Maria Luisa Carcedo": ["Bộ trưởng"]}

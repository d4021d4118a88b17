"""Round 22, people: a given name alone after a kin word of address (`chị Vân`), read unless it is the short form
of a name the text writes in full (written examples, one per construction)."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from vnreport.extract.officials import read_people
from vnreport.extract.officials.lexicon import FORMAL_ANCHORS, address_genders, kin_anchors, other_gender
from vnreport.segment.document import segment


def untitled(text: str) -> list[str]:
    return people_of(text, words="dictionary")[1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hàng xóm kể rằng chị Mận (40 tuổi) đã báo cho công an xã.", "Mận"),
        ("Chị Thu Cúc, một tiểu thương ở chợ, than phiền về giá thuê sạp.", "Thu Cúc"),
        ("Người phụ nữ tự xưng là cô Lụa hướng dẫn khách vào thắp hương.", "Lụa"),
    ],
)
def test_a_given_name_after_a_kin_word_is_a_person(text: str, name: str) -> None:
    assert untitled(text) == [name]


def test_a_given_name_after_the_full_name_is_the_same_person() -> None:
    text = "Anh Lò Văn Sáng bị thương nhẹ. Sau đó anh Sáng được đưa về nhà."
    assert untitled(text) == ["Lò Văn Sáng"]


def test_a_given_name_before_the_full_name_is_the_same_person() -> None:
    text = "Theo lời kể, chị Thanh Hoa ngã xuống ruộng. Gia đình bà Trịnh Thanh Hoa đã gọi cấp cứu."
    assert "Thanh Hoa" not in untitled(text)


def test_a_full_name_written_but_not_read_still_stands_behind_its_given_name() -> None:
    # `cháu ngoại Đinh Gia Bảo`: the full name, whatever reads it, so `cháu Gia Bảo` is no second person
    assert "Gia Bảo" not in untitled("Bà đến đón cháu ngoại Đinh Gia Bảo ở trường. Cháu Gia Bảo khóc suốt đường về.")


def test_a_given_name_mistyped_without_its_tone_is_the_same_person() -> None:
    text = "Ông Đặng Văn Thịnh nuôi tôm đã ba năm. Ao nuôi của anh Thinh rộng hơn một héc-ta."
    assert "Thinh" not in untitled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quan hệ anh em Việt Nam - Lào ngày càng bền chặt.",  # a compound: brothers
        "Thủ tướng Anh Theresa May phát biểu tại London.",  # the country, in capitals mid-sentence
        "Người dân thấy anh H. nằm bất tỉnh bên đường.",  # an initial: the anonymised
        "Các thế hệ con cháu Lào luôn ghi nhớ điều đó.",  # a compound, then a country
    ],
)
def test_no_given_name_after_a_compound_a_country_or_an_initial(text: str) -> None:
    assert untitled(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Anh Quốc đã rời Liên minh châu Âu từ năm 2020.",  # the kin word opens a country's name: Britain
        "Em Bé ngủ say trong nôi suốt buổi chiều.",  # a kin word after a kin word: the baby
    ],
)
def test_no_given_name_where_the_kin_word_opens_a_country_or_the_name_is_a_kin_word(text: str) -> None:
    assert untitled(text) == []


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Chị Lan cho biết chiếc xe chạy rất nhanh.", "Lan", "f"),
        ("Anh Nam đã gọi cấp cứu ngay sau đó.", "Nam", "m"),
        ("Em Hòa được đưa về nhà trong đêm.", "Hòa", None),
        ("Ông Trần Văn Ba nói rằng con đường này hay có tai nạn.", "Trần Văn Ba", "m"),
    ],
)
def test_a_word_of_address_tells_the_persons_gender(text: str, name: str, gender: str | None) -> None:
    # the gender the extractor gives the person named after a kin or formal word of address
    records = read_people(segment("Tai nạn giao thông\n\n" + text, words="dictionary"))
    assert [(r.name, r.gender) for r in records] == [(name, gender)]


def test_formal_and_kin_words_of_address_come_from_one_table() -> None:
    # one table gives the formal set, the kin words and every word's gender: no word is stated twice
    assert FORMAL_ANCHORS and not FORMAL_ANCHORS & kin_anchors().keys()
    assert address_genders().keys() == FORMAL_ANCHORS | kin_anchors().keys()


def test_a_kin_word_that_is_also_a_given_name_is_read_after_a_kin_word() -> None:
    # `anh Bé`: no common word (unlike `em bé`, the baby): a man called Bé
    assert untitled("Người bảo vệ kể rằng anh Bé đã báo cho công an xã.") == ["Bé"]


@pytest.mark.parametrize(("word", "ruled_out"), [("ông", "f"), ("bà", "m"), ("ngài", None), ("chị", None)])
def test_a_formal_word_of_address_rules_out_the_other_gender(word: str, ruled_out: str | None) -> None:
    # `ông` never points back to a woman named before; a kin word is no formal anchor and rules out nothing here
    assert other_gender(word) == ruled_out

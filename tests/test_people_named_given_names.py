"""Round 28, people: a given name alone after a noun for a person and `tên` (named): `một phụ nữ tên Thủy`, `cha
tên Quân`, `cụ bà tên Lành` (issue #12; names_named_heads.tsv and the words of address of names_kin_anchors.tsv).
Written examples, one per construction; each names one person so that it fails without the construction."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from vnreport.extract.officials import read_people
from vnreport.segment.document import segment


def untitled(text: str) -> list[str]:
    return people_of(text, words="dictionary")[1]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Phóng viên gặp một thanh niên tên Khải đang đứng trước cổng chợ.", ["Khải"]),  # a person's noun
        ("Cậu bé kể rằng bố tên Lộc, mẹ tên Duyên, nhà ở gần bến xe.", ["Lộc", "Duyên"]),  # kin nouns
    ],
)
def test_a_given_name_after_a_person_named_is_a_person(text: str, names: list[str]) -> None:
    assert untitled(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Trong xóm có một ông lão tên Tư sống bằng nghề đan lưới.", ["Tư"]),  # a compound of a word of address
        ("Cụ bà tên Mận năm nay đã ngoài tám mươi tuổi.", ["Mận"]),
        ("Cô tên Lụa bán rau ở đầu ngõ đã nhiều năm.", ["Lụa"]),  # a word of address (names_kin_anchors.tsv)
        ("Cháu bé tên Bống được đưa đi cấp cứu kịp thời.", ["Bống"]),
        ("Anh kể rằng có một người bạn tên Khang làm cùng xưởng.", ["Khang"]),  # kin nouns not of address
        ("Một cụ tên Khánh ngồi bán nước chè bên đường.", ["Khánh"]),
        ("Người lái xe là chú tên Phúc ở xóm bên.", ["Phúc"]),
    ],
)
def test_a_given_name_after_a_word_of_address_and_tên_is_a_person(text: str, names: list[str]) -> None:
    assert untitled(text) == names


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Cậu bé kể rằng mẹ tên Duyên đi làm xa.", "f"),
        ("Một phụ nữ tên Thắm ra mở cửa.", "f"),
        ("Trong xóm có một ông lão tên Tư sống một mình.", "m"),
    ],
)
def test_the_noun_before_tên_tells_the_gender(text: str, gender: str) -> None:
    (record,) = [r for r in read_people(segment(text, words="dictionary")) if not r.titles]
    assert record.gender == gender


def test_a_given_name_after_tên_is_not_a_short_form_of_another_person() -> None:
    text = "Một phụ nữ tên Hằng ra mở cửa. Bà Đỗ Thị Hằng, chủ nhà, nói rằng bà không biết gì."
    assert untitled(text) == ["Đỗ Thị Hằng"]


@pytest.mark.parametrize(
    "text",
    [
        "Con phố mang tên Lạc Long Quân ở gần nhà một cô gái tên Ngân.",  # a thing's name
        "Một cô gái tên Ngân nuôi con mèo tên Mướp rất lười.",  # an animal
        "Ông ấy có cái tên Mộc rất lạ, còn một cô gái tên Ngân thì không.",  # a thing's name: `cái` is no person
    ],
)
def test_no_person_after_the_name_of_a_thing(text: str) -> None:
    assert untitled(text) == ["Ngân"]


def test_no_person_after_a_verb_ending_in_a_noun_for_a_person() -> None:
    # `công bố` (announce) ends in `bố` (father): the noun must be a word of its own
    assert untitled("Hội đồng đã công bố tên Hải Đăng là tác phẩm đoạt giải năm nay.") == []


@pytest.mark.parametrize(
    ("text", "names", "gender"),
    [
        ("Trong xóm có một bà cụ tên Nhàn sống một mình.", ["Nhàn"], "f"),
        ("Anh Bình đưa cháu gái tên Thảo đi khám bệnh.", ["Bình", "Thảo"], "f"),
        ("Chị Thơm cho biết cháu trai tên Tùng vẫn chưa về nhà.", ["Thơm", "Tùng"], "m"),
    ],
)
def test_a_compound_kin_noun_before_tên_names_a_person(text: str, names: list[str], gender: str) -> None:
    """`bà cụ`, `cháu gái`, `cháu trai`: compounds whose last word (`cụ`, `gái`, `trai`) alone is no whole noun."""
    records = read_people(segment(text, words="dictionary"))
    assert [r.name for r in records if not r.titles] == names
    assert records[-1].gender == gender

"""Round 30 constructions (issue #12): foreign officials written with an initial glued to the surname, a degree
`Dr` or a capitalised `Ngài` before the name, a name after `là` and a word of a past time, and initials that write
a name given in full elsewhere (each test in its shape, with sentences of our own)."""

from __future__ import annotations

from tests.officialshelp import people_of
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def test_an_initial_glued_to_a_one_word_surname_after_a_title() -> None:
    officials, _ = people_of("Tổng thống Ba Lan K.Wojtyla đã tiếp đoàn đại biểu tại thủ đô.")
    assert officials == {"K.Wojtyla": ["Tổng thống Ba Lan"]}


def test_an_initial_glued_to_a_transcribed_surname_that_opens_with_one_letter() -> None:
    officials, _ = people_of("Thủ tướng Nhật Bản T.A-sô cho biết chính phủ sẽ họp khẩn.")
    assert officials == {"T.A-sô": ["Thủ tướng Nhật Bản"]}


def test_a_glued_vietnamese_syllable_after_an_initial_stays_an_abbreviated_place() -> None:
    officials, _ = people_of("Ông Lê Văn Tâm, Chủ tịch UBND H.Phong Điền cho biết đê đã được gia cố.")
    assert officials == {"Lê Văn Tâm": ["Chủ tịch UBND H.Phong Điền"]}


def test_a_doctor_degree_before_a_foreign_name_is_no_part_of_the_name() -> None:
    officials, _ = people_of("Bộ trưởng Y tế Malaysia Dr Lim Kok Wing cho biết dịch đã được kiểm soát.")
    assert officials == {"Lim Kok Wing": ["Bộ trưởng Y tế Malaysia"]}


def test_a_capitalised_ngai_inside_a_sentence_opens_no_foreign_name() -> None:
    officials, _ = people_of("Bộ trưởng đã tiếp Ngài Jorge Vasquez, Tổng Thư ký Tổ chức Hàng hải Quốc tế.")
    assert officials == {"Jorge Vasquez": ["Tổng Thư ký Tổ chức Hàng hải Quốc tế"]}


def test_a_name_after_a_past_time_and_la_held_the_title_then() -> None:
    found, _ = extract_people(segment("Năm 1999, Thủ tướng Canada khi đó là Robert Fowler đã phản đối kế hoạch."))
    assert [(o.name, [(t.text, t.current) for t in o.titles]) for o in found] == [
        ("Robert Fowler", [("Thủ tướng Canada", False)])
    ]


def test_a_bare_la_without_a_word_of_time_gives_no_title() -> None:
    officials, _ = people_of("Mục tiêu của Thủ tướng Canada là Robert Fowler phải rút lui.")
    assert "Robert Fowler" not in officials


def test_initials_of_a_name_given_in_full_are_the_same_person() -> None:
    officials, people = people_of(
        "Thủ tướng tiếp ông Hiroshi Tanabe, Trưởng đại diện Tổ chức Xúc tiến thương mại Nhật Bản. "
        "Ông H. Tanabe cho rằng vốn đầu tư sẽ tăng mạnh."
    )
    assert officials == {"Hiroshi Tanabe": ["Trưởng đại diện Tổ chức Xúc tiến thương mại Nhật Bản"]}
    assert people == []


def test_initials_written_before_the_full_name_join_it() -> None:
    officials, people = people_of(
        "Ông H. Tanabe cho rằng vốn đầu tư sẽ tăng mạnh. "
        "Thủ tướng tiếp ông Hiroshi Tanabe, Trưởng đại diện Tổ chức Xúc tiến thương mại Nhật Bản."
    )
    assert officials == {"Hiroshi Tanabe": ["Trưởng đại diện Tổ chức Xúc tiến thương mại Nhật Bản"]}
    assert people == []


def test_a_middle_initial_written_tight_or_spaced_is_one_person() -> None:
    officials, _ = people_of("Tổng thống Harold W. Jensen ra lệnh. Tổng thống Harold W.Jensen đã nhận định như vậy.")
    assert officials == {"Harold W. Jensen": ["Tổng thống"]}

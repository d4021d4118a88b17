"""Round 33, photo credits (issues #12/#13): a one-letter syllable ends a credit's name (`Ảnh: Như Ý.`), initials
keep the dot of their last letter as written (`Ảnh: N.S.`), and a site under a country's two letters closes a
credit as an outlet (`Ảnh: lepoint.fr`)."""

from __future__ import annotations

from tests.orghelp import names
from tests.test_people_credits import people
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def test_a_one_letter_syllable_ends_a_credit_name() -> None:
    text = "Tiêu đề\nMở đầu bài.\nCông nhân sửa mặt đường. Ảnh: Như Ý. Sở Giao thông cho biết sẽ làm tiếp."
    assert ("Như Ý", "credit") in people(text)


def test_a_one_letter_syllable_ends_a_credit_without_its_colon() -> None:
    text = "Tiêu đề\nMở đầu bài.\nCông nhân sửa mặt đường. Ảnh Gia Y Cho ý kiến về việc này, ông Tâm nói."
    assert ("Gia Y", "credit") in people(text)


def test_initials_keep_the_dot_of_their_last_letter() -> None:
    text = "Tiêu đề\nMở đầu bài.\nNông dân thu hoạch lúa. Ảnh: K.T. Theo anh Hưng, năm nay được mùa."
    found = people(text)
    assert ("K.T.", "credit") in found
    assert ("K.T", "credit") not in found


def test_a_name_after_initials_leaves_the_dot_to_its_sentence() -> None:
    text = "Tiêu đề\nMở đầu bài.\nNông dân thu hoạch lúa. Ảnh: K.Tâm. Theo anh Hưng, năm nay được mùa."
    assert ("K.Tâm", "credit") in people(text)


def test_a_site_under_a_country_code_closes_a_credit() -> None:
    found = names("Thủ tướng hai nước hội đàm. Ảnh: tintuc.fr Cuộc gặp kéo dài hai giờ.")
    assert "tintuc.fr" in found, found


def test_two_letters_after_a_dot_outside_a_credit_are_no_site() -> None:
    found = names("Thủ tướng hai nước hội đàm ở thủ đô. Ông Nam.ca sĩ hát mừng.")
    assert not any(n.endswith(".ca") for n in found), found


def test_two_letters_no_country_has_are_no_site() -> None:
    found = names("Thủ tướng hai nước hội đàm. Ảnh: tintuc.zz Cuộc gặp kéo dài hai giờ.")
    assert not any(n.endswith(".zz") for n in found), found


def test_credit_initials_stay_linear() -> None:
    def seconds(n: int) -> float:
        text = "Tiêu đề\nMở đầu bài.\n" + "Nông dân thu hoạch lúa. Ảnh: K.T. Theo anh Hưng, được mùa. " * n
        doc = segment(text)
        return best_cpu_seconds(lambda: extract_people(doc))

    assert doubling_ratio(seconds, 200) < 2.5


def test_a_degree_after_a_source_cue_is_no_site() -> None:
    found = names("Theo PGS.TS Trần Văn Bình, Phó Chủ tịch Hội, số ca bệnh đã giảm.")
    assert not any(n.lower() == "pgs.ts" for n in found), found
    found = names("Theo ThS.BS Trần Văn Bình, Phó Chủ tịch Hội, số ca bệnh đã giảm.")  # `bs` is a country's code
    assert not any(n.lower() == "ths.bs" for n in found), found


def test_a_one_letter_syllable_before_a_capitalised_word_opens_the_next_sentence() -> None:
    text = "Tiêu đề\nMở đầu bài.\nCông nhân sửa mặt đường. Ảnh: Minh Đức Ở Hà Nội, công việc này làm cả đêm."
    found = people(text)
    assert ("Minh Đức", "credit") in found, found
    assert not any(name.startswith("Minh Đức Ở") for name, _ in found), found

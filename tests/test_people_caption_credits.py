"""Photo credits left in the body: a credit after a caption that ended without its full stop, and a credit whose
name meets an acronym of the next sentence (issue #12). Each construction in an invented sentence."""

from __future__ import annotations

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def people(text: str) -> list[tuple[str, str]]:
    _, found = extract_people(segment(text))
    return [(p.name, p.kind) for p in found]


def test_a_credit_after_a_caption_without_its_full_stop() -> None:
    text = "Tiêu đề\nMở đầu bài.\nNgư dân kéo lưới trên bãi biển  Ảnh: Hồng Vân Hôm qua, tàu đã cập cảng an toàn.\n"
    assert people(text) == [("Hồng Vân", "credit")]


def test_a_lower_case_word_before_a_lower_case_cue_opens_no_credit() -> None:
    text = "Tiêu đề\nMở đầu bài.\nDu khách dừng lại chụp ảnh: Thu Hà đứng giữa, Lan đứng bên.\n"
    assert people(text) == []


def test_an_acronym_without_a_vowel_ends_a_credit_in_capitals() -> None:
    text = "Tiêu đề\nMở đầu bài.\nKhán đài đã xuống cấp. Ảnh: LÊ THẮM SVĐ Thống Nhất cũng bị kiểm tra.\n"
    assert people(text) == [("LÊ THẮM", "credit")]

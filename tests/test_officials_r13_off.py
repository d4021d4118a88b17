"""Round 13 (officials and people): constructions counted over the five dev sets and the corpus."""

from __future__ import annotations

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def people(text: str) -> list[tuple[str, str]]:
    _, found = extract_people(segment(text))
    return [(p.name, p.kind) for p in found]


def test_initials_in_capitals_before_the_next_sentence_are_a_photo_credit() -> None:
    text = "Tiêu đề\nMở đầu bài.\nCánh đồng lúa chín vàng. Ảnh: HV Mùa này nông dân thu hoạch sớm hơn mọi năm."
    assert people(text) == [("HV", "credit")]
    text = "Tiêu đề\nMở đầu bài.\nXe tải lật bên đường. Ảnh: QN Theo người dân, xe chạy rất nhanh."
    assert people(text) == [("QN", "credit")]


def test_capitals_before_a_name_or_heading_stay_unread() -> None:
    text = "Tiêu đề\nMở đầu bài.\nĐoàn công tác tới thăm. Ảnh: HV Cần Thơ Cần Thơ: Hội nghị bàn về lúa gạo."
    assert people(text) == []


def test_an_outlet_or_a_generic_credit_in_capitals_is_no_person() -> None:
    for credit in ("PA", "WSJ", "ST", "TG", "BTC"):
        text = f"Tiêu đề\nMở đầu bài.\nQuang cảnh cuộc họp. Ảnh: {credit} Sau đó, đoàn đi thăm nhà máy."
        assert people(text) == [], credit

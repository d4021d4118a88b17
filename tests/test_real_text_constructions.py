"""Organisations and places on real text (issue #13, second pass): the constructions found by reading a
fresh sample of corpus articles, one written example each (never corpus text)."""

from __future__ import annotations

import pytest

from vnreport.extract import run_extractors
from vnreport.report.model import Location, Organization
from vnreport.segment.document import segment


def _run(text: str) -> tuple[dict[str, Organization], dict[str, Location]]:
    doc = segment(text, words="dictionary")
    found = run_extractors(doc)
    for entity in [*found.organizations.organizations, *found.locations]:
        for mention in entity.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
    orgs = {o.name: o for o in found.organizations.organizations}
    return orgs, {p.name: p for p in found.locations}


def orgs(text: str) -> list[str]:
    return list(_run(text)[0])


def places(text: str) -> list[str]:
    return list(_run(text)[1])


# --- a body's name in lower case after its head -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Hải, Cục trưởng Cục phòng chống tham nhũng, cho biết.", "Cục phòng chống tham nhũng"),
        ("Lãnh đạo Ủy ban chứng khoán Nhà nước khẳng định thị trường ổn định.", "Ủy ban chứng khoán Nhà nước"),
        ("Ông Tâm, Vụ trưởng Vụ báo chí, phát biểu.", "Vụ báo chí"),
        ("Bộ giao Vụ Kết cấu hạ tầng giao thông rà soát.", "Vụ Kết cấu hạ tầng giao thông"),
        ("Cục trưởng Cục quản lý Khám, chữa bệnh Trần Văn Hòa yêu cầu.", "Cục quản lý Khám, chữa bệnh"),
        (
            "Hồ sơ gửi Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ để thẩm duyệt.",
            "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        ),
    ],
)
def test_name_in_lower_case_after_its_head(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vụ cán bộ đánh nhau sau bữa tiệc đã được xử lý.",  # `Vụ` = the case, opening a sentence
        "CHƯƠNG II. QUYỀN, NGHĨA VỤ CỦA NGƯỜI THAM GIA",  # `NGHĨA VỤ` in a heading's capitals
    ],
)
def test_common_phrases_are_no_bodies(text: str) -> None:
    assert orgs(text) == []


def test_venue_named_with_lower_case_words_and_its_city_is_a_place() -> None:
    found_orgs, found_places = _run("Sáng nay, tại Trung tâm hội nghị biểu diễn TP.Hải Phòng, đại hội khai mạc.")
    assert "Trung tâm hội nghị biểu diễn TP.Hải Phòng" in found_places
    assert not any(name.startswith("Trung tâm") for name in found_orgs)

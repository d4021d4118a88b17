"""Round 4 bylines and credits (issue #12), in the shapes of 2023–2025 pages (sentences written for the
tests): a byline glued to the dateline, credits with the outlet first, a source line closing the article,
and the outlets of those lines as organisations."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.extract.organizations import extract_organizations
from vnreport.segment.document import segment

_BODY = "Chiều 24/10, UBND tỉnh tổ chức hội nghị tổng kết. Ông Nguyễn Văn An, Chủ tịch UBND tỉnh chủ trì hội nghị."


def _people(text: str) -> list[str]:
    _, people = extract_people(segment(text))
    return [p.name for p in people]


def _organisations(text: str) -> list[str]:
    return [o.name for o in extract_organizations(segment(text))]


def test_byline_glued_to_the_dateline() -> None:
    text = f"Tổng kết năm\n\nMinh Thư Thứ bảy, ngày 25/10/2025 06:05 GMT+7\n\n{_BODY}"
    assert _people(text) == ["Minh Thư"]


@pytest.mark.parametrize(
    ("line", "people", "organisation"),
    [
        ("Ảnh: VGP/Hải Nam", ["Hải Nam"], "VGP"),
        ("Thu Hà (TTXVN)", ["Thu Hà"], "TTXVN"),
        ("Ảnh: Hoàng Giang/TTXVN", ["Hoàng Giang"], "TTXVN"),
        ("Nguồn: Báo Nhân Dân", [], "Báo Nhân Dân"),
        ("Theo Quỳnh Anh, Đồ họa: Bảo Long/VOV.VN", ["Bảo Long", "Quỳnh Anh"], "VOV.VN"),
    ],
)
def test_closing_credit_line(line: str, people: list[str], organisation: str) -> None:
    text = f"Tổng kết năm\n\n{_BODY}\n\n{line}"
    assert sorted(_people(text)) == sorted(people)
    assert organisation in _organisations(text)


def test_authors_separated_by_a_mark() -> None:
    assert _people(f"Tổng kết năm\n\n{_BODY}\n\nMai Chi _Quốc Khánh") == ["Mai Chi", "Quốc Khánh"]


def test_caption_credit_with_the_outlet_first() -> None:
    text = f"Tổng kết năm\n\n{_BODY}\n\nThủ tướng phát biểu tại hội nghị. Ảnh: VGP/Hải Nam\n\nHội nghị kết thúc."
    assert _people(text) == ["Hải Nam"]


@pytest.mark.parametrize("tag", ["GLO", "BHG", "GD&TĐ"])
def test_outlet_tag_opening_the_article(tag: str) -> None:
    assert tag in _organisations(f"Tổng kết năm\n\n{tag} - {_BODY}")

"""Organisation constructions of the review of round 31, one written example each: a closing `Theo X` source line
names an outlet only at the article's end and not in a personal name's shape (finding 4); a photo credit's foreign
name ends at a Vietnamese word, marked or not, and goes on over a foreign word with marks (finding 5)."""

from __future__ import annotations

import pytest

from vnreport.extract import run_extractors
from vnreport.segment.document import segment


def names(text: str) -> list[str]:
    return [org.name for org in run_extractors(segment(text, words="dictionary")).organizations.organizations]


@pytest.mark.parametrize(
    "text",
    [
        "Nhật Bản tăng lãi suất. Theo John Smith\nThị trường chứng khoán châu Á giảm mạnh trong phiên sáng.",
        "Nhật Bản tăng lãi suất lần đầu sau nhiều năm.\nTheo John Smith",
    ],
)
def test_theo_with_a_persons_name_or_more_text_after_is_no_source(text: str) -> None:
    assert "John Smith" not in names(text)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Nhật Bản tăng lãi suất lần đầu sau nhiều năm.\nTheo Vnreview", "Vnreview"),
        ("Nhật Bản tăng lãi suất lần đầu sau nhiều năm.\nTheo Vnreview.", "Vnreview"),  # its full stop
        ("Nhật Bản tăng lãi suất lần đầu sau nhiều năm.\nTheo Gulf Times", "Gulf Times"),  # an outlet form
    ],
)
def test_theo_closing_the_article_names_its_source(text: str, outlet: str) -> None:
    assert outlet in names(text)


@pytest.mark.parametrize(
    ("text", "outlet", "run_on"),
    [
        ("Khách mời dự lễ khai mạc. Ảnh: Aviacom Ban tổ chức cho biết sẽ mở rộng.", "Aviacom", "Aviacom Ban"),
        ("Khách mời dự lễ khai mạc. Ảnh: Aviacom Tin mới nhất cho thấy giá tăng.", "Aviacom", "Aviacom Tin"),
        ("Khách mời dự lễ khai mạc. Ảnh: Agence Française Bộ trưởng cho biết.", "Agence Française", "Agence"),
    ],
)
def test_a_credits_foreign_name_ends_where_vietnamese_begins(text: str, outlet: str, run_on: str) -> None:
    found = names(text)
    assert outlet in found
    assert run_on not in found

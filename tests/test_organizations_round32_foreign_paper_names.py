"""A foreign paper named after its kind word (and its country) is reported by its own name (issue #13, round 32
part e9): `báo Business Insider` names `Business Insider`, `Tạp chí Mỹ Foreign Affairs` names `Foreign Affairs`,
as the gold writes foreign papers; a Vietnamese outlet keeps its kind word (`báo VnExpress`, `Báo CAND`, `báo Thanh
Niên`)."""

from __future__ import annotations

import pytest

from tests.orghelp import names
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.organizations import find_organizations
from vnreport.segment.document import segment


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theo tờ báo Le Monde, cuộc gặp kéo dài hai giờ.", "Le Monde"),
        ("Tạp chí Mỹ Foreign Affairs hôm qua cho rằng thỏa thuận khó đạt được.", "Foreign Affairs"),
        ("Theo báo The Guardian, cuộc gặp kéo dài hai giờ.", "The Guardian"),
    ],
)
def test_a_foreign_paper_is_named_without_its_kind_word(text: str, name: str) -> None:
    found = names(text)
    assert name in found
    assert not any(found_name.endswith(name) and found_name != name for found_name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theo báo VnExpress, cuộc gặp kéo dài hai giờ.", "báo VnExpress"),
        ("Theo Báo CAND, cuộc gặp kéo dài hai giờ.", "Báo CAND"),
        ("Theo báo Thanh Niên, cuộc gặp kéo dài hai giờ.", "báo Thanh Niên"),
        # Vietnamese outlets named in English (orgs_media.tsv's first section)
        ("Theo báo Vietnam News, cuộc gặp kéo dài hai giờ.", "báo Vietnam News"),
        ("Trả lời báo Tuoi Tre News, ông nói vậy.", "báo Tuoi Tre News"),
    ],
)
def test_a_vietnamese_outlet_keeps_its_kind_word(text: str, name: str) -> None:
    assert name in names(text)


def _papers_seconds(count: int) -> float:
    sentence = "Theo báo Business Insider, Cơ quan Mạng và an ninh Nhật Bản và Cục Thương mại và Đầu tư đã họp. "
    doc = segment(sentence * count, words="dictionary")
    return best_cpu_seconds(lambda: find_organizations(doc))


def test_foreign_papers_and_second_fields_take_linear_time() -> None:
    """Each paper's name and each field after `và` is read once, no scan back over the names read before it: many of
    them take about twice the time at twice the count (2.5 allowed on a busy machine), not four."""
    assert doubling_ratio(_papers_seconds, 100) < 2.5


def _second_fields_seconds(count: int) -> float:
    doc = segment("Ủy ban Thương mại và Đầu tư và Công nghiệp " * count, words="dictionary")
    return best_cpu_seconds(lambda: find_organizations(doc))


def test_bodies_whose_second_fields_run_into_the_next_body_take_linear_time() -> None:
    """`Ủy ban X và Y và Z Ủy ban …` repeated: each body's name stops at the next head, which is parsed once per
    depth (grammar.py `_opens_at`), so the count doubled takes about twice the time, not four (2.5 allowed)."""
    assert doubling_ratio(_second_fields_seconds, 150) < 2.5

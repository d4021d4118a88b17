"""Round 14 of the article's year: one written sentence per shape, in the shape of real leads."""

from __future__ import annotations

from vnreport.extract import run_extractors
from vnreport.segment.document import segment


def _year(text: str) -> tuple[int | None, str]:
    found = run_extractors(segment(text, words=False))
    return found.year, found.year_source


def test_the_lead_year_is_the_latest_day_the_lead_reports_not_the_first_recalled() -> None:
    text = (
        "Trao quyết định\n\n"
        "Khu di tích được công nhận ngày 12/3/1998. Ngày 5/9/2016, UBND huyện đã trao bằng công nhận cho xã."
    )
    assert _year(text) == (2016, "lead_date")


def test_a_lead_with_one_dated_day_keeps_its_year() -> None:
    assert _year("Tin ngắn\n\nSáng 5/9/2016, đoàn công tác đến thăm xã.") == (2016, "lead_date")

"""Place constructions of round 31, one written example each: a country, province or region written right after
a one-word organisation name is the name of its branch (`Agribank Nghệ An`), not a place of its own."""

from __future__ import annotations

import gc
import time

import pytest

from tests.timing import doubling_ratio
from vnreport.extract import run_extractors
from vnreport.extract.locations import extract_locations, find_places
from vnreport.extract.organizations import find_organizations
from vnreport.report.model import Location
from vnreport.segment.document import segment


def locations(text: str) -> list[Location]:
    return run_extractors(segment(text, words="dictionary")).locations


def places(text: str) -> list[str]:
    return [location.name for location in locations(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Năm ngoái Agribank Đồng Nai đã giải ngân thêm vốn cho nông dân trồng cà phê.", "Đồng Nai"),
        ("Khách hàng phản ánh với Vietcombank Đà Nẵng về phí chuyển tiền.", "Đà Nẵng"),
    ],
)
def test_a_place_right_after_a_brand_names_its_branch(text: str, place: str) -> None:
    assert place not in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Agribank mở thêm chi nhánh tại Đồng Nai trong tháng này.", "Đồng Nai"),  # `tại` between: where it is
        ("Các quốc gia trong liên minh NATO vùng Vịnh ủng hộ kế hoạch.", "vùng Vịnh"),  # lower case: no name's word
    ],
)
def test_a_place_apart_from_the_brand_stays(text: str, place: str) -> None:
    assert place in places(text)


def _merge_seconds(count: int) -> float:
    """CPU seconds of merging the places of `count` branches, best of three, the collector off."""
    text = "Agribank Đồng Nai và UBND TP Đà Nẵng báo cáo. " * count
    doc = segment(text, words="dictionary")
    found = find_places(doc)
    names = find_organizations(doc, found).spans
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            started = time.process_time()
            extract_locations(doc, found, names)
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


def test_merging_many_branches_takes_linear_time() -> None:
    """Each place is checked against the set of brand ends, no scan of every name per place:
    thousands of them take twice the time at twice the count (2.5 allowed on a busy machine), not four."""
    assert doubling_ratio(_merge_seconds, 400) < 2.5

"""Organisations: a body named after a body (`Ủy ban A và B Ủy ban C …`, `Ban X của Ủy ban Y của Hội đồng Z …`) is
asked for by the one before it (as its parent, as a head inside its open name) and by the scan: each (token,
depth) is parsed once, so each token of such a run is read a bounded number of times (issue #14, round 33)."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.locations import find_places
from vnreport.extract.organizations import find_organizations
from vnreport.extract.organizations import names as org_names
from vnreport.segment.document import Document, segment

HOSTILE = "Ủy ban A và B và C "  # each body's open name runs to the next body's head, which is its parent
NESTED = "Ban Tổ chức của Ủy ban Kiểm tra của Hội đồng Nhân dân "
PLAIN = "UBND tỉnh Nghệ An, Sở Tài chính và Bộ Công an họp. "


def _doc(unit: str, count: int) -> Document:
    return segment(unit * count + ".", words="dictionary")


def test_a_run_of_bodies_named_after_bodies_reads_each_token_a_few_times(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc(HOSTILE, 200)
    places = find_places(doc)
    steps = 0
    step = org_names._name_step

    def counted(*args: object, **kwargs: object) -> object:
        nonlocal steps
        steps += 1
        return step(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(org_names, "_name_step", counted)
    found = find_organizations(doc, places)
    assert found.spans  # the bodies are still read
    tokens = len(doc.body_arrays)
    # once per depth a body may be asked at (0 to 3), and a step or two more: 16 a token when each asker parsed anew
    assert steps <= 8 * tokens, f"{steps / tokens:.1f} name steps a token"


@pytest.mark.parametrize("unit", [HOSTILE, NESTED, PLAIN])
def test_bodies_named_after_bodies_double_the_time_when_doubled(unit: str) -> None:
    def seconds_at(count: int) -> float:
        doc = _doc(unit, count)
        places = find_places(doc)
        return best_cpu_seconds(lambda: find_organizations(doc, places))

    ratio = doubling_ratio(seconds_at, 150)
    assert ratio <= 2.5, f"×{ratio:.1f} for twice the bodies"

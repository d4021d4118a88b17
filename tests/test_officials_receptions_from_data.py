"""Roles: the of-cues that name a reception by its host (`buổi tiếp của A với B`: A hosts, B is the guest) are read
from officials_role_cues.tsv, the table the cues come from (its chaired of-cues that hold `tiếp`), not repeated in
the code (issue #14, round 33)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vnreport.extract.officials import extract_people
from vnreport.extract.officials import roles as roles_module
from vnreport.extract.officials.lexicon import RoleCueRow
from vnreport.lexicon import load_rows
from vnreport.segment.document import segment


@pytest.fixture
def fresh() -> Iterator[None]:
    roles_module._receptions_of.cache_clear()
    yield
    roles_module._receptions_of.cache_clear()


def test_the_receptions_are_the_tables_chaired_of_cues_of_receiving(fresh: None) -> None:
    rows = load_rows("officials_role_cues.tsv", RoleCueRow)
    listed = {r.cue for r in rows if r.role == "chaired" and r.where == "of" and "tiếp" in r.cue.split()}
    assert roles_module._receptions_of() == listed >= {"buổi tiếp của", "cuộc tiếp của"}


def test_a_row_added_to_the_table_is_read(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    added = (RoleCueRow("chaired", "lễ tiếp của", "of"), RoleCueRow("attended", "cuộc tiếp kiến của", "of"))
    table = load_rows("officials_role_cues.tsv", RoleCueRow)
    monkeypatch.setattr(roles_module, "load_rows", lambda name, row_type: (*table, *added))
    found = roles_module._receptions_of()
    assert "lễ tiếp của" in found
    assert "cuộc tiếp kiến của" not in found  # an attended cue names no host


def test_the_host_of_a_reception_written_cuoc_tiep_chaired_and_the_guest_attended() -> None:
    text = "Tin tức được nêu tại cuộc tiếp của Bộ trưởng Lê Minh Quân với Đại sứ Pháp, ông Louis Martin, hôm qua."
    people, _ = extract_people(segment(text, words="dictionary"))
    found = {o.name: o.role for o in people}
    assert found == {"Lê Minh Quân": "chaired", "Louis Martin": "attended"}

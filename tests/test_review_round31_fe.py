"""Review of round 31's fifth batch (r31-fa, r31-fb, r31-e13), one written example each: a chain of dashed fields
stops at the cap of a body's fields however long the text runs it (finding 1); a closing `Theo X` source line may
end with its full stop (finding 2, in test_organizations_source_lines.py); a role cue written with its tone mark
placed the other way (`chủ toạ`) is still the cue (finding 7)."""

from __future__ import annotations

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract import run_extractors
from vnreport.extract.officials.titles import role_cue_length, starts_role_cue
from vnreport.extract.organizations.names import _MAX_FIELDS
from vnreport.segment.document import segment
from vnreport.segment.tokens import scan


def test_a_chain_of_dashed_fields_stops_at_the_cap() -> None:
    text = "Phòng Kế hoạch" + " - Điều độ - Kỹ thuật" * 40 + " cho biết."
    found = run_extractors(segment(text, words="dictionary")).organizations.organizations
    assert found
    assert all(org.name.count(" - ") <= _MAX_FIELDS for org in found)


def test_a_role_cue_with_its_tone_mark_placed_the_other_way() -> None:
    view = "Ông A chủ toạ cuộc họp"  # tokens scanned from the raw text, not the match view
    toks = scan(view, 0, len(view))
    assert role_cue_length(toks, 2) == 2
    assert starts_role_cue(toks, 2)


def _chain_seconds(repeats: int) -> float:
    document = segment("Phòng Kế hoạch" + " - Điều độ - Kỹ thuật" * repeats + " cho biết.", words="dictionary")
    return best_cpu_seconds(lambda: run_extractors(document), 3)


def test_a_chain_of_dashed_fields_is_read_in_linear_time() -> None:
    """Each field's chain stops at the cap: twice the chain takes twice the time (2.5 allowed), not four."""
    assert doubling_ratio(_chain_seconds, 200) < 2.5

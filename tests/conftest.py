from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
HANOI = SAMPLES / "hanoi-2024-09-27.txt"
# The shared corpus sits beside a CI checkout; a user's clone does not have it.
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def hanoi_text() -> str:
    return HANOI.read_text(encoding="utf-8")


def needs_shared(sub: str) -> Path:
    path = SHARED / sub
    if not path.exists():
        pytest.skip(f"../shared/{sub} is not beside this clone")
    return path


def event_kind_and(text: str, field: str) -> tuple[str | None, str | None] | None:
    """The event of `text` analysed as of 2024: its kind and one field (`date`, `organizer`); None without one."""
    from vnreport.pipeline import analyze_text

    summary = analyze_text(text, year=2024).summary
    event = summary.event if summary is not None else None
    return (event.kind, getattr(event, field)) if event is not None else None


def event_kind_and_date(text: str) -> tuple[str | None, str | None] | None:
    """The event of `text` analysed as of 2024: its kind and its date; None without one."""
    return event_kind_and(text, "date")


def event_kind_and_organiser(text: str) -> tuple[str | None, str | None] | None:
    """The event of `text` analysed as of 2024: its kind and its organiser; None without one."""
    return event_kind_and(text, "organizer")


def found_event_kind_and(text: str, field: str) -> tuple[str | None, str | None]:
    """`event_kind_and` for a text that must report an event: fails the test when it reports none."""
    found = event_kind_and(text, field)
    assert found is not None, "no event reported"
    return found

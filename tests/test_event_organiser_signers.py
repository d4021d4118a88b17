"""Round 23, the organiser of a paper signed as the news: the body of its signer's title, but not of an official
who only tells that someone else signed it; written sentences in the shape of real leads."""

from __future__ import annotations

from vnreport.pipeline import analyze_text
from vnreport.report.model import Event

_TITLE = "Kỷ luật cán bộ xã\n\n"
_SPEAKER = "Ngày 12/3, ông Trần Văn Bình, Chủ tịch UBND xã Hòa Lạc, "


def _event(text: str) -> Event:
    summary = analyze_text(text, year=2024).summary
    assert summary is not None and summary.event is not None
    return summary.event


def test_an_official_who_tells_that_the_leaders_signed_is_no_signer() -> None:
    event = _event(_TITLE + _SPEAKER + "cho biết lãnh đạo huyện vừa ký quyết định cách chức trưởng thôn.")
    assert event.kind == "directive"
    assert event.organizer is None  # the district's leaders signed, and the text names no body of theirs


def test_an_official_who_tells_that_he_signed_gives_his_body() -> None:
    event = _event(_TITLE + _SPEAKER + "cho biết đã ký quyết định cách chức trưởng thôn.")
    assert event.kind == "directive"
    assert event.organizer == "UBND xã Hòa Lạc"


def test_an_official_who_tells_that_his_own_body_signed_gives_it() -> None:
    """`Ủy ban` after the comma is his own committee, no other body named: he tells of his body's act."""
    event = _event(_TITLE + _SPEAKER + "cho biết, Ủy ban đã ký quyết định cách chức trưởng thôn.")
    assert event.organizer == "UBND xã Hòa Lạc"


def test_an_official_who_tells_that_a_paper_was_signed_gives_his_body() -> None:
    """A capitalised paper signed in the passive (`Quyết định … đã được ký`) names no other signer."""
    event = _event(_TITLE + _SPEAKER + "xác nhận Quyết định cách chức trưởng thôn đã được ký.")
    assert event.organizer == "UBND xã Hòa Lạc"


def test_an_official_who_tells_that_another_body_signed_is_no_signer() -> None:
    """Another body named after the telling verb signed: not the teller's."""
    event = _event(_TITLE + _SPEAKER + "cho biết UBND huyện Phú Hòa vừa ký quyết định cách chức trưởng thôn.")
    assert event.organizer == "UBND huyện Phú Hòa"


def test_the_leaders_told_of_after_rang_are_another_signer() -> None:
    """`rằng` (a told_opener of summary_cues.tsv) stands between the telling verb and the clause it opens."""
    event = _event(_TITLE + _SPEAKER + "cho biết rằng lãnh đạo huyện vừa ký quyết định cách chức trưởng thôn.")
    assert event.organizer is None

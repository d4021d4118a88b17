"""The body that opens the event's clause holds it even when its own acronym stands in parentheses between it and
the event word (issue #13, round 32 part e9): `Ủy ban X (EIC) của Diễn đàn Y … nhóm họp` is held by `Ủy ban X`; the
acronym is a mention of the same body, no other body between them."""

from __future__ import annotations

from tests.conftest import event_kind_and_organiser


def test_the_subject_body_with_its_acronym_in_parentheses_holds_the_meeting() -> None:
    text = (
        "Ủy ban phụ trách đầu tư họp phiên thứ hai\n\n"
        "Ngày 13/5, Ủy ban Kinh tế (EIC) của Diễn đàn Hợp tác Kinh tế Đông Á (EAEF) đã bắt đầu nhóm họp ở Đà Nẵng. "
        "Đây là phiên họp thứ hai của EIC trong năm nay."
    )
    assert event_kind_and_organiser(text) == ("conference", "Ủy ban Kinh tế")

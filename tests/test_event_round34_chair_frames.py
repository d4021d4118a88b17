"""Round 34 of the event's chair (issue #14): an official who speaks at his own meeting that frames the lead chairs
it (`Tại cuộc họp với các sở, ngành …, Chủ tịch A nhấn mạnh …`, gold README "Settled in round 34"); a visit told by
its trip noun has as chair the leader the noun belongs to (`Chuyến thăm Nhật Bản của Thủ tướng A diễn ra …`). One
written sentence per shape; the entity sections are built by hand."""

from __future__ import annotations

from tests.reporthelp import HandReport
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text
from vnreport.segment.document import segment
from vnreport.summary import people
from vnreport.summary.tokens import body_sentences


def test_who_speaks_at_a_meeting_that_frames_the_lead_chairs_it() -> None:
    # gold README, round 34: an official who speaks at his own meeting chairs it; his role stays `spoke`
    leads = (
        "Tại cuộc họp với các sở, ngành chiều 30/5/2024, Chủ tịch UBND tỉnh Trần Văn Lâm nhấn mạnh các ngành "
        "phải khẩn trương giải ngân vốn đầu tư công.",
        "Tại cuộc họp giao ban Chủ tịch, Phó Chủ tịch UBND tỉnh với giám đốc các sở chiều 30/5/2024, Chủ tịch "
        "UBND tỉnh Trần Văn Lâm yêu cầu các ngành khẩn trương giải ngân vốn đầu tư công.",
        "Chiều 30/5/2024, trong buổi họp về tiến độ dự án cầu Bến Lức, ông Trần Văn Lâm, Chủ tịch UBND tỉnh, "
        "yêu cầu các sở khẩn trương giải ngân vốn đầu tư công.",
    )
    for lead in leads:
        hand = HandReport("Họp bàn giải ngân\n\n" + lead)
        hand.official("Trần Văn Lâm", ["Chủ tịch UBND tỉnh"], ["spoke"])
        hand.date("chiều 30/5/2024" if "chiều" in lead else "Chiều 30/5/2024", "2024-05-30")
        event = hand.summary().event
        assert event is not None and event.kind == "meeting", lead
        assert event.chaired == ["Trần Văn Lâm"], lead
        assert hand.report.officials[0].role == "spoke"


def test_who_speaks_at_another_s_meeting_or_a_press_conference_does_not_chair() -> None:
    leads = (
        "Tại cuộc họp do Bộ Xây dựng tổ chức chiều 30/5/2024, ông Trần Văn Lâm, Giám đốc Sở Xây dựng, cho biết "
        "sở đã hoàn thành kế hoạch.",
        "Tại cuộc họp với Thứ trưởng Lê Văn Bình chiều 30/5/2024, ông Trần Văn Lâm, Giám đốc Sở Xây dựng, cho "
        "biết sở đã hoàn thành kế hoạch.",
        "Tại cuộc họp báo chiều 30/5/2024, ông Trần Văn Lâm, Giám đốc Sở Xây dựng, cho biết sở đã hoàn thành kế hoạch.",
        "Tại cuộc họp thường kỳ của Bộ Xây dựng chiều 30/5/2024, ông Trần Văn Lâm, Giám đốc Sở Xây dựng, cho biết "
        "sở đã hoàn thành kế hoạch.",
    )
    for lead in leads:
        hand = HandReport("Họp bàn kế hoạch\n\n" + lead)
        hand.official("Lê Văn Bình", ["Thứ trưởng"], [])
        hand.official("Trần Văn Lâm", ["Giám đốc Sở Xây dựng"], ["spoke"])
        hand.date("chiều 30/5/2024", "2024-05-30")
        event = hand.summary().event
        assert event is None or "Trần Văn Lâm" not in event.chaired, lead


def _visit_chairs(lead: str) -> list[str]:
    report = analyze_text("Thủ tướng Trần Văn Lâm sắp thăm chính thức Nhật Bản\n\n" + lead + "\n")
    event = report.summary.event if report.summary else None
    assert event is not None and event.kind == "visit", lead
    return event.chaired


def test_the_leader_a_trip_noun_belongs_to_makes_the_visit() -> None:
    assert _visit_chairs("Chuyến thăm Nhật Bản của Thủ tướng Trần Văn Lâm diễn ra từ ngày 4/6 đến 8/6.") == [
        "Trần Văn Lâm"
    ]


def test_the_inviter_of_a_trip_does_not_make_the_visit() -> None:
    lead = "Chuyến thăm Nhật Bản theo lời mời của Thủ tướng Nhật Bản Lê Văn Bình diễn ra từ ngày 4/6 đến 8/6."
    assert "Lê Văn Bình" not in _visit_chairs(lead)


def _frame_seconds(opening: str, filler: str, count: int, reader: str) -> float:
    """CPU seconds of one chair frame reader over a lead of `count` filler words after `opening`."""
    text = "Họp bàn\n\n" + opening + filler * count + ", Chủ tịch UBND tỉnh Trần Văn Lâm yêu cầu các sở báo cáo."
    report = analyze_text(text, year=2024)
    doc = segment(text)
    sentences = body_sentences(doc, skip_copies=False)
    refs = people._refs(doc, report, sentences[0])
    titles: dict[str, frozenset[str]] = {o.name: frozenset() for o in report.officials}
    if reader == "meeting":
        return best_cpu_seconds(lambda: people._meeting_frame(doc, refs, titles, sentences), 3)
    return best_cpu_seconds(lambda: people._visit_owner(doc.view, refs, titles, sentences[0], sentences[0].start), 3)


def test_a_meeting_frame_is_read_in_linear_time() -> None:
    ratio = doubling_ratio(lambda n: _frame_seconds("Tại cuộc họp với ", "các sở ngành ", n, "meeting"), 400)
    assert ratio <= 2.5, f"the meeting frame grows faster than linearly: ×{ratio:.1f} for ×2"


def test_a_trip_owner_is_read_in_linear_time() -> None:
    ratio = doubling_ratio(lambda n: _frame_seconds("Chuyến thăm ", "Nhật Bản ", n, "visit"), 400)
    assert ratio <= 2.5, f"the trip's owner grows faster than linearly: ×{ratio:.1f} for ×2"

"""Round 26 (r26-e6): a chair cue in what a speaker tells, or after the object of an earlier verb, names no chair; a
lone chair seen in another happening is not the event's. Each construction with written sentences."""

from __future__ import annotations

from tests.reporthelp import HandReport
from tests.test_event_people import _names
from vnreport.report.model import Role


def _report(text: str, date: str, officials: tuple[tuple[str, str, list[Role]], ...]) -> HandReport:
    hand = HandReport(text)
    for name, title, roles in officials:
        hand.official(name, title.split("|"), roles)
    hand.date(date, "2024-05-30")
    return hand


def test_a_working_session_a_speaker_tells_of_is_not_his() -> None:
    text = (
        "Bộ công bố kết luận kiểm tra\n\nTại cuộc họp báo sáng 30/5/2024, Thứ trưởng Đỗ Minh Tâm cho biết, chiều "
        "29/5, Ủy ban Kiểm tra đã có cuộc làm việc với Ban cán sự đảng Bộ Xây dựng."
    )
    hand = _report(text, "sáng 30/5/2024", (("Đỗ Minh Tâm", "Thứ trưởng", ["spoke"]),))
    chair, _ = _names(hand.summary().event)
    assert chair == []


def test_the_object_of_talks_does_not_chair_the_working_session_named_next() -> None:
    text = (
        "Thứ trưởng Lê Văn Hải thăm Áo\n\nNgày 30/5/2024, trong thời gian ở thăm, Thứ trưởng Lê Văn Hải đã hội đàm "
        "với Thứ trưởng Ngoại giao Karl Berger, gặp làm việc với lãnh đạo Bộ Nông nghiệp Áo."
    )
    officials: tuple[tuple[str, str, list[Role]], ...] = (
        ("Lê Văn Hải", "Thứ trưởng", []),
        ("Karl Berger", "Thứ trưởng Ngoại giao", []),
    )
    chair, _ = _names(_report(text, "Ngày 30/5/2024", officials).summary().event)
    assert "Karl Berger" not in chair


def test_a_lone_chair_seen_in_another_happening_does_not_chair_the_event() -> None:
    text = (
        "Thành phố họp về chợ phiên ven sông\n\nChiều 30/5/2024, UBND quận 1 đã họp với các sở về chợ phiên ven "
        "sông. Trước đó, ngày 28/5, Phó Chủ tịch UBND thành phố Trần Thị Hoa đã chủ trì cuộc họp tổng kết đường "
        "hoa. Bà Trần Thị Hoa cũng đề nghị quận sớm trình đề án."
    )
    hand = _report(text, "Chiều 30/5/2024", (("Trần Thị Hoa", "Phó Chủ tịch UBND thành phố", ["chaired"]),))
    chair, _ = _names(hand.summary().event)
    assert chair == []

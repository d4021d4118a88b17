"""Round 12, second wave (dev5): the constructions of the event's who and kind read on the new set, each in
its shape with written sentences."""

from __future__ import annotations

from tests.reporthelp import HandReport


def _event(hand: HandReport) -> tuple[str | None, str | None] | None:
    event = hand.summary().event
    return (event.kind, event.organizer) if event is not None else None


# --- a body that is the subject of its own launch or anniversary: `Viện X chính thức ra mắt` ------------------


def test_a_body_launching_itself_holds_the_ceremony() -> None:
    hand = HandReport(
        "Ra mắt viện\n\nNgày 7/3, tại thành phố Hòa Bình, Viện Nghiên cứu Văn hóa Miền Núi chính thức ra mắt với sự "
        "tham dự của nhiều nhà khoa học."
    )
    hand.organization("Viện Nghiên cứu Văn hóa Miền Núi")
    hand.date("Ngày 7/3", "XXXX-03-07")
    assert _event(hand) == ("ceremony", "Viện Nghiên cứu Văn hóa Miền Núi")


def test_a_body_marking_its_anniversary_holds_the_ceremony() -> None:
    hand = HandReport("Kỷ niệm\n\nSáng 4/8, Trường Đại học Kỹ thuật Sông Đà kỷ niệm 30 năm ngày thành lập.")
    hand.organization("Trường Đại học Kỹ thuật Sông Đà")
    hand.date("Sáng 4/8", "XXXX-08-04")
    assert _event(hand) == ("ceremony", "Trường Đại học Kỹ thuật Sông Đà")


def test_a_body_inside_the_clause_is_not_the_subject_of_the_launch() -> None:
    hand = HandReport("Sản phẩm mới\n\nNgày 5/8, sản phẩm mới của Công ty Sông Lam ra mắt thị trường phía Bắc.")
    hand.organization("Công ty Sông Lam")
    hand.date("Ngày 5/8", "XXXX-08-05")
    assert _event(hand) is None


# --- `A đã gặp B`: the subject of the meeting verb takes part, as the one met does ------------------------------


def _met(text: str) -> list[str]:
    hand = HandReport(text)
    hand.official("Lê Văn An", ["Bộ trưởng Ngoại giao"], [])
    hand.official("Somchai Wong", ["Bộ trưởng Ngoại giao Thái Lan"], [])
    hand.date("14/6", "XXXX-06-14")
    event = hand.summary().event
    assert event is not None
    return [p.name for p in event.participants]


def test_the_subject_of_a_meeting_verb_takes_part() -> None:
    text = (
        "Hai bộ trưởng\n\nNgười phát ngôn của bộ cho biết Bộ trưởng Ngoại giao Lê Văn An đã gặp người đồng cấp "
        "Somchai Wong hôm 14/6 và thảo luận về hợp tác thương mại."
    )
    assert _met(text) == ["Lê Văn An", "Somchai Wong"]


def test_who_hopes_for_a_meeting_to_come_takes_no_part_in_it() -> None:
    text = (
        "Hai bộ trưởng\n\nNgày 14/6, Bộ trưởng Ngoại giao Thái Lan Somchai Wong đã hội đàm với người đồng cấp. "
        "Bộ trưởng Ngoại giao Lê Văn An hy vọng tại cuộc gặp sắp tới hai bên sẽ trao đổi thẳng thắn."
    )
    assert "Lê Văn An" not in _met(text)


# --- `Nhân chuyến công du Mỹ, Thủ tướng A đã …`: who makes the visit framing the clause leads it ----------------


def _visit_chair(text: str) -> list[str]:
    hand = HandReport(text)
    hand.official("Lê Văn An", ["Thủ tướng"], [])
    hand.official("Trần Minh Đức", ["Bộ trưởng Ngoại giao"], [])
    event = hand.summary().event
    assert event is not None and event.kind == "visit"
    return event.chaired


def test_the_subject_after_a_visit_that_frames_the_lead_leads_it() -> None:
    text = (
        "Phát biểu trong chuyến thăm Pháp\n\nNhân chuyến công du Pháp, Thủ tướng Lê Văn An đã có bài viết về quan hệ "
        "hai nước, trong đó nhắc tới lời mời của Bộ trưởng Ngoại giao Trần Minh Đức."
    )
    assert _visit_chair(text) == ["Lê Văn An"]


def test_a_visit_named_inside_the_clause_frames_nothing() -> None:
    text = (
        "Phát biểu trong chuyến thăm Pháp\n\nBộ trưởng Ngoại giao Trần Minh Đức nói về chuyến công du Pháp, Thủ tướng "
        "Lê Văn An cũng có bài viết về quan hệ hai nước."
    )
    assert "Lê Văn An" not in _visit_chair(text)

"""Round 12, second wave (dev5): the constructions of the event's who and kind read on the new set, each in
its shape with written sentences."""

from __future__ import annotations

from tests.test_summary import HandReport


def _event(hand: HandReport) -> tuple[str, str | None] | None:
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

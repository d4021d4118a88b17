"""Round 19 of the lead story's event (issue #14): its kind, whether there is one, its date. One written lead per
construction; the entity sections are built by hand."""

from __future__ import annotations

from tests.reporthelp import hand_report


def test_a_meeting_of_two_sides_is_talks() -> None:
    text = (
        "Hai bộ trưởng gặp nhau\n\nNgày 3/4, Bộ trưởng Quốc phòng nước A đã có cuộc gặp với người đồng cấp nước B "
        "tại thủ đô nước C."
    )
    event = hand_report(text, (("Ngày 3/4", "XXXX-04-03"),)).summary().event
    assert event is not None and event.kind == "talks"
    text = "Hai nhà lãnh đạo gặp nhau\n\nChiều 3/4, hai nhà lãnh đạo đã có cuộc gặp song phương bên lề hội nghị."
    event = hand_report(text, (("Chiều 3/4", "XXXX-04-03"),)).summary().event
    assert event is not None and event.kind == "talks"


def test_a_meeting_with_a_body_stays_a_meeting() -> None:
    text = "Gặp doanh nghiệp\n\nNgày 3/4, lãnh đạo tỉnh đã có cuộc gặp với các doanh nghiệp trên địa bàn."
    event = hand_report(text, (("Ngày 3/4", "XXXX-04-03"),)).summary().event
    assert event is not None and event.kind == "meeting"


def test_an_act_a_body_has_just_done_in_an_undated_first_sentence_is_the_news() -> None:
    text = "Bộ Tài chính cấp tiền\n\nBộ Tài chính vừa tạm cấp 500 tỷ đồng cho bốn tỉnh bị thiệt hại do bão."
    event = hand_report(text, orgs=("Bộ Tài chính",)).summary().event
    assert event is not None and event.kind == "directive" and event.date is None
    text = "Không quân nước A tấn công\n\nKhông quân nước A vừa tiến hành cuộc tấn công vào một căn cứ ở biên giới."
    event = hand_report(text, orgs=("Không quân nước A",)).summary().event
    assert event is not None and event.kind == "other"


def test_an_undated_act_with_no_named_actor_or_told_as_done_is_no_news() -> None:
    text = "Rét sớm\n\nGió bấc lạnh vừa làm héo rũ luống cải non của bà con ven đê."
    assert hand_report(text).summary().event is None
    text = "Bộ Tài chính cấp tiền\n\nBộ Tài chính đã tạm cấp 500 tỷ đồng cho bốn tỉnh bị thiệt hại do bão."
    assert hand_report(text, orgs=("Bộ Tài chính",)).summary().event is None
    text = "Bộ X và thị trường\n\nBộ Tài chính vừa qua đã theo dõi sát thị trường vàng."
    assert hand_report(text, orgs=("Bộ Tài chính",)).summary().event is None
    text = "Bộ X lên tiếng\n\nBộ Tài chính vừa tuyên bố sẽ không tăng thuế trong năm tới."
    assert hand_report(text, orgs=("Bộ Tài chính",)).summary().event is None

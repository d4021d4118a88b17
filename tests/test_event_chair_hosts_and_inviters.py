"""Round 19 (r19-e5), the event's chair and participants: a meeting (`cuộc gặp`) held `với` the other side is talks
led by both; a host who receives a guest (`tiếp`) in the title or the lead leads alone; who invited a visit (`theo
lời mời của`) is talked about, no participant by that alone; each construction in its shape with written
sentences."""

from __future__ import annotations

from tests.test_event_chair_talks_and_sessions import _PAIR, _report
from tests.test_event_people import _event, _names


def test_a_meeting_held_with_the_other_side_is_led_by_both() -> None:
    text = (
        "Hai nước bàn về thương mại\n\nSáng 30/5/2024, Bộ trưởng Ngoại giao Lê Văn Hải đã có cuộc gặp với người "
        "đồng cấp Áo Karl Berger tại Viên."
    )
    chair, people = _names(_report(text, "Sáng 30/5/2024", _PAIR).summary().event)
    assert sorted(chair) == ["Karl Berger", "Lê Văn Hải"] and sorted(people) == ["Karl Berger", "Lê Văn Hải"]


def test_a_host_who_receives_the_other_side_leads_alone() -> None:
    # the same meeting, the title telling a reception: the host leads it, the guest is no second side
    text = (
        "Bộ trưởng Lê Văn Hải tiếp Bộ trưởng Ngoại giao Áo\n\nSáng 30/5/2024, Bộ trưởng Ngoại giao Lê Văn Hải đã "
        "có cuộc gặp với người đồng cấp Áo Karl Berger tại Hà Nội."
    )
    chair, people = _names(_report(text, "Sáng 30/5/2024", _PAIR).summary().event)
    assert "Karl Berger" not in chair and "Karl Berger" in people


def test_a_word_that_only_begins_with_the_reception_word_tells_no_reception() -> None:
    # `tiếp tục` is one word: the lead tells no reception, the meeting stays talks led by both
    text = (
        "Hai nước tiếp tục bàn về thương mại\n\nSáng 30/5/2024, Bộ trưởng Ngoại giao Lê Văn Hải đã có cuộc gặp "
        "với người đồng cấp Áo Karl Berger tại Viên."
    )
    chair, _ = _names(_report(text, "Sáng 30/5/2024", _PAIR).summary().event)
    assert sorted(chair) == ["Karl Berger", "Lê Văn Hải"]


def test_who_invited_a_visit_and_is_named_for_nothing_else_takes_no_part() -> None:
    # the inviter is talked about: the arrival the sentence tells is the guest's, the host is not said to be there
    text = (
        "Thủ tướng đến Viên\n\nChiều 30/5/2024, Thủ tướng Lâm Quốc Bảo và đoàn đại biểu cấp cao đã tới Viên, bắt "
        "đầu chuyến thăm chính thức Áo theo lời mời của Thủ tướng Áo Karl Berger."
    )
    officials = (("Lâm Quốc Bảo", "Thủ tướng"), ("Karl Berger", "Thủ tướng Áo"))
    _, people = _names(_event(text, "Chiều 30/5/2024", officials))
    assert "Lâm Quốc Bảo" in people and "Karl Berger" not in people


def test_an_inviter_who_also_receives_the_guest_takes_part() -> None:
    # the inviter named by a cue of their own (`tiếp`) is at the event
    text = (
        "Thủ tướng Áo tiếp Thủ tướng Lâm Quốc Bảo\n\nChiều 30/5/2024, tại Viên, Thủ tướng Áo Karl Berger đã tiếp "
        "Thủ tướng Lâm Quốc Bảo, đang thăm chính thức Áo theo lời mời của Thủ tướng Áo Karl Berger."
    )
    officials = (("Lâm Quốc Bảo", "Thủ tướng"), ("Karl Berger", "Thủ tướng Áo"))
    _, people = _names(_event(text, "Chiều 30/5/2024", officials))
    assert "Karl Berger" in people


def test_who_declared_something_elsewhere_is_no_participant() -> None:
    # `tuyên bố` alone tells a stand taken, most often at another time (a campaign, an interview), not at the event
    text = (
        "Hai nước bàn về thương mại\n\nSáng 30/5/2024, Bộ trưởng Ngoại giao Lê Văn Hải tham dự hội nghị thương mại "
        "tại Viên. Tổng thống Áo Karl Berger tuyên bố sẽ giảm thuế nhập khẩu nông sản."
    )
    officials = (("Lê Văn Hải", "Bộ trưởng Ngoại giao"), ("Karl Berger", "Tổng thống Áo"))
    _, people = _names(_event(text, "Sáng 30/5/2024", officials, roles={"Karl Berger": ["spoke"]}))
    assert "Lê Văn Hải" in people and "Karl Berger" not in people


def test_the_host_a_reception_is_named_after_leads_it() -> None:
    # `buổi tiếp của A với B`: the reception is A's; B is its guest
    officials = (("Trần Văn Bình", "Chủ tịch UBND tỉnh"), ("Karl Berger", "Đại sứ Áo tại Việt Nam"))
    text = (
        "Tỉnh muốn Áo hỗ trợ đào tạo nghề\n\nThông tin được nêu tại buổi tiếp của Chủ tịch UBND tỉnh Trần Văn Bình "
        "với Đại sứ Áo tại Việt Nam Karl Berger chiều 30/5/2024. Ông Bình đánh giá cao hợp tác giữa hai bên."
    )
    chair, _ = _names(_event(text, "chiều 30/5/2024", officials))
    assert chair == ["Trần Văn Bình"]

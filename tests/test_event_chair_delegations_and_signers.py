"""Round 18 (r18-e13), the event's chair: the head of a visiting delegation (`A và đoàn đại biểu …`) however far
the visit's word, talks held `với` the other side with a modifier between (`cuộc hội đàm kín với`); each
construction in its shape with written sentences."""

from __future__ import annotations

from tests.reporthelp import HandReport
from tests.test_event_chair_talks_and_sessions import _PAIR, _report
from tests.test_event_people import _event, _names
from vnreport.report.model import OfficialTitle, Role


def test_who_leaves_with_the_delegation_at_the_end_of_a_visit_leads_it() -> None:
    text = (
        "Kết thúc chuyến thăm\n\nTối 30/5/2024, Thủ tướng Lâm Quốc Bảo và đoàn đại biểu cấp cao rời Phnôm Pênh "
        "về nước, khép lại chuyến thăm chính thức Campuchia ba ngày."
    )
    event = _event(text, "Tối 30/5/2024", (("Lâm Quốc Bảo", "Thủ tướng"),))
    assert event is not None and event.kind == "visit"
    assert event.chaired == ["Lâm Quốc Bảo"]


def test_a_spouse_before_the_delegation_still_names_its_head() -> None:
    text = (
        "Thăm chính thức\n\nTừ ngày 30/5/2024, Chủ tịch nước Lâm Quốc Bảo và Phu nhân, cùng Đoàn đại biểu cấp cao "
        "có chuyến thăm chính thức Campuchia theo lời mời của Quốc vương nước này."
    )
    event = _event(text, "ngày 30/5/2024", (("Lâm Quốc Bảo", "Chủ tịch nước"),))
    assert event is not None and event.kind == "visit"
    assert event.chaired == ["Lâm Quốc Bảo"]


def test_a_person_joined_by_another_person_heads_no_delegation() -> None:
    # two people make the visit: no one of them is read as the delegation's head
    text = (
        "Kết thúc chuyến thăm\n\nTối 30/5/2024, Thủ tướng Lâm Quốc Bảo và Bộ trưởng Hà Văn Khải rời Phnôm Pênh "
        "về nước, khép lại chuyến thăm chính thức Campuchia ba ngày."
    )
    officials = (("Lâm Quốc Bảo", "Thủ tướng"), ("Hà Văn Khải", "Bộ trưởng"))
    chair, _ = _names(_event(text, "Tối 30/5/2024", officials))
    assert chair == []


def test_talks_held_with_a_modifier_before_with_are_led_by_both() -> None:
    text = (
        "Kết quả hội đàm\n\nBộ trưởng Ngoại giao Lê Văn Hải thông báo kết quả cuộc hội đàm kín với người đồng cấp "
        "Áo Karl Berger ngày 30/5/2024 tại Viên."
    )
    hand = _report(text, "ngày 30/5/2024", _PAIR)
    chair, people = _names(hand.summary().event)
    assert sorted(chair) == ["Karl Berger", "Lê Văn Hải"] and sorted(people) == ["Karl Berger", "Lê Văn Hải"]


def test_a_word_that_is_no_modifier_between_talks_and_with_reads_no_pair() -> None:
    # `của` owns the talks: the one named after `với` is not said to hold them with the first
    text = (
        "Kết quả hội đàm\n\nBộ trưởng Ngoại giao Lê Văn Hải thông báo kết quả cuộc hội đàm của hai nước với người "
        "đồng cấp Áo Karl Berger ngày 30/5/2024 tại Viên."
    )
    hand = _report(text, "ngày 30/5/2024", _PAIR)
    chair, _ = _names(hand.summary().event)
    assert chair == []


def test_a_reception_framing_the_next_clause_is_not_the_verb_of_the_name_before() -> None:
    # a caption glued to the sentence: its last name stands right before `Tại buổi tiếp`
    text = (
        "Tiếp khách\n\nChiều 30/5/2024, Chủ tịch nước Lâm Quốc Bảo đã tiếp Chủ tịch Thượng viện Áo Karl Berger. "
        "Chủ tịch nước Lâm Quốc Bảo và Chủ tịch Thượng viện Áo Karl Berger Tại buổi tiếp, Chủ tịch nước Lâm Quốc "
        "Bảo cảm ơn nước bạn đã hỗ trợ cứu trợ lũ lụt."
    )
    officials = (("Lâm Quốc Bảo", "Chủ tịch nước"), ("Karl Berger", "Chủ tịch Thượng viện Áo"))
    chair, people = _names(_event(text, "Chiều 30/5/2024", officials))
    assert chair == ["Lâm Quốc Bảo"] and sorted(people) == ["Karl Berger", "Lâm Quốc Bảo"]


_PLAN = (
    "Họp về quy hoạch\n\nChiều 30/5/2024, Phó Thủ tướng Hà Văn Khải chủ trì cuộc họp bàn quy hoạch vùng ven "
    "biển phía Nam. Quy hoạch này do Phó Thủ tướng Hà Văn Khải ký phê duyệt hồi tháng 11/2023."
)


def test_the_chair_who_also_signed_a_document_chairs() -> None:
    roles: dict[str, list[Role]] = {"Hà Văn Khải": ["chaired", "signed"]}
    chair, people = _names(_event(_PLAN, "Chiều 30/5/2024", (("Hà Văn Khải", "Phó Thủ tướng"),), roles=roles))
    assert chair == ["Hà Văn Khải"] and people == ["Hà Văn Khải"]


def test_a_signer_who_chairs_nothing_takes_no_part() -> None:
    text = (
        "Họp về quy hoạch\n\nChiều 30/5/2024, Sở Xây dựng tổ chức cuộc họp bàn quy hoạch vùng ven biển phía Nam. "
        "Quy hoạch này do Phó Thủ tướng Hà Văn Khải ký phê duyệt hồi tháng 11/2023."
    )
    roles: dict[str, list[Role]] = {"Hà Văn Khải": ["signed"]}
    chair, people = _names(_event(text, "Chiều 30/5/2024", (("Hà Văn Khải", "Phó Thủ tướng"),), roles=roles))
    assert chair == [] and people == []


def test_a_title_the_officials_stage_gave_the_delegations_head_names_no_one_else() -> None:
    # `Chủ tịch Quốc hội` set off after the guest's name is his (of his country), though the host alone holds
    # those words as a title: the guest leads the visit, not the host
    text = (
        "Kết thúc chuyến thăm\n\nNgày 30/5/2024, Đoàn đại biểu Quốc hội nước bạn do ông Karl Berger, Chủ tịch Quốc "
        "hội dẫn đầu đã kết thúc chuyến thăm chính thức Việt Nam, theo lời mời của Chủ tịch Quốc hội Lò Thị Mai."
    )
    hand = HandReport(text)
    hand.official("Karl Berger", [], [])
    hand.official("Lò Thị Mai", ["Chủ tịch Quốc hội"], [])
    guest = hand.report.officials[0]
    guest.titles = [OfficialTitle(text="Chủ tịch Quốc hội nước bạn", mentions=hand.all("Chủ tịch Quốc hội")[:1])]
    hand.date("Ngày 30/5/2024", "2024-05-30")
    event = hand.event()
    assert event.kind == "visit" and event.chaired == ["Karl Berger"]

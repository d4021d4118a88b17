"""Round 35 review fixes of the round-34 chair frames: a meeting frame that names its owner or host makes no
outsider its chair (`Tại cuộc họp của Ủy ban X …, Bộ trưởng A cho biết`); the agent `do` is a word, not a syllable
of a longer one (`lý do`); a trip cited as past or returned (`đáp lễ chuyến thăm … của B`) gives no owner to the
trip the event reports. One written sentence per shape; the entity sections are built by hand where they can be."""

from __future__ import annotations

from tests.reporthelp import HandReport
from vnreport.pipeline import analyze_text


def _meeting_chairs(lead: str, name: str, title: str) -> list[str]:
    hand = HandReport("Họp bàn kế hoạch\n\n" + lead)
    hand.official(name, [title], ["spoke"])
    hand.date("chiều 30/5/2024", "2024-05-30")
    event = hand.summary().event
    return event.chaired if event is not None else []


def test_a_speaker_at_a_meeting_another_body_owns_does_not_chair_it() -> None:
    leads = (
        "Tại cuộc họp của Ủy ban Thường vụ Quốc hội chiều 30/5/2024, Bộ trưởng Bộ Xây dựng Trần Văn Lâm cho biết "
        "bộ đã hoàn thành kế hoạch.",
        "Tại cuộc họp Chính phủ với các địa phương chiều 30/5/2024, Bộ trưởng Bộ Xây dựng Trần Văn Lâm cho biết "
        "bộ đã hoàn thành kế hoạch.",
        "Tại cuộc họp với Bộ Xây dựng chiều 30/5/2024, Bộ trưởng Bộ Xây dựng Trần Văn Lâm cho biết bộ đã hoàn "
        "thành kế hoạch.",
    )
    for lead in leads:
        assert "Trần Văn Lâm" not in _meeting_chairs(lead, "Trần Văn Lâm", "Bộ trưởng Bộ Xây dựng"), lead


def test_a_speaker_of_the_body_that_owns_the_meeting_chairs_it() -> None:
    lead = (
        "Tại cuộc họp của UBND tỉnh chiều 30/5/2024, Chủ tịch UBND tỉnh Trần Văn Lâm nhấn mạnh các ngành phải "
        "khẩn trương giải ngân vốn đầu tư công."
    )
    assert _meeting_chairs(lead, "Trần Văn Lâm", "Chủ tịch UBND tỉnh") == ["Trần Văn Lâm"]


def test_do_inside_a_longer_word_is_no_agent() -> None:
    # `lý do`: `do` a syllable of the word `lý do`, not the agent of `cuộc họp do Bộ X tổ chức`
    lead = (
        "Tại cuộc họp với các sở, ngành về lý do chậm giải ngân chiều 30/5/2024, Chủ tịch UBND tỉnh Trần Văn Lâm "
        "nhấn mạnh các ngành phải khẩn trương giải ngân vốn đầu tư công."
    )
    assert _meeting_chairs(lead, "Trần Văn Lâm", "Chủ tịch UBND tỉnh") == ["Trần Văn Lâm"]


def _visit_chairs(lead: str) -> list[str]:
    report = analyze_text("Thủ tướng Trần Văn Lâm sắp thăm chính thức Nhật Bản\n\n" + lead + "\n")
    event = report.summary.event if report.summary else None
    assert event is not None and event.kind == "visit", lead
    return event.chaired


def test_the_owner_of_a_trip_cited_as_past_does_not_make_the_visit() -> None:
    leads = (
        "Chuyến thăm Nhật Bản nhằm đáp lễ chuyến thăm Việt Nam của Thủ tướng Nhật Bản Lê Văn Bình năm 2023.",
        "Chuyến thăm Nhật Bản diễn ra sau chuyến thăm Việt Nam của Thủ tướng Nhật Bản Lê Văn Bình năm ngoái.",
    )
    for lead in leads:
        assert "Lê Văn Bình" not in _visit_chairs(lead), lead


# Review of r35-f1: the owner test matches what the titles hold, on whole words, and a trip's owner is read across a
# second meeting of the same journey and across `trước đó`.


def test_the_head_of_the_government_chairs_its_meeting() -> None:
    # `summary_meeting_heads.tsv` read as the titles are (diacritics kept): `Thủ tướng` heads `Chính phủ`
    lead = (
        "Tại cuộc họp Chính phủ với các địa phương chiều 30/5/2024, Thủ tướng Trần Văn Lâm yêu cầu các bộ, ngành "
        "khẩn trương tháo gỡ vướng mắc."
    )
    assert _meeting_chairs(lead, "Trần Văn Lâm", "Thủ tướng") == ["Trần Văn Lâm"]


def test_a_one_word_body_inside_a_longer_name_is_not_the_speakers() -> None:
    # `nước` of `Chủ tịch nước` is a word of `Tổng công ty Cấp nước`, not the body the president holds
    lead = (
        "Tại cuộc họp của Tổng công ty Cấp nước chiều 30/5/2024, Chủ tịch nước Trần Văn Lâm yêu cầu đơn vị bảo đảm "
        "nước sạch cho người dân."
    )
    assert "Trần Văn Lâm" not in _meeting_chairs(lead, "Trần Văn Lâm", "Chủ tịch nước")


def test_the_head_of_a_board_chairs_the_boards_meeting() -> None:
    # `Trưởng ban` of a `Ban …`: the head of the meeting's owner
    lead = (
        "Tại cuộc họp Ban Chỉ đạo phòng chống thiên tai tỉnh chiều 30/5/2024, Trưởng ban Trần Văn Lâm yêu cầu các "
        "địa phương chủ động ứng phó với mưa lũ."
    )
    assert _meeting_chairs(lead, "Trần Văn Lâm", "Trưởng ban") == ["Trần Văn Lâm"]


def test_a_meeting_on_the_trip_does_not_hide_the_trips_owner() -> None:
    # `cuộc gặp` is a meeting of the journey, no second trip noun: the owner after `của` makes the visit
    lead = "Chuyến thăm Nhật Bản và dự cuộc gặp thượng đỉnh G7 của Thủ tướng Lê Văn Bình diễn ra từ ngày 20/5."
    assert _visit_chairs(lead) == ["Lê Văn Bình"]


def test_beforehand_after_the_trips_owner_is_no_past_trip() -> None:
    # `trước đó` after the owner tells what came before the reported visit, not a visit of the past
    lead = "Chuyến thăm Nhật Bản của Thủ tướng Lê Văn Bình trước đó đã được hai bên chuẩn bị kỹ lưỡng."
    assert _visit_chairs(lead) == ["Lê Văn Bình"]


# Review of r35-f2: any `chuyến` is a second trip; a Ban Thường vụ has no Trưởng ban; a body heads a meeting only when
# it is the owner's whole name; `trước đó` with a duration tells a past trip.


def test_a_second_trip_of_any_kind_hides_its_owner() -> None:
    for trip in ("chuyến công tác Việt Nam", "chuyến đi Mỹ", "chuyến viếng thăm Mỹ"):
        lead = f"Chuyến thăm Nhật Bản diễn ra sau {trip} của Thủ tướng Nhật Bản Lê Văn Bình hồi tháng 3."
        assert _visit_chairs(lead) == [], trip


def test_the_head_of_a_board_does_not_chair_the_standing_committee() -> None:
    # a Ban Thường vụ, Ban Chấp hành, Ban Bí thư is headed by a Bí thư: a `Trưởng ban` speaking there is another's
    for board in ("Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh"):
        lead = (
            f"Tại cuộc họp {board} chiều 30/5/2024, Trưởng ban Trần Văn Lâm yêu cầu các địa phương chủ động ứng phó "
            "với mưa lũ."
        )
        assert _meeting_chairs(lead, "Trần Văn Lâm", "Trưởng ban") == [], board


def test_the_prime_minister_does_not_chair_a_meeting_of_another_body_named_with_the_government() -> None:
    for owner in ("của Văn phòng Chính phủ", "của Chính phủ Lào"):
        lead = f"Tại cuộc họp {owner} chiều 30/5/2024, Thủ tướng Trần Văn Lâm yêu cầu các bộ khẩn trương tháo gỡ."
        assert _meeting_chairs(lead, "Trần Văn Lâm", "Thủ tướng") == [], owner
    standing = "Tại cuộc họp Thường trực Chính phủ chiều 30/5/2024, Thủ tướng Trần Văn Lâm yêu cầu các bộ tháo gỡ."
    assert _meeting_chairs(standing, "Trần Văn Lâm", "Thủ tướng") == ["Trần Văn Lâm"]


def test_beforehand_with_a_duration_after_the_trips_owner_is_a_past_trip() -> None:
    for past in ("trước đó hai năm", "trước đó khoảng ba tháng"):
        lead = f"Chuyến thăm Nhật Bản của Thủ tướng Lê Văn Bình {past}, hai nước đã mở ra giai đoạn hợp tác mới."
        assert _visit_chairs(lead) == [], past


# Round 36: a trip after `là` restates the reported one, so the owner after its `của` makes the visit.


def test_the_same_trip_restated_after_la_names_the_visits_owner() -> None:
    for restated in ("là chuyến đi nước ngoài đầu tiên", "cũng là chuyến công du đầu tiên trong năm"):
        lead = f"Chuyến thăm Nhật Bản {restated} của Thủ tướng Lê Văn Bình kể từ khi nhậm chức."
        assert _visit_chairs(lead) == ["Lê Văn Bình"], restated


def test_a_duration_before_what_was_done_to_the_reported_trip_is_no_past_trip() -> None:
    # only a trip word (or the clause's end) after `trước đó` and its duration tells a past trip
    lead = "Chuyến thăm Nhật Bản của Thủ tướng Lê Văn Bình trước đó một tuần đã được hai bên công bố."
    assert _visit_chairs(lead) == ["Lê Văn Bình"]

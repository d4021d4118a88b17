"""A dated lead whose subject makes a call, a proposal, an accusation or a condemnation that day (round 33): the
call is the happening (kind `other`), though it is words; a call someone else tells of is not. Written leads in the
construction's shape; the entity sections are built by hand."""

from __future__ import annotations

from tests.reporthelp import hand_report
from tests.timing import best_cpu_seconds, doubling_ratio


def test_a_proposal_right_after_its_day_is_the_happening() -> None:
    text = (
        "Tổng thống nước X muốn bán cảng biển\n\nTổng thống nước X Andrew Milne ngày 5/6 đề xuất bán cổ phần "
        "cảng biển lớn nhất nước này cho các nhà đầu tư tư nhân."
    )
    event = hand_report(text, (("ngày 5/6", "XXXX-06-05"),)).summary().event
    assert event is not None and event.kind == "other" and event.date == "XXXX-06-05"


def test_an_accusation_after_a_bracketed_day_and_da_is_the_happening() -> None:
    text = (
        "Thủ tướng nước Y chỉ trích báo chí\n\nThủ tướng nước Y Peter Lund hôm qua (6/2) đã cáo buộc báo chí "
        "đưa tin sai về ngân sách quốc phòng."
    )
    event = hand_report(text, (("hôm qua (6/2)", "XXXX-02-06"),)).summary().event
    assert event is not None and event.kind == "other"


def test_a_call_after_da_in_a_lead_opened_by_its_day_is_the_happening() -> None:
    text = (
        "Hai nước muốn tăng cường hợp tác\n\nNgày 7/2, Ngoại trưởng nước X Andrew Milne và người đồng cấp nước Y "
        "Peter Lund đã kêu gọi tăng cường hợp tác kinh tế giữa hai nước."
    )
    event = hand_report(text, (("Ngày 7/2", "XXXX-02-07"),)).summary().event
    assert event is not None and event.kind == "other" and event.date == "XXXX-02-07"


def test_a_call_right_after_a_name_in_a_lead_opened_by_its_day_is_the_happening() -> None:
    text = (
        "Nước X kêu gọi ngừng bắn\n\nNgày 7/2, Thủ tướng nước X Andrew Milne kêu gọi các bên ở vùng biên giới "
        "ngừng bắn ngay lập tức."
    )
    event = hand_report(text, (("Ngày 7/2", "XXXX-02-07"),)).summary().event
    assert event is not None and event.kind == "other"


def test_a_call_someone_tells_of_is_no_happening() -> None:
    text = (
        "Nước X lo ngại\n\nNgày 8/6, người phát ngôn nước X cho biết nước này lo ngại và Thủ tướng Andrew Milne "
        "đã kêu gọi các bên kiềm chế."
    )
    assert hand_report(text, (("Ngày 8/6", "XXXX-06-08"),)).summary().event is None


def test_an_attitude_before_a_call_is_no_happening() -> None:
    text = (
        "Nước X lo ngại\n\nNgày 6/6, nước X đã bày tỏ quan ngại sâu sắc về căng thẳng, đồng thời kêu gọi các bên "
        "đối thoại."
    )
    assert hand_report(text, (("Ngày 6/6", "XXXX-06-06"),)).summary().event is None


def test_a_call_in_a_later_clause_than_the_days_is_no_happening() -> None:
    text = "Thành phố X rét đậm\n\nNgày 7/2, thành phố X có mưa rét kéo dài, UBND tỉnh Y đề nghị cho học sinh nghỉ học."
    assert hand_report(text, (("Ngày 7/2", "XXXX-02-07"),)).summary().event is None


def test_a_word_of_speech_as_a_noun_of_a_setting_does_not_make_the_call_told() -> None:
    text = (
        "Nước X kêu gọi ngừng bắn\n\nNgày 7/2, trong cuộc trao đổi với báo chí, Tổng thống nước X Andrew Milne đã "
        "kêu gọi các bên ngừng bắn ngay lập tức."
    )
    event = hand_report(text, (("Ngày 7/2", "XXXX-02-07"),)).summary().event
    assert event is not None and event.kind == "other" and event.date == "XXXX-02-07"


def _call_seconds(count: int, *, done: bool) -> float:
    from vnreport.summary.event import _act_of_dated_lead

    verb = "đã kêu gọi" if done else "kêu gọi"
    text = "Tin\n\nNgày 7/2, " + "ông A và " * count + f"Thủ tướng B {verb} các bên ngừng bắn."
    hand = hand_report(text, (("Ngày 7/2", "XXXX-02-07"),))
    sentence = max(hand.doc.sentences, key=lambda s: s.end - s.start)
    assert _act_of_dated_lead(hand.doc, hand.report, sentence) is not None  # the whole path: the call is found
    return best_cpu_seconds(lambda: _act_of_dated_lead(hand.doc, hand.report, sentence))


def test_calls_are_read_in_linear_time() -> None:
    """The call of the opening clause and the words told before it are read once a sentence, no scan back from each
    token: a subject of thousands of words, with no comma and no word of speech to stop a scan early, takes twice the
    time at twice the count on both paths, the call right after a name and the one after `đã` (2.5 allowed on a busy
    machine)."""
    assert doubling_ratio(lambda n: _call_seconds(n, done=False), 300) < 2.5
    assert doubling_ratio(lambda n: _call_seconds(n, done=True), 300) < 2.5

"""Round 13 (r13-who): the event's people, rules chosen by counts pooled over the five dev sets; each
construction in its shape with written sentences."""

from __future__ import annotations

import pytest

from tests.test_event_people import _event
from vnreport.report.model import Event, Role


def _people(event: Event | None) -> list[str]:
    assert event is not None
    return [p.name for p in event.participants]


# --- a speaker the event stage alone reads, far from the event, is no participant ------------------------


_FORUM = (
    "Hội thảo\n\nSáng 30/5/2024, Sở Công Thương tổ chức Hội thảo về xuất khẩu nông sản. Đại diện doanh nghiệp "
    "nêu nhiều khó khăn về vận chuyển. Giá lúa tháng này giảm mạnh ở nhiều địa phương. Theo Thứ trưởng Bộ "
    "Nông nghiệp Hà Văn Lực, diện tích lúa vụ hè thu tăng so với năm trước."
)
_FORUM_OFFICIALS = (("Hà Văn Lực", "Thứ trưởng Bộ Nông nghiệp"),)


def test_a_speaker_no_speech_cue_stands_by_is_not_a_participant() -> None:
    # the officials stage sees no cue by the name itself; the story's `Theo …,` alone reads a commentator
    assert _people(_event(_FORUM, "Sáng 30/5/2024", _FORUM_OFFICIALS, orgs=("Sở Công Thương",))) == []


def test_a_speaker_the_officials_stage_hears_stays_a_participant() -> None:
    heard: dict[str, list[Role]] = {"Hà Văn Lực": ["spoke"]}
    event = _event(_FORUM, "Sáng 30/5/2024", _FORUM_OFFICIALS, orgs=("Sở Công Thương",), roles=heard)
    assert _people(event) == ["Hà Văn Lực"]


def test_a_speaker_tied_to_the_event_by_its_opening_cue_stays() -> None:
    text = (
        "Hội nghị\n\nSáng 30/5/2024, UBND tỉnh tổ chức Hội nghị tổng kết công tác phòng chống thiên tai. Phát "
        "biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Lò Văn Sinh nêu rõ nhiệm vụ năm tới."
    )
    officials = (("Lò Văn Sinh", "Phó Chủ tịch UBND tỉnh"),)
    assert _people(_event(text, "Sáng 30/5/2024", officials, orgs=("UBND tỉnh",))) == ["Lò Văn Sinh"]


def test_a_speaker_named_in_the_events_own_sentence_stays() -> None:
    text = (
        "Giao ban\n\nTrong buổi giao ban sáng 30/5/2024, Bộ trưởng Bộ Xây dựng Ma Văn Tấn đã có những chỉ đạo về "
        "nhà ở xã hội."
    )
    officials = (("Ma Văn Tấn", "Bộ trưởng Bộ Xây dựng"),)
    assert _people(_event(text, "sáng 30/5/2024", officials)) == ["Ma Văn Tấn"]


# --- the body that opens the event word's clause holds it, whatever the verb between ------------------------


def test_a_court_opening_the_clause_holds_the_trial() -> None:
    text = (
        "Xét xử\n\nNgày 30/5/2024, Tòa án nhân dân TP. Cần Thơ đưa ra xét xử vụ án tham ô tài sản tại một công "
        "ty xây dựng."
    )
    event = _event(text, "Ngày 30/5/2024", orgs=("Tòa án nhân dân TP. Cần Thơ",))
    assert event is not None and (event.kind, event.organizer) == ("trial", "Tòa án nhân dân TP. Cần Thơ")


def test_a_body_acted_upon_does_not_hold_the_event() -> None:
    text = "Xét xử\n\nNgày 30/5/2024, Công ty Sông Hồng bị đưa ra xét xử vì trốn thuế."
    event = _event(text, "Ngày 30/5/2024", orgs=("Công ty Sông Hồng",))
    assert event is not None and event.organizer is None


def test_a_body_before_a_person_does_not_hold_a_visit() -> None:
    text = "Thăm\n\nNgày 30/5/2024, Bộ Ngoại giao cho biết Bộ trưởng Lê Văn An thăm chính thức Lào."
    event = _event(text, "Ngày 30/5/2024", (("Lê Văn An", "Bộ trưởng"),), orgs=("Bộ Ngoại giao",))
    assert event is not None and event.organizer is None


def test_a_bodys_leaders_who_issue_a_paper_speak_for_the_body() -> None:
    text = (
        "Chuyển giao\n\nNgày 30/5/2024, lãnh đạo Sở Nội vụ cho biết đơn vị đã có văn bản gửi các huyện về việc sắp "
        "xếp bộ máy."
    )
    event = _event(text, "Ngày 30/5/2024", orgs=("Sở Nội vụ",))
    assert event is not None and (event.kind, event.organizer) == ("directive", "Sở Nội vụ")


# --- `buổi đối thoại`, `cuộc đối thoại`: a dialogue held is a meeting ----------------------------------------


def test_a_dialogue_chaired_is_a_meeting() -> None:
    text = (
        "Đối thoại\n\nSáng 30/5/2024, Phó Thủ tướng Lê Văn An chủ trì cuộc đối thoại với doanh nghiệp chế biến "
        "gỗ về thủ tục xuất khẩu."
    )
    event = _event(text, "Sáng 30/5/2024", (("Lê Văn An", "Phó Thủ tướng"),))
    assert event is not None and event.kind == "meeting" and event.chaired == ["Lê Văn An"]


def test_a_dialogue_between_leaders_and_businesses_is_a_meeting() -> None:
    text = (
        "Doanh nghiệp\n\nNhiều doanh nghiệp còn gặp khó khăn. Tại buổi đối thoại giữa lãnh đạo tỉnh với doanh "
        "nghiệp tổ chức chiều 30/5/2024, đại diện các hiệp hội kiến nghị giảm thủ tục."
    )
    event = _event(text, "chiều 30/5/2024")
    assert event is not None and event.kind == "meeting"


# --- a public vote: its speakers comment on it, a claim of meddling in one is no vote -------------------------


def test_a_speaker_of_a_public_vote_comments_on_it() -> None:
    # the officials stage hears him speak, yet nobody takes part in a public vote by words about it
    text = (
        "Bầu cử\n\nNgày 30/5/2024, Tổng thống Aldo Ferrante đã tái đắc cử trong cuộc bầu cử Tổng thống. Thủ tướng "
        "Karl Wendt cho biết kết quả mở ra giai đoạn hợp tác mới."
    )
    officials = (("Aldo Ferrante", "Tổng thống"), ("Karl Wendt", "Thủ tướng"))
    heard: dict[str, list[Role]] = {"Karl Wendt": ["spoke"]}
    event = _event(text, "Ngày 30/5/2024", officials, roles=heard)
    assert event is not None and event.kind == "election"
    assert _people(event) == []


def test_a_speaker_tied_to_a_vote_by_its_opening_cue_stays() -> None:
    text = (
        "Bầu cử\n\nNgày 30/5/2024, Tổng thống Aldo Ferrante đã tái đắc cử trong cuộc bầu cử Tổng thống. Phát biểu "
        "tại lễ công bố kết quả bầu cử, Chủ tịch Ủy ban Bầu cử Karl Wendt nêu rõ tỷ lệ ủng hộ."
    )
    officials = (("Aldo Ferrante", "Tổng thống"), ("Karl Wendt", "Chủ tịch Ủy ban Bầu cử"))
    event = _event(text, "Ngày 30/5/2024", officials, roles={"Karl Wendt": ["spoke"]})
    assert event is not None and event.kind == "election"
    assert _people(event) == ["Karl Wendt"]


@pytest.mark.parametrize(
    "meddling",
    [
        "can thiệp vào cuộc bầu cử",
        "can thiệp vào kỳ bầu cử",
        "can thiệp vào tiến trình bầu cử",
        "can thiệp vào hai cuộc bầu cử",
    ],
)
def test_who_answers_a_claim_of_meddling_in_a_vote_takes_part(meddling: str) -> None:
    # headed as a vote, so election is the story's own kind; `can thiệp vào … bầu cử` names the vote as a
    # matter: its sentence's subject is no candidate
    text = f"Bầu cử\n\nNgày 30/5/2024, Bộ trưởng Tư pháp Karl Wendt bác bỏ cáo buộc {meddling} Tổng thống năm trước."
    event = _event(text, "Ngày 30/5/2024", (("Karl Wendt", "Bộ trưởng Tư pháp"),), roles={"Karl Wendt": ["spoke"]})
    assert event is not None and event.kind == "election"
    assert _people(event) == ["Karl Wendt"]


# --- a speaker whose words go to reporters talks about the event, not at it -----------------------------------


_TOLD_PRESS = (
    "Hội nghị\n\nSáng 30/5/2024, Sở Xây dựng tổ chức Hội nghị về nhà ở xã hội. {frame}, Phó Giám đốc Sở Tài "
    "chính Đinh Văn Cao cho biết nguồn vốn đã được bố trí đủ."
)
_TOLD_PRESS_OFFICIALS = (("Đinh Văn Cao", "Phó Giám đốc Sở Tài chính"),)
_HEARD: dict[str, list[Role]] = {"Đinh Văn Cao": ["spoke"]}


def test_a_speaker_who_talks_to_reporters_is_no_participant() -> None:
    text = _TOLD_PRESS.format(frame="Trao đổi với phóng viên")
    event = _event(text, "Sáng 30/5/2024", _TOLD_PRESS_OFFICIALS, orgs=("Sở Xây dựng",), roles=_HEARD)
    assert _people(event) == []


def test_every_press_verb_before_every_press_noun_goes_to_reporters() -> None:
    # one list of verbs and nouns (summary_cues.tsv press_verb, press_noun), combined by the loader: the table
    # writes no press phrase out, and any of them (not only the common ones) sends the speech to the press
    from vnreport.lexicon import RolePhraseRow, load_rows
    from vnreport.summary.lead import cue_phrases

    verbs, nouns = cue_phrases("press_verb"), cue_phrases("press_noun")
    combined = {f"{verb} {noun}" for verb in verbs for noun in nouns}
    assert {"trả lời pv", "thông tin với các nhà báo"} <= combined <= set(cue_phrases("to_press"))
    written = {row.phrase for row in load_rows("summary_cues.tsv", RolePhraseRow) if row.role == "to_press"}
    assert not written & combined
    for frame in ("Thông tin với các nhà báo", "Trả lời PV"):
        text = _TOLD_PRESS.format(frame=frame)
        event = _event(text, "Sáng 30/5/2024", _TOLD_PRESS_OFFICIALS, orgs=("Sở Xây dựng",), roles=_HEARD)
        assert _people(event) == [], frame


def test_a_speaker_who_talks_to_reporters_after_the_meeting_stays() -> None:
    text = _TOLD_PRESS.format(frame="Trả lời báo chí sau hội nghị")
    event = _event(text, "Sáng 30/5/2024", _TOLD_PRESS_OFFICIALS, orgs=("Sở Xây dựng",), roles=_HEARD)
    assert _people(event) == ["Đinh Văn Cao"]


def test_a_speaker_who_talks_to_reporters_at_the_meeting_stays() -> None:
    for frame in ("Trao đổi với phóng viên tại hội nghị", "Phát biểu tại hội nghị và trả lời phóng viên"):
        text = _TOLD_PRESS.format(frame=frame)
        event = _event(text, "Sáng 30/5/2024", _TOLD_PRESS_OFFICIALS, orgs=("Sở Xây dựng",), roles=_HEARD)
        assert _people(event) == ["Đinh Văn Cao"], frame
    # `tại` a place that is no gathering: the words to reporters are still away from the event
    text = _TOLD_PRESS.format(frame="Trao đổi với phóng viên tại công trường")
    event = _event(text, "Sáng 30/5/2024", _TOLD_PRESS_OFFICIALS, orgs=("Sở Xây dựng",), roles=_HEARD)
    assert _people(event) == []


# --- the leader who meets a group holds the meeting; two people who meet hold none alone ------------------------


_MEETS = "Gặp mặt\n\nChiều 30/5/2024, tại Hà Nội, Phó Chủ tịch Quốc hội Hoàng Văn Kiên {rest}"
_MEETS_OFFICIALS = (("Hoàng Văn Kiên", "Phó Chủ tịch Quốc hội"), ("Lý Thị Mai", "Chủ tịch Hội Cựu giáo chức tỉnh"))


def test_a_leader_who_meets_a_group_chairs_the_meeting() -> None:
    text = _MEETS.format(
        rest="đã gặp mặt Đoàn đại biểu giáo viên tiêu biểu tỉnh Cao Bằng nhân dịp Đoàn ra thăm Thủ đô."
    )
    event = _event(text, "Chiều 30/5/2024", _MEETS_OFFICIALS)
    assert event is not None and event.chaired == ["Hoàng Văn Kiên"]


def test_a_leader_who_has_a_meeting_with_a_group_chairs_it() -> None:
    # `có cuộc gặp mặt` / `có cuộc gặp gỡ` as `có buổi gặp mặt`: the leader holds the meeting with the group
    for cue in ("đã có cuộc gặp mặt", "có cuộc gặp gỡ"):
        text = _MEETS.format(rest=f"{cue} các nhà giáo tiêu biểu của tỉnh Cao Bằng nhân dịp ra thăm Thủ đô.")
        event = _event(text, "Chiều 30/5/2024", _MEETS_OFFICIALS)
        assert event is not None and event.chaired == ["Hoàng Văn Kiên"], cue


def test_a_leader_who_has_a_meeting_with_a_person_does_not_chair_alone() -> None:
    text = _MEETS.format(rest="đã có cuộc gặp mặt Chủ tịch Hội Cựu giáo chức tỉnh Lý Thị Mai.")
    event = _event(text, "Chiều 30/5/2024", _MEETS_OFFICIALS)
    assert event is not None and event.chaired == []


def test_a_leader_who_meets_a_person_does_not_chair_alone() -> None:
    text = _MEETS.format(rest="đã có buổi gặp mặt Chủ tịch Hội Cựu giáo chức tỉnh Lý Thị Mai.")
    event = _event(text, "Chiều 30/5/2024", _MEETS_OFFICIALS)
    assert event is not None and event.kind == "meeting" and event.chaired == []


def test_who_attends_the_named_meeting_does_not_chair_it() -> None:
    text = _MEETS.format(
        rest="đã gặp mặt các nhà giáo. Chủ tịch Hội Cựu giáo chức tỉnh Lý Thị Mai cùng dự buổi gặp mặt."
    )
    event = _event(text, "Chiều 30/5/2024", _MEETS_OFFICIALS)
    assert event is not None and event.chaired == ["Hoàng Văn Kiên"]


def test_a_name_further_back_does_not_hold_the_meeting() -> None:
    text = _MEETS.format(
        rest="đã dự cuộc họp, tặng hoa Chủ tịch Hội Cựu giáo chức tỉnh Lý Thị Mai và gặp gỡ các nhà giáo."
    )
    event = _event(text, "Chiều 30/5/2024", _MEETS_OFFICIALS)
    assert event is not None and event.kind == "meeting" and event.chaired == []


def test_a_speaker_opening_with_words_to_reporters_is_no_participant() -> None:
    text = _TOLD_PRESS.format(frame="Phát biểu khi trả lời phóng viên")
    event = _event(text, "Sáng 30/5/2024", _TOLD_PRESS_OFFICIALS, orgs=("Sở Xây dựng",), roles=_HEARD)
    assert _people(event) == []


def test_who_answers_reporters_at_a_press_conference_takes_part() -> None:
    text = (
        "Họp báo\n\nSáng 30/5/2024, Sở Xây dựng tổ chức họp báo về nhà ở xã hội. Trả lời phóng viên, Phó Giám đốc "
        "Sở Tài chính Đinh Văn Cao cho biết nguồn vốn đã được bố trí đủ."
    )
    event = _event(text, "Sáng 30/5/2024", _TOLD_PRESS_OFFICIALS, orgs=("Sở Xây dựng",), roles=_HEARD)
    assert event is not None and event.kind == "press_conference"
    assert _people(event) == ["Đinh Văn Cao"]

"""Round 36 (r36-e11, issue #14): a speech cue told as a past act of its speaker — `từng` / `nhiều lần` before any
speech verb (`A từng nói`, README round 31: background words give no role), a plain `đã` before a request or a
pledge (`B đã yêu cầu Bộ X …`, `C đã cam kết …`) — tells what the speaker did elsewhere, before the event: a name
the story reads only so is no participant. One with another cue of the event keeps their part. Written
sentences in each construction's shape."""

from __future__ import annotations

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text

_OPENING = (
    "Hội nghị về nhà ở xã hội\n\nSáng 30/5/2024, Sở Xây dựng tỉnh tổ chức hội nghị về nhà ở xã hội. Giám đốc "
    "Sở Xây dựng Hà Văn Khải chủ trì hội nghị. "
)


def _participants(text: str) -> list[str]:
    summary = analyze_text(text, year=2024).summary
    assert summary is not None and summary.event is not None
    return [p.name for p in summary.event.participants]


def test_a_request_told_as_done_in_a_past_frame_is_no_part_in_the_event() -> None:
    text = _OPENING + (
        "Giá nhà ở nhiều nơi vẫn cao. Trước đó, Chủ tịch UBND tỉnh Lò Văn Mạnh đã yêu cầu các sở rà soát quỹ đất "
        "cho nhà ở xã hội."
    )
    assert _participants(text) == ["Hà Văn Khải"]


def test_a_pledge_told_as_done_on_a_day_of_its_own_is_no_part_in_the_event() -> None:
    text = _OPENING + (
        "Giá nhà ở nhiều nơi vẫn cao. Phó Chủ tịch UBND tỉnh Lò Thị Mai ngày 20/5 đã cam kết bố trí thêm vốn."
    )
    assert _participants(text) == ["Hà Văn Khải"]


def test_a_plain_request_in_a_meetings_story_keeps_its_speaker() -> None:
    # no past frame, no day of its own: what the official asked at the meeting (review r36-e11)
    text = _OPENING + "Chủ tịch UBND tỉnh Lò Văn Mạnh đã yêu cầu các sở rà soát quỹ đất."
    assert _participants(text) == ["Hà Văn Khải", "Lò Văn Mạnh"]


def test_a_request_told_as_made_many_times_is_no_part_in_the_event() -> None:
    text = _OPENING + (
        "Giá nhà ở nhiều nơi vẫn cao. Chủ tịch UBND tỉnh Lò Văn Mạnh đã nhiều lần yêu cầu các sở rà soát quỹ đất "
        "cho nhà ở xã hội."
    )
    assert _participants(text) == ["Hà Văn Khải"]


def test_a_request_in_words_at_the_event_keeps_its_speaker() -> None:
    text = _OPENING + (
        "Giá nhà ở nhiều nơi vẫn cao. Chủ tịch UBND tỉnh Lò Văn Mạnh yêu cầu các sở rà soát quỹ đất cho nhà ở xã hội."
    )
    assert "Lò Văn Mạnh" in _participants(text)


def test_a_speaker_with_another_cue_keeps_their_part() -> None:
    text = _OPENING + (
        "Chủ tịch UBND tỉnh Lò Văn Mạnh cho biết giá nhà ở nhiều nơi vẫn cao. Ông Lò Văn Mạnh đã yêu cầu các sở "
        "rà soát quỹ đất cho nhà ở xã hội."
    )
    assert "Lò Văn Mạnh" in _participants(text)


def _seconds(count: int) -> float:
    text = _OPENING + "Phó Chủ tịch UBND tỉnh Lò Thị Mai đã nhiều lần yêu cầu các sở rà soát. " * count + "\n"
    return best_cpu_seconds(lambda: analyze_text(text, year=2024), 2)


def test_many_recalled_acts_are_read_in_linear_time() -> None:
    # each cue looks back a few tokens for its marker; each speaker's labels are checked once
    analyze_text(_OPENING, year=2024)  # the models loaded
    ratio = doubling_ratio(_seconds, 200)
    assert ratio <= 2.5, round(ratio, 2)


def test_a_request_told_by_another_speaker_is_no_part_in_the_event() -> None:
    # B's request in what A tells (`A cho biết thêm, …, B đã yêu cầu …`): reported, not made at the event
    text = _OPENING + (
        "Ông Hà Văn Khải cho biết thêm, đây là việc được quan tâm, Chủ tịch UBND tỉnh Lò Văn Mạnh đã yêu cầu làm rõ."
    )
    assert "Lò Văn Mạnh" not in _participants(text)

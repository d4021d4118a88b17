"""Round 30 (r30-e13, issue #14): a speaker the story first hears talking to the press gives an interview, away
from the event, in every later sentence too; a news outlet by name is the press as `phóng viên` is. Written
sentences in each construction's shape."""

from __future__ import annotations

from tests.test_event_people import _event
from vnreport.report.model import Event, Role

_OFFICIALS = (("Đinh Văn Cao", "Phó Giám đốc Sở Tài chính"),)
_HEARD: dict[str, list[Role]] = {"Đinh Văn Cao": ["spoke"]}
_OPENING = "Hội nghị\n\nSáng 30/5/2024, Sở Xây dựng tổ chức Hội nghị về nhà ở xã hội. "


def _people(text: str) -> list[str]:
    event: Event | None = _event(text, "Sáng 30/5/2024", _OFFICIALS, orgs=("Sở Xây dựng",), roles=_HEARD)
    assert event is not None
    return [p.name for p in event.participants]


def test_a_speaker_first_heard_by_the_press_is_interviewed_in_later_sentences_too() -> None:
    text = _OPENING + (
        "Trao đổi với phóng viên, Phó Giám đốc Sở Tài chính Đinh Văn Cao cho biết nguồn vốn đã được bố trí đủ. "
        "Giá nhà ở nhiều nơi vẫn cao. “Chúng tôi sẽ giải ngân trong tháng tới”, Phó Giám đốc Đinh Văn Cao nói."
    )
    assert _people(text) == []


def test_a_speaker_heard_before_answering_the_press_spoke_at_the_event() -> None:
    text = _OPENING + (
        "Phó Giám đốc Sở Tài chính Đinh Văn Cao khẳng định nguồn vốn đã được bố trí đủ. Giá nhà ở nhiều nơi "
        "vẫn cao. Trao đổi với phóng viên, Phó Giám đốc Đinh Văn Cao cho biết sẽ giải ngân trong tháng tới."
    )
    assert _people(text) == ["Đinh Văn Cao"]


def test_a_news_outlet_by_name_is_the_press() -> None:
    for frame in ("Trả lời Thanh Niên", "Trao đổi với VTV"):
        text = _OPENING + f"{frame}, Phó Giám đốc Sở Tài chính Đinh Văn Cao cho biết nguồn vốn đã được bố trí đủ."
        assert _people(text) == [], frame
    # written in lower case the words are no outlet: `thanh niên`, young people, hear the speaker at the event
    text = _OPENING + "Chia sẻ với thanh niên, Phó Giám đốc Sở Tài chính Đinh Văn Cao cho biết vốn đã đủ."
    assert _people(text) == ["Đinh Văn Cao"]


def test_a_speaker_interviewed_first_who_then_speaks_at_the_gathering_took_part() -> None:
    # a sentence set at the gathering (`Tại hội nghị, …`) ties its speaker to the event, whatever came before
    text = _OPENING + (
        "Trao đổi với phóng viên trước hội nghị, Phó Giám đốc Sở Tài chính Đinh Văn Cao cho biết nguồn vốn đã đủ. "
        "Tại hội nghị, Phó Giám đốc Đinh Văn Cao phát biểu về kế hoạch giải ngân."
    )
    assert _people(text) == ["Đinh Văn Cao"]

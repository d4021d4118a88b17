"""Who takes part in an act an `other` event reports (round 34): the officials joined as the subject of its
sentence, right before its word (`Bộ trưởng A ngày 12/3 tuyên bố từ chức`), as the gold lists the actor of an
official's act (a resignation, a statement, a dismissal). Not a teller or a source (`Theo ông B, …`, `Bộ X cho biết
C đã …`, `ông D, Chủ tịch UBND xã, cho biết …`), nor a victim (`E cùng hai vệ sĩ đã bị thương`). Written leads, one
per construction."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text


def _participants(text: str) -> tuple[str | None, list[str]]:
    summary = analyze_text(text).summary
    event = summary.event if summary is not None else None
    if event is None:
        return None, []
    return event.kind, [p.name for p in event.participants]


def test_the_official_who_resigns_takes_part_in_the_act() -> None:
    text = (
        "Bộ trưởng Y tế Slovakia từ chức\n\nBộ trưởng Y tế Slovakia Peter Novak ngày 12/3 tuyên bố từ chức sau bê bối "
        "mua sắm thiết bị của bệnh viện trung ương.\n\nÔng Novak giữ chức vụ này từ năm 2015."
    )
    kind, names = _participants(text)
    assert kind == "other"
    assert names == ["Peter Novak"]


def test_the_act_told_after_a_time_frame_keeps_its_actor() -> None:
    text = (
        "Thủ tướng Slovakia từ chức\n\nSáng 12/3, Thủ tướng Slovakia Peter Novak đã tuyên bố từ chức sau bê bối mua "
        "sắm thiết bị của bệnh viện trung ương.\n\nÔng Novak giữ chức vụ này từ năm 2015."
    )
    kind, names = _participants(text)
    assert kind == "other"
    assert names == ["Peter Novak"]


def test_an_act_told_by_a_source_has_no_actor_read() -> None:
    text = (
        "Bộ trưởng Y tế Slovakia từ chức\n\nBộ Y tế Slovakia ngày 12/3 cho biết Bộ trưởng Y tế Peter Novak đã tuyên "
        "bố từ chức sau bê bối mua sắm thiết bị của bệnh viện trung ương."
    )
    kind, names = _participants(text)
    assert kind == "other"
    assert names == []


def test_the_victim_of_an_incident_takes_no_part() -> None:
    text = (
        "Cựu Thủ tướng Slovakia bị thương\n\nNgày 12/3, cựu Thủ tướng Slovakia Peter Novak cùng hai vệ sĩ đã bị thương "
        "do bom thư phát nổ trong xe ôtô chở ông."
    )
    kind, names = _participants(text)
    assert kind == "other"
    assert names == []


_AFTER = "\n\nÔng Novak giữ chức vụ này từ năm 2015."


@pytest.mark.parametrize(
    "lead",
    [
        # a harm suffered, no passive before it
        "Ngày 12/3, Bộ trưởng Y tế Slovakia Peter Novak đã thiệt mạng trong vụ tai nạn giao thông trên đường cao tốc.",
        "Ngày 12/3, Bộ trưởng Y tế Slovakia Peter Novak đã trúng đạn khi gặp cử tri tại thủ đô.",
        # a passive `được` between the subject and the act
        "Ngày 12/3, Bộ trưởng Y tế Slovakia Peter Novak đã được Quốc hội chấp thuận từ chức sau bê bối mua sắm.",
        # someone else opens the sentence: a body the official joins
        "Ngày 12/3, Bộ Y tế Slovakia và Bộ trưởng Y tế Peter Novak đã tuyên bố từ chức sau bê bối mua sắm.",
    ],
)
def test_a_victim_or_one_not_opening_the_sentence_takes_no_part_in_the_act(lead: str) -> None:
    kind, names = _participants("Bộ trưởng Y tế Slovakia\n\n" + lead + _AFTER)
    assert kind == "other"
    assert names == []


@pytest.mark.parametrize(
    "lead",
    [
        # `chuẩn bị` holds the syllable of a passive, and is no passive
        "Ngày 12/3, Bộ trưởng Y tế Slovakia Peter Novak đang chuẩn bị tuyên bố từ chức sau bê bối mua sắm.",
        # a holder new in post: the opening is still the official's own title
        "Ngày 12/3, tân Bộ trưởng Y tế Slovakia Peter Novak đã tuyên bố từ chức sau bê bối mua sắm.",
    ],
)
def test_preparing_an_act_or_a_new_holders_act_keeps_its_actor(lead: str) -> None:
    kind, names = _participants("Bộ trưởng Y tế Slovakia từ chức\n\n" + lead + _AFTER)
    assert kind == "other"
    assert names == ["Peter Novak"]


def _passive_seconds(count: int) -> float:
    """Processor time to look for a passive over a gap of `count` syllables closing words (`chuẩn bị`)."""
    from vnreport.segment.document import segment
    from vnreport.summary.people import _passive_between
    from vnreport.summary.tokens import sentence_tokens

    doc = segment("Tin\n\nÔng A " + "chuẩn bị " * count + "đi.")
    sentence = max(doc.sentences, key=lambda s: s.end - s.start)
    toks = sentence_tokens(doc, sentence)
    return best_cpu_seconds(lambda: _passive_between(toks, toks[2].start, toks[-1].start))


def test_looking_for_a_passive_takes_linear_time() -> None:
    assert doubling_ratio(_passive_seconds, 2000) < 2.5


def test_a_long_opening_before_the_actor_doubles_the_time_when_doubled() -> None:
    def text(n: int) -> str:
        return (
            "Bộ trưởng Y tế Slovakia từ chức\n\nSáng 12/3, "
            + "rất " * n
            + "Bộ trưởng Y tế Slovakia Peter Novak đã tuyên bố từ chức sau bê bối mua sắm thiết bị."
        )

    ratio = doubling_ratio(lambda n: best_cpu_seconds(lambda: analyze_text(text(n))), 4000)
    assert ratio < 2.5


def test_the_official_a_title_names_before_its_act_takes_part() -> None:
    # the event is the title's (the lead tells no dated act): its actor is the official whose title opens it,
    # named in the lead (round 36)
    text = (
        "Bộ trưởng Nội vụ Slovakia từ chức\n\nBộ trưởng Nội vụ Slovakia Peter Novak, một đồng minh của Thủ tướng, vừa "
        "tuyên bố sẽ rời khỏi chính phủ trong bối cảnh đảng của ông vướng vào bê bối tài chính.\n\n"
        "Ông Novak giữ chức vụ này từ năm 2015."
    )
    kind, names = _participants(text)
    assert kind == "other"
    assert names == ["Peter Novak"]


@pytest.mark.parametrize(
    "title",
    [
        "Bộ trưởng Nội vụ Slovakia muốn từ chức",
        "Bộ trưởng Nội vụ Slovakia tính chuyện từ chức",
        "Bộ trưởng Nội vụ Slovakia đe dọa từ chức",
        "Bộ trưởng Nội vụ Slovakia có từ chức?",
    ],
)
def test_a_title_wishing_threatening_or_asking_an_act_gives_no_actor(title: str) -> None:
    # a wish, a threat (`actor_modal` rows) or a question: the title tells no act done, so nobody did it
    text = (
        f"{title}\n\nBộ trưởng Nội vụ Slovakia Peter Novak, một đồng minh của Thủ tướng, vừa "
        "tuyên bố sẽ rời khỏi chính phủ trong bối cảnh đảng của ông vướng vào bê bối tài chính.\n\n"
        "Ông Novak giữ chức vụ này từ năm 2015."
    )
    assert _participants(text)[1] == []


@pytest.mark.parametrize("verb", ["quyết định", "xác định"])
def test_a_word_holding_a_modal_syllable_is_no_wish(verb: str) -> None:
    # `định` of `actor_modal` is a word of its own (`định từ chức`), not the syllable closing `quyết định`
    text = f"Bộ trưởng Nguyễn Văn Bình từ chức\n\nNgày 5/6/2024, Bộ trưởng Nguyễn Văn Bình {verb} từ chức."
    assert _participants(text) == ("other", ["Nguyễn Văn Bình"])


def test_a_modal_word_before_the_act_still_gives_no_actor() -> None:
    text = "Bộ trưởng Nguyễn Văn Bình từ chức\n\nNgày 5/6/2024, Bộ trưởng Nguyễn Văn Bình định từ chức."
    assert _participants(text)[1] == []

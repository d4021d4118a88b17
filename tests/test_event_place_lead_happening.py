"""The event's place, round 34: when no construction of the event's own sentence gives its place, the place of the
same happening told in the title or the lead with an event noun of its own: `tại`/`ở` after the verb of holding that
follows the noun (`Hội nghị … diễn ra hôm nay tại A`, `cuộc đối thoại … diễn ra ở A`). Not when that sentence names
another day, opens another happening (`Trước đó, …`), names a meeting before or after the event (`sau cuộc họp tại
A`), nor another kind's noun when the event is itself told by a noun. Written sentences, analysed whole."""

from __future__ import annotations

from tests.conftest import found_event_kind_and
from tests.timing import best_cpu_seconds, doubling_ratio


def test_tai_after_a_verb_of_holding_gives_the_place_of_an_act_told_before() -> None:
    text = (
        "Hai nước nhất trí tăng cường hợp tác\n\n"
        "Ngày 7/3, Bộ trưởng Ngoại giao hai nước đã kêu gọi tăng cường hơn nữa quan hệ song phương. "
        "Tại vòng 3 cuộc đối thoại chiến lược giữa hai nước diễn ra hôm nay tại thủ đô Canberra, hai bên đã trao "
        "đổi về thương mại."
    )
    assert found_event_kind_and(text, "location")[1] == "thủ đô Canberra"


def test_o_after_a_verb_of_holding_gives_the_place_of_an_act_told_before() -> None:
    text = (
        "Hai nước nhất trí tăng cường hợp tác\n\n"
        "Ngày 7/3, Bộ trưởng Ngoại giao hai nước đã kêu gọi tăng cường hơn nữa quan hệ song phương. "
        "Tại vòng 3 cuộc đối thoại chiến lược giữa hai nước diễn ra ở Canberra, hai bên đã trao đổi về thương mại."
    )
    assert found_event_kind_and(text, "location")[1] == "Canberra"


def test_a_sentence_of_another_day_gives_no_place() -> None:
    text = (
        "Hai nước nhất trí tăng cường hợp tác\n\n"
        "Ngày 7/3, Bộ trưởng Ngoại giao hai nước đã kêu gọi tăng cường hơn nữa quan hệ song phương. "
        "Ngày 2/1, vòng 2 cuộc đối thoại chiến lược giữa hai nước diễn ra ở Canberra."
    )
    assert found_event_kind_and(text, "location")[1] is None


def test_a_happening_dated_another_year_gives_no_place() -> None:
    text = (
        "Hai nước nhất trí tăng cường hợp tác\n\n"
        "Ngày 7/3, Bộ trưởng Ngoại giao hai nước đã kêu gọi tăng cường hơn nữa quan hệ song phương. "
        "Tại vòng 1 cuộc đối thoại chiến lược giữa hai nước diễn ra vào năm 2016 ở Canberra, hai bên đã trao đổi "
        "về thương mại."
    )
    assert found_event_kind_and(text, "location")[1] is None


def test_a_meeting_before_or_after_the_event_gives_no_place() -> None:
    text = (
        "Hai nước nhất trí tăng cường hợp tác\n\n"
        "Ngày 7/3, Bộ trưởng Ngoại giao hai nước đã kêu gọi tăng cường hơn nữa quan hệ song phương. "
        "Hai bên cho biết sẽ gặp lại sau cuộc đối thoại chiến lược diễn ra ở Canberra."
    )
    assert found_event_kind_and(text, "location")[1] is None


def test_another_happening_of_the_story_gives_no_place() -> None:
    text = (
        "Hai nước nhất trí tăng cường hợp tác\n\n"
        "Ngày 7/3, Bộ trưởng Ngoại giao hai nước đã kêu gọi tăng cường hơn nữa quan hệ song phương. "
        "Trước đó, vòng 2 cuộc đối thoại chiến lược giữa hai nước diễn ra ở Canberra."
    )
    assert found_event_kind_and(text, "location")[1] is None


def _scan_seconds(n: int) -> float:
    """A lead sentence of n event nouns, none bound to a place by a verb of holding: each read a few tokens on."""
    from vnreport.pipeline import analyze_text

    lead = (
        "Ngày 7/3, Bộ trưởng Ngoại giao hai nước đã kêu gọi tăng cường hơn nữa quan hệ song phương. "
        + "Các hội nghị, cuộc đối thoại và hội thảo chuyên đề đều bàn về thương mại, " * n
        + "hai bên nhất trí."
    )
    text = "Hai nước nhất trí tăng cường hợp tác\n\n" + lead
    return best_cpu_seconds(lambda: analyze_text(text, year=2024))


def test_the_lead_happening_scan_grows_linearly() -> None:
    assert doubling_ratio(_scan_seconds, 60) < 2.5

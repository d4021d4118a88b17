"""Round 32 (r32-e7, issue #14): a speaker the story first names in a sentence that opens on another happening
(`Cùng ngày, …`, `Trước đó, …`) speaks of that happening in the later sentences that quote them by the short name
too; one named after an event word of that sentence (`Trước đó, phát biểu khai mạc hội nghị, …`) spoke at the
event. Written sentences in each construction's shape."""

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


def test_a_speaker_first_named_on_the_same_day_elsewhere_is_quoted_from_there() -> None:
    text = _OPENING + (
        "Giá nhà ở nhiều nơi vẫn cao. Cùng ngày, phát biểu tại Hội đồng nhân dân tỉnh, Phó Chủ tịch UBND "
        "tỉnh Lò Thị Mai cho biết tỉnh sẽ bố trí thêm vốn. “Chúng tôi sẽ giải ngân trong tháng tới”, bà Lò Thị "
        "Mai nói."
    )
    assert _participants(text) == ["Hà Văn Khải"]


def test_a_speaker_first_named_earlier_is_quoted_from_there() -> None:
    text = _OPENING + (
        "Giá nhà ở nhiều nơi vẫn cao. Trước đó, Phó Chủ tịch UBND tỉnh Lò Thị Mai cho biết tỉnh sẽ bố trí thêm "
        "vốn. Theo bà Lò Thị Mai, vốn sẽ được giải ngân trong tháng tới."
    )
    assert _participants(text) == ["Hà Văn Khải"]


def test_a_speaker_named_after_the_event_word_of_an_earlier_sentence_spoke_at_the_event() -> None:
    text = _OPENING + (
        "Giá nhà ở nhiều nơi vẫn cao. Trước đó, phát biểu khai mạc hội nghị, Phó Chủ tịch UBND tỉnh Lò Thị Mai "
        "cho biết tỉnh sẽ bố trí thêm vốn. “Chúng tôi sẽ giải ngân trong tháng tới”, bà Lò Thị Mai nói."
    )
    assert "Lò Thị Mai" in _participants(text)


def test_a_speaker_named_first_at_the_event_keeps_their_part() -> None:
    text = _OPENING + (
        "Phó Chủ tịch UBND tỉnh Lò Thị Mai cho biết tỉnh sẽ bố trí thêm vốn. Cùng ngày, bà Lò Thị Mai nói với "
        "phóng viên rằng vốn sẽ được giải ngân trong tháng tới."
    )
    assert "Lò Thị Mai" in _participants(text)


def _seconds(count: int) -> float:
    text = _OPENING + "Cùng ngày, Phó Chủ tịch UBND tỉnh Lò Thị Mai cho biết vốn đã đủ. " * count + "\n"
    return best_cpu_seconds(lambda: analyze_text(text, year=2024), 2)


def test_many_sentences_of_other_happenings_are_read_in_linear_time() -> None:
    # each such sentence is read once up to its first event word; each official's first mention found by bisection
    analyze_text(_OPENING, year=2024)  # the models loaded
    ratio = doubling_ratio(_seconds, 200)
    assert ratio <= 2.5, round(ratio, 2)

"""Round 31 (r31-e6): a story told in photos names the gathering's people in its captions.

A sentence that is nothing but officials' titles and names, joined by `và`, `cùng`, commas and a position mark
(`(phải)`), is a photo's caption (`Phó Chủ tịch UBND tỉnh A (phải) và Giám đốc Sở B.`). Two or more of them in a
story of a gathering show its people there: they attended. One alone is a portrait of someone the story may only
talk about; a numbered list (`1 - Ông A, …`) is no caption, and a caption right before a sentence of another
happening (`Cùng ngày, A làm việc với B`) shows that one.
"""

from __future__ import annotations

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text

_OPENING = (
    "Kỳ họp thứ 5 Hội đồng nhân dân tỉnh khai mạc\n\nSáng 30/5/2024, Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ 5 "
    "tại Hội trường tỉnh. Chủ tịch HĐND tỉnh Hà Văn Khải chủ trì kỳ họp. "
)


def _participants(text: str) -> list[str]:
    summary = analyze_text(text, year=2024).summary
    assert summary is not None and summary.event is not None
    event = summary.event
    return [p.name for p in event.participants]


def test_a_series_of_name_captions_shows_who_attended() -> None:
    text = _OPENING + (
        "Trong giờ giải lao, các đại biểu gặp gỡ, trao đổi. Phó Chủ tịch UBND tỉnh Lò Thị Mai (phải) và Giám đốc "
        "Sở Tài chính Đinh Văn Sơn. Bí thư Tỉnh ủy Vi Văn Toàn.\n"
    )
    assert _participants(text) == ["Hà Văn Khải", "Lò Thị Mai", "Đinh Văn Sơn", "Vi Văn Toàn"]


def test_one_portrait_caption_is_no_attendance() -> None:
    text = _OPENING + (
        "Kỳ họp xem xét báo cáo của Bí thư Tỉnh ủy Vi Văn Toàn về kinh tế. Bí thư Tỉnh ủy Vi Văn Toàn.\n"
    )
    assert _participants(text) == ["Hà Văn Khải"]


def test_a_numbered_list_of_names_is_no_caption() -> None:
    text = _OPENING + (
        "Kỳ họp bầu các chức danh. 1 - Ông Lò Văn Pọm, Phó Chủ tịch HĐND tỉnh. 2 - Bà Lò Thị Mai, Phó Chủ tịch "
        "UBND tỉnh.\n"
    )
    assert _participants(text) == ["Hà Văn Khải"]


def test_a_caption_before_another_happening_shows_that_one() -> None:
    # the second caption belongs to the meeting of the same day the next sentence tells: one caption is left
    text = _OPENING + (
        "Phó Chủ tịch UBND tỉnh Lò Thị Mai. Chủ tịch HĐND tỉnh Hà Văn Khải và Giám đốc Sở Tài chính Đinh Văn Sơn. "
        "Cùng ngày, Chủ tịch HĐND tỉnh Hà Văn Khải làm việc với Giám đốc Sở Tài chính Đinh Văn Sơn.\n"
    )
    assert "Lò Thị Mai" not in _participants(text)


def _seconds(count: int) -> float:
    text = _OPENING + "Bí thư Tỉnh ủy Vi Văn Toàn và Giám đốc Sở Tài chính Đinh Văn Sơn. " * count + "\n"
    return best_cpu_seconds(lambda: analyze_text(text, year=2024), 2)


def test_many_name_captions_are_read_in_linear_time() -> None:
    # one pass over the sentences and the officials' mentions, both sorted
    analyze_text(_OPENING, year=2024)  # the models loaded
    ratio = doubling_ratio(_seconds, 400)
    assert ratio <= 2.5, round(ratio, 2)

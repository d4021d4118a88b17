"""Round 34 (r34-e2): a session whose sentence, lead, title and next sentences name no body (`Tại phiên chất vấn
chiều 12/6, các đại biểu …`) sits in the elected body the article names further on (`Chủ tịch QH …`, `… dự toán
Quốc hội giao`): the organiser is the first elected body the text names. Texts written for the test."""

from __future__ import annotations

from functools import partial

from tests.conftest import event_kind_and_organiser as _event
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text

_FILLER = "Nhiều ý kiến cho rằng cần rà soát lại các khoản chi thường xuyên của địa phương. "


def _questioning(middle: str = _FILLER * 3) -> str:
    return (
        "Lo ngại chuyện chi vượt dự toán\n\n"
        "Tại phiên chất vấn chiều 12/6, các đại biểu bày tỏ lo ngại về tình trạng chi vượt dự toán ngân sách. "
        "Bộ trưởng Bộ Tài chính Trần Văn Bình đã trả lời nhiều câu hỏi về việc này. " + middle + "Kết thúc "
        "phiên, Chủ tịch Quốc hội Lê Thị Hoa đề nghị Chính phủ báo cáo thêm bằng văn bản.\n"
    )


def test_a_session_whose_lead_names_no_body_sits_in_the_elected_body_named_later() -> None:
    assert _event(_questioning()) == ("session", "Quốc hội")


def test_a_session_in_a_text_that_names_no_elected_body_keeps_no_organiser() -> None:
    text = (
        "Lo ngại chuyện chi vượt dự toán\n\n"
        "Tại phiên chất vấn chiều 12/6, các đại biểu bày tỏ lo ngại về tình trạng chi vượt dự toán ngân sách. "
        "Bộ trưởng Bộ Tài chính Trần Văn Bình đã trả lời nhiều câu hỏi về việc này.\n"
    )
    found = _event(text)
    assert found is not None and found[1] != "Quốc hội"


def _seconds(count: int) -> float:
    return best_cpu_seconds(partial(analyze_text, _questioning(_FILLER * count), year=2024), repeats=2)


def test_the_elected_body_named_later_is_read_in_linear_time() -> None:
    analyze_text(_questioning(), year=2024)  # the models loaded
    assert doubling_ratio(_seconds, 200) <= 2.5

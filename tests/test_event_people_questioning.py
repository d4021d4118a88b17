"""Round 31 (r31-e6): a questioning session (`phiên chất vấn`) names its people by two more constructions:
- the one questioned, named right after `phiên chất vấn` (`A điều hành phiên chất vấn Giám đốc Sở B`), was there;
- the one who asks, named after `câu hỏi của` (`B trả lời câu hỏi của đại biểu C`), was there too.
"""

from __future__ import annotations

from vnreport.pipeline import analyze_text

_OPENING = (
    "Kỳ họp thứ 5 Hội đồng nhân dân tỉnh\n\nSáng 30/5/2024, Hội đồng nhân dân tỉnh tiếp tục kỳ họp thứ 5 tại Hội "
    "trường tỉnh. "
)


def _participants(text: str) -> list[str]:
    summary = analyze_text(text, year=2024).summary
    assert summary is not None and summary.event is not None
    return [p.name for p in summary.event.participants]


def test_the_one_questioned_at_the_session_took_part() -> None:
    text = _OPENING + "Chủ tịch HĐND tỉnh Hà Văn Khải điều hành phiên chất vấn Giám đốc Sở Tài chính Đinh Văn Sơn.\n"
    assert "Đinh Văn Sơn" in _participants(text)


def test_the_deputy_whose_question_is_answered_took_part() -> None:
    text = _OPENING + (
        "Chủ tịch HĐND tỉnh Hà Văn Khải điều hành phiên họp. Giám đốc Sở Tài chính Đinh Văn Sơn trả lời câu hỏi "
        "của đại biểu Lò Thị Mai về giải ngân vốn đầu tư công.\n"
    )
    assert "Lò Thị Mai" in _participants(text)

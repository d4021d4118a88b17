"""Round 32 (r32-e15, #14): a person a colon and a quotation follow spoke at the event, whatever the verb or the
mood between the name and the colon (`ĐB A phản bác: “…”`, `ông B - Chủ tịch HĐQT trải lòng: “…”`, `bà C xúc
động: “…”`), as the officials' roles already read it; not the person a cue before governs (`ĐB A hỏi Bộ trưởng B:
“…”`: B is asked)."""

from __future__ import annotations

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text

_OPENING = (
    "Lễ kỷ niệm 30 năm thành lập Công ty\n\nSáng 30/5/2024, Công ty Cổ phần Xây dựng số 5 tổ chức lễ kỷ niệm 30 năm "
    "ngày thành lập. Chủ tịch UBND tỉnh Hà Văn Khải phát biểu chúc mừng. "
)


def _participants(text: str) -> list[str]:
    summary = analyze_text(text, year=2024).summary
    assert summary is not None and summary.event is not None
    return [p.name for p in summary.event.participants]


def test_a_person_whose_words_follow_a_colon_spoke() -> None:
    text = _OPENING + (
        "Ông Đinh Văn Sơn - Chủ tịch HĐQT Công ty trải lòng: “Chúng tôi đã đi qua nhiều công trình khó”. "
        "Bà Lò Thị Mai, Tổng giám đốc Công ty, xúc động: “Tôi xin cảm ơn mọi người”.\n"
    )
    names = _participants(text)
    assert "Đinh Văn Sơn" in names
    assert "Lò Thị Mai" in names


def test_the_one_asked_before_the_colon_did_not_speak() -> None:
    text = _OPENING + "Đại biểu Lò Thị Mai hỏi Giám đốc Sở Xây dựng Đinh Văn Sơn: “Vì sao công trình chậm?”.\n"
    assert "Đinh Văn Sơn" not in _participants(text)


def _seconds(count: int) -> float:
    from vnreport.segment.document import segment
    from vnreport.summary.people import Ref, _colon_speakers, _cues

    part = "Giám đốc Sở Xây dựng Đinh Văn Sơn, "
    text = part * count + "Lò Thị Mai xúc động: “Tôi xin cảm ơn”"
    doc = segment(text)
    toks = doc.tokens_in(0, len(text))
    refs = [Ref(k * len(part) + 21, k * len(part) + 33, f"Người {k}") for k in range(count)]
    cues = _cues("ceremony")
    return best_cpu_seconds(lambda: _colon_speakers(toks, refs, cues, "ceremony"), 3)


def test_a_long_list_before_a_colon_is_read_in_linear_time() -> None:
    # each token is read once from the previous person to the next
    ratio = doubling_ratio(_seconds, 800)
    assert ratio <= 2.5, round(ratio, 2)


def test_the_one_spoken_of_before_the_colon_did_not_speak() -> None:
    text = _OPENING + "Ông Đinh Văn Sơn kể lại về nguyên Giám đốc Công ty Lò Văn Mai: “Anh ấy luôn đi đầu”.\n"
    assert "Lò Văn Mai" not in _participants(text)

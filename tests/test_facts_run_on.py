"""Key facts of a text that runs on without paragraph breaks (its paragraph after the lead holds four sentences or
more): the body past the lead gives one key fact when the title or the lead gives one, two when they give none, and
past its 4th sentence none when the lead gives one."""

from __future__ import annotations

from vnreport.pipeline import analyze_text

_TITLE = "Tỉnh khánh thành nhà máy xử lý rác"
_TOLD = "Sáng nay, tỉnh khánh thành nhà máy xử lý rác có tổng vốn đầu tư 320 tỷ đồng tại huyện miền núi."
_UNTOLD = "Sáng nay, tỉnh đã khánh thành nhà máy xử lý rác lớn nhất khu vực tại huyện miền núi."
_FIGURES = [
    "Nhà máy có công suất xử lý 400 tấn rác mỗi ngày.",
    "Công trình đã tạo việc làm ổn định cho 150 công nhân kỹ thuật.",
    "Tỉnh cũng đầu tư 25 xe chuyên dụng thu gom rác.",
    "Buổi lễ diễn ra trong không khí vui tươi.",
    "Người dân trong vùng rất phấn khởi.",
]
_FILLER = [
    "Buổi lễ diễn ra trong không khí vui tươi.",
    "Người dân trong vùng rất phấn khởi.",
    "Nhiều hộ dân đã đến dự.",
    "Lãnh đạo tỉnh phát biểu chúc mừng.",
]


def _facts(lead: str, body: list[str], *, breaks: bool = False) -> list[str]:
    text = _TITLE + "\n\n" + lead + "\n\n" + ("\n\n" if breaks else " ").join(body) + "\n"
    summary = analyze_text(text).summary
    return [f.text for f in summary.key_facts] if summary else []


def test_a_run_on_body_gives_one_fact_when_the_lead_gives_one() -> None:
    assert _facts(_TOLD, _FIGURES) == ["320 tỷ đồng", "400 tấn"]


def test_a_run_on_body_gives_two_facts_when_the_title_and_lead_give_none() -> None:
    assert _facts(_UNTOLD, _FIGURES) == ["400 tấn", "150 công nhân"]


def test_a_body_in_paragraphs_keeps_all_its_facts() -> None:
    assert _facts(_TOLD, _FIGURES, breaks=True) == ["320 tỷ đồng", "400 tấn", "150 công nhân", "25 xe"]


def test_a_count_past_the_4th_sentence_of_a_run_on_body_is_dropped_when_the_lead_gives_a_fact() -> None:
    deep = [*_FILLER, "Tỉnh cũng đầu tư 25 xe chuyên dụng thu gom rác."]
    assert _facts(_TOLD, deep) == ["320 tỷ đồng"]
    assert _facts(_UNTOLD, deep) == ["25 xe"]  # no fact in the lead: the body's may be the news


def test_a_count_of_titles_past_the_4th_sentence_of_a_run_on_body_is_no_headline_count() -> None:
    count = "Dự lễ còn có 3 Phó Chủ tịch UBND tỉnh."
    assert _facts(_UNTOLD, [*_FILLER, count]) == []
    assert _facts(_UNTOLD, [count, *_FILLER]) == ["3 Phó Chủ tịch"]  # the body's first sentence

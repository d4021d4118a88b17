"""Key facts, round 34: a count told past the lead is the story's detail, not its headline figure (issue #14).

The gold keeps headline figures from the title and the lead; over the read sets dev … dev24, of the counts shown from
past the lead of an article whose title or lead gives a figure, 4 of 116 were a headline figure; where neither gives
one, the counts inside the paragraph after the lead (past its first sentence) were 2 of about 120.
"""

from __future__ import annotations

from vnreport.pipeline import analyze_text


def _facts(text: str) -> list[str]:
    summary = analyze_text(text).summary
    return [f.text for f in summary.key_facts] if summary else []


def _article(title: str, lead: str, body: list[str]) -> str:
    return title + "\n\n" + lead + "\n\n" + " ".join(body) + "\n"


def test_a_count_past_the_lead_is_dropped_when_the_lead_gives_a_figure() -> None:
    lead = "Sáng nay, tỉnh đã khởi công dự án cầu mới với tổng vốn đầu tư 300 tỷ đồng."
    body = [
        "Cầu được xây dựng bằng bê tông cốt thép dự ứng lực.",
        "Nhà thầu đã huy động 45 kỹ sư tham gia thi công công trình.",
        "Dự kiến công trình hoàn thành vào cuối năm sau.",
    ]
    facts = _facts(_article("Khởi công cầu mới", lead, body))
    assert "300 tỷ đồng" in facts
    assert "45 kỹ sư" not in facts  # the body's detail
    # an amount past the lead still stands on its own rules
    priced = [*body[:2], "Mỗi mét cầu có giá khoảng 500 triệu đồng/m."]
    assert "45 kỹ sư" not in _facts(_article("Khởi công cầu mới", lead, priced))


def test_a_count_inside_the_paragraph_after_a_lead_without_figures_is_dropped() -> None:
    lead = "Sáng nay, đoàn công tác của tỉnh đã làm việc với ban quản lý khu kinh tế."
    first = "Khu kinh tế hiện có 45 doanh nghiệp đang hoạt động."
    later = "Các doanh nghiệp cho biết đã tuyển thêm 120 lao động trong quý này."
    text = _article("Đoàn công tác làm việc với khu kinh tế", lead, [first, "Đoàn ghi nhận các ý kiến.", later])
    facts = _facts(text)
    assert "45 doanh nghiệp" in facts  # the paragraph's first sentence: the news told on
    assert "120 lao động" not in facts  # further in: the detail
    # a change that comes to the count keeps it: the news
    shrunk = "Số thành viên của ban giảm xuống còn 681 thành viên."
    text = _article("Đoàn công tác làm việc với khu kinh tế", lead, ["Đoàn ghi nhận các ý kiến.", shrunk])
    assert "681 thành viên" in _facts(text)


def _captured(count: int) -> tuple[object, object]:
    """The document and report the key facts are read from, for an article of `count` counts past the lead."""
    import vnreport.summary as summary_module

    seen: list[tuple[object, object]] = []
    original = summary_module.key_facts

    def capture(doc, report, event_sentence=None):  # type: ignore[no-untyped-def]
        seen.append((doc, report))
        return original(doc, report, event_sentence)

    lead = "Sáng nay, tỉnh đã khởi công dự án cầu mới với tổng vốn đầu tư 300 tỷ đồng."
    body = [f"Đội thi công số {k} đã huy động {k + 10} kỹ sư tham gia." for k in range(count)]
    summary_module.key_facts = capture  # type: ignore[assignment]
    try:
        analyze_text(_article("Khởi công cầu mới", lead, body))
    finally:
        summary_module.key_facts = original  # type: ignore[assignment]
    return seen[-1]


def test_dropping_the_counts_past_the_lead_takes_linear_time() -> None:
    from tests.timing import best_cpu_seconds, doubling_ratio
    from vnreport.summary.facts import traced_key_facts

    cases = {n: _captured(n) for n in (100, 200, 400, 800, 1600)}

    def seconds_at(n: int) -> float:
        doc, report = cases[n]
        return best_cpu_seconds(lambda: traced_key_facts(doc, report))  # type: ignore[arg-type]

    assert doubling_ratio(seconds_at, 100) < 2.5

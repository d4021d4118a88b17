"""Key facts, round 36: a count by title past the lead is the story's detail unless the text tells it twice (issue #14).

Of the 13 counts by title or document kind (`hai ĐBQH`, `ba Nghị quyết`) the read sets dev … dev26 showed from past
the lead, one was a gold headline figure, and it was the only one the text wrote twice but one.
"""

from __future__ import annotations

from vnreport.pipeline import analyze_text
from vnreport.report.model import KeyFact
from vnreport.segment.document import segment
from vnreport.summary.facts import _headed_by_lead, _lead_counts


def _facts(text: str) -> list[str]:
    summary = analyze_text(text).summary
    return [f.text for f in summary.key_facts] if summary else []


def test_a_count_by_title_past_the_lead_told_once_is_no_key_fact() -> None:
    text = (
        "Bí thư tiếp xúc cử tri phường\n\n"
        "Sáng 12/4, Bí thư Tỉnh ủy Trần Văn An đã tiếp xúc cử tri phường Hòa Bình của thành phố.\n\n"
        "Cùng dự buổi tiếp xúc có hai Phó Chủ tịch UBND tỉnh và đại diện các sở, ngành của tỉnh.\n"
    )
    assert "hai Phó Chủ tịch" not in _facts(text)


def test_a_count_by_title_past_the_lead_told_twice_is_kept() -> None:
    text = (
        "Đại hội Đảng bộ tỉnh làm việc ngày thứ hai\n\n"
        "Sáng 12/4, Đại hội đại biểu Đảng bộ tỉnh lần thứ XV tiến hành ngày làm việc thứ hai tại hội trường.\n\n"
        "Theo đó, Ban Chấp hành Đảng bộ tỉnh khóa mới đã bầu ông Trần Văn An giữ chức Bí thư Tỉnh ủy.\n\n"
        "Ban Chấp hành cũng đã bầu 3 Phó Bí thư Tỉnh ủy khóa mới.\n\n"
        "3 Phó Bí thư Tỉnh ủy gồm ông Lê Văn Bình, ông Phạm Văn Cường và bà Nguyễn Thị Dung.\n"
    )
    assert "3 Phó Bí thư" in _facts(text)


def test_a_count_by_title_past_the_lead_whose_number_the_lead_writes_is_kept() -> None:
    text = (
        "Đoàn thể thao có 12 Phó đoàn: Bộ yêu cầu rà soát\n\n"
        "Chiều 5/6, Bộ Văn hóa đã yêu cầu rà soát lại thành phần đoàn thể thao dự giải đấu khu vực.\n\n"
        "Trước đó, báo chí phản ánh đoàn có tới 12 Phó Trưởng đoàn, nhiều hơn các kỳ trước.\n"
    )
    assert "12 Phó Trưởng đoàn" in _facts(text)


def _headed(lead: str, count: str, value: float, title: str) -> bool:
    doc = segment(f"Kỳ họp HĐND tỉnh\n\n{lead}\n\nThân bài.\n", words="dictionary")
    fact = KeyFact(measure=None, text=count, value=value, unit=title, start=0, end=len(count))
    return _headed_by_lead(fact, _lead_counts(doc))


def test_a_lead_count_by_another_title_with_the_same_first_word_heads_no_later_count() -> None:
    # the lead's `3 Phó Chủ tịch` is no headline of a later `3 Phó Bí thư`: the whole title is compared
    lead = "Sáng 12/4, HĐND tỉnh đã bầu 3 Phó Chủ tịch UBND tỉnh nhiệm kỳ mới."
    assert not _headed(lead, "3 Phó Bí thư", 3, "Phó Bí thư")
    assert _headed(lead, "3 Phó Chủ tịch", 3, "Phó Chủ tịch")


def test_a_lead_number_written_with_a_leading_zero_heads_the_later_count() -> None:
    # `02 Phó đoàn` (a short form no title reads) in the lead, `2 Phó Trưởng đoàn` past it: one number
    lead = "Chiều 5/6, báo chí phản ánh đoàn thể thao có 02 Phó đoàn dự giải đấu khu vực."
    assert _headed(lead, "2 Phó Trưởng đoàn", 2, "Phó Trưởng đoàn")

"""The event's kind and the dated sentence of its news (round 31): a resignation told as the news (`tuyên bố từ chức`)
is kind `other`, not the election a clause after it names, and a resignation only named, demanded or offered
(`quan niệm từ chức`, `yêu cầu … phải từ chức`) is none; a courtesy call (`hội kiến`) is a reception (README: the
gold reads it so); a day after `Trước đó` dates an earlier happening, so it does not make its sentence the dated one
of the news (an act the opening tells stays the event). One written lead per construction; the entity sections are
built by hand."""

from __future__ import annotations

from tests.reporthelp import hand_report
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text
from vnreport.segment.document import segment
from vnreport.summary.event import build_event


def test_a_resignation_told_is_the_news_not_the_election_after_it() -> None:
    text = (
        "Lãnh đạo đảng đối lập từ chức\n\nNgày 12/3, ba lãnh đạo đảng Tiến Bộ tuyên bố từ chức sau thất bại của ứng "
        "cử viên đảng này trong cuộc bầu cử tổng thống."
    )
    event = hand_report(text, (("Ngày 12/3", "XXXX-03-12"),)).summary().event
    assert event is not None and event.kind == "other"


def test_a_resignation_only_named_or_demanded_is_no_event() -> None:
    text = (
        "Chuyện nhường ghế\n\nÔng A, nguyên Bí thư huyện Tân Phong, xin nghỉ sớm với quan niệm từ chức để lớp trẻ "
        "phát triển."
    )
    assert hand_report(text).summary().event is None
    text = "Dư luận bức xúc\n\nNhiều phụ huynh lên tiếng yêu cầu hiệu trưởng trường X phải từ chức."
    assert hand_report(text).summary().event is None


def test_a_resignation_demanded_of_a_person_named_between_is_no_event() -> None:
    # `kêu gọi <post> <body> từ chức`: the demand stands a few words before the act, the person demanded between
    for demand in ("kêu gọi", "yêu cầu", "đòi", "đề nghị"):
        text = f"Dư luận bức xúc\n\nNhiều phụ huynh lên tiếng {demand} hiệu trưởng trường Hòa Lâm từ chức."
        assert hand_report(text).summary().event is None, demand


def test_a_demand_in_an_earlier_clause_leaves_the_resignation_told() -> None:
    text = (
        "Bộ trưởng từ chức\n\nNgày 12/3, sau nhiều lời kêu gọi của dư luận, Bộ trưởng Trần Văn Bình tuyên bố từ chức."
    )
    event = hand_report(text, (("Ngày 12/3", "XXXX-03-12"),)).summary().event
    assert event is not None and event.kind == "other"


def _demanded_seconds(count: int) -> float:
    """CPU seconds of reading the event of a lead whose sentence holds `count` demanded resignations."""
    demands = ", ".join("kêu gọi hiệu trưởng trường Hòa Lâm từ chức" for _ in range(count))
    text = f"Dư luận bức xúc\n\nNhiều phụ huynh lên tiếng {demands}."
    report = analyze_text(text, year=2017)
    doc = segment(text)
    return best_cpu_seconds(lambda: build_event(doc, report), 3)


def test_demands_are_looked_for_a_bounded_way_back() -> None:
    # each `từ chức` looks back a few tokens within its clause, never to the sentence start
    ratio = doubling_ratio(_demanded_seconds, 60)
    assert ratio < 2.5, ratio


def test_a_courtesy_call_is_a_reception() -> None:
    text = (
        "Thủ tướng gặp lãnh đạo Quốc hội nước bạn\n\nChiều 9/7, tại thủ đô Lisboa, Thủ tướng Nguyễn Văn An đã hội "
        "kiến Chủ tịch Quốc hội Bồ Đào Nha."
    )
    event = hand_report(text, (("Chiều 9/7", "XXXX-07-09"),)).summary().event
    assert event is not None and event.kind == "reception"


def test_a_day_after_before_that_does_not_make_the_dated_sentence_of_the_news() -> None:
    text = (
        "Thanh tra tỉnh phản hồi đại biểu\n\nChánh Thanh tra tỉnh Hòa Lâm vừa có văn bản báo cáo HĐND tỉnh về hai vụ "
        "khiếu nại mà đại biểu A nêu. Trước đó, tại phiên chất vấn của HĐND tỉnh chiều 9/6, đại biểu A đã tranh "
        "luận với Chánh Thanh tra về việc giải quyết khiếu nại."
    )
    event = hand_report(text, (("chiều 9/6", "XXXX-06-09"),)).summary().event
    assert event is not None and event.kind == "directive"


def _before_that_seconds(count: int) -> float:
    """CPU seconds of reading the event of a lead whose `Trước đó` sentence holds `count` days."""
    days = ", ".join(f"ngày {1 + k % 28}/{1 + k % 12}" for k in range(count))
    text = (
        "Thanh tra tỉnh phản hồi đại biểu\n\nChánh Thanh tra tỉnh Hòa Lâm vừa có văn bản báo cáo HĐND tỉnh về hai vụ "
        f"khiếu nại. Trước đó, {days}, tại phiên chất vấn của HĐND tỉnh, đại biểu A đã tranh luận về khiếu nại."
    )
    report = analyze_text(text, year=2017)
    doc = segment(text)
    return best_cpu_seconds(lambda: build_event(doc, report), 3)


def test_days_after_before_that_are_read_once_each() -> None:
    # each day is tested against the bounded clause before it, never against the text from the sentence start
    ratio = doubling_ratio(_before_that_seconds, 100)
    assert ratio < 2.5, ratio

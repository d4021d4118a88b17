"""A title that reports an act (`Bộ trưởng A từ chức`, `Thủ tướng A tuyên bố điều tra …`) over a lead whose first dated
sentence tells, on its day, a plan (`A ngày 27/6 cam kết sẽ tiến hành …`, `Ngày 21/6, ông A cho biết sẽ tổ chức …`):
the day stands before a verb of speech before the plan, so it is the day the act was told, and it dates the title's
event. A day of the plan itself (`Ngày 14/9, các đại biểu sẽ chất vấn …`) dates nothing, as before. One written
sentence per shape."""

from __future__ import annotations

import re

from tests.conftest import event_kind_and_date
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.report.model import DateMention
from vnreport.segment.document import segment
from vnreport.summary.event import _plan_told_on_its_day
from vnreport.summary.tokens import sentence_tokens


def test_a_commitment_told_on_its_day_dates_the_title_act() -> None:
    text = (
        "Thủ tướng tuyên bố điều tra toàn bộ các chung cư cũ\n\n"
        "Các chung cư cũ đã xuống cấp sau nhiều năm sử dụng.\n"
        "Thủ tướng Lê Văn Minh ngày 12/6 cam kết sẽ tiến hành cuộc điều tra trên phạm vi cả nước đối với các chung "
        "cư cũ."
    )
    assert event_kind_and_date(text) == ("investigation", "2024-06-12")


def test_a_plan_told_after_the_day_dates_the_title_resignation() -> None:
    text = (
        "Bộ trưởng Bộ Giao thông từ chức\n\n"
        "Bộ trưởng Bộ Giao thông Trần Văn Hải vừa rời khỏi nội các.\n"
        "Ngày 18/6, Bộ trưởng Trần Văn Hải nhấn mạnh ông đã quyết định rời nội các, đồng thời cho biết sẽ tổ chức "
        "một cuộc họp báo vào cuối tuần."
    )
    assert event_kind_and_date(text) == ("other", "2024-06-18")


def test_the_day_of_a_plan_itself_dates_no_title_event() -> None:
    text = (
        "Bộ trưởng trả lời chất vấn về giá điện\n\n"
        "Giá điện được nhiều đại biểu quan tâm.\n"
        "Ngày 14/9, các đại biểu sẽ chất vấn Bộ trưởng về giá điện."
    )
    found = event_kind_and_date(text)
    assert found is None or found[1] != "2024-09-14"


def test_a_plan_given_its_own_later_day_leaves_the_telling_day_aside() -> None:
    text = (
        "Xét xử kẻ tung tin đe dọa lãnh đạo tỉnh\n\n"
        "Vụ án đã được chuyển sang tòa án.\n"
        "Ngày 10/7, luật sư Nguyễn Văn Bình cho biết, dự kiến ngày 9/8 tới, TAND tỉnh sẽ đưa vụ án ra xét xử."
    )
    found = event_kind_and_date(text)
    assert found is None or found[1] != "2024-07-10"


def test_a_plans_later_day_written_before_its_will_leaves_the_telling_day_aside() -> None:
    # review r35-f7 #3: the plan's own day stands between the verb of speech and `sẽ`
    text = (
        "Xét xử kẻ tung tin đe dọa lãnh đạo tỉnh\n\n"
        "Vụ án đã được chuyển sang tòa án.\n"
        "Ngày 10/7, luật sư Nguyễn Văn Bình cho biết, ngày 9/8 tới, TAND tỉnh sẽ đưa vụ án ra xét xử."
    )
    found = event_kind_and_date(text)
    assert found is None or found[1] is None


_DAY = re.compile(r"\d{1,2}/\d{1,2}")


def _plan_seconds(n: int) -> float:
    words = " ".join(f"ông A{i} nói" for i in range(n))
    doc = segment(f"Tin\n\nNgày 5/6, {words} cho biết sẽ tổ chức họp báo.", words=False)
    sentence = doc.sentences[-1]
    days = [DateMention(text=m.group(), value="XXXX", start=m.start(), end=m.end()) for m in _DAY.finditer(doc.view)]
    title = sentence_tokens(doc, doc.sentences[0])
    return best_cpu_seconds(lambda: _plan_told_on_its_day(doc, sentence, days, title), 3)


def test_reading_a_plan_told_takes_linear_time() -> None:
    """One pass over the sentence's words for its first plan, one search between the day and it."""
    assert doubling_ratio(_plan_seconds, 4000) < 2.5

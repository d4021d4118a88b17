"""The day a body (no person named) tells of a step of a case dates that step (`Ngày 26/6, Bộ Công an cho biết, cơ
quan CSĐT đã phát lệnh truy nã …`, `Công an huyện X (tỉnh Y) ngày 23/6 cho biết đang tạm giữ …`): the body announces
its own or its unit's step. A person who tells of it (a lower-case teller, a named official, a day that opens its
clause with the teller after the verb) leaves the step undated, as before. One written sentence per shape."""

from __future__ import annotations

import re

import pytest

from tests.conftest import event_kind_and_date
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text
from vnreport.report.model import DateMention
from vnreport.segment.document import segment
from vnreport.summary.event import _teller_of


def test_a_body_written_after_the_day_dates_the_step_it_tells_of() -> None:
    text = (
        "Khởi tố nguyên giám đốc công ty xăng dầu\n\n"
        "Ngày 26/6, Bộ Công an cho biết, Cơ quan Cảnh sát điều tra đã ra quyết định khởi tố bị can đối với ông Trần "
        "Văn Nam, nguyên Giám đốc Công ty xăng dầu Hòa Bình."
    )
    assert event_kind_and_date(text) == ("investigation", "2024-06-26")


def test_a_body_written_before_the_day_dates_the_step_it_tells_of() -> None:
    text = (
        "Tạm giữ nghi phạm sát hại người hàng xóm\n\n"
        "Công an huyện Tân Yên (tỉnh Bắc Giang) ngày 23/6 cho biết đang tạm giữ hình sự Lê Văn Tùng để điều tra "
        "hành vi giết người."
    )
    assert event_kind_and_date(text) == ("investigation", "2024-06-23")


def test_a_lower_case_teller_still_tells_of_the_step() -> None:
    text = (
        "Khởi tố vụ lừa đảo\n\n"
        "Ngày 12/6, lãnh đạo Công an tỉnh Hòa Bình cho biết cơ quan điều tra đã khởi tố vụ án lừa đảo chiếm đoạt "
        "tài sản."
    )
    assert event_kind_and_date(text) == ("investigation", None)


def test_a_day_that_opens_its_clause_before_the_verb_is_a_persons_telling() -> None:
    text = (
        "Khởi tố vụ lừa đảo\n\n"
        "Chiều 12/6, xác nhận với báo Lao Động, ông Lê Văn Bình, Trưởng Công an huyện Tân Yên cho biết đơn vị đã "
        "khởi tố vụ án lừa đảo chiếm đoạt tài sản."
    )
    assert event_kind_and_date(text) == ("investigation", None)


def test_a_body_that_tells_of_an_inspection_leaves_it_undated() -> None:
    # the earlier reading kept: an inspection told of is undated, whoever tells of it
    text = (
        "Thu hồi thuốc giả\n\n"
        "Tối 8/2, Bộ Y tế cho biết, Cục Quản lý Dược đã thực hiện kiểm tra các nhà thuốc bán thuốc không rõ nguồn gốc."
    )
    assert event_kind_and_date(text) == ("inspection", None)


_DAY = re.compile(r"\d{1,2}/\d{1,2}")


def _body_teller_seconds(n: int) -> float:
    text = " ".join(
        f"Công an huyện {i} (tỉnh Y) ngày {1 + i % 28}/{1 + i % 12} cho biết, đơn vị đã khởi tố vụ án."
        for i in range(n)
    )
    doc = segment(text, words=False)
    dates = [DateMention(text=m.group(), value="XXXX", start=m.start(), end=m.end()) for m in _DAY.finditer(doc.view)]
    people = [m.start() - 30 for m in _DAY.finditer(doc.view)]
    return best_cpu_seconds(lambda: [_teller_of(doc, d, people, "investigation") for d in dates], 3)


def test_reading_body_tellers_takes_linear_time() -> None:
    """Each day reads a bounded window before it and a bounded teller after it: twice the days, twice the time."""
    assert doubling_ratio(_body_teller_seconds, 300) < 2.5


def test_the_steps_own_day_after_the_verb_wins_over_the_day_of_telling() -> None:
    # review r35-f4 #1: the body's day of telling is only a fallback when the sentence gives the step no day
    text = (
        "Khởi tố vụ án giết người\n\n"
        "Ngày 26/6, Công an huyện Tân Yên cho biết, ngày 20/6, đơn vị đã khởi tố vụ án giết người để điều tra."
    )
    assert event_kind_and_date(text) == ("investigation", "2024-06-20")


@pytest.mark.parametrize(
    "sentence",
    [
        "Lãnh đạo Công an huyện Tân Yên ngày 23/6 cho biết đang tạm giữ hình sự Lê Văn Tùng để điều tra.",
        "Trưởng Công an huyện Tân Yên ngày 23/6 cho biết đang tạm giữ hình sự Lê Văn Tùng để điều tra.",
        "Ngày 23/6, Người phát ngôn Bộ Công an cho biết đang tạm giữ hình sự Lê Văn Tùng để điều tra.",
        "Ngày 23/6, VnExpress cho biết cơ quan điều tra đang tạm giữ hình sự Lê Văn Tùng để điều tra.",
        "Ngày 23/6, Nguyễn Văn Hùng cho biết cơ quan điều tra đang tạm giữ hình sự Lê Văn Tùng để điều tra.",
    ],
)
def test_a_capitalised_person_or_outlet_teller_is_not_a_body(sentence: str) -> None:
    # review r35-f4 #2: a title, a person word, a surname or an outlet opens a person's (or a paper's) telling
    assert event_kind_and_date("Tạm giữ nghi phạm giết người\n\n" + sentence) == ("investigation", None)


def test_a_named_teller_with_a_long_title_before_the_day_is_a_person() -> None:
    # review r35-f4 #3: the name stands more than 80 characters before the day; its sentence is read
    text = (
        "Tạm giữ nghi phạm giết người\n\n"
        "Thượng tá Nguyễn Văn Hùng, Phó Trưởng Công an huyện Tân Yên kiêm Thủ trưởng Cơ quan Cảnh sát điều tra "
        "Công an huyện Tân Yên ngày 23/6 cho biết đang tạm giữ hình sự Lê Văn Tùng để điều tra."
    )
    assert event_kind_and_date(text) == ("investigation", None)


def test_an_outlet_citing_a_body_before_the_day_leaves_the_body_the_teller() -> None:
    # the outlet before the day reports the body's telling: the day still dates the step (dev16's shape)
    text = (
        "Tạm giữ nghi phạm giết người\n\n"
        "Liên quan đến vụ án, Báo Thanh Hóa dẫn nguồn tin từ Cơ quan CSĐT Công an tỉnh Thanh Hóa ngày 5/6 cho "
        "biết, đang tạm giữ Lê Văn Tùng để điều tra hành vi giết người."
    )
    assert event_kind_and_date(text) == ("investigation", "2024-06-05")


_HOSTILE = "Lãnh đạo Công an huyện Tân Yên ngày 1/6 cho biết đang tạm giữ Lê Văn Tùng và "


def _long_teller_sentence_seconds(n: int) -> float:
    # review r35-f7 #1: one sentence with no comma and a day every few words (each day's clause starts far back)
    doc = segment("Tạm giữ nghi phạm\n\n" + _HOSTILE * n, words=False)
    dates = [DateMention(text=m.group(), value="XXXX", start=m.start(), end=m.end()) for m in _DAY.finditer(doc.view)]
    return best_cpu_seconds(lambda: [_teller_of(doc, d, [], "investigation") for d in dates], 3)


def test_reading_tellers_before_many_days_of_one_sentence_takes_linear_time() -> None:
    """The clause before each day is found by a bisect on the document's commas and only its first words are read:
    twice the days in one sentence, twice the time."""
    assert doubling_ratio(_long_teller_sentence_seconds, 1000) < 2.5


def _long_teller_article_seconds(n: int) -> float:
    text = "Tạm giữ nghi phạm\n\n" + _HOSTILE * n
    return best_cpu_seconds(lambda: analyze_text(text, year=2024), 1)


def test_analysing_many_days_of_one_sentence_takes_linear_time() -> None:
    """The same sentence through the whole analysis."""
    assert doubling_ratio(_long_teller_article_seconds, 200) < 2.5

"""The day a person, written with a title after a comma or a dash, told of a step of a case or a check is not the
step's own day (`Chiều 12/4, Thượng tá A, Trưởng Công an huyện X cho biết, đơn vị đã vào cuộc điều tra …`): a
told act (directive, investigation, inspection, election) is then undated, as with a short teller. Not a body's
name with a comma (the body announcing its own step), not the teller's own act told as news (`cho biết đã ký …`),
not the words after a document's signing day (`công văn ký ngày 11/5 trả lời Z, Trưởng đoàn W cho hay …`)."""

from __future__ import annotations

import re

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text
from vnreport.report.model import DateMention
from vnreport.segment.document import segment
from vnreport.summary.event import _teller_of

_REST = "\nNạn nhân đang được điều trị tại bệnh viện."


def _event(text: str) -> tuple[str | None, str | None]:
    summary = analyze_text(text).summary
    event = summary.event if summary else None
    return (event.kind, event.date) if event else (None, None)


def test_a_person_with_a_title_after_a_comma_told_of_the_step() -> None:
    text = (
        "Điều tra vụ nhóm thanh niên đánh người\nChiều 12/4, Thượng tá Lê Văn Bình, Trưởng Công an huyện Xuân Lộc"
        " cho biết, đơn vị đã vào cuộc điều tra, xác định danh tính nhóm thanh niên." + _REST
    )
    assert _event(text) == ("investigation", None)


def test_a_person_with_a_title_after_a_dash_told_of_the_step() -> None:
    text = (
        "Điều tra vụ nhóm thanh niên đánh người\nChiều 12/4, ông Lê Văn Bình - Phó Trưởng Công an huyện Xuân Lộc"
        " (Công an tỉnh Đồng Nai) cho biết, đơn vị đã vào cuộc điều tra, xác định danh tính nhóm thanh niên." + _REST
    )
    assert _event(text) == ("investigation", None)


def test_a_teller_opened_by_an_honorific_of_two_words_told_of_the_step() -> None:
    """`đồng chí` (teller_honorific, two words) opens a titled teller as `ông` does."""
    text = (
        "Điều tra vụ nhóm thanh niên đánh người\nChiều 12/4, đồng chí Lê Văn Bình, Trưởng Công an huyện Xuân Lộc"
        " cho biết, đơn vị đã vào cuộc điều tra, xác định danh tính nhóm thanh niên." + _REST
    )
    assert _event(text) == ("investigation", None)


def test_the_tellers_own_act_a_body_announcing_or_a_signing_day_keep_their_day() -> None:
    own = (
        "Công bố kết luận thanh tra trường đại học\nNgày 9.3, ông Lê Văn Bình, Chánh Thanh tra Bộ Giáo dục cho biết"
        " đã ký và công bố kết luận thanh tra về công tác tuyển sinh của trường.\nTrường có 30 ngày để khắc phục."
    )
    assert _event(own) == ("directive", "XXXX-03-09")
    body = (
        "Tạm giữ hai đối tượng cướp giật\nHôm nay (9.3), Cơ quan CSĐT Công an quận 3, TP Cần Thơ cho biết, đang tạm"
        " giữ hình sự hai đối tượng để điều tra về hành vi cướp giật tài sản.\nHai đối tượng đã khai nhận hành vi."
    )
    assert _event(body) == ("investigation", "XXXX-03-09")
    letter = (
        "Đoàn đại biểu đồng ý tiếp nhận đại biểu\nTrong công văn ký ngày 11/5 trả lời Đảng đoàn Quốc hội, Trưởng đoàn"
        " đại biểu Quốc hội tỉnh Lê Văn Bình cho hay đoàn đồng ý tiếp nhận.\nĐoàn có 8 đại biểu."
    )
    assert _event(letter) == ("directive", "XXXX-05-11")


_DAY = re.compile(r"\d{1,2}/\d{1,2}")


def _teller_seconds(n: int) -> float:
    text = " ".join(
        f"Chiều {1 + i % 28}/{1 + i % 12}, ông Lê Văn Bình, Trưởng Công an huyện {i} cho biết, đơn vị đã điều tra."
        for i in range(n)
    )
    doc = segment(text, words=False)
    dates = [DateMention(text=m.group(), value="XXXX", start=m.start(), end=m.end()) for m in _DAY.finditer(doc.view)]
    people = [m.start() + 6 for m in _DAY.finditer(doc.view)]
    return best_cpu_seconds(lambda: [_teller_of(doc, d, people, "investigation") for d in dates], 3)


def test_reading_titled_tellers_takes_linear_time() -> None:
    """Each day reads a bounded teller after it: twice the days take twice the time, not four."""
    assert doubling_ratio(_teller_seconds, 300) < 2.5

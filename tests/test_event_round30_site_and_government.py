"""Round 30 of the event's place and organiser (issue #14): a ceremony told by its verb (`khởi công`, `khánh
thành`) is held at the site its `tại` names after the object, past an area word (`tại khu vực sân bay quốc tế X`);
an order the head or a deputy head of the Government gives in the lead (`Phó Thủ tướng A giao …`, `Thủ tướng yêu
cầu …`) is issued by `Chính phủ`, not by a foreign leader's government. One written sentence per shape."""

from __future__ import annotations

import pytest

from tests.conftest import found_event_kind_and
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text
from vnreport.segment.document import segment
from vnreport.summary.setting import _passed_on_by


@pytest.mark.parametrize("verb", ["khởi công xây dựng", "khánh thành"])
def test_a_ceremony_verb_is_held_at_the_area_after_its_object(verb: str) -> None:
    text = (
        "Thêm cầu vượt cho cửa ngõ phía bắc\n\n"
        f"Sáng 3-4, Sở Giao thông Vận tải tỉnh Hòa Lộc đã {verb} một cầu vượt tại khu vực sân bay quốc tế Phú Yên "
        "Bắc. Công trình có tổng mức đầu tư khoảng 300 tỉ đồng."
    )
    assert found_event_kind_and(text, "location") == ("ceremony", "sân bay quốc tế Phú Yên Bắc")


def test_an_area_after_a_ceremony_noun_inside_a_noun_phrase_stays_the_matter() -> None:
    # the event told by a noun: the `tại` inside the noun phrase is where the matter lies, as before
    text = (
        "Thêm cầu vượt cho cửa ngõ phía bắc\n\n"
        "Sáng 3-4, Sở Giao thông Vận tải tỉnh Hòa Lộc tổ chức lễ công bố quy hoạch sử dụng đất tại khu vực sân "
        "bay quốc tế Phú Yên Bắc. Lễ công bố kết thúc vào buổi trưa."
    )
    assert found_event_kind_and(text, "location")[1] is None


def test_a_deputy_prime_minister_s_order_is_issued_by_the_government() -> None:
    text = (
        "Nghiên cứu tuyến đường ven biển\n\n"
        "Phó Thủ tướng Lê Minh Quân giao tỉnh Hòa Lộc chủ trì nghiên cứu bổ sung tuyến đường ven biển vào quy "
        "hoạch của vùng."
    )
    assert found_event_kind_and(text, "organizer") == ("directive", "Chính phủ")


def test_a_foreign_prime_minister_s_order_is_not_issued_by_the_government() -> None:
    text = (
        "Nghiên cứu tuyến đường ven biển\n\n"
        "Thủ tướng Hungary Péter Kovács giao Bộ Giao thông chủ trì nghiên cứu bổ sung tuyến đường ven biển vào quy "
        "hoạch của vùng."
    )
    assert found_event_kind_and(text, "organizer")[1] != "Chính phủ"


def test_an_order_an_office_passes_on_is_the_office_s_paper() -> None:
    # the office that passes the deputy prime minister's order on issues the paper, not the government
    text = (
        "Chấn chỉnh việc cấp phép xây dựng\n"
        "Phó Thủ tướng Lê Minh Quân yêu cầu Bộ Xây dựng chấn chỉnh việc cấp phép xây dựng tại các đô thị lớn.\n"
        "Văn phòng Chính phủ vừa truyền đạt ý kiến của Phó Thủ tướng Lê Minh Quân về việc cấp phép xây dựng. Theo "
        "đó, Phó Thủ tướng yêu cầu Bộ Xây dựng rà soát các giấy phép đã cấp."
    )
    assert found_event_kind_and(text, "organizer") == ("directive", "Văn phòng Chính phủ")


@pytest.mark.parametrize(
    "passed",
    [
        "Tại buổi tập huấn, Sở Giáo dục đã truyền đạt kinh nghiệm cho giáo viên các trường.",  # no order passed on
        "Bộ Y tế vừa truyền đạt ý kiến của Bộ trưởng về việc cấp phép.",  # a minister's, not the Government head's
    ],
)
def test_a_body_that_passes_on_something_else_is_no_organiser(passed: str) -> None:
    # only the order of a head of the Government that the office passes on makes the paper the office's
    text = (
        "Chấn chỉnh việc cấp phép xây dựng\n"
        "Phó Thủ tướng Lê Minh Quân yêu cầu Bộ Xây dựng chấn chỉnh việc cấp phép xây dựng tại các đô thị lớn.\n"
        f"{passed} Theo đó, các đơn vị phải rà soát các giấy phép đã cấp."
    )
    assert found_event_kind_and(text, "organizer") == ("directive", "Chính phủ")


def _passing_on_seconds(count: int) -> float:
    """CPU seconds of reading who passes an order on, in a text of `count` bodies and verbs of passing on."""
    text = (
        "Nghiên cứu tuyến đường ven biển\n\nPhó Thủ tướng Lê Minh Quân giao tỉnh Hòa Lộc chủ trì nghiên cứu bổ sung "
        "tuyến đường ven biển vào quy hoạch của vùng.\n"
        + "Bộ Y tế, Bộ Tài chính cùng dự. Ông Ba vừa truyền đạt ý kiến của Thủ tướng. "
        * count
    )
    report = analyze_text(text, year=2024)
    doc = segment(text)
    return best_cpu_seconds(lambda: _passed_on_by(doc, report), 3)


def test_passing_on_reads_each_body_once_whatever_the_number_of_bodies() -> None:
    # the body before each verb of passing on was looked for among every organisation mention (tokens × mentions)
    ratio = doubling_ratio(_passing_on_seconds, 150)
    assert ratio <= 2.5, f"passing on grows faster than linearly: ×{ratio:.1f} for ×2"

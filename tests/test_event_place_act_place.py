"""The event's place, round 34: an act, an investigation or a trial whose sentence gives no venue by any other
construction takes the first `ở`/`tại` of its sentence that a named place follows (`ba nghi phạm bị bắt ở thành phố
A`, `Một tòa án ở thành phố A đã tuyên án …`); not one in brackets (where a person lives), nor one in the clause of a
matter or an incident the sentence names (`cuộc khủng hoảng … ở vùng A`, `vụ việc xảy ra tại xã A`). Written
sentences, analysed whole."""

from __future__ import annotations

from tests.conftest import event_kind_and, found_event_kind_and
from tests.timing import best_cpu_seconds, doubling_ratio


def test_an_arrest_takes_the_place_after_o() -> None:
    text = (
        "Bắt ba nghi phạm trộm cắp tài sản\n\n"
        "Ngày 5/3, ba nghi phạm đã bị bắt giữ ở thành phố Tân An, liên quan đến hàng loạt vụ trộm cắp tài sản. "
        "Cảnh sát đang tiếp tục điều tra."
    )
    assert found_event_kind_and(text, "location")[1] == "thành phố Tân An"


def test_a_court_named_with_o_gives_the_place_of_its_trial() -> None:
    text = (
        "Năm bị cáo lãnh án tù\n\n"
        "Ngày 5/3, một tòa án ở thành phố Tân An đã tuyên án 10 năm tù đối với năm bị cáo về tội cướp tài sản. "
        "Các bị cáo có 15 ngày để kháng cáo."
    )
    assert event_kind_and(text, "location") == ("trial", "thành phố Tân An")


def test_a_place_where_a_person_lives_is_no_place() -> None:
    text = (
        "Bắt ba nghi phạm trộm cắp tài sản\n\n"
        "Ngày 5/3, ba nghi phạm (cùng trú ở thành phố Tân An) đã bị bắt giữ, liên quan đến hàng loạt vụ trộm cắp "
        "tài sản. Cảnh sát đang tiếp tục điều tra."
    )
    assert found_event_kind_and(text, "location")[1] is None


def test_the_place_of_a_matter_the_sentence_names_is_no_place() -> None:
    text = (
        "Bắt ba nghi phạm trộm cắp tài sản\n\n"
        "Ngày 5/3, ba nghi phạm đã bị bắt giữ trong bối cảnh cuộc khủng hoảng an ninh ở vùng Tây Bắc kéo dài. "
        "Cảnh sát đang tiếp tục điều tra."
    )
    assert found_event_kind_and(text, "location")[1] is None


def _scan_seconds(n: int) -> float:
    """An arrest's sentence of n bracketed homes and matters' places, none of them the act's: read once."""
    from vnreport.pipeline import analyze_text

    lead = "Ngày 5/3, ba nghi phạm " + "(trú ở xã Tân An) liên quan vụ việc ở xã Tân Bình, " * n + "đã bị bắt giữ."
    text = "Bắt ba nghi phạm trộm cắp tài sản\n\n" + lead
    return best_cpu_seconds(lambda: analyze_text(text, year=2024))


def test_the_act_place_scan_grows_linearly() -> None:
    assert doubling_ratio(_scan_seconds, 100) < 2.5

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


def _lead_place(lead: str) -> str | None:
    return found_event_kind_and(
        "Bắt nghi phạm trộm cắp tài sản\n\n" + lead + " Cảnh sát đang tiếp tục điều tra.", "location"
    )[1]


def test_a_second_happenings_place_is_no_place() -> None:
    lead = (
        "Ngày 5/3, cảnh sát đã bắt giữ một nghi phạm đang lẩn trốn trong khi một cuộc biểu tình lớn diễn ra ở thành "
        "phố Tân An."
    )
    assert _lead_place(lead) is None


def test_a_place_after_a_clause_stop_is_no_place() -> None:
    lead = "Ngày 5/3, cảnh sát đã bắt giữ nghi phạm A, đối tượng lái xe đâm vào xe tải ở thành phố Tân An ngày 1/3."
    assert _lead_place(lead) is None


def test_where_a_person_lived_or_studied_is_no_place() -> None:
    for lead in (
        "Ngày 5/3, cảnh sát đã bắt giữ nghi phạm A từng sống nhiều năm ở thành phố Tân An.",
        "Ngày 5/3, cảnh sát đã bắt giữ nghi phạm A vốn là công nhân ở tỉnh Long An.",
        "Ngày 5/3, cảnh sát đã bắt giữ ông A có con gái học ở Trường Đại học Tân An.",
    ):
        assert _lead_place(lead) is None, lead


def test_a_place_in_a_persons_apposition_before_the_act_is_no_place() -> None:
    lead = "Ngày 5/3, bị cáo A, cựu giám đốc một công ty ở thành phố Tân An, đã bị tòa án tuyên án 10 năm tù."
    assert _lead_place(lead) is None


def test_a_place_ends_before_then() -> None:
    lead = "Ngày 5/3, nghi phạm A đã bị bắt giữ ở thành phố Tân An rồi bị đưa về trụ sở công an."
    assert _lead_place(lead) == "thành phố Tân An"


def test_in_organisation_grows_with_the_mentions_not_their_product() -> None:
    from vnreport.summary.venue import _Marks

    def seconds(n: int) -> float:
        spans = tuple((10 * i, 10 * i + 5) for i in range(n))
        marks = _Marks(
            frozenset(), frozenset(), frozenset(), spans, {}, tuple(a for a, _ in spans), tuple(b for _, b in spans)
        )
        return best_cpu_seconds(lambda: [marks.in_organisation(10 * i + 7) for i in range(n)])

    assert doubling_ratio(seconds, 2000) < 2.5


def _organisations_seconds(n: int) -> float:
    """An arrest's sentence naming n organisations, each with an `ở` after it: read once."""
    from vnreport.pipeline import analyze_text

    lead = "Ngày 5/3, nghi phạm đã bị bắt giữ " + "cùng Công ty Tân An ở xã Tân Bình và " * n + "ba đồng phạm."
    text = "Bắt ba nghi phạm trộm cắp tài sản\n\n" + lead
    return best_cpu_seconds(lambda: analyze_text(text, year=2024))


def test_the_act_place_scan_grows_linearly_with_organisations() -> None:
    assert doubling_ratio(_organisations_seconds, 40) < 2.5


def test_a_place_dated_by_another_day_is_another_happenings() -> None:
    lead = "Ngày 5/3, cảnh sát đã bắt giữ nghi phạm đâm xe ở thành phố Tân An ngày 1/3."
    assert _lead_place(lead) is None


def test_a_place_dated_by_the_acts_own_day_stays() -> None:
    lead = "Cảnh sát đã bắt giữ nghi phạm A ở thành phố Tân An ngày 5/3."
    assert _lead_place(lead) == "thành phố Tân An"


def test_a_courts_place_with_its_country_after_a_comma() -> None:
    text = (
        "Năm bị cáo lãnh án tù\n\n"
        "Một tòa án ở Paris, Pháp đã tuyên án 10 năm tù đối với năm bị cáo về tội cướp tài sản. "
        "Các bị cáo có 15 ngày để kháng cáo."
    )
    assert event_kind_and(text, "location") == ("trial", "Paris")


def test_an_adjunct_after_a_comma_keeps_the_acts_clause() -> None:
    lead = "Ba nghi phạm đã bị bắt giữ hôm 5/3, trong chiến dịch truy quét ở tỉnh Long An."
    assert _lead_place(lead) == "tỉnh Long An"


def test_a_place_named_after_its_side() -> None:
    lead = "Ngày 5/3, ba nghi phạm đã bị bắt giữ ở phía tây thành phố Tân An."
    assert _lead_place(lead) == "thành phố Tân An"


def test_a_place_dated_by_another_day_after_hom_is_another_happenings() -> None:
    # round 35: `hôm 1/3` dates the place as `ngày 1/3` does
    lead = "Ngày 5/3, cảnh sát đã bắt giữ nghi phạm đâm xe ở thành phố Tân An hôm 1/3."
    assert _lead_place(lead) is None

"""The event's place (issue #14, round 11, dev4): the place a visitor arrives at before the visit word, a
framing clause that goes on past `chuyến thăm, làm việc`, a venue cut at `thuộc` and a description.
One written lead per construction; the entity sections are built by hand."""

from __future__ import annotations

from tests.reporthelp import HandReport


def _hand(text: str, date: tuple[str, str], places: tuple[str, ...] = ()) -> HandReport:
    hand = HandReport(text)
    hand.date(*date)
    for place in places:
        hand.location(place)
    return hand


def test_the_place_reached_before_the_visit_word_is_the_visits() -> None:
    text = (
        "Thăm cấp nhà nước\n\nNgày 3-4, Chủ tịch nước và phu nhân đã đến thủ đô Viêng Chăn, bắt đầu chuyến thăm "
        "cấp nhà nước tới Lào."
    )
    event = _hand(text, ("Ngày 3-4", "XXXX-04-03"), ("Viêng Chăn",)).summary().event
    assert event is not None and event.kind == "visit"
    assert event.location == "thủ đô Viêng Chăn"
    text = "Thăm chính thức\n\nTối 8.6, Thủ tướng và đoàn đại biểu đã tới Canada trong chuyến thăm chính thức."
    event = _hand(text, ("Tối 8.6", "XXXX-06-08"), ("Canada",)).summary().event
    assert event is not None and event.location == "Canada"


def test_the_city_reached_before_the_visit_word_goes_before_the_country_visited() -> None:
    # the visit's country is named too (a location of the report): the city the visitor reached is still the
    # place, not the whole country
    text = (
        "Thăm chính thức\n\nChiều 5/3, Thủ tướng và đoàn đại biểu đã tới thủ đô Praha, bắt đầu chuyến thăm chính "
        "thức Séc."
    )
    event = _hand(text, ("Chiều 5/3", "XXXX-03-05"), ("Praha", "Séc")).summary().event
    assert event is not None and event.kind == "visit"
    assert event.location == "thủ đô Praha"


def test_an_arrival_place_stops_before_the_verb_that_follows_it() -> None:
    text = "Thăm Ấn Độ\n\nNgày 2/3, Chủ tịch nước đã tới sân bay quốc tế Palam bắt đầu chuyến thăm kéo dài ba ngày."
    event = _hand(text, ("Ngày 2/3", "XXXX-03-02")).summary().event
    assert event is not None and event.location == "sân bay quốc tế Palam"


def test_an_arrival_far_from_the_visit_word_gives_no_place() -> None:
    text = (
        "Thăm và làm việc\n\nNgày 5/3, đoàn đã đến Hải Phòng để khảo sát cảng biển và làm việc với nhiều doanh "
        "nghiệp lớn trước chuyến thăm của Bộ trưởng."
    )
    event = _hand(text, ("Ngày 5/3", "XXXX-03-05"), ("Hải Phòng",)).summary().event
    assert event is None or event.location != "Hải Phòng"


def test_a_framing_clause_goes_on_past_a_second_verb_of_the_visit() -> None:
    text = (
        "Gặp gỡ sinh viên\n\nTiếp tục chương trình chuyến thăm, làm việc tại Hàn Quốc, ngày 9/6, tại TP Busan thuộc "
        "tỉnh cùng tên, Phó Thủ tướng đã có buổi gặp gỡ với sinh viên Việt Nam."
    )
    event = _hand(text, ("ngày 9/6", "XXXX-06-09"), ("Hàn Quốc",)).summary().event
    assert event is not None and event.location == "TP Busan"


def test_thuoc_and_a_named_unit_stay_in_the_venue() -> None:
    text = (
        "Lễ hội đua thuyền\n\nSáng 6/2, tại vùng bãi bồi sông Hồng thuộc huyện Phúc Thọ, UBND huyện tổ chức lễ hội "
        "đua thuyền truyền thống."
    )
    event = _hand(text, ("Sáng 6/2", "XXXX-02-06")).summary().event
    assert event is not None and event.location == "vùng bãi bồi sông Hồng thuộc huyện Phúc Thọ"

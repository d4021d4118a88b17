"""The event's place, round 32: the venue someone came to right before the verb of attending the event (`đến trụ sở
Công an tỉnh X để dự lễ …`); a public vote's country, written at the end of its name (`cuộc bầu cử Hạ viện X`) or
pointed back to by `ở nước này`; the event's other name after a comma (`còn gọi là …`) keeps its frame open to the
venue told after it; a hall whose name opens with an event word (`Đại lễ đường X`); a ceremony that
opens or closes a festival told again as the verb of closing it (`tổ chức bế mạc Festival X` for `lễ bế mạc …`).
One written sentence per construction, analysed whole."""

from __future__ import annotations

import pytest

from tests.conftest import event_kind_and, found_event_kind_and
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text
from vnreport.segment.document import segment
from vnreport.summary.venue import _opened_at


def test_the_events_other_name_keeps_its_frame_open_to_its_venue() -> None:
    text = (
        "An ninh khu vực được quan tâm\n\n"
        "Tại Hội nghị an ninh khu vực lần thứ 9, còn gọi là Đối thoại Biển Xanh lần thứ 9, diễn ra ở Malaysia, bộ "
        "trưởng quốc phòng và quan chức cấp cao của các nước đều bày tỏ quan ngại về an ninh biển."
    )
    assert found_event_kind_and(text, "location")[1] == "Malaysia"


def test_the_venue_come_to_before_attending_the_event_is_its_place() -> None:
    text = (
        "Khen thưởng lực lượng phá chuyên án\n\n"
        "Chiều 3/4, thiếu tướng Lê Văn Hòa ngay sau khi về đến tỉnh đã đến trụ sở Công an tỉnh Bình Phước để dự lễ "
        "khen thưởng các đơn vị phá chuyên án. Lễ khen thưởng kết thúc vào buổi chiều."
    )
    assert found_event_kind_and(text, "location")[1] == "trụ sở Công an tỉnh Bình Phước"


def test_a_date_between_the_venue_and_attending_gives_no_place_from_it() -> None:
    text = (
        "Khen thưởng lực lượng phá chuyên án\n\n"
        "Thiếu tướng Lê Văn Hòa đã đến tỉnh Bình Phước chiều 3/4 để dự lễ khen thưởng các đơn vị phá chuyên án. "
        "Lễ khen thưởng kết thúc vào buổi chiều."
    )
    assert found_event_kind_and(text, "location")[1] is None


def test_a_public_vote_takes_place_in_the_country_ending_its_name() -> None:
    text = (
        "Cử tri đi bầu Quốc hội\n\n"
        "Sáng 4-6 (theo giờ địa phương), cử tri đã bắt đầu đi bỏ phiếu trong vòng một cuộc bầu cử Hạ viện Ba Lan."
    )
    assert found_event_kind_and(text, "location") == ("election", "Ba Lan")


def test_a_public_vote_in_this_country_takes_the_country_named_before() -> None:
    text = (
        "Tổng thống tái đắc cử\n\n"
        "Ngày 8-5, Tổng thống Kenya William Ruto đã tái đắc cử trong cuộc bầu cử tổng thống ở nước này với số "
        "phiếu áp đảo."
    )
    assert found_event_kind_and(text, "location") == ("election", "Kenya")


@pytest.mark.parametrize("country", ["Nam Sudan", "Papua New Guinea"])
def test_this_country_is_the_whole_country_name_not_its_tail(country: str) -> None:
    text = (
        "Tổng thống tái đắc cử\n\n"
        f"Ngày 8-5, Tổng thống {country} Lê Văn Hòa đã tái đắc cử trong cuộc bầu cử tổng thống ở nước này với số "
        "phiếu áp đảo."
    )
    assert found_event_kind_and(text, "location") == ("election", country)


def test_a_later_sentence_commenting_on_a_vote_takes_no_country() -> None:
    text = (
        "Bầu cử và quan hệ hai nước\n\n"
        "Ngày 8-5, Bộ Ngoại giao Mỹ cho biết sẽ theo dõi tình hình khu vực. "
        "Nhiều nhà phân tích cho rằng cuộc bầu cử Quốc hội Ba Lan sắp tới là quan trọng đối với Mỹ."
    )
    found = event_kind_and(text, "location")
    assert found is None or found[1] != "Ba Lan"


def test_an_undated_vote_the_text_opens_with_takes_no_country() -> None:
    text = (
        "Bầu cử Tổng thống Ba Lan: Khó đoán định\n"
        "Cuộc bầu cử Tổng thống Ba Lan vừa liên tiếp xuất hiện những diễn biến bất ngờ khiến kết quả khó đoán định."
    )
    found = event_kind_and(text, "location")
    assert found is None or found[1] != "Ba Lan"


def test_a_body_electing_a_person_takes_no_country() -> None:
    text = (
        "Quốc hội bầu Chủ tịch nước\n\n"
        "Sáng 2-4, Quốc hội Pháp đã bầu ông Jean Martin làm Chủ tịch Hạ viện với số phiếu áp đảo."
    )
    assert found_event_kind_and(text, "location")[1] is None


def test_a_hall_named_with_an_event_word_is_a_venue() -> None:
    text = (
        "Chủ tịch nước hội kiến Thủ tướng\n\n"
        "Chiều 12-4, tại Đại lễ đường nhân dân ở thủ đô Bắc Kinh, Chủ tịch nước Lê Văn Hòa đã hội kiến Thủ tướng "
        "Trung Quốc Vương Minh."
    )
    assert found_event_kind_and(text, "location")[1] == "Đại lễ đường nhân dân ở thủ đô Bắc Kinh"


def test_a_closing_ceremony_told_again_as_closing_the_festival_takes_its_venue() -> None:
    text = (
        "Bế mạc Festival Hoa Đà Lạt\n\n"
        "Tối 3/4, tại Quảng trường Lâm Viên (TP. Đà Lạt, Lâm Đồng), UBND tỉnh Lâm Đồng tổ chức bế mạc Festival "
        "Hoa Đà Lạt. Phó chủ tịch nước Lê Văn Hòa dự.\n\n"
        "Phó chủ tịch nước Lê Văn Hòa phát biểu tại lễ bế mạc festival Hoa Đà Lạt."
    )
    assert found_event_kind_and(text, "location") == ("ceremony", "Quảng trường Lâm Viên")


def _seconds(n: int) -> float:
    went = "Ông Lê Văn Hòa đi qua nhiều nơi, " * n
    text = "Khen thưởng lực lượng phá chuyên án\n\n" + went + "đã đến trụ sở Công an tỉnh X để dự lễ khen thưởng."
    return best_cpu_seconds(lambda: analyze_text(text))


def test_the_attending_scan_is_linear_in_the_sentence() -> None:
    # only the few words before the event word are read, whatever the sentence's length
    assert doubling_ratio(_seconds, 40) < 2.5


def _vote_seconds(n: int) -> float:
    words = "Tổng thống Kenya William Ruto, " + "người từng giữ nhiều chức vụ và " * n
    text = "Tổng thống tái đắc cử\n\nNgày 8-5, " + words + "đã tái đắc cử trong cuộc bầu cử tổng thống ở nước này."
    return best_cpu_seconds(lambda: analyze_text(text))


def test_the_country_before_a_vote_is_found_in_linear_time() -> None:
    # one look back over the sentence for the country `ở nước này` points to
    assert doubling_ratio(_vote_seconds, 40) < 2.5


def _opened_seconds(n: int) -> float:
    words = "với nhiều hoạt động văn hóa và " * n
    text = (
        "Bế mạc Festival Hoa Đà Lạt\n\n"
        "Tối 3/4, tại Quảng trường Lâm Viên, UBND tỉnh Lâm Đồng tổ chức bế mạc Festival Hoa Đà Lạt " + words + "thể "
        "thao.\n\nPhó chủ tịch nước Lê Văn Hòa phát biểu tại lễ bế mạc festival Hoa Đà Lạt."
    )
    return best_cpu_seconds(lambda: analyze_text(text))


def test_the_closing_told_again_is_found_in_linear_time() -> None:
    # each told-again sentence is read once for the verb of opening or closing
    assert doubling_ratio(_opened_seconds, 40) < 2.5


def _opened(sentence: str) -> str | None:
    doc = segment(sentence, words="dictionary")
    toks = doc.tokens_in(doc.sentences[0].start, doc.sentences[0].end)
    at = _opened_at(toks)
    return toks[at].text if at is not None else None


def test_opening_another_kind_of_event_tells_no_festival_again() -> None:
    # `khai mạc Hội nghị X`: a conference opened, not the festival, exhibition or contest a ceremony opens
    assert _opened("UBND tỉnh tổ chức khai mạc Hội nghị xúc tiến đầu tư.") is None


def test_opening_a_festival_or_a_bare_name_tells_it_again() -> None:
    assert _opened("UBND tỉnh tổ chức bế mạc Festival Hoa Đà Lạt.") == "Festival"
    assert _opened("UBND tỉnh tổ chức bế mạc Hoa Đà Lạt 2024.") == "Hoa"

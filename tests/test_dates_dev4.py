"""dev4 (round 11, second wave): a year named by an edition of an event, days of one stay, recurring and
bare lunar Tết days."""

from __future__ import annotations

from itertools import pairwise

from tests.reporthelp import summary_of
from vnreport.extract import run_extractors
from vnreport.extract.dates import extract_dates
from vnreport.pipeline import analyze_text
from vnreport.report.model import DateMention, DocumentRef
from vnreport.segment.document import segment


def dates(text: str) -> list[DateMention]:
    doc = segment(text, words=False)
    found = extract_dates(doc)
    assert all(a.end <= b.start for a, b in pairwise(found))
    return found


def values(text: str) -> dict[str, str]:
    return {m.text: m.value for m in dates(text)}


# --- the year of an edition of an event (`lần thứ VI - 2019`) is a date and, the story part of it, the present


def test_the_year_after_an_edition_ordinal_is_a_date() -> None:
    found = values("Tiêu đề\nLiên hoan phim Châu Á lần thứ III - 2019 khép lại với nhiều giải thưởng.")
    assert found.get("2019") == "2019"


def test_a_happening_told_as_part_of_an_edition_takes_its_year() -> None:
    text = (
        "Mở màn hội thi múa rối\nTối 12/8, tại TP Vinh, hội thi múa rối chính thức mở màn. "
        "Đây là hoạt động nằm trong chuỗi các hoạt động Festival Văn hóa Sông Lam lần thứ II - 2019."
    )
    assert values(text)["Tối 12/8"] == "2019-08-12"


def test_a_round_of_a_festival_named_by_its_year_takes_that_year() -> None:
    text = (
        "Tin vắn\nChiều 3/9, tại trận thứ 5 của vòng đấu loại Lễ hội đua ghe truyền thống huyện Mỹ Xuyên 2019, "
        "một chiếc ghe bị lật."
    )
    assert values(text)["Chiều 3/9"] == "2019-09-03"


def test_a_festival_named_by_its_year_without_the_story_inside_it_fixes_nothing() -> None:
    text = "Tin vắn\nChiều 3/9, huyện họp bàn việc chuẩn bị Lễ hội đua ghe truyền thống huyện Mỹ Xuyên 2020."
    assert values(text)["Chiều 3/9"] == "XXXX-09-03"


# --- `các ngày 8 và 9/6`: the consecutive days of one stay are one range ------------------------------------


def test_listed_consecutive_days_are_one_range() -> None:
    found = values("Tiêu đề\nCác đoàn biểu diễn ngoài phố vào các ngày 14 & 15/3/2019 và nghỉ sau đó.")
    assert found == {"các ngày 14 & 15/3/2019": "2019-03-14/2019-03-15"}


def test_listed_days_apart_stay_two_dates() -> None:
    found = values("Tiêu đề\nCác đoàn biểu diễn ngoài phố vào các ngày 14 và 17/3/2019.")
    assert found == {"ngày 14": "2019-03-14", "17/3/2019": "2019-03-17"}


# --- lunar new year days: recurring ones are no date; a bare `mùng 7 Tết` is one --------------------------


def test_a_tet_day_told_as_every_year_is_no_date() -> None:
    text = "Tiêu đề\nHội làng diễn ra thường niên vào mùng 6 và mùng 7 Tết Nguyên đán ở xã ven sông."
    assert not [m for m in dates(text) if "Tết" in m.text]


def test_a_bare_tet_day_is_dated_when_the_tet_is() -> None:
    text = (
        "Tiêu đề\nTết Nguyên đán Canh Tý 2020 vừa qua, người dân đổ về chùa. Đến mùng 7 Tết, lượng khách vẫn còn đông."
    )
    assert values(text)["mùng 7 Tết"] == "2020-01-31"


# --- a document's own day in brackets after a bare short form, its year fixed by the text ----------------


def _documents(text: str) -> list[DocumentRef]:
    return run_extractors(segment(text)).documents


def test_a_short_form_restated_in_lower_case_is_the_same_document() -> None:
    text = "Tiêu đề\nThông tư 45 gây tranh cãi. Bộ cho biết thông tư 45 đã được lấy ý kiến rộng rãi."
    (ref,) = _documents(text)
    assert len(ref.mentions) == 2


def test_a_bracketed_day_after_a_document_dates_it_with_the_year_of_the_text() -> None:
    text = (
        "Tiêu đề\nNgày 1/7/2019, quy định mới có hiệu lực. Thông tư 45 hướng dẫn cách tính thuế. "
        "Có điều, thời điểm ban hành thông tư 45 (ngày 20/8) quá gần nên nhiều cửa hàng chưa kịp đổi phần mềm."
    )
    (ref,) = _documents(text)
    assert ref.date == "2019-08-20"


def test_a_bracketed_day_without_a_year_from_the_text_dates_the_document_without_one() -> None:
    text = "Tiêu đề\nThông tư 45 hướng dẫn cách tính thuế. Thời gian ban hành thông tư 45 (ngày 20/8) quá sát."
    (ref,) = _documents(text)
    assert ref.date == "XXXX-08-20"


# --- the event's day: not a day of what it follows, not an anniversary span's end, a stay by its first day --


def _event_date(text: str) -> str | None:
    event = summary_of(analyze_text(text)).event
    assert event is not None
    return event.date


def test_a_day_in_a_clause_opened_by_sau_does_not_date_the_event() -> None:
    text = (
        "Thủ tướng dự hội nghị ở Seoul\n"
        "Sau khi đến Seoul vào ngày 10/3, Thủ tướng hôm nay phát biểu tại Hội nghị Kinh tế Đông Á lần thứ 5.\n"
        "Sáng 11/3, Hội nghị Kinh tế Đông Á lần thứ 5 khai mạc tại Seoul, Hàn Quốc."
    )
    assert _event_date(text) == "XXXX-03-11"


def test_the_end_of_an_anniversary_span_does_not_date_the_event() -> None:
    text = (
        "Lãnh đạo tỉnh thăm Đài Phát thanh\n"
        "Nhân kỷ niệm 50 năm thành lập Đài (15/4/1969 - 15/4/2019), lãnh đạo tỉnh đã đến thăm, chúc mừng Đài. "
        "Chiều 12/4, Bí thư Tỉnh ủy đã đến thăm, tặng hoa các biên tập viên trẻ của Đài."
    )
    assert _event_date(text) == "2019-04-12"


def test_a_meeting_over_listed_days_is_dated_by_its_first() -> None:
    text = (
        "Họp nhóm công tác\n"
        "Trong các ngày 8 và 9/10/2019 tại Hà Nội đã diễn ra Cuộc họp nhóm công tác liên ngành về nuôi trồng rong biển."
    )
    assert _event_date(text) == "2019-10-08"


def test_the_day_a_news_outlet_reported_it_does_not_date_the_event() -> None:
    text = (
        "Quốc hội nước A thông qua luật mới\n"
        "Ngày 9-3, hãng tin Reuters cho biết Quốc hội nước A đã thông qua đạo luật mới về thuế nhập khẩu gạo."
    )
    assert _event_date(text) is None

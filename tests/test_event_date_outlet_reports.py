"""Round 18 of the event's date: the day a news outlet reported the happening is not its day. The outlet (`hãng
tin`, `Đài`, `tờ`, `báo` …: orgs_outlet_kinds.tsv) and its name stand before the day with a verb of reporting right
after it (`Tờ X ngày 9/6 cho hay`), or after the day (`Ngày 13/6, Đài X đưa tin`); `đưa tin` may also stand right
before it (`X đưa tin ngày 11/6`). Such a day leaves the event undated rather than dated wrong."""

from __future__ import annotations

from tests.conftest import event_kind_and
from tests.reporthelp import HandReport


def test_a_radio_station_reporting_after_the_day() -> None:
    text = (
        "Nước A tổ chức hội nghị an ninh khu vực\n\n"
        "Ngày 13/6, Đài NKT đưa tin Bộ Quốc phòng nước A đã tổ chức hội nghị an ninh khu vực tại thủ đô.\n\n"
        "Hội nghị bàn về hợp tác hàng hải."
    )
    assert event_kind_and(text, "date") == ("conference", None)


def test_an_outlet_named_before_the_day_with_its_verb_after() -> None:
    text = (
        "Nước B ký thỏa thuận mua máy bay\n\n"
        "Tờ Nhật báo Kinh tế nước B ngày 9/6 cho hay Bộ Giao thông nước B đã tổ chức lễ ký thỏa thuận mua máy bay.\n\n"
        "Thỏa thuận có giá trị lớn."
    )
    assert event_kind_and(text, "date") == ("ceremony", None)


def test_the_day_right_after_a_verb_of_reporting() -> None:
    text = (
        "Nước E họp bàn về vắc-xin\n\n"
        "Reuters đưa tin ngày 11/6, Bộ Y tế nước E đã tổ chức hội nghị về vắc-xin tại thủ đô.\n\n"
        "Các bên chưa đạt được đồng thuận."
    )
    assert event_kind_and(text, "date") == ("conference", None)


def test_a_day_after_the_report_and_its_comma_is_the_events() -> None:
    text = (
        "Nước E họp bàn về vắc-xin\n\n"
        "Reuters đưa tin, ngày 11/6, Bộ Y tế nước E đã tổ chức hội nghị về vắc-xin tại thủ đô.\n\n"
        "Các bên chưa đạt được đồng thuận."
    )
    assert event_kind_and(text, "date") == ("conference", "2024-06-11")


def test_the_day_of_a_body_is_still_the_events() -> None:
    # `báo cáo` (a report) is no outlet: the day its body tells of the conference dates it
    text = (
        "Sở Y tế tổ chức hội nghị tổng kết\n\n"
        "Ngày 9/6, Sở Y tế tỉnh C tổ chức hội nghị tổng kết công tác năm, báo cáo cho biết kết quả tốt.\n\n"
        "Hội nghị đã khen thưởng nhiều đơn vị."
    )
    assert event_kind_and(text, "date") == ("conference", "2024-06-09")


def test_an_outlet_before_a_day_without_a_verb_of_reporting_keeps_it() -> None:
    # the outlet names who held the event, not who reported it: `Đài Truyền hình tỉnh ngày 5/7 tổ chức …`
    text = (
        "Đài Truyền hình tỉnh D tổ chức lễ trao giải\n\n"
        "Đài Truyền hình tỉnh D ngày 5/7 tổ chức lễ trao giải cuộc thi phóng sự truyền hình năm nay.\n\n"
        "Có 30 tác phẩm đoạt giải."
    )
    assert event_kind_and(text, "date") == ("ceremony", "2024-07-05")


def test_a_report_right_after_the_day_is_no_outlet() -> None:
    # every outlet word, `báo` too, is kept from `báo cáo`: the body's report tells of the event on its day
    text = (
        "Sở Y tế tổ chức hội nghị phòng dịch\n\n"
        "Ngày 9/6, báo cáo của Sở Y tế tỉnh K cho biết đã tổ chức hội nghị phòng dịch mùa hè.\n\n"
        "Hội nghị giao nhiệm vụ cho các huyện."
    )
    assert event_kind_and(text, "date") == ("conference", "2024-06-09")


def test_an_outlet_word_opening_a_place_name_is_no_outlet() -> None:
    # `Đài Loan` is a place: its ministry told of its own drill on the day
    text = (
        "Diễn tập phòng thủ bờ biển\n\n"
        "Bộ Quốc phòng Đài Loan ngày 14/5 cho biết đã tổ chức hội nghị về diễn tập phòng thủ bờ biển.\n\n"
        "Cuộc diễn tập kéo dài ba ngày."
    )
    assert event_kind_and(text, "date") == ("conference", "2024-05-14")


def test_an_outlet_word_inside_a_word_is_no_outlet() -> None:
    # `Dự báo` (a forecast) holds `báo` but opens no clause: the centre's own day
    text = (
        "Trung tâm khí tượng họp bàn mùa bão\n\n"
        "Trung tâm Dự báo khí tượng tỉnh M ngày 12/8 cho biết đã tổ chức hội nghị chuẩn bị mùa bão.\n\n"
        "Hội nghị có 40 đại biểu."
    )
    assert event_kind_and(text, "date") == ("conference", "2024-08-12")


def test_outlets_named_after_a_plural_reported_the_day() -> None:
    text = (
        "Nước G họp bàn về năng lượng\n\n"
        "Vài trang tin điện tử và các kênh truyền hình KTV cũng như RTN hôm 3/4 đưa tin Bộ Năng lượng nước G đã tổ "
        "chức hội nghị về điện gió.\n\n"
        "Hội nghị chưa công bố kết quả."
    )
    assert event_kind_and(text, "date") == ("conference", None)


def test_a_part_of_the_day_between_the_verb_of_reporting_and_the_day() -> None:
    # `đêm`, `rạng sáng` (dates_parts_of_day.tsv) may stand outside the day's mention, as `sáng` may
    for part in ("đêm", "rạng sáng"):
        hand = HandReport(
            "Nước E họp bàn về vắc-xin\n\n"
            f"Reuters đưa tin {part} 11/6, Bộ Y tế nước E đã tổ chức hội nghị về vắc-xin tại thủ đô."
        )
        hand.date("11/6", "2024-06-11")
        event = hand.summary().event
        assert event is not None and event.kind == "conference" and event.date is None

"""Round 18 of the event's date: the day a news outlet reported the happening is not its day. The outlet (`hãng
tin`, `Đài`, `tờ`, `báo` …: `news_outlet` rows) and its name stand before the day with a verb of reporting right
after it (`Tờ X ngày 9/6 cho hay`), or after the day (`Ngày 13/6, Đài X đưa tin`); `đưa tin` may also stand right
before it (`X đưa tin ngày 11/6`). Such a day leaves the event undated rather than dated wrong."""

from __future__ import annotations

from tests.conftest import event_kind_and


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

"""Round 27 of the event's kind: an inspection word read too often as the lead's happening. A check told in a clause
of background (`trong khi kiểm tra`, `sau khi … thanh tra`) or one that modifies a noun (`hệ thống giám sát`) is
never the news; an order reaches the check across a list of the bodies it orders (`yêu cầu Bộ X, Bộ Y kiểm tra`);
a capitalised verb closed by a parenthesis is an outlet's name."""

from __future__ import annotations

from tests.conftest import event_kind_and


def _kind(text: str) -> str | None:
    found = event_kind_and(text, "date")
    return found[0] if found is not None else None


def test_a_check_in_a_background_clause_is_no_inspection() -> None:
    text = (
        "Cảnh sát giao thông bị tông trọng thương\n\n"
        "Tối 5/3, trong khi kiểm tra giấy tờ xe, một cán bộ cảnh sát giao thông huyện Mỹ Hào bị tài xế xe tải "
        "tông trọng thương."
    )
    assert _kind(text) != "inspection"


def test_a_check_after_which_something_was_decided_gives_way_to_the_act() -> None:
    text = (
        "Thủ tướng Anh tuyên bố điều tra mọi tòa nhà cao tầng\n\n"
        # no comma closes the clause of background: only its cue keeps the check from being the news (review r27b #5)
        "Ngày 27/6 sau khi thanh tra các tòa nhà cao tầng Thủ tướng Anh tuyên bố điều tra toàn bộ vật liệu ốp ngoài."
    )
    assert _kind(text) == "investigation"


def test_an_order_reaches_the_check_across_a_list_of_bodies() -> None:
    text = (
        "Làm rõ sai phạm trong mua sắm thiết bị y tế\n\n"
        "Ngày 5/4, Chủ tịch UBND tỉnh Quảng Hòa yêu cầu Sở Y tế, Sở Tài chính kiểm tra các gói thầu mua máy xét "
        "nghiệm ở sáu bệnh viện tuyến huyện."
    )
    assert _kind(text) == "directive"


def test_an_outlets_name_closed_by_a_parenthesis_is_no_inspection() -> None:
    text = (
        "Nhiều học sinh nhập viện sau khi ăn kẹo người lạ cho\n\n"
        "Thanh tra) - Trưa 11/5, một nhóm người lạ đã phát bánh kẹo cho học sinh ở xã Ea Uy khiến 20 em nhập viện."
    )
    assert _kind(text) != "inspection"


def test_a_check_that_modifies_a_noun_is_no_inspection() -> None:
    text = (
        "Phát hiện mã độc lây lan trên nhiều máy tính\n\n"
        "Chiều 16/5, hệ thống giám sát của Công ty An Ninh Số đã phát hiện hơn 1.900 máy tính nhiễm mã độc mới."
    )
    assert _kind(text) != "inspection"


def test_a_board_whose_name_was_not_read_is_no_inspection() -> None:
    text = (
        # the board's name is its only event word (`họp` would win as a meeting; review r27b #5)
        "Sai phạm của cán bộ phường\n\nNgày 11/5, Ủy Ban kiểm tra cho biết hai cán bộ phường có sai phạm."
    )
    assert _kind(text) != "inspection"


def test_a_background_clause_ending_in_a_body_does_not_join_a_main_clause_a_title_opens() -> None:
    # review r27b #1: only an order's list of bodies goes on across a comma, not a body and an official's title
    text = (
        "Bộ trưởng kiểm tra công tác phòng dịch\n\n"
        "Sáng 5/6, sau khi làm việc với UBND tỉnh Nam Hòa, Bộ trưởng Bộ Y tế Nguyễn Thanh Long đã kiểm tra công "
        "tác phòng dịch tại Bệnh viện Đa khoa tỉnh."
    )
    assert event_kind_and(text, "chaired") == ("inspection", ["Nguyễn Thanh Long"])


def test_a_clause_before_a_visit_ending_in_a_body_leaves_the_check_its_chair() -> None:
    text = (
        "Phó Thủ tướng kiểm tra khu cách ly\n\n"
        "Sáng 5/6, trước khi đến Sở Y tế, Phó Thủ tướng Vũ Đức Đam kiểm tra khu cách ly tập trung tại tỉnh Bắc Hòa."
    )
    assert event_kind_and(text, "chaired") == ("inspection", ["Vũ Đức Đam"])

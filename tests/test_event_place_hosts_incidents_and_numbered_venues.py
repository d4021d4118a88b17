"""The event's place, round 29: a delegation's host unit (a leader's own working session with a body has no place
unless one is written), the city of a host named after the reception noun, a venue named by a number, the lead's
spot inside the title's place of an incident, the incident told again with its place, the place that heads a title,
an event told again as held after its verb, and a frame's venue up to the clause after it. One written text per
construction, analysed whole."""

from __future__ import annotations

from tests.conftest import event_kind_and, found_event_kind_and

# --- working sessions: a delegation goes to its host, a leader's own session has no venue -------------------


def test_a_leaders_own_working_session_with_a_local_body_has_no_place() -> None:
    text = (
        "Lãnh đạo thành phố làm việc với huyện\n\n"
        "Chiều 12/4, Phó Chủ tịch UBND TP.HCM Trần Văn Nam đã có buổi làm việc với UBND huyện Bình Chánh về kế "
        "hoạch năm 2017 của huyện."
    )
    assert event_kind_and(text, "location") == ("meeting", None)


def test_a_delegation_working_with_a_unit_goes_to_that_unit() -> None:
    text = (
        "Đoàn công tác thành phố làm việc với quận\n\n"
        "Chiều nay (12/4), Bí thư Thành ủy Thành phố Hồ Chí Minh - ông Trần Văn Nam dẫn đầu đoàn công tác làm việc "
        "với Quận 7."
    )
    assert event_kind_and(text, "location") == ("meeting", "Quận 7")


# --- a reception: the city of the host named after `buổi tiếp của` ------------------------------------------


def test_the_city_of_a_host_named_after_the_reception_noun() -> None:
    text = (
        "Tăng cường hợp tác với Canada\n\n"
        "Chiều 12/4, nhiều nội dung hợp tác được bàn tại buổi tiếp của Chủ tịch UBND TPHCM Trần Văn Nam với Đại sứ "
        "Canada tại Việt Nam, ông John Miller."
    )
    assert event_kind_and(text, "location") == ("reception", "TPHCM")


def test_the_hosts_city_is_read_up_to_his_name_right_after_the_title_not_his_last_mention() -> None:
    # the title after `của` names no city; a later sentence names his body with one, about another time: the body is
    # looked for between the title and the name right after it, not up to the official's last mention
    text = (
        "Tăng cường hợp tác với Canada\n\n"
        "Chiều 12/4, nhiều nội dung hợp tác được bàn tại buổi tiếp của Chủ tịch UBND Trần Văn Nam với Đại sứ Canada "
        "tại Việt Nam, ông John Miller. Tháng trước, Chủ tịch UBND TPHCM Trần Văn Nam đã dẫn đầu đoàn doanh nghiệp "
        "thành phố sang Canada."
    )
    assert event_kind_and(text, "location") == ("reception", None)


# --- a venue named by a number ----------------------------------------------------------------------------


def test_a_square_named_by_a_number_is_a_venue() -> None:
    text = (
        "Kỷ niệm Ngày Thương binh - Liệt sĩ\n\n"
        "Tối 12/4, tại quảng trường 19-8, UBND tỉnh Lào Cai tổ chức Lễ kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ."
    )
    assert event_kind_and(text, "location") == ("ceremony", "quảng trường 19-8")


def test_a_place_named_after_a_comma_following_a_name_is_its_address() -> None:
    text = (
        "Bí thư thăm bảo tàng\n\n"
        "Sáng 12/4, Bí thư Thành ủy Trần Văn Nam đã thăm Bảo tàng Tôn Đức Thắng (Bến Bạch Đằng), ở quận 1, nơi "
        "lưu giữ nhiều hiện vật quý."
    )
    assert event_kind_and(text, "location") == ("visit", "Bảo tàng Tôn Đức Thắng")


# --- incidents ---------------------------------------------------------------------------------------------


def test_the_lead_spot_inside_the_title_place_of_an_incident() -> None:
    text = (
        "Hai người chết đuối thương tâm tại Phú Yên\n\n"
        "Chiều 12/4, một vụ đuối nước nghiêm trọng làm 2 người chết đã xảy ra tại khu vực sông Kỳ Lộ, thuộc thôn "
        "Phú Mỹ (xã An Hòa, huyện Tuy An, tỉnh Phú Yên). Lực lượng chức năng đã có mặt."
    )
    assert event_kind_and(text, "location") == ("other", "sông Kỳ Lộ")


def test_the_lead_place_of_an_incident_after_its_time_set_off_by_a_comma() -> None:
    text = (
        "Tai nạn giao thông nghiêm trọng, 2 người bị thương\n\n"
        "Vụ tai nạn giao thông xảy ra vào khoảng 17h ngày 12/4, tại khu vực ngã tư Lạc Long (phường Hòa Bình, "
        "quận Ngô Quyền). Lực lượng chức năng đã có mặt."
    )
    assert event_kind_and(text, "location") == ("other", "ngã tư Lạc Long")


def test_the_title_place_stays_when_the_lead_place_is_not_inside_it() -> None:
    text = (
        "Việt Nam lên án vụ tấn công ở Pháp\n\n"
        "Việt Nam hôm nay lên án vụ tấn công tại thành phố Nice và chia buồn với người dân Pháp. "
        "Người phát ngôn Bộ Ngoại giao đã ra tuyên bố."
    )
    assert event_kind_and(text, "location") == ("other", "Pháp")


def test_the_incident_told_again_with_its_place() -> None:
    text = (
        "Vụ 3 em nhỏ chết đuối trong hồ nước\n\n"
        "Ba học sinh đã chết đuối thương tâm. "
        "Khoảng 17h ngày 12/4, người dân bất ngờ nghe tin có một nhóm học sinh chết đuối tại hồ chứa nước Ea Kao, "
        "cách trung tâm xã 2 km. Lực lượng chức năng đã có mặt."
    )
    assert event_kind_and(text, "location") == ("other", "hồ chứa nước Ea Kao")


def test_the_place_heading_the_title_of_an_unplaced_incident() -> None:
    text = (
        "Gia Lai: 40 người nhập viện nghi ngộ độc thực phẩm\n\n"
        "Chiều 12/4, 40 người dân sau khi ăn cỗ cưới đã phải vào bệnh viện cấp cứu. "
        "Các bệnh nhân đã qua cơn nguy kịch."
    )
    assert event_kind_and(text, "location") == ("other", "Gia Lai")


# --- an event told again as held, its venue after it --------------------------------------------------------


def test_an_event_told_again_after_its_verb_of_holding_gives_its_venue() -> None:
    text = (
        "Việt Nam đăng cai cuộc họp ASEAN\n\n"
        "Cuộc họp lần thứ 20 Nhóm công tác ASEAN về tiêu chuẩn do Tổng cục Tiêu chuẩn đăng cai tổ chức sẽ kéo dài "
        "từ ngày 16/7 đến 21/7. "
        "Theo kế hoạch, Tổng cục sẽ đăng cai tổ chức Cuộc họp lần thứ 20 Nhóm công tác ASEAN và các sự kiện bên lề "
        "tại Hà Nội và tỉnh Ninh Bình."
    )
    assert event_kind_and(text, "location") == ("meeting", "Hà Nội và tỉnh Ninh Bình")


# --- a frame: its venue up to the clause after it ---------------------------------------------------------


def test_a_tai_in_the_clause_after_a_held_frame_is_its_matter() -> None:
    text = (
        "Tổng công ty nhận chứng nhận đầu tư\n\n"
        "Trong khuôn khổ Hội nghị Xúc tiến đầu tư tỉnh Ninh Bình diễn ra tối qua (12/4) với sự tham dự của Thủ "
        "tướng Trần Văn Nam, Tổng công ty Sông Đà vừa nhận chứng nhận đầu tư Dự án Khu dịch vụ chất lượng cao tại "
        "Bệnh viện Đa khoa tỉnh Ninh Bình."
    )
    assert event_kind_and(text, "location") == ("conference", None)


def test_a_tai_opening_the_clause_after_a_frame_and_its_day_is_the_venue() -> None:
    # an event frame (`Tại cuộc hội đàm …`), its day after its comma: the `tại` opening the next clause is its venue
    text = (
        "Thủ tướng gặp Thị trưởng\n\n"
        "Tại cuộc hội đàm với Thủ hiến bang Bayern, sáng 7-4, tại Hamburg, Thủ tướng Trần Văn Nam khẳng định Việt "
        "Nam coi trọng quan hệ với Đức."
    )
    assert found_event_kind_and(text, "location")[1] == "Hamburg"


def test_a_sports_games_is_no_venue() -> None:
    text = (
        "Bộ trưởng họp về đoàn thể thao\n\n"
        "Đoàn thể thao chỉ có hai Phó Trưởng đoàn tại SEA Games 29 Chiều qua (6/7), Bộ trưởng Trần Văn Nam đã chủ "
        "trì cuộc họp với các cơ quan chức năng về việc tổ chức Đoàn thể thao Việt Nam."
    )
    assert found_event_kind_and(text, "location")[1] is None

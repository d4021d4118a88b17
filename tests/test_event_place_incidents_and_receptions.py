"""The event's place, round 15: where the incident a title names happened — `ở`/`tại` right after its
name in the title, else the lead sentence that tells it again happening there (`Vụ tai nạn xảy ra … tại
…`); a local leader's reception in the city of the host's body. One written sentence per construction, analysed
whole."""

from __future__ import annotations

from tests.conftest import event_kind_and


def test_the_place_after_the_incident_named_in_the_title() -> None:
    text = (
        "Vụ nổ ở nhà ga Bắc Sơn làm nhiều người bị thương\n\n"
        "Tối 12/4, nhiều người đã bị thương khi một tiếng nổ lớn vang lên gần lối vào. "
        "Lực lượng cứu hộ đã có mặt sau ít phút."
    )
    assert event_kind_and(text, "location") == ("other", "nhà ga Bắc Sơn")


def test_the_lead_telling_the_incident_happening_there() -> None:
    text = (
        "Thứ trưởng Hồ Minh Khang bị thương vì tai nạn giao thông\n\n"
        "Thứ trưởng Hồ Minh Khang bị xây xát ở tay sau một vụ tai nạn tối 12/4. "
        "Vụ tai nạn xảy ra gần 19 giờ tại thị trấn Lạc Dương, khi xe chở ông đổi làn để né một xe máy. "
        "Ông đã được đưa tới bệnh viện."
    )
    assert event_kind_and(text, "location") == ("other", "thị trấn Lạc Dương")


def test_a_tai_of_another_clause_after_the_incident_gives_no_place() -> None:
    text = (
        "Thứ trưởng Hồ Minh Khang bị thương vì tai nạn giao thông\n\n"
        "Thứ trưởng Hồ Minh Khang bị xây xát ở tay sau một vụ tai nạn tối 12/4. "
        "Sau vụ tai nạn, ông được đưa tới bệnh viện tại thị trấn Lạc Dương. "
        "Ông đã về nhà."
    )
    assert event_kind_and(text, "location") == ("other", None)


# --- a local leader's reception: the city of the host's body -------------------------------------------


def test_a_local_leader_receives_in_the_city_of_his_body() -> None:
    text = (
        "Lãnh đạo Thành ủy tiếp đoàn khách quốc tế\n\n"
        "Chiều 12/4, ông Trần Văn Nam, Phó Bí thư Thành ủy Thành phố Hải Phòng đã tiếp ông John Miller, "
        "Thị trưởng thành phố Portland đang thăm Việt Nam."
    )
    assert event_kind_and(text, "location") == ("reception", "Thành phố Hải Phòng")


def test_a_central_leaders_reception_is_not_placed_by_his_title() -> None:
    text = (
        "Thủ tướng tiếp Đại sứ\n\n"
        "Chiều 12/4, Thủ tướng Trần Văn Nam đã tiếp ông John Miller, Đại sứ Canada chào từ biệt."
    )
    assert event_kind_and(text, "location") == ("reception", None)


# --- round 26: an incident or an act told in the lead, its place later in its clause -------------------


def test_the_place_near_which_the_lead_incident_happened() -> None:
    text = (
        "Xe khách lật, nhiều người thương vong\n\n"
        "Ít nhất 5 người chết trong vụ tai nạn do va chạm giữa xe khách và xe tải vào sáng nay (2.7) "
        "gần thị trấn Bắc Sơn, tỉnh Lạng Sơn. "
        "Lực lượng cứu hộ đã có mặt sau ít phút."
    )
    assert event_kind_and(text, "location") == ("other", "thị trấn Bắc Sơn, tỉnh Lạng Sơn")


def test_the_place_of_an_act_told_after_its_object() -> None:
    text = (
        "Phiến quân phá hủy đền cổ\n\n"
        "Ngày 21/6, các phiến quân vừa cho nổ ngôi đền cổ và tháp chuông cạnh đó tại thành phố Palmyra, "
        "nơi chúng chiếm giữ nhiều năm."
    )
    assert event_kind_and(text, "location") == ("other", "thành phố Palmyra")


def test_where_a_victim_lives_in_brackets_is_no_place_of_the_incident() -> None:
    text = (
        "Tai nạn trên quốc lộ\n\n"
        "Sáng 12/4, một người chết trong vụ tai nạn khiến anh Trần Văn Nam (trú ở xã Tân Lập) bị thương nặng. "
        "Công an đang điều tra."
    )
    assert event_kind_and(text, "location") == ("other", None)


def test_a_place_after_an_incident_in_an_acts_clause_is_the_incidents() -> None:
    text = (
        "Bắt kẻ chủ mưu\n\n"
        "Ngày 12/4, lực lượng an ninh vừa tiêu diệt kẻ chủ mưu các vụ tấn công tại thủ đô Tehran tuần trước."
    )
    assert event_kind_and(text, "location") == ("other", None)

"""The event's place, round 14: the `tại` that closes the event's name in a sentence that tells the event
again (not in a photo caption), a held event of another kind (`tổ chức diễn tập … tại`), and where a venue
ends. One written sentence per construction; the entity sections are built by hand."""

from __future__ import annotations

from tests.reporthelp import HandReport, hand_event
from vnreport.report.model import Event, Location


def _event(
    text: str,
    date: str,
    orgs: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    more_dates: tuple[tuple[str, str], ...] = (),
) -> Event:
    return hand_event(text, date, "XXXX-04-12", orgs, places, more_dates)


# --- the `tại` that closes the event's name, told again -----------------------------------------------


def test_a_tai_closing_the_events_name_told_again_gives_the_venue() -> None:
    text = (
        "Đối thoại chiến lược\n\nSáng 12/4, Bộ Ngoại giao chủ trì cuộc đối thoại chiến lược với các đối tác. "
        "Hai thứ trưởng đồng chủ trì cuộc đối thoại định kỳ tại Canberra với nhiều quan chức hai bên."
    )
    event = _event(text, "Sáng 12/4", orgs=("Bộ Ngoại giao",), places=("Canberra",))
    assert event.location == "Canberra"


def test_the_name_closed_by_tai_may_follow_a_verb_of_the_same_kind() -> None:
    text = (
        "Đối thoại chiến lược\n\nSáng 12/4, Bộ Ngoại giao chủ trì cuộc đối thoại chiến lược với các đối tác. "
        "Hai phái đoàn họp kín trước khi hai thứ trưởng chủ trì cuộc đối thoại định kỳ tại Canberra."
    )
    event = _event(text, "Sáng 12/4", orgs=("Bộ Ngoại giao",), places=("Canberra",))
    assert event.location == "Canberra"


def test_a_tai_after_a_comma_or_a_topic_does_not_close_the_name() -> None:
    text = (
        "Đối thoại chiến lược\n\nSáng 12/4, Bộ Ngoại giao chủ trì cuộc đối thoại chiến lược với các đối tác. "
        "Cuộc đối thoại về tình hình an ninh tại Biển Đông kéo dài ba giờ."
    )
    assert _event(text, "Sáng 12/4", orgs=("Bộ Ngoại giao",), places=("Biển Đông",)).location is None


def test_a_photo_caption_telling_the_event_again_gives_no_venue() -> None:
    text = (
        "Điện đàm\n\nSáng 12/4, hai bộ trưởng đã có cuộc điện đàm về hợp tác quốc phòng. "
        "Bộ trưởng trong một cuộc điện đàm tại Nhà Khách Chính Phủ. Ảnh: TTXVN "
        "Hai bên hẹn sẽ gặp lại vào đầu mùa thu."
    )
    assert _event(text, "Sáng 12/4").location is None


def test_a_tai_inside_a_clause_before_the_event_told_again_is_that_clauses_place() -> None:
    text = (
        "Hội nghị\n\nSáng 12/4, Sở Xây dựng tổ chức hội nghị tổng kết công tác năm. "
        "Những sai phạm tại Khu du lịch Hồ Xanh được hội nghị nêu rõ."
    )
    assert _event(text, "Sáng 12/4", orgs=("Sở Xây dựng",)).location is None


def test_a_tai_after_a_date_inside_a_clause_is_that_clauses_place() -> None:
    """Only the date that opens the sentence opens a clause; one further in (`từ ngày 3/2/2023`) does not."""
    text = (
        "Hội nghị\n\nSáng 12/4, Sở Xây dựng tổ chức hội nghị tổng kết công tác năm. "
        "Những sai phạm từ ngày 3/2/2023 tại Khu du lịch Hồ Xanh được hội nghị nêu rõ."
    )
    event = _event(text, "Sáng 12/4", orgs=("Sở Xây dựng",), more_dates=(("ngày 3/2/2023", "2023-02-03"),))
    assert event.location is None


def test_a_tai_opening_its_clause_before_the_event_told_again_gives_the_venue() -> None:
    text = (
        "Hội nghị\n\nSáng 12/4, Sở Xây dựng tổ chức hội nghị tổng kết công tác năm. "
        "Chiều cùng ngày, tại Khu du lịch Hồ Xanh, hội nghị bàn về kế hoạch mới."
    )
    event = _event(text, "Sáng 12/4", orgs=("Sở Xây dựng",))
    assert event.location == "Khu du lịch Hồ Xanh"


def test_a_tai_right_after_the_opening_date_opens_its_clause() -> None:
    text = (
        "Hội nghị\n\nSở Xây dựng tổ chức hội nghị tổng kết công tác năm. "
        "Sáng 12/4 tại Khu du lịch Hồ Xanh, hội nghị bàn về kế hoạch mới."
    )
    assert _event(text, "Sáng 12/4", orgs=("Sở Xây dựng",)).location == "Khu du lịch Hồ Xanh"


def test_a_tai_right_after_a_verb_of_holding_gives_the_venue_inside_a_clause() -> None:
    text = (
        "Hội nghị\n\nSáng 12/4, Sở Xây dựng tổ chức hội nghị tổng kết công tác năm. "
        "Sự kiện diễn ra tại Khu du lịch Hồ Xanh, ngay trước phiên bế mạc của hội nghị."
    )
    assert _event(text, "Sáng 12/4", orgs=("Sở Xây dựng",)).location == "Khu du lịch Hồ Xanh"


# --- a held event of another kind ----------------------------------------------------------------------


def test_a_held_exercise_has_its_venue_after_the_event_word() -> None:
    text = "Diễn tập\n\nSáng 12/4, Sở Y tế tổ chức diễn tập ứng phó rò rỉ khí độc tại huyện Thanh Trì."
    event = _event(text, "Sáng 12/4", orgs=("Sở Y tế",), places=("Thanh Trì",))
    assert event.location == "huyện Thanh Trì"


# --- where a venue ends ------------------------------------------------------------------------------------


def test_a_venue_ends_before_vao_and_nhan_dip() -> None:
    text = "Hội đàm\n\nNgày 12/4, hai bộ trưởng đã có cuộc hội đàm tại Washington vào khoảng 9 giờ sáng."
    assert _event(text, "Ngày 12/4", places=("Washington",)).location == "Washington"
    text = "Thăm Pháp\n\nNgày 12/4, Thủ tướng đến thăm và làm việc tại Cộng hòa Pháp nhân dịp dự Hội nghị Thượng đỉnh."
    assert _event(text, "Ngày 12/4", places=("Cộng hòa Pháp",)).location == "Cộng hòa Pháp"


def test_a_verb_told_again_does_not_close_a_name() -> None:
    text = (
        "Thảo luận\n\nSáng 12/4, các đại biểu Quốc hội cùng thảo luận về hai dự án luật. "
        "Các đại biểu thảo luận tại Tổ 3 với nhiều ý kiến."
    )
    assert _event(text, "Sáng 12/4", orgs=("Quốc hội",)).location is None


# --- a reception's guest visiting a country ----------------------------------------------------------


def test_the_country_of_a_guests_visit_is_not_the_receptions_place() -> None:
    text = (
        "Tiếp khách\n\nNgày 12/4, Bí thư Thành ủy Lê Văn Bình đã tiếp ông Daniel Fraser, Chủ tịch Hạ viện Canada "
        "đang thăm và làm việc tại Lào."
    )
    hand = HandReport(text)
    hand.report.locations.append(Location(name="Lào", level="country", mentions=hand.all("Lào")))
    hand.date("Ngày 12/4", "XXXX-04-12")
    event = hand.summary().event
    assert event is not None and event.kind == "reception"
    assert event.location is None


def test_the_city_of_a_guests_visit_is_where_the_guest_was_received() -> None:
    text = (
        "Tiếp khách\n\nNgày 12/4, Bí thư Thành ủy Lê Văn Bình đã tiếp ông Daniel Fraser, Chủ tịch Hạ viện Canada "
        "đang thăm và làm việc tại thành phố Phú Lâm."
    )
    event = _event(text, "Ngày 12/4", places=("Phú Lâm",))
    assert event.kind == "reception"
    assert event.location == "thành phố Phú Lâm"


# --- a visit whose own sentence names no destination ---------------------------------------------------


def test_a_visit_without_a_destination_takes_the_one_the_title_names() -> None:
    text = (
        "Thủ tướng thăm chính thức Nhật Bản\n\nSáng 12/4, Thủ tướng Nguyễn Văn An bắt đầu chuyến thăm chính thức "
        "theo lời mời của Thủ tướng nước chủ nhà."
    )
    assert _event(text, "Sáng 12/4", places=("Nhật Bản",)).location == "Nhật Bản"


def test_a_place_not_after_a_visit_word_is_no_destination() -> None:
    text = (
        "Thủ tướng thăm chính thức một nước châu Á\n\nSáng 12/4, Thủ tướng Nguyễn Văn An bắt đầu chuyến thăm chính "
        "thức theo lời mời của Thủ tướng nước chủ nhà. Nhật Bản là đối tác lớn."
    )
    assert _event(text, "Sáng 12/4", places=("Nhật Bản",)).location is None

"""The event's place and organiser on the constructions of unseen news (issue #14): one written
sentence per construction, in the shape of real leads; the entity sections are built by hand."""

from __future__ import annotations

from tests.reporthelp import HandReport
from vnreport import analyze_text
from vnreport.report.model import Event


def _place(text: str) -> str | None:
    """The event's place in `text` analysed with no year given; None without an event or a place."""
    summary = analyze_text(text, source="t").summary
    event = summary.event if summary is not None else None
    return event.location if event is not None else None


def _event(
    text: str,
    date: str,
    orgs: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    officials: tuple[tuple[str, str], ...] = (),
) -> Event:
    hand = HandReport(text)
    for org in orgs:
        hand.organization(org)
    for place in places:
        hand.location(place)
    for name, title in officials:
        hand.official(name, [title], [])
        for t in hand.report.officials[-1].titles:
            t.mentions = hand.all(t.text)  # where the title stands, as the extractor tells it
    hand.date(date, "XXXX-05-30")
    event = hand.summary().event
    assert event is not None
    return event


# --- the place -------------------------------------------------------------------------------------


def test_a_correspondents_or_an_envoys_tai_is_not_the_venue() -> None:
    text = (
        "Lễ bàn giao\n\nPhóng viên TTXVN tại Viêng Chăn cho biết chiều 30/5, tại Nhà văn hóa Quận Một, "
        "Ban Liên lạc thành phố đã tổ chức lễ bàn giao."
    )
    event = _event(text, "chiều 30/5", places=("Viêng Chăn",))
    assert event.location == "Nhà văn hóa Quận Một"


def test_a_tai_after_an_organisation_gives_way_to_the_venue() -> None:
    text = (
        "Làm việc\n\nSáng 30/5, Phó Thủ tướng có buổi làm việc với Quỹ Phát triển Châu Á (ADF) tại Việt Nam "
        "về hợp tác thương mại, tại Trụ sở Chính phủ."
    )
    event = _event(text, "Sáng 30/5", orgs=("Quỹ Phát triển Châu Á",), places=("Việt Nam",))
    assert event.location == "Trụ sở Chính phủ"


def test_a_tai_inside_a_quoted_name_is_not_the_venue() -> None:
    text = (
        'Tọa đàm\n\nSáng 30/5, Bộ Văn hóa tổ chức Tọa đàm "Du lịch bền vững tại Khu du lịch Bán đảo Xanh" tại Hà Nội.'
    )
    event = _event(text, "Sáng 30/5", orgs=("Bộ Văn hóa",), places=("Hà Nội",))
    assert event.location == "Hà Nội"


def test_a_venue_ends_where_a_date_or_a_time_word_begins() -> None:
    text = "Chuyến thăm\n\nĐoàn đại biểu quân sự cấp cao thăm và làm việc tại Việt Nam từ ngày 30/5 đến 2/6."
    assert _event(text, "ngày 30/5", places=("Việt Nam",)).location == "Việt Nam"
    text = "Cuộc họp\n\nBộ trưởng đã chủ trì cuộc họp tại Nhà khách Chính phủ Chiều qua (30/5) với các cục."
    assert _event(text, "30/5").location == "Nhà khách Chính phủ"


def test_a_bare_venue_word_or_a_document_names_no_place() -> None:
    text = "Thảo luận\n\nSáng 30/5, Quốc hội thảo luận tại hội trường về dự án Luật Đường bộ."
    assert _event(text, "Sáng 30/5", orgs=("Quốc hội",)).location is None
    text = "Kiểm tra\n\nTại Thông báo kết quả kiểm tra tổng thể ngày 30/5, Bộ Xây dựng chỉ ra nhiều tồn tại."
    assert _event(text, "ngày 30/5", orgs=("Bộ Xây dựng",)).location is None


def test_the_place_of_an_incident_is_not_the_events() -> None:
    text = (
        "Kiểm tra\n\nNgày 30/5, sau vụ hỏa hoạn tại Bình Dương, lực lượng chức năng của tỉnh đã tiến hành kiểm tra "
        "các nhà xưởng."
    )
    assert _event(text, "Ngày 30/5", places=("Bình Dương",)).location is None


def test_the_destination_of_a_visit_after_its_other_steps() -> None:
    text = "Thăm\n\nSáng 30/5, Bộ trưởng Quốc phòng đến thăm, kiểm tra Quân cảng Cam Ranh và làm việc với đơn vị."
    assert _event(text, "Sáng 30/5").location == "Quân cảng Cam Ranh"


# --- the organiser ---------------------------------------------------------------------------------


def test_the_first_body_of_x_phoi_hop_voi_y_to_chuc() -> None:
    text = (
        "Lễ mít tinh\n\nNgày 30/5, tại Hà Nội, Bộ Tài nguyên và Môi trường phối hợp với UBND tỉnh Nam Định "
        "tổ chức Lễ mít tinh hưởng ứng Ngày Môi trường thế giới."
    )
    orgs: tuple[str, ...] = ("Bộ Tài nguyên và Môi trường", "UBND tỉnh Nam Định")
    assert _event(text, "Ngày 30/5", orgs=orgs).organizer == "Bộ Tài nguyên và Môi trường"
    text = (
        "Họp báo\n\nNgày 30/5, Hội Nhà văn Việt Nam chủ trì, phối hợp với Bộ Văn hóa, Đài Tiếng nói Việt Nam "
        "tổ chức Họp báo giới thiệu Giải thưởng Văn học."
    )
    orgs = ("Hội Nhà văn Việt Nam", "Bộ Văn hóa", "Đài Tiếng nói Việt Nam")
    assert _event(text, "Ngày 30/5", orgs=orgs).organizer == "Hội Nhà văn Việt Nam"


def test_the_first_body_of_do_x_phoi_hop_voi_y_to_chuc() -> None:
    text = (
        "Hội nghị\n\nSáng 30/5, Hội nghị đối thoại với công nhân do UBND thành phố Đà Nẵng phối hợp với Liên đoàn "
        "Lao động thành phố tổ chức diễn ra tại Khu công nghiệp Hòa Khánh."
    )
    orgs = ("UBND thành phố Đà Nẵng", "Liên đoàn Lao động thành phố")
    assert _event(text, "Sáng 30/5", orgs=orgs).organizer == "UBND thành phố Đà Nẵng"


def test_the_organiser_told_by_the_next_sentence() -> None:
    text = (
        "Hội thảo\n\nTrong hai ngày 30/5 và 31/5, tại Hà Nội, đã diễn ra hội thảo về đô thị thông minh. "
        "Hội thảo do Bộ Thông tin và Truyền thông phối hợp với Đại sứ quán Ca-na-đa tổ chức."
    )
    orgs = ("Bộ Thông tin và Truyền thông", "Đại sứ quán Ca-na-đa")
    assert _event(text, "30/5", orgs=orgs, places=("Hà Nội",)).organizer == "Bộ Thông tin và Truyền thông"


def test_adverbs_between_the_organiser_and_the_verb() -> None:
    text = "Lễ kỷ niệm\n\nSáng 30/5, Ban Liên lạc Cựu chiến binh tỉnh đã trang trọng tổ chức lễ kỷ niệm 50 năm."
    orgs = ("Ban Liên lạc Cựu chiến binh tỉnh",)
    assert _event(text, "Sáng 30/5", orgs=orgs).organizer == "Ban Liên lạc Cựu chiến binh tỉnh"


def test_a_place_in_brackets_after_the_organiser() -> None:
    text = "Làm việc\n\nChiều 30/5, UBND TP.Vinh (Nghệ An) đã tổ chức cuộc làm việc với các hộ dân."
    event = _event(text, "Chiều 30/5", orgs=("UBND TP.Vinh",), places=("Nghệ An",))
    assert event.organizer == "UBND TP.Vinh"


def test_a_person_is_no_organiser() -> None:
    text = "Điều tra\n\nNgày 30/5, Tổng thống Hàn Quốc Moon Jae-in đã ra lệnh tiến hành điều tra đặc biệt."
    event = _event(text, "Ngày 30/5", officials=(("Moon Jae-in", "Tổng thống Hàn Quốc"),))
    assert event.organizer is None
    text = "Kết luận\n\nNgày 30/5, kết luận thanh tra do Thứ trưởng Hà Văn Tư ký ban hành được công bố."
    event = _event(text, "Ngày 30/5", officials=(("Hà Văn Tư", "Thứ trưởng"),))
    assert event.organizer is None


def test_a_tai_in_the_topic_is_not_the_venue_unless_a_verb_of_holding_follows() -> None:
    text = (
        "Cuộc họp\n\nChiều 30/5, Thành ủy Cần Thơ đã có cuộc họp bàn về tình hình giá đất tại Thành phố thời gian qua."
    )
    assert _event(text, "Chiều 30/5", orgs=("Thành ủy Cần Thơ",)).location is None
    text = "Hội thảo\n\nChiều 30/5, Hội thảo về phát triển du lịch biển được tổ chức tại Khách sạn Mường Thanh."
    assert _event(text, "Chiều 30/5").location == "Khách sạn Mường Thanh"


def test_a_venue_with_a_long_address_stops_before_it() -> None:
    text = (
        "Dâng hương\n\nSáng 30/5, Thành ủy tổ chức lễ dâng hương tại Nhà tưởng niệm đồng chí Nguyễn Văn Cừ, "
        "thôn Phù Khê Đông, xã Phù Khê, huyện Từ Sơn, tỉnh Bắc Ninh."
    )
    assert _event(text, "Sáng 30/5", orgs=("Thành ủy",)).location == "Nhà tưởng niệm đồng chí Nguyễn Văn Cừ"


def test_a_venue_ends_before_an_adverb() -> None:
    text = (
        "Kiểm tra\n\nSáng 30/5, Bộ trưởng kiểm tra công tác phục vụ hành khách tại sân bay Liên Khương cũng như tại ga."
    )
    assert _event(text, "Sáng 30/5").location == "sân bay Liên Khương"


def test_the_body_that_has_the_meeting_or_the_paper_is_the_organiser() -> None:
    text = "Cuộc họp\n\nChiều 30/5, Thành ủy Cần Thơ đã có cuộc họp về công tác cán bộ."
    assert _event(text, "Chiều 30/5", orgs=("Thành ủy Cần Thơ",)).organizer == "Thành ủy Cần Thơ"


def test_a_city_after_a_comma_is_an_apposition_of_the_body_not_the_organiser() -> None:
    text = "Hội nghị\n\nChiều 30/5, UBND quận 3, Thành phố Hồ Chí Minh đã tổ chức hội nghị sơ kết công tác."
    event = _event(text, "Chiều 30/5", orgs=("UBND quận 3",), places=("Thành phố Hồ Chí Minh",))
    assert event.organizer == "UBND quận 3"
    text = "Lễ công bố\n\nSáng 30/5, tại Hội trường Thành ủy Tuy Hòa, tỉnh Phú Yên tổ chức Lễ công bố nghị quyết."
    event = _event(text, "Sáng 30/5", orgs=("Thành ủy Tuy Hòa",), places=("tỉnh Phú Yên",))
    assert event.organizer == "tỉnh Phú Yên"  # the body before the comma names the venue


def test_the_body_that_announces_the_decision_of_an_inspection() -> None:
    text = "Kiểm tra\n\nNgày 30/5, Thanh tra Bộ Xây dựng công bố Quyết định kiểm tra việc quản lý đất đai ở Bình Phước."
    assert _event(text, "Ngày 30/5", orgs=("Thanh tra Bộ Xây dựng",)).organizer == "Thanh tra Bộ Xây dựng"


def test_the_leaders_of_a_place_hold_the_event() -> None:
    text = "Gặp mặt\n\nChiều 30/5, lãnh đạo TP Cần Thơ tổ chức buổi gặp mặt doanh nghiệp đầu xuân."
    assert _event(text, "Chiều 30/5", places=("TP Cần Thơ",)).organizer == "TP Cần Thơ"


def test_the_place_of_the_visit_within_which_the_event_took_place() -> None:
    text = "Hội đàm\n\nNgày 30/5, Tổng thống hội đàm với Thủ tướng Ô-xtrây-li-a trong chuyến thăm Cộng hòa Pháp."
    assert _event(text, "Ngày 30/5", places=("Cộng hòa Pháp",)).location == "Cộng hòa Pháp"
    text = "Hội đàm\n\nNgày 30/5, Tổng thống hội đàm với Thủ tướng Ô-xtrây-li-a sau chuyến thăm Cộng hòa Pháp."
    assert _event(text, "Ngày 30/5", places=("Cộng hòa Pháp",)).location is None


def test_the_body_named_after_the_ordinal_of_its_meeting() -> None:
    text = "Hội nghị\n\nSáng 30/5, Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh Nam Định khóa XX khai mạc."
    orgs = ("Ban Chấp hành Đảng bộ tỉnh Nam Định",)
    assert _event(text, "Sáng 30/5", orgs=orgs).organizer == "Ban Chấp hành Đảng bộ tỉnh Nam Định"


def test_a_body_right_before_an_event_noun_used_as_a_verb() -> None:
    text = "Họp báo\n\nSáng 30/5, Ban Tổ chức Hội thi Tiếng hát Sông Lam đã họp báo giới thiệu cuộc thi."
    orgs = ("Ban Tổ chức Hội thi Tiếng hát Sông Lam",)
    assert _event(text, "Sáng 30/5", orgs=orgs).organizer == "Ban Tổ chức Hội thi Tiếng hát Sông Lam"


def test_the_passive_agent_and_a_chairing_agent() -> None:
    text = "Hội nghị\n\nSáng 30/5, Hội nghị xúc tiến đầu tư được tổ chức bởi Bộ Công Thương tại Hà Nội."
    assert _event(text, "Sáng 30/5", orgs=("Bộ Công Thương",)).organizer == "Bộ Công Thương"
    text = "Hội nghị\n\nSáng 30/5, Hội nghị xúc tiến đầu tư do Bộ Công Thương chủ trì tổ chức tại Hà Nội."
    assert _event(text, "Sáng 30/5", orgs=("Bộ Công Thương",)).organizer == "Bộ Công Thương"


def test_the_first_of_a_list_of_bodies() -> None:
    text = "Hội nghị\n\nSáng 30/5, Bộ Công Thương và UBND tỉnh Nam Định tổ chức Hội nghị xúc tiến đầu tư."
    orgs = ("Bộ Công Thương", "UBND tỉnh Nam Định")
    assert _event(text, "Sáng 30/5", orgs=orgs).organizer == "Bộ Công Thương"


def test_a_topic_in_the_events_name_keeps_the_venue() -> None:
    text = "Hội thảo\n\nNgày 30/5, Hội thảo quốc tế về Biển Đông lần thứ 9 tại Viêng Chăn thu hút 200 học giả."
    assert _event(text, "Ngày 30/5", places=("Viêng Chăn",)).location == "Viêng Chăn"


def test_a_residence_or_a_tai_in_brackets_is_not_the_venue() -> None:
    text = (
        "Kiểm tra\n\nNgày 30/5, Đồn Biên phòng Cửa Ông đã kiểm tra chiếc thuyền do Trần Văn Bình (trú tại "
        "Khu 3, phường Cửa Ông) điều khiển."
    )
    assert _event(text, "Ngày 30/5", orgs=("Đồn Biên phòng Cửa Ông",)).location is None


def test_a_hall_the_event_was_held_from() -> None:
    text = (
        "Hội nghị toàn quốc\n\nSáng 30/5, Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt nghị quyết mới. "
        "Hội nghị được tổ chức trực tiếp từ Hội trường Diên Hồng, Nhà Quốc hội và trực tuyến tới các tỉnh."
    )
    event = _event(text, "Sáng 30/5", orgs=("Bộ Chính trị",))
    assert event.location is not None and event.location.startswith("Hội trường Diên Hồng")


def test_the_venue_given_only_by_the_title() -> None:
    text = (
        "Thủ tướng thăm và làm việc tại Quảng Bình\n\n"
        "Ngày 30/5, Thủ tướng Chính phủ cùng đoàn công tác đã thăm và làm việc với lãnh đạo chủ chốt của tỉnh."
    )
    assert _event(text, "Ngày 30/5", places=("Quảng Bình",)).location == "Quảng Bình"


def test_the_place_of_a_dateline() -> None:
    text = (
        "Lễ công bố\n\nHẢI PHÒNG - Ngày 30/5, Ban Thường vụ Thành ủy tổ chức lễ công bố quyết định về công tác cán bộ."
    )
    assert _event(text, "Ngày 30/5", orgs=("Ban Thường vụ Thành ủy",), places=("HẢI PHÒNG",)).location == "HẢI PHÒNG"
    text = "Lễ công bố\n\n(Chinhphu.vn) - Ngày 30/5, Ban Thường vụ Thành ủy tổ chức lễ công bố quyết định về cán bộ."
    assert _event(text, "Ngày 30/5", orgs=("Ban Thường vụ Thành ủy",)).location is None


def test_a_framing_visits_tai_gives_way_to_the_events() -> None:
    text = (
        "Thăm\n\nTiếp tục chuyến thăm chính thức tại Cộng hòa Pháp, chiều 30/5, Thủ tướng và đoàn đã tới thăm, "
        "làm việc tại vùng Bretagne."
    )
    assert _event(text, "chiều 30/5", places=("Cộng hòa Pháp",)).location == "vùng Bretagne"


def test_capitalised_words_that_end_with_a_body_after_the_event_word() -> None:
    text = "Cuộc họp\n\nChiều 30/5, Thủ tướng chủ trì cuộc họp Thường trực Chính phủ về dự án sân bay."
    assert _event(text, "Chiều 30/5", orgs=("Chính phủ",)).organizer == "Thường trực Chính phủ"


def test_a_caption_glued_after_the_event_gives_no_venue() -> None:
    text = (
        "Cuộc họp\n\nChiều 30/5, Thủ tướng chủ trì cuộc họp về dự án sân bay. "
        "Máy bay cất cánh tại sân bay Cát Bi - Ảnh: Báo Hải Phòng Sau cuộc họp, Thủ tướng đã phát biểu."
    )
    assert _event(text, "Chiều 30/5").location is None


def test_a_capitalised_bare_venue_word_and_a_titles_trailing_words() -> None:
    text = "Thảo luận\n\nSáng 30/5, Quốc hội thảo luận tại Hội trường về dự án Luật Đường bộ."
    assert _event(text, "Sáng 30/5", orgs=("Quốc hội",)).location is None
    text = (
        "Hội nghị xúc tiến đầu tư tại Quảng Bình thu hút nhiều nhà đầu tư\n\n"
        "Ngày 30/5, hội nghị xúc tiến đầu tư đã khai mạc."
    )
    assert _event(text, "Ngày 30/5", places=("Quảng Bình",)).location == "Quảng Bình"


def test_a_caption_before_the_sentence_that_tells_the_event_again() -> None:
    text = (
        "Lễ trao\n\nChiều 30/5, Đảng ủy Bộ Tư pháp đã tổ chức lễ trao Huy hiệu Đảng. "
        "Bộ trưởng trao Huy hiệu. (Ảnh: Minh Đức/TTXVN) Chiều 30/5, tại Trụ sở Bộ Tư pháp, buổi lễ trao Huy hiệu "
        "đã diễn ra trang trọng."
    )
    assert _event(text, "Chiều 30/5", orgs=("Đảng ủy Bộ Tư pháp",)).location == "Trụ sở Bộ Tư pháp"


def test_a_title_after_the_event_word_is_no_body() -> None:
    text = "Hội nghị\n\nSáng 30/5, Hội nghị Ủy viên Bộ Chính trị phụ trách khu vực đã diễn ra."
    hand_orgs = ("Bộ Chính trị",)
    event = _event(text, "Sáng 30/5", orgs=hand_orgs, officials=(("Ủy viên Bộ Chính trị", "Ủy viên Bộ Chính trị"),))
    assert event.organizer != "Ủy viên Bộ Chính trị"


def test_an_abbreviated_city_keeps_its_dot() -> None:
    text = "Ký kết\n\nNgày 30/5, tại Tp. Hồ Chí Minh, Công ty Sữa Miền Nam đã tổ chức lễ ký kết hợp tác với tỉnh."
    assert _event(text, "Ngày 30/5", orgs=("Công ty Sữa Miền Nam",)).location == "Tp. Hồ Chí Minh"


def test_an_envoy_with_a_long_name_before_tai() -> None:
    text = "Tiếp\n\nNgày 30/5, Chủ tịch UBND thành phố đã có buổi tiếp ngài Đại sứ Liên minh Châu Âu (EU) tại Việt Nam."
    assert _event(text, "Ngày 30/5", places=("Việt Nam",)).location is None


def test_a_city_that_does_the_event() -> None:
    text = "Khởi công\n\nSáng 30/5, TP.HCM đã khởi công cầu vượt trên đường Phạm Văn Đồng."
    assert _event(text, "Sáng 30/5", places=("TP.HCM",)).organizer == "TP.HCM"


def test_o_right_after_a_verb_of_holding() -> None:
    text = "Hội nghị\n\nNgày 30/5, Hội nghị An ninh châu Á lần thứ 16 diễn ra ở Singapore với 500 đại biểu."
    assert _event(text, "Ngày 30/5", places=("Singapore",)).location == "Singapore"


def test_a_place_that_ends_an_address_is_not_the_subject() -> None:
    text = "Tuyên án\n\nNgày 30/5, một tòa án ở Thượng Hải, Trung Quốc đã tuyên án 10 năm tù đối với hai bị cáo."
    assert _event(text, "Ngày 30/5", places=("Thượng Hải", "Trung Quốc")).organizer is None


def test_a_leader_led_meeting_has_no_place_as_organiser() -> None:
    text = "Làm việc\n\nSáng 30/5, lãnh đạo TP Cần Thơ đã làm việc với Trung tâm Bảo tồn di tích."
    assert _event(text, "Sáng 30/5", places=("TP Cần Thơ",)).organizer is None


def test_o_and_a_place_right_after_the_events_name() -> None:
    text = "Hội nghị\n\nNgày 30/5, Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 11 ở Manila đã ra tuyên bố chung."
    assert _event(text, "Ngày 30/5", places=("Manila",)).location == "Manila"
    text = "Hội nghị\n\nNgày 30/5, Hội nghị về tình hình an ninh ở Biển Đông đã ra tuyên bố chung."
    assert _event(text, "Ngày 30/5", places=("Biển Đông",)).location is None


def test_the_venue_told_by_a_lead_sentence_before_the_events() -> None:
    text = (
        "Hội nghị\n\nHội nghị Thượng đỉnh các nước Bắc Âu hôm nay đã khai mạc tại thủ đô Oslo, Na Uy. "
        "Tổng thống Phần Lan cũng tham dự. Ngày 30/5, Hội nghị tập trung vào vấn đề an ninh năng lượng."
    )
    assert _event(text, "Ngày 30/5").location == "thủ đô Oslo"


def test_a_long_venue_stops_before_its_o_address() -> None:
    text = (
        "Lễ khai giảng\n\nNgày 30/5, tại hội trường thuộc Trung tâm Đào tạo nông nghiệp sa mạc Arava ở miền "
        "Nam Israel đã long trọng tổ chức lễ khai giảng khóa học mới."
    )
    assert _event(text, "Ngày 30/5").location == "hội trường thuộc Trung tâm Đào tạo nông nghiệp sa mạc Arava"


def test_an_event_name_after_tai_is_no_venue() -> None:
    text = "Phát biểu\n\nNgày 30/5, Tổng thống đã có bài phát biểu quan trọng tại Hội nghị thượng đỉnh G7 năm nay."
    assert _event(text, "Ngày 30/5").location is None


def test_the_place_of_the_matter_before_a_signed_decision() -> None:
    text = (
        "Kỷ luật\n\nLiên quan đến vụ việc cắt xén tiền ăn tại Trường mầm non Hoa Mai, ngày 30/5, Chủ tịch UBND quận "
        "đã ký quyết định kỷ luật hiệu trưởng."
    )
    assert _event(text, "ngày 30/5").location is None


def test_a_meeting_room_or_a_school_written_in_lower_case_is_the_venue() -> None:
    text = (
        "Họp tiến độ\n\nChiều 30/5, tại phòng họp số 3, trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp "
        "nghe báo cáo tiến độ giải ngân."
    )
    assert _event(text, "Chiều 30/5").location == "phòng họp số 3, trụ sở UBND tỉnh"
    text = "Khai giảng\n\nSáng 30/5, tại trường Tiểu học Hòa Bình, Phòng Giáo dục huyện tổ chức lễ tổng kết năm học."
    assert _event(text, "Sáng 30/5", orgs=("Phòng Giáo dục huyện",)).location == "trường Tiểu học Hòa Bình"


def test_a_clause_opening_the_sentence_is_no_organiser() -> None:
    text = (
        "Chỉ dẫn địa lý\n\nPhát biểu khai mạc hội thảo chiều 30/5, ông giám đốc nhấn mạnh vai trò của "
        "chỉ dẫn địa lý đối với nông sản."
    )
    assert _event(text, "chiều 30/5").organizer is None


def test_a_meeting_with_voters_is_held_where_the_text_says_not_among_the_voters_named() -> None:
    """`tiếp xúc cử tri quận X` names the voters met, not the venue (samples/gold/README.md, "A voters'
    meeting's place"): the place is a venue the text states, else none."""

    assert _place("Chiều 6/5, ba đại biểu Quốc hội đã có buổi tiếp xúc với cử tri huyện Hòa Vang.") is None
    text = "Sáng 2/7, đại biểu Trần Văn B tiếp xúc cử tri quận Hải Châu tại hội trường UBND phường Hòa Cường."
    assert _place(text) == "hội trường UBND phường Hòa Cường"


def test_o_after_the_event_word_gives_a_venue_written_with_a_venue_word() -> None:
    """`ở` is written like `tại`: right after the event's name, before a venue word (`ở trụ sở …`, `ở thành phố
    …`) as before a capitalised place; the venue ends before a clause of cause (`vì …`)."""

    text = "Sáng 4/3, Sở Tài chính tổ chức buổi làm việc ở trụ sở UBND xã Tân Lập với các hộ dân."
    assert _place(text) == "trụ sở UBND xã Tân Lập"
    assert _place("Tối 9/4, bộ trưởng họp báo ở thành phố Hải Phòng về vụ việc.") == "thành phố Hải Phòng"
    assert _place("Sáng 1/6, nhiều người ngất xỉu trong lễ diễu binh ở thủ đô Viên vì trời nóng.") == "thủ đô Viên"
    # `nhà ở` (housing) is no venue
    assert _place("Sáng 4/3, Bộ Xây dựng tổ chức hội nghị về nhà ở xã hội.") is None


def test_o_after_a_verb_of_holding_and_its_date_gives_the_venue() -> None:
    """`diễn ra sáng nay, 10/6/2017, ở Hà Nội`, `tổ chức ngày 29-5 ở TP.HCM`: the date written between the
    verb of holding and `ở` does not part them."""

    text = (
        "Thứ trưởng Lê Văn C vừa nói như vậy tại Lễ kỷ niệm 40 năm thành lập Trường Cao đẳng Y tế diễn ra "
        "sáng nay, 12/5/2019, ở Hải Dương."
    )
    assert _place(text) == "Hải Dương"
    text = (
        "Các chuyên gia nêu ý kiến tại hội thảo “Nông sản sạch” do Hội Nông dân phối hợp với Báo Đất Việt "
        "tổ chức ngày 14-3 ở TP.HCM."
    )
    assert _place(text) == "TP.HCM"


def test_the_body_after_an_elections_noun_is_elected_not_its_organiser() -> None:
    text = "Bầu cử\n\nNgày 30/5, cử tri Pháp đi bỏ phiếu vòng hai cuộc bầu cử Hạ viện Pháp."
    event = _event(text, "Ngày 30/5", orgs=("Hạ viện Pháp",))
    assert event.kind == "election"
    assert event.organizer is None
    held = "Bầu cử\n\nNgày 30/5, Ủy ban Bầu cử Trung ương tổ chức cuộc bầu cử Hạ viện Pháp."
    assert _event(held, "Ngày 30/5", orgs=("Ủy ban Bầu cử Trung ương", "Hạ viện Pháp")).organizer == (
        "Ủy ban Bầu cử Trung ương"
    )


def test_a_body_named_again_by_its_bare_head_after_cua() -> None:
    # `phiên họp … của Hội đồng`: the body the chair heads, named in full earlier in the sentence
    text = (
        "Họp Hội đồng\n\nChiều 30/5, ông Trần Văn Bình, Chủ tịch Hội đồng Khoa học tỉnh, đã chủ trì phiên họp "
        "thường kỳ quý II của Hội đồng nhằm góp ý các đề tài."
    )
    orgs = ("Hội đồng Khoa học tỉnh",)
    officials = (("Trần Văn Bình", "Chủ tịch Hội đồng Khoa học tỉnh"),)
    assert _event(text, "Chiều 30/5", orgs=orgs, officials=officials).organizer == "Hội đồng Khoa học tỉnh"


def test_a_bare_head_inside_a_quotation_names_no_body_again() -> None:
    # `chủ đề “… của Đảng …”`: the party in general, not the body named before the quotation
    text = (
        "Hội thảo\n\nSáng 30/5, đã khai mạc Hội thảo lý luận giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Lào "
        "với chủ đề “Vai trò lãnh đạo của Đảng trong tình hình mới”."
    )
    orgs = ("Đảng Cộng sản Việt Nam", "Đảng Nhân dân Lào")
    assert _event(text, "Sáng 30/5", orgs=orgs).organizer != "Đảng Nhân dân Lào"


def test_a_bare_head_inside_straight_quotes_names_no_body_again() -> None:
    # `"…"` opens and closes alike: the head inside is as quoted as one inside `“…”`
    text = (
        "Hội thảo\n\nSáng 30/5, đã khai mạc Hội thảo lý luận giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Lào "
        'với chủ đề "Vai trò lãnh đạo của Đảng trong tình hình mới".'
    )
    orgs = ("Đảng Cộng sản Việt Nam", "Đảng Nhân dân Lào")
    assert _event(text, "Sáng 30/5", orgs=orgs).organizer != "Đảng Nhân dân Lào"


def test_a_bare_head_with_more_bodies_after_it_names_no_body_again() -> None:
    # `của Sở, ngành`: departments in general, not the one the attendee heads
    text = (
        "Hội nghị tổng kết\n\nSáng 30/5, ông Lê Văn Hòa, Giám đốc Sở Y tế tỉnh Nam Định, đã dự hội nghị tổng kết "
        "của Sở, ngành địa phương."
    )
    orgs = ("Sở Y tế tỉnh Nam Định",)
    officials = (("Lê Văn Hòa", "Giám đốc Sở Y tế tỉnh Nam Định"),)
    assert _event(text, "Sáng 30/5", orgs=orgs, officials=officials).organizer != "Sở Y tế tỉnh Nam Định"


def test_the_party_after_cua_is_the_party_in_general() -> None:
    # `của Đảng` outside quotes: the Communist Party, not the party whose delegation attends
    text = (
        "Hội nghị\n\nSáng 30/5, Đoàn đại biểu Đảng Nhân dân Campuchia đã dự hội nghị tổng kết công tác xây dựng "
        "của Đảng."
    )
    assert _event(text, "Sáng 30/5", orgs=("Đảng Nhân dân Campuchia",)).organizer != "Đảng Nhân dân Campuchia"


def test_a_body_named_again_must_be_named_in_a_title() -> None:
    # the earlier body is no one's title here: the bare head is not read as naming it again
    text = (
        "Phiên họp\n\nChiều 30/5, ông Trần Văn Bình gửi báo cáo tới Hội đồng Khoa học tỉnh trước phiên họp "
        "thường kỳ quý II của Hội đồng."
    )
    orgs = ("Hội đồng Khoa học tỉnh",)
    assert _event(text, "Chiều 30/5", orgs=orgs).organizer != "Hội đồng Khoa học tỉnh"

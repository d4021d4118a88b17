"""Which happening is the lead story's event, and whether there is one (issue #14, unseen 2017 news):
one written lead per construction; the entity sections are built by hand."""

from __future__ import annotations

from tests.reporthelp import hand_report


def test_a_gathering_organised_as_the_object_of_to_chuc() -> None:
    text = (
        "Gặp mặt truyền thống\n\nNgày 12/3, tại Nhà khách Trung ương, Văn phòng Tỉnh ủy chủ trì tổ chức cuộc gặp mặt "
        "truyền thống giữa các cơ quan tham mưu."
    )
    event = hand_report(text, (("Ngày 12/3", "XXXX-03-12"),), ("Văn phòng Tỉnh ủy",)).summary().event
    assert event is not None and event.kind == "meeting"
    assert event.organizer == "Văn phòng Tỉnh ủy"
    text = "Công ty kỷ niệm\n\nNgày 4/8, Công ty Cổ phần Sông Lam tổ chức kỷ niệm 30 năm ngày thành lập."
    event = hand_report(text, (("Ngày 4/8", "XXXX-08-04"),), ("Công ty Cổ phần Sông Lam",)).summary().event
    assert event is not None and event.kind == "ceremony" and event.organizer == "Công ty Cổ phần Sông Lam"


def test_memories_are_no_anniversary() -> None:
    text = "Những kỷ niệm\n\nNgày 4/8, ông kể lại những kỷ niệm về quê nhà trong nhiều năm công tác."
    assert hand_report(text, (("Ngày 4/8", "XXXX-08-04"),)).summary().event is None


def test_a_delegation_is_the_subject_of_the_working_session() -> None:
    text = (
        "Làm việc với quận\n\nNgày 9/3, Phó Chủ tịch tỉnh dẫn đầu đoàn công tác làm việc với Huyện ủy Tân Phong "
        "về tình hình phát triển kinh tế."
    )
    event = hand_report(text, (("Ngày 9/3", "XXXX-03-09"),), ("Huyện ủy Tân Phong",)).summary().event
    assert event is not None and event.kind == "meeting"
    assert event.organizer is None  # the body the delegation works with does not hold the session


def test_words_of_a_quotation_that_opens_the_lead_are_no_event() -> None:
    text = (
        "Ông A bức xúc\n\n“Thấy thái độ của đoàn công tác khi họp bàn về dự án mà tôi rất buồn” – ông A nói với "
        "chúng tôi tối 12/5."
    )
    assert hand_report(text, (("tối 12/5", "XXXX-05-12"),)).summary().event is None


def test_an_interview_or_remarks_on_the_sidelines_are_no_event() -> None:
    text = (
        "Giám đốc sở trả lời\n\nChiều 29/6, phóng viên đã phỏng vấn ông Trần Văn B về khối tài sản đang bị thanh "
        "tra, xem xét."
    )
    assert hand_report(text, (("Chiều 29/6", "XXXX-06-29"),)).summary().event is None
    text = (
        "Khởi tố vụ án ở xã C: đại biểu nói gì?\n\nLiên quan đến việc khởi tố vụ án tại xã C, bên lề kỳ họp các "
        "đại biểu đã bày tỏ quan điểm."
    )
    assert hand_report(text, ()).summary().event is None


def test_what_was_just_done_is_the_news_even_when_told_to_a_reporter() -> None:
    text = (
        "Miễn phí qua trạm\n\nSáng 8/2, trao đổi với phóng viên, đại diện Văn phòng UBND tỉnh cho biết UBND tỉnh "
        "vừa ký ban hành Quyết định số 12/QĐ-UBND về mức phí."
    )
    hand = hand_report(text, (("Sáng 8/2", "XXXX-02-08"),))
    hand.document("Quyết định số 12/QĐ-UBND", "Quyết định", "12/QĐ-UBND")
    event = hand.summary().event
    assert event is not None and event.kind == "directive"


def test_the_next_dated_sentence_when_the_dated_teaser_names_no_event() -> None:
    text = (
        "Nóng trong ngày\n\nNhững tin nóng nhất hôm nay (13/5) về giao thông và thời tiết. "
        "Sáng 13/5, tại buổi Chủ tịch nước tiếp xúc cử tri quận Hai, cử tri đã nêu nhiều kiến nghị."
    )
    hand = hand_report(text, (("13/5", "XXXX-05-13"), ("Sáng 13/5", "XXXX-05-13")))
    event = hand.summary().event
    assert event is not None and event.kind == "meeting" and event.date == "XXXX-05-13"


def test_the_dated_sentence_before_dates_the_event_named_after_it() -> None:
    text = (
        "Sáu mươi năm\n\nSáng 2/7, tại Hà Nội, hàng trăm cán bộ ngành kiểm lâm cả nước đã có mặt từ rất sớm. "
        "Tới dự và phát biểu tại Lễ kỷ niệm có Phó Thủ tướng Chính phủ."
    )
    event = hand_report(text, (("Sáng 2/7", "XXXX-07-02"),)).summary().event
    assert event is not None and event.date == "XXXX-07-02"


def test_an_event_named_in_passing_in_the_next_dated_sentence_is_not_the_news() -> None:
    text = (
        "Cảnh báo\n\nThủ tướng nước D ngày 7/2 lên tiếng cảnh báo về khả năng có các hoạt động khiêu khích. "
        "Theo hãng tin, Thủ tướng ngày 7/2 đã cảnh báo về các hoạt động trước lễ kỷ niệm sinh nhật lãnh tụ."
    )
    hand = hand_report(text, (("ngày 7/2", "XXXX-02-07"),))
    hand.date("ngày 7/2", "XXXX-02-07", nth=1)
    assert hand.summary().event is None


def test_a_clause_about_the_matter_frames_the_news() -> None:
    text = (
        "Dừng lễ hội?\n\nLiên quan đến vụ việc xảy ra tại lễ hội đua thuyền năm nay, sáng 2/7, đoàn công tác của "
        "Bộ Văn hóa do Thứ trưởng làm trưởng đoàn đã có buổi làm việc với UBND huyện Đông Hải."
    )
    event = hand_report(text, (("sáng 2/7", "XXXX-07-02"),), ("Bộ Văn hóa", "UBND huyện Đông Hải")).summary().event
    assert event is not None and event.kind == "meeting"
    assert event.organizer == "Bộ Văn hóa"  # the body whose delegation it is


def test_the_talks_within_a_visit_are_the_event() -> None:
    text = (
        "Hội đàm\n\nTiếp tục chuyến thăm chính thức Ba Lan, chiều 26/5, Bộ trưởng Ngoại giao đã hội đàm với "
        "Bộ trưởng Ngoại giao Ba Lan."
    )
    hand = hand_report(text, (("chiều 26/5", "XXXX-05-26"),))
    hand.location("Ba Lan")
    event = hand.summary().event
    assert event is not None and event.kind == "talks" and event.location == "Ba Lan"


def test_a_decision_to_prosecute_is_an_investigation_of_the_body_that_decides() -> None:
    text = "Khởi tố vụ án\n\nNgày 13/6, Công an tỉnh Bắc Hà đã ra quyết định khởi tố vụ án hình sự xảy ra tại xã Đông."
    event = hand_report(text, (("Ngày 13/6", "XXXX-06-13"),), ("Công an tỉnh Bắc Hà",)).summary().event
    assert event is not None and event.kind == "investigation" and event.organizer == "Công an tỉnh Bắc Hà"
    text = "Kỷ luật\n\nChiều 8/2, Bộ trưởng Bộ Nội thương đã ra quyết định thành lập Hội đồng kỷ luật."
    event = hand_report(text, (("Chiều 8/2", "XXXX-02-08"),), ("Bộ Nội thương",)).summary().event
    assert event is not None and event.kind == "directive"


def test_a_banquet_is_a_reception() -> None:
    text = "Chiêu đãi\n\nTrưa 31/5, Thủ tướng đã dự tiệc chiêu đãi của Chính phủ nước bạn tại Nhà khách Quốc gia."
    event = hand_report(text, (("Trưa 31/5", "XXXX-05-31"),)).summary().event
    assert event is not None and event.kind == "reception" and event.location == "Nhà khách Quốc gia"


def test_a_long_junction_is_cut_at_its_first_dash() -> None:
    text = (
        "Khởi công cầu vượt\n\nSáng 8/2, Sở Giao thông tỉnh đã tổ chức khởi công cầu vượt tại giao lộ Lê Lai - "
        "nhánh đường Trần Phú Mới - Bình Lợi - vành đai ngoài và vòng xoay Lý Thái Tổ."
    )
    event = hand_report(text, (("Sáng 8/2", "XXXX-02-08"),), ("Sở Giao thông tỉnh",)).summary().event
    assert event is not None and event.location == "giao lộ Lê Lai"


def test_the_opening_of_an_exhibition_is_the_exhibition() -> None:
    text = "Triển lãm ảnh\n\nNgày 20/6, Hội Nhiếp ảnh tỉnh đã tổ chức Lễ khai mạc triển lãm ảnh về biển đảo."
    event = hand_report(text, (("Ngày 20/6", "XXXX-06-20"),), ("Hội Nhiếp ảnh tỉnh",)).summary().event
    assert event is not None and event.kind == "exhibition"


def test_the_elected_body_of_a_session_named_in_the_lead() -> None:
    text = (
        "Phiên chất vấn sôi nổi của Bộ trưởng Nông nghiệp\n\nHôm nay (13/6), Bộ trưởng Nông nghiệp đăng đàn trả lời "
        "trước Quốc hội. Đây là một phiên chất vấn được cử tri quan tâm."
    )
    event = hand_report(text, (("13/6", "XXXX-06-13"),), ("Quốc hội",)).summary().event
    assert event is not None and event.kind == "session" and event.organizer == "Quốc hội"
    text = "Trung ương thảo luận\n\nBan Chấp hành Trung ương Đảng ngày 9/5 thảo luận về tờ trình của Bộ Chính trị."
    event = hand_report(text, (("ngày 9/5", "XXXX-05-09"),), ("Ban Chấp hành Trung ương Đảng",)).summary().event
    assert event is not None and event.kind == "session" and event.organizer == "Ban Chấp hành Trung ương Đảng"


def test_the_short_form_qh_names_the_elected_body() -> None:
    text = (
        "Trả lời chất vấn\n\nBáo cáo trước QH tại phiên chất vấn chiều 14/6, Bộ trưởng Bộ Xây dựng cho biết sẽ rà "
        "soát quy hoạch đô thị."
    )
    event = hand_report(text, (("chiều 14/6", "XXXX-06-14"),), ("QH", "Bộ Xây dựng")).summary().event
    assert event is not None and event.kind == "session" and event.organizer == "QH"
    text = "Kỳ họp thứ 3\n\nChiều 14/6, QH tiếp tục phần chất vấn Bộ trưởng Bộ Xây dựng."
    event = hand_report(text, (("Chiều 14/6", "XXXX-06-14"),), ("QH", "Bộ Xây dựng")).summary().event
    assert event is not None and event.kind == "session" and event.organizer == "QH"


def test_qh_for_quy_hoach_names_no_elected_body() -> None:
    """`QH` is also quy hoạch: bare, after `đồ án`, `thẩm định` or glued in `Sở QH-KT`, it names no Quốc hội."""
    text = "Thẩm định đồ án\n\nChiều 14/6, Hội đồng thẩm định đã biểu quyết thông qua đồ án QH phân khu tỷ lệ 1/2000."
    event = hand_report(text, (("Chiều 14/6", "XXXX-06-14"),), ("QH",)).summary().event
    assert event is not None and event.organizer is None
    text = "Thẩm định đồ án\n\nChiều 14/6, tại phiên họp của Hội đồng thẩm định QH, các thành viên đã biểu quyết."
    event = hand_report(text, (("Chiều 14/6", "XXXX-06-14"),), ("QH",)).summary().event
    assert event is not None and event.kind == "meeting" and event.organizer is None
    text = "Thẩm định đồ án\n\nChiều 14/6, Sở QH-KT Hà Nội tổ chức phiên họp thẩm định đồ án."
    event = hand_report(text, (("Chiều 14/6", "XXXX-06-14"),), ("Sở QH-KT Hà Nội",)).summary().event
    assert event is not None and event.kind == "meeting" and event.organizer == "Sở QH-KT Hà Nội"


def test_a_letter_sent_as_the_news_is_a_directive() -> None:
    text = (
        "Đề nghị kiểm tra\n\nNgày 15/6, Ủy ban An toàn giao thông có văn bản gửi Chủ tịch UBND hai tỉnh, đề nghị kiểm "
        "tra, làm rõ vụ việc."
    )
    event = hand_report(text, (("Ngày 15/6", "XXXX-06-15"),), ("Ủy ban An toàn giao thông",)).summary().event
    assert event is not None and event.kind == "directive" and event.organizer == "Ủy ban An toàn giao thông"


def test_leaders_who_gave_directions_at_the_meeting_took_part() -> None:
    text = (
        "Giao ban báo chí\n\nTrong buổi giao ban báo chí sáng 7/2, Ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo "
        "Lê Văn Nam và Bộ trưởng Bộ TT&TT Trần Minh Hải đã có những chỉ đạo về định hướng báo chí. "
        "Phó Thủ tướng Đỗ Văn Long đã chỉ đạo Bộ Tài chính rà soát các khoản chi."
    )
    hand = hand_report(text, (("sáng 7/2", "XXXX-02-07"),))
    hand.official("Lê Văn Nam", ["Ủy viên Bộ Chính trị", "Trưởng Ban Tuyên giáo"], [])
    hand.official("Trần Minh Hải", ["Bộ trưởng Bộ TT&TT"], [])
    hand.official("Đỗ Văn Long", ["Phó Thủ tướng"], [])
    event = hand.summary().event
    assert event is not None and event.kind == "meeting"
    assert [p.name for p in event.participants] == ["Lê Văn Nam", "Trần Minh Hải"]  # not who directs a body


def test_a_delegation_went_to_the_district_whose_body_it_works_with() -> None:
    text = (
        "Làm việc với huyện\n\nNgày 9/3, Bí thư Tỉnh ủy dẫn đầu đoàn công tác làm việc với Huyện ủy huyện Tân Phong "
        "về tình hình an ninh."
    )
    event = hand_report(text, (("Ngày 9/3", "XXXX-03-09"),), ("Huyện ủy huyện Tân Phong",)).summary().event
    assert event is not None and event.location == "huyện Tân Phong"
    text = "Làm việc với bộ\n\nNgày 9/3, Bí thư Tỉnh ủy dẫn đầu đoàn công tác làm việc với Bộ Công Thương."
    event = hand_report(text, (("Ngày 9/3", "XXXX-03-09"),), ("Bộ Công Thương",)).summary().event
    assert event is not None and event.location is None


def test_a_delegation_working_with_a_citys_association_is_not_placed_in_the_city() -> None:
    text = (
        "Làm việc với công đoàn\n\nNgày 9/3, Bí thư Tỉnh ủy dẫn đầu đoàn công tác làm việc với Liên đoàn Lao động "
        "thành phố Tân Phong về nhà ở cho công nhân."
    )
    org = "Liên đoàn Lao động thành phố Tân Phong"
    event = hand_report(text, (("Ngày 9/3", "XXXX-03-09"),), (org,)).summary().event
    assert event is not None and event.location is None  # an association may be met anywhere
    text = "Làm việc với huyện\n\nNgày 9/3, đoàn công tác của tỉnh làm việc với UBND huyện Tân Phong về đất đai."
    event = hand_report(text, (("Ngày 9/3", "XXXX-03-09"),), ("UBND huyện Tân Phong",)).summary().event
    assert event is not None and event.location == "huyện Tân Phong"


def test_announcing_a_decision_is_a_ceremony() -> None:
    text = (
        "Bổ nhiệm Chánh Văn phòng\n\nSáng 9/4/2024, Huyện ủy Đông Sơn công bố quyết định điều động ông Lê Văn Cúc "
        "giữ chức Chánh Văn phòng Huyện ủy."
    )
    event = hand_report(text, (("Sáng 9/4/2024", "2024-04-09"),), ("Huyện ủy Đông Sơn",)).summary().event
    assert event is not None and event.kind == "ceremony" and event.organizer == "Huyện ủy Đông Sơn"
    text = (
        "Trao quyết định\n\nChiều 2/5/2025, Sở Nội vụ tổ chức trao quyết định nghỉ hưu theo chế độ cho "
        "các công chức của Sở."
    )
    event = hand_report(text, (("Chiều 2/5/2025", "2025-05-02"),), ("Sở Nội vụ",)).summary().event
    assert event is not None and event.kind == "ceremony" and event.organizer == "Sở Nội vụ"


def test_announcing_a_resolution_is_the_news_of_a_document_unless_held() -> None:
    text = "Cổ tức\n\nNgày 3/6/2024, Công ty Cổ phần Hòa Phong công bố nghị quyết chi trả cổ tức năm 2023."
    event = hand_report(text, (("Ngày 3/6/2024", "2024-06-03"),), ("Công ty Cổ phần Hòa Phong",)).summary().event
    assert event is not None and event.kind == "directive"
    text = (
        "Sắp xếp xã\n\nNgày 30/6/2025, UBND huyện Tam Nông tổ chức công bố nghị quyết về việc sắp xếp "
        "các đơn vị hành chính cấp xã."
    )
    event = hand_report(text, (("Ngày 30/6/2025", "2025-06-30"),), ("UBND huyện Tam Nông",)).summary().event
    assert event is not None and event.kind == "ceremony"


def test_a_decision_that_names_an_event_gives_way_to_it() -> None:
    text = (
        "Kiểm tra\n\nNgày 7/5/2024, Thanh tra tỉnh công bố quyết định kiểm tra việc quản lý đất đai "
        "tại huyện Phú Lương."
    )
    event = hand_report(text, (("Ngày 7/5/2024", "2024-05-07"),), ("Thanh tra tỉnh",)).summary().event
    assert event is not None and event.kind == "inspection"


def test_the_title_gives_the_organiser_the_lead_leaves_out() -> None:
    text = (
        "Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ huyện Krông Bông\n\nHội nghị diễn ra ngày 12/3/2025 tại "
        "Hội trường Huyện ủy, với 45 đại biểu tham dự."
    )
    hand = hand_report(text, (("ngày 12/3/2025", "2025-03-12"),), ("Ban Chấp hành Đảng bộ huyện Krông Bông",))
    event = hand.summary().event
    assert event is not None and event.kind == "conference"
    assert event.organizer == "Ban Chấp hành Đảng bộ huyện Krông Bông"


def test_a_week_of_culture_or_a_launch_is_an_event() -> None:
    text = "Tuần Văn hóa\n\nTối 3/5/2025, UBND tỉnh Phú Thọ khai mạc Tuần Văn hóa - Du lịch Đất Tổ năm 2025."
    event = hand_report(text, (("Tối 3/5/2025", "2025-05-03"),), ("UBND tỉnh Phú Thọ",)).summary().event
    assert event is not None and event.kind == "festival" and event.organizer == "UBND tỉnh Phú Thọ"
    text = "Phát động\n\nSáng 6/3/2024, Tỉnh đoàn Hòa Bình tổ chức phát động Tháng Thanh niên năm 2024."
    event = hand_report(text, (("Sáng 6/3/2024", "2024-03-06"),), ("Tỉnh đoàn Hòa Bình",)).summary().event
    assert event is not None and event.kind == "ceremony"
    text = "Bữa cơm\n\nTrưa 16/6, gia đình anh Sùng mở tiệc liên hoan ăn uống với họ hàng hai bên."
    assert hand_report(text, (("Trưa 16/6", "XXXX-06-16"),)).summary().event is None


def test_a_great_ceremony_organised_that_day_is_the_event() -> None:
    # `Đại lễ` (a great ceremony: `Đại lễ cầu an`, `Đại lễ kỷ niệm`) heads an event name as `lễ` does
    text = "Đại lễ ở chùa Vĩnh Phúc\n\nSáng 4/3, Hội Phật giáo tỉnh tổ chức Đại lễ cầu an tại chùa Vĩnh Phúc."
    event = hand_report(text, (("Sáng 4/3", "XXXX-03-04"),), ("Hội Phật giáo tỉnh",)).summary().event
    assert event is not None and event.kind == "ceremony" and event.date == "XXXX-03-04"
    assert event.name == "Đại lễ cầu an"


def test_a_gathering_the_lead_announces_with_its_days_is_the_event() -> None:
    # no event in the title, the lead's first sentence announces a conference with its days: that conference
    text = (
        "Bàn về nông nghiệp xanh\n\nHội nghị Bộ trưởng Nông nghiệp các nước Mê Kông sẽ diễn ra tại Cần Thơ từ ngày "
        "12-13/9. Các đoàn sẽ thảo luận về nước và giống cây trồng."
    )
    event = hand_report(text, (("từ ngày 12-13/9", "XXXX-09-12/XXXX-09-13"),)).summary().event
    assert event is not None and event.kind == "conference" and event.date == "XXXX-09-12"


def test_a_sitting_the_lead_announces_is_no_event() -> None:
    # a sitting to come is as often a word of someone's statement: the lead reports no event yet
    text = (
        "Chuẩn bị chất vấn\n\nNgày 14/9, các đại biểu sẽ chất vấn Bộ trưởng về giá điện. Nhiều ý kiến đã được gửi "
        "trước."
    )
    assert hand_report(text, (("Ngày 14/9", "XXXX-09-14"),)).summary().event is None


def test_an_announced_gathering_is_named_without_its_auxiliary() -> None:
    # the name is cut before its verb (`diễn ra`): the `sẽ` between is no word of the name
    text = (
        "Chuẩn bị năm đăng cai\n\nHội nghị Bộ trưởng Nông nghiệp các nền kinh tế thành viên sẽ diễn ra tại "
        "Đà Nẵng từ ngày 20-21/5. Nhiều đoàn đã đăng ký."
    )
    event = hand_report(text, (("từ ngày 20-21/5", "XXXX-05-20/XXXX-05-21"),)).summary().event
    assert event is not None and event.kind == "conference"
    assert event.name == "Hội nghị Bộ trưởng Nông nghiệp các nền kinh tế thành viên"
    assert event.mention is not None and text[event.mention.start : event.mention.end] == event.name


def test_an_event_name_ending_in_small_and_medium_keeps_its_last_word() -> None:
    # `vừa` after `và` is the adjective (`nhỏ và vừa`), no auxiliary: it stays in the name
    text = (
        "Hỗ trợ doanh nghiệp\n\nSáng 4/3, UBND tỉnh tổ chức Hội nghị đối thoại với doanh nghiệp nhỏ và vừa. "
        "Nhiều doanh nghiệp đã dự."
    )
    event = hand_report(text, (("Sáng 4/3", "XXXX-03-04"),), ("UBND tỉnh",)).summary().event
    assert event is not None and event.name == "Hội nghị đối thoại với doanh nghiệp nhỏ và vừa"


def test_an_event_just_opened_is_named_without_vua() -> None:
    text = (
        "Kinh tế biển\n\nSáng 4/3, Diễn đàn Kinh tế biển miền Trung vừa khai mạc tại thành phố Quy Nhơn. "
        "Nhiều doanh nghiệp đã dự."
    )
    event = hand_report(text, (("Sáng 4/3", "XXXX-03-04"),)).summary().event
    assert event is not None and event.name == "Diễn đàn Kinh tế biển miền Trung"


def test_a_voter_meeting_named_with_buoi_frames_the_lead() -> None:
    # `buổi tiếp xúc cử tri` names the gathering as `cuộc tiếp xúc cử tri` does: framing the sentence (`Tại buổi
    # …, A cho biết`) it is still the event, held by the delegation after `của`
    text = (
        "Cây xanh của tỉnh\n\nChủ tịch UBND tỉnh: “Tỉnh sẽ công khai việc trồng cây”.\n"
        "Tại buổi tiếp xúc cử tri của đoàn ĐBQH tỉnh Lam Sơn, Chủ tịch tỉnh cho biết tỉnh vừa qua đợt nắng nóng."
    )
    event = hand_report(text, (), ("đoàn ĐBQH tỉnh Lam Sơn",)).summary().event
    assert event is not None and event.kind == "meeting"
    assert event.organizer == "đoàn ĐBQH tỉnh Lam Sơn"


def test_a_deputys_constituency_is_no_election() -> None:
    # `đơn vị bầu cử` names the constituency of the deputies who meet voters (an other_compound cue): the voters'
    # meeting is the event; `bầu cử` alone (`đã bỏ phiếu bầu cử`) stays an election
    text = (
        "Cử tri kiến nghị\n\nSáng 13/5, Chủ tịch nước và các đại biểu Quốc hội thuộc đơn vị bầu cử số 1 tỉnh Lam Sơn "
        "đã tiếp xúc cử tri huyện Đông."
    )
    event = hand_report(text, (("Sáng 13/5", "XXXX-05-13"),)).summary().event
    assert event is not None and event.kind == "meeting"
    text = "Ngày hội non sông\n\nSáng 13/5, cử tri cả nước đã đi bỏ phiếu bầu cử đại biểu Quốc hội khóa mới."
    event = hand_report(text, (("Sáng 13/5", "XXXX-05-13"),)).summary().event
    assert event is not None and event.kind == "election"

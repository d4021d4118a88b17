"""The event of leads that name a body's act without an event noun (round 9): a notice or decision a body
`có`, a day written in words (`Chiều nay,`, `Mới đây,`), a clause of what came before (`sau khi …`), and a
document's place. One written lead per construction; the entity sections are built by hand."""

from __future__ import annotations

from tests.reporthelp import hand_report


def test_a_notice_a_body_has_is_the_news_and_the_body_its_organiser() -> None:
    text = (
        "Phân công xử lý kiến nghị\n\nNgày 3/10, Văn phòng Tỉnh ủy Hòa Lâm có thông báo về việc xử lý các kiến nghị "
        "của huyện Tân Phong tại buổi làm việc với đoàn công tác."
    )
    hand = hand_report(text, (("Ngày 3/10", "XXXX-10-03"),), ("Văn phòng Tỉnh ủy Hòa Lâm",))
    event = hand.summary().event
    assert event is not None and event.kind == "directive"
    assert event.organizer == "Văn phòng Tỉnh ủy Hòa Lâm"
    text = "Xử lý xe công\n\nSở Tài chính tỉnh Bình Lâm vừa có quyết định thu hồi ba xe ô tô do doanh nghiệp tặng."
    event = hand_report(text, orgs=("Sở Tài chính tỉnh Bình Lâm",)).summary().event
    assert event is not None and event.kind == "directive" and event.organizer == "Sở Tài chính tỉnh Bình Lâm"


def test_a_notice_not_yet_had_is_no_event() -> None:
    text = "Chờ ý kiến\n\nNgày 3/10, Sở Tài chính tỉnh Bình Lâm cho biết vẫn chưa có thông báo về việc xử lý xe."
    assert hand_report(text, (("Ngày 3/10", "XXXX-10-03"),), ("Sở Tài chính tỉnh Bình Lâm",)).summary().event is None


def test_a_day_written_in_words_opens_the_news_as_a_date_does() -> None:
    text = (
        "Kỷ luật cán bộ\n\nBộ Giao thông đã lập hội đồng kỷ luật một cán bộ vắng mặt nhiều ngày.\n\n"
        "Chiều nay, Bộ trưởng ra quyết định thành lập Hội đồng kỷ luật để xem xét hình thức kỷ luật."
    )
    event = hand_report(text).summary().event
    assert event is not None and event.kind == "directive"
    text = (
        "Đối thoại với dân\n\nĐất rừng ở xã Nam Sơn chồng lấn nhiều năm. Trước tình hình trên, mới đây lãnh đạo huyện "
        "đã làm việc với người dân thôn Bản Ngòi để giải quyết tranh chấp."
    )
    event = hand_report(text).summary().event
    assert event is not None and event.kind == "meeting"


def test_a_day_in_words_inside_a_quotation_or_a_name_dates_nothing() -> None:
    text = (
        "Bớt thanh tra\n\n“Đầu tiên, tôi muốn nói tới tinh thần hành động. Hôm nay, người ta nói rất nhiều về thanh "
        "tra chồng chéo”, ông A nói."
    )
    assert hand_report(text).summary().event is None


def test_the_clause_of_what_came_before_is_not_the_news() -> None:
    text = (
        "Thông tin về đoàn\n\nHai tuần sau khi Bộ trưởng có chỉ đạo rà soát danh sách đoàn, sáng 14/7, Tổng cục "
        "Thể dục thể thao đã gặp mặt báo chí để thông tin về thành phần đoàn."
    )
    hand = hand_report(text, (("sáng 14/7", "XXXX-07-14"),), ("Tổng cục Thể dục thể thao",))
    event = hand.summary().event
    assert event is not None and event.kind == "press_conference"
    assert event.organizer == "Tổng cục Thể dục thể thao" and event.date == "XXXX-07-14"


def test_a_clause_before_stays_the_news_when_only_a_noun_follows() -> None:
    text = (
        "Họp báo\n\nTại cuộc họp báo sau khi diễn ra Hội nghị Thủ tướng với doanh nghiệp, ông A cho biết nhiều "
        "kiến nghị đã được giải quyết."
    )
    event = hand_report(text).summary().event
    assert event is not None and event.kind in {"conference", "press_conference"}


def test_a_document_is_not_told_again_with_a_venue() -> None:
    text = (
        "Phân công theo dõi\n\nNgày 3/10, Văn phòng Tỉnh ủy Hòa Lâm có thông báo về việc xử lý kiến nghị của huyện. "
        "Theo đó, Phó Chủ tịch tỉnh theo dõi việc hỗ trợ doanh nghiệp. Sở Công Thương chỉ đạo các doanh nghiệp "
        "đầu tư sản xuất tại Lào."
    )
    hand = hand_report(text, (("Ngày 3/10", "XXXX-10-03"),), ("Văn phòng Tỉnh ủy Hòa Lâm",))
    hand.location("Lào")
    event = hand.summary().event
    assert event is not None and event.kind == "directive" and event.location is None


def test_the_subject_of_a_verb_of_holding_before_the_opening_organises() -> None:
    text = (
        "Khai mạc triển lãm\n\nSáng 6/3, tại Nhà văn hóa tỉnh, Hội Cây cảnh Hòa Lâm đã tổ chức khai mạc Triển lãm "
        "cây cảnh lần thứ X."
    )
    event = hand_report(text, (("Sáng 6/3", "XXXX-03-06"),), ("Hội Cây cảnh Hòa Lâm",)).summary().event
    assert event is not None and event.kind == "exhibition" and event.organizer == "Hội Cây cảnh Hòa Lâm"


def test_the_agent_of_a_passive_holding_organises() -> None:
    text = (
        "Tuyên dương\n\nSáng 10/6, Lễ tuyên dương gương người tốt năm 2024 đã được Hội đồng Thi đua tỉnh Hòa Lâm tổ "
        "chức trọng thể tại Nhà hát tỉnh."
    )
    event = hand_report(text, (("Sáng 10/6", "XXXX-06-10"),), ("Hội đồng Thi đua tỉnh Hòa Lâm",)).summary().event
    assert event is not None and event.kind == "ceremony" and event.organizer == "Hội đồng Thi đua tỉnh Hòa Lâm"


def test_a_body_known_by_its_short_name_in_brackets_organises() -> None:
    text = (
        "Đại hội cổ đông\n\nSáng 30/6, ngân hàng thương mại cổ phần Sông Xanh (SXBank) tổ chức đại hội đồng cổ đông "
        "thường niên năm 2024."
    )
    event = hand_report(text, (("Sáng 30/6", "XXXX-06-30"),), ("SXBank",)).summary().event
    assert event is not None and event.organizer == "SXBank"


def test_the_first_body_leads_an_act_done_with_a_partner() -> None:
    text = "Khởi công cầu\n\nSáng 20/5, UBND tỉnh Hòa Lâm phối hợp với Bộ Xây dựng khởi công xây dựng cầu Sông Xanh."
    event = hand_report(text, (("Sáng 20/5", "XXXX-05-20"),), ("UBND tỉnh Hòa Lâm", "Bộ Xây dựng")).summary().event
    assert event is not None and event.kind == "ceremony" and event.organizer == "UBND tỉnh Hòa Lâm"


def test_an_appointment_just_made_by_an_office_is_the_news() -> None:
    text = "Thứ trưởng mới\n\nThủ tướng Chính phủ vừa bổ nhiệm ông Trần Văn An giữ chức Thứ trưởng Bộ Xây dựng."
    event = hand_report(text, orgs=("Chính phủ",)).summary().event
    assert event is not None and event.kind == "directive"
    text = "Kỷ luật cán bộ\n\nBan Thường vụ Tỉnh ủy Hòa Lâm thi hành kỷ luật cảnh cáo ông Lê Văn Bình."
    event = hand_report(text, orgs=("Ban Thường vụ Tỉnh ủy Hòa Lâm",)).summary().event
    assert event is not None and event.kind == "directive" and event.organizer == "Ban Thường vụ Tỉnh ủy Hòa Lâm"


def test_an_appointment_named_as_a_matter_is_not_the_act() -> None:
    text = "Công tác cán bộ\n\nSở Nội vụ tỉnh Hòa Lâm vừa công bố quyết định bổ nhiệm Giám đốc Sở Xây dựng."
    event = hand_report(text, orgs=("Sở Nội vụ tỉnh Hòa Lâm",)).summary().event
    assert event is not None and event.kind == "ceremony"
    text = "Tranh luận\n\nNhiều ý kiến bàn về chuyện bổ nhiệm người nhà trong các cơ quan nhà nước."
    assert hand_report(text).summary().event is None


def test_a_bare_venue_word_takes_the_body_it_belongs_to() -> None:
    text = (
        "Làm việc với doanh nghiệp\n\nSáng 8/2, tại trụ sở của Tập đoàn Sông Xanh, lãnh đạo tỉnh Hòa Lâm đã có buổi "
        "làm việc với ban lãnh đạo tập đoàn."
    )
    hand = hand_report(text, (("Sáng 8/2", "XXXX-02-08"),), ("Tập đoàn Sông Xanh",))
    event = hand.summary().event
    assert event is not None and event.kind == "meeting" and event.location == "trụ sở của Tập đoàn Sông Xanh"


def test_a_body_that_decides_an_act_holds_it() -> None:
    text = (
        "Kỷ luật cán bộ\n\nBan Thường vụ Tỉnh ủy Hòa Lâm quyết định thi hành kỷ luật bằng hình thức cảnh cáo đối với "
        "ông Lê Văn Bình."
    )
    event = hand_report(text, orgs=("Ban Thường vụ Tỉnh ủy Hòa Lâm",)).summary().event
    assert event is not None and event.kind == "directive" and event.organizer == "Ban Thường vụ Tỉnh ủy Hòa Lâm"


def test_a_meeting_with_voters_written_with_voi_and_a_standing_committee_giving_opinions() -> None:
    text = (
        "Cử tri quan tâm\n\nSáng 7/7, Chủ tịch nước cùng các đại biểu Quốc hội đã có buổi tiếp xúc với cử tri ba quận "
        "trung tâm thành phố."
    )
    event = hand_report(text, (("Sáng 7/7", "XXXX-07-07"),)).summary().event
    assert event is not None and event.kind == "meeting"
    text = (
        "Phiên họp thường vụ\n\nSáng 12/7, Ủy ban Thường vụ Quốc hội đã cho ý kiến về việc điều chỉnh vốn trái phiếu "
        "Chính phủ."
    )
    event = hand_report(text, (("Sáng 12/7", "XXXX-07-12"),), ("Ủy ban Thường vụ Quốc hội",)).summary().event
    assert event is not None and event.kind == "session" and event.organizer == "Ủy ban Thường vụ Quốc hội"


def test_the_final_round_of_negotiations_is_talks() -> None:
    text = "Đàm phán thương mại\n\nNgày 30/6, hai bên đã bắt đầu vòng đàm phán cuối cùng về hiệp định thương mại tự do."
    event = hand_report(text, (("Ngày 30/6", "XXXX-06-30"),)).summary().event
    assert event is not None and event.kind == "talks"


def test_a_document_issued_by_the_body_that_opens_its_clause() -> None:
    text = (
        "Thu hồi ô tô\n\nBộ Giao thông Vận tải (GTVT) vừa có văn bản yêu cầu các doanh nghiệp báo cáo số xe nhập "
        "khẩu trước ngày 30."
    )
    event = hand_report(text, orgs=("Bộ Giao thông Vận tải", "GTVT")).summary().event
    assert event is not None and event.kind == "directive" and event.organizer == "Bộ Giao thông Vận tải"


def test_a_short_name_in_brackets_between_the_body_and_its_meeting() -> None:
    text = "Họp về dịch bệnh\n\nSáng 5/3, Sở Y tế tỉnh Hòa Lâm (SYT) đã có cuộc họp với các bệnh viện về phòng dịch."
    event = hand_report(text, (("Sáng 5/3", "XXXX-03-05"),), ("Sở Y tế tỉnh Hòa Lâm", "SYT")).summary().event
    assert event is not None and event.kind == "meeting" and event.organizer == "Sở Y tế tỉnh Hòa Lâm"


def test_the_passive_agent_named_on_after_its_short_name_in_brackets_organises() -> None:
    # the body's name read stops at its brackets: the agent runs on to the organiser verb
    text = (
        "Tuyên dương\n\nSáng 10/6, Lễ tuyên dương gương người tốt năm 2024 đã được Hội đồng Thi đua (HĐTĐ) tỉnh "
        "Hòa Lâm tổ chức trọng thể tại Nhà hát tỉnh."
    )
    event = hand_report(text, (("Sáng 10/6", "XXXX-06-10"),), ("Hội đồng Thi đua",)).summary().event
    assert event is not None and event.organizer == "Hội đồng Thi đua (HĐTĐ) tỉnh Hòa Lâm"


def test_a_message_of_congratulations_or_condolence_sent_is_the_news() -> None:
    # `gửi điện mừng`, `gửi điện chia buồn`: a state message sent as the news is a paper issued (README: directive)
    for verb in ("gửi điện mừng", "gửi điện chúc mừng", "gửi điện chia buồn", "gửi điện thăm hỏi"):
        text = (
            "Điện gửi nước bạn\n\nNhân dịp Quốc khánh nước Cộng hòa Lâm Viên, ngày 2/9, Chủ tịch nước Trần Văn An đã "
            f"{verb} tới Tổng thống nước này."
        )
        event = hand_report(text, (("ngày 2/9", "XXXX-09-02"),)).summary().event
        assert event is not None and event.kind == "directive", verb
        assert event.date == "XXXX-09-02", verb


def test_a_letter_sent_with_its_classifier_is_the_news_as_gui_thu_is() -> None:
    # `gửi một bức thư`, `gửi lá thư`: the classifier between the verb and `thư` leaves it the letter sent
    for verb in ("gửi một bức thư", "gửi bức thư", "gửi lá thư", "gửi một lá thư"):
        text = f"Thư gửi khối\n\nBộ trưởng Ngoại giao nước Lâm Viên đã {verb} tới Tổng thư ký của khối, nêu điều kiện."
        event = hand_report(text).summary().event
        assert event is not None and event.kind == "directive", verb

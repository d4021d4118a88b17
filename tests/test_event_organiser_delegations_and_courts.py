"""The event's organiser and place on 2023–2025 shapes (round 6): one written sentence per construction,
in the shape of real leads; the entity sections are built by hand."""

from __future__ import annotations

from tests.reporthelp import HandReport
from tests.test_event_setting import _event
from vnreport.summary.setting import takes_case_steps


def test_an_inspecting_delegation_named_as_a_body_is_the_organiser() -> None:
    text = (
        "Làm việc với Tỉnh ủy\n\nNgày 30/5, Đoàn kiểm tra số 512 của Bộ Chính trị do đồng chí Trưởng ban làm "
        "Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Yên Bái."
    )
    orgs = ("Đoàn kiểm tra số 512", "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy Yên Bái")
    assert _event(text, "Ngày 30/5", orgs=orgs).organizer == "Đoàn kiểm tra số 512"


def test_an_inspecting_delegation_of_a_body_is_named_with_it() -> None:
    text = (
        "Giám sát\n\nNgày 30/5, Đoàn giám sát của Ủy ban Thường vụ Quốc hội do Phó Chủ tịch Quốc hội làm trưởng "
        "đoàn đã làm việc với UBND tỉnh Trà Vinh."
    )
    orgs = ("Ủy ban Thường vụ Quốc hội", "UBND tỉnh Trà Vinh")
    assert _event(text, "Ngày 30/5", orgs=orgs).organizer == "Đoàn giám sát của Ủy ban Thường vụ Quốc hội"
    text = "Kiểm tra\n\nSáng 30/5, đoàn kiểm tra liên ngành tỉnh do Phó Giám đốc Sở làm trưởng đoàn đã đến kiểm tra."
    assert _event(text, "Sáng 30/5").organizer == "đoàn kiểm tra liên ngành tỉnh"


def test_a_working_delegation_still_gives_its_body() -> None:
    text = (
        "Kiểm tra dịch\n\nNgày 30/5, Đoàn công tác số 2 của Bộ Y tế do Thứ trưởng làm trưởng đoàn đã kiểm tra "
        "công tác phòng dịch tại tỉnh Hậu Giang."
    )
    assert _event(text, "Ngày 30/5", orgs=("Bộ Y tế",), places=("tỉnh Hậu Giang",)).organizer == "Bộ Y tế"


def test_a_programme_in_a_framing_clause_is_not_the_event() -> None:
    text = (
        "Kiểm tra công vụ\n\nTiếp tục đợt kiểm tra kỷ cương hành chính, sáng 30/5, đoàn kiểm tra công vụ tỉnh "
        "do Giám đốc Sở Nội vụ làm trưởng đoàn đã đến kiểm tra đột xuất 4 đơn vị."
    )
    event = _event(text, "sáng 30/5")
    assert event.kind == "inspection"
    assert event.organizer == "đoàn kiểm tra công vụ tỉnh"


def test_the_police_that_opens_the_clause_arrested() -> None:
    text = (
        "Bắt tạm giam\n\nCông an tỉnh Tây Ninh ngày 30/5 cho biết đã bắt tạm giam ông Lê Văn Tư, nguyên Trưởng "
        "phòng Tài nguyên huyện."
    )
    event = _event(text, "ngày 30/5", orgs=("Công an tỉnh Tây Ninh",))
    assert (event.kind, event.organizer) == ("investigation", "Công an tỉnh Tây Ninh")


def test_a_body_that_only_speaks_of_an_arrest_is_no_organiser() -> None:
    text = (
        "Bắt tạm giam\n\nSở Giáo dục tỉnh Tây Ninh ngày 30/5 cho biết đã bắt tạm giam ông Lê Văn Tư, nguyên "
        "hiệu trưởng một trường học."
    )
    event = _event(text, "ngày 30/5", orgs=("Sở Giáo dục tỉnh Tây Ninh",))
    assert (event.kind, event.organizer) == ("investigation", None)


def test_the_court_that_brought_a_case_to_trial() -> None:
    text = (
        "Xét xử vụ án\n\nSáng 30/5, TAND tỉnh Hòa Bình đã đưa vụ án cố ý gây thương tích tại xã Mông Hóa ra xét "
        "xử sơ thẩm."
    )
    event = _event(text, "Sáng 30/5", orgs=("TAND tỉnh Hòa Bình",), places=("xã Mông Hóa",))
    assert (event.kind, event.organizer, event.location) == ("trial", "TAND tỉnh Hòa Bình", None)


def test_a_body_the_act_is_done_to_is_no_organiser() -> None:
    text = "Khởi tố\n\nNgày 30/5, Công ty Minh Long đã bị khởi tố vì trốn thuế."
    assert _event(text, "Ngày 30/5", orgs=("Công ty Minh Long",)).organizer is None


def test_a_sentence_pronounced_is_a_trial() -> None:
    text = "Tuyên phạt\n\nNgày 30/5, TAND TP Huế đã tuyên phạt bị cáo Hồ Văn Ba 6 năm tù về tội tham ô tài sản."
    event = _event(text, "Ngày 30/5", orgs=("TAND TP Huế",))
    assert (event.kind, event.organizer) == ("trial", "TAND TP Huế")


def test_a_warrant_executed_is_an_investigation() -> None:
    text = (
        "Bắt giam\n\nNgày 30/5, Cơ quan An ninh điều tra Công an tỉnh Phú Yên đã thi hành lệnh bắt bị can để "
        "tạm giam đối với ông Lý Văn Năm."
    )
    event = _event(text, "Ngày 30/5", orgs=("Cơ quan An ninh điều tra Công an tỉnh Phú Yên",))
    assert (event.kind, event.organizer) == ("investigation", "Cơ quan An ninh điều tra Công an tỉnh Phú Yên")


def test_a_tai_inside_a_courts_name_is_no_venue() -> None:
    text = "Phúc thẩm\n\nSáng 30/5, TAND cấp cao tại Hà Nội mở phiên tòa phúc thẩm xét xử bị cáo Đinh Văn Sáu."
    event = _event(text, "Sáng 30/5", orgs=("TAND cấp cao tại Hà Nội",), places=("Hà Nội",))
    assert (event.organizer, event.location) == ("TAND cấp cao tại Hà Nội", None)


def test_two_bodies_that_jointly_organise() -> None:
    text = (
        "Hội thảo\n\nSáng 30/5, Bộ Công Thương và Ngân hàng Phát triển châu Á đồng tổ chức hội thảo về năng "
        "lượng tái tạo."
    )
    event = _event(text, "Sáng 30/5", orgs=("Bộ Công Thương", "Ngân hàng Phát triển châu Á"))
    assert event.organizer == "Bộ Công Thương"


def test_an_agency_dateline_gives_the_city() -> None:
    text = "Hội đàm\n\nCanberra, 30/5/2024 (TTXVN) - Chiều 30/5, Thủ tướng hội đàm với Thủ tướng nước chủ nhà."
    assert _event(text, "Chiều 30/5").location == "Canberra"
    text = "Hội đàm\n\n**Seoul, ngày 30/5 (TTXVN/Vietnam+) –** Chiều 30/5, hai Bộ trưởng đã hội đàm."
    assert _event(text, "Chiều 30/5", places=("Seoul",)).location == "Seoul"


def test_who_meets_at_a_summit_is_no_organiser() -> None:
    text = "Hội nghị\n\nSáng 30/5, Hội nghị Bộ trưởng Tài chính ASEAN lần thứ 28 khai mạc với sự tham dự của 10 nước."
    assert _event(text, "Sáng 30/5", orgs=("ASEAN",)).organizer is None


def test_a_bold_dated_lead_with_no_title_dates_the_event() -> None:
    text = (
        "**Sáng 30/5, UBND tỉnh Kiên Giang tổ chức Hội nghị xúc tiến đầu tư năm 2024 với hơn 400 đại biểu.**\n\n"
        "Chủ tịch UBND tỉnh chủ trì hội nghị."
    )
    event = _event(text, "Sáng 30/5", orgs=("UBND tỉnh Kiên Giang",))
    assert (event.kind, event.date, event.organizer) == ("conference", "XXXX-05-30", "UBND tỉnh Kiên Giang")


def test_a_planned_event_is_no_happening() -> None:
    hand = HandReport(
        "Đại hội Đảng bộ huyện sẽ diễn ra vào tháng 8\n\nTheo kế hoạch, Đại hội đại biểu Đảng bộ huyện lần thứ XXI "
        "sẽ diễn ra vào tháng 8. Các chi bộ đang chuẩn bị văn kiện."
    )
    assert hand.summary().event is None


def test_an_event_of_today_that_will_take_place_is_one() -> None:
    text = (
        "Công bố nghị quyết\n\nSáng nay (30/5), trên cả tỉnh sẽ đồng loạt diễn ra Lễ công bố các nghị quyết về "
        "sắp xếp đơn vị hành chính cấp xã."
    )
    assert _event(text, "30/5").kind == "ceremony"


def test_the_lead_gives_the_organiser_of_the_titles_event() -> None:
    text = (
        "Phiên tòa phúc thẩm vụ án đất đai ở Hòa Lạc\n\nSáng nay, TAND cấp cao tại Hà Nội tiếp tục phiên tòa phúc "
        "thẩm vụ án. Bị cáo Lã Văn Bảy xin giảm nhẹ hình phạt."
    )
    hand = HandReport(text)
    hand.organization("TAND cấp cao tại Hà Nội")
    event = hand.summary().event
    assert event is not None and (event.kind, event.organizer) == ("trial", "TAND cấp cao tại Hà Nội")


def test_the_people_of_an_earlier_happening_take_no_part() -> None:
    hand = HandReport(
        "Hội đàm\n\nChiều 30/5, Bộ trưởng Bộ Công Thương Lê Văn An hội đàm với Bộ trưởng Thương mại Singapore Tan "
        "Kim Lee. Hai bên nhất trí thúc đẩy thương mại. Trước đó, Phó Thủ tướng Đỗ Minh Khang đã tiếp Bộ trưởng "
        "Tan Kim Lee."
    )
    hand.official("Lê Văn An", ["Bộ trưởng Bộ Công Thương"], [])
    hand.official("Tan Kim Lee", ["Bộ trưởng Thương mại Singapore"], [])
    hand.official("Đỗ Minh Khang", ["Phó Thủ tướng"], ["chaired"])
    hand.date("Chiều 30/5", "XXXX-05-30")
    event = hand.summary().event
    assert event is not None and event.kind == "talks"
    assert [p.name for p in event.participants] == ["Lê Văn An", "Tan Kim Lee"]


def test_the_body_that_meets_after_hop() -> None:
    text = (
        "Họp Ban Chỉ đạo\n\nSáng 30/5, Phó Thủ tướng chủ trì họp trực tuyến toàn quốc Ban Chỉ đạo quốc gia về "
        "chuyển đổi số với các địa phương."
    )
    assert _event(text, "Sáng 30/5", orgs=("Ban Chỉ đạo quốc gia về chuyển đổi số",)).organizer == (
        "Ban Chỉ đạo quốc gia về chuyển đổi số"
    )
    text = "Làm việc\n\nSáng 30/5, Phó Thủ tướng làm việc với Tỉnh ủy Điện Biên về phát triển du lịch."
    assert _event(text, "Sáng 30/5", orgs=("Tỉnh ủy Điện Biên",)).organizer is None


def test_court_rulings_and_hearings_are_trials() -> None:
    for verb in ("tuyên y án", "xử phúc thẩm vụ án, tuyên", "tuyên"):
        text = f"Phúc thẩm\n\nSáng 30/5, TAND cấp cao tại Huế {verb} bị cáo Võ Văn Bảy 15 năm tù."
        event = _event(text, "Sáng 30/5", orgs=("TAND cấp cao tại Huế",))
        assert (event.kind, event.organizer, event.location) == ("trial", "TAND cấp cao tại Huế", None)


def test_an_indictment_is_an_investigation_step() -> None:
    text = "Truy tố\n\nNgày 30/5, VKSND tỉnh Quảng Trị đã ra cáo trạng truy tố 6 bị can về tội tham ô tài sản."
    event = _event(text, "Ngày 30/5", orgs=("VKSND tỉnh Quảng Trị",))
    assert (event.kind, event.organizer) == ("investigation", "VKSND tỉnh Quảng Trị")


def test_a_press_briefing_and_meetings_without_a_noun() -> None:
    text = "Dịch sởi\n\nChiều 30/5, Bộ Y tế tổ chức buổi cung cấp thông tin báo chí về dịch sởi."
    assert _event(text, "Chiều 30/5", orgs=("Bộ Y tế",)).kind == "press_conference"
    text = "Hội ý\n\nSáng 30/5, Thường trực Tỉnh ủy Lai Châu hội ý cho ý kiến về công tác cán bộ."
    assert _event(text, "Sáng 30/5").kind == "meeting"
    text = "Đối thoại\n\nSáng 30/5, Chủ tịch UBND tỉnh đối thoại với doanh nghiệp về thủ tục đầu tư."
    assert _event(text, "Sáng 30/5").kind == "meeting"
    text = "Thị sát\n\nSáng 30/5, Phó Thủ tướng thị sát công trường cầu Rạch Miễu 2."
    assert _event(text, "Sáng 30/5").kind == "inspection"


def test_a_consulates_city_is_a_fallback_venue() -> None:
    text = (
        "Thăm Tổng Lãnh sự quán\n\nChiều 30/5, Chủ tịch nước đã tới thăm cán bộ, nhân viên Tổng Lãnh sự quán "
        "Việt Nam tại Osaka."
    )
    event = _event(text, "Chiều 30/5", orgs=("Tổng Lãnh sự quán Việt Nam tại Osaka",))
    assert event.location == "Osaka"


def test_a_dated_sentence_of_an_event_to_come_leaves_the_titles_event_undated_by_it() -> None:
    text = (
        "Phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội\n\nKỳ họp thứ 5 dự kiến khai mạc ngày 22/5. Sáng 17/5, "
        "Ủy ban Thường vụ Quốc hội cho ý kiến về công tác chuẩn bị kỳ họp."
    )
    hand = HandReport(text)
    hand.organization("Ủy ban Thường vụ Quốc hội")
    hand.date("ngày 22/5", "XXXX-05-22")
    hand.date("Sáng 17/5", "XXXX-05-17")
    event = hand.summary().event
    assert event is not None and event.date == "XXXX-05-17"
    hand = HandReport(
        "Ngày mai công bố kết luận thanh tra\n\nNgày 30/5, đoàn thanh tra thành phố sẽ công bố kết luận thanh tra."
    )
    hand.date("Ngày 30/5", "XXXX-05-30")
    assert hand.summary().event is None


def test_a_plan_that_was_or_a_future_in_the_topic_leaves_the_event() -> None:
    text = (
        "Bầu cử\n\nCuộc bầu cử Tổng thống Haiti ban đầu dự kiến diễn ra vào tháng 3, nhưng bị hoãn. Ngày 30/5, "
        "ông Paul Moïse đã giành chiến thắng."
    )
    assert _event(text, "Ngày 30/5").kind == "election"
    text = (
        "Hội thảo\n\nGiữa tháng 5, tại Washington đã diễn ra cuộc hội thảo về việc những loại tên lửa nào Nga sẽ "
        "chế tạo trong 10 năm tới."
    )
    assert HandReport(text).summary().event is not None


def test_a_leaders_own_working_session_with_a_local_body_has_no_written_venue() -> None:
    # samples/gold/README.md, round 28: such a session's place is null when no venue is written (a delegation's is
    # its host's unit)
    text = "Làm việc\n\nChiều 30/5, Phó Chủ tịch UBND tỉnh đã có buổi làm việc với UBND huyện Tam Nông về thủy lợi."
    assert _event(text, "Chiều 30/5", orgs=("UBND huyện Tam Nông",)).location is None


def test_an_online_events_main_bridge_point_is_its_place() -> None:
    text = (
        "Tổng kết\n\nSáng 30/5, Bộ Nội vụ tổ chức Hội nghị tổng kết công tác. Hội nghị được tổ chức trực tuyến từ "
        "điểm cầu Hà Nội tới 63 điểm cầu các tỉnh, thành phố."
    )
    assert _event(text, "Sáng 30/5", orgs=("Bộ Nội vụ",), places=("Hà Nội",)).location == "Hà Nội"
    text = "Hội nghị\n\nSáng 30/5, Phó Thủ tướng chủ trì Hội nghị toàn quốc tại điểm cầu Trụ sở Chính phủ."
    assert _event(text, "Sáng 30/5").location == "Trụ sở Chính phủ"


def test_an_event_named_as_an_aim_or_a_landmark_is_not_the_happening() -> None:
    text = (
        "Thi đua chào mừng Đại hội\n\nKhắp các xã trong tỉnh sôi nổi phong trào thi đua chào mừng Đại hội đại biểu "
        "Đảng bộ tỉnh lần thứ XX. Nhiều công trình đã hoàn thành."
    )
    assert HandReport(text).summary().event is None
    text = (
        "Công viên ven sông\n\nSau 8 năm kể từ Lễ khởi công, công viên ven sông đã đón hàng nghìn lượt khách mỗi ngày."
    )
    assert HandReport(text).summary().event is None


def test_a_campaign_launched_is_an_event() -> None:
    text = "Ra quân\n\nSáng 30/5, Tỉnh đoàn ra quân chiến dịch Thanh niên tình nguyện hè chào mừng Đại hội Đoàn."
    assert _event(text, "Sáng 30/5").kind == "other"


def test_the_body_of_a_sitting_named_after_it_holds_it() -> None:
    text = "Họp\n\nChiều 30/5, phiên họp thường kỳ tháng 5 của Chính phủ bàn về tình hình kinh tế."
    assert _event(text, "Chiều 30/5", orgs=("Chính phủ",)).organizer == "Chính phủ"


def test_the_body_of_a_paper_the_meeting_discusses_is_no_organiser() -> None:
    text = "Họp\n\nChiều 30/5, phiên họp triển khai Kết luận của Bộ Chính trị về các dự án chậm tiến độ diễn ra."
    assert _event(text, "Chiều 30/5", orgs=("Bộ Chính trị",)).organizer is None
    text = "Hội nghị\n\nChiều 30/5, hội nghị góp ý dự thảo Nghị quyết của HĐND tỉnh về phí đỗ xe diễn ra."
    assert _event(text, "Chiều 30/5", orgs=("HĐND tỉnh",)).organizer is None


def test_a_type_word_in_lower_case_is_no_paper_and_keeps_the_organiser() -> None:
    # `điện`, `hướng dẫn` are type words of documents_kinds.tsv, but lower-case they name no paper
    text = "Khánh thành\n\nSáng 30/5, lễ khánh thành nhà máy thủy điện của Tập đoàn Điện lực Việt Nam đã diễn ra."
    assert _event(text, "Sáng 30/5", orgs=("Tập đoàn Điện lực Việt Nam",)).organizer == "Tập đoàn Điện lực Việt Nam"


def test_a_paper_in_lower_case_is_still_a_paper_of_its_body() -> None:
    # the press writes `nghị quyết`, `kết luận` in lower case: they are no common nouns, the body owns the paper
    text = "Hội nghị\n\nSáng 30/5, hội nghị quán triệt nghị quyết của Tỉnh ủy Hòa Phong về chuyển đổi số diễn ra."
    assert _event(text, "Sáng 30/5", orgs=("Tỉnh ủy Hòa Phong",)).organizer is None
    text = "Hội nghị\n\nChiều 30/5, hội nghị triển khai kết luận của Ban Thường vụ Huyện ủy Tân Lạc diễn ra."
    assert _event(text, "Chiều 30/5", orgs=("Ban Thường vụ Huyện ủy Tân Lạc",)).organizer is None


def test_the_first_of_two_bodies_joined_after_do_leads() -> None:
    text = "Hội thảo\n\nChiều 30/5, Hội thảo về nông sản do Bộ Công Thương và Hội Nông dân Việt Nam phối hợp tổ chức."
    orgs = ("Bộ Công Thương", "Hội Nông dân Việt Nam")
    assert _event(text, "Chiều 30/5", orgs=orgs).organizer == "Bộ Công Thương"
    text = "Hội thảo\n\nChiều 30/5, Hội thảo về nông sản do Bộ Công Thương phối hợp Hội Nông dân Việt Nam tổ chức."
    assert _event(text, "Chiều 30/5", orgs=orgs).organizer == "Bộ Công Thương"


def test_the_police_a_procuracy_and_a_court_take_a_case_s_steps() -> None:
    # the investigating bodies (investigating_body cues) count with the other case bodies (case_body cues)
    assert takes_case_steps("investigation", "Công an tỉnh Bình Phước")
    assert takes_case_steps("investigation", "Viện kiểm sát nhân dân huyện Tân Uyên")
    assert takes_case_steps("trial", "TAND tỉnh Long An")
    assert not takes_case_steps("investigation", "Sở Giáo dục và Đào tạo")


def test_a_lower_case_type_word_away_from_của_is_a_word_of_the_event() -> None:
    # `pháp luật`, `quyết định` hold type words, but lower case and not right before `của` they name no paper
    text = "Hội nghị\n\nSáng 30/5, hội nghị pháp luật của Sở Tư pháp Hòa Phong về đất đai diễn ra."
    assert _event(text, "Sáng 30/5", orgs=("Sở Tư pháp Hòa Phong",)).organizer == "Sở Tư pháp Hòa Phong"
    text = "Hội nghị\n\nSáng 30/5, hội nghị quyết định nhân sự của Tập đoàn Sông Lam đã diễn ra."
    assert _event(text, "Sáng 30/5", orgs=("Tập đoàn Sông Lam",)).organizer == "Tập đoàn Sông Lam"


def test_the_police_a_chief_speaks_for_took_the_case_step() -> None:
    text = (
        "Điều tra vụ đánh người\n\nChiều 30/5, Thượng tá Lê Văn Tư, Trưởng Công an huyện Long Phú cho biết, đơn vị "
        "đã phối hợp với chính quyền xã vào cuộc điều tra vụ việc."
    )
    orgs = ("Công an huyện Long Phú",)
    event = _event(text, "Chiều 30/5", orgs=orgs, officials=(("Lê Văn Tư", "Trưởng Công an huyện Long Phú"),))
    assert (event.kind, event.organizer) == ("investigation", "Công an huyện Long Phú")


def test_the_nearest_case_body_before_the_step_is_the_one() -> None:
    text = (
        "Điều tra\n\nChiều 30/5, Thượng tá Lê Văn Tư, Phó Giám đốc Công an tỉnh Sóc Trăng cho biết, lãnh đạo Công "
        "an huyện Long Phú đã chỉ đạo lực lượng hình sự vào cuộc điều tra vụ việc."
    )
    orgs = ("Công an tỉnh Sóc Trăng", "Công an huyện Long Phú")
    event = _event(text, "Chiều 30/5", orgs=orgs, officials=(("Lê Văn Tư", "Phó Giám đốc Công an tỉnh Sóc Trăng"),))
    assert (event.kind, event.organizer) == ("investigation", "Công an huyện Long Phú")


def test_a_body_that_takes_no_case_steps_is_not_read_before_the_step() -> None:
    text = (
        "Điều tra\n\nChiều 30/5, ông Lê Văn Tư, Giám đốc Sở Giáo dục tỉnh Tây Ninh cho biết, cơ quan chức năng "
        "đã vào cuộc điều tra vụ việc."
    )
    orgs = ("Sở Giáo dục tỉnh Tây Ninh",)
    event = _event(text, "Chiều 30/5", orgs=orgs, officials=(("Lê Văn Tư", "Giám đốc Sở Giáo dục tỉnh Tây Ninh"),))
    assert event.organizer is None


def test_a_case_still_going_on_gives_no_body_before_it() -> None:
    text = (
        "Điều tra\n\nChiều 30/5, Thượng tá Lê Văn Tư, Trưởng Công an huyện Long Phú cho biết, đơn vị đang điều tra "
        "vụ việc."
    )
    orgs = ("Công an huyện Long Phú",)
    event = _event(text, "Chiều 30/5", orgs=orgs, officials=(("Lê Văn Tư", "Trưởng Công an huyện Long Phú"),))
    assert event.organizer is None

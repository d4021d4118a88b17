"""The event's people, kind and chair on the constructions of 2023–2025 news (issue #14): one written
sentence per construction, in the shape of real leads; the entity sections are built by hand."""

from __future__ import annotations

import pytest

from tests.reporthelp import HandReport, summary_of
from vnreport.report.model import Event, Location, Role


def _event(
    text: str,
    date: str,
    officials: tuple[tuple[str, str], ...] = (),
    orgs: tuple[str, ...] = (),
    roles: dict[str, list[Role]] | None = None,
) -> Event | None:
    hand = HandReport(text)
    for org in orgs:
        hand.organization(org)
    for name, title in officials:
        hand.official(name, title.split("|"), (roles or {}).get(name, []))
    hand.date(date, "2024-05-30")
    return hand.summary().event


def _names(event: Event | None) -> tuple[list[str], list[str]]:
    assert event is not None
    return event.chaired, [p.name for p in event.participants]


# --- list headers -----------------------------------------------------------------------------------


def test_a_presidium_list_chairs_every_name() -> None:
    text = (
        "Đại hội\n\nSáng 30/5/2024, Đại hội đại biểu Đảng bộ tỉnh lần thứ XX khai mạc. Đoàn Chủ tịch Đại hội "
        "gồm các đồng chí: Hà Văn Khải - Bí thư Tỉnh ủy; Lò Thị Mai - Phó Bí thư Tỉnh ủy."
    )
    officials = (("Hà Văn Khải", "Bí thư Tỉnh ủy"), ("Lò Thị Mai", "Phó Bí thư Tỉnh ủy"))
    chair, people = _names(_event(text, "Sáng 30/5/2024", officials))
    assert chair == ["Hà Văn Khải", "Lò Thị Mai"]
    assert people == ["Hà Văn Khải", "Lò Thị Mai"]


def test_who_receives_a_delegation_hosts_and_who_joins_attends() -> None:
    text = (
        "Tiếp đoàn\n\nChiều 30/5/2024, Ủy ban nhân dân tỉnh tiếp Đoàn công tác của tỉnh bạn. Tiếp đoàn có đồng "
        "chí Vi Văn Toàn, Phó Chủ tịch UBND tỉnh. Cùng tiếp đoàn có ông Đinh Văn Sơn, Giám đốc Sở Ngoại vụ."
    )
    officials = (("Vi Văn Toàn", "Phó Chủ tịch UBND tỉnh"), ("Đinh Văn Sơn", "Giám đốc Sở Ngoại vụ"))
    chair, people = _names(_event(text, "Chiều 30/5/2024", officials))
    assert chair == ["Vi Văn Toàn"]
    assert people == ["Vi Văn Toàn", "Đinh Văn Sơn"]


def test_a_bridge_point_a_delegations_members_and_witnesses_attend() -> None:
    text = (
        "Hội nghị\n\nSáng 30/5/2024, Chính phủ tổ chức Hội nghị trực tuyến về phòng chống thiên tai. Tại điểm "
        "cầu tỉnh Hà Giang có đồng chí Lục Văn Hòa, Chủ tịch UBND tỉnh."
    )
    _, people = _names(_event(text, "Sáng 30/5/2024", (("Lục Văn Hòa", "Chủ tịch UBND tỉnh"),)))
    assert people == ["Lục Văn Hòa"]
    text = (
        "Làm việc\n\nSáng 30/5/2024, đoàn công tác của Bộ Xây dựng khảo sát nhà ở xã hội tại tỉnh. Thành viên Đoàn có "
        "ông Mạc Văn Lâm, Vụ trưởng Vụ Kế hoạch."
    )
    _, people = _names(_event(text, "Sáng 30/5/2024", (("Mạc Văn Lâm", "Vụ trưởng Vụ Kế hoạch"),)))
    assert people == ["Mạc Văn Lâm"]
    text = (
        "Ký kết\n\nSáng 30/5/2024, hai tập đoàn đã ký biên bản ghi nhớ hợp tác. Chứng kiến lễ ký có Phó Thủ "
        "tướng Tạ Văn Hòa."
    )
    event = _event(text, "Sáng 30/5/2024", (("Tạ Văn Hòa", "Phó Thủ tướng"),))
    assert event is not None and event.kind == "ceremony"
    assert _names(event)[1] == ["Tạ Văn Hòa"]


def test_don_of_a_thing_or_a_season_lists_no_welcomers() -> None:
    lead = (
        "Thăm chính thức\n\nChiều 30/5/2024, Chủ tịch nước Lê Văn Nam và đoàn đại biểu cấp cao đã đến Vientiane, "
        "bắt đầu chuyến thăm chính thức Lào. "
    )
    officials = (("Lê Văn Nam", "Chủ tịch nước"), ("Trần Văn Minh", "Thứ trưởng"), ("Phạm Thị Hoa", "Giám đốc Sở"))
    for sentence in (
        "Đón nhận kết quả này, có ý kiến của Thứ trưởng Trần Văn Minh cho rằng cần làm thêm.",
        "Đón Tết năm nay có Giám đốc Sở Phạm Thị Hoa cùng nhiều người dân.",
    ):
        _, people = _names(_event(lead + sentence, "Chiều 30/5/2024", officials))
        assert "Trần Văn Minh" not in people and "Phạm Thị Hoa" not in people, sentence


@pytest.mark.parametrize(
    "opening",
    [
        "Đón Chủ tịch nước và đoàn tại sân bay",  # the visitor by his title
        "Đón đồng chí Lê Văn Nam và đoàn tại sân bay",  # a person announced by an anchor and named
        "Đón ông Lê Văn Nam và đoàn tại sân bay",
        "Đón các vị khách tại sân bay",  # guests in the plural
    ],
)
def test_who_welcomes_a_visitor_or_guests_attends(opening: str) -> None:
    text = (
        "Thăm chính thức\n\nChiều 30/5/2024, Chủ tịch nước Lê Văn Nam và đoàn đại biểu cấp cao đã đến Vientiane, "
        f"bắt đầu chuyến thăm chính thức Lào. {opening} có Bộ trưởng Ngoại giao Lào Khamla Sone, Đại sứ Việt Nam "
        "tại Lào Trần Văn Minh."
    )
    officials = (
        ("Lê Văn Nam", "Chủ tịch nước"),
        ("Khamla Sone", "Bộ trưởng Ngoại giao Lào"),
        ("Trần Văn Minh", "Đại sứ Việt Nam tại Lào"),
    )
    _, people = _names(_event(text, "Chiều 30/5/2024", officials))
    assert "Khamla Sone" in people and "Trần Văn Minh" in people


def test_a_long_list_after_duoi_su_chu_tri_chairs_to_its_end() -> None:
    text = (
        "Hội nghị\n\nSáng 30/5/2024, dưới sự chủ trì của đồng chí Lê Văn An, Bí thư Tỉnh ủy và các đồng chí: "
        "Trần Văn Bảo, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh; Phạm Thị Cúc, Phó "
        "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Ngô Văn Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Ban Thường vụ "
        "Tỉnh ủy đã tổ chức hội nghị cho ý kiến về công tác cán bộ."
    )
    officials = (
        ("Lê Văn An", "Bí thư Tỉnh ủy"),
        ("Trần Văn Bảo", "Phó Bí thư Thường trực Tỉnh ủy|Trưởng Đoàn đại biểu Quốc hội tỉnh"),
        ("Phạm Thị Cúc", "Phó Bí thư Tỉnh ủy|Chủ tịch HĐND tỉnh"),
        ("Ngô Văn Dũng", "Phó Bí thư Tỉnh ủy|Chủ tịch UBND tỉnh"),
    )
    chair, _ = _names(_event(text, "Sáng 30/5/2024", officials))
    assert chair == ["Lê Văn An", "Trần Văn Bảo", "Phạm Thị Cúc", "Ngô Văn Dũng"]


# --- the chair of a reception and of a visit ----------------------------------------------------------


def test_the_guest_delegations_leader_attends_a_reception() -> None:
    text = (
        "Tiếp đoàn\n\nNgày 30/5/2024, tại Hà Nội, Phó Thủ tướng Đinh Quang Vĩnh đã tiếp Đoàn cán bộ của Bộ "
        "Thủy sản nước A do Bộ trưởng Khamla Sithong dẫn đầu, đang tìm hiểu nghề nuôi cá nước lạnh."
    )
    officials = (("Đinh Quang Vĩnh", "Phó Thủ tướng"), ("Khamla Sithong", "Bộ trưởng"))
    chair, people = _names(_event(text, "Ngày 30/5/2024", officials, roles={"Khamla Sithong": ["chaired"]}))
    assert chair == ["Đinh Quang Vĩnh"]
    assert people == ["Đinh Quang Vĩnh", "Khamla Sithong"]


def test_the_guest_of_a_courtesy_call_attends() -> None:
    text = "Tiếp\n\nSáng 30/5/2024, Chủ tịch UBND tỉnh Trần Thị Hạnh đã tiếp xã giao ông Kim Min-jun, Đại sứ Hàn Quốc."
    officials = (("Trần Thị Hạnh", "Chủ tịch UBND tỉnh"), ("Kim Min-jun", "Đại sứ Hàn Quốc"))
    chair, people = _names(_event(text, "Sáng 30/5/2024", officials))
    assert chair == ["Trần Thị Hạnh"]
    assert people == ["Trần Thị Hạnh", "Kim Min-jun"]


def test_who_makes_a_visit_leads_it() -> None:
    text = (
        "Dâng hương\n\nSáng 30/5/2024, đồng chí Vũ Văn Hải, Trưởng Ban Tổ chức Trung ương đã về dâng hương "
        "tại đình làng Phú Mỹ."
    )
    event = _event(text, "Sáng 30/5/2024", (("Vũ Văn Hải", "Trưởng Ban Tổ chức Trung ương"),))
    assert event is not None and event.kind == "visit"
    assert event.chaired == ["Vũ Văn Hải"]


def test_who_arrives_with_a_spouse_or_a_delegation_leads_the_visit() -> None:
    leads = (
        "Thủ tướng Lâm Quốc Bảo và phu nhân đã đến thủ đô Viêng Chăn, bắt đầu chuyến thăm cấp nhà nước.",
        "Thủ tướng Lâm Quốc Bảo và đoàn đại biểu cấp cao đã tới Chile, mở đầu chuyến thăm chính thức.",
    )
    for lead in leads:
        text = f"Thăm\n\nSáng 30/5/2024, {lead}"
        event = _event(text, "Sáng 30/5/2024", (("Lâm Quốc Bảo", "Thủ tướng"),))
        assert event is not None and event.kind == "visit", lead
        assert event.chaired == ["Lâm Quốc Bảo"], lead


def test_two_officials_joined_by_va_both_make_the_visit() -> None:
    text = (
        "Thăm\n\nChiều 30/5/2024, Phó Thủ tướng Lâm Quốc Bảo và Ủy viên Bộ Chính trị, Trưởng ban Dân vận Trung "
        "ương Hà Thị Lan đã đến thăm và tặng quà gia đình chính sách tại tỉnh Nam Định."
    )
    officials = (
        ("Lâm Quốc Bảo", "Phó Thủ tướng"),
        ("Hà Thị Lan", "Ủy viên Bộ Chính trị|Trưởng ban Dân vận Trung ương"),
    )
    event = _event(text, "Chiều 30/5/2024", officials)
    assert event is not None and event.kind == "visit"
    assert event.chaired == ["Lâm Quốc Bảo", "Hà Thị Lan"]


def test_who_goes_with_a_visitor_does_not_lead_the_visit() -> None:
    text = (
        "Thăm\n\nChiều 30/5/2024, Phó Thủ tướng Lâm Quốc Bảo cùng Thứ trưởng Hà Thị Lan đã đến thăm và tặng "
        "quà gia đình chính sách tại tỉnh Nam Định."
    )
    officials = (("Lâm Quốc Bảo", "Phó Thủ tướng"), ("Hà Thị Lan", "Thứ trưởng"))
    event = _event(text, "Chiều 30/5/2024", officials)
    assert event is not None and "Hà Thị Lan" not in event.chaired


def test_a_chair_list_where_one_name_carries_several_titles() -> None:
    text = (
        "Lễ ký\n\nChiều 30/5/2024, tại Hà Nội đã diễn ra lễ ký quy chế phối hợp. Chủ tịch Quốc hội Lâm Quốc "
        "Bảo, Thủ tướng Chính phủ Hà Văn Minh, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Bí thư Thành ủy "
        "TPHCM Đỗ Văn Tâm chủ trì lễ ký."
    )
    officials = (
        ("Lâm Quốc Bảo", "Chủ tịch Quốc hội"),
        ("Hà Văn Minh", "Thủ tướng Chính phủ"),
        ("Đỗ Văn Tâm", "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam|Bí thư Thành ủy TPHCM"),
    )
    chair, _ = _names(_event(text, "Chiều 30/5/2024", officials))
    assert chair == ["Lâm Quốc Bảo", "Hà Văn Minh", "Đỗ Văn Tâm"]


# --- events and kinds ---------------------------------------------------------------------------------


def test_a_police_action_is_an_investigation() -> None:
    for verb in ("bắt giữ", "bắt quả tang", "tạm giữ hình sự", "triệt phá đường dây ma túy của"):
        text = f"Bắt giữ\n\nNgày 30/5/2024, Công an xã Tân Lập {verb} hai đối tượng."
        event = _event(text, "Ngày 30/5/2024", orgs=("Công an xã Tân Lập",))
        assert event is not None and event.kind == "investigation", verb
        assert event.organizer == "Công an xã Tân Lập"


def test_questions_in_the_assembly_a_press_meeting_and_a_hall_session() -> None:
    text = (
        "Chất vấn\n\nSáng 30/5/2024, Bộ trưởng Lý Văn Minh trả lời đại biểu Quốc hội chất vấn về giá vé tàu ngày Tết."
    )
    event = _event(text, "Sáng 30/5/2024", (("Lý Văn Minh", "Bộ trưởng"),))
    assert event is not None and event.kind == "session"
    text = "Họp báo\n\nTrong cuộc gặp gỡ báo chí sáng 30/5/2024, Tổng cục Du lịch đã thông tin về mùa du lịch hè."
    event = _event(text, "sáng 30/5/2024")
    assert event is not None and event.kind == "press_conference"
    text = (
        "Tờ trình\n\nChiều 30/5/2024, tại hội trường Quốc hội, Bộ trưởng Bộ Giao thông Lê Văn Nam trình bày Tờ "
        "trình về dự án cầu vượt sông Mây."
    )
    event = _event(text, "Chiều 30/5/2024", (("Lê Văn Nam", "Bộ trưởng Bộ Giao thông"),))
    assert event is not None and event.kind == "session"


def test_a_leader_of_another_happening_of_the_story_attends() -> None:
    text = (
        "Ký kết\n\nNgày 30/5/2024, tại TP Vinh, Đài Truyền hình và UBND tỉnh đã ký kết chương trình hợp tác. Dự lễ "
        "có ông Lê Văn Khoa, Tổng Giám đốc Đài. Ông Lê Văn Khoa cho biết hai bên sẽ phối hợp chặt chẽ. Việc hợp "
        "tác giúp tuyên truyền tốt hơn. Đoàn công tác của Đài do ông Lê Văn Khoa làm trưởng đoàn đến thăm Đài tỉnh."
    )
    officials = (("Lê Văn Khoa", "Tổng Giám đốc Đài"),)
    chair, people = _names(_event(text, "Ngày 30/5/2024", officials, roles={"Lê Văn Khoa": ["chaired"]}))
    assert chair == []
    assert people == ["Lê Văn Khoa"]


def test_the_owner_of_a_working_group_does_not_chair_its_session() -> None:
    text = "Làm việc\n\nSáng 30/5/2024, Tổ công tác của Thủ tướng Lê Văn Phú làm việc với Bộ Nội vụ."
    chair, _ = _names(_event(text, "Sáng 30/5/2024", (("Lê Văn Phú", "Thủ tướng"),)))
    assert chair == []


def test_who_goes_on_running_a_congress_chairs_it() -> None:
    text = (
        "Đại hội\n\nSáng 30/5/2024, Đại hội đại biểu Đảng bộ thành phố khai mạc. Ông Trịnh Văn Hòa sẽ tiếp tục "
        "điều hành, chỉ đạo hết Đại hội."
    )
    chair, _ = _names(_event(text, "Sáng 30/5/2024", (("Trịnh Văn Hòa", "Bí thư Thành ủy"),)))
    assert chair == ["Trịnh Văn Hòa"]


def test_a_standing_committee_meets_and_a_district_holds_a_drill() -> None:
    text = "Họp\n\nChiều 30/5/2024, Ban Thường vụ Tỉnh ủy họp cho ý kiến về công tác cán bộ."
    event = _event(text, "Chiều 30/5/2024", orgs=("Ban Thường vụ Tỉnh ủy",))
    assert event is not None and event.kind == "meeting" and event.organizer == "Ban Thường vụ Tỉnh ủy"
    text = "Diễn tập\n\nSáng 30/5/2024, UBND huyện Kim Sơn tổ chức diễn tập khu vực phòng thủ."
    event = _event(text, "Sáng 30/5/2024", orgs=("UBND huyện Kim Sơn",))
    assert event is not None and event.kind == "other" and event.organizer == "UBND huyện Kim Sơn"


def test_a_report_or_a_letter_sent_is_the_news() -> None:
    text = (
        "Báo cáo\n\nBộ Xây dựng vừa có báo cáo gửi Thủ tướng về các dự án chậm tiến độ, tính từ ngày 30/5/2024 đến nay."
    )
    event = _event(text, "ngày 30/5/2024", orgs=("Bộ Xây dựng",))
    assert event is not None and event.kind == "directive"
    assert event.date is None  # the start of a period counted, not the day of the report


def test_a_hearing_is_a_session() -> None:
    text = "Điều trần\n\nNgày 30/5/2024, Bộ trưởng Tư pháp Mỹ điều trần tại Thượng viện về ngân sách."
    event = _event(text, "Ngày 30/5/2024")
    assert event is not None and event.kind == "session"


def test_a_chairing_cue_the_segmenter_cuts_otherwise_still_reads() -> None:
    text = (
        "Họp báo\n\nTại cuộc họp báo sáng 30/5/2024 dưới sự chủ trì của ông Lê Văn Tám - Phó Chủ tịch UBND tỉnh, "
        "các sở đã thông tin về vụ việc. Cuộc họp do ông Lê Văn Tám làm chủ trì cùng lãnh đạo các sở."
    )
    chair, _ = _names(_event(text, "sáng 30/5/2024", (("Lê Văn Tám", "Phó Chủ tịch UBND tỉnh"),)))
    assert chair == ["Lê Văn Tám"]


def test_a_chair_list_header_and_its_co_chairs() -> None:
    officials = (("Lò Văn Bình", "Bí thư Tỉnh ủy"), ("Vi Thị Hà", "Chủ tịch UBND tỉnh"))
    for header in ("Chủ trì Hội nghị có các đồng chí:", "Đồng chủ trì Hội nghị có các đồng chí:"):
        text = (
            f"Hội nghị\n\nSáng 30/5/2024, Tỉnh ủy tổ chức Hội nghị sơ kết. {header} Lò Văn Bình, Bí thư Tỉnh ủy; "
            "Vi Thị Hà, Chủ tịch UBND tỉnh."
        )
        chair, _ = _names(_event(text, "Sáng 30/5/2024", officials))
        assert chair == ["Lò Văn Bình", "Vi Thị Hà"], header


def test_an_opening_o_clause_gives_the_venue() -> None:
    text = "Diễn đàn\n\nNgày 30/5/2024, ở Hà Nội, Hiệp hội Doanh nghiệp tổ chức diễn đàn kết nối doanh nghiệp."
    hand = HandReport(text)
    hand.organization("Hiệp hội Doanh nghiệp")
    hand.location("Hà Nội")
    hand.date("Ngày 30/5/2024", "2024-05-30")
    event = hand.summary().event
    assert event is not None and event.location == "Hà Nội"


def test_an_art_programme_organised_is_an_event() -> None:
    text = (
        "Chương trình\n\nTối 30/5/2024, tại Nhà hát Lớn, Bộ Văn hóa phối hợp với Đài Truyền hình tổ chức chương "
        "trình nghệ thuật đặc biệt."
    )
    event = _event(text, "Tối 30/5/2024", orgs=("Bộ Văn hóa", "Đài Truyền hình"))
    assert event is not None and event.kind == "ceremony" and event.organizer == "Bộ Văn hóa"


def test_a_deputy_who_asks_a_question_speaks() -> None:
    text = (
        "Chất vấn\n\nChiều 30/5/2024, Bộ trưởng Lý Văn Minh trả lời đại biểu Quốc hội chất vấn về giá vé tàu. Đại biểu "
        "Đào Thị Hoa (Hà Giang) hỏi thêm về các chuyến tàu đêm."
    )
    officials = (("Lý Văn Minh", "Bộ trưởng"), ("Đào Thị Hoa", "Đại biểu Quốc hội"))
    heard: dict[str, list[Role]] = {"Lý Văn Minh": ["spoke"], "Đào Thị Hoa": ["spoke"]}  # the officials stage's
    _, people = _names(_event(text, "Chiều 30/5/2024", officials, roles=heard))
    assert people == ["Lý Văn Minh", "Đào Thị Hoa"]


def test_a_session_is_its_elected_bodys() -> None:
    text = (
        "Tờ trình\n\nChiều 30/5/2024, tại hội trường Quốc hội, Bộ trưởng Lê Văn Nam, thay mặt Chính phủ trình bày "
        "Tờ trình về dự án cầu vượt sông Mây. Buổi tối, đại biểu Quốc hội chia tổ bàn tiếp."
    )
    event = _event(text, "Chiều 30/5/2024", (("Lê Văn Nam", "Bộ trưởng"),), orgs=("Chính phủ", "Quốc hội"))
    assert event is not None and event.kind == "session"
    assert event.organizer == "Quốc hội"


def test_the_one_honoured_at_a_visit_takes_no_part() -> None:
    text = (
        "Viếng\n\nSáng 30/5/2024, đồng chí Lê Văn Hùng đã tới viếng Chủ tịch Trần Minh Khoa và dâng hương tại "
        "nghĩa trang xã Hòa Sơn."
    )
    officials = (("Lê Văn Hùng", "Bí thư Tỉnh ủy"), ("Trần Minh Khoa", "Chủ tịch"))
    _, people = _names(_event(text, "Sáng 30/5/2024", officials))
    assert "Trần Minh Khoa" not in people


def test_a_venue_ends_where_the_online_link_begins() -> None:
    text = (
        "Hội nghị\n\nSáng 30/5/2024, tại Hội trường Diên Hồng, Nhà Quốc hội và kết hợp trực tuyến với các địa "
        "phương, Chính phủ tổ chức Hội nghị toàn quốc."
    )
    hand = HandReport(text)
    hand.organization("Chính phủ")
    hand.date("Sáng 30/5/2024", "2024-05-30")
    event = hand.summary().event
    assert event is not None and event.location is not None
    assert event.location.startswith("Hội trường Diên Hồng") and "kết hợp" not in event.location


# --- a sitting's chair told later in the story --------------------------------------------------------


def test_who_concludes_a_sitting_later_in_the_story_chairs_it() -> None:
    text = (
        "Thảo luận\n\nSáng 30/5/2024, Quốc hội họp phiên toàn thể bàn dự án Luật Nuôi ong. Đại biểu Hà Minh "
        "Tâm phát biểu ý kiến. Ông Tâm hỏi về giống ong ngoại. Kết luận phiên họp, Phó Chủ tịch Quốc hội "
        "Đặng Quốc Bảo giao ban soạn thảo sửa lại chương hai."
    )
    officials = (("Hà Minh Tâm", "Đại biểu"), ("Đặng Quốc Bảo", "Phó Chủ tịch Quốc hội"))
    roles: dict[str, list[Role]] = {"Hà Minh Tâm": ["spoke"], "Đặng Quốc Bảo": ["chaired", "spoke"]}
    chair, people = _names(_event(text, "Sáng 30/5/2024", officials, roles=roles))
    assert chair == ["Đặng Quốc Bảo"]
    assert "Hà Minh Tâm" in people


def test_two_chairs_in_the_story_give_the_sitting_none() -> None:
    text = (
        "Họp\n\nSáng 30/5/2024, Ủy ban nhân dân tỉnh họp bàn về phòng chống bão. Ông Lý Văn Sơn kết luận cuộc "
        "họp. Sau đó, ông Mai Thế Vinh kết luận hội nghị của Sở Xây dựng."
    )
    officials = (("Lý Văn Sơn", "Chủ tịch UBND tỉnh"), ("Mai Thế Vinh", "Giám đốc Sở Xây dựng"))
    roles: dict[str, list[Role]] = {"Lý Văn Sơn": ["chaired"], "Mai Thế Vinh": ["chaired"]}
    chair, _ = _names(_event(text, "Sáng 30/5/2024", officials, roles=roles))
    assert chair == []
    # `Chiều cùng ngày, …` tells another happening of the story: its chair is not the sitting's
    chair, _ = _names(_event(text.replace("Sau đó", "Chiều cùng ngày"), "Sáng 30/5/2024", officials, roles=roles))
    assert chair == ["Lý Văn Sơn"]


def test_a_speech_word_written_as_a_noun_gives_no_speaker() -> None:
    text = (
        "Họp báo\n\nChiều 30/5/2024, Sở Tài nguyên tỉnh tổ chức họp báo. Giám đốc Sở Phan Văn Lộc chủ trì họp "
        "báo. Trước đó, ông Đỗ Minh Khang đã rút đơn yêu cầu xử lý vụ việc. Phó Chủ tịch tỉnh Vũ Thành Đạt đã "
        "ra văn bản yêu cầu Sở kiểm tra. Ông Phan Văn Lộc đã có những chia sẻ về vụ việc."
    )
    officials = (
        ("Phan Văn Lộc", "Giám đốc Sở"),
        ("Đỗ Minh Khang", "Trưởng phòng"),
        ("Vũ Thành Đạt", "Phó Chủ tịch tỉnh"),
    )
    event = _event(text, "Chiều 30/5/2024", officials)
    assert event is not None
    spoke = {p.name for p in event.participants if "spoke" in p.roles}
    assert "Vũ Thành Đạt" not in spoke and "Đỗ Minh Khang" not in spoke
    assert "Phan Văn Lộc" in spoke


def test_the_owner_of_a_visit_is_no_subject_of_a_meeting_within_it() -> None:
    text = (
        "Làm việc\n\nChiều 30/5/2024, trong khuôn khổ chuyến thăm Nhật Bản lần này của Chủ tịch nước Hồ Văn Quý, Bộ "
        "trưởng Bộ Tài chính Lâm Thị Yến và Bộ trưởng Tài chính Nhật Bản Taro Sato đã có buổi làm việc."
    )
    officials = (
        ("Hồ Văn Quý", "Chủ tịch nước"),
        ("Lâm Thị Yến", "Bộ trưởng Bộ Tài chính"),
        ("Taro Sato", "Bộ trưởng Tài chính Nhật Bản"),
    )
    _, people = _names(_event(text, "Chiều 30/5/2024", officials))
    assert "Hồ Văn Quý" not in people
    assert "Lâm Thị Yến" in people and "Taro Sato" in people


def test_who_leads_a_delegation_far_into_the_story_is_no_participant() -> None:
    filler = " ".join(f"Ý kiến thứ {n} được nêu tại buổi họp báo." for n in range(1, 11))
    text = (
        "Họp báo\n\nChiều 30/5/2024, Văn phòng Quốc hội tổ chức họp báo. Ông Lê Hữu Tín cho biết kỳ họp sẽ khai "
        f"mạc ngày 1/6. {filler} Ủy ban Thường vụ Quốc hội đồng ý giới thiệu ông Cao Văn Định làm trưởng đoàn "
        "đại biểu tỉnh."
    )
    officials = (("Lê Hữu Tín", "Phó Chủ nhiệm Văn phòng Quốc hội"), ("Cao Văn Định", "Bí thư Tỉnh ủy"))
    roles: dict[str, list[Role]] = {"Lê Hữu Tín": ["spoke"], "Cao Văn Định": ["chaired"]}
    _, people = _names(_event(text, "Chiều 30/5/2024", officials, roles=roles))
    assert people == ["Lê Hữu Tín"]


def test_a_later_sitting_of_the_same_sentence_names_its_body() -> None:
    text = (
        "Họp\n\nKết luận phần thảo luận về giá điện tại phiên họp Chính phủ thường kỳ sáng 30/5/2024, "
        "Thủ tướng Lâm Quốc Bảo yêu cầu các bộ khẩn trương hoàn thiện đề án."
    )
    event = _event(text, "sáng 30/5/2024", (("Lâm Quốc Bảo", "Thủ tướng"),), orgs=("Chính phủ",))
    assert event is not None and event.kind == "meeting"
    assert event.organizer == "Chính phủ"


def test_a_ministry_holding_the_handover_of_a_decision_is_a_ceremony() -> None:
    text = (
        "Nhân sự\n\nSáng 30/5/2024, Bộ Tư pháp tổ chức triển khai quyết định của Thủ tướng về nhân sự "
        "của Viện Khoa học pháp lý."
    )
    event = _event(text, "Sáng 30/5/2024", orgs=("Bộ Tư pháp",))
    assert event is not None and event.kind == "ceremony"
    assert event.organizer == "Bộ Tư pháp"


def test_a_leader_just_deciding_an_award_is_a_directive() -> None:
    text = (
        "Khen thưởng\n\nPhó Chủ tịch UBND tỉnh Hòa Lâm Lâm Quốc Bảo vừa quyết định tặng bằng khen cho "
        "12 người dân tham gia cứu hộ ngày 30/5/2024."
    )
    official = (("Lâm Quốc Bảo", "Phó Chủ tịch UBND tỉnh Hòa Lâm"),)
    event = _event(text, "ngày 30/5/2024", official, ("UBND tỉnh Hòa Lâm",))
    assert event is not None and event.kind == "directive"


def test_an_elected_body_just_adopting_a_proposal_is_a_directive() -> None:
    for verb in ("vừa biểu quyết thông qua", "vừa thông qua"):
        text = (
            f"Cơ chế đặc thù\n\nỦy ban Thường vụ Quốc hội {verb} đề xuất của Chính phủ về cơ chế cho tỉnh Hòa Lâm. "
            "Tờ trình được gửi ngày 30/5/2024."
        )
        event = _event(text, "ngày 30/5/2024", orgs=("Ủy ban Thường vụ Quốc hội", "Chính phủ"))
        assert event is not None and event.kind == "directive", verb
        assert event.organizer == "Ủy ban Thường vụ Quốc hội", verb
    text = "Kỳ họp\n\nSáng 30/5/2024, Quốc hội thảo luận và thông qua Luật Đường bộ."
    event = _event(text, "Sáng 30/5/2024", orgs=("Quốc hội",))
    assert event is not None and event.kind == "session"


def test_a_chief_executive_is_no_chair() -> None:
    text = (
        "Tiếp\n\nSáng 30/5/2024, Thủ tướng Lâm Quốc Bảo dự Hội nghị Xúc tiến đầu tư và tiếp ông Trần Minh Đức, "
        "Giám đốc điều hành Tập đoàn Sao Mai."
    )
    officials = (("Lâm Quốc Bảo", "Thủ tướng"), ("Trần Minh Đức", "Giám đốc điều hành Tập đoàn Sao Mai"))
    event = _event(text, "Sáng 30/5/2024", officials)
    assert event is not None
    assert "Trần Minh Đức" not in event.chaired


def test_whose_greetings_are_carried_is_not_at_the_reception() -> None:
    from vnreport.pipeline import analyze_text

    text = (
        "Tiếp Bộ trưởng Quốc phòng\n\n"
        "Chiều 30/5/2024, tại thủ đô Xanađu, Tổng thống Ali Hassan đã tiếp Đại tướng Trần Văn Hòa, Bộ trưởng Bộ "
        "Quốc phòng, trưởng đoàn công tác. Tại cuộc tiếp, Bộ trưởng Trần Văn Hòa vui mừng được sang thăm, gửi lời "
        "cảm ơn Tổng thống Ali Hassan đã tiếp đoàn và chuyển lời thăm hỏi của Tổng Bí thư Lê Văn Minh và Thủ tướng "
        "Phạm Văn Long tới Tổng thống."
    )
    event = summary_of(analyze_text(text)).event
    assert event is not None and event.kind == "reception"
    people = [p.name for p in event.participants]
    assert "Trần Văn Hòa" in people and "Ali Hassan" in people
    assert "Lê Văn Minh" not in people and "Phạm Văn Long" not in people


def test_only_a_greeting_noun_marks_whose_greetings_are_carried() -> None:
    from vnreport.summary.people import _conveyed

    def conveyed(text: str) -> bool:
        return _conveyed(text, text.rindex("Lê Văn An"))

    assert conveyed("đã chuyển lời thăm hỏi của đồng chí Tổng Bí thư Lê Văn An")
    assert conveyed("trao thư chúc mừng của Chủ tịch nước Lê Văn An")
    assert conveyed("gửi điện chia buồn của Thủ tướng Lê Văn An")
    assert not conveyed("Trợ lý, thư ký của Thủ tướng Lê Văn An")  # `thư ký`, a post
    assert not conveyed("tỉnh Điện Biên, đoàn công tác của Bộ trưởng Lê Văn An")  # a place
    assert not conveyed("Bí thư chúc mừng các em; đoàn của Bộ trưởng Lê Văn An")  # `Bí thư`, a post


# --- the chair's own role ---------------------------------------------------------------------------


def _chair_role(text: str, officials: tuple[tuple[str, str, list[Role]], ...]) -> dict[str, Role | None]:
    hand = HandReport(text)
    for name, title, roles in officials:
        hand.official(name, [title], roles)
    hand.date("Chiều 30/5/2024", "2024-05-30")
    hand.summary()
    return {o.name: o.role for o in hand.report.officials}


def test_the_chair_named_at_a_distance_keeps_the_role_of_their_own_words() -> None:
    # the role is what the words by their own mentions say (`cho biết`: spoke); the event's chair is apart
    text = (
        "Phiên họp\n\nChiều 30/5/2024, Ủy ban nhân dân tỉnh họp phiên thường kỳ tháng 5 dưới sự chủ trì của "
        "Chủ tịch UBND tỉnh Đoàn Minh Tâm. Chủ tịch Đoàn Minh Tâm cho biết tỉnh sẽ đẩy nhanh giải ngân vốn."
    )
    roles = _chair_role(text, (("Đoàn Minh Tâm", "Chủ tịch UBND tỉnh", ["spoke"]),))
    assert roles == {"Đoàn Minh Tâm": "spoke"}


def test_the_leader_of_a_visit_chairs_it_over_their_own_words() -> None:
    # who makes a visit leads it: the gold gives the visit's subject `chaired` (read sets 5 of 6, news corpus 28 of 33)
    text = (
        "Thăm\n\nChiều 30/5/2024, đồng chí Hồ Văn Lâm, Bí thư Tỉnh ủy đã đến thăm Khu công nghiệp Tây Bắc. "
        "Bí thư Hồ Văn Lâm cho biết tỉnh sẽ mở rộng khu công nghiệp."
    )
    roles = _chair_role(text, (("Hồ Văn Lâm", "Bí thư Tỉnh ủy", ["spoke"]),))
    assert roles == {"Hồ Văn Lâm": "chaired"}


def test_the_head_of_a_visiting_delegation_chairs_it_over_their_own_words() -> None:
    # `A và đoàn …` makes A the delegation's head, whom the gold's convention gives the role `chaired`
    text = (
        "Kết thúc chuyến thăm\n\nChiều 30/5/2024, Thủ tướng Lâm Quốc Bảo và đoàn đại biểu cấp cao đã rời "
        "Viêng Chăn, kết thúc chuyến thăm chính thức Lào. Thủ tướng Lâm Quốc Bảo cho biết hai bên sẽ mở thêm "
        "đường bay."
    )
    roles = _chair_role(text, (("Lâm Quốc Bảo", "Thủ tướng", ["spoke"]),))
    assert roles == {"Lâm Quốc Bảo": "chaired"}


# --- a working session framing the clause -----------------------------------------------------------


def test_who_works_with_a_body_in_the_sentences_frame_chairs() -> None:
    leads = (
        "Ngày 30/5/2024, làm việc với Quận ủy quận 5, Bí thư Thành ủy Trần Văn Lâm đã yêu cầu các sở giải "
        "trình việc chậm giải phóng mặt bằng.",
        "Tại buổi làm việc với Tỉnh đoàn chiều 30/5/2024, Bí thư Thành ủy Trần Văn Lâm đã nhấn mạnh việc "
        "tập hợp thanh niên.",  # a Youth Union body is a body, not a delegation
        "Tại buổi làm việc với Sở Xây dựng chiều 30/5/2024, Bí thư Thành ủy Trần Văn Lâm đã nhấn mạnh các "
        "ngành phải khẩn trương xây nhà ở xã hội.",
    )
    for lead in leads:
        day = "Ngày 30/5/2024" if lead.startswith("Ngày") else "chiều 30/5/2024"
        hand = HandReport("Làm việc\n\n" + lead)
        hand.official("Trần Văn Lâm", ["Bí thư Thành ủy"], [])
        hand.date(day, "2024-05-30")
        event = hand.summary().event
        assert event is not None and event.kind == "meeting"
        assert event.chaired == ["Trần Văn Lâm"]
        assert hand.report.officials[0].role == "chaired"  # the leader who works with a body chairs (gold 9 of 9)


def test_who_hosts_a_person_or_a_delegation_in_the_frame_does_not_chair() -> None:
    leads = (
        "Trong buổi làm việc với Thứ trưởng Lê Văn Bình chiều 30/5/2024, ông Trần Văn Hòa, Chủ tịch UBND "
        "quận 3, cho biết quận đã hoàn thành kế hoạch.",
        "Tại buổi làm việc với đoàn công tác Bộ Xây dựng chiều 30/5/2024, ông Trần Văn Hòa, Chủ tịch UBND "
        "quận 3, cho biết quận đã hoàn thành kế hoạch.",
    )
    for lead in leads:
        hand = HandReport("Làm việc\n\n" + lead)
        hand.official("Lê Văn Bình", ["Thứ trưởng"], [])
        hand.official("Trần Văn Hòa", ["Chủ tịch UBND quận 3"], [])
        hand.date("chiều 30/5/2024", "2024-05-30")
        event = hand.summary().event
        assert event is not None
        assert "Trần Văn Hòa" not in event.chaired


# --- another day of the story -----------------------------------------------------------------------


def _conference_with(second: str, day: str, value: str) -> list[str]:
    """The participants of a conference on 30/5/2024 whose story goes on with `second`, opened by the day `day`."""
    text = (
        "Hội nghị\n\nSáng 30/5/2024, UBND tỉnh tổ chức Hội nghị tổng kết công tác phòng chống thiên tai. "
        f"Ông Hà Văn Khải, Chủ tịch UBND tỉnh, phát biểu tại hội nghị. {second}"
    )
    officials = (("Hà Văn Khải", "Chủ tịch UBND tỉnh"), ("Lò Văn Dũng", "Giám đốc Sở Tài chính"))
    hand = HandReport(text)
    for name, title in officials:
        hand.official(name, [title], ["spoke"])
    hand.date("Sáng 30/5/2024", "2024-05-30")
    hand.date(day, value)
    event = hand.summary().event
    assert event is not None
    return [p.name for p in event.participants]


def test_a_speaker_in_a_sentence_dated_on_another_day_is_no_participant() -> None:
    second = "Ngày 12/3, ông Lò Văn Dũng, Giám đốc Sở Tài chính, cho biết tỉnh đã chi 5 tỷ đồng cho đê điều."
    assert _conference_with(second, "Ngày 12/3", "2024-03-12") == ["Hà Văn Khải"]
    framed = "Tại cuộc họp sáng 12/3, ông Lò Văn Dũng, Giám đốc Sở Tài chính, cho biết tỉnh đã chi 5 tỷ đồng."
    assert _conference_with(framed, "sáng 12/3", "2024-03-12") == ["Hà Văn Khải"]


def test_a_speaker_in_a_sentence_of_the_events_day_or_a_deadline_takes_part() -> None:
    same = "Sáng 30/5, ông Lò Văn Dũng, Giám đốc Sở Tài chính, cho biết tỉnh đã chi 5 tỷ đồng cho đê điều."
    assert _conference_with(same, "Sáng 30/5", "2024-05-30") == ["Hà Văn Khải", "Lò Văn Dũng"]
    deadline = "Từ ngày 1/9, ông Lò Văn Dũng, Giám đốc Sở Tài chính, cho biết tỉnh sẽ chi 5 tỷ đồng cho đê điều."
    assert _conference_with(deadline, "ngày 1/9", "2024-09-01") == ["Hà Văn Khải", "Lò Văn Dũng"]


def test_a_day_compared_with_is_no_other_happening() -> None:
    # `so với` (a `not_event_date` row, two words) makes the day a point of comparison, as for the event's date
    compared = "So với ngày 2/4, ông Lò Văn Dũng, Giám đốc Sở Tài chính, cho biết số hộ bị ngập đã giảm một nửa."
    assert _conference_with(compared, "ngày 2/4", "2024-04-02") == ["Hà Văn Khải", "Lò Văn Dũng"]


def test_whom_a_leader_meets_far_from_the_events_sentence_is_no_participant() -> None:
    text = (
        "Tiếp Đại sứ\n\nChiều 30/5/2024, Chủ tịch UBND tỉnh Hà Văn Khải tiếp Đại sứ Nhật Bản Kenji Sato. Hai bên "
        "trao đổi về hợp tác đầu tư. Đại sứ đánh giá cao môi trường đầu tư của tỉnh. Tỉnh có 20 dự án của Nhật "
        "Bản. Năm ngoái, ông Khải đã gặp Thống đốc Akira Mori tại Tokyo."
    )
    officials = (("Hà Văn Khải", "Chủ tịch UBND tỉnh"), ("Kenji Sato", "Đại sứ Nhật Bản"), ("Akira Mori", "Thống đốc"))
    hand = HandReport(text)
    for name, title in officials:
        hand.official(name, [title], [])
    hand.date("Chiều 30/5/2024", "2024-05-30")
    event = hand.summary().event
    assert event is not None and event.kind == "reception"
    assert [p.name for p in event.participants] == ["Hà Văn Khải", "Kenji Sato"]


# --- a spokesperson speaks for a body ----------------------------------------------------------------------


def _with_spokesperson(text: str, date: str) -> Event | None:
    officials = (("Hà Văn Khải", ["Chủ tịch UBND tỉnh"]), ("Mai Thu Lan", ["Người phát ngôn Bộ Ngoại giao"]))
    hand = HandReport(text)
    for name, titles in officials:
        hand.official(name, titles, ["spoke"])
    hand.date(date, "2024-05-30")
    return hand.summary().event


def test_a_spokesperson_quoted_about_the_event_is_no_participant() -> None:
    text = (
        "Hội nghị\n\nSáng 30/5/2024, UBND tỉnh tổ chức Hội nghị xúc tiến đầu tư. Ông Hà Văn Khải, Chủ tịch UBND "
        "tỉnh, phát biểu tại hội nghị. Người phát ngôn Bộ Ngoại giao Mai Thu Lan cho biết hội nghị có ý nghĩa lớn."
    )
    assert _names(_with_spokesperson(text, "Sáng 30/5/2024"))[1] == ["Hà Văn Khải"]


def test_a_spokesperson_at_their_own_press_conference_takes_part() -> None:
    text = (
        "Họp báo\n\nChiều 30/5/2024, Bộ Ngoại giao tổ chức họp báo thường kỳ. Người phát ngôn Bộ Ngoại giao Mai "
        "Thu Lan cho biết Chủ tịch UBND tỉnh Hà Văn Khải sẽ dẫn đoàn sang Lào."
    )
    event = _with_spokesperson(text, "Chiều 30/5/2024")
    assert event is not None and event.kind == "press_conference"
    assert "Mai Thu Lan" in _names(event)[1]


def test_the_candidate_of_a_public_vote_takes_no_part_in_it() -> None:
    text = (
        "Bầu cử\n\nNgày 30/5/2024, Tổng thống Aldo Ferrante đã tái đắc cử trong cuộc bầu cử Tổng thống "
        "với số phiếu cao."
    )
    event = _event(text, "Ngày 30/5/2024", (("Aldo Ferrante", "Tổng thống"),))
    assert event is not None and event.kind == "election"
    assert _names(event)[1] == []


@pytest.mark.parametrize(
    "turnout",
    ["tỷ lệ cử tri đi bầu đạt 68%", "tỷ lệ cử tri tham gia bầu cử đạt 68%", "khi 7 đảng tham gia bầu cử"],
)
def test_others_voting_in_a_public_vote_leave_its_candidate_out(turnout: str) -> None:
    text = f"Bầu cử\n\nNgày 30/5/2024, Tổng thống Aldo Ferrante đã tái đắc cử trong cuộc bầu cử Tổng thống, {turnout}."
    event = _event(text, "Ngày 30/5/2024", (("Aldo Ferrante", "Tổng thống"),))
    assert event is not None and event.kind == "election"
    assert _names(event)[1] == []


def test_who_a_council_elects_at_its_sitting_or_who_casts_a_vote_takes_part() -> None:
    elected = (
        "Bầu bổ sung\n\nNgày 30/5/2024, ông Mai Văn Lực, Giám đốc Sở Xây dựng, đã được HĐND tỉnh bầu giữ chức "
        "Phó Chủ tịch UBND tỉnh."
    )
    voted = (
        "Bầu cử\n\nNgày 30/5/2024, Chủ tịch nước Lê Văn Hòa đã bỏ phiếu bầu cử đại biểu Quốc hội tại khu vực "
        "bỏ phiếu số 4."
    )
    for text, name, title in [
        (elected, "Mai Văn Lực", "Giám đốc Sở Xây dựng"),
        (voted, "Lê Văn Hòa", "Chủ tịch nước"),
    ]:
        event = _event(text, "Ngày 30/5/2024", ((name, title),))
        assert event is not None and event.kind == "election"
        assert _names(event)[1] == [name]


@pytest.mark.parametrize(
    "act",
    ["đã thực hiện quyền bầu cử tại khu vực số 4", "đã tham gia bầu cử cùng cử tri phường Đông Sơn"],
)
def test_who_votes_in_a_public_vote_in_other_words_takes_part(act: str) -> None:
    text = f"Bầu cử\n\nNgày 30/5/2024, Tổng thống Aldo Ferrante {act}."
    event = _event(text, "Ngày 30/5/2024", (("Aldo Ferrante", "Tổng thống"),))
    assert event is not None and event.kind == "election"
    assert _names(event)[1] == ["Aldo Ferrante"]


def test_deputies_of_a_constituency_meeting_voters_take_part() -> None:
    text = (
        "Tiếp xúc cử tri\n\nNgày 30/5/2024, Chủ tịch Quốc hội Đào Văn Bình cùng các đại biểu Quốc hội đơn vị "
        "bầu cử số 2 tỉnh Hà Nam đã tiếp xúc cử tri huyện Kim Bảng."
    )
    _, people = _names(_event(text, "Ngày 30/5/2024", (("Đào Văn Bình", "Chủ tịch Quốc hội"),)))
    assert people == ["Đào Văn Bình"]


def _conference_at(place: str, level: str) -> Event | None:
    text = (
        f"Hội nghị\n\nSáng 30/5/2024, Hội nghị Tương lai châu Á lần thứ 30 khai mạc tại {place}. Thủ tướng "
        "Lê Văn Nam phát biểu tại phiên khai mạc."
    )
    hand = HandReport(text)
    hand.official("Lê Văn Nam", ["Thủ tướng"], ["chaired"])  # the officials stage saw him chair, elsewhere
    hand.report.locations.append(Location(name=place, level=level, mentions=hand.all(place)))  # type: ignore[arg-type]
    hand.date("Sáng 30/5/2024", "2024-05-30")
    return hand.summary().event


def test_a_leader_seen_chairing_chairs_a_sitting_at_home_not_one_abroad() -> None:
    assert _names(_conference_at("Đà Nẵng", "province"))[0] == ["Lê Văn Nam"]
    assert _names(_conference_at("Tokyo", "other"))[0] == []


def test_a_title_mention_two_officials_share_is_neither_ones() -> None:
    # the officials stage gave the same title mention to two officials: the title goes to its one holder, not
    # to whichever official came last
    from vnreport.report.model import Mention, OfficialTitle
    from vnreport.summary.people import _refs

    text = "Hội đàm\n\nSáng 30/5/2024, đoàn do đồng chí Lê Văn An, Chủ tịch Quốc hội nước bạn dẫn đầu đã hội đàm."
    hand = HandReport(text)
    at = hand.find("Chủ tịch Quốc hội")
    shared = Mention(text=at.text, start=at.start, end=at.end)
    hand.official("Lê Văn An", [], [])
    hand.official("Trần Văn Cường", [], [])
    hand.official("Phạm Văn Bình", ["Chủ tịch Quốc hội"], [])
    for official, country in zip(hand.report.officials[:2], ("Cuba", "Lào"), strict=False):
        official.titles = [OfficialTitle(text=f"Chủ tịch Quốc hội {country}", mentions=[shared])]
    sentence = next(s for p in hand.doc.paragraphs if p.kind == "body" for s in p.sentences)
    refs = {r.start: r.name for r in _refs(hand.doc, hand.report, sentence)}
    assert refs[at.start] == "Phạm Văn Bình"

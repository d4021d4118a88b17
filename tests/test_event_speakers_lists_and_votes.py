"""Round 11 of the event (issue #14): speakers named by `Theo …`, speech verbs, a list cue hidden by a
glued caption; one written sentence per construction, in the shape of real leads, the entity sections
built by hand."""

from __future__ import annotations

from tests.reporthelp import hand_event
from tests.test_event_people import _event
from vnreport.report.model import Event, Role


def _people(event: Event | None) -> list[str]:
    assert event is not None
    return [p.name for p in event.participants]


# --- `Theo <person>, …`: whose words the clause reports ----------------------------------------------


def test_a_clause_opened_by_theo_and_a_person_reports_their_words() -> None:
    text = (
        "Hội thảo\n\nSáng 30/5/2024, Sở Xây dựng tổ chức Hội thảo về nhà ở xã hội. Theo ông Trịnh Văn Lâm, "
        "Phó Giám đốc Sở Xây dựng, nguồn cung còn thiếu. Còn theo đại biểu Mạc Thị Hoa (huyện Đông), cần gỡ "
        "vướng về đất."
    )
    officials = (("Trịnh Văn Lâm", "Phó Giám đốc Sở Xây dựng"), ("Mạc Thị Hoa", "đại biểu"))
    # as the officials stage reads them
    heard: dict[str, list[Role]] = {"Trịnh Văn Lâm": ["spoke"], "Mạc Thị Hoa": ["spoke"]}
    event = _event(text, "Sáng 30/5/2024", officials, orgs=("Sở Xây dựng",), roles=heard)
    assert _people(event) == ["Trịnh Văn Lâm", "Mạc Thị Hoa"]
    assert event is not None and event.spoke == ["Trịnh Văn Lâm", "Mạc Thị Hoa"]


def test_theo_before_a_directive_or_inside_a_clause_names_no_speaker() -> None:
    text = (
        "Hội nghị\n\nSáng 30/5/2024, Ủy ban nhân dân tỉnh tổ chức Hội nghị về cải cách hành chính. Theo chỉ "
        "đạo của ông Kha Văn Tín, các sở phải nộp hồ sơ trước tháng 6. Cán bộ đi theo ông Lục Minh Đức kiểm tra "
        "bộ phận một cửa."
    )
    officials = (("Kha Văn Tín", "Chủ tịch UBND tỉnh"), ("Lục Minh Đức", "Giám đốc Sở Nội vụ"))
    assert _people(_event(text, "Sáng 30/5/2024", officials)) == []


def test_theo_after_a_glued_caption_opens_a_sentence() -> None:
    text = (
        "Thảo luận\n\nChiều 30/5/2024, Quốc hội thảo luận ở hội trường về dự án Luật Thủy lợi. Đại biểu Tạ Văn "
        "Hưng Theo đại biểu Tạ Văn Hưng, cần rà soát các quy định chồng chéo."
    )
    officials = (("Tạ Văn Hưng", "đại biểu"),)
    heard: dict[str, list[Role]] = {"Tạ Văn Hưng": ["spoke"]}  # as the officials stage reads them
    assert _people(_event(text, "Chiều 30/5/2024", officials, orgs=("Quốc hội",), roles=heard)) == ["Tạ Văn Hưng"]


# --- speech verbs ----------------------------------------------------------------------------------


def test_who_gives_an_opinion_or_admits_a_fault_spoke() -> None:
    text = (
        "Họp\n\nChiều 30/5/2024, Ban Kinh tế HĐND tỉnh họp thẩm tra các báo cáo. Bà Chu Thị Hằng, Phó Ban Kinh "
        "tế HĐND tỉnh có ý kiến: cần phân tích nguyên nhân. Ông Ninh Văn Bảo, Giám đốc Sở Tài chính cũng thừa "
        "nhận việc giải ngân chậm."
    )
    officials = (("Chu Thị Hằng", "Phó Ban Kinh tế HĐND tỉnh"), ("Ninh Văn Bảo", "Giám đốc Sở Tài chính"))
    # as the officials stage reads them
    heard: dict[str, list[Role]] = {"Chu Thị Hằng": ["spoke"], "Ninh Văn Bảo": ["spoke"]}
    event = _event(text, "Chiều 30/5/2024", officials, roles=heard)
    assert event is not None and event.spoke == ["Chu Thị Hằng", "Ninh Văn Bảo"]


# --- a list cue after a glued caption -------------------------------------------------------------------


def test_an_attendance_list_glued_to_a_caption_is_read() -> None:
    text = (
        "Đại hội\n\nSáng 30/5/2024, Chi đoàn Trung tâm tổ chức Đại hội nhiệm kỳ 2024 – 2027. Đồng chí Lưu Văn "
        "Khôi báo cáo tổng kết nhiệm kỳ 2022 – 2024 Tham dự Đại hội có đồng chí Ông Thị Lụa, Giám đốc Trung "
        "tâm; đồng chí Tống Văn Quế, Bí thư Đoàn Thanh niên Sở."
    )
    officials = (
        ("Lưu Văn Khôi", "Bí thư Chi đoàn"),
        ("Ông Thị Lụa", "Giám đốc Trung tâm"),
        ("Tống Văn Quế", "Bí thư Đoàn Thanh niên Sở"),
    )
    people = _people(_event(text, "Sáng 30/5/2024", officials))
    assert "Ông Thị Lụa" in people and "Tống Văn Quế" in people


def test_a_capitalised_word_inside_a_sentence_opens_no_list_without_its_co() -> None:
    text = (
        "Hội nghị\n\nSáng 30/5/2024, Sở Y tế tổ chức Hội nghị tổng kết. Ông Quách Văn Tư nhắc lại năm 2023 Dự "
        "án bệnh viện tỉnh hoàn thành, ông Hầu Văn Lực cảm thấy yên tâm."
    )
    officials = (("Quách Văn Tư", "Giám đốc Sở Y tế"), ("Hầu Văn Lực", "Trưởng phòng"))
    event = _event(text, "Sáng 30/5/2024", officials)
    assert event is not None and event.attended == []


# --- a page whose first line is its dated lead, no title ------------------------------------------------


def test_a_first_line_dated_in_words_is_the_lead_not_a_title() -> None:
    for opening in ("Ngày 30 tháng 5 năm 2024", "Thứ Năm, ngày 30/5/2024", "Sáng nay (30/5/2024)"):
        text = (
            f"**{opening}, Sở Tư pháp tỉnh tổ chức hội nghị tập huấn nghiệp vụ hộ tịch cho cán bộ cấp xã.**\n\n"
            "Dự hội nghị có ông Viên Văn Tường, Giám đốc Sở Tư pháp.\n\n"
            "Năm 2023, Sở đã tổ chức 12 hội nghị tập huấn khác."
        )
        date = opening.split(", ")[-1].removeprefix("Sáng nay (").removesuffix(")")
        event = _event(text, date, (("Viên Văn Tường", "Giám đốc Sở Tư pháp"),), orgs=("Sở Tư pháp tỉnh",))
        assert event is not None, opening
        assert event.kind == "conference" and event.date == "2024-05-30", opening
        assert event.organizer == "Sở Tư pháp tỉnh", opening


# --- the place of what came before the news ---------------------------------------------------------------


def _place(text: str, date: str, orgs: tuple[str, ...], places: tuple[str, ...]) -> str | None:
    return hand_event(text, date, "2024-05-30", orgs, places).location


def test_a_place_in_a_clause_of_what_came_before_is_not_the_events() -> None:
    text = (
        "Họp báo\n\nHai tuần sau khi Bộ trưởng yêu cầu rà soát lại cơ cấu, thành phần đoàn thể thao dự giải vô "
        "địch tại Thái Lan, sáng 30/5/2024, Cục Thể dục thể thao đã gặp mặt báo chí để thông tin."
    )
    assert _place(text, "sáng 30/5/2024", ("Cục Thể dục thể thao",), ("Thái Lan",)) is None


def test_a_place_after_the_event_word_past_a_clause_of_before_is_the_events() -> None:
    text = (
        "Hội đàm\n\nTối 30/5/2024, sau khi rời Paris tới Lyon, Thủ tướng Chính phủ đã có cuộc hội đàm với Thủ "
        "tướng Pháp tại Lyon."
    )
    assert _place(text, "Tối 30/5/2024", ("Chính phủ",), ("Paris", "Lyon")) == "Lyon"


def test_an_event_told_inside_the_clause_of_before_keeps_its_place() -> None:
    text = (
        "Hội nghị\n\nNgày 30/5/2024, sau khi dự Hội nghị cấp cao khu vực tại Singapore, Tổng thống Philippines "
        "cho biết ông đã gặp nhiều nhà lãnh đạo."
    )
    assert _place(text, "Ngày 30/5/2024", (), ("Singapore",)) == "Singapore"


# --- an ordinal written in words before the body that meets ----------------------------------------------


def test_the_body_after_an_ordinal_in_words_organises_its_meeting() -> None:
    for ordinal in ("lần thứ năm", "thứ hai"):
        text = (
            f"Bế mạc\n\nChiều 30/5/2024, Hội nghị {ordinal} Ban Chấp hành Đảng bộ tỉnh khóa XX đã họp phiên bế "
            "mạc tại Hội trường Tỉnh ủy."
        )
        event = _event(text, "Chiều 30/5/2024", orgs=("Ban Chấp hành Đảng bộ tỉnh",))
        assert event is not None and event.organizer == "Ban Chấp hành Đảng bộ tỉnh", ordinal


# --- a vote counted: the adopted document is the news, a vote on persons an election (README: Votes) ----------


def test_an_elected_bodys_passing_of_a_resolution_with_its_vote_counted_is_a_directive() -> None:
    text = (
        "Thông qua\n\nChiều 30/5/2024, với 92% đại biểu tán thành, Hội đồng nhân dân tỉnh đã thông qua Nghị quyết "
        "về bảng giá đất."
    )
    event = _event(text, "Chiều 30/5/2024", orgs=("Hội đồng nhân dân tỉnh",))
    assert event is not None and event.kind == "directive"
    assert event.organizer == "Hội đồng nhân dân tỉnh"


def test_a_counted_vote_that_elects_or_dismisses_a_person_is_an_election() -> None:
    for act in ("bầu", "miễn nhiệm", "phê chuẩn việc bổ nhiệm"):
        text = (
            f"Nhân sự\n\nChiều 30/5/2024, với 92% đại biểu tán thành, Hội đồng nhân dân tỉnh đã thông qua Nghị quyết "
            f"{act} ông Trần Văn Bình."
        )
        event = _event(text, "Chiều 30/5/2024", orgs=("Hội đồng nhân dân tỉnh",))
        assert event is not None and event.kind == "election", act


def test_deputies_who_agree_with_a_point_count_no_vote() -> None:
    text = (
        "Thảo luận\n\nChiều 30/5/2024, Quốc hội thông qua chương trình làm việc; các đại biểu tán thành với việc "
        "kéo dài kỳ họp thêm một ngày."
    )
    event = _event(text, "Chiều 30/5/2024", orgs=("Quốc hội",))
    assert event is not None and event.kind == "session"


# --- a speech verb inside a task asked of someone ---------------------------------------------------------


def test_who_asks_another_to_report_does_not_speak_by_that_report() -> None:
    text = (
        "Họp báo\n\nChiều 30/5/2024, UBND tỉnh tổ chức họp báo về vụ việc. Phó Thủ tướng Thái Văn Nghị đã "
        "ra 2 văn bản yêu cầu UBND tỉnh kiểm tra, xử lý và báo cáo kết quả. Ông Lâm Quốc Tuấn, Chánh Văn "
        "phòng UBND tỉnh cho biết đã xử lý kỷ luật hai công chức."
    )
    officials = (("Thái Văn Nghị", "Phó Thủ tướng"), ("Lâm Quốc Tuấn", "Chánh Văn phòng UBND tỉnh"))
    heard: dict[str, list[Role]] = {"Lâm Quốc Tuấn": ["spoke"]}  # as the officials stage reads them
    event = _event(text, "Chiều 30/5/2024", officials, orgs=("UBND tỉnh",), roles=heard)
    assert _people(event) == ["Lâm Quốc Tuấn"]


def test_who_reports_after_giving_a_direction_still_speaks_by_the_direction() -> None:
    text = (
        "Hội nghị\n\nSáng 30/5/2024, UBND tỉnh tổ chức Hội nghị về phòng chống bão. Chủ tịch UBND tỉnh Đàm Văn "
        "Hợi yêu cầu các sở khẩn trương rà soát và báo cáo trước ngày 5/6."
    )
    officials = (("Đàm Văn Hợi", "Chủ tịch UBND tỉnh"),)
    heard: dict[str, list[Role]] = {"Đàm Văn Hợi": ["spoke"]}  # as the officials stage reads them
    event = _event(text, "Sáng 30/5/2024", officials, orgs=("UBND tỉnh",), roles=heard)
    assert event is not None and event.spoke == ["Đàm Văn Hợi"]

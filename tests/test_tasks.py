"""Tasks: which ask cues make a task, who asks and who is told (vnreport/summary/tasks.py).

Each test is one construction, in sentences written for it."""

from __future__ import annotations

from tests.reporthelp import HandReport


def _rows(hand: HandReport) -> list[tuple[str | None, str, str | None, str]]:
    return [(t.by, t.verb, t.to, t.text) for t in hand.summary().tasks]


def test_a_proposal_is_no_task() -> None:
    # `đề xuất`: an investor's or a body's proposal, or the noun, asks no one
    text = (
        "Tuyến đường mới\n\nCông ty Cổ phần Xây dựng Minh Long đề xuất xây dựng một tuyến đường trên cao. "
        "Hàng loạt đề xuất như thu phí vào nội đô được đưa ra."
    )
    hand = HandReport(text)
    hand.organization("Công ty Cổ phần Xây dựng Minh Long")
    assert _rows(hand) == []


def test_kien_nghi_asks_only_whom_it_names() -> None:
    text = (
        "Quy hoạch khu du lịch\n\nDoanh nghiệp có kiến nghị gì thêm thì gửi về sở. "
        "Hiệp hội Du lịch tỉnh kiến nghị Bộ Xây dựng xem xét lại quy hoạch khu du lịch. "
        "Nhiều đại biểu kiến nghị nên cho phép tư nhân tham gia khai thác bến cảng."
    )
    hand = HandReport(text)
    hand.organization("Hiệp hội Du lịch tỉnh")
    hand.organization("Bộ Xây dựng")
    rows = _rows(hand)
    assert [(by, to) for by, _, to, _ in rows] == [("Hiệp hội Du lịch tỉnh", "Bộ Xây dựng"), ("Nhiều đại biểu", None)]
    assert rows[0][3] == "xem xét lại quy hoạch khu du lịch"
    assert rows[1][3].startswith("nên cho phép")


def test_a_call_on_others_is_a_task() -> None:
    text = (
        "Căng thẳng khu vực\n\nNgoại trưởng Lê Văn Ba kêu gọi các bên tăng cường đối thoại để giải quyết tranh chấp. "
        "Thủ tướng Trần Văn An hối thúc Nga sử dụng ảnh hưởng của mình để chấm dứt xung đột."
    )
    hand = HandReport(text)
    hand.official("Lê Văn Ba", ["Ngoại trưởng"], [])
    hand.official("Trần Văn An", ["Thủ tướng"], [])
    hand.location("Nga")
    rows = _rows(hand)
    assert rows[0][:3] == ("Lê Văn Ba", "kêu gọi", "các bên")
    assert rows[1][1:] == ("hối thúc", "Nga", "sử dụng ảnh hưởng của mình để chấm dứt xung đột")


def test_a_call_for_money_or_a_request_of_the_past_is_no_task() -> None:
    text = (
        "Du lịch tỉnh nhà\n\nTỉnh tập trung kêu gọi đầu tư vào các dự án du lịch ven biển. "
        "Ông Lê Văn Ba từng đề nghị các bộ nghiên cứu việc mở rộng cảng."
    )
    hand = HandReport(text)
    hand.official("Lê Văn Ba", ["Bộ trưởng"], [])
    assert _rows(hand) == []


def test_giao_handed_down_or_allocated_is_no_task() -> None:
    # a passive or relative clause (`do X giao cho`, `được X giao`), an allocation (`giao vốn`) and a junction
    text = (
        "Dự án khu công nghiệp\n\nDự án do UBND tỉnh Hòa Bình giao cho Tổng công ty Sông Đà thực hiện. "
        "Ngân hàng được Bộ Tài chính giao chỉ tiêu tăng trưởng tín dụng 10%. "
        "Phó Thủ tướng không hài lòng với tiến độ giao vốn đầu tư công. "
        "Cây cầu vượt tại nút giao Trường Chinh sẽ thông xe."
    )
    hand = HandReport(text)
    for body in ("UBND tỉnh Hòa Bình", "Tổng công ty Sông Đà", "Bộ Tài chính"):
        hand.organization(body)
    assert _rows(hand) == []


def test_a_body_after_the_noun_it_sets_asks_nothing() -> None:
    # `chỉ tiêu X giao`, `nhiệm vụ mà X giao`: a relative clause on what was set before, no request of the news
    text = (
        "Kinh tế quý ba\n\nNgành nông nghiệp sẽ hoàn thành chỉ tiêu Quốc hội giao trong năm nay. "
        "Công ty đã làm xong các nhiệm vụ mà Bộ Công Thương giao từ đầu năm."
    )
    hand = HandReport(text)
    for body in ("Quốc hội", "Bộ Công Thương"):
        hand.organization(body)
    assert _rows(hand) == []


def test_giao_nhiem_vu_cho_names_whom_it_tells() -> None:
    text = (
        "Họp giao ban\n\nChủ tịch UBND tỉnh Lê Văn Ba giao nhiệm vụ cho các sở, ngành sớm đánh giá hệ thống loa phường."
    )
    hand = HandReport(text)
    hand.official("Lê Văn Ba", ["Chủ tịch UBND tỉnh"], [])
    assert _rows(hand) == [("Lê Văn Ba", "giao", "các sở, ngành", "sớm đánh giá hệ thống loa phường")]


def test_a_body_named_after_the_verb_is_told_though_no_action_word_follows() -> None:
    text = (
        "Điều tra vụ việc\n\nPhó Thủ tướng Lê Văn Ba giao cho Thanh tra Chính phủ "
        "thanh tra hồ sơ đền bù của khu tái định cư. "
        "Bộ trưởng Trần Văn An đề nghị Bộ Tài chính là đầu mối của chương trình."
    )
    hand = HandReport(text)
    hand.official("Lê Văn Ba", ["Phó Thủ tướng"], [])
    hand.official("Trần Văn An", ["Bộ trưởng"], [])
    hand.organization("Thanh tra Chính phủ")
    hand.organization("Bộ Tài chính")
    rows = _rows(hand)
    assert rows[0] == ("Lê Văn Ba", "giao", "Thanh tra Chính phủ", "thanh tra hồ sơ đền bù của khu tái định cư")
    assert rows[1][2] is None  # `là`: no action of the body follows, so it is not read as the one told


def test_a_report_opening_a_sentence_does_not_go_on_the_task_list() -> None:
    text = (
        "Họp về trường mầm non\n\nChủ tịch UBND TP Lê Văn Ba yêu cầu các đơn vị liên quan xử lý nghiêm vụ việc. "
        "Báo cáo tại cuộc họp, ông Trần Văn An cho biết trường đã tạm dừng hoạt động."
    )
    hand = HandReport(text)
    hand.official("Lê Văn Ba", ["Chủ tịch UBND TP"], [])
    hand.official("Trần Văn An", ["Giám đốc Sở"], [])
    assert [t.text for t in hand.summary().tasks] == ["xử lý nghiêm vụ việc"]


def test_a_clause_after_a_semicolon_that_lists_nouns_stays_in_its_task() -> None:
    text = (
        "Vụ việc tại bệnh viện\n\nGiám đốc Sở Lê Văn Ba đề nghị bệnh viện cung cấp quy trình vận hành máy lọc nước; "
        "các mẫu nước để phục vụ giám định."
    )
    hand = HandReport(text)
    hand.official("Lê Văn Ba", ["Giám đốc Sở"], [])
    tasks = hand.summary().tasks
    assert len(tasks) == 1 and tasks[0].text.endswith("các mẫu nước để phục vụ giám định")


def test_an_action_verb_ends_the_one_told() -> None:
    # `tiến hành`, `khảo sát`, `vào cuộc` open the asked action: the recipient does not swallow them
    text = (
        "Rà soát dự án\n\nThứ trưởng Lê Văn Ba yêu cầu các hợp tác xã, trang trại tiến hành kiểm kê kho hàng tồn đọng. "
        "Thứ trưởng Lê Văn Ba đề nghị ngành công an vào cuộc điều tra vụ việc."
    )
    hand = HandReport(text)
    hand.official("Lê Văn Ba", ["Thứ trưởng"], [])
    assert [(t.to, t.text) for t in hand.summary().tasks] == [
        ("các hợp tác xã, trang trại", "tiến hành kiểm kê kho hàng tồn đọng"),
        ("ngành công an", "vào cuộc điều tra vụ việc"),
    ]


def test_the_body_a_paper_is_sent_to_is_told_not_asking() -> None:
    text = (
        "Xử lý vụ việc\n\nBộ Nội vụ đã có công văn gửi Sở Nội vụ Hà Nam yêu cầu kiểm tra việc tuyển dụng. "
        "Thứ trưởng Lê Văn Ba đã ký văn bản gửi UBND tỉnh Hà Nam để chỉ đạo giải quyết theo thẩm quyền."
    )
    hand = HandReport(text)
    hand.official("Lê Văn Ba", ["Thứ trưởng"], [])
    for body in ("Bộ Nội vụ", "Sở Nội vụ Hà Nam", "UBND tỉnh Hà Nam"):
        hand.organization(body)
    assert [(t.by, t.to, t.text) for t in hand.summary().tasks] == [
        ("Bộ Nội vụ", "Sở Nội vụ Hà Nam", "kiểm tra việc tuyển dụng"),
        ("Lê Văn Ba", "UBND tỉnh Hà Nam", "giải quyết theo thẩm quyền"),
    ]


def test_a_noun_or_ma_before_a_body_that_asks_is_a_request() -> None:
    # the relative marks of `chỉ tiêu X giao` are read for `giao` only: before `yêu cầu` the body asks
    text = (
        "Rà soát hồ sơ đất đai\n\nKhông chỉ kiểm tra mà UBND tỉnh còn yêu cầu các sở khẩn trương rà soát hồ sơ. "
        "Để thực hiện kế hoạch UBND tỉnh yêu cầu các huyện báo cáo trước ngày 15/7."
    )
    hand = HandReport(text)
    hand.organization("UBND tỉnh")
    assert [(by, to) for by, _, to, _ in _rows(hand)] == [("UBND tỉnh", "các sở"), ("UBND tỉnh", "các huyện")]


def test_a_clause_before_the_verb_is_no_asker() -> None:
    # lower-case verbs and adverbs before `yêu cầu` make it a noun of a clause, not a request by the words before
    text = (
        "Cải cách hành chính\n\nCông tác quản lý đất đai chưa đáp ứng kịp yêu cầu phát triển của địa phương. "
        "Đây chỉ là đề nghị của một nhóm chuyên gia về quy hoạch."
    )
    assert _rows(HandReport(text)) == []


def test_a_title_or_a_body_written_as_a_name_asks() -> None:
    """A guard, not a test of one change: a subject no entity covers still asks when its words name someone
    (capitals, the words of a name such as `tỉnh`); it passed before the in_name rule too."""
    text = (
        "Phòng chống hạn hán\n\nChủ tịch UBND tỉnh yêu cầu các sở tập trung chống hạn cho cây lúa. "
        "Nhiều đại biểu đề nghị Chính phủ xem xét hỗ trợ giống cho nông dân."
    )
    hand = HandReport(text)
    hand.organization("Chính phủ")
    rows = _rows(hand)
    assert [(by, to) for by, _, to, _ in rows] == [("Chủ tịch UBND tỉnh", "các sở"), ("Nhiều đại biểu", "Chính phủ")]


def test_the_aspect_word_after_a_subject_is_not_in_it() -> None:
    text = "Mở rộng sân bay\n\nThủ tướng đang giao Bộ Xây dựng nghiên cứu phương án mở rộng nhà ga."
    hand = HandReport(text)
    hand.organization("Bộ Xây dựng")
    assert [(by, to) for by, _, to, _ in _rows(hand)] == [("Thủ tướng", "Bộ Xây dựng")]


def test_people_named_by_their_village_or_quarter_ask() -> None:
    # a unit word of a place (`thôn`, `khu phố`) stands inside a subject that names people by where they live
    text = (
        "Sửa đường liên thôn\n\nNgười dân thôn Tân Hòa đề nghị UBND huyện sớm sửa con đường bị sạt lở. "
        "Cử tri khu phố Bình An kiến nghị UBND phường lắp thêm đèn chiếu sáng trên tuyến đường."
    )
    hand = HandReport(text)
    hand.organization("UBND huyện")
    hand.organization("UBND phường")
    assert [(by, to) for by, _, to, _ in _rows(hand)] == [
        ("Người dân thôn Tân Hòa", "UBND huyện"),
        ("Cử tri khu phố Bình An", "UBND phường"),
    ]


def test_a_requirement_met_is_no_request() -> None:
    # `đạt yêu cầu`: whether a work meets a requirement, the noun; the body after it still asks
    text = (
        "Dừng thi công\n\nCông trình của Công ty Hòa Bình không đạt yêu cầu phòng cháy nên Sở Xây dựng "
        "yêu cầu chủ đầu tư dừng thi công."
    )
    hand = HandReport(text)
    hand.organization("Công ty Hòa Bình")
    hand.organization("Sở Xây dựng")
    assert [(by, verb) for by, verb, _, _ in _rows(hand)] == [("Sở Xây dựng", "yêu cầu")]


def test_direction_and_management_is_a_noun() -> None:
    # `chỉ đạo điều hành`: the noun pair of a government's work, praised or reviewed, directs no one
    text = "Kỳ họp Quốc hội\n\nQuốc hội đánh giá cao Chính phủ trong công tác chỉ đạo điều hành năm qua."
    hand = HandReport(text)
    hand.organization("Quốc hội")
    hand.organization("Chính phủ")
    assert _rows(hand) == []


def test_the_recipient_ends_where_the_named_body_ends() -> None:
    # a lower-case word after the body named after the verb is its action, though the lexicon has no such word
    text = (
        "Chống buôn lậu\n\nUBND tỉnh Hòa Bình yêu cầu Cục Hải quan mở đợt cao điểm chống buôn lậu. "
        "UBND tỉnh Hòa Bình yêu cầu Sở Công Thương và các đơn vị liên quan phối hợp kiểm tra."
    )
    hand = HandReport(text)
    hand.organization("UBND tỉnh Hòa Bình")
    hand.organization("Cục Hải quan")
    hand.organization("Sở Công Thương")
    rows = _rows(hand)
    assert [(to, action) for _, _, to, action in rows] == [
        ("Cục Hải quan", "mở đợt cao điểm chống buôn lậu"),
        ("Sở Công Thương và các đơn vị liên quan", "phối hợp kiểm tra"),
    ]

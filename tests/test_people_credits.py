"""Bylines, photo credits and signature blocks (issue #12): who wrote, photographed or signed."""

from __future__ import annotations

from vnreport.extract.officials import extract_people
from vnreport.pipeline import analyze_text
from vnreport.segment.document import segment


def people(text: str) -> list[tuple[str, str]]:
    _, found = extract_people(segment(text))
    for person in found:
        for mention in person.mentions:
            assert text[mention.start : mention.end] == mention.text
    return [(p.name, p.kind) for p in found]


def test_a_name_alone_at_the_end_of_the_body_is_a_byline() -> None:
    text = "Tiêu đề\nMở đầu bài.\nThân bài kể việc đã làm. Hồ sơ phải xử lý không quá 2 ngày. Lâm Ngọc"
    assert people(text) == [("Lâm Ngọc", "byline")]


def test_two_authors_and_a_note_after_the_byline() -> None:
    text = "Tiêu đề\nMở đầu bài.\nThân bài kể việc đã làm. Hà Trang - Quốc Bảo (tổng hợp)"
    assert people(text) == [("Hà Trang", "byline"), ("Quốc Bảo", "byline")]
    text = "Tiêu đề\nMở đầu bài.\nThân bài kể việc đã làm. Theo Minh Thư (Báo Mới)"
    assert people(text) == [("Minh Thư", "byline")]


def test_two_pen_names_written_without_their_dash_are_two_authors() -> None:
    text = "Tiêu đề\nMở đầu bài.\nThân bài kể việc đã làm. Ngọc Hân Phạm Tú"
    assert people(text) == [("Ngọc Hân", "byline"), ("Phạm Tú", "byline")]


def test_a_four_syllable_name_with_a_middle_name_stays_one_author() -> None:
    text = "Tiêu đề\nMở đầu bài.\nThân bài kể việc đã làm. Nguyễn Thị Mai Hoa"
    assert people(text) == [("Nguyễn Thị Mai Hoa", "byline")]


def test_a_four_syllable_name_with_a_compound_surname_stays_one_author() -> None:
    # `Tôn Nữ` is one surname (names_compound_surnames.txt), not a pen name before `Lê Vy`
    text = "Tiêu đề\nMở đầu bài.\nThân bài kể việc đã làm. Tôn Nữ Lê Vy"
    assert people(text) == [("Tôn Nữ Lê Vy", "byline")]


def test_initials_as_a_byline() -> None:
    text = "Tiêu đề\nMở đầu bài.\nThân bài kể việc đã làm xong. K.Linh"
    assert people(text) == [("K.Linh", "byline")]


def test_a_place_or_a_sentence_ending_the_body_is_no_byline() -> None:
    assert people("Tiêu đề\nMở đầu bài.\nĐoàn đã về tới Hà Nội") == []
    assert people("Tiêu đề\nMở đầu bài.\nThân bài kể việc đã làm. Xin cảm ơn") == []


def test_a_byline_line_under_the_title() -> None:
    text = "Tiêu đề của bài\n\nThu Hà\nSáng 3/4, tại Hà Nội, hội nghị đã khai mạc với nhiều nội dung quan trọng."
    assert people(text) == [("Thu Hà", "byline")]


def test_photo_credits_stop_at_the_outlet_and_the_next_sentence() -> None:
    text = (
        "Quang cảnh hội nghị. (Ảnh: Minh Đức/TTXVN) Hội nghị diễn ra trong hai ngày. "
        "Đại biểu tham quan. Ảnh: Ngọc Lan Tham dự buổi lễ có nhiều khách mời. "
        "Lễ ký kết. Ảnh: Hữu Tâm Tổng kinh phí là 3 tỷ đồng. Cảnh đẹp. Ảnh: T.V"
    )
    assert people(text) == [
        ("Minh Đức", "credit"),
        ("Ngọc Lan", "credit"),
        ("Hữu Tâm", "credit"),
        ("T.V", "credit"),
    ]


def test_an_agency_or_an_archive_credited_is_no_person() -> None:
    assert people("Cảnh hội nghị. Ảnh: AFP. Người dân xếp hàng. Ảnh: Tư liệu") == []


def test_a_credit_with_a_prefix_for_text_and_photos() -> None:
    text = "Tiêu đề\nMở đầu bài.\nThân bài kể việc đã làm. Bài và ảnh: Quốc Hưng (TTXVN)"
    assert people(text) == [("Quốc Hưng", "byline")]


def test_signature_block_of_a_law_gives_an_official_who_signed() -> None:
    text = (
        "LUẬT\nĐiều 1. Phạm vi điều chỉnh\nLuật này quy định về thuế.\n"
        "Luật này đã được Quốc hội thông qua ngày 18 tháng 6 năm 2012.\n\n"
        "CHỦ   TỊCH QUỐC HỘI\n\n\n   Nguyễn Văn Hòa\n"
    )
    found, others = extract_people(segment(text))
    assert others == []
    assert [(o.name, [t.text for t in o.titles], o.role) for o in found] == [
        ("Nguyễn Văn Hòa", ["CHỦ   TỊCH QUỐC HỘI"], "signed")
    ]


def test_signature_block_signed_for_a_body() -> None:
    text = (
        "QUYẾT ĐỊNH\nĐiều 1. Phê duyệt kế hoạch.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Bình\n"
    )
    found, others = extract_people(segment(text))
    assert others == []
    assert [(o.name, [t.text for t in o.titles], o.role) for o in found] == [
        ("Trần Văn Bình", ["PHÓ CHỦ TỊCH"], "signed")
    ]


def test_a_lone_anchor_at_a_cut_end_is_no_person() -> None:
    text = "Danh sách\nCác đồng chí được bầu.\n6 - Ông Lê Văn Hải, Bí thư Huyện ủy.\n\n7 - Ông"
    assert people(text) == []


def test_a_name_stops_before_a_word_that_runs_on_in_lower_case() -> None:
    text = "Đoàn làm việc với ông Phạm Văn Tường Tổng mức đầu tư còn thấp."
    assert people(text) == [("Phạm Văn Tường", "person")]


def test_a_byline_with_a_trailing_dash_or_written_twice() -> None:
    text = "Tiêu đề\nMở đầu bài.\nThân bài kể việc đã làm. Trọng Nhân -"
    assert people(text) == [("Trọng Nhân", "byline")]
    text = "Tiêu đề\nMở đầu bài.\nThân bài kể việc đã làm. Bình Minh/VOV.VN Bình Minh/VOV.VN"
    assert people(text) == [("Bình Minh", "byline")]


def test_a_photographer_named_without_marks_is_a_person() -> None:
    # `Quang Huy` is Vietnamese syllables without their marks, not a foreign agency like `Getty`.
    text = "Tiêu đề\nMở đầu bài.\nÔng A phát biểu tại hội nghị. Ảnh: Quang Huy\nThân bài tiếp tục kể việc."
    assert ("Quang Huy", "credit") in people(text)


def test_a_reporter_or_editor_prefix_opens_a_byline_not_an_outlet() -> None:
    text = "Sáng 7/4, UBND xã Hòa Bình ra quân dọn vệ sinh.\n\nBTV Thu Hà\n\nPV Quốc Khánh - Đức Long"
    assert {name for name, _ in people(text)} >= {"Thu Hà", "Quốc Khánh", "Đức Long"}
    found = analyze_text(text).organizations
    assert [o.name for o in found] == ["UBND xã Hòa Bình"]


def test_a_byline_above_the_page_tail_and_before_its_date() -> None:
    text = (
        "Chiều 9/6, Hội Cựu chiến binh xã Hòa Bình tổng kết năm.\n\nĐăng Khoa - 09/06/2025, 16:40\n\n"
        "Lượt xem: 120\n\nTin khác\n\nNông dân Hòa Bình vào vụ mới"
    )
    assert ("Đăng Khoa", "byline") in people(text)


def test_a_reader_signs_a_letter_with_a_long_address() -> None:
    text = (
        "Tiêu đề\nMở đầu bài.\nBạn đọc mong các cơ quan sớm giải quyết việc này. "
        "TRẦN MINH HẢI (Phố Hàng Gà, phường Hàng Bồ, quận Hoàn Kiếm, Hà Nội)"
    )
    assert people(text) == [("TRẦN MINH HẢI", "byline")]


def test_joined_initials_end_at_their_dot_before_the_next_sentence() -> None:
    # `N.S.` then a space: the dot closes the credit, and `Theo` opens the next sentence; a single letter's dot
    # and a space still lead to the given name (`Tr. Hùng`). The last letter keeps its own dot, as written (round
    # 33: the gold writes people as written, `N.S.`).
    text = "Học sinh trong lớp. Ảnh: N.S. Theo chị Lan, trường đã báo cáo."
    assert people(text) == [("N.S.", "credit"), ("Lan", "person")]  # `chị Lan`: a given name after a kin word
    text = "Các đại biểu thảo luận. Ảnh: H.Q. Thủ tướng đồng ý với đề xuất."
    assert people(text) == [("H.Q.", "credit")]
    text = "Đoàn khảo sát thực tế. Ảnh: Tr. Hùng Theo kế hoạch, đoàn làm việc hai ngày."
    assert people(text) == [("Tr. Hùng", "credit")]

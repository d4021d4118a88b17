from __future__ import annotations

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def officials(text: str) -> dict:
    found, _ = extract_people(segment(text))
    for official in found:
        for mention in official.mentions:
            assert text[mention.start : mention.end] == mention.text
        for title in official.titles:
            for mention in title.mentions:
                assert text[mention.start : mention.end] == mention.text
    return {o.name: o for o in found}


def titles(text: str, name: str) -> list[str]:
    return [t.text for t in officials(text)[name].titles]


def test_title_before_name_stops_at_the_place() -> None:
    text = "Phó Chủ tịch UBND tỉnh Nghệ An Lê Văn Thành chủ trì buổi làm việc."
    assert titles(text, "Lê Văn Thành") == ["Phó Chủ tịch UBND tỉnh Nghệ An"]
    assert officials(text)["Lê Văn Thành"].titles[0].organization == "UBND tỉnh Nghệ An"


def test_name_then_titles_after_a_dash() -> None:
    text = (
        "Đồng chí Nguyễn Thị Tuyến - Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Thành ủy Hà Nội chủ trì Hội nghị."
    )
    assert titles(text, "Nguyễn Thị Tuyến") == ["Ủy viên Trung ương Đảng", "Phó Bí thư Thường trực Thành ủy Hà Nội"]
    assert officials(text)["Nguyễn Thị Tuyến"].role == "chaired"


def test_attendee_list_with_semicolons() -> None:
    text = (
        "Dự hội nghị có các đồng chí: Nguyễn Văn Phong - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; "
        "Trần Thị Minh Hằng - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; "
        "Lê Quang Vinh - Ủy viên BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy."
    )
    found = officials(text)
    assert list(found) == ["Nguyễn Văn Phong", "Trần Thị Minh Hằng", "Lê Quang Vinh"]
    assert [t.text for t in found["Trần Thị Minh Hằng"].titles] == [
        "Phó Bí thư Thường trực Tỉnh ủy",
        "Chủ tịch HĐND tỉnh",
    ]
    assert all(o.role == "attended" for o in found.values())


def test_ong_ba_with_comma_title_and_speech_verb() -> None:
    text = "Bà Trần Thị Thu Hà, Phó Giám đốc Sở Y tế, cho biết ngành y tế đã chuẩn bị đủ thuốc."
    found = officials(text)
    assert [t.text for t in found["Trần Thị Thu Hà"].titles] == ["Phó Giám đốc Sở Y tế"]
    assert found["Trần Thị Thu Hà"].role == "spoke"


def test_rank_before_and_post_after() -> None:
    text = "Thiếu tướng Nguyễn Văn Hùng, Giám đốc Công an tỉnh Thanh Hóa phát biểu tại buổi lễ."
    assert titles(text, "Nguyễn Văn Hùng") == ["Thiếu tướng", "Giám đốc Công an tỉnh Thanh Hóa"]


def test_chained_titles_before_a_name_and_organisation_with_a_comma() -> None:
    text = "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng dự lễ khai mạc."
    assert titles(text, "Nguyễn Văn Hùng") == ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"]


def test_later_short_mentions_merge_into_one_person() -> None:
    text = (
        "Chủ tịch UBND tỉnh Hà Tĩnh Võ Minh Hải kiểm tra công trình. "
        "Ông Hải yêu cầu nhà thầu bảo đảm tiến độ. Theo ông Hải, công trình phải xong trong tháng 12."
    )
    found = officials(text)
    assert list(found) == ["Võ Minh Hải"]
    assert [m.text for m in found["Võ Minh Hải"].mentions] == ["Võ Minh Hải", "Hải", "Hải"]
    assert found["Võ Minh Hải"].titles[0].text == "Chủ tịch UBND tỉnh Hà Tĩnh"


def test_former_title_and_honorific_are_kept_apart() -> None:
    text = "PGS.TS Nguyễn Văn An, nguyên Bộ trưởng Bộ Y tế, phát biểu tại hội thảo."
    found = officials(text)["Nguyễn Văn An"]
    assert found.honorifics == ["PGS.TS"]
    assert [(t.text, t.current) for t in found.titles] == [("Bộ trưởng Bộ Y tế", False)]


def test_new_style_tone_marks_match_titles() -> None:
    text = "Đồng chí Hoàng Văn Nam, Phó Bí thư Tỉnh uỷ Thanh Hoá, phát biểu chỉ đạo."
    assert titles(text, "Hoàng Văn Nam") == ["Phó Bí thư Tỉnh uỷ Thanh Hoá"]


def test_people_without_titles_and_anonymised_defendants_are_not_officials() -> None:
    text = "Bị cáo Nguyễn Văn A. bị tuyên phạt 5 năm tù. Anh Nguyễn Văn Bình, tiểu thương ở chợ, cho biết giá tăng."
    found, people = extract_people(segment(text))
    assert found == []
    kinds = {p.name: p.kind for p in people}
    assert kinds == {"Nguyễn Văn A.": "anonymised", "Nguyễn Văn Bình": "person"}


def test_streets_and_places_are_not_people() -> None:
    text = "Tuyến đường Lê Lợi qua Hà Nội và tỉnh Hà Tĩnh được mở rộng, gần Trường THPT Chu Văn An."
    found, people = extract_people(segment(text))
    assert found == [] and people == []


def test_byline_is_a_person_not_an_official(hanoi_text: str) -> None:
    found, people = extract_people(segment(hanoi_text))
    assert [(p.name, p.kind) for p in people] == [("Mạnh Quân", "byline")]
    assert {o.name: o.role for o in found} == {
        "Nguyễn Thị Tuyến": "chaired",
        "Nguyễn Lan Hương": "attended",
        "Đỗ Anh Tuấn": "attended",
        "Lê Hồng Sơn": "attended",
    }


def test_byline_with_prefix_and_two_authors() -> None:
    text = "Tiêu đề bài viết\n\nNội dung bài viết có một câu.\n\nBài, ảnh: Hồng Quân – Thu Phương"
    _, people = extract_people(segment(text))
    assert [(p.name, p.kind) for p in people] == [("Hồng Quân", "byline"), ("Thu Phương", "byline")]


def test_anonymised_names_need_no_anchor() -> None:
    text = "Cơ quan công an bắt giữ thêm Lương Thị H. (35 tuổi) và Nông Văn K. (29 tuổi)."
    _, people = extract_people(segment(text))
    assert [(p.name, p.kind) for p in people] == [("Lương Thị H.", "anonymised"), ("Nông Văn K.", "anonymised")]


def test_a_title_running_into_the_next_name_is_that_persons() -> None:
    text = "Dự có Bộ trưởng Bộ Tài chính Đinh Tiến Dũng, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng."
    found = officials(text)
    assert [t.text for t in found["Đinh Tiến Dũng"].titles] == ["Bộ trưởng Bộ Tài chính"]
    assert [t.text for t in found["Nguyễn Chí Dũng"].titles] == ["Bộ trưởng Bộ Kế hoạch và Đầu tư"]


def test_organisation_stops_at_a_role_verb_and_a_dangling_tai() -> None:
    text = "Đồng chí Nguyễn Long Hải, Chủ nhiệm Ủy ban Kiểm tra Trung ương Đoàn chủ trì tại hội nghị."
    assert titles(text, "Nguyễn Long Hải") == ["Chủ nhiệm Ủy ban Kiểm tra Trung ương Đoàn"]


def test_foreign_name_after_a_title_and_a_country() -> None:
    text = "Thủ tướng Nhật Bản Shinzo Abe hội kiến Đại sứ Mikkel Sørensen."
    found = officials(text)
    assert [t.text for t in found["Shinzo Abe"].titles] == ["Thủ tướng Nhật Bản"]
    assert [t.text for t in found["Mikkel Sørensen"].titles] == ["Đại sứ"]


def test_ho_chi_minh_is_a_person_after_a_title_and_a_city_after_its_unit_word() -> None:
    text = "Thực hiện lời dạy của Chủ tịch Hồ Chí Minh, Chủ tịch UBND TP Hồ Chí Minh Nguyễn Văn Được phát biểu."
    found = officials(text)
    assert [t.text for t in found["Hồ Chí Minh"].titles] == ["Chủ tịch"]
    assert [t.text for t in found["Nguyễn Văn Được"].titles] == ["Chủ tịch UBND TP Hồ Chí Minh"]


def test_ho_chi_minh_inside_an_organisation_name_is_part_of_it() -> None:
    text = "Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh Trần Quang Khải trình bày báo cáo."
    assert titles(text, "Trần Quang Khải") == ["Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"]


def test_a_lower_case_word_right_after_a_title_head_ends_the_title() -> None:
    text = "Chủ tịch tỉnh Lê Văn Hòa kiểm tra. Phó Thủ tướng vụ Sơn Trà được nhắc lại."
    assert titles(text, "Lê Văn Hòa") == ["Chủ tịch tỉnh"]
    assert "Sơn Trà" not in officials(text)


def test_chains_with_hien_la_hyphenated_codes_and_kiem() -> None:
    text = (
        "Trách nhiệm thuộc về đồng chí Cầm Văn Thiêm, nguyên Chủ tịch UBND huyện Yên Châu, hiện là Phó Giám đốc "
        "Sở Xây dựng. PGS.TS Lâm Quang Vinh, Phó Giám đốc ĐHQG-HCM kiêm Hiệu trưởng Trường Đại học Bách khoa cho biết."
    )
    found = officials(text)
    assert [(t.text, t.current) for t in found["Cầm Văn Thiêm"].titles] == [
        ("Chủ tịch UBND huyện Yên Châu", False),
        ("Phó Giám đốc Sở Xây dựng", True),
    ]
    assert [t.text for t in found["Lâm Quang Vinh"].titles] == [
        "Phó Giám đốc ĐHQG-HCM",
        "Hiệu trưởng Trường Đại học Bách khoa",
    ]


def test_one_word_highland_names_and_organisations_with_a_comma_phrase() -> None:
    text = (
        "Đại biểu K'Brơi (đơn vị bầu cử xã Lạc Dương) đề nghị cân nhắc. "
        "Cục trưởng Cục Quản lý Khám, chữa bệnh Lê Đình Phúc cho biết."
    )
    found = officials(text)
    assert [t.text for t in found["K'Brơi"].titles] == ["Đại biểu"]
    assert [t.text for t in found["Lê Đình Phúc"].titles] == ["Cục trưởng Cục Quản lý Khám, chữa bệnh"]


def test_speaker_roles_after_long_titles_parentheses_and_quotations() -> None:
    text = (
        "Đồng chí Phan Đình Lộc, Giám đốc Sở Khoa học và Công nghệ kiêm Phó Trưởng ban Thường trực Ban Chỉ đạo "
        "phát triển khoa học, công nghệ và chuyển đổi số tỉnh, cho biết tỉnh đã ban hành kế hoạch. "
        "Đại biểu Điểu Thị Thanh Hà (đơn vị bầu cử phường Bắc Gia Nghĩa) đề nghị sớm bố trí trụ sở. "
        "Ông Y Bhin Mlô, Trưởng buôn Kô Êmông, phấn khởi: “Giờ ra phường là xong”."
    )
    found = officials(text)
    assert {name: o.role for name, o in found.items()} == {
        "Phan Đình Lộc": "spoke",
        "Điểu Thị Thanh Hà": "spoke",
        "Y Bhin Mlô": "spoke",
    }


# --- issue #12: abbreviated and foreign titles, foreign names ------------------------------------------


def test_abbreviated_titles_tuv_uvtw_dbqh() -> None:
    text = "Dự có ĐBQH Lê Thu Hà, TUV Đỗ Văn Hưng và Phó GĐ Sở Xây dựng Hà Minh Tâm."
    found = officials(text)
    assert [t.text for t in found["Lê Thu Hà"].titles] == ["ĐBQH"]
    assert [t.text for t in found["Đỗ Văn Hưng"].titles] == ["TUV"]
    assert [t.text for t in found["Hà Minh Tâm"].titles] == ["Phó GĐ Sở Xây dựng"]


def test_cuu_before_a_title_is_not_current() -> None:
    found = officials("Cựu Thủ tướng Anh Tony Blair từng nói về cải cách.")
    assert [(t.text, t.current) for t in found["Tony Blair"].titles] == [("Thủ tướng Anh", False)]


def test_foreign_names_after_a_title_and_a_country() -> None:
    text = (
        "Tổng thống Venezuela Nicolás Maduro ký sắc lệnh. Thủ tướng Đức Angela Merkel phát biểu. "
        "Chủ tịch Trung Quốc Tập Cận Bình hội đàm. Quốc trưởng Norodom Sihanouk gửi điện."
    )
    found = officials(text)
    assert [t.text for t in found["Nicolás Maduro"].titles] == ["Tổng thống Venezuela"]
    assert [t.text for t in found["Angela Merkel"].titles] == ["Thủ tướng Đức"]
    assert [t.text for t in found["Tập Cận Bình"].titles] == ["Chủ tịch Trung Quốc"]
    assert [t.text for t in found["Norodom Sihanouk"].titles] == ["Quốc trưởng"]


def test_a_foreign_name_after_an_acronym_and_a_latin_company_name() -> None:
    text = "Phó Giám đốc CIA Avril Haines và Giám đốc Cty Hanoi Redtours Nguyễn Văn Hòa dự họp."
    found = officials(text)
    assert [t.text for t in found["Avril Haines"].titles] == ["Phó Giám đốc CIA"]
    assert [t.text for t in found["Nguyễn Văn Hòa"].titles] == ["Giám đốc Cty Hanoi Redtours"]


def test_a_highland_place_inside_a_title_is_no_foreign_name() -> None:
    text = "Ông Y Moan Niê, Trưởng phòng Nội vụ huyện Krông Ana, cho biết việc đã xong."
    assert titles(text, "Y Moan Niê") == ["Trưởng phòng Nội vụ huyện Krông Ana"]


def test_a_bare_ministers_rank_before_its_post_is_one_title() -> None:
    # One office (samples/gold/README.md): the bare rank names no ministry of its own.
    text = "Sáng nay, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Lê Văn Tám cho biết kế hoạch đã xong."
    assert titles(text, "Lê Văn Tám") == ["Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"]
    text = "Ông Hoàng Văn Nam, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc phát biểu tại hội nghị."
    assert titles(text, "Hoàng Văn Nam") == ["Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc"]


def test_two_bare_ranks_in_a_list_stay_two() -> None:
    text = "Ông Trần Văn Lộc, Thứ trưởng, Trưởng ban chỉ đạo, cùng các Bộ trưởng, Thứ trưởng dự họp."
    assert officials(text)["Trần Văn Lộc"].titles[0].text == "Thứ trưởng"

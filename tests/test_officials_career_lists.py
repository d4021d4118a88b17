"""Round 13, second wave (officials): career lists, counted over the six dev sets and the corpus."""

from __future__ import annotations

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def titles(text: str) -> dict[str, list[tuple[str, bool]]]:
    officials, _ = extract_people(segment(text))
    return {o.name: [(t.text, t.current) for t in o.titles] for o in officials}


_PROFILE = (
    "Tỉnh ủy công bố quyết định nhân sự\n"
    "Chiều 2/4, Tỉnh ủy Quảng Trị trao quyết định chỉ định ông Hà Văn Thịnh giữ chức Phó Bí thư Tỉnh ủy.\n"
    "Tóm tắt tiểu sử ông Hà Văn Thịnh:\n"
    "Sinh ngày 14/2/1974, quê quán huyện Hải Lăng.\n"
)


def test_the_posts_of_career_lines_go_to_the_profile_subject() -> None:
    text = _PROFILE + (
        "- 8/1996-3/2003: Chuyên viên Sở Tài chính tỉnh Quảng Trị.\n"
        "- Từ 4/2003 đến 9/2011: Phó Giám đốc Sở Tài chính tỉnh Quảng Trị.\n"
        "- Từ tháng 10/2011 - tháng 5/2016: Giám đốc Sở Xây dựng tỉnh Quảng Trị; Ủy viên Ban Chấp hành Đảng bộ tỉnh.\n"
        "- 6/2016 - nay: Phó Chủ tịch UBND tỉnh Quảng Trị.\n"
    )
    assert titles(text) == {
        "Hà Văn Thịnh": [
            ("Phó Bí thư Tỉnh ủy", True),
            ("Chuyên viên Sở Tài chính tỉnh Quảng Trị", False),
            ("Phó Giám đốc Sở Tài chính tỉnh Quảng Trị", False),
            ("Giám đốc Sở Xây dựng tỉnh Quảng Trị", False),
            ("Ủy viên Ban Chấp hành Đảng bộ tỉnh", False),
            ("Phó Chủ tịch UBND tỉnh Quảng Trị", True),
        ]
    }


def test_career_items_run_on_in_one_sentence_after_the_subject() -> None:
    text = (
        "Tiêu đề\nÔng Đỗ Minh Tâm, sinh năm 1970. Ông từng công tác: - Từ 1994 đến 2001: Kế toán viên Công ty "
        "Điện lực Hải Dương; - Từ 2001 đến 6/2009: Trưởng phòng Kế toán Công ty Điện lực Hải Dương."
    )
    found = titles(text)["Đỗ Minh Tâm"]
    assert ("Trưởng phòng Kế toán Công ty Điện lực Hải Dương", False) in found


def test_a_period_inside_a_sentence_or_after_a_word_opens_no_career_item() -> None:
    text = (
        "Tiêu đề\nÔng Trần Quốc Bảo, Giám đốc Công ty Cấp nước, cho biết kế hoạch. Giai đoạn 2017-2020: Chủ tịch "
        "UBND tỉnh chỉ đạo rà soát. Từ tháng 2/2012 - 9/2015, Phó Giám đốc Sở Xây dựng đã ký nhiều văn bản."
    )
    assert titles(text) == {"Trần Quốc Bảo": [("Giám đốc Công ty Cấp nước", True)]}


def test_a_post_a_name_follows_is_that_name_s() -> None:
    text = _PROFILE + "- 2010 - 2015: Chủ tịch UBND huyện Hải Lăng Lê Văn Phú và ông cùng làm việc.\n"
    found = titles(text)
    assert ("Chủ tịch UBND huyện Hải Lăng", False) not in found["Hà Văn Thịnh"]


def test_a_career_line_may_give_the_post_through_giu_chuc() -> None:
    text = _PROFILE + "- 2003 - 2008: giữ chức Trưởng phòng Tổ chức Sở Nội vụ tỉnh Quảng Trị.\n"
    assert ("Trưởng phòng Tổ chức Sở Nội vụ tỉnh Quảng Trị", False) in titles(text)["Hà Văn Thịnh"]


def test_a_month_or_year_alone_opens_a_career_line_but_a_bare_number_does_not() -> None:
    text = _PROFILE + "Tháng 5/2009: Phó Chánh Văn phòng UBND tỉnh Quảng Trị.\n2012: Chánh Văn phòng Tỉnh ủy.\n"
    found = titles(text)["Hà Văn Thịnh"]
    assert ("Phó Chánh Văn phòng UBND tỉnh Quảng Trị", False) in found
    assert all(not text.startswith("Chánh Văn phòng Tỉnh ủy") for text, _ in found)


def test_a_term_after_a_post_does_not_end_a_list_of_posts_split_by_semicolons() -> None:
    text = (
        "Tiêu đề\nTừ năm 1976 - 1986, ông Trần Văn Bình là Ủy viên Ban Chấp hành Trung ương Đảng khóa IV, V; "
        "Đại biểu Quốc hội từ khóa VI đến khóa VIII; Bộ trưởng Bộ Thủy lợi."
    )
    assert [t for t, _ in titles(text)["Trần Văn Bình"]] == [
        "Ủy viên Ban Chấp hành Trung ương Đảng",
        "Đại biểu Quốc hội",
        "Bộ trưởng Bộ Thủy lợi",
    ]


def test_after_a_term_and_a_semicolon_another_subject_keeps_their_post() -> None:
    text = (
        "Tiêu đề\nÔng Trần Văn Bình là Phó Chủ tịch HĐND tỉnh nhiệm kỳ 2016 - 2021; Chủ tịch UBND tỉnh Lê Minh "
        "Hải phát biểu tại hội nghị."
    )
    found = titles(text)
    assert [t for t, _ in found["Trần Văn Bình"]] == ["Phó Chủ tịch HĐND tỉnh"]
    assert [t for t, _ in found["Lê Minh Hải"]] == ["Chủ tịch UBND tỉnh"]


def test_a_career_line_s_posts_start_past_a_first_part_no_title_reads() -> None:
    text = _PROFILE + (
        "- 1/1990-3/1993: Công tác tại Viện Kỹ thuật quân sự, Thượng úy.\n"
        "- 4/1993-6/1996: Cán bộ hợp đồng của Đại sứ quán; Đảng ủy viên Đảng bộ Đại sứ quán.\n"
        "- 7/1996-8/1998: Học tập tại Trường Đại học Bách khoa, làm trợ lý cho Giám đốc Sở Xây dựng.\n"
    )
    found = titles(text)["Hà Văn Thịnh"]
    assert ("Thượng úy", False) in found
    assert ("Đảng ủy viên Đảng bộ Đại sứ quán", False) in found
    assert all(not t.startswith("Giám đốc Sở Xây dựng") for t, _ in found)

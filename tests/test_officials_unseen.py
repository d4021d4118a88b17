"""Officials and people on unseen text (issue #12, third pass): one written sentence per construction that
the rules missed on corpus articles they were not written for."""

from __future__ import annotations

import pytest

from tests.test_officials_people import extract  # names and titles, offsets checked
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment

# --- a title's organisation written with lower-case words, `&`, `thuộc`, a numbered ward ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Lê Văn Tâm, Phó Giám đốc Trung tâm Phát triển quỹ đất thuộc Sở Tài chính, bị phê bình.",
            {"Lê Văn Tâm": ["Phó Giám đốc Trung tâm Phát triển quỹ đất thuộc Sở Tài chính"]},
        ),
        (
            "Bà Trần Thị Lan, Trưởng phòng Quản lý đô thị, cũng bị kiểm điểm.",
            {"Trần Thị Lan": ["Trưởng phòng Quản lý đô thị"]},
        ),
        (
            "Ông Phan Văn Bình - Giám đốc Sở Tài nguyên & Môi trường tỉnh Hà Giang cho biết.",
            {"Phan Văn Bình": ["Giám đốc Sở Tài nguyên & Môi trường tỉnh Hà Giang"]},
        ),
        (
            "Ông Đỗ Văn Hùng - Trưởng Công an quận 5 báo cáo tình hình.",
            {"Đỗ Văn Hùng": ["Trưởng Công an quận 5"]},
        ),
        (
            "Ông Vũ Văn Nam, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh, phát biểu.",
            {"Vũ Văn Nam": ["Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh"]},
        ),
        (
            "Giám đốc Sở Y tế Lê Văn Hòa kiểm tra các bệnh viện.",
            {"Lê Văn Hòa": ["Giám đốc Sở Y tế"]},
        ),
    ],
)
def test_lower_case_words_ampersands_and_wards_inside_an_organisation(
    text: str, expected: dict[str, list[str]]
) -> None:
    officials, _ = extract(text)
    assert {name: officials.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ trưởng bộ Y tế Nguyễn Thị Hạnh đã cử đoàn công tác.", {"Nguyễn Thị Hạnh": ["Bộ trưởng bộ Y tế"]}),
        (
            "Ông Trần Quý Dũng, Giám đốc bệnh viện Đa khoa Hòa Bình xác nhận.",
            {"Trần Quý Dũng": ["Giám đốc bệnh viện Đa khoa Hòa Bình"]},
        ),
    ],
)
def test_an_organisation_head_in_lower_case_after_a_title(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = extract(text)
    assert {name: officials.get(name) for name in expected} == expected


def test_a_head_that_opens_an_organisation_takes_it_whole() -> None:
    officials, _ = extract("Ông Võ Trí Tâm, Trưởng phòng TN&MT huyện, bị phê bình.")
    assert officials == {"Võ Trí Tâm": ["Trưởng phòng TN&MT huyện"]}


# --- foreign names: delegates of a list, after a field in lower case, new heads ---------------------------


def test_foreign_delegates_of_a_list_each_with_their_titles() -> None:
    officials, _ = extract(
        "Cùng đi có các đồng chí Sompong Keola, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tài chính; "
        "Bounmy Vongsa, Thứ trưởng Bộ Ngoại giao; Khamla Douangdy, Đại sứ Lào tại Việt Nam."
    )
    assert officials == {
        "Sompong Keola": ["Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Tài chính"],
        "Bounmy Vongsa": ["Thứ trưởng Bộ Ngoại giao"],
        "Khamla Douangdy": ["Đại sứ Lào tại Việt Nam"],
    }


def test_a_foreign_name_after_a_field_in_lower_case_ends_the_organisation() -> None:
    officials, _ = extract("Người bị thay thế có thể là Bộ trưởng Quốc phòng Tomoko Sato.")
    assert officials == {"Tomoko Sato": ["Bộ trưởng Quốc phòng"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đây là nhiệm kỳ thứ hai của Thị trưởng Yuko Mori.", {"Yuko Mori": ["Thị trưởng"]}),
        (
            "Ông tiếp Thượng tướng Somchai Kitti, Thư ký Thường trực Bộ Quốc phòng Thái Lan.",
            {"Somchai Kitti": ["Thượng tướng", "Thư ký Thường trực Bộ Quốc phòng Thái Lan"]},
        ),
        (
            "Quan điểm do Đại diện Thương mại Mỹ Robert Smith đưa ra.",
            {"Robert Smith": ["Đại diện Thương mại Mỹ"]},
        ),
    ],
)
def test_mayors_secretaries_and_trade_representatives_are_titles(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = extract(text)
    assert {name: officials.get(name) for name in expected} == expected


# --- what is not the person's: the clause after `Theo A,`, the one acted for, another's clause ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo ông Robert Smith, Tổng thống Mỹ cam kết mạnh mẽ với khu vực.",
            {"Robert Smith": None},
        ),
        (
            "Đánh giá cao cuộc hội đàm với Bộ trưởng Bộ Công an Lê Văn Tâm, Thủ tướng hoan nghênh sự hợp tác.",
            {"Lê Văn Tâm": ["Bộ trưởng Bộ Công an"]},
        ),
        (
            "Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Hoàng Văn Mạnh trao Huân chương.",
            {"Hoàng Văn Mạnh": ["Bí thư Tỉnh ủy"]},
        ),
        (
            "Kỷ luật ông Đào Văn Kiên, cựu Giám đốc Sở Xây dựng và bà Đặng Thị Liên, nguyên Chủ tịch UBND "
            "quận 9 (hiện là Bí thư Quận ủy quận 9).",
            {
                "Đào Văn Kiên": ["Giám đốc Sở Xây dựng"],
                "Đặng Thị Liên": ["Chủ tịch UBND quận 9", "Bí thư Quận ủy quận 9"],
            },
        ),
        (
            "Người tiền nhiệm của bà Phan Thị Hiền, ông Ngô Văn Tú, nguyên Vụ trưởng Vụ Ngân hàng đã được bổ "
            "nhiệm giữ chức Phó trưởng Ban Kinh tế Trung ương.",
            {"Phan Thị Hiền": None, "Ngô Văn Tú": ["Vụ trưởng Vụ Ngân hàng", "Phó trưởng Ban Kinh tế Trung ương"]},
        ),
        (
            "Ảnh: ĐBQH Dương Văn Nam, Trưởng đoàn ĐBQH tỉnh Yên Bái Về thông tin thừa cấp phó, ông nói.",
            {"Dương Văn Nam": ["ĐBQH", "Trưởng đoàn ĐBQH tỉnh Yên Bái"]},
        ),
    ],
)
def test_titles_that_belong_to_someone_else(text: str, expected: dict[str, list[str] | None]) -> None:
    officials, _ = extract(text)
    assert {name: officials.get(name) for name in expected} == expected


def test_a_given_name_that_opens_sentences_elsewhere() -> None:
    officials, people = extract("Người đứng đầu Sở hiện nay là ông Trần Huy Sáng - Giám đốc.")
    assert officials == {"Trần Huy Sáng": ["Giám đốc"]} and people == []


def test_a_signature_cue_inside_a_title_is_no_signature() -> None:
    officials, _ = extract_people(segment("Ông Lê Văn Tâm, Thư ký Thường trực Hội đồng, dự họp.", words="dictionary"))
    assert [o.role for o in officials] == ["attended"]


# --- lists: `gồm có`, items opened by a dash, a header of posts nested in a header of membership --------


def test_a_counted_title_with_gom_co_gives_itself_to_every_name() -> None:
    officials, _ = extract("Sở có 4 Phó Giám đốc gồm có ông Lê Văn An, Trần Văn Bình và bà Ngô Thị Cúc.")
    assert officials == {name: ["Phó Giám đốc"] for name in ("Lê Văn An", "Trần Văn Bình", "Ngô Thị Cúc")}


def test_items_opened_by_a_dash_after_a_colon() -> None:
    officials, _ = extract(
        "Bộ trưởng quyết định bổ nhiệm các ông: - Lê Văn An, giữ chức Phó Vụ trưởng Vụ Pháp chế; - Trần Văn "
        "Bình, giữ chức Phó Vụ trưởng Vụ Tổng hợp."
    )
    assert officials == {
        "Lê Văn An": ["Phó Vụ trưởng Vụ Pháp chế"],
        "Trần Văn Bình": ["Phó Vụ trưởng Vụ Tổng hợp"],
    }


def test_a_header_of_posts_nested_in_a_header_of_membership() -> None:
    officials, _ = extract(
        "Dự lễ có các đồng chí Ủy viên Bộ Chính trị: Thủ tướng Chính phủ Lê Văn An; các Phó Thủ tướng: "
        "Trần Văn Bình, Ngô Văn Cường."
    )
    assert officials == {
        "Lê Văn An": ["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"],
        "Trần Văn Bình": ["Ủy viên Bộ Chính trị", "Phó Thủ tướng"],
        "Ngô Văn Cường": ["Ủy viên Bộ Chính trị", "Phó Thủ tướng"],
    }


def test_a_second_header_of_membership_is_a_list_of_its_own() -> None:
    officials, _ = extract(
        "Dự có các đồng chí Ủy viên Bộ Chính trị: Lê Văn An, Bí thư Thành ủy; các Ủy viên Trung ương Đảng: "
        "Trần Văn Bình, Ngô Văn Cường."
    )
    assert officials["Trần Văn Bình"] == ["Ủy viên Trung ương Đảng"]


# --- titles given by the clause: `làm`, `cho`/`với` after the title, late colons of careers -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn công tác do ông Lê Văn An, Phó Cục trưởng Cục Thú y làm trưởng đoàn đã làm việc với tỉnh.",
            {"Lê Văn An": ["Phó Cục trưởng Cục Thú y", "trưởng đoàn"]},
        ),
        (
            "Bộ trưởng trao quyết định bổ nhiệm có thời hạn chức vụ Vụ trưởng Vụ Ngân sách cho bà Trần Thị Bình.",
            {"Trần Thị Bình": ["Vụ trưởng Vụ Ngân sách"]},
        ),
        (
            "Ông Ngô Văn Cường từng giữ các chức danh, chức vụ lãnh đạo, quản lý như: Phó Chánh Văn phòng Bộ, "
            "Vụ trưởng Vụ Tổng hợp.",
            {"Ngô Văn Cường": ["Phó Chánh Văn phòng Bộ", "Vụ trưởng Vụ Tổng hợp"]},
        ),
        (
            "Từ tháng 7, bà Lê Thị Dung chuyển qua làm Phó ban Tổ chức Huyện ủy.",
            {"Lê Thị Dung": ["Phó ban Tổ chức Huyện ủy"]},
        ),
    ],
)
def test_titles_given_by_the_clause(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = extract(text)
    assert {name: officials.get(name) for name in expected} == expected


def test_a_school_named_after_someone_is_part_of_the_title() -> None:
    officials, _ = extract("Bà Lê Thị Duyên, Phó Hiệu trưởng trường Tiểu học Hoàng Văn Thụ cho biết.")
    assert officials == {"Lê Thị Duyên": ["Phó Hiệu trưởng trường Tiểu học Hoàng Văn Thụ"]}


def test_a_name_does_not_run_into_the_next_caption_word() -> None:
    officials, _ = extract("Phó Chủ tịch UBND tỉnh Nguyễn Thế Hùng Phản hồi ý kiến của các chuyên gia.")
    assert officials == {"Nguyễn Thế Hùng": ["Phó Chủ tịch UBND tỉnh"]}


def test_photo_credits_with_an_illustration_cue_and_a_given_name_that_opens_sentences() -> None:
    _, people = extract(
        "Cá chết hàng loạt. Ảnh minh họa: Thu Hoài/TTXVN Theo Sở, mẫu nước đã được thu. Lễ đón. Ảnh: Nhan "
        "Sáng/TTXVN Sau đó hai bên hội đàm."
    )
    assert people == ["Thu Hoài", "Nhan Sáng"]


def test_a_bare_title_after_a_comma_is_still_the_name_s_when_an_organisation_goes_on() -> None:
    officials, _ = extract("Phó Thủ tướng Lê Văn Huy, Trưởng đoàn kiểm tra nêu rõ yêu cầu.")
    assert officials == {"Lê Văn Huy": ["Phó Thủ tướng", "Trưởng đoàn"]}


def test_the_title_acted_for_before_an_anchor() -> None:
    officials, _ = extract(
        "Thừa ủy quyền của Chủ tịch nước, đồng chí Hoàng Văn Mạnh - Bí thư Tỉnh ủy trao Huân chương."
    )
    assert officials == {"Hoàng Văn Mạnh": ["Bí thư Tỉnh ủy"]}


def test_a_post_still_held_then_is_a_former_one() -> None:
    titles = extract_people(segment("Thời ông Lê Văn Chương còn làm Cục trưởng Cục Biểu diễn.", words="dictionary"))
    assert [(t.text, t.current) for t in titles[0][0].titles] == [("Cục trưởng Cục Biểu diễn", False)]


def test_lam_gives_a_title_only_to_the_person_right_before_it() -> None:
    officials, people = extract(
        "Bà Trần Thị Anh lên làm chủ tịch thay cho ông Vũ Văn Nam. Bé Lại Thị Chi (sinh năm 2017), Hội đồng gồm "
        "các chuyên gia tham gia làm Chủ tịch Hội đồng."
    )
    assert officials == {"Trần Thị Anh": ["chủ tịch"]} and people == ["Vũ Văn Nam", "Lại Thị Chi"]


def test_lam_after_a_bracket_of_the_persons_own() -> None:
    officials, _ = extract("Đoàn do ông Lê Văn Khải, Cục trưởng Cục Thú y (Bộ Nông nghiệp) làm trưởng đoàn.")
    assert officials == {"Lê Văn Khải": ["Cục trưởng Cục Thú y", "trưởng đoàn"]}


def test_a_post_held_by_the_subject_is_not_the_next_persons() -> None:
    officials, people = extract(
        "Gửi mong muốn đến Thứ trưởng Lê Văn Biên, người đang kiêm vị trí Cục trưởng Cục Biểu diễn, bà Phan "
        "Thị Huyền (Phòng Tổng hợp) hy vọng ông Biên thay đổi."
    )
    assert officials == {"Lê Văn Biên": ["Thứ trưởng"]} and people == ["Phan Thị Huyền"]


def test_a_comma_before_a_word_that_opens_a_title_ends_the_organisation() -> None:
    officials, _ = extract("Dự có các đồng chí: Phan Thị Hằng - Chủ tịch LĐLĐ quận Long Biên, Ban Giám đốc công ty.")
    assert officials == {"Phan Thị Hằng": ["Chủ tịch LĐLĐ quận Long Biên"]}


def test_a_lower_case_word_before_a_capitalised_head_is_no_head() -> None:
    officials, _ = extract("Bổ nhiệm Thượng tá Lê Văn Thắng đến nhận công tác và giữ chức vụ Trưởng phòng Tham mưu.")
    assert officials == {"Lê Văn Thắng": ["Thượng tá", "Trưởng phòng Tham mưu"]}


def test_the_agent_of_a_passive_does_not_take_the_post() -> None:
    officials, people = extract("Ông Edouard Martin được Tổng thống Emmanuel Blanc chỉ định làm Thủ tướng mới.")
    assert officials == {"Emmanuel Blanc": ["Tổng thống"], "Edouard Martin": ["Thủ tướng"]} and people == []


def test_a_title_after_la_before_an_anchor_is_the_named_persons() -> None:
    officials, _ = extract("Vị khách đầu tiên Thủ tướng tiếp là Phó chủ tịch NASDAQ, ông Bob McCarthy.")
    assert officials == {"Bob McCarthy": ["Phó chủ tịch NASDAQ"]}


def test_a_title_then_its_organisation_after_a_comma_but_not_an_anchor() -> None:
    officials, _ = extract(
        "Ông Phan Văn Hiếu, Phó Viện trưởng, Viện Nghiên cứu Kinh tế cho biết. Theo ĐB Quốc hội, Luật sư Lê Văn "
        "Chiến, quy trình cần rõ."
    )
    assert officials == {
        "Phan Văn Hiếu": ["Phó Viện trưởng, Viện Nghiên cứu Kinh tế"],
        "Lê Văn Chiến": ["ĐB Quốc hội"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Võ Văn Khoa, phó Chủ tịch UBND xã Phú Điền cho biết.",
            {"Võ Văn Khoa": ["phó Chủ tịch UBND xã Phú Điền"]},
        ),
        (
            "Ông gặp Thủ hiến kiêm Chủ tịch Thượng viện bang Sachsen, bà Anna Berger.",
            {"Anna Berger": ["Thủ hiến", "Chủ tịch Thượng viện bang Sachsen"]},
        ),
        (
            "Chánh án Tòa án Tối cao Italy Marco Rossi phát biểu.",
            {"Marco Rossi": ["Chánh án Tòa án Tối cao Italy"]},
        ),
    ],
)
def test_regressions_seen_corpus_wide(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = extract(text)
    assert {name: officials.get(name) for name in expected} == expected


def test_a_company_keeps_its_foreign_name_after_a_lower_case_word() -> None:
    officials, _ = extract("Ông Anthony Clark, Giám đốc Tập đoàn tư vấn Bright Stone, cho biết.")
    assert officials == {"Anthony Clark": ["Giám đốc Tập đoàn tư vấn Bright Stone"]}

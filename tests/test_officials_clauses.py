"""Titles given by the clause (issue #12): appointments, elections, promotions, removals, career lists."""

from __future__ import annotations

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def titles(text: str) -> dict[str, list[tuple[str, bool]]]:
    found, _ = extract_people(segment(text))
    return {o.name: [(t.text, t.current) for t in o.titles] for o in found}


def test_appointed_to_a_post_by_the_clause() -> None:
    text = "Ông Trần Văn Cường được điều động, bổ nhiệm giữ chức Phó Ban Dân vận Tỉnh ủy."
    assert titles(text) == {"Trần Văn Cường": [("Phó Ban Dân vận Tỉnh ủy", True)]}


def test_a_decision_names_the_person_then_the_post() -> None:
    text = "Bổ nhiệm ông Lê Văn Sơn, sinh ngày 2/3/1970, giữ chức Giám đốc Trung tâm Y tế huyện Gia Lộc."
    assert titles(text) == {"Lê Văn Sơn": [("Giám đốc Trung tâm Y tế huyện Gia Lộc", True)]}


def test_two_people_joined_by_va_take_the_post() -> None:
    text = "Bà Hà Thị Lan và ông Phan Văn Đức được phê chuẩn giữ chức Phó Thủ tướng Chính phủ."
    assert titles(text) == {
        "Hà Thị Lan": [("Phó Thủ tướng Chính phủ", True)],
        "Phan Văn Đức": [("Phó Thủ tướng Chính phủ", True)],
    }


def test_the_post_goes_to_the_person_after_doi_voi() -> None:
    text = "HĐND tỉnh miễn nhiệm chức Chủ tịch UBND tỉnh đối với ông Lương Văn Dũng."
    assert titles(text) == {"Lương Văn Dũng": [("Chủ tịch UBND tỉnh", False)]}
    text = "Quốc hội phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Nam Định đối với ông Vũ Văn Hải."
    assert titles(text) == {"Vũ Văn Hải": [("Chủ tịch UBND tỉnh Nam Định", True)]}


def test_leaving_a_post_is_not_current() -> None:
    text = "Ông Đào Văn Toàn đã thôi giữ chức Bí thư Tỉnh ủy Hà Nam."
    assert titles(text) == {"Đào Văn Toàn": [("Bí thư Tỉnh ủy Hà Nam", False)]}


def test_a_career_list_after_a_colon_is_not_current() -> None:
    text = "Ông Lê Văn Tâm từng đảm nhiệm các chức vụ ở tỉnh như: Trưởng ban Tổ chức Tỉnh ủy, Phó Chủ tịch UBND tỉnh."
    assert titles(text) == {"Lê Văn Tâm": [("Trưởng ban Tổ chức Tỉnh ủy", False), ("Phó Chủ tịch UBND tỉnh", False)]}


def test_a_rank_promotion_from_one_rank_to_the_next() -> None:
    text = "Chủ tịch nước thăng cấp bậc hàm từ Trung tướng lên Thượng tướng đối với ông Lý Văn Tới."
    found = titles(text)
    assert found["Lý Văn Tới"] == [("Trung tướng", False), ("Thượng tướng", True)]


def test_an_unknown_name_between_stops_the_clause() -> None:
    text = "Tổng thống Mỹ Donald Trump đề cử Tướng Joseph Dunford tiếp tục đảm nhiệm vị trí Chủ tịch Hội đồng."
    assert titles(text) == {
        "Donald Trump": [("Tổng thống Mỹ", True)],  # not the title of the clause about Dunford
        "Joseph Dunford": [("Tướng", True), ("Chủ tịch Hội đồng", True)],
    }


def test_an_active_verb_without_doi_voi_gives_no_title_to_the_subject() -> None:
    text = "Thủ tướng Lê Văn Minh đề nghị bổ nhiệm Phó Thủ tướng trong tuần tới."
    assert titles(text) == {"Lê Văn Minh": [("Thủ tướng", True)]}


def test_a_list_header_title_belongs_to_every_titled_item() -> None:
    text = (
        "Dự có các đồng chí Ủy viên Trung ương Đảng: Hoàng Văn An, Bí thư Tỉnh ủy; "
        "Trần Thị Bình, Chủ tịch UBND tỉnh; cùng lãnh đạo các sở, ngành."
    )
    found = titles(text)
    assert found["Hoàng Văn An"] == [("Ủy viên Trung ương Đảng", True), ("Bí thư Tỉnh ủy", True)]
    assert found["Trần Thị Bình"] == [("Ủy viên Trung ương Đảng", True), ("Chủ tịch UBND tỉnh", True)]


def test_a_bare_list_of_names_under_a_header_ends_at_the_semicolon() -> None:
    text = "Dự hội nghị có các Thứ trưởng: Lê Văn An, Phạm Thị Hoa; ông Hồ Văn Lộc, nguyên Bộ trưởng Bộ Y tế."
    found = titles(text)
    assert found["Phạm Thị Hoa"] == [("Thứ trưởng", True)]
    assert found["Hồ Văn Lộc"] == [("Bộ trưởng Bộ Y tế", False)]


def test_a_counted_title_before_names_and_after_gom() -> None:
    found = titles("Tổng Bí thư tiếp xúc cử tri cùng hai ĐBQH Lê Thị Hoa, Nguyễn Văn Anh tại quận.")
    assert found["Lê Thị Hoa"] == [("ĐBQH", True)] and found["Nguyễn Văn Anh"] == [("ĐBQH", True)]
    found = titles("Bộ có 3 thứ trưởng giúp việc cho Bộ trưởng Hà Văn Minh gồm: Vũ Văn Thắng, Cao Văn Huy.")
    assert found["Vũ Văn Thắng"] == [("thứ trưởng", True)] and found["Cao Văn Huy"] == [("thứ trưởng", True)]


def test_the_post_goes_to_the_people_named_after_la() -> None:
    text = "Hội đồng quản trị đã bổ nhiệm hai Phó Chủ tịch mới là ông Đỗ Văn Khải và bà Mai Thị Hằng."
    assert titles(text) == {"Đỗ Văn Khải": [("Phó Chủ tịch", True)], "Mai Thị Hằng": [("Phó Chủ tịch", True)]}


def test_a_name_after_a_comma_joins_the_list_only_when_va_closes_it() -> None:
    text = "Hội đồng quản trị đã bổ nhiệm Giám đốc mới là ông Tạ Văn Lộc, ông Đinh Văn Nam cho biết."
    assert titles(text) == {"Tạ Văn Lộc": [("Giám đốc", True)]}  # Nam, the speaker, holds no post
    text = "Đại hội đã bầu Phó Chủ tịch là ông Đỗ Văn Khải, ông Vũ Văn Tài và bà Mai Thị Hằng."
    assert set(titles(text)) == {"Đỗ Văn Khải", "Vũ Văn Tài", "Mai Thị Hằng"}
    assert all(held == [("Phó Chủ tịch", True)] for held in titles(text).values())


def test_a_name_with_titles_of_its_own_ends_the_list_after_la() -> None:
    text = "Đại hội đã bầu Chủ tịch là ông Tạ Văn Lộc, bà Hồ Thị Lan, Phó Chủ tịch Hội đồng, cho biết."
    assert titles(text) == {"Tạ Văn Lộc": [("Chủ tịch", True)], "Hồ Thị Lan": [("Phó Chủ tịch Hội đồng", True)]}


def test_the_post_goes_to_the_appointee_not_to_the_named_agent() -> None:
    text = "Ông Lê Văn Bình được Bộ trưởng Trần Tuấn Anh bổ nhiệm làm Vụ trưởng Vụ Thị trường trong nước."
    assert titles(text) == {
        "Lê Văn Bình": [("Vụ trưởng Vụ Thị trường trong nước", True)],
        "Trần Tuấn Anh": [("Bộ trưởng", True)],
    }
    text = "Ông Hà Văn Lộc do Chủ tịch UBND tỉnh Đỗ Văn Nam ký quyết định bổ nhiệm làm Giám đốc Sở Y tế."
    assert titles(text)["Hà Văn Lộc"] == [("Giám đốc Sở Y tế", True)]
    text = "Ông Tạ Văn Sơn được cựu Chủ tịch nước Mai Văn Hùng chỉ định làm Chánh Văn phòng."
    assert titles(text) == {"Tạ Văn Sơn": [("Chánh Văn phòng", True)], "Mai Văn Hùng": [("Chủ tịch nước", False)]}


def test_a_post_given_by_a_named_agent_to_no_one_named_is_no_ones() -> None:
    text = "Thượng viện thông qua người được Thủ tướng Đỗ Văn Nam đề cử làm Bộ trưởng Bộ Tài chính."
    assert titles(text) == {"Đỗ Văn Nam": [("Thủ tướng", True)]}


def test_a_delegation_headed_by_a_named_official_is_his_post() -> None:
    text = "Đoàn công tác do Phó Thủ tướng Vương Văn Huệ làm trưởng đoàn đã làm việc tại tỉnh."
    assert titles(text) == {"Vương Văn Huệ": [("Phó Thủ tướng", True), ("trưởng đoàn", True)]}

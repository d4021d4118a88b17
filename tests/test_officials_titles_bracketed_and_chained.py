"""Officials' titles: a title set off from its holder's name by a short bracket (`Cục trưởng Cục A (Bộ
Y tế) Nguyễn Văn B`), and a title chained to the one before it by `nay là` with no comma."""

from __future__ import annotations

from tests.officialshelp import people_of


def test_a_parent_body_in_brackets_between_title_and_name() -> None:
    officials, _ = people_of("Cục trưởng Cục Quản lý Dược (Bộ Y tế) Trần Văn Hải cho biết sẽ kiểm tra.")
    assert officials["Trần Văn Hải"] == ["Cục trưởng Cục Quản lý Dược"]


def test_a_place_in_brackets_with_an_inner_dot_between_title_and_name() -> None:
    officials, _ = people_of("Trả lời báo chí, Chủ tịch UBND xã Tân Phú (TP.Bến Tre) Lê Văn Khoa xác nhận sự việc.")
    assert officials["Lê Văn Khoa"] == ["Chủ tịch UBND xã Tân Phú"]


def test_a_bracket_holding_a_title_gives_the_name_no_first_title() -> None:
    # regression guard: before the bracket rule no title reached the name either; the rule must not start to
    officials, _ = people_of("Giám đốc Sở Y tế (Phó Chủ tịch UBND tỉnh) Trần Văn Hải cho biết sẽ kiểm tra.")
    assert officials == {}


def test_a_title_then_nay_la_then_the_post_held_now() -> None:
    officials, _ = people_of(
        "Người ký văn bản là bà Lê Thị Hoa - Chủ tịch UBND tỉnh Nam Định nay là Bí thư Tỉnh ủy Nam Định."
    )
    assert officials["Lê Thị Hoa"] == ["Chủ tịch UBND tỉnh Nam Định", "Bí thư Tỉnh ủy Nam Định"]


def test_nay_la_before_no_title_chains_nothing() -> None:
    officials, _ = people_of("Ông Trần Văn Hải, Giám đốc Sở Y tế nay là người phụ trách dự án.")
    assert officials["Trần Văn Hải"] == ["Giám đốc Sở Y tế"]


def test_la_after_the_titles_beside_the_name_gives_the_post() -> None:
    officials, _ = people_of(
        "Đoàn kiểm tra có 5 người, trong đó ông Lê Văn Hải - Phó Chánh Thanh tra tỉnh là trưởng đoàn."
    )
    assert officials["Lê Văn Hải"] == ["Phó Chánh Thanh tra tỉnh", "trưởng đoàn"]


def test_la_after_the_titles_and_a_verb_gives_nothing() -> None:
    officials, _ = people_of("Ông Lê Văn Hải - Phó Chánh Thanh tra tỉnh cho biết người phụ trách là trưởng đoàn.")
    assert officials["Lê Văn Hải"] == ["Phó Chánh Thanh tra tỉnh"]


def test_a_province_in_brackets_between_title_and_honorific() -> None:
    officials, _ = people_of("Chủ tịch UBND huyện Phù Cát (Bình Định), ông Lê Văn Khoa cho biết sẽ kiểm tra.")
    assert officials["Lê Văn Khoa"] == ["Chủ tịch UBND huyện Phù Cát"]


def test_the_unit_above_and_its_province_before_a_dash_and_honorific() -> None:
    officials, _ = people_of(
        "Sáng 3/5, Phó Chủ tịch UBND xã Tân Lập, huyện Đồng Phú (Bình Phước) - bà Trần Thị Mai xác nhận sự việc."
    )
    assert officials["Trần Thị Mai"] == ["Phó Chủ tịch UBND xã Tân Lập"]


def test_the_unit_above_without_a_bracket_is_the_address_not_the_title() -> None:
    officials, _ = people_of(
        "Sáng 3/5, Phó Chủ tịch UBND xã Tân Lập, huyện Đồng Phú, bà Trần Thị Mai xác nhận sự việc."
    )
    assert officials["Trần Thị Mai"] == ["Phó Chủ tịch UBND xã Tân Lập"]


def test_a_bracket_that_is_no_place_does_not_join_title_and_honorific() -> None:
    officials, _ = people_of("Chủ tịch UBND huyện Phù Cát (nhiệm kỳ trước), ông Lê Văn Khoa cho biết sẽ kiểm tra.")
    assert officials.get("Lê Văn Khoa", []) == []

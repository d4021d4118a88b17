"""Review r28-c: a title's rest before `, ông A` may hold more lower-case words when it opens with the post's
portfolio, the phrase `phụ trách`, not any word opening with `phụ` (`phụ nữ`, `phụ huynh`); posts held over a
time reach the titled person after them past a bracket that dates them, not past one that names someone.
Sentences written for the tests."""

from __future__ import annotations

from tests.officialshelp import people_of
from tests.test_officials_original_post_cue import titles


def test_a_rest_opening_with_phu_nu_is_no_portfolio() -> None:
    officials, _ = people_of(
        "Giám đốc phụ nữ duy nhất của tập đoàn Northwind, bà Emma Stone nhận định thị trường sẽ phục hồi."
    )
    assert all("phụ nữ" not in title for held in officials.values() for title in held)


def test_a_rest_opening_with_phu_trach_is_a_portfolio() -> None:
    officials, _ = people_of("Phó Giám đốc phụ trách khối bán lẻ của Northwind, ông Daniel Brooke nói thêm.")
    assert officials == {"Daniel Brooke": ["Phó Giám đốc phụ trách khối bán lẻ của Northwind"]}


def test_a_bracket_naming_someone_stops_the_posts_held_over_a_time() -> None:
    text = "Trong thời gian giữ chức vụ Giám đốc Sở Y tế (ông Trần Văn Bình thay), Thứ trưởng Lê Thị Hoa đã có vi phạm."
    assert ("Giám đốc Sở Y tế", False) not in titles(text)["Lê Thị Hoa"]


def test_a_bracket_dating_the_posts_lets_them_reach_the_person() -> None:
    text = (
        "Trong thời gian giữ chức vụ Giám đốc Sở Y tế (từ tháng 1/2004 đến tháng 5/2010), Thứ trưởng Lê Thị Hoa "
        "đã có vi phạm."
    )
    assert ("Giám đốc Sở Y tế", False) in titles(text)["Lê Thị Hoa"]

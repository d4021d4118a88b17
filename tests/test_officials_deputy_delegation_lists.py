"""A delegation's deputies (`phó đoàn`, the short form of `Phó Trưởng đoàn`) as a title, and a counted header
over a list of titled items (`10 phó đoàn gồm các ông: A - …; B - …`): every item's name holds the header, through
`các ông:` before the colon, a body after a comma inside an item and a bracketed aside (issue #12)."""

from __future__ import annotations

from tests.officialshelp import people_of


def test_deputy_head_of_delegation_before_a_name() -> None:
    found, _ = people_of("Phó đoàn Hồ Minh Khoa cho biết các vận động viên đã sẵn sàng.")
    assert found == {"Hồ Minh Khoa": ["Phó đoàn"]}


def test_counted_deputies_over_a_list_after_plural_anchor_and_colon() -> None:
    text = (
        "Ông Lê Quang Tài làm trưởng đoàn cùng 3 phó đoàn gồm các ông: Hồ Minh Khoa- Giám đốc sở Y tế Huế; "
        "Đỗ Văn Lực- Vụ trưởng Vụ Pháp chế; Vi Thành Nam- Phó Giám đốc sở Xây dựng Cần Thơ."
    )
    found, _ = people_of(text)
    assert found["Hồ Minh Khoa"] == ["phó đoàn", "Giám đốc sở Y tế Huế"]
    assert found["Đỗ Văn Lực"] == ["phó đoàn", "Vụ trưởng Vụ Pháp chế"]
    assert found["Vi Thành Nam"] == ["phó đoàn", "Phó Giám đốc sở Xây dựng Cần Thơ"]


def test_counted_members_after_plural_comrades_and_colon() -> None:
    text = "Hội đồng có 2 Ủy viên gồm các đồng chí: Hồ Minh Khoa, Giám đốc Sở Y tế; Đỗ Văn Lực, Vụ trưởng Vụ Pháp chế."
    found, _ = people_of(text)
    assert found["Đỗ Văn Lực"] == ["Ủy viên", "Vụ trưởng Vụ Pháp chế"]


def test_body_after_a_comma_and_an_aside_stay_inside_their_item() -> None:
    text = (
        "Đoàn có 3 phó đoàn gồm các ông: Hồ Minh Khoa- Vụ trưởng Vụ Kế hoạch, Tổng cục Thủy sản; "
        "Vụ trưởng Vụ Pháp chế (chưa có tên vì chờ quyết định), Tổng cục Thủy sản; "
        "Vi Thành Nam- Giám đốc sở Y tế Huế."
    )
    found, _ = people_of(text)
    assert found["Hồ Minh Khoa"] == ["phó đoàn", "Vụ trưởng Vụ Kế hoạch, Tổng cục Thủy sản"]
    assert found["Vi Thành Nam"] == ["phó đoàn", "Giám đốc sở Y tế Huế"]


def test_a_lone_list_after_a_comma_gets_no_header() -> None:
    # not a titled list: the header's bare names end at `;`, and the prose after it holds nothing
    text = "Có 2 Phó Giám đốc gồm các ông: Hồ Minh Khoa, Đỗ Văn Lực; Giám đốc Vi Thành Nam vắng mặt."
    found, _ = people_of(text)
    assert found["Vi Thành Nam"] == ["Giám đốc"]

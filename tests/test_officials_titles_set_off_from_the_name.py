"""Round 28 (officials, issue #12): a title set off from its holder's name. A title whose body the title rules
read only in part, closed by a comma before `ông A` (with its portfolio, a place in brackets, or written where
the name closes the clause), and a title in a bracket right after a name, whose capitalised rest is the post's
body, not another holder. Sentences written for the tests, in the shape of the constructions."""

from __future__ import annotations

from tests.officialshelp import people_of


def test_a_title_with_its_portfolio_before_the_comma() -> None:
    """`Phó Chủ tịch phụ trách … của Proofpoint, ông A`: the portfolio and the body after it are the title's."""
    officials, people = people_of(
        "Giám đốc phụ trách mảng bán lẻ của Northwind, ông Daniel Brooke nhận định thị trường sẽ phục hồi."
    )
    assert officials == {"Daniel Brooke": ["Giám đốc phụ trách mảng bán lẻ của Northwind"]}
    assert people == []


def test_a_title_with_a_country_in_brackets_before_the_comma() -> None:
    """`Phó Chủ tịch Hội đồng tỉnh X (Iraq), ông A`: the country in brackets places the body, outside the title."""
    officials, _ = people_of(
        "Chủ tịch Hội đồng thành phố Basra (Iraq), ông Karim Haddad hôm qua cho biết giao tranh đã chấm dứt."
    )
    assert officials == {"Karim Haddad": ["Chủ tịch Hội đồng thành phố Basra"]}


def test_a_title_in_apposition_when_the_name_closes_the_sentence() -> None:
    """`… cùng với đại sứ Trung Quốc ở Washington, ông A.`: the name closes the clause, so the title before the
    comma is the name's although it does not open its clause."""
    officials, people = people_of("Đoàn nghệ sĩ đã biểu diễn cùng với đại sứ Nhật Bản ở Canberra, ông Kenji Morita.")
    assert officials == {"Kenji Morita": ["đại sứ Nhật Bản ở Canberra"]}
    assert people == []


def test_a_title_in_brackets_after_the_name_holds_its_body() -> None:
    """`ông A (TGĐ Vina Capital)`: the capitalised run closing the bracket is the post's body, not its holder."""
    officials, people = people_of("Ông Trần Quốc Bảo (TGĐ Sunrise Partners) kiến nghị giảm thủ tục cho nhà đầu tư.")
    assert officials == {"Trần Quốc Bảo": ["TGĐ Sunrise Partners"]}
    assert people == []

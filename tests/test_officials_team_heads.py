"""Team heads (`Tổ trưởng`, `Tổ phó`, `Trưởng nhóm`), co-chairs (`đồng Chủ tịch`) and the team they lead (`Tổ
công tác …`) as titles (issue #12)."""

from __future__ import annotations

from vnreport import analyze_text
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def titles(text: str) -> dict[str, list[str]]:
    found, _ = extract_people(segment(text))
    return {o.name: [t.text for t in o.titles] for o in found}


def test_team_head_after_a_name_takes_the_team() -> None:
    text = "Sáng 9/3, ông Đoàn Văn Khải, Tổ trưởng Tổ công tác của Chính phủ, đã làm việc với các xã."
    assert titles(text) == {"Đoàn Văn Khải": ["Tổ trưởng Tổ công tác của Chính phủ"]}


def test_team_head_before_a_name() -> None:
    text = "Tổ trưởng Tổ thẩm định Hồ Văn Lâm cho biết hồ sơ còn thiếu."
    assert titles(text) == {"Hồ Văn Lâm": ["Tổ trưởng Tổ thẩm định"]}


def test_deputy_team_head_in_lower_case() -> None:
    text = "Bà Vi Thị Mận, tổ phó tổ dân phố số 4, phản ánh việc xả rác."
    assert titles(text) == {"Vi Thị Mận": ["tổ phó"]}


def test_team_after_another_post_is_a_second_title() -> None:
    text = "Ông Lạc Văn Ninh, Phó Giám đốc Sở Xây dựng, Tổ trưởng Tổ công tác, đã báo cáo."
    assert titles(text) == {"Lạc Văn Ninh": ["Phó Giám đốc Sở Xây dựng", "Tổ trưởng Tổ công tác"]}


def test_the_team_word_is_no_given_name() -> None:
    # `Tổ` after a head opens the team's name; before the change it read as a one-word given name
    text = "Chủ tịch Tổ công tác đặc biệt đã họp."
    assert "Tổ" not in titles(text)


def test_a_company_word_after_a_head_is_no_given_name() -> None:
    # `Hãng` opens a company (`Hãng hàng không …`, `Hãng taxi …`), never a given name after a head
    text = "Ông Peter Marlow, Chủ tịch Hãng hàng không Skyline, cho biết giá vé sẽ giảm."
    assert titles(text) == {"Peter Marlow": ["Chủ tịch Hãng hàng không Skyline"]}
    text = "Giám đốc Hãng Taxi Sông Hồng, ông Lý Văn Hòa, cho biết hãng đã tăng xe."
    assert titles(text) == {"Lý Văn Hòa": ["Giám đốc Hãng Taxi Sông Hồng"]}


def test_head_of_a_working_group_after_a_name() -> None:
    # `Trưởng nhóm` heads a team as `Tổ trưởng` does; before it was no title and the person no official
    text = "Sáng 4/7, ông Kha Văn Lộc, Trưởng nhóm Công tác Liên ngành, đã kiểm tra kho hàng."
    assert titles(text) == {"Kha Văn Lộc": ["Trưởng nhóm Công tác Liên ngành"]}


def test_head_of_a_group_given_by_the_clause() -> None:
    text = "Chiều 2/5, nhóm khảo sát do kỹ sư Lò Thị Hạnh làm trưởng nhóm đã tới xã."
    assert titles(text) == {"Lò Thị Hạnh": ["trưởng nhóm"]}


def test_stressed_copula_still_gives_the_team_head() -> None:
    # `chính là` stresses the copula: the clause is still about the person with the titles before it
    text = "Ông Ông Văn Bảy, Phó Chi cục trưởng Chi cục Thủy sản, cũng chính là trưởng đoàn kiểm tra lần này."
    assert titles(text) == {"Ông Văn Bảy": ["Phó Chi cục trưởng Chi cục Thủy sản", "trưởng đoàn"]}


def test_co_chair_is_one_post() -> None:
    # `đồng` before `Chủ tịch` cut the head off its body; the co-chair is the post the text gives
    text = "Bà Mary Keller, đồng Chủ tịch Ủy ban Hợp tác Liên Chính phủ, cho biết hai bên sẽ họp tiếp."
    assert titles(text) == {"Mary Keller": ["đồng Chủ tịch Ủy ban Hợp tác Liên Chính phủ"]}


def test_co_chairs_named_after_their_post_by_the_copula() -> None:
    # the copula ties a post to the name after it in the whole pipeline, not in the officials stage alone
    text = "Tin thế giới\n\nNgay sau đó, đồng Chủ tịch Nhóm Hữu nghị của Quốc hội Canada là bà Ellen Marsh đã viết.\n"
    found = {o.name: [t.text for t in o.titles] for o in analyze_text(text).officials}
    assert found == {"Ellen Marsh": ["đồng Chủ tịch Nhóm Hữu nghị của Quốc hội Canada"]}

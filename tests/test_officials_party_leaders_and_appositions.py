"""Round 12, officials (sentences written for the tests, in the shapes of 2017 news): a party's leader
(`lãnh đạo Công đảng A`), a ministry's field in title case (`Bộ trưởng Tư Pháp A`), a body's short name in
brackets before its country (`… (Chính hiệp) Trung Quốc A`), a dash closing an apposition before the verb,
and a letter sent to a person (`gửi thư cho ông A`)."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from vnreport.extract.officials import extract_people
from vnreport.pipeline import analyze_text
from vnreport.segment.document import segment


def _found(text: str) -> tuple[dict[str, list[str]], list[str]]:
    return people_of(text, words="dictionary")


def _roles(text: str) -> dict[str, str | None]:
    officials, _ = extract_people(segment(text, words="dictionary"))
    return {o.name: o.role for o in officials}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Lãnh đạo Công đảng Peter Hollis cho biết ông sẽ ra tranh cử.", "Peter Hollis", "Lãnh đạo Công đảng"),
        ("Hôm qua, lãnh đạo đảng Tự do Martin Greene đã rời cuộc họp.", "Martin Greene", "lãnh đạo đảng Tự do"),
        ("Lãnh đạo đảng NDP, bà Helen Marsh đã tới thủ đô.", "Helen Marsh", "Lãnh đạo đảng NDP"),
        (
            "Ông Paul Renard, lãnh đạo đảng Cộng hòa Mới (RN), cho biết sẽ phản đối.",
            "Paul Renard",
            "lãnh đạo đảng Cộng hòa Mới (RN)",
        ),
    ],
)
def test_the_leader_of_a_named_party_holds_a_title(text: str, name: str, title: str) -> None:
    officials, people = _found(text)
    assert officials == {name: [title]} and people == []


@pytest.mark.parametrize(
    "text",
    [
        "Các lãnh đạo Đảng và Nhà nước đã tới dự lễ kỷ niệm.",
        "Lãnh đạo đảng này chưa lên tiếng về vụ việc.",
    ],
)
def test_the_party_leadership_names_no_one(text: str) -> None:
    assert _found(text) == ({}, [])


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Bộ trưởng Tư Pháp Mary Holt sẽ tới thăm Hà Nội.", "Mary Holt", "Bộ trưởng Tư Pháp"),
        ("Bộ trưởng Quốc Phòng Ramon Santos xác nhận tin này.", "Ramon Santos", "Bộ trưởng Quốc Phòng"),
        ("Bộ trưởng Y Tế Trần Thị Lan phát biểu tại hội nghị.", "Trần Thị Lan", "Bộ trưởng Y Tế"),
    ],
)
def test_a_ministry_field_in_title_case_is_no_name(text: str, name: str, title: str) -> None:
    officials, _ = _found(text)
    assert officials == {name: [title]}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Phó Chủ tịch Hội nghị Hiệp thương chính trị nhân dân toàn quốc (Chính hiệp) Trung Quốc Lưu Kiến "
            "Minh dự lễ khai mạc.",
            "Lưu Kiến Minh",
            "Phó Chủ tịch Hội nghị Hiệp thương chính trị nhân dân toàn quốc (Chính hiệp) Trung Quốc",
        ),
        (
            "Bộ trưởng Quốc phòng (BQP) Nhật Bản Kenji Sato thăm căn cứ.",
            "Kenji Sato",
            "Bộ trưởng Quốc phòng (BQP) Nhật Bản",
        ),
    ],
)
def test_a_body_in_brackets_then_its_country_then_the_holder(text: str, name: str, title: str) -> None:
    report = analyze_text(text, source="x.txt", year=2017)
    assert {o.name: [t.text for t in o.titles] for o in report.officials} == {name: [title]}


def test_a_country_ending_in_quoc_opens_no_king() -> None:
    text = "Chủ tịch Trung Quốc Vương Minh Đức và Quốc vương Thái Lan tới dự."
    report = analyze_text(text, source="x.txt", year=2017)
    found = [(o.name, [t.text for t in o.titles]) for o in report.officials]
    assert found == [("Vương Minh Đức", ["Chủ tịch Trung Quốc"])]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lê Văn Hưng - Giám đốc Công ty cổ phần xây dựng số 9 chuyên thi công cầu đường - cho biết công trình "
        "sẽ xong trong tháng này.",
        "Ông Lê Văn Hưng - Phó Chủ tịch thứ nhất của Ủy ban Quốc phòng Hạ viện chuyên trách an ninh - khẳng định "
        "rằng nước này không lo ngại.",
    ],
)
def test_a_dash_closing_an_apposition_leads_to_the_verb(text: str) -> None:
    assert _roles(text) == {"Lê Văn Hưng": "spoke"}


def test_a_dash_apposition_of_an_addressee_gives_no_role() -> None:
    text = (
        "Trước đó, Bộ trưởng Trần Văn Hải đã gửi thư cho ông Lê Văn Hưng - Thứ trưởng Bộ Nội vụ, Chánh Văn phòng "
        "Bộ - yêu cầu các tỉnh báo cáo số liệu."
    )
    assert _roles(text)["Lê Văn Hưng"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Canada Paul Martin kêu gọi các nước cùng hành động.",
        "Bộ trưởng Ngoại giao Đức Hans Weber chỉ trích quyết định này.",
        "“Chúng tôi sẽ không lùi bước”, Tổng thống Pháp Louis Girard viết trên Twitter.",
        "Người phát ngôn Nhà Trắng Anna Reed tiết lộ kế hoạch sẽ công bố vào tuần tới.",
        "Chủ tịch UBND tỉnh Lê Văn Khải mong muốn doanh nghiệp tiếp tục đầu tư vào tỉnh.",
    ],
)
def test_a_verb_reporting_words_is_speech(text: str) -> None:
    assert list(_roles(text).values()) == ["spoke"]


def test_a_list_of_people_with_long_titles_shares_the_verb_after_the_last() -> None:
    text = (
        "Đồng chí Phạm Văn Quang, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu "
        "Quốc hội khóa XV đơn vị tỉnh Hà Tĩnh; đồng chí Lê Văn Vinh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí "
        "Trần Thị Chính, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đồng chủ trì hội nghị."
    )
    assert _roles(text) == {"Phạm Văn Quang": "chaired", "Lê Văn Vinh": "chaired", "Trần Thị Chính": "chaired"}


def test_a_verb_inside_a_list_item_keeps_the_items_apart() -> None:
    text = (
        "Ông Phạm Văn Quang, Bí thư Tỉnh ủy, phát biểu khai mạc hội nghị; ông Trần Thị Chính, Chủ tịch UBND "
        "tỉnh chủ trì phiên thảo luận."
    )
    assert _roles(text) == {"Phạm Văn Quang": "spoke", "Trần Thị Chính": "chaired"}


@pytest.mark.parametrize(
    "text",
    [
        "Thứ trưởng Trần Văn Nam trao quyết định bổ nhiệm ông Lê Văn Hùng giữ chức Vụ trưởng Vụ Pháp chế.",
        "Thứ trưởng Trần Văn Nam đã trao quyết định của Bộ trưởng đối với ông Lê Văn Hùng, Vụ trưởng Vụ Pháp chế.",
        "Thứ trưởng Trần Văn Nam trao quyết định bổ nhiệm Phó Giám đốc Sở Y tế Lê Văn Hùng giữ chức Giám đốc Sở.",
    ],
)
def test_the_appointee_of_a_decision_handed_over_attends(text: str) -> None:
    assert _roles(text)["Lê Văn Hùng"] == "attended"


def test_a_conclusion_announced_about_someone_gives_no_role() -> None:
    text = "Ủy ban Kiểm tra đã công bố kết luận kiểm tra đối với Thứ trưởng Bộ Công Thương Lê Thị Hoa."
    assert _roles(text) == {"Lê Thị Hoa": None}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Giám đốc điều hành (CEO) hãng hàng không Skyline, ông Mark Dorsey, cho biết hãng sẽ mở đường bay mới.",
            "Mark Dorsey",
            "Giám đốc điều hành (CEO) hãng hàng không Skyline",
        ),
        (
            "Trong khi đó, Giám đốc tài chính của Nordbank Group, ông Erik Lund cho biết lợi nhuận đã tăng.",
            "Erik Lund",
            "Giám đốc tài chính của Nordbank Group",
        ),
    ],
)
def test_a_title_whose_rest_runs_to_the_comma_before_its_holder(text: str, name: str, title: str) -> None:
    officials, people = _found(text)
    assert officials == {name: [title]} and people == []


def test_a_rest_with_a_verb_is_no_title_of_the_next_name() -> None:
    officials, people = _found("Giám đốc Sở chỉ đạo kiểm tra công ty Hòa Phát, ông Lê Văn An cho biết.")
    assert officials == {} and people == ["Lê Văn An"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Phó Chủ tịch thứ nhất Ủy ban châu Âu Hans Keller cho biết.",
            "Hans Keller",
            "Phó Chủ tịch thứ nhất Ủy ban châu Âu",
        ),
        (
            "Ông Ivan Petrov - Phó Chủ tịch thứ nhất của Ủy ban Quốc phòng Hạ viện Nga - khẳng định rằng nước này "
            "sẵn sàng.",
            "Ivan Petrov",
            "Phó Chủ tịch thứ nhất của Ủy ban Quốc phòng Hạ viện Nga",
        ),
    ],
)
def test_an_ordinal_of_rank_stays_in_the_title(text: str, name: str, title: str) -> None:
    report = analyze_text(text, source="x.txt", year=2017)
    assert {o.name: [t.text for t in o.titles] for o in report.officials} == {name: [title]}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ông Trump đã gặp người đứng đầu Cơ quan Hàng không Mỹ John Carter tại Nhà Trắng.",
            "John Carter",
            "người đứng đầu Cơ quan Hàng không Mỹ",
        ),
        (
            "Người đứng đầu Sở Giao thông Vận tải Lê Văn Hùng cho biết tuyến đường sẽ xong.",
            "Lê Văn Hùng",
            "Người đứng đầu Sở Giao thông Vận tải",
        ),
    ],
)
def test_the_head_of_a_named_body_before_the_name_holds_a_title(text: str, name: str, title: str) -> None:
    officials, _ = _found(text)
    assert officials == {name: [title]}


@pytest.mark.parametrize(
    "text",
    [
        "Người đứng đầu Chính phủ cũng cho rằng việc này cần làm ngay.",
        "Bà Kelly có thể trở thành người đứng đầu Bộ Giáo dục Mỹ hay không.",
    ],
)
def test_the_head_of_a_body_with_no_name_after_it_names_no_one(text: str) -> None:
    officials, _ = _found(text)
    assert officials == {}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ông Ivan Petrov, người đứng đầu Trung tâm An ninh Quốc gia, cho biết hệ thống đã được kiểm tra.",
            "Ivan Petrov",
            "người đứng đầu Trung tâm An ninh Quốc gia",
        ),
        (
            "Bà Anna Berg - người đứng đầu WHO trong nhiều năm - đã kêu gọi các nước hành động.",
            "Anna Berg",
            "người đứng đầu WHO",
        ),
    ],
)
def test_the_head_of_a_named_body_set_off_after_the_name_holds_a_title(text: str, name: str, title: str) -> None:
    officials, people = _found(text)
    assert officials == {name: [title]} and people == []


def test_a_set_off_body_head_with_a_lower_case_body_is_no_title() -> None:
    officials, people = _found("Ông Lê Văn Hùng, người đứng đầu cơ quan này, cho biết sẽ kiểm tra lại.")
    assert officials == {} and people == ["Lê Văn Hùng"]


def test_a_body_head_set_off_after_a_quoted_source_is_not_the_source_s_title() -> None:
    officials, people = _found("Theo ông Nguyễn Văn An, người đứng đầu Bộ Y tế phải chịu trách nhiệm về việc này.")
    assert "Nguyễn Văn An" not in officials and people == ["Nguyễn Văn An"]

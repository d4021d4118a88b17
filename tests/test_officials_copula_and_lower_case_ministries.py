"""Round 11: officials named after their title by a copula (`Thủ tướng … lúc đó là bà A`), and foreign titles
whose ministry is written in lower case before a country (`bộ trưởng tư pháp Mỹ A`). Sentences written for the
tests, in the shapes of 2017 foreign-affairs news; read through the whole pipeline, as the CLI reads them."""

from __future__ import annotations

import pytest

from vnreport import analyze_text


def _found(text: str) -> tuple[dict[str, list[tuple[str, bool]]], list[str]]:
    report = analyze_text(f"Tin thế giới\n\n{text}\n")
    officials = {o.name: [(t.text, t.current) for t in o.titles] for o in report.officials}
    return officials, [p.name for p in report.people]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Năm 1985, Thủ tướng Na Uy lúc đó là bà Gro Harlem Brundtland đã tới thăm khu mỏ.",
            "Gro Harlem Brundtland",
            ("Thủ tướng Na Uy", False),
        ),
        (
            "Đến năm 1998, Bí thư Huyện đoàn Tây Sơn khi ấy là ông Lê Văn Toàn đã vận động thanh niên.",
            "Lê Văn Toàn",
            ("Bí thư Huyện đoàn Tây Sơn", False),
        ),
        (
            "Tuy nhiên, Người phát ngôn Bộ Ngoại giao Pháp là bà Claire Dubois cho biết Paris chưa quyết định.",
            "Claire Dubois",
            ("Người phát ngôn Bộ Ngoại giao Pháp", True),
        ),
        (
            "Giám đốc Sở Giao thông vận tải hiện nay là ông Trần Minh Khoa đã ký văn bản.",
            "Trần Minh Khoa",
            ("Giám đốc Sở Giao thông vận tải", True),
        ),
        (  # a counted post: the new holders listed after `mới là` hold it
            "Công ty hiện có 2 Phó Tổng giám đốc mới là ông Phạm Văn Hòa và ông Lý Văn Tân.",
            "Lý Văn Tân",
            ("Phó Tổng giám đốc", True),
        ),
    ],
)
def test_title_then_copula_gives_the_title(text: str, name: str, title: tuple[str, bool]) -> None:
    officials, people = _found(text)
    assert officials.get(name) == [title]
    assert name not in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phu nhân của Thủ tướng Bỉ là bà Anna Verhoeven đã tới dự lễ.", "Anna Verhoeven"),
        ("Ứng cử viên Tổng thống Áo lúc đó là ông Karl Huber đã bỏ cuộc.", "Karl Huber"),
    ],
)
def test_copula_after_an_owner_or_a_group_gives_no_title(text: str, name: str) -> None:
    officials, people = _found(text)
    assert name not in officials
    assert name in people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Năm 1974, bộ trưởng tư pháp Mỹ William Saxbe đã bổ nhiệm một công tố viên mới.",
            "William Saxbe",
            "bộ trưởng tư pháp Mỹ",
        ),
        (
            "Hôm qua, bộ trưởng quốc phòng Australia Marise Payne đã tới Singapore.",
            "Marise Payne",
            "bộ trưởng quốc phòng Australia",
        ),
        (
            "Tờ báo dẫn lời phát ngôn viên ngoại giao Thái Lan, ông Somchai Wongsakul, cho biết chuyến đi bị hoãn.",
            "Somchai Wongsakul",
            "phát ngôn viên ngoại giao Thái Lan",
        ),
    ],
)
def test_lower_case_ministry_before_a_country(text: str, name: str, title: str) -> None:
    officials, _ = _found(text)
    assert [t for t, _ in officials.get(name, [])] == [title]


def test_lower_case_field_without_a_country_stays_outside_the_title() -> None:
    officials, _ = _found("Ông Nguyễn Văn Phúc, giám đốc kinh doanh của hãng, cho biết giá sẽ tăng.")
    assert all("kinh doanh" not in t for titles in officials.values() for t, _ in titles)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Hãng tin dẫn lời Chủ tịch Thượng viện Ba Lan, Tomasz Grodzki phát biểu rằng ông phản đối.",
            "Tomasz Grodzki",
            "Chủ tịch Thượng viện Ba Lan",
        ),
        (
            "Người phát ngôn Bộ Ngoại giao Canada, Melanie Joly cho biết Ottawa lo ngại.",
            "Melanie Joly",
            "Người phát ngôn Bộ Ngoại giao Canada",
        ),
        ("Thủ tướng Hà Lan, Mark Rutte cho biết sẽ tới dự.", "Mark Rutte", "Thủ tướng Hà Lan"),
        (
            "Giám đốc Sở Công Thương, Lê Văn Thành cho biết giá điện không đổi.",
            "Lê Văn Thành",
            "Giám đốc Sở Công Thương",
        ),
    ],
)
def test_title_comma_then_name_and_its_verb(text: str, name: str, title: str) -> None:
    officials, _ = _found(text)
    assert [t for t, _ in officials.get(name, [])] == [title]


def test_a_title_ending_a_phrase_about_someone_else_is_not_the_next_subject() -> None:
    officials, _ = _found("Sau cuộc gặp với Thủ tướng Hà Lan, Pedro Sanchez nói rằng hai bên đã nhất trí.")
    assert "Pedro Sanchez" not in officials


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 5/3, đoàn đã trồng cây tại Trường Tiểu học Lý Thường Kiệt (quận Hải An).",
        "Học sinh trường Mầm non Hoàng Diệu (phường 4) được tặng quà.",
        "Buổi lễ diễn ra ở Trường THCS Nguyễn Văn Cừ (TP Vinh) sáng nay.",
    ],
)
def test_a_name_closing_a_school_is_no_person(text: str) -> None:
    officials, people = _found(text)
    assert not officials
    assert not people


def test_a_person_detailed_after_a_school_teacher_is_still_one() -> None:
    _, people = _found("Cô giáo Nguyễn Thị Hoa (trường Tiểu học Lê Lợi) cho biết các em rất chăm.")
    assert people == ["Nguyễn Thị Hoa"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Một nhóm cựu quan chức dưới thời Tổng thống Gerald R.Ford đã lên tiếng.", "Gerald R.Ford", "Tổng thống"),
        ("Ông từng làm việc cho Tổng thống John F.Kennedy tại Nhà Trắng.", "John F.Kennedy", "Tổng thống"),
        (
            "Chủ tịch nước đã hội kiến Tổng thống Chi-lê M.Ba-chê-lết bên lề hội nghị.",
            "M.Ba-chê-lết",
            "Tổng thống Chi-lê",
        ),
        ("Thủ tướng Ca-na-đa G.Trô-đô cho biết sẽ tới thăm.", "G.Trô-đô", "Thủ tướng Ca-na-đa"),
    ],
)
def test_initials_written_tight_to_the_surname(text: str, name: str, title: str) -> None:
    officials, people = _found(text)
    assert [t for t, _ in officials.get(name, [])] == [title]
    assert not people


def test_a_list_closing_the_body_after_a_title_and_a_colon_is_no_byline() -> None:
    text = (
        "Sáng 5/3, Tỉnh ủy tổ chức hội nghị tổng kết. "
        "Dự hội nghị có các đồng chí Ủy viên Bộ Chính trị: Lê Văn An, Đỗ Thị Bình."
    )
    officials, people = _found(text)
    assert officials == {
        "Lê Văn An": [("Ủy viên Bộ Chính trị", True)],
        "Đỗ Thị Bình": [("Ủy viên Bộ Chính trị", True)],
    }
    assert not people


def test_a_clip_label_before_a_colon_still_ends_in_its_byline() -> None:
    text = (
        "Sáng 5/3, đoàn đua xe gây náo loạn đường phố. Clip các thanh niên đua xe trên quốc lộ gây bức xúc: Lê Văn An"
    )
    report = analyze_text(f"Tin\n\n{text}\n")
    assert [(p.name, p.kind) for p in report.people] == [("Lê Văn An", "byline")]


def test_a_title_ending_in_a_country_before_a_name_in_vietnamese_spelling_is_that_name_s() -> None:
    officials, _ = _found("Thủ tướng Nhật Bản Fumio Kishida, Chủ tịch Trung Quốc Tập Cận Bình cùng dự lễ.")
    assert officials == {
        "Fumio Kishida": [("Thủ tướng Nhật Bản", True)],
        "Tập Cận Bình": [("Chủ tịch Trung Quốc", True)],
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cuộc thăm dò cho thấy ứng cử viên Tổng thống Áo Karl Huber đang dẫn trước.", "Karl Huber"),
        ("Trong khi đó, người vừa tranh cử Tổng thống Pierre Lambert bị loại từ vòng đầu.", "Pierre Lambert"),
    ],
)
def test_a_post_sought_is_no_title_but_the_name_is_a_person(text: str, name: str) -> None:
    officials, people = _found(text)
    assert name not in officials
    assert name in people


def test_a_candidate_named_by_the_surname_alone_is_the_same_person() -> None:
    report = analyze_text(
        "Ứng viên Tổng thống Áo Huber có thể phải dừng cuộc đua\n\n"
        "Hôm qua, ứng cử viên Tổng thống Áo Karl Huber đã chịu sức ép. Tỉ lệ ủng hộ ông Huber đang giảm.\n"
    )
    assert [p.name for p in report.people] == ["Karl Huber"]


@pytest.mark.parametrize("first_cut", [True, False])
def test_a_double_surname_split_by_a_spaced_dash_is_one_person(first_cut: bool) -> None:
    cut = "Chủ tịch Thượng viện Maria Jansen – Vos (bên phải) chào đón đoàn."
    whole = "Thủ tướng đã hội kiến Chủ tịch Thượng viện Hà Lan Maria Jansen-Vos tại La Haye."
    officials, _ = _found(" ".join([cut, whole] if first_cut else [whole, cut]))
    assert list(officials) == ["Maria Jansen-Vos"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Về phía Việt Nam có Trợ lý Bộ trưởng Ngoại giao Lê Quang Vinh.",
            "Lê Quang Vinh",
            "Trợ lý Bộ trưởng Ngoại giao",
        ),
        ("Thư ký Chủ tịch nước Đỗ Văn Hòa cũng có mặt.", "Đỗ Văn Hòa", "Thư ký Chủ tịch nước"),
        (
            "Trong khi đó, phát ngôn viên Tổng thống Park Min-jae cho biết cuộc họp bị hoãn.",
            "Park Min-jae",
            "phát ngôn viên Tổng thống",
        ),
    ],
)
def test_a_post_serving_another_takes_the_served_title_as_its_organisation(text: str, name: str, title: str) -> None:
    officials, _ = _found(text)
    assert [t for t, _ in officials.get(name, [])] == [title]


def test_after_cua_the_name_is_the_leader_served() -> None:
    officials, _ = _found("Phát ngôn viên của Tổng thư ký Liên hiệp quốc Antonio Guterres gọi đó là điều đáng tiếc.")
    assert officials.get("Antonio Guterres") == [("Tổng thư ký Liên hiệp quốc", True)]


def test_a_bare_assistant_is_a_kind_of_worker() -> None:
    officials, _ = _found("Ông Trần Văn Nam, trợ lý huấn luyện viên, cho biết đội đã sẵn sàng.")
    assert "Trần Văn Nam" not in officials


def test_a_served_post_after_cua_in_a_chain_of_titles_is_the_holder_s() -> None:
    officials, _ = _found(
        "Dự lễ có Trợ lý Bộ trưởng Ngoại giao, Đặc phái viên của Thủ tướng Chính phủ, "
        "Tổng thư ký Hội đồng Nhà nước Lê Minh Khôi."
    )
    assert [t for t, _ in officials["Lê Minh Khôi"]] == [
        "Trợ lý Bộ trưởng Ngoại giao",
        "Đặc phái viên của Thủ tướng Chính phủ",
        "Tổng thư ký Hội đồng Nhà nước",
    ]


def test_an_aide_of_a_named_senator_leaves_the_senator_his_title() -> None:
    officials, _ = _found("Một trợ lý của Thượng nghị sĩ Mark Warner cho biết ông đang soạn thảo dự luật.")
    assert officials == {"Mark Warner": [("Thượng nghị sĩ", True)]}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Trợ lý Ngoại trưởng Mỹ Daniel Brown cho biết hai bên đã trao đổi.", "Daniel Brown", "Trợ lý Ngoại trưởng Mỹ"),
        (
            "Phó Trợ lý Bộ trưởng Quốc phòng Mỹ Ely Carter đã tới Hà Nội.",
            "Ely Carter",
            "Phó Trợ lý Bộ trưởng Quốc phòng Mỹ",
        ),
        (
            "Điều phối viên thường trú Liên hợp quốc tại Việt Nam Pauline Jensen phát biểu.",
            "Pauline Jensen",
            "Điều phối viên thường trú Liên hợp quốc tại Việt Nam",
        ),
        ("Phó Trợ lý Ngoại trưởng Daniel Brown cho biết.", "Daniel Brown", "Phó Trợ lý Ngoại trưởng"),
        (
            "Điều phối viên Hội đồng An ninh quốc gia John Kerr cho biết.",
            "John Kerr",
            "Điều phối viên Hội đồng An ninh quốc gia",
        ),
        # `Ð` (Eth, U+00D0) typed for `Đ`: matched as `Đ`, reported as written
        (
            "Ðiều phối viên Hội đồng An ninh quốc gia Mỹ John Kerr cho biết.",
            "John Kerr",
            "Ðiều phối viên Hội đồng An ninh quốc gia Mỹ",
        ),
    ],
)
def test_a_serving_post_ending_in_a_country_names_the_person_after_it(text: str, name: str, title: str) -> None:
    found = {o.name: [t.text for t in o.titles] for o in analyze_text(text).officials}
    assert found == {name: [title]}


def test_coordinators_without_a_body_and_a_companys_staff_are_no_post() -> None:
    assert analyze_text("Các điều phối viên của chương trình đã làm việc với nhóm.").officials == []
    assert analyze_text("Máy tính của nhân viên Sony Pictures Entertainment bị tấn công.").officials == []

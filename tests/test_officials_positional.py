"""Names read by their position after a title or an anchor, and one person written several ways (issue #12):
one written example per construction."""

from __future__ import annotations

import pytest

from tests.test_officials_people import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign name right after a bare title, no nationality between
        ("Ông Brown đã gặp Thủ tướng Theresa May ở London.", {"Theresa May": ["Thủ tướng"]}),
        # a monarch named by one word
        ("Đoàn được tiếp kiến Nữ hoàng Margrethe tại cung điện.", {"Margrethe": ["Nữ hoàng"]}),
        # a name the text also gives after an anchor: a person, not an organisation
        (
            "Tổng Bí thư Trường Chinh đã nêu rõ. Sinh thời, đồng chí Trường Chinh luôn nhắc điều đó.",
            {"Trường Chinh": ["Tổng Bí thư"]},
        ),
        # an honorific between the title and the name
        ("Thủ tướng Samdech Techo Hun Sen tuyên bố. Quyết định của ông Hun Sen gây chú ý.", {"Hun Sen": ["Thủ tướng"]}),
        # a qualifier of the party between the title and the name
        (
            "Chủ tịch đảng Dân chủ Tự do (DTP) đối lập Sam Rainsy đã tới 5 tỉnh.",
            {"Sam Rainsy": ["Chủ tịch đảng Dân chủ Tự do (DTP)"]},
        ),
        # a counted title before two coordinated foreign names
        (
            "Tham dự có hai cựu Ngoại trưởng Mỹ Colin Powell và Madeleine Albright, cựu cố vấn Susan Rice.",
            {"Colin Powell": ["Ngoại trưởng Mỹ"], "Madeleine Albright": ["Ngoại trưởng Mỹ"]},
        ),
        ("Lãnh tụ Cách mạng Cuba Fidel Castro từng tới thăm.", {"Fidel Castro": ["Lãnh tụ Cách mạng Cuba"]}),
        # a city abroad between the title and the name is the title's place
        ("Thị trưởng Paris Anne Hidalgo lên án vụ việc.", {"Anne Hidalgo": ["Thị trưởng Paris"]}),
        # lower-case particles inside a foreign name
        ("Thái tử Mohammed bin Salman đã có mặt.", {"Mohammed bin Salman": ["Thái tử"]}),
        ("Bà Ursula von der Leyen phát biểu.", {}),
        # a head of government's name spelt in Vietnamese right after the bare title
        ("Thủ tướng Hun Sen nhiều lần đề cập khoản nợ.", {"Hun Sen": ["Thủ tướng"]}),
        # a king named after `vua`, a one-word country inside the name
        ("Khu lăng mộ vợ vua Tự Đức bị san ủi.", {"Tự Đức": ["vua"]}),
        ("Năm 1826, vua Minh Mạng cho xây dựng cửa ải.", {"Minh Mạng": ["vua"]}),
        # a monarch's name with a word of an organisation (`trung` of `Trung ương`) after its first syllable
        ("Năm 1789, Hoàng đế Quang Trung đại phá quân Thanh.", {"Quang Trung": ["Hoàng đế"]}),
        # a foreign surname spelt in Vietnamese that also opens an organisation (`Tập đoàn`)
        ("Chủ tịch Tập Cận Bình phát biểu tại hội nghị.", {"Tập Cận Bình": ["Chủ tịch"]}),
        ("Tổng Bí thư, Chủ tịch Tập Cận Bình đã tới.", {"Tập Cận Bình": ["Tổng Bí thư", "Chủ tịch"]}),
        ("Chủ tịch Tập Đoàn Hòa Phát Trần Đình Long cho biết.", {"Trần Đình Long": ["Chủ tịch Tập Đoàn Hòa Phát"]}),
        # a former country ends the title before the name
        ("Ngoại trưởng Liên Xô Andrei Gromyko phát biểu.", {"Andrei Gromyko": ["Ngoại trưởng Liên Xô"]}),
        ("Ông từng gặp thủ tướng Tây Đức Helmut Kohl năm 1990.", {"Helmut Kohl": ["thủ tướng Tây Đức"]}),
        # a sentence glued to the name when the paragraphs were joined without their full stop
        ("Theo Reuters, Tổng thống Mỹ Joe Biden Hãng tin này cho biết thêm.", {"Joe Biden": ["Tổng thống Mỹ"]}),
    ],
)
def test_names_by_position(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = extract(text)
    assert {name: officials.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trưởng buôn Kô Êmông cho biết dân đã về.",  # a village after a village head's title
        "Các đồng chí Bộ Chính trị hai nước đã gặp nhau.",  # an organisation runs on in lower case
        "Thủ hiến Scotland kêu gọi bỏ phiếu.",  # a region, not a name
        "Bộ trưởng Tài chính Samsung cho biết.",  # one word after a title that is no monarch's
        "Thủ tướng Quốc Vụ viện đã họp.",  # an organisation's words after a head of government's title
        "Nhiều người đã cao hơn vua Ả Rập nhiều.",  # a region after `vua`, not a king's name
        "Thủ tướng Chính Phủ đã họp.",  # two words of an organisation in a row, capitalised
        "Tập Đoàn Vingroup công bố kết quả.",  # `Tập` before `Đoàn` opens an organisation
    ],
)
def test_no_name_by_position(text: str) -> None:
    officials, people = extract(text)
    assert officials == {} and people == []


def test_one_person_written_several_ways() -> None:
    text = (
        "Tổng thống Maduro nói. Sau đó Tổng thống Venezuela Nicolás Maduro ký sắc lệnh. "
        "Chủ tịch Quốc hội Cuba Esteban Lazo Hernandes phát biểu. Ông Esteban Lazo Hernandez nhấn mạnh. "
        "Ông Phạm Sỹ Quý trả lời. Phóng viên hỏi ông Phạm Sĩ Quý."
    )
    officials, people = extract(text)
    assert set(officials) == {"Nicolás Maduro", "Esteban Lazo Hernandes"}
    assert people == ["Phạm Sỹ Quý"]


def test_a_country_abbreviated_in_a_title_is_the_same_post() -> None:
    text = "Chủ tịch Trung Quốc Tập Cận Bình đã tới. Thủ tướng gặp Chủ tịch TQ Tập Cận Bình."
    officials, _ = extract(text)
    assert officials == {"Tập Cận Bình": ["Chủ tịch Trung Quốc"]}


def test_a_father_named_by_one_word_is_not_the_son() -> None:
    text = "Hôm qua, vua Salman của Ả Rập Saudi đã ký sắc lệnh. Thái tử Mohammed bin Salman nắm quyền."
    officials, _ = extract(text)
    assert officials == {"Salman": ["vua"], "Mohammed bin Salman": ["Thái tử"]}


def test_a_name_cut_short_joins_the_full_name() -> None:
    text = (
        "Bản cam kết của Chủ tịch UBND TP Hà Nội Nguyễn Đức chung. Về cam kết của Chủ tịch Nguyễn Đức Chung, tôi hiểu."
    )
    officials, _ = extract(text)
    assert officials == {"Nguyễn Đức Chung": ["Chủ tịch UBND TP Hà Nội"]}


def test_distinct_vietnamese_names_stay_apart() -> None:
    officials, _ = extract("Giám đốc Sở Nguyễn Văn An và Phó Giám đốc Sở Nguyễn Văn Anh cùng dự.")
    assert set(officials) == {"Nguyễn Văn An", "Nguyễn Văn Anh"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the copula right after the person, a pronoun for them after `do`, a career list after a cue
        (
            "Năm 1938, đồng chí Lê Văn Tám là Xứ ủy viên Xứ ủy Bắc kỳ. Chi bộ do đồng chí làm Bí thư.",
            {"Lê Văn Tám": ["Xứ ủy viên Xứ ủy Bắc kỳ", "Bí thư"]},
        ),
        (
            "Ông Trần Văn Bình làm Tư lệnh, sau đó Phó Tư lệnh kiêm Chính ủy Quân khu 9.",
            {"Trần Văn Bình": ["Tư lệnh", "Phó Tư lệnh", "Chính ủy Quân khu 9"]},
        ),
        # places joined by a dash inside an organisation; an old province after a Party committee
        (
            "Ông Phan Văn Hải làm Bí thư Tỉnh ủy Sơn Tây, rồi Chủ tịch Hội hữu nghị Việt Nam - Lào.",
            {"Phan Văn Hải": ["Bí thư Tỉnh ủy Sơn Tây", "Chủ tịch Hội hữu nghị Việt Nam - Lào"]},
        ),
        # an ordinal in a diplomat's title; `Đại sứ quán` is no `Đại sứ`
        (
            "Dự lễ có Bí thư thứ 1 Đại sứ quán Việt Nam tại Ba Lan Nguyễn Thị Hòa.",
            {"Nguyễn Thị Hòa": ["Bí thư thứ 1 Đại sứ quán Việt Nam tại Ba Lan"]},
        ),
        # a bare title naming someone already named is theirs, not the next person's
        (
            "Thủ tướng Nguyễn Văn Sơn hỏi. Đáp lời Thủ tướng, ông Lê Văn Quang, Chủ tịch Công ty Minh Phú cho rằng.",
            {"Nguyễn Văn Sơn": ["Thủ tướng"], "Lê Văn Quang": ["Chủ tịch Công ty Minh Phú"]},
        ),
        # the same post written with and without `TP`: its fuller writing once
        (
            "Bí thư Thành ủy Hà Nội Hoàng Văn Hải nói. Bí thư Thành ủy TP Hà Nội Hoàng Văn Hải cho biết.",
            {"Hoàng Văn Hải": ["Bí thư Thành ủy TP Hà Nội"]},
        ),
    ],
)
def test_biographies_and_clauses(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = extract(text)
    assert {name: officials.get(name) for name in expected} == expected


def test_no_title_from_a_copula_far_from_the_person() -> None:
    officials, _ = extract("Ông Lê Văn Hùng đến. Thành phần gồm: Chủ tịch xã là Chủ tịch Hội đồng, đối với ông Hùng.")
    assert officials == {}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Tiêu đề\nPhải thu hồi trên 390.000 m2 đất. N. Huyền (thực hiện)\n", ["N. Huyền"]),
        ("Tiêu đề\nĐã hỗ trợ ngư dân ra khơi. Viết Ý (TTXVN)\n", ["Viết Ý"]),
        ('Tiêu đề\nSao đủ thuyết phục!". N.Duy PHƯƠNG NHUNG - NGỌC ÁNH\n', ["N.Duy", "PHƯƠNG NHUNG", "NGỌC ÁNH"]),
        ("Tiêu đề\nÔng Nam nói. T.Dương Răn đe được ai! Đó là ý kiến của bạn đọc.\nHết.\n", ["T.Dương"]),
        ("Tiêu đề\nTại Q. Gò Vấp, TP.HCM đã xong. Giá tại Mỹ. Nếu tăng thì sao.\nHết.\n", []),
    ],
)
def test_bylines_and_credits_by_initials(text: str, people: list[str]) -> None:
    assert extract(text)[1] == people


def test_a_case_named_after_a_defendant_and_a_child() -> None:
    _, people = extract("Vụ Trần Văn Lộc đã đưa ra xét xử, vụ Lê Thị Hằng cũng vậy. Đến nay bé Đỗ Văn Nam vẫn ở đó.")
    assert people == ["Trần Văn Lộc", "Lê Thị Hằng", "Đỗ Văn Nam"]


def test_the_same_post_with_a_word_more_inside_is_one_title() -> None:
    text = (
        "Phó Thủ tướng Chính phủ Trần Văn Bình phát biểu. Ông Trần Văn Bình, Phó Thủ tướng Thường trực Chính phủ, "
        "nhấn mạnh. Bộ trưởng Y tế Lê Thị Mai cho biết. Bộ trưởng Bộ Y tế Lê Thị Mai nói thêm."
    )
    officials, _ = extract(text)
    assert officials == {
        "Trần Văn Bình": ["Phó Thủ tướng Thường trực Chính phủ"],
        "Lê Thị Mai": ["Bộ trưởng Bộ Y tế"],
    }


def test_a_heading_over_a_numbered_list_gives_its_title_to_each_item() -> None:
    text = (
        "Tiêu đề\nDanh sách 3 Ủy viên Ban Thường vụ Tỉnh ủy Nam Định khoá XX\n"
        "1 - Ông Trần Văn Hải, Bí thư Tỉnh ủy Nam Định.\n2 - Bà Lê Thị Hoa, Phó Bí thư Tỉnh ủy khóa XX.\n"
        "Hội nghị kết thúc. Ông Vũ Văn Nam, Giám đốc Sở Y tế, phát biểu.\n"
    )
    officials, _ = extract(text)
    assert officials == {
        "Trần Văn Hải": ["Ủy viên Ban Thường vụ Tỉnh ủy Nam Định", "Bí thư Tỉnh ủy Nam Định"],
        "Lê Thị Hoa": ["Ủy viên Ban Thường vụ Tỉnh ủy Nam Định", "Phó Bí thư Tỉnh ủy"],
        "Vũ Văn Nam": ["Giám đốc Sở Y tế"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Vietnamese name after an organisation's name shaped unlike Vietnamese
        ("Tổng Giám đốc PVTex Vũ Đình Hải đã ký.", {"Vũ Đình Hải": ["Tổng Giám đốc PVTex"]}),
        # a company whose name ends in a company's word
        ("Tổng Giám đốc Phúc Khang Corporation Lưu Thị Mai cho biết.", {"Lưu Thị Mai": None}),
    ],
)
def test_organisations_before_a_name_are_no_name(text: str, expected: dict[str, list[str] | None]) -> None:
    officials, _ = extract(text)
    assert "Phúc Khang Corporation" not in officials and "PVTex Vũ Đình Hải" not in officials
    for name, titles in expected.items():
        if titles is not None:
            assert officials.get(name) == titles


def test_name_particles_and_accents() -> None:
    """A particle joins the parts around it; accents of foreign names are no Vietnamese syllable, so a
    three-part name with one keeps its last part."""
    _, people = extract("Bà Ursula von der Leyen phát biểu. Ông Andrés Manuel López nói thêm.")
    assert {"Ursula von der Leyen", "Andrés Manuel López"} <= set(people)

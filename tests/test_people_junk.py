"""People that are no one: initials that are an abbreviated unit, body or acronym; a name with an address in
brackets that ends a place's or a body's name; an acronym read as a syllable of a name; an honorific read as part
of a name. One invented sentence per construction."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def people(text: str) -> list[str]:
    return [p.name for p in extract_people(segment(text, words="dictionary"))[1]]


def officials(text: str) -> dict[str, list[str]]:
    return {o.name: [t.text for t in o.titles] for o in extract_people(segment(text, words="dictionary"))[0]}


# --- initials that are no author's -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a district abbreviated inside brackets: its name goes on after the initial
        "Tiêu đề\nCư dân thôn Đông Lạc (H.Minh Sơn, Hà Giang) được cấp nước sạch.\nHết.\n",
        "Tiêu đề\nCờ thi đua do cơ quan thường trực (T.Ư Đoàn Thanh niên) trao tặng.\nHết.\n",
        # an acronym of two letters that is no Vietnamese onset ends a sentence, its dot is no initial's
        "Tiêu đề\nHai bên mở diễn đàn doanh nghiệp Việt Nam-UK. Trong phiên chiều, nhiều hợp đồng được ký.\nHết.\n",
        "Tiêu đề\nĐồi chè sau cơn mưa. Ảnh: TL. Theo người dân, mùa hái chè sắp đến.\nHết.\n",
    ],
)
def test_an_abbreviation_before_a_capitalised_word_is_no_credit(text: str) -> None:
    assert people(text) == []


def test_initials_opening_with_a_two_letter_onset_stay_a_credit() -> None:
    assert people("Tiêu đề\nĐàn vịt bơi trên kênh. Ảnh: TH.K Nhiều hộ nuôi đã có lãi.\nHết.\n") == ["TH.K"]


def test_a_degree_after_a_caption_cue_is_no_author() -> None:
    text = "Tiêu đề\nHội thảo về rau sạch. Video: TS. Đỗ Minh Khang cho rằng cần trồng rau trên sân thượng.\nHết.\n"
    assert people(text) == ["Đỗ Minh Khang"]


# --- a name with an address in brackets that ends a place's or a body's name ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Xe chở vật liệu ra vào khu đô thị mới Hoàng Long (quận Hòa Phong) suốt đêm.",
        "Đèn đường được thay ở hai phường Tân Định và Lê Văn Tám (quận 3) trong quý này.",
        "Đoàn thanh tra làm việc với Công ty Phan Đạt (huyện Đông Sơn) hôm thứ hai.",
    ],
)
def test_an_address_after_the_end_of_a_place_or_body_names_no_one(text: str) -> None:
    assert people(text) == []


def test_an_address_after_a_person_noun_still_names_a_person() -> None:
    text = "Bầy ong đốt trúng chủ vườn Lương Văn Thìn (xã Đông Hải) khi ông đang cắt cỏ."
    assert people(text) == ["Lương Văn Thìn"]


# --- acronyms inside a name written in lower case --------------------------------------------------------------


def test_an_acronym_after_a_surname_shaped_word_ends_the_name() -> None:
    text = "Quy định mới là cần thiết. LS ĐẶNG QUỐC TUẤN, Phó Chủ nhiệm Đoàn LS tỉnh Hà Nam."
    assert officials(text) == {"ĐẶNG QUỐC TUẤN": ["Phó Chủ nhiệm Đoàn LS tỉnh Hà Nam"]}


def test_a_delegation_named_by_an_acronym_is_no_person() -> None:
    assert people("Tin vắn: Đoàn VĐV rút bớt 5 huấn luyện viên dự giải.") == []


# --- an honorific between the anchor and a foreign name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Phát biểu tại buổi lễ, ông Mr Choi Dong-wook nhấn mạnh vai trò của đối tác.",
            "Choi Dong-wook",
        ),
        ("Bà Mrs. Helena Novak đã đến thăm trường vào hôm qua.", "Helena Novak"),
    ],
)
def test_an_honorific_after_the_anchor_is_left_out_of_the_name(text: str, name: str) -> None:
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a sentence opener glued on where the page lost its stop: `Mời`, `Khoảng`, `Tháng`, `Nhà` are no given names
        ("Tiêu đề\nGiao lưu với nhà văn Lê Văn Hòa Mời bạn đọc gửi câu hỏi.\nHết.\n", "Lê Văn Hòa"),
        ("Tiêu đề\nXe tải lật bên đường. Ảnh: Hải Yến Khoảng 9 giờ cùng ngày, đường thông xe.\nHết.\n", "Hải Yến"),
        ("Tiêu đề\nTàu cập cảng. Ảnh: Quang Vinh Tháng 5/2024, cảng đón tàu lớn nhất.\nHết.\n", "Quang Vinh"),
    ],
)
def test_a_sentence_opener_ends_a_name(text: str, name: str) -> None:
    assert people(text) == [name]


def test_a_pronoun_glued_after_a_given_name_makes_no_person() -> None:
    # `anh Tùng` then `Tôi vẫn nhớ …`, the next sentence: `Tùng Tôi` is no one
    assert people("Tiêu đề\nBức thư gửi anh Tùng Tôi vẫn nhớ mãi buổi chiều hôm ấy.\nHết.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # a capital letter that ends a longer proper name: a contest, a company
        "Tiêu đề\nEm đoạt huy chương tại kỳ thi Olympic Hóa Học Châu Á năm nay.\nHết.\n",
        "Tiêu đề\nHãng vận tải biển Đan Mạch A.P. Moller bị tin tặc tấn công.\nHết.\n",
    ],
)
def test_a_letter_ending_a_longer_proper_name_is_no_anonymised_person(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalised opener missing from names_stop.txt opens the sentence: the name after it is a person's
        ("Tiêu đề\nRiêng Lê Văn C vắng mặt tại phiên tòa.\nHết.\n", "Lê Văn C"),
        ("Tiêu đề\nCả Phạm Thị D và chồng đều bị tạm giữ.\nHết.\n", "Phạm Thị D"),
    ],
)
def test_an_anonymised_person_after_a_sentence_opener_is_kept(text: str, name: str) -> None:
    assert people(text) == [name]


# --- a firm's name and a credit run into the next sentence ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tiêu đề\nLuật sư Trần Quốc Bình, Văn phòng luật sư Lê Hưng cho biết vụ việc sẽ được xem xét.\nHết.\n",
        "Tiêu đề\nTheo luật sư Đặng Văn Hải (Công ty Luật Hoàng Minh), hợp đồng này vô hiệu.\nHết.\n",
    ],
)
def test_a_firm_named_after_its_founder_names_no_one(text: str) -> None:
    # the lawyer is a person; the founder's name inside the firm's is no one of the text
    assert len(people(text)) == 1


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tiêu đề\nPhó trưởng phòng công chứng Lê Văn Hải cho biết hồ sơ đã đủ.\nHết.\n", "Phó trưởng phòng"),
        ("Tiêu đề\nGiám đốc công ty luật Lê Văn Hải cho biết hồ sơ đã đủ.\nHết.\n", "Giám đốc"),
    ],
)
def test_a_firm_head_ending_a_title_keeps_the_official(text: str, title: str) -> None:
    # the firm's head is the end of the title before the name: the name is the holder's, not the firm's
    found = officials(text)
    assert list(found) == ["Lê Văn Hải"]
    assert found["Lê Văn Hải"][0].startswith(title)


def test_a_credit_in_initials_then_the_next_sentence() -> None:
    text = "Tiêu đề\nCá chết trắng mặt hồ. Ảnh: TR.L Như Thanh Niên đã đưa tin, nước hồ bị ô nhiễm nặng.\nHết.\n"
    assert people(text) == ["TR.L"]

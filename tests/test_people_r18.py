"""Round 18, people: junk people measured over the read sets and a corpus sample (written examples, one per
construction)."""

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
        "Tiêu đề\nNgười dân xã Tân Phú (H.Đồng Xuân, Phú Yên) nhận tiền hỗ trợ.\nHết.\n",
        "Tiêu đề\nHội nghị do Trung ương Hội (T.Ư Hội Cựu chiến binh) tổ chức.\nHết.\n",
        # an acronym of two letters that is no Vietnamese onset ends a sentence, its dot is no initial's
        "Tiêu đề\nHiệp định vận tải ASEAN-EU. Tại hội nghị, các nước nhất trí.\nHết.\n",
        "Tiêu đề\nCầu Rồng về đêm. Ảnh: TL. Thông tin từ Sở cho biết như vậy.\nHết.\n",
    ],
)
def test_an_abbreviation_before_a_capitalised_word_is_no_credit(text: str) -> None:
    assert people(text) == []


def test_initials_opening_with_a_two_letter_onset_stay_a_credit() -> None:
    assert people("Tiêu đề\nCá chết trắng hồ. Ảnh: TR.L Người dân lo lắng về nguồn nước.\nHết.\n") == ["TR.L"]


def test_a_degree_after_a_caption_cue_is_no_author() -> None:
    assert people("Tiêu đề\nBàn về báo chí. Video: TS. Trần Văn Hợp cho rằng thông tin cần minh bạch.\nHết.\n") == [
        "Trần Văn Hợp"
    ]


# --- a name with an address in brackets that ends a place's or a body's name ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cát được chở về khu đô thị mới Yên Hòa (quận Cầu Giấy) để san lấp.",
        "Vỉa hè bị lấn chiếm ở hai phường Bến Thành và Nguyễn Thái Học (quận 1) kéo dài nhiều năm.",
        "Sở đã kiểm tra Công ty Kim Toàn (huyện Nam Giang) vào tuần trước.",
    ],
)
def test_an_address_after_the_end_of_a_place_or_body_names_no_one(text: str) -> None:
    assert people(text) == []


def test_an_address_after_a_person_noun_still_names_a_person() -> None:
    assert people("Trâu bất ngờ húc vào chủ Trần Văn Hưng (phường Vạn Hương) khiến ông bị thương.") == ["Trần Văn Hưng"]


# --- acronyms inside a name written in lower case --------------------------------------------------------------


def test_an_acronym_after_a_surname_shaped_word_ends_the_name() -> None:
    text = "Thế nào là đúng mực? LS NGUYỄN VĂN HÒA, Chủ nhiệm Đoàn LS tỉnh Long An."
    assert officials(text) == {"NGUYỄN VĂN HÒA": ["Chủ nhiệm Đoàn LS tỉnh Long An"]}


def test_a_delegation_named_by_an_acronym_is_no_person() -> None:
    assert people("Danh sách: Đoàn TTVN cắt giảm 8 phó đoàn dự đại hội thể thao.") == []


# --- an honorific between the anchor and a foreign name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“Chúng tôi chưa rõ”, ông Mr Park Min-ho, nghiên cứu sinh tại Viện, nói.", "Park Min-ho"),
        ("Bà Ms. Anna Kowalska cho biết sẽ trở lại vào tháng sau.", "Anna Kowalska"),
    ],
)
def test_an_honorific_after_the_anchor_is_left_out_of_the_name(text: str, name: str) -> None:
    assert people(text) == [name]

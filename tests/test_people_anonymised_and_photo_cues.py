"""Round 17, people: the shapes measured over the ten read sets (written examples, one per construction)."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from vnreport.extract.officials import extract_people, read_people
from vnreport.segment.document import segment


def kinds(text: str) -> dict[str, str]:
    return {p.name: p.kind for p in extract_people(segment(text, words="dictionary"))[1]}


# --- anonymised names ending in a two-letter onset --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Các em được đưa lên bờ gồm: Lê Văn Kh. học sinh lớp 4, trú tại thôn Đông.", "Lê Văn Kh."),
        ("Xe tải tông vào xe máy do anh Trần Đức Tr. (SN 1980) điều khiển.", "Trần Đức Tr."),
    ],
)
def test_a_given_name_written_as_its_onset_and_a_dot_is_anonymised(text: str, name: str) -> None:
    assert kinds(text) == {name: "anonymised"}


def test_an_onset_without_its_dot_is_left_as_written() -> None:
    assert kinds("Anh Trần Đức Tr cho biết xe bị hỏng phanh.") == {"Trần Đức Tr": "person"}


# --- photo credits ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Cây đổ chắn ngang đường. Ảnh: Internet Tin trên mạng cho biết thêm.", []),
        ("Tàu cá nằm bờ. Ảnh: Mạng Xét về lâu dài, ngư dân cần hỗ trợ.", []),
        ("Tàu cá nằm bờ. Ảnh: Thanh Lâm. Tin trên mạng cho biết thêm.", ["Thanh Lâm"]),
    ],
)
def test_two_capitalised_words_then_lower_case_after_a_photo_cue_are_no_author(text: str, people: list[str]) -> None:
    assert people_of(text, words="dictionary")[1] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Cầu mới thông xe. Ảnh Thanh Lâm Công an phường cho biết đã phân luồng.", {"Thanh Lâm": "credit"}),
        ("Xe bị hư hỏng nặng. Ảnh HT Lực lượng chức năng có mặt ngay sau đó.", {"HT": "credit"}),
        ("Đường bị ngập sâu. Ảnh Internet. Mức nước dâng cao.", {}),
        ("Đường bị ngập sâu. Ảnh minh họa Mức nước dâng cao.", {}),
        # more than two plain capitalised words: where the photographer's name ends is not written
        ("Người dân tập trung đông. Ảnh Minh Tuấn Bảo Châu và nhiều người khác có mặt.", {}),
    ],
)
def test_a_photo_cue_without_its_colon_credits_the_name_after_it(text: str, people: dict[str, str]) -> None:
    assert kinds(text) == people


# --- the headline's post and the lead's subject -----------------------------------------------------------


def test_the_post_a_headline_opens_with_goes_to_the_person_opening_the_lead() -> None:
    text = "Giám đốc Sở Xây dựng Hà Tĩnh: Sẽ xử lý nghiêm sai phạm\nÔng Trần Văn Bình khẳng định sẽ kiểm tra lại hồ sơ."
    assert people_of(text, words="dictionary") == ({"Trần Văn Bình": ["Giám đốc Sở Xây dựng Hà Tĩnh"]}, [])


@pytest.mark.parametrize(
    "text",
    [
        # the lead names the post again: its holder is someone else
        "Giám đốc Sở Xây dựng Hà Tĩnh trả lời kiến nghị của cử tri\n"
        "Ông Trần Văn Bình cho biết đã gửi đơn tới Giám đốc Sở Xây dựng Hà Tĩnh từ tháng trước.",
        # the lead does not open with the person
        "Giám đốc Sở Xây dựng Hà Tĩnh: Sẽ xử lý nghiêm sai phạm\nSáng nay, ông Trần Văn Bình khẳng định sẽ kiểm tra.",
    ],
)
def test_the_headline_post_stays_unassigned_without_its_subject(text: str) -> None:
    assert people_of(text, words="dictionary") == ({}, ["Trần Văn Bình"])


# --- the cue that placed each person (measured by benchmarks/people_sources.py) -------------------------------


def test_each_person_carries_the_cue_that_placed_it() -> None:
    text = "Ông Lê Văn Hùng cho biết như vậy. Cử tri Phạm Thị Mai đề nghị làm rõ. Ảnh: Minh Quân"
    records = read_people(segment(text, words="dictionary"))
    assert {r.name: r.source for r in records} == {
        "Lê Văn Hùng": "anchor:ông",
        "Phạm Thị Mai": "anchor:cử tri",
        "Minh Quân": "credit:credit",
    }


# --- a title already given to the name before it places no second name ------------------------------------


def test_a_place_after_a_post_given_to_the_name_before_it_is_no_one() -> None:
    text = "Ông Lê Văn Hùng, Giám đốc Hạt Kiểm lâm Krông Pa cho biết đã tăng cường tuần tra."
    assert people_of(text, words="dictionary") == (
        {"Lê Văn Hùng": ["Giám đốc Hạt Kiểm lâm Krông Pa"]},
        [],
    )  # the district closes the body (round 33)


# --- posts written with the unit first (`Vụ phó`, `Hạt trưởng`) and academic posts ---------------------------


@pytest.mark.parametrize(
    ("text", "officials"),
    [
        ("Ông Lê Văn Hùng, Vụ phó Vụ Kế hoạch, cho biết.", {"Lê Văn Hùng": ["Vụ phó Vụ Kế hoạch"]}),
        ("Ông Lê Văn Hùng, Cục phó Cục Thuế, cho biết.", {"Lê Văn Hùng": ["Cục phó Cục Thuế"]}),
        ("Bà Trần Thị Mai, Hiệu phó nhà trường, cho biết.", {"Trần Thị Mai": ["Hiệu phó"]}),
        (
            "Ông Lê Văn Hùng - Hạt trưởng Hạt Kiểm lâm huyện Đông Sơn cho biết.",
            {"Lê Văn Hùng": ["Hạt trưởng Hạt Kiểm lâm huyện Đông Sơn"]},
        ),
        (
            "Ông Lê Văn Hùng - Trưởng trạm Thú y huyện Đông Sơn cho biết.",
            {"Lê Văn Hùng": ["Trưởng trạm Thú y huyện Đông Sơn"]},
        ),
        ("Ông Lê Văn Hùng, Phó Trưởng khoa Luật, cho biết.", {"Lê Văn Hùng": ["Phó Trưởng khoa Luật"]}),
        (
            "TS Lê Văn Hùng (Trưởng bộ môn Kinh tế, Trường Đại học Đông Sơn) cho rằng như vậy.",
            {"Lê Văn Hùng": ["Trưởng bộ môn Kinh tế, Trường Đại học Đông Sơn"]},
        ),
    ],
)
def test_a_unit_first_or_academic_post_makes_an_official(text: str, officials: dict[str, list[str]]) -> None:
    assert people_of(text, words="dictionary") == (officials, [])

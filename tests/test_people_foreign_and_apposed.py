"""People named by a foreign name after a person's anchor, a nationality or a degree; a name set off by an
apposition that only a person is; a byline after the last sentence. Each construction in an invented sentence."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def people(text: str) -> list[str]:
    return [p.name for p in extract_people(segment(text, words="dictionary"))[1]]


# --- foreign names after a person's anchor, a nationality or a degree --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tiêu đề\nHồ sơ đã đầy đủ, luật sư Wolfgang Brettschneider cho biết.\nHết.\n", "Wolfgang Brettschneider"),
        ("Tiêu đề\nNghi phạm Dmitry Oskolkov bị bắt tại sân bay.\nHết.\n", "Dmitry Oskolkov"),
        ("Tiêu đề\nĐêm nhạc có sự góp mặt của nghệ sĩ người Pháp Lucien Marchetti.\nHết.\n", "Lucien Marchetti"),
        ("Tiêu đề\nDu học sinh Canada Trevor Lindqvist đã về nước an toàn.\nHết.\n", "Trevor Lindqvist"),
        ("Tiêu đề\nTrong bài giảng, GS Park Seo-yeon giới thiệu một giống lúa chịu mặn.\nHết.\n", "Park Seo-yeon"),
    ],
)
def test_a_foreign_name_after_a_person_anchor_nationality_or_degree_is_a_person(text: str, name: str) -> None:
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a plural before the anchor: a team, not a person
        "Tiêu đề\nCác cầu thủ Westbrook Rovers đã tập luyện từ sáng.\nHết.\n",
        # an anchor that also names things
        "Tiêu đề\nMột nhóm vũ trang có tên Jaish Westfront nhận trách nhiệm.\nHết.\n",
        "Tiêu đề\nAnh ta lái xe Ford Transit lao vào đám đông.\nHết.\n",
    ],
)
def test_no_foreign_name_after_a_plural_or_an_anchor_of_things(text: str) -> None:
    assert people(text) == []


# --- a name set off by an apposition that only a person is -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tiêu đề\nHồ sơ đã đầy đủ. Gregory Whitfield, luật sư về nhập cư tại Boston, cho biết như vậy.\nHết.\n",
            "Gregory Whitfield",
        ),
        (
            "Tiêu đề\nDự án sẽ chậm thêm một năm, theo Patrick Donnelly – giáo sư kinh tế ở Dublin.\nHết.\n",
            "Patrick Donnelly",
        ),
        (
            "Tiêu đề\nHôm qua, Trần Thị Mai Anh, một sinh viên năm cuối, cho biết đã có việc làm.\nHết.\n",
            "Trần Thị Mai Anh",
        ),
        ("Tiêu đề\nÔng đã nghỉ hưu. Desmond Okafor, người kế nhiệm ông, gặp nhiều khó khăn.\nHết.\n", "Desmond Okafor"),
    ],
)
def test_a_name_before_an_apposed_person_noun_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        # the name ends a place's or a body's name: the apposition is the next clause's subject
        "Tiêu đề\nNgay tại Bệnh viện Trưng Vương, người bệnh phải chờ nhiều giờ.\nHết.\n",
        "Tiêu đề\nDòng máu Lạc Long, người con đất Việt, chảy trong mỗi chúng ta.\nHết.\n",
    ],
)
def test_no_person_before_an_apposition_that_names_none(text: str) -> None:
    assert people(text) == []


# --- a byline after the last sentence ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the last sentence ends in a place whose last word is one letter: its full stop is no initial's
        ("Tiêu đề\nĐội tuyển đã giành vé vào vòng chung kết Đông Á. Thanh Tùng\n", "Thanh Tùng"),
        # a photo credit with its outlet in the last sentence: the byline after it has none
        ("Tiêu đề\nLãnh đạo hai tỉnh trao biên bản ghi nhớ. Ảnh: TTXVN/Minh Đức. Quỳnh Anh (tổng hợp)\n", "Quỳnh Anh"),
    ],
)
def test_a_byline_after_the_last_sentence_is_read(text: str, name: str) -> None:
    assert name in people(text)


# --- a kind of person with its field, side or cause before the name -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tiêu đề\nÔng đã thắng đối thủ cực hữu Gerhard Lindemann trong vòng hai.\nHết.\n", "Gerhard Lindemann"),
        ("Tiêu đề\nNhóm do phi công cảnh sát Rafael Quintero cầm đầu đã bỏ trốn.\nHết.\n", "Rafael Quintero"),
        ("Tiêu đề\nĐêm diễn có giọng ca soprano Hàn Quốc Park Mi-rae.\nHết.\n", "Park Mi-rae"),
        ("Tiêu đề\nĐoàn đặt hoa tại đài tưởng niệm anh hùng dân tộc Chile Bernardo Ortega.\nHết.\n", "Bernardo Ortega"),
    ],
)
def test_a_foreign_name_after_a_kind_of_person_and_its_field_is_a_person(text: str, name: str) -> None:
    assert people(text) == [name]


def test_a_capitalised_kind_of_person_inside_a_monuments_name_places_no_one() -> None:
    text = "Tiêu đề\nĐoàn đặt hoa trước Tượng đài Anh hùng dân tộc Chile Bernardo Ortega ở Hà Nội.\nHết.\n"
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tiêu đề\nKết quả thăm dò cho thấy ứng cử viên Lars Henriksen dẫn trước.\nHết.\n", "Lars Henriksen"),
        ("Tiêu đề\nỨng viên Nguyễn Thị Hạnh trình bày chương trình hành động.\nHết.\n", "Nguyễn Thị Hạnh"),
    ],
)
def test_a_candidate_named_without_the_post_sought_is_a_person(text: str, name: str) -> None:
    assert people(text) == [name]


def test_his_excellency_before_a_head_of_state_is_an_honour_not_a_person() -> None:
    text = "Tiêu đề\nMở đầu bài.\nDiễn đàn mở nhân chuyến thăm của ngài H.E Jan Novak, Tổng thống Cộng hòa Séc."
    officials, found = extract_people(segment(text, words="dictionary"))
    assert [p.name for p in found] == []
    assert [o.name for o in officials] == ["Jan Novak"]

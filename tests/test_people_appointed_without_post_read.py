"""Round 26, people (issue #12): a person the sentence appoints, elects or keeps in a post holds one, even when the
post is not read after the cue (an excerpt cut at `làm Phó`, a post named elsewhere): no untitled person."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def people(text: str) -> list[str]:
    return [p.name for p in extract_people(segment(text, words="dictionary"))[1]]


def test_a_list_appointed_to_a_post_cut_by_the_excerpt() -> None:
    text = "Các ông Lê Văn Hùng, Trần Quốc Bảo và Phạm Minh Tâm được chỉ định làm Phó"
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Nội vụ cho biết ông Hoàng Văn Lực được bổ nhiệm khi chưa đủ điều kiện.",
        "Bà Vũ Thị Lan đã được bầu làm người đứng đầu hội đồng trường.",
        "Ông Đinh Công Sơn tiếp tục giữ chức vụ này thêm một năm.",
    ],
)
def test_a_person_appointed_is_no_untitled_person(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bệnh nhân Nguyễn Văn Khải được chỉ định mổ ngay trong đêm.", "Nguyễn Văn Khải"),  # a prescription
        ("Ông Nguyễn Văn Khải cho biết các xã đã được bổ nhiệm đủ cán bộ.", "Nguyễn Văn Khải"),  # not right before
    ],
)
def test_the_cue_must_name_a_post_and_follow_the_name(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anh Trần Văn Nam giữ chức năng điều phối.", "Trần Văn Nam"),  # `chức năng`: a function, no `giữ chức`
        ("Anh Trần Văn Nam được điều động làm việc tại công trường.", "Trần Văn Nam"),  # `làm việc`: work
        ("Anh Trần Văn Nam được phân công làm nhiệm vụ bảo vệ.", "Trần Văn Nam"),  # a task
        ("Anh Trần Văn Nam được giao giữ xe máy của nạn nhân.", "Trần Văn Nam"),  # keeping a thing
        ("Bệnh nhân Trần Văn Nam được chỉ định làm xét nghiệm máu.", "Trần Văn Nam"),  # a prescription
        ("Anh Trần Văn Nam được bầu là gương mặt tiêu biểu của năm.", "Trần Văn Nam"),  # an honour
        ("Chị Trần Thị Mai được bầu vào top 10 hoa hậu.", "Trần Thị Mai"),  # a contest
    ],
)
def test_a_cue_in_whole_words_naming_a_post_not_a_task(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ông Đinh Công Sơn được bầu vào Ban Chấp hành.",  # a capitalised body
        "Ông Đinh Công Sơn được bầu làm người đứng đầu hội.",  # `làm người` joined by the segmenter
        "Ông Đinh Công Sơn được bầu vào ban chấp hành hội.",  # a post in lower case
        "Các ông Lê Văn Hùng, Trần Quốc Bảo được chỉ định làm …",  # the excerpt cut at the cue
    ],
)
def test_a_cue_ending_in_lam_giu_la_vao_followed_by_a_post(text: str) -> None:
    assert people(text) == []

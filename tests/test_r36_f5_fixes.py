"""Round 36 (r36-f5): fixes of defects the code reviews found. Sentences written for the tests in the shapes of news.

- a paper cue (`có văn bản`) after a co-subject joined by `cùng` (`A cùng Sở Y tế đã có văn bản`) is a joint paper,
  the body's: A gets no `spoke` from it (roles.py `_another_subject`);
- a page on a platform is its owner's, a person, only when its name has a person's shape (a surname of the lexicon,
  then given names: `trang Facebook Nguyễn Văn Hùng`), whichever reader sees it (`Ảnh: Trang Facebook Tin Tức`
  is no one)."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def _roles(text: str) -> dict[str, str | None]:
    found, _ = extract_people(segment(text, words="dictionary"))
    return {o.name: o.role for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch UBND huyện Trần Quốc Bảo cùng Sở Y tế đã có văn bản gửi các xã trên địa bàn.",
        "Chủ tịch UBND huyện Trần Quốc Bảo cùng với Sở Nội vụ vừa có công văn gửi các phòng ban.",
    ],
)
def test_a_paper_written_with_a_body_joined_by_cung_gives_no_spoke(text: str) -> None:
    assert _roles(text)["Trần Quốc Bảo"] is None


def test_a_body_inside_a_prepositional_phrase_leaves_the_paper_the_officials() -> None:
    text = "Chủ tịch UBND huyện Trần Quốc Bảo, tại buổi làm việc cùng Sở Y tế, đã có văn bản gửi các xã."
    assert _roles(text)["Trần Quốc Bảo"] == "spoke"


@pytest.mark.parametrize(
    "text",
    [
        "Theo trang Facebook Nguyễn Văn Hùng, vụ việc xảy ra vào chiều qua.",
        "Trang Facebook Nguyễn Văn Hùng đăng tải đoạn video ghi lại vụ việc.",
        "Người dân dọn bùn sau lũ. Ảnh: Trang Facebook Nguyễn Văn Hùng",
    ],
)
def test_a_page_named_with_a_persons_shape_is_its_owners(text: str) -> None:
    _, people = people_of(text)
    assert people == ["Nguyễn Văn Hùng"]


@pytest.mark.parametrize(
    "text",
    [
        "Người dân dọn bùn sau lũ. Ảnh: Trang Facebook Tin Tức",
        "Người dân dọn bùn sau lũ. Ảnh: Nhóm Facebook Yêu Bếp",
    ],
)
def test_a_credited_page_with_no_persons_shape_is_no_one(text: str) -> None:
    _, people = people_of(text)
    assert people == []


def test_an_owner_whose_capitalised_run_goes_on_is_no_one() -> None:
    # a photo caption's next sentence glued on: where the owner's name ends is unwritten
    _, people = people_of("Nước lũ tràn qua khu du lịch. Ảnh: Facebook Trần Anh Khoa Suối Mơ là điểm du lịch.")
    assert people == []

"""Round 36 (r36-f5): fixes of defects the code reviews found. Sentences written for the tests in the shapes of news.

- a paper cue (`có văn bản`) after a co-subject joined by `cùng` (`A cùng Sở Y tế đã có văn bản`) is a joint paper,
  the body's: A gets no `spoke` from it (roles.py `_another_subject`);"""

from __future__ import annotations

import pytest

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

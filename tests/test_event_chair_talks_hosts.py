"""Round 30 (r30-e10): who leads talks held `với` others — the subject of `hội đàm với` / `điện đàm với` several
counterparts leads them alone (the gold's host of counterparts received in turn, round 15), one counterpart makes
the two sides; and the one a proposal is made `với` in a meeting named right after (`… với B trong một cuộc gặp`)
is the other side. Each construction in its shape with written sentences."""

from __future__ import annotations

import pytest

from tests.reporthelp import HandReport
from tests.test_event_people import _names


def _report(text: str, date: str, officials: tuple[tuple[str, str], ...]) -> HandReport:
    hand = HandReport(text)
    for name, title in officials:
        hand.official(name, title.split("|"), [])
    hand.date(date, "2024-05-30")
    return hand


_HOST_AND_TWO = (
    ("Lê Văn Hải", "Chủ tịch nước"),
    ("Karl Berger", "Tổng thống Áo"),
    ("Anna Novak", "Thủ tướng Slovenia"),
)


def test_the_subject_of_talks_with_several_counterparts_leads_them_alone() -> None:
    text = (
        "Chủ tịch nước hội đàm với lãnh đạo Áo và Slovenia\n\nChiều 30/5/2024, bên lề hội nghị thượng đỉnh, Chủ "
        "tịch nước Lê Văn Hải đã hội đàm với Tổng thống Áo Karl Berger và Thủ tướng Slovenia Anna Novak."
    )
    chair, people = _names(_report(text, "Chiều 30/5/2024", _HOST_AND_TWO).summary().event)
    assert chair == ["Lê Văn Hải"]
    assert sorted(people) == ["Anna Novak", "Karl Berger", "Lê Văn Hải"]


def test_the_subject_of_phone_talks_with_a_list_of_counterparts_leads_them() -> None:
    text = (
        "Chủ tịch nước điện đàm với các lãnh đạo châu Âu\n\nNgày 30/5/2024, trong khuôn khổ chuyến công tác, Chủ "
        "tịch nước Lê Văn Hải đã điện đàm với một số lãnh đạo châu Âu, gồm Tổng thống Áo Karl Berger; Thủ tướng "
        "Slovenia Anna Novak."
    )
    chair, people = _names(_report(text, "Ngày 30/5/2024", _HOST_AND_TWO).summary().event)
    assert chair == ["Lê Văn Hải"]
    assert sorted(people) == ["Anna Novak", "Karl Berger", "Lê Văn Hải"]


def test_the_one_a_proposal_is_made_with_in_a_meeting_is_the_other_side() -> None:
    officials = (("Karl Berger", "Tổng thống Áo"), ("Anna Novak", "Thủ tướng Slovenia"))
    text = (
        "Áo đề nghị Slovenia mở cửa thị trường nông sản\n\nTổng thống Áo Karl Berger ngày 30/5/2024 đưa ra lời đề "
        "nghị này với Thủ tướng Slovenia Anna Novak trong một cuộc gặp riêng rẽ bên lề hội nghị thượng đỉnh."
    )
    chair, people = _names(_report(text, "ngày 30/5/2024", officials).summary().event)
    assert sorted(chair) == ["Anna Novak", "Karl Berger"]
    assert sorted(people) == ["Anna Novak", "Karl Berger"]


def test_talks_held_by_the_subject_with_a_clause_between_read_no_host() -> None:
    text = (
        "Chủ tịch nước hội đàm với lãnh đạo Áo và Slovenia\n\nChiều 30/5/2024, bên lề hội nghị thượng đỉnh, Chủ "
        "tịch nước Lê Văn Hải cho biết, phía Việt Nam đã hội đàm với Tổng thống Áo Karl Berger và Thủ tướng "
        "Slovenia Anna Novak."
    )
    chair, _ = _names(_report(text, "Chiều 30/5/2024", _HOST_AND_TWO).summary().event)
    assert chair == []


# --- a caption's bare title before `chủ trì`; a speaker who `nêu vấn đề` ------------------------------------


def test_a_bare_title_a_caption_writes_before_chu_tri_chairs() -> None:
    text = (
        "Doanh nghiệp vận tải đối thoại với Bộ\n\nThứ trưởng Bộ Công Thương chủ trì cuộc đối thoại ngày 28/6/2024. "
        "Ảnh: Minh Anh\n\nĐây là nội dung được nêu tại hội nghị đối thoại về vận tải do Bộ Công Thương tổ chức ngày "
        "28/6/2024. Thứ trưởng Bộ Công Thương Trần Văn Khoa cho rằng các ý kiến sẽ được ghi nhận."
    )
    hand = HandReport(text)
    hand.official("Trần Văn Khoa", ["Thứ trưởng Bộ Công Thương"], ["spoke"])
    hand.date("ngày 28/6/2024", "2024-06-28")
    chair, people = _names(hand.summary().event)
    assert chair == ["Trần Văn Khoa"] and people == ["Trần Văn Khoa"]


def test_a_bare_title_held_by_two_officials_before_chu_tri_chairs_no_one() -> None:
    text = (
        "Doanh nghiệp vận tải đối thoại với Bộ\n\nThứ trưởng Bộ Công Thương chủ trì cuộc đối thoại ngày 28/6/2024. "
        "Ảnh: Minh Anh\n\nĐây là nội dung được nêu tại hội nghị đối thoại về vận tải do Bộ Công Thương tổ chức ngày "
        "28/6/2024. Thứ trưởng Bộ Công Thương Trần Văn Khoa và Thứ trưởng Bộ Công Thương Lê Minh Hà cho rằng các ý "
        "kiến sẽ được ghi nhận."
    )
    hand = HandReport(text)
    hand.official("Trần Văn Khoa", ["Thứ trưởng Bộ Công Thương"], ["spoke"])
    hand.official("Lê Minh Hà", ["Thứ trưởng Bộ Công Thương"], ["spoke"])
    hand.date("ngày 28/6/2024", "2024-06-28")
    chair, _ = _names(hand.summary().event)
    assert chair == []


def test_a_counted_title_before_chu_tri_is_no_one_officials() -> None:
    text = (
        "Doanh nghiệp vận tải đối thoại với Bộ\n\nNgày 28/6/2024, Bộ Công Thương tổ chức hội nghị đối thoại về vận "
        "tải hành khách. Thứ trưởng Bộ Công Thương Trần Văn Khoa cho biết các ý kiến sẽ được ghi nhận.\n\nHai Thứ "
        "trưởng Bộ Công Thương đồng chủ trì hội nghị. Ảnh: Minh Anh"
    )
    hand = HandReport(text)
    hand.official("Trần Văn Khoa", ["Thứ trưởng Bộ Công Thương"], ["spoke"])
    hand.date("Ngày 28/6/2024", "2024-06-28")
    chair, _ = _names(hand.summary().event)
    assert chair == []


def test_a_speaker_who_raises_an_issue_at_the_event_takes_part() -> None:
    text = (
        "Hội nghị đối thoại về vận tải\n\nNgày 28/6/2024, Bộ Công Thương tổ chức hội nghị đối thoại về vận tải "
        "hành khách. Ông Lê Văn Quý, Chủ tịch Hiệp hội Vận tải tỉnh Bình Lâm nêu vấn đề, số xe mới tăng quá nhanh."
    )
    hand = HandReport(text)
    hand.official("Lê Văn Quý", ["Chủ tịch Hiệp hội Vận tải tỉnh Bình Lâm"], ["spoke"])
    hand.date("Ngày 28/6/2024", "2024-06-28")
    _, people = _names(hand.summary().event)
    assert people == ["Lê Văn Quý"]


_DIALOGUE = (
    "Doanh nghiệp vận tải đối thoại với Bộ\n\nNgày 28/6/2024, Bộ Công Thương tổ chức hội nghị đối thoại về vận tải "
    "hành khách. Thứ trưởng Bộ Công Thương Trần Văn Khoa cho biết các ý kiến sẽ được ghi nhận.\n\n{line}"
)


@pytest.mark.parametrize(
    "line",
    [
        "Nguyên Thứ trưởng Bộ Công Thương chủ trì hội nghị. Ảnh: Minh Anh",  # a former holder, not the current one
        "Năm 2019, một hội nghị tương tự do Thứ trưởng Bộ Công Thương chủ trì.",  # another meeting, no caption
    ],
)
def test_a_bare_title_before_chu_tri_of_a_former_holder_or_another_meeting_chairs_no_one(line: str) -> None:
    hand = HandReport(_DIALOGUE.format(line=line))
    hand.official("Trần Văn Khoa", ["Thứ trưởng Bộ Công Thương"], ["spoke"])
    hand.date("Ngày 28/6/2024", "2024-06-28")
    chair, _ = _names(hand.summary().event)
    assert chair == []


def test_a_year_before_a_captions_bare_title_counts_no_holders() -> None:
    hand = HandReport(_DIALOGUE.format(line="Năm 2024 Thứ trưởng Bộ Công Thương chủ trì hội nghị. Ảnh: Minh Anh"))
    hand.official("Trần Văn Khoa", ["Thứ trưởng Bộ Công Thương"], ["spoke"])
    hand.date("Ngày 28/6/2024", "2024-06-28")
    chair, _ = _names(hand.summary().event)
    assert chair == ["Trần Văn Khoa"]

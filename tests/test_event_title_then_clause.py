"""A subject read before an organiser verb that opens with an official's title and goes on with a clause (`Phó Chủ
tịch UBND huyện B làm Trưởng đoàn`) is a person's apposition, no body (summary/setting.py `_title_then_more`): the
title is compared word for word, and what follows it must open a clause (a lower-case word), not be the holder's
name or a longer place. Sentences written for the tests, in the shape of the construction."""

from __future__ import annotations

import pytest

from tests.conftest import event_kind_and_organiser
from vnreport.pipeline import analyze_text
from vnreport.segment.document import segment
from vnreport.summary.setting import _title_then_more


def _title_then_more_in(text: str, span: str) -> bool:
    start = text.index(span)
    return _title_then_more(segment(text), analyze_text(text, year=2024), start, start + len(span))


def test_a_title_running_into_a_clause_is_no_organiser() -> None:
    text = (
        "Kiểm tra phòng chống dịch\n\nSáng 5/3, đoàn công tác do ông Lê Văn An, Phó Chủ tịch UBND huyện Tân Lập làm "
        "Trưởng đoàn tiến hành kiểm tra công tác phòng chống dịch tại xã Tân Hòa."
    )
    assert _title_then_more_in(text, "Phó Chủ tịch UBND huyện Tân Lập làm Trưởng đoàn")
    assert event_kind_and_organiser(text) == ("inspection", None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (  # the title is of a place whose name the span's place only begins with
            "Ông Lê Văn An, Phó Chủ tịch UBND huyện B, dự họp. Phó Chủ tịch UBND huyện Bình Chánh làm việc.",
            "Phó Chủ tịch UBND huyện Bình Chánh",
        ),
        (  # the title before its holder's name: no clause follows it
            "Sáng 14/3, Thủ tướng Chính phủ Lê Văn An chủ trì hội nghị về phòng chống bão.",
            "Thủ tướng Chính phủ Lê Văn An",
        ),
    ],
)
def test_a_title_followed_by_no_clause_is_not_a_title_then_more(text: str, span: str) -> None:
    assert not _title_then_more_in(text, span)

"""Round 30 (documents' own dates, issue #14): a document that is the subject of a passive issuing verb (`Luật … được
ban hành`, `Luật … được Quốc hội thông qua`) in a sentence opened by its day, or by a year or a month opening the
clause, was issued then (README "Documents": the date of the sentence that issues it). Sentences written for the
tests, in the shape of the construction."""

from __future__ import annotations

import pytest

from vnreport.extract.documents import extract_documents
from vnreport.segment.document import segment


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.date) for r in extract_documents(segment(text, words=False))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2014, Luật Hải quan được ban hành, thay thế luật cũ.", ("Luật Hải quan", "2014")),
        ("Năm 2014, lần đầu tiên Luật Hải quan được ban hành.", ("Luật Hải quan", "2014")),
        ("Ngày 23/6/2014, Luật Hải quan được Quốc hội thông qua.", ("Luật Hải quan", "2014-06-23")),
        ("Năm 2014, chính thức Luật Hải quan được ban hành.", ("Luật Hải quan", "2014")),
        (
            "Tháng 3/2015, Quyết định 245/QĐ-UBND đã được Chủ tịch tỉnh ký ban hành.",
            ("Quyết định 245/QĐ-UBND", "2015-03"),
        ),
    ],
)
def test_a_document_issued_in_the_passive_takes_the_sentences_date(text: str, expected: tuple) -> None:
    assert dates(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause: the main verb follows with its auxiliary
        "Năm 2024, Luật Hải quan được ban hành đã phát huy hiệu quả.",
        # the day does not open the sentence: it dates another clause
        "Tại hội nghị ngày 5/6/2024, ông nhắc lại việc Luật Hải quan được ban hành.",
        # the date opens a clause of another subject, and the passive stands in what that subject says
        "Ngày 5/6/2024, ông A cho biết Luật Hải quan được ban hành nhằm tạo thuận lợi cho doanh nghiệp.",
        "Năm 2024, Bộ Tài chính đánh giá Luật Hải quan được ban hành có nhiều điểm mới.",
        # `cách đây 10 năm`: the issuing is told as long ago, not on the day
        "Sáng 5/6/2024, Luật Hải quan được ban hành cách đây 10 năm được đánh giá lại.",
    ],
)
def test_a_passive_issuing_verb_elsewhere_dates_nothing(text: str) -> None:
    assert dates(text)[0][1] is None

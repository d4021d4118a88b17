"""Round 18 (documents): a resolution of a body with no single title is no document; documents issued under a
count word (`có các Quyết định …`). Sentences written for the tests, in the shape of the constructions."""

from __future__ import annotations

from vnreport.extract.documents import extract_documents
from vnreport.segment.document import segment


def documents(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.kind, r.name, r.date) for r in extract_documents(segment(text, words=False))]


def dated(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.date) for r in extract_documents(segment(text, words=False))]


def test_a_resolution_of_two_bodies_names_no_document() -> None:
    # the policy of both, not one resolution
    assert documents("Thành phố bám sát Nghị quyết của Thành ủy và HĐND về chỉnh trang đô thị.") == []


def test_a_resolution_with_a_body_and_no_subject_names_none() -> None:
    assert documents("Nghị quyết của Tỉnh ủy cũng yêu cầu các sở làm rõ trách nhiệm.") == []


def test_documents_issued_under_a_count_word_take_the_day_of_their_sentence() -> None:
    text = "Ngày 9/3/2019, Ban Bí thư đã ban hành các Quyết định 45, 46 về công tác cán bộ của ngành."
    assert dated(text) == [("Quyết định 45", "2019-03-09"), ("46", "2019-03-09")]


def test_documents_issued_under_a_count_word_are_not_dated_by_a_list_of_years() -> None:
    # one resolution a year: the years of the clause date none of them
    text = "Trong các năm 2018, 2019, Chính phủ đã ban hành các Nghị quyết 02/NQ-CP về cải thiện môi trường kinh doanh."
    assert dated(text) == [("Nghị quyết 02/NQ-CP", None)]

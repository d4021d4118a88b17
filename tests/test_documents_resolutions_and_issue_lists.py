"""Documents: a resolution of a body with no single title is no document (two bodies joined by `và`, or a body
and no subject); documents issued under a count word (`ban hành các Quyết định …`) take the day of their
sentence, never a list of years. Invented sentences in the shape of each construction."""

from __future__ import annotations

from vnreport.extract.documents import extract_documents
from vnreport.segment.document import segment


def documents(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.kind, r.name, r.date) for r in extract_documents(segment(text, words=False))]


def dated(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.date) for r in extract_documents(segment(text, words=False))]


def test_a_resolution_of_two_bodies_names_no_document() -> None:
    # the policy of both, not one resolution
    assert documents("Các xã làm theo Nghị quyết của Huyện ủy và HĐND huyện về xây dựng nông thôn mới.") == []


def test_a_resolution_with_a_body_and_no_subject_names_none() -> None:
    assert documents("Nghị quyết của Thành ủy đặt mục tiêu trồng thêm một triệu cây xanh.") == []


def test_documents_issued_under_a_count_word_take_the_day_of_their_sentence() -> None:
    text = "Sáng 14/8/2021, Bộ Tài chính ban hành các Quyết định 310, 311 để điều chỉnh phí qua cầu."
    assert dated(text) == [("Quyết định 310", "2021-08-14"), ("311", "2021-08-14")]


def test_documents_issued_under_a_count_word_are_not_dated_by_a_list_of_years() -> None:
    # one directive a year: the years of the clause date none of them
    text = "Qua hai năm 2020, 2021, UBND tỉnh đã ban hành các Chỉ thị 05/CT-UBND nhằm ứng phó với lũ quét."
    assert dated(text) == [("Chỉ thị 05/CT-UBND", None)]

"""A resolution cited by its issuer before its subject (`Nghị quyết của <cơ quan> về …`), round 33: the title opens
with `của` and the issuing body, then the opening word of a resolution's title (`về`). The same resolution
written without its issuer has the same key; a subject of a few generic words still names no document."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.documents import extract_documents, reference_key
from vnreport.extract.documents.titled import titled_candidates
from vnreport.segment.document import segment


def found(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.key) for r in extract_documents(segment(text, words="dictionary"), [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Các bộ phải khẩn trương thực hiện Nghị quyết của Chính phủ về đẩy mạnh cải cách hành chính, "
            "báo cáo trước cuối tháng.",
            "Nghị quyết của Chính phủ về đẩy mạnh cải cách hành chính",
        ),
        (
            "Huyện đã ban hành kế hoạch triển khai Nghị quyết của Tỉnh ủy về phát triển nông nghiệp sạch "
            "giai đoạn 2021 - 2025.",
            "Nghị quyết của Tỉnh ủy về phát triển nông nghiệp sạch giai đoạn 2021 - 2025",
        ),
    ],
)
def test_a_resolution_cited_with_its_issuer_before_its_subject(text: str, expected: str) -> None:
    assert [t for t, _ in found(text)] == [expected]


def test_the_issuer_does_not_make_it_another_document() -> None:
    text = (
        "Đoàn kiểm tra việc thực hiện Nghị quyết của Quốc hội về phát triển điện gió ngoài khơi. "
        "Theo Nghị quyết về phát triển điện gió ngoài khơi, các tỉnh phải lập quy hoạch."
    )
    refs = found(text)
    assert len({key for _, key in refs}) == 1
    assert reference_key("Nghị quyết của Quốc hội về phát triển điện gió ngoài khơi") == refs[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "Nghị quyết của Quốc hội về phương hướng đã được thông qua.",  # a generic subject
        # a clause, not a body, between `của` and `về`
        "Nghị quyết của Quốc hội cũng nói rõ về chính sách phát triển điện gió ngoài khơi.",
        # two bodies: two resolutions, not one document
        "Ngành thực hiện tốt Nghị quyết của Tỉnh ủy và HĐND tỉnh về phát triển kinh tế biển đảo.",
        # a decision told by what it does
        "Công ty công bố Nghị quyết của HĐQT về việc miễn nhiệm một thành viên ban kiểm soát.",
    ],
)
def test_not_a_resolution_named_by_its_issuer(text: str) -> None:
    assert found(text) == []


def test_a_treaty_keeps_its_body_in_its_key() -> None:
    (ref,) = found("Việt Nam là thành viên của Công ước của Liên hợp quốc về quyền trẻ em.")
    assert ref[0] == "Công ước của Liên hợp quốc về quyền trẻ em"
    assert ref[1].startswith("cong uoc cua lien hop quoc")


def _issuer_first_seconds(n: int) -> float:
    sentence = "Tỉnh thực hiện Nghị quyết của Quốc hội về phát triển kinh tế biển, Nghị quyết của Tỉnh ủy Nghệ An về "
    doc = segment(sentence * n, words="dictionary")
    return best_cpu_seconds(lambda: titled_candidates(doc))


def test_resolutions_named_by_their_issuer_take_linear_time() -> None:
    """Each `của <body> về` is read within a few words of its type word: a long run of them (a hostile input)
    takes twice the time at twice the count (2.5 allowed on a busy machine), not four."""
    assert doubling_ratio(_issuer_first_seconds, 300) < 2.5

"""Round 34 (issue #14): a document the lead's story carries out or applies (`thực hiện Chỉ thị … ngày …`) is older
than the story; its date bounds no article's year. Written sentences in the shape of real leads."""

from __future__ import annotations

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract import run_extractors
from vnreport.extract.dates import find_dates
from vnreport.extract.dates.years import carried_out
from vnreport.segment.document import segment
from vnreport.text import match_view


def _year(text: str) -> tuple[int | None, str]:
    found = run_extractors(segment(text, words=False))
    return found.year, found.year_source


def test_a_directive_the_story_carries_out_fixes_no_year() -> None:
    text = (
        "Tăng cường tiếp dân\n\n"
        "UBND huyện vừa ban hành kế hoạch tổ chức thực hiện Chỉ thị số 08-CT/HU ngày 12/11/2015 của Huyện ủy về "
        "công tác tiếp công dân."
    )
    assert _year(text) == (None, "none")


def test_a_decree_applied_by_its_provision_fixes_no_year() -> None:
    text = (
        "Di dời công trình\n\n"
        "Việc thu hồi đất được làm đúng theo quy định tại Quyết định số 21/2013/QĐ-UBND ngày 4/6/2013 của UBND tỉnh."
    )
    assert _year(text) == (None, "none")


def test_a_document_the_story_issues_still_dates_the_lead() -> None:
    text = "Quy định mới\n\nBộ Tài chính đã ban hành Thông tư số 12/2016/TT-BTC ngày 20/1/2016 về phí cầu đường."
    assert _year(text) == (2016, "lead_date")


def test_a_carried_out_document_leaves_the_lead_s_own_day() -> None:
    text = (
        "Kiểm tra công vụ\n\n"
        "Sáng 9/3/2016, đoàn kiểm tra của tỉnh làm việc tại huyện về việc triển khai Nghị quyết số 05/NQ-HĐND "
        "ngày 10/7/2015 của HĐND tỉnh."
    )
    assert _year(text) == (2016, "lead_date")


def _carried_seconds(n: int) -> float:
    text = " ".join(
        f"Xã {i} thực hiện Quyết định số {i}/QĐ-UBND ngày {1 + i % 28}/{1 + i % 12}/2015." for i in range(n)
    )
    view = match_view(text)
    found = find_dates(segment(text, words=False))
    return best_cpu_seconds(lambda: carried_out(view, found), 3)


def test_finding_carried_out_documents_takes_linear_time() -> None:
    """One bounded look back per dated document: twice the documents take twice the time, not four."""
    assert doubling_ratio(_carried_seconds, 300) < 2.5


def test_a_document_issued_after_a_carrying_out_clause_still_dates_the_lead() -> None:
    for opening in (
        "Thực hiện chỉ đạo của Thủ tướng Chính phủ, Bộ Tài chính đã ban hành",
        "Để thực hiện Luật Ngân sách, Bộ Tài chính vừa ban hành",
        "Sau thời gian thực hiện thí điểm, UBND tỉnh vừa ban hành",
    ):
        text = f"Quy định mới\n\n{opening} Thông tư số 12/2016/TT-BTC ngày 20/1/2016 về phí cầu đường."
        assert _year(text) == (2016, "lead_date"), opening

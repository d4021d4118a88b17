"""Round 12 (dates): a statistic's cut-off is past but no step of the story; it places no partial date.
Sentences written for the tests, in the shape of the construction."""

from __future__ import annotations

import pytest

from vnreport.extract.dates import extract_dates
from vnreport.segment.document import segment


def value_of(text: str, mention: str) -> str:
    doc = segment(text, words=False)
    doc.year = None
    return next(m.value for m in extract_dates(doc) if m.text == mention)


@pytest.mark.parametrize(
    "cutoff",
    ["Tính đến ngày 30/4/2022", "Tính đến hết tháng 4/2022", "Tính tới cuối tháng 3/2022", "Lũy kế đến 31/3/2022"],
)
def test_a_statistics_cut_off_does_not_fix_the_year(cutoff: str) -> None:
    text = f"Chiều 12/6, Sở Nông nghiệp họp bàn việc trồng rừng. {cutoff}, toàn tỉnh trồng được 900 ha rừng."
    assert value_of(text, "Chiều 12/6") == "XXXX-06-12"


def test_a_step_of_the_story_still_fixes_it_beside_a_cut_off() -> None:
    text = (
        "Chiều 12/6, Sở Nông nghiệp kiểm tra việc thực hiện Quyết định số 15/QĐ-UBND ngày 20/3/2022 về trồng "
        "rừng. Tính đến ngày 30/4/2022, toàn tỉnh trồng được 900 ha rừng."
    )
    assert value_of(text, "Chiều 12/6") == "2022-06-12"


def test_an_older_anchor_does_not_put_a_date_before_a_later_cut_off() -> None:
    text = (
        "Ngày 3/7, công ty họp cổ đông bất thường. Ngày 10/2/2020, công ty được cấp phép. Tính đến 30/11/2020, "
        "bà A nắm giữ 4,9% vốn."
    )
    assert value_of(text, "Ngày 3/7") == "XXXX-07-03"


def test_a_goal_set_for_a_date_puts_it_ahead_even_across_a_list_of_verbs() -> None:
    # `phấn đấu hoàn tất xây dựng, mua sắm, lắp đặt trong tháng 10/2020`: a goal, not the latest past day, so it
    # does not place `ngày 24/5` in the twelve months after it (it gave 2021)
    from vnreport.pipeline import analyze_text

    text = (
        "Tuyến metro số 1\n\nNgày 24/5, Ban Quản lý đường sắt đô thị cho biết tiến độ chung đạt 45%, phấn đấu "
        "hoàn tất xây dựng, mua sắm, lắp đặt trong tháng 10/2020 để đưa vào vận hành."
    )
    values = {d.text: d.value for d in analyze_text(text).dates}
    assert values["Ngày 24/5"] != "2021-05-24"


def why_unknown(text: str, mention: str) -> str | None:
    """The step that left `mention` without a year (`resolve_why`), None when a year was placed."""
    from vnreport.extract.dates import find_dates, year_evidence
    from vnreport.extract.dates.years import resolve_why

    doc = segment(text, words=False)
    doc.year = None
    found = find_dates(doc)
    evidence = year_evidence(doc, found)
    f = next(f for f in found if doc.text[f.start : f.end] == mention)
    return resolve_why(doc.view, f, evidence)[2]


def test_the_step_that_leaves_a_year_unknown_is_named() -> None:
    # the same partial date: dropped by a later cut-off, left without any evidence, placed by a past step
    before_cutoff = (
        "Ngày 3/7, công ty họp cổ đông. Ngày 10/2/2020, công ty được cấp phép. Tính đến 30/11/2020, bà A nắm 4,9% vốn."
    )
    assert why_unknown(before_cutoff, "Ngày 3/7") == "cutoff"
    assert why_unknown("Ngày 3/7, công ty họp cổ đông bất thường.", "Ngày 3/7") == "no_evidence"
    assert why_unknown("Ngày 3/7, công ty họp cổ đông. Ngày 10/2/2020, công ty được cấp phép.", "Ngày 3/7") is None
    # a full date far past the years the text tells, that sets no deadline of the story: a horizon, no anchor
    expiry = "Ngày 9/6, chiếc xe khách gặp nạn. Xe được đóng mới năm 2021 và còn hạn kiểm định đến ngày 20/8/2024."
    assert why_unknown(expiry, "Ngày 9/6") == "far_horizon"

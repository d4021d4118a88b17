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

"""Key facts: a sum written in `tỷ` with no unit word is money (đồng, or the currency of the sum before it in its
sentence), labelled by the verb phrase after it when the money is spent on something."""

from __future__ import annotations

from vnreport.pipeline import analyze_text
from vnreport.report.model import KeyFact


def _facts(title: str, lead: str) -> list[KeyFact]:
    body = "Dự án dự kiến hoàn thành trong hai năm tới. Người dân địa phương rất phấn khởi trước tin này."
    summary = analyze_text(title + "\n\n" + lead + "\n\n" + body + "\n").summary
    return summary.key_facts if summary else []


def _fact(facts: list[KeyFact], text: str) -> KeyFact:
    return next(f for f in facts if f.text == text)


def test_a_bare_sum_spent_on_something_is_vnd_labelled_by_what_it_buys() -> None:
    facts = _facts(
        "Huyện miền núi bỏ 850 tỷ mua tàu cứu hộ",
        "Chiều qua, lãnh đạo huyện cho biết sẽ dành nguồn vốn này cho lực lượng cứu nạn trên sông.",
    )
    fact = _fact(facts, "850 tỷ")
    assert (fact.unit, fact.measure) == ("VND", "mua tàu cứu hộ")


def test_the_purpose_after_để_stops_where_a_new_clause_begins() -> None:
    facts = _facts(
        "Tỉnh xin thêm vốn cho bệnh viện",
        "Sở Y tế vừa đề xuất hơn 35 tỷ để nâng cấp khoa cấp cứu nhưng tỉnh chưa trả lời đề nghị này.",
    )
    fact = _fact(facts, "35 tỷ")
    assert (fact.unit, fact.measure) == ("VND", "nâng cấp khoa cấp cứu")


def test_a_bare_sum_after_a_sum_in_dollars_keeps_the_dollars() -> None:
    facts = _facts(
        "Xuất khẩu cà phê tăng mạnh",
        "Năm ngoái xuất khẩu cà phê của tỉnh đạt 2,4 tỷ USD, trong đó cà phê hòa tan đạt 1,1 tỷ, tăng 5%.",
    )
    assert _fact(facts, "1,1 tỷ").unit == "USD"


def test_a_sum_that_is_the_subject_of_the_verb_after_it_gets_no_purpose() -> None:
    facts = _facts(
        "Tranh cãi về chi phí căn hộ",
        "Theo tính toán của sở, tổng chi phí dự án là 9,5 nghìn tỷ chia đều cho 40.000 căn hộ của khu đô thị.",
    )
    assert all(f.measure != "chia đều cho 40.000 căn hộ" for f in facts)


def test_a_sum_with_no_written_number_is_no_figure() -> None:
    facts = _facts(
        "Đấu giá tài sản công",
        "Việc đấu giá các khu đất công dự kiến mang lại nguồn thu hàng chục nghìn tỷ cho ngân sách địa phương.",
    )
    assert all("hàng chục" not in f.text for f in facts)

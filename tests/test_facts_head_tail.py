"""Key facts: an amount whose words before it are a clause, or the cut end of one, keeps the noun phrase that clause
ends with, from the last noun naming what an amount measures (`giá trị`, `doanh thu`, `thiệt hại` …)."""

from __future__ import annotations

from tests.reporthelp import key_facts_of
from vnreport.summary.facts import _is_noun_phrase


def test_a_long_clause_before_an_amount_keeps_the_noun_phrase_it_ends_with() -> None:
    facts = key_facts_of(
        "Ngành cà phê đặt mục tiêu lớn",
        "Tại hội nghị ngành hàng, Bộ Công Thương chính thức đưa ra mục tiêu đến năm 2035 giá trị gạo xuất khẩu "
        "sẽ đạt 5 tỉ USD.",
    )
    fact = next(f for f in facts if f.text == "5 tỉ USD")
    assert fact.measure == "giá trị gạo xuất khẩu"


def test_a_head_that_says_nothing_alone_gives_no_measure() -> None:
    facts = key_facts_of(
        "Tỉnh bán đấu giá lô đất công",
        "Phòng tài nguyên của huyện miền núi phía bắc tỉnh này xác định giá trị 120 tỉ đồng.",
    )
    assert all(f.measure != "giá trị" for f in facts)


def test_a_head_followed_by_a_long_clause_gives_no_measure() -> None:
    facts = key_facts_of(
        "Ngành cà phê đặt mục tiêu lớn",
        "Tại hội nghị ngành hàng, Bộ Công Thương chính thức đưa ra mục tiêu đến năm 2035 doanh thu cà phê chế biến "
        "của các doanh nghiệp nhỏ sẽ đạt 5 tỉ USD.",
    )
    assert all(not (f.measure or "").startswith("doanh thu") for f in facts)


def test_a_measure_opening_with_a_head_that_begins_like_a_verb_is_kept() -> None:
    # `tăng` opens a change and `số` a label, but `tăng trưởng`, `số tiền` name what is measured
    facts = key_facts_of(
        "Bộ trưởng: Tăng trưởng ngành cà phê năm nay ước đạt 12%",
        "Chiều qua, Bộ trưởng trả lời chất vấn của các đại biểu về ngành hàng nông sản.",
    )
    assert any(f.text == "12%" and f.measure == "Tăng trưởng ngành cà phê" for f in facts)


def test_a_measure_of_a_head_and_a_long_clause_after_it_is_no_noun_phrase() -> None:
    assert _is_noun_phrase("Số tiền phạt cao nhất")
    assert not _is_noun_phrase("số tiền thu về có thể dùng xây")
    assert not _is_noun_phrase("số tiền")  # names nothing alone
    assert not _is_noun_phrase("tăng gấp đôi")

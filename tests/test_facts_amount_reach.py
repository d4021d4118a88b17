"""Key facts, round 35: an amount from the 4th body sentence on, in the paragraph after the lead, is the body's
detail (issue #14).

Over the read sets dev … dev25, the amounts shown as key facts from that sentence were 2 of 56 a gold headline
figure, one of them already given by the title's own figure; an amount whose number the title or the lead writes
is still the headline told again.
"""

from __future__ import annotations

from vnreport.pipeline import analyze_text


def _facts(text: str) -> list[str]:
    summary = analyze_text(text).summary
    return [f.text for f in summary.key_facts] if summary else []


def _article(title: str, lead: str, body: list[str]) -> str:
    return title + "\n\n" + lead + "\n\n" + " ".join(body) + "\n"


_TITLE = "Tỉnh khởi công tuyến đường ven biển"
_LEAD = "Sáng nay, tỉnh đã tổ chức lễ khởi công tuyến đường ven biển nối hai huyện phía nam."
_BODY = [
    "Tuyến đường được thiết kế theo tiêu chuẩn đường cấp III đồng bằng.",
    "Ban quản lý dự án cho biết đơn vị thi công đã chuẩn bị đầy đủ máy móc.",
]


def test_an_amount_in_the_fourth_body_sentence_is_the_bodys_detail() -> None:
    amount = "Tổng mức đầu tư của dự án là 850 tỷ đồng từ nguồn ngân sách tỉnh."
    assert "850 tỷ đồng" not in _facts(_article(_TITLE, _LEAD, [*_BODY, amount]))
    # one sentence earlier it still stands as before
    assert "850 tỷ đồng" in _facts(_article(_TITLE, _LEAD, [_BODY[0], amount]))


def test_an_amount_the_lead_writes_is_kept_that_deep() -> None:
    lead = "Sáng nay, tỉnh đã khởi công tuyến đường ven biển trị giá gần 850 tỷ."
    amount = "Tổng mức đầu tư của dự án là 850 tỷ đồng từ nguồn ngân sách tỉnh."
    assert any(f.startswith("850 tỷ") for f in _facts(_article(_TITLE, lead, [*_BODY, amount])))

"""An agency's or station's acronym after its common noun and words that only qualify the outlet — its standing
(`nhà nước`, `quốc gia`), its kind (`truyền hình`) and its country, `của` before it or not: the acronym is the
outlet, as it is right after the noun (`hãng tin RT`); and a station's number glued to its acronym (`TF1`)."""

from __future__ import annotations

import pytest

from tests.orghelp import names
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract import run_extractors
from vnreport.segment.document import segment


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Theo hãng thông tấn nhà nước XYNA, bộ trưởng đã bác bỏ các cáo buộc.", "XYNA"),
        ("Hãng thông tấn nhà nước Hungary XTI dẫn lời người phát ngôn cho biết như vậy.", "XTI"),
        ("Hãng tin quốc gia của Hy Lạp XNA dẫn lời bộ trưởng tài chính nói về khoản nợ.", "XNA"),
        ("Trong thông báo trên đài phát thanh truyền hình XRBF, ông bộ trưởng tuyên bố như vậy.", "XRBF"),
        ("Bà ấy phát biểu trên kênh truyền hình XF1 của Pháp vào tối qua.", "XF1"),
        ("Chương trình mà Đài truyền hình trung ương Trung Quốc XCTV phát sóng mỗi năm.", "XCTV"),
    ],
)
def test_an_acronym_after_a_qualified_news_noun_is_the_outlet(text: str, outlet: str) -> None:
    assert outlet in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hãng tin nhà nước đã gửi thư cho UBND tỉnh về việc này.",  # no outlet's acronym: a body named after
        "Kênh truyền hình quốc gia phát sóng trận đấu của đội U23 tối qua.",  # a team, not the outlet
    ],
)
def test_a_qualified_news_noun_before_another_body_names_no_outlet(text: str) -> None:
    found = names(text)
    assert "UBND" not in found or "UBND tỉnh" in found, found
    assert "U23" not in found, found


def test_qualified_news_acronyms_scale_linearly() -> None:
    unit = (
        "Theo hãng thông tấn nhà nước Hungary XTI, hãng tin quốc gia của Hy Lạp XNA và đài truyền hình ABC cho biết. "
    )

    def seconds(n: int) -> float:
        doc = segment(unit * n, words="dictionary")
        return best_cpu_seconds(lambda: run_extractors(doc))

    assert doubling_ratio(seconds, 40) < 2.5

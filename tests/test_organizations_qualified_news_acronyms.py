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


def test_a_body_on_its_own_official_channel_is_no_outlet() -> None:
    """`kênh chính thức X` is any body's own channel: `chính thức` does not qualify a news outlet, and an
    abbreviation the lexicon spells out as a common noun (`BQL`: `Ban Quản lý`) is a body's, not an outlet's."""
    found = names("Hồ sơ gửi qua kênh chính thức BQL dự án khu đô thị mới trước ngày 15 tháng sau.")
    assert "BQL" not in found, found


def test_a_common_abbreviation_after_a_qualified_news_noun_is_no_outlet() -> None:
    found = names("Bản tin trên kênh truyền hình quốc gia BQL dự án đường sắt đã giải thích lại.")
    assert "BQL" not in found, found


def test_qualified_news_acronyms_scale_linearly() -> None:
    unit = (
        "Theo hãng thông tấn nhà nước Hungary XTI, hãng tin quốc gia của Hy Lạp XNA và đài truyền hình ABC cho biết. "
    )

    def seconds(n: int) -> float:
        doc = segment(unit * n, words="dictionary")
        return best_cpu_seconds(lambda: run_extractors(doc))

    assert doubling_ratio(seconds, 40) < 2.5

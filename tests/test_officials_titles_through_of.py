"""Round 17 (sentences written for the tests): a bare title head, `của` and the body the post is of, up to its
holder's foreign name; two writings of one post (abbreviated and spelled out) kept once, in the fuller
writing."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from vnreport.extract.officials.merging import merge_titles, written_out_key
from vnreport.report.model import OfficialTitle


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Tổng thư ký của quỹ K-Pop", "Park Min-jung"),
        ("Chủ tịch luân phiên của nhóm nước G20", "Olaf Schwarz"),
        ("thủ lĩnh tối cao của IS", "Abu Omar al-Hashimi"),
    ],
)
def test_title_through_of_to_a_foreign_name(title: str, name: str) -> None:
    officials, _ = people_of(f"Hôm qua, {title} {name} đã lên tiếng về vụ việc.")
    assert officials.get(name) == [title]


@pytest.mark.parametrize(
    "text",
    [
        # a Vietnamese name after the body: no foreign mark, the rule does not reach it
        "Hôm qua, Chủ tịch của công ty Hoàng Long Trần Văn Bình đã lên tiếng.",
        # a verb between: the clause has ended before the name
        "Tổng thư ký của quỹ đã gặp Olaf Schwarz hôm qua.",
        # punctuation between
        "Tổng thư ký của quỹ K-Pop, Olaf Schwarz và nhiều người khác có mặt.",
    ],
)
def test_through_of_stops_short(text: str) -> None:
    officials, _ = people_of(text)
    assert not any("của" in t for titles in officials.values() for t in titles)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Chủ tịch UBND tỉnh Hà Giang", "Chủ tịch Ủy ban nhân dân tỉnh Hà Giang"),
        ("Giám đốc Sở TNMT tỉnh Lào Cai", "Giám đốc Sở Tài nguyên và Môi trường Lào Cai"),
        ("Bộ trưởng Bộ TT&TT", "Bộ trưởng Bộ Thông tin - Truyền thông"),
        ("Chủ tịch Ủy ban TƯ MTTQ VN", "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
        ("Chủ tịch QH", "Chủ tịch Quốc hội"),
    ],
)
def test_two_writings_of_one_post_kept_once_in_full(short: str, full: str) -> None:
    for order in ((short, full), (full, short)):
        merged = merge_titles([OfficialTitle(text=t) for t in order])
        assert [t.text for t in merged] == [full]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bí thư Tỉnh ủy Lào Cai", "Bí thư Thành ủy Lào Cai"),  # `tỉnh` of `Tỉnh ủy` is the body's, not a unit word
        ("Chủ tịch UBND tỉnh Hà Giang", "Chủ tịch HĐND tỉnh Hà Giang"),
    ],
)
def test_other_posts_stay_apart(a: str, b: str) -> None:
    assert written_out_key(a) != written_out_key(b)
    assert len(merge_titles([OfficialTitle(text=a), OfficialTitle(text=b)])) == 2


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a body named in lower case only: the capitalised run after it is the body's name, not a holder's
        ("Phó Chủ tịch của tập đoàn Sunwell Foods, ông Lê Văn Tâm cho biết như vậy.", "Sunwell Foods"),
        ("Chiến dịch truy bắt thủ lĩnh của nhóm Abu Fazwar đã kết thúc.", "Abu Fazwar"),
    ],
)
def test_through_of_needs_a_named_body(text: str, body: str) -> None:
    officials, _ = people_of(text)
    assert body not in officials

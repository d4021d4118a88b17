"""The supreme leader and the leader of the opposition before a foreign name are titles without a country
(samples/gold/README.md, round 16: a descriptive office directly before the name is a title as written), and
`cựu`/`cố` before a leader's title read through a country mark it as no longer held."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Lãnh đạo đối lập Alexei Navalny bị bắt tại Moskva.", "Alexei Navalny", "Lãnh đạo đối lập"),
        ("Thủ lĩnh đối lập Leopoldo Lopez được trả tự do.", "Leopoldo Lopez", "Thủ lĩnh đối lập"),
        ("Ông nhắc lại lời của lãnh đạo tối cao Ali Khamenei.", "Ali Khamenei", "lãnh đạo tối cao"),
    ],
)
def test_descriptive_leader_without_a_country(text: str, name: str, title: str) -> None:
    officials, _ = people_of(text)
    assert officials == {name: [title]}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Cựu lãnh đạo đối lập Moon Jae-in dẫn đầu cuộc thăm dò.", "Moon Jae-in", "lãnh đạo đối lập"),
        ("Vụ nổ xảy ra gần lăng mộ cố lãnh đạo tối cao Ruhollah Khomeini.", "Ruhollah Khomeini", "lãnh đạo tối cao"),
        ("Cựu nhà lãnh đạo Triều Tiên Kim Jong-il từng thăm Nga.", "Kim Jong-il", "nhà lãnh đạo Triều Tiên"),
    ],
)
def test_former_leader_is_not_current(text: str, name: str, title: str) -> None:
    officials, _ = extract_people(segment(text))
    (official,) = officials
    assert official.name == name
    assert [(t.text, t.current) for t in official.titles] == [(title, False)]


def test_bare_leader_before_a_foreign_body_stays_no_title() -> None:
    officials, _ = people_of("Lãnh đạo Vietnam Airlines đã họp khẩn.")
    assert officials == {}

"""A foreign name of two words or more whose first word is on no list of given names, every word shaped unlike a
Vietnamese syllable, standing in an argument's place with no anchor or title before it, is a person's where
something tells a person: `và` joins it to a person just named, or a verb only a person is the subject of or an
apposed noun only a person is follows it. Shape alone is not enough (a club, an outlet is written so too).
Each construction in an invented sentence."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def names(text: str) -> list[str]:
    officials, others = extract_people(segment(text, words="dictionary"))[:2]
    return [o.name for o in officials] + [p.name for p in others]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # joined by `và` to a person just named
        ("Tiêu đề\nBài viết do ông Pieter Smit và Zorbek Kaltuyev thực hiện.\nHết.\n", "Zorbek Kaltuyev"),
        # an apposed noun only a person is
        ("Tiêu đề\nNghi phạm là con trai của Zorbek Kaltuyev, kẻ đánh bom liều chết.\nHết.\n", "Zorbek Kaltuyev"),
        # in an argument's place, a verb only a person is the subject of
        ("Tiêu đề\nTrong vụ án này, Ruzgat Yandimov đã bị bắt giữ tại biên giới.\nHết.\n", "Ruzgat Yandimov"),
    ],
)
def test_a_foreign_shaped_name_with_a_person_cue_is_a_person(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a club, an outlet: the shape alone tells no person
        "Tiêu đề\nĐội bóng sẽ thi đấu với Kolbrek Vandorf tối qua.\nHết.\n",
        "Tiêu đề\nThị trường giảm mạnh, Markwood Dispatch cho biết.\nHết.\n",
        # `và` after a name that is no person's: a military exercise
        "Tiêu đề\nHai cuộc tập trận Kolbrek Resolve và Markwood Eagle sẽ diễn ra.\nHết.\n",
        # an outlet's name before a person's (`Boris` opens the person's name)
        "Tiêu đề\nNguồn: Kolbrek Boris Vandorf, kẻ đánh bom, đã bị bắt.\nHết.\n",
    ],
)
def test_a_foreign_shaped_name_without_a_person_cue_is_no_person(text: str) -> None:
    assert not any(name.startswith(("Kolbrek", "Markwood")) for name in names(text))


def _seconds(n: int) -> float:
    sentences = (f"Ông Pieter Smit và Zorbek Kaltuyev, kẻ đánh bom, đi lần {i}." for i in range(n))
    text = "Tiêu đề\n" + " ".join(sentences)
    return best_cpu_seconds(lambda: names(text + "\nHết.\n"), 3)


def test_shaped_names_take_linear_time() -> None:
    """Each run reads only the word before it, its own words and a few after: twice the text, twice the time."""
    assert doubling_ratio(_seconds, 60) < 2.5

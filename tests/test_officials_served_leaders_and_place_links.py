"""Round 32 (sentences written for the tests): a serving post, `của` and a leader's title, the leader named by one
word and the holder's foreign name right after it; a title set off after a name and carried on by `ở`/`tại` to
where the post is, which opens no clause of its own."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials import _foreign_last_words
from vnreport.segment.document import segment


@pytest.mark.parametrize(
    ("post", "leader", "holder"),
    [
        ("Phát ngôn viên của Tổng thống", "Varkov", "Ilya Dorenko"),
        ("người phát ngôn của Thủ tướng", "Hollberg", "Sven Askeland"),
    ],
)
def test_leader_by_one_word_then_the_holder(post: str, leader: str, holder: str) -> None:
    text = f"Hôm qua, {post} {leader} {holder} khẳng định điều đó. Trước đó Yuri {leader} đã phát biểu."
    officials, people = people_of(text)
    assert officials.get(holder) == [f"{post} {leader}"]
    assert officials.get(f"Yuri {leader}") == [post.split(" của ")[1]]
    assert holder not in people


@pytest.mark.parametrize(
    "text",
    [
        # a comma after the run: the leader's full name, the holder named after it
        "Phát ngôn viên của Tổng thống Rakan Temur Oskay, ông Selim Kaya cho biết như vậy.",
        # no serving post before `của`: the leader's full name
        "Chuyến thăm của Tổng thống Rakan Temur Oskay diễn ra hôm qua.",
        # the first word is no one's last word elsewhere: the leader's full name, the spokesperson unnamed
        "Người phát ngôn của Tổng thống Rakan Temur Oskay cho biết như vậy.",
    ],
)
def test_three_word_name_kept_whole(text: str) -> None:
    officials, _ = people_of(text)
    assert officials.get("Rakan Temur Oskay") == ["Tổng thống"]


def test_title_carried_on_by_a_place_preposition() -> None:
    officials, people = people_of(
        "Giá dầu tăng mạnh. Điều này gây lo ngại, theo chuyên gia Boris Kovalenko, trưởng khoa Nghiên cứu Trung "
        "Đông ở Viện Kinh tế (Nga). Cuộc họp diễn ra sau đó."
    )
    assert officials.get("Boris Kovalenko") == ["trưởng khoa Nghiên cứu Trung Đông"]
    assert "Boris Kovalenko" not in people


def test_title_carried_on_to_a_lower_case_body_with_its_country() -> None:
    officials, _ = people_of(
        "Theo chuyên gia Boris Kovalenko, trưởng khoa Nghiên cứu Trung Đông ở Viện Phát triển bền vững (Nga). "
        "Cuộc họp diễn ra sau đó."
    )
    assert officials.get("Boris Kovalenko") == ["trưởng khoa Nghiên cứu Trung Đông"]


def test_title_then_verb_still_opens_a_clause() -> None:
    officials, _ = people_of("Theo ông Boris Kovalenko, Tổng thống Mỹ cam kết ủng hộ kế hoạch.")
    assert "Tổng thống Mỹ" not in officials.get("Boris Kovalenko", [])


@pytest.mark.parametrize(
    ("post", "leader"),
    [
        ("Người phát ngôn của Tổng thống", "Rakan Temur Oskay"),
        ("Người phát ngôn của Tổng thống", "Andrés Manuel López Obrador"),
        ("Phát ngôn viên của Thủ tướng", "Vladimir Vladimirovich Varkov"),
    ],
)
def test_long_leader_name_after_an_unnamed_post(post: str, leader: str) -> None:
    officials, _ = people_of(f"Hôm qua, {post} {leader} cho biết như vậy. Ông Ilya Dorenko phản đối.")
    first, *rest = leader.split()
    assert officials.get(first) is None
    assert officials.get(" ".join(rest)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Theo ông Boris Kovalenko, Tổng thống Mỹ ở Nhà Trắng cam kết ủng hộ kế hoạch.",
        "Theo ông Boris Kovalenko, Thủ tướng Anh tại London khẳng định sẽ ủng hộ.",
    ],
)
def test_title_placed_then_verb_opens_a_clause(text: str) -> None:
    officials, _ = people_of(text)
    assert not any(t.startswith(("Tổng thống", "Thủ tướng")) for t in officials.get("Boris Kovalenko", []))


def _surname_seconds(count: int) -> float:
    doc = segment("Phát ngôn viên của Tổng thống Varkov Ilya Dorenko nói, Yuri Varkov ở Viện Kinh tế (Nga). " * count)
    return best_cpu_seconds(lambda: _foreign_last_words(doc), 3)


def test_foreign_last_words_take_linear_time() -> None:
    """Each run of capitalised words is read once: twice the text takes twice the time, not four."""
    assert doubling_ratio(_surname_seconds, 300) < 2.5

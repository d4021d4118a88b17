"""Round 32 (sentences written for the tests): a serving post, `của` and a leader's title, the leader named by one
word and the holder's foreign name right after it; a title set off after a name and carried on by `ở`/`tại` to
where the post is, which opens no clause of its own."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of


@pytest.mark.parametrize(
    ("post", "leader", "holder"),
    [
        ("Phát ngôn viên của Tổng thống", "Varkov", "Ilya Dorenko"),
        ("người phát ngôn của Thủ tướng", "Hollberg", "Sven Askeland"),
    ],
)
def test_leader_by_one_word_then_the_holder(post: str, leader: str, holder: str) -> None:
    officials, people = people_of(f"Hôm qua, {post} {leader} {holder} khẳng định điều đó.")
    assert officials.get(holder) == [f"{post} {leader}"]
    assert officials.get(leader) == [post.split(" của ")[1]]
    assert holder not in people


@pytest.mark.parametrize(
    "text",
    [
        # a comma after the run: the leader's full name, the holder named after it
        "Phát ngôn viên của Tổng thống Rakan Temur Oskay, ông Selim Kaya cho biết như vậy.",
        # no serving post before `của`: the leader's full name
        "Chuyến thăm của Tổng thống Rakan Temur Oskay diễn ra hôm qua.",
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


def test_title_then_verb_still_opens_a_clause() -> None:
    officials, _ = people_of("Theo ông Boris Kovalenko, Tổng thống Mỹ cam kết ủng hộ kế hoạch.")
    assert "Tổng thống Mỹ" not in officials.get("Boris Kovalenko", [])

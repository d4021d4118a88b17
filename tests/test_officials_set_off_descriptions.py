"""Round 33 (officials, issue #12): a lower-case descriptive post set off right after its holder's name by a comma
or a dash (`ông A, lãnh đạo Trung tâm B,`, `bà C, cựu quan chức y tế D,`, `ông E, người phụ trách các hoạt động
của F,`) is the name's title: a capitalised body is read as any title's organisation; lower-case words are the
post as written up to the mark that closes the apposition. Without a name before it, before a clause word, a
group quantifier or another person's name it names nothing. Sentences written for the tests, in the shape of the
constructions."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from tests.timing import best_cpu_seconds, doubling_ratio


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ông Nguyễn Văn Bình, lãnh đạo Trung tâm Kiểm định Xây dựng, cho biết công trình đạt chuẩn.",
            "Nguyễn Văn Bình",
            "lãnh đạo Trung tâm Kiểm định Xây dựng",
        ),
        (  # a head officials_titles.txt lacks: before issue #12 the name stood alone
            "Bà Hannelore Vogt, quan chức Ủy ban Ngân sách Thượng viện, phản đối dự luật.",
            "Hannelore Vogt",
            "quan chức Ủy ban Ngân sách Thượng viện",
        ),
    ],
)
def test_a_set_off_head_with_a_capitalised_body_is_the_names_title(text: str, name: str, title: str) -> None:
    officials, _ = people_of(text)
    assert title in officials.get(name, [])


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ông Peter Walsh, người phụ trách các hoạt động của lực lượng tuần duyên, cho biết như vậy.",
            "Peter Walsh",
            "người phụ trách các hoạt động của lực lượng tuần duyên",
        ),
        (
            "Bà Trần Thị Mai - cựu quan chức y tế địa phương - nhận định dịch đã được kiểm soát.",
            "Trần Thị Mai",
            "quan chức y tế địa phương",
        ),
    ],
)
def test_a_set_off_lower_case_description_is_the_names_title(text: str, name: str, title: str) -> None:
    officials, people = people_of(text)
    assert title in officials.get(name, [])
    assert name not in people


@pytest.mark.parametrize(
    "text",
    [
        "Theo kế hoạch, lãnh đạo Sở Tài chính tỉnh cho biết nguồn vốn đã được bố trí.",  # no name before: a group
        "Đoàn có ông Nguyễn Văn Bình, lãnh đạo một số bộ, ngành và địa phương.",  # a quantifier: a group
        "Ông Nguyễn Văn Bình, lãnh đạo đơn vị này đã cam kết khắc phục.",  # a clause word: no apposition
        "Ông Peter Walsh - quan chức tình báo thời Robert Hallam dự đoán như vậy.",  # another name, no closing mark
    ],
)
def test_no_set_off_post_without_a_holder_or_an_apposition(text: str) -> None:
    officials, _ = people_of(text)
    assert not any(t.startswith(("lãnh đạo", "quan chức")) for titles in officials.values() for t in titles)


@pytest.mark.parametrize(
    "text",
    [
        # the holder opens the sentence: with no closing mark the words after the head are its predicate
        "Ông Nguyễn Văn Bình, lãnh đạo đơn vị cho biết như vậy.",
        # `và`/`cùng` carry a list of groups on, even in a closed apposition
        "Đoàn đã gặp ông Nguyễn Văn Bình, lãnh đạo đơn vị và cán bộ địa phương, tại trụ sở.",
        # a place, not a person, before the set-off head
        "Tại Hồng Phong, lãnh đạo xã, cho biết tình hình đã ổn định.",  # after a place preposition
        "Về phía Hoàng Sa, lãnh đạo huyện đảo, cho biết tình hình đã ổn định.",  # a place the gazetteer knows
        # a count makes a group
        "Ông Donald Trump, lãnh đạo hai nước, cho biết như vậy.",
        # another person, introduced by `ông`, holds the post
        "Ông Nguyễn Văn An, lãnh đạo Bộ Y tế ông Trần Văn Nam cho biết như vậy.",
        "Đoàn đã gặp ông Nguyễn Văn An, lãnh đạo đơn vị ông Nam, tại trụ sở.",
    ],
)
def test_no_set_off_post_after_a_subject_a_place_a_group_or_before_another_name(text: str) -> None:
    officials, _ = people_of(text)
    assert not any(t.startswith(("lãnh đạo", "phụ trách")) for titles in officials.values() for t in titles)


def test_a_sentence_end_closes_an_apposition_after_a_name_within_the_sentence() -> None:
    officials, _ = people_of("Hội nghị có sự tham dự của ông Nguyễn Văn Bình, lãnh đạo đơn vị phụ trách.")
    assert officials.get("Nguyễn Văn Bình") == ["lãnh đạo đơn vị phụ trách"]


def test_a_person_after_cua_is_whose_post_the_holder_has() -> None:
    officials, _ = people_of("Đoàn đã gặp ông Nguyễn Văn An, phụ tá của ông Nam, tại trụ sở.")
    assert officials.get("Nguyễn Văn An") == ["phụ tá của ông Nam"]


def test_a_title_opening_the_body_is_the_post_of_the_name_after() -> None:
    """`phụ tá Ngoại trưởng Mỹ John Kerry`: `Ngoại trưởng Mỹ` is Kerry's, not a body of Bình's `phụ tá`."""
    officials, _ = people_of("Ông Nguyễn Văn Bình, phụ tá Ngoại trưởng Mỹ John Kerry, cho biết như vậy.")
    assert officials.get("John Kerry") == ["Ngoại trưởng Mỹ"]
    assert "Nguyễn Văn Bình" not in officials


def _seconds(size: int) -> float:
    text = " ".join(
        "Ông Peter Walsh, người phụ trách các hoạt động của lực lượng tuần duyên ở vùng biển," for _ in range(size)
    )
    return best_cpu_seconds(lambda: people_of(text + " cho biết."), 3)


def test_set_off_descriptions_take_linear_time() -> None:
    """Each set-off head reads a bounded window before and after it: twice the sentence takes twice the time."""
    assert doubling_ratio(_seconds, 40) < 2.5

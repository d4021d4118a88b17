"""A member of a named body is a post (`thành viên Ủy ban …`), a group or a bare `thành viên` none; a title standing
alone that writes out in full a post the person was named with in short (`Chủ tịch Quốc hội` after `Chủ tịch QH`)
is that person's fullest writing of it (README: fullest form once)."""

from __future__ import annotations

import pytest

from tests.timing import doubling_ratio
from vnreport.extract.officials import extract_people, references
from vnreport.extract.officials.titles import _ends_capitalised
from vnreport.segment.document import segment
from vnreport.text import fold


def titles(text: str) -> dict[str, list[str]]:
    found, _ = extract_people(segment(text))
    return {o.name: [t.text for t in o.titles] for o in found}


def test_member_of_a_named_body_after_the_name() -> None:
    text = "Ông Trần Văn Bình, thành viên Ủy ban Kiểm tra Trung ương, cho biết kết quả."
    assert titles(text)["Trần Văn Bình"] == ["thành viên Ủy ban Kiểm tra Trung ương"]


def test_member_of_a_foreign_body_with_of() -> None:
    text = "Ông John Miller, thành viên của Ủy ban Ngân sách Thượng viện, cho biết kế hoạch sẽ được xem xét."
    assert titles(text)["John Miller"] == ["thành viên của Ủy ban Ngân sách Thượng viện"]


def test_member_without_a_named_body_is_no_post() -> None:
    text = "Ông Trần Văn Bình, thành viên đoàn công tác, cho biết kết quả."
    assert "Trần Văn Bình" not in titles(text)


def test_member_carried_on_by_lower_case_words_is_a_description() -> None:
    text = "Bộ trưởng Trần Văn Bình là thành viên Chính phủ đầu tiên trả lời chất vấn."
    assert titles(text)["Trần Văn Bình"] == ["Bộ trưởng"]


def test_body_ending_on_a_capitalised_word_and_a_lower_case_one_is_named_only_when_they_make_a_word() -> None:
    """A capitalised syllable and a lower-case one close a body's name only as one dictionary word (`Soạn thảo`,
    `Trung ương`); `Ủy ban A mới` ends on a description, as `Chính phủ đầu tiên` does."""
    for text, named in (
        ("thành viên Ủy ban Olympic mới", False),
        ("thành viên Chính phủ đầu tiên", False),
        ("thành viên Ban Soạn thảo", True),
        ("thành viên Ủy ban Kiểm tra Trung ương", True),
    ):
        toks = segment(text).sentence_tokens(0)
        assert _ends_capitalised(toks, 2, len(toks)) is named, text


def test_title_alone_spelling_out_a_short_post_is_the_holders_fullest_writing() -> None:
    text = "Chủ tịch QH Lê Thị Hoa điều hành phiên họp. Chủ tịch Quốc hội cho biết còn 30 đại biểu đăng ký."
    assert titles(text)["Lê Thị Hoa"] == ["Chủ tịch Quốc hội"]


def test_title_alone_held_by_two_people_goes_to_no_one() -> None:
    text = (
        "Phó Chủ tịch QH Lê Thị Hoa và Phó Chủ tịch QH Trần Văn Bình dự họp. "
        "Phó Chủ tịch Quốc hội cho biết còn 30 đại biểu đăng ký."
    )
    found = titles(text)
    assert found["Lê Thị Hoa"] == ["Phó Chủ tịch QH"]
    assert found["Trần Văn Bình"] == ["Phó Chủ tịch QH"]


_SURNAMES = ("Lê", "Trần", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ")
_MIDDLES = ("Văn", "Hữu", "Đức", "Quang", "Xuân", "Thanh")
_GIVEN = ("An", "Bình", "Cường", "Dũng", "Hà", "Lan", "Minh", "Nam", "Oanh", "Phúc")
_PEOPLE = [f"{s} {m} {g}" for s in _SURNAMES for m in _MIDDLES for g in _GIVEN]  # 480 distinct names


def test_title_alone_spelling_out_a_short_post_in_a_story_of_many_people() -> None:
    roll = " ".join(f"Ông {name} dự họp." for name in _PEOPLE[:70])  # no cut-off at a number of people
    text = f"{roll} Chủ tịch QH Lê Thị Hoa điều hành phiên họp. Chủ tịch Quốc hội cho biết còn 30 đại biểu đăng ký."
    assert titles(text)["Lê Thị Hoa"] == ["Chủ tịch Quốc hội"]


def test_titles_standing_alone_grow_linearly_with_many_distinct_holders(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each title alone was compared with every title of everyone read so far (holders × titles alone): measured in
    the titles folded to be compared, a count no busy machine blurs (distinct holders at both sizes, none left out)."""
    folded = [0]

    def counting_fold(text: str) -> str:
        folded[0] += 1
        return fold(text)

    monkeypatch.setattr(references, "fold", counting_fold)

    def folds_at(n: int) -> float:
        text = " ".join(
            f"Chủ tịch QH {_PEOPLE[i]} dự họp. Chủ tịch Quốc hội cho biết còn {i} đại biểu." for i in range(n)
        )
        folded[0] = 0
        extract_people(segment(text))
        return folded[0]

    assert doubling_ratio(folds_at, 100) < 2.5

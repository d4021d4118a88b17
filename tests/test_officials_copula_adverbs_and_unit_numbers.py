"""Round 29 (sentences written for the tests; issue #12, Vietnamese officials):

- a title given by the copula with adverbs of time between the person and `là` (`ông A hiện đang là …`, `ông B
  vẫn tiếp tục là …`), or after a comma that sets off a word of time (`ông C, lúc đó đã là …`, `ông D sinh năm
  1960, hiện đang là …`), and by the cues `với chức vụ`, `được mời là`; `làm` after the bracket of the person's
  own titles (`ông A (Ủy viên …) … làm Bí thư …`);
- a title's organisation closed by a unit's number after a word in lower case (`Bí thư Chi bộ 2, …`, `Trưởng phòng
  Cảnh sát kinh tế 2 Nguyễn Văn A`), and one running in lower case up to a bracket naming the body above it
  before the holder's name (`… (Sở NN&PTNT) Nguyễn Văn B`); a term between a title and its holder's name
  (`Đại biểu Quốc hội khóa XIII Nguyễn Văn C`), where the person was lost."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def titles(text: str) -> dict[str, list[tuple[str, bool]]]:
    found, _ = extract_people(segment(text))
    return {o.name: [(t.text, t.current) for t in o.titles] for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Ông Đỗ Minh Khang hiện đang là Giám đốc Sở Tài chính tỉnh Bắc Ninh.",
        "Ông Đỗ Minh Khang đang là Giám đốc Sở Tài chính tỉnh Bắc Ninh.",
        "Ông Đỗ Minh Khang vẫn tiếp tục là Giám đốc Sở Tài chính tỉnh Bắc Ninh.",
        "Ông Đỗ Minh Khang sinh năm 1962, hiện đang là Giám đốc Sở Tài chính tỉnh Bắc Ninh.",
    ],
)
def test_the_copula_after_adverbs_of_time_gives_the_post(text: str) -> None:
    assert titles(text) == {"Đỗ Minh Khang": [("Giám đốc Sở Tài chính tỉnh Bắc Ninh", True)]}


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn thanh tra đề nghị kỷ luật ông Hồ Văn Lợi, lúc đó đã là Phó Giám đốc Sở Xây dựng.",
        "Năm 2009, khi đó ông Hồ Văn Lợi đang là Phó Giám đốc Sở Xây dựng.",
    ],
)
def test_a_word_of_time_gives_a_post_held_then(text: str) -> None:
    assert titles(text) == {"Hồ Văn Lợi": [("Phó Giám đốc Sở Xây dựng", False)]}


def test_a_comma_without_a_word_of_time_sets_off_another_clause() -> None:
    text = "Theo ông Hồ Văn Lợi, đó là Giám đốc Sở Xây dựng mới của tỉnh."
    assert titles(text) == {}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ông Lý Quốc Hưng về nhận công tác tại Ban Dân vận Tỉnh ủy với chức vụ Phó Trưởng ban.", "Phó Trưởng ban"),
        ("Ông Lý Quốc Hưng được mời là Chủ tịch Hội đồng khoa học của Viện.", "Chủ tịch Hội đồng khoa học của Viện"),
    ],
)
def test_a_post_given_by_the_clause(text: str, title: str) -> None:
    assert titles(text) == {"Lý Quốc Hưng": [(title, True)]}


def test_a_unit_number_closes_the_organisation_and_the_chain_goes_on() -> None:
    text = "Ông Vương Đình Khải, Bí thư Chi bộ 2, Trưởng phòng Quản lý đô thị cho biết sẽ kiểm tra lại."
    assert titles(text) == {
        "Vương Đình Khải": [("Bí thư Chi bộ 2", True), ("Trưởng phòng Quản lý đô thị", True)],
    }


def test_a_unit_number_before_the_holders_name() -> None:
    text = "Sáng nay, Trưởng phòng Cảnh sát kinh tế 2 Phan Thanh Tùng đã dẫn đoàn đi kiểm tra."
    assert titles(text) == {"Phan Thanh Tùng": [("Trưởng phòng Cảnh sát kinh tế 2", True)]}


@pytest.mark.parametrize(
    "text",
    [
        "Ông Vương Đình Khải, Giám đốc Trung tâm y tế 3 năm liền, cho biết sẽ kiểm tra lại.",
        "Ông Vương Đình Khải, Đại biểu Quốc hội khóa 14, cho biết sẽ kiểm tra lại.",
    ],
)
def test_a_count_or_a_term_is_no_unit_number(text: str) -> None:
    found = titles(text)["Vương Đình Khải"]
    assert not any(t[0][-1].isdigit() for t in found)


@pytest.mark.parametrize(
    ("text", "closes"),
    [
        ("Bí thư Chi bộ thôn 2, ông Vương Đình Khải cho biết.", True),
        ("Bí thư Chi bộ lần 2, ông Vương Đình Khải cho biết.", False),
        ("Giám đốc Sở Y tế quý 2, ông Vương Đình Khải cho biết.", False),
    ],
)
def test_a_number_after_a_word_of_time_or_count_closes_no_unit(text: str, closes: bool) -> None:
    # officials_number_not_after.txt: only the list tells `lần 2` (a count) from `thôn 2` (a unit's number)
    from vnreport.extract.officials.titles import _unit_number

    toks = list(segment(text).tokens)
    assert _unit_number(toks, next(k for k, t in enumerate(toks) if t.text == "2")) is closes


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Ông Đỗ Minh Khang, thời điểm đó là Phó Giám đốc Sở Tài chính tỉnh Bắc Ninh.", False),
        ("Ông Đỗ Minh Khang, lúc bấy giờ là Phó Giám đốc Sở Tài chính tỉnh Bắc Ninh.", False),
        ("Ông Đỗ Minh Khang hiện tại là Phó Giám đốc Sở Tài chính tỉnh Bắc Ninh.", True),
    ],
)
def test_a_word_of_time_that_is_no_adverb_before_the_copula(text: str, held: bool) -> None:
    # officials_copula_times.tsv rows with words that are no adverbs (`thời điểm đó`, `lúc bấy giờ`, `hiện tại`)
    assert titles(text) == {"Đỗ Minh Khang": [("Phó Giám đốc Sở Tài chính tỉnh Bắc Ninh", held)]}


def test_a_lower_case_organisation_runs_to_the_bracket_before_the_holder() -> None:
    text = "Chi cục trưởng Chi cục Kiểm lâm, bảo tồn thiên nhiên (Sở NN&PTNT) Trần Thị Huệ cho biết kế hoạch đã xong."
    assert titles(text) == {"Trần Thị Huệ": [("Chi cục trưởng Chi cục Kiểm lâm, bảo tồn thiên nhiên", True)]}


def test_the_bracket_of_the_persons_own_titles_does_not_stop_lam() -> None:
    text = (
        "Ông Trịnh Văn Lực (Ủy viên Ban Thường vụ Tỉnh ủy) được điều về nhận nhiệm vụ mới làm Bí thư Huyện ủy Đông Anh."
    )
    assert titles(text) == {
        "Trịnh Văn Lực": [("Ủy viên Ban Thường vụ Tỉnh ủy", True), ("Bí thư Huyện ủy Đông Anh", True)],
    }


def test_a_bracket_the_name_stands_in_does_not_hand_it_the_groups_post() -> None:
    # the bracket opened before the name: `làm` after it is the group's post, not the person's (round 29's review)
    text = "Tổ giúp việc (ông Trịnh Văn Lực, Ủy viên Ban Thường vụ Tỉnh ủy) được cử làm Bí thư Huyện ủy Đông Anh."
    assert titles(text).get("Trịnh Văn Lực") == [("Ủy viên Ban Thường vụ Tỉnh ủy", True)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tại phiên họp, Đại biểu Quốc hội khóa XIII Mai Thị Hạnh nêu ý kiến.", "Đại biểu Quốc hội khóa XIII"),
        (
            "Tại phiên họp, Bí thư Huyện ủy nhiệm kỳ 2010-2015 Mai Thị Hạnh nêu ý kiến.",
            "Bí thư Huyện ủy nhiệm kỳ 2010-2015",
        ),
    ],
)
def test_a_term_between_the_title_and_the_holders_name(text: str, title: str) -> None:
    assert titles(text) == {"Mai Thị Hạnh": [(title, True)]}

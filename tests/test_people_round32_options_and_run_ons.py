"""Round 32, people (issue #12): the answers of a multiple-choice question are no photo credits; a caption's name
run into the next line's full name stops where the second name opens; a place written with a lower-case first word
(`châu Âu`) opens no name with its capitalised word."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials import extract_people, read_people
from vnreport.segment.document import segment


def people(text: str) -> list[str]:
    return [p.name for p in extract_people(segment(text, words="dictionary"))[1]]


def test_the_answers_of_a_question_are_no_credits() -> None:
    text = (
        "Câu 12. Sông nào dài nhất ở nước ta? A. Sông Hồng. B. Cả. C. Thu Bồn. D. Mê Công. "
        "Nhiều giáo viên cho rằng câu hỏi này gây tranh cãi."
    )
    assert people(text) == []


def test_one_initial_with_its_dot_stays_a_credit() -> None:
    text = "Ngôi nhà bị sập sau trận mưa lớn. Ảnh: C. Nguyên. Chính quyền xã đang khắc phục."
    assert "C. Nguyên" in people(text)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Người thân bên quan tài em Lê Văn Khánh Em Trần Thị Mai, học sinh lớp 8, bị thương.",
            "Lê Văn Khánh",
            "Lê Văn Khánh Em Trần",
        ),
        (
            "Khách mời tại buổi lễ có doanh nhân Phạm Quang Lộc Đỗ Thị Hằng, ái nữ của ông Lộc, cũng có mặt.",
            "Phạm Quang Lộc",
            "Phạm Quang Lộc Đỗ Thị",
        ),
    ],
)
def test_a_name_stops_where_a_second_full_name_opens(text: str, wanted: str, unwanted: str) -> None:
    names = [r.name for r in read_people(segment(text, words="dictionary"))]
    assert wanted in names
    assert unwanted not in names


def test_a_name_with_two_surnames_before_its_gender_middle_stays_whole() -> None:
    # `Nguyễn Lê Thị Hoa`: a father's and a mother's surname; a second name opens only after a full name of three
    text = "Bà Nguyễn Lê Thị Hoa (SN 1985) cho biết năm nay mưa nhiều."
    assert people(text) == ["Nguyễn Lê Thị Hoa"]


def test_a_place_with_a_lower_case_first_word_opens_no_name() -> None:
    text = "Theo chuyên gia châu Âu Jeffrey Rathke tại Trung tâm Nghiên cứu, kinh tế sẽ tăng chậm."
    assert not any(n.startswith("Âu") for n in people(text))


def test_a_surname_that_is_a_place_after_a_kin_word_stays_a_name() -> None:
    assert people("Cô Tô Thị Hoa (SN 1990) cho biết cô sống ở huyện Cô Tô.") == ["Tô Thị Hoa"]


def test_answer_options_are_read_in_linear_time() -> None:
    unit = "Câu hỏi nào đúng? A. Đồng Nai. B. Cả. C. Thu Bồn. D. Mê Công. "

    def seconds(n: int) -> float:
        doc = segment(unit * n, words="dictionary")
        return best_cpu_seconds(lambda: read_people(doc))

    assert doubling_ratio(seconds, 40) < 2.5


def test_an_initial_after_a_sentence_ending_in_a_letter_stays_a_credit() -> None:
    # `B.` ends a sentence a few words before; no `A.` opens a series, so `C. Nguyên` is no answer of a question
    text = "Vụ cháy xảy ra ở tầng 3 của tòa nhà B. Lửa đã được dập tắt. C. Nguyên"
    assert "C. Nguyên" in people(text)

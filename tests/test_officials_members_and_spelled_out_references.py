"""A member of a named body is a post (`thành viên Ủy ban …`), a group or a bare `thành viên` none; a title standing
alone that writes out in full a post the person was named with in short (`Chủ tịch Quốc hội` after `Chủ tịch QH`)
is that person's fullest writing of it (README: fullest form once)."""

from __future__ import annotations

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


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
_GIVEN = ("An", "Bình", "Cường", "Dũng", "Hà", "Lan", "Minh", "Nam", "Oanh", "Phúc")


def test_titles_standing_alone_grow_linearly_with_the_text() -> None:
    def text_of(n: int) -> str:
        people = [f"{s} Văn {g}" for s in _SURNAMES for g in _GIVEN]
        return " ".join(
            f"Chủ tịch QH {people[i % len(people)]} dự họp. Phó Chủ tịch Quốc hội cho biết còn {i} đại biểu."
            for i in range(n)
        )

    def seconds_at(n: int) -> float:
        text = text_of(n)
        return best_cpu_seconds(lambda: extract_people(segment(text)))

    assert doubling_ratio(seconds_at, 60) < 2.5

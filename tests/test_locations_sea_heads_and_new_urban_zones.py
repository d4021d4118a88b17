"""Round 36 (places missed, issue #13): a sea or a gulf of the gazetteer written with its head in lower case
(`biển Nhật Bản`, `vịnh Mexico`) is that sea, not the country or the region its name bears
(places_water_heads.txt); a new urban zone written `khu đô thị mới` and its name (`khu đô thị mới Linh Đàm`) is a
facility like `khu đô thị Linh Đàm`. Sentences written for the tests, in the shape of the constructions."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport import analyze_text


def _locations(text: str) -> list[str]:
    return [loc.name for loc in analyze_text(text, source="t.txt", year=2024).locations]


@pytest.mark.parametrize(
    ("text", "sea", "not_a_place"),
    [
        ("Tên lửa rơi xuống biển Nhật Bản sau 40 phút bay.", "biển Nhật Bản", "Nhật Bản"),
        ("Hai tàu cá bị xua đuổi trên biển Hoa Đông tuần trước.", "biển Hoa Đông", None),
        ("Cơn bão đổ bộ vào các bang ven vịnh Mexico.", "vịnh Mexico", "Mexico"),
    ],
)
def test_a_sea_written_with_a_lower_case_head(text: str, sea: str, not_a_place: str | None) -> None:
    found = _locations(text)
    assert sea in found
    if not_a_place is not None:
        assert not_a_place not in found


def test_the_capitalised_head_still_names_the_sea() -> None:
    assert "Biển Nhật Bản" in _locations("Tên lửa rơi xuống Biển Nhật Bản sau 40 phút bay.")


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Cư dân khu đô thị mới Linh Đàm phản ánh tình trạng ngập úng.", "khu đô thị mới Linh Đàm"),
        ("Trường học được xây dựng tại Khu đô thị mới Văn Quán, quận Hà Đông.", "Khu đô thị mới Văn Quán"),
    ],
)
def test_a_new_urban_zone_and_its_name(text: str, zone: str) -> None:
    assert zone in _locations(text)


def test_a_new_urban_zone_without_a_name_is_no_place() -> None:
    assert _locations("Tỉnh sẽ quy hoạch một khu đô thị mới ở phía tây.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tàu của Cảnh sát biển Nhật Bản cập cảng sáng nay.",
        "Tàu tuần tra áp sát bờ biển Nhật Bản vào ban đêm.",
    ],
)
def test_a_lower_case_head_that_ends_a_compound_names_no_sea(text: str) -> None:
    assert "biển Nhật Bản" not in _locations(text)


def test_a_new_urban_zone_cited_among_projects_is_no_place() -> None:
    text = "Quận đang là công trường lớn với nhiều dự án lớn như khu đô thị mới Linh Đàm."
    assert "khu đô thị mới Linh Đàm" not in _locations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ông nói về các dự án như khu đô thị mới Linh Đàm và khu đô thị mới Văn Quán.",
        "Các dự án như khu đô thị mới Linh Đàm, khu đô thị mới Văn Quán và khu đô thị mới Việt Hưng đều chậm.",
    ],
)
def test_every_facility_of_a_list_of_projects_is_a_project(text: str) -> None:
    assert _locations(text) == []


def test_a_list_of_facilities_without_a_project_word_names_places() -> None:
    found = _locations("Ông đến thăm khu đô thị mới Linh Đàm và khu đô thị mới Văn Quán.")
    assert found == ["khu đô thị mới Linh Đàm", "khu đô thị mới Văn Quán"]


def test_a_head_written_twice_still_ends_the_compound() -> None:
    assert "biển Nhật Bản" not in _locations("Tàu Cảnh sát biển biển Nhật Bản cập cảng sáng nay.")


def _repeated_heads(count: int) -> str:
    return "Tàu " + "biển " * count + "Nhật Bản."


def test_a_head_written_many_times_does_not_crash() -> None:
    """One step back per repeated head, in a loop: 1500 repeats are no deeper a call than one."""
    assert "biển Nhật Bản" not in _locations(_repeated_heads(1500))


def test_walking_back_over_repeated_heads_takes_linear_time() -> None:
    """Twice the repeated heads take twice the time to read, not four times."""

    def seconds_at(count: int) -> float:
        text = _repeated_heads(count)
        return best_cpu_seconds(lambda: _locations(text))

    assert doubling_ratio(seconds_at, 400) < 2.5

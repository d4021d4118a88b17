"""Issue #13: a plural unit word belongs to its whole list, so each name of the list is written bare
(`các huyện A, B`: `A`, `B`), as the gold writes it (dev, dev5, dev7, dev9, dev15, dev20, dev21, dev24).
Two lists were read with the first place still under the unit word: a list whose later names are known
names (provinces: `các tỉnh A, B`), and a count in digits (`3 huyện A, B và C`), which did not open a list at
all. A number that belongs to an address part (`tổ 3 phường A`, `số 5 phường B`) or to a house before a road
(`42 đường A, Hà Nội`) is no count."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract import run_extractors
from vnreport.pipeline import analyze_text
from vnreport.segment.document import segment


def written(text: str) -> set[str]:
    """Every mention of a location as the pipeline writes it."""
    doc = segment(text, words="dictionary")
    return {mention.text for location in run_extractors(doc).locations for mention in location.mentions}


# --- a list of known names after a plural unit word ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bare", "not_written"),
    [
        ("Lũ gây ngập ở các tỉnh Sóc Trăng, Bạc Liêu, Cà Mau.", "Sóc Trăng", "tỉnh Sóc Trăng"),
        ("Tàu cá của ngư dân hai tỉnh Quảng Ngãi và Bình Định bị hư hỏng.", "Quảng Ngãi", "tỉnh Quảng Ngãi"),
    ],
)
def test_a_plural_province_list_writes_its_first_name_bare(text: str, bare: str, not_written: str) -> None:
    found = written(text)
    assert bare in found
    assert not_written not in found


def test_an_address_province_after_a_plural_commune_keeps_the_unit_word() -> None:
    # `Thái Bình` is the address's province, not a second commune: the list's `xã` stays with its name
    found = written("Các xã Thụy Hải, Thái Bình đã về đích nông thôn mới.")
    assert "xã Thụy Hải" in found
    assert "Thái Bình" in found


# --- a count in digits before a unit word -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Thành phố đề xuất nâng 3 huyện Cần Giờ, Củ Chi và Hóc Môn lên quận.", {"Cần Giờ", "Củ Chi", "Hóc Môn"}),
        ("Ở 2 xã Phú Đông và Phú Hội có nhiều hộ xây nhà trái phép.", {"Phú Đông", "Phú Hội"}),
        ("Dự án ở 4 quận Tây Hồ, Cầu Giấy, Đống Đa, Ba Đình.", {"Tây Hồ", "Cầu Giấy", "Đống Đa", "Ba Đình"}),
    ],
)
def test_a_count_before_a_unit_word_opens_a_list(text: str, names: set[str]) -> None:
    found = written(text)
    assert names <= found
    assert not any(name.startswith(("huyện ", "xã ", "quận ")) for name in found)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ông A trú tại tổ 3 phường Tân Phong, Lai Châu.", "phường Tân Phong"),
        ("Bà B sống ở số 5 phường Bến Nghé, TP.HCM.", "phường Bến Nghé"),
        ("Cửa hàng tại 42 đường Chu Mạnh Trinh, Hà Nội bị cháy.", "đường Chu Mạnh Trinh"),
    ],
)
def test_a_number_of_an_address_is_no_count(text: str, kept: str) -> None:
    assert kept in written(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Trong tháng 3 huyện Cần Giờ và Củ Chi đều tăng thu ngân sách.", "huyện Cần Giờ"),
        ("Sáng 15 xã Phú Đông và Phú Hội tổ chức lễ ra quân.", "xã Phú Đông"),
        ("Ngày 15 xã Phú Đông và Phú Hội tổ chức lễ ra quân.", "xã Phú Đông"),
        ("Cửa hàng tại lô 12 phường Bến Nghé và Đa Kao bị kiểm tra.", "phường Bến Nghé"),
    ],
)
def test_a_day_month_or_lot_number_is_no_count(text: str, kept: str) -> None:
    assert kept in written(text)


def _seconds(n: int) -> float:
    names = ", ".join(["Cần Giờ", "Củ Chi", "Hóc Môn", "Bình Chánh"] * n)
    text = "Quy hoạch vùng ven\n\nThành phố rà soát 12 huyện " + names + " và Nhà Bè trong năm nay."
    return best_cpu_seconds(lambda: analyze_text(text))


def test_a_long_counted_list_is_read_in_linear_time() -> None:
    # each name of the list is read once, with a look of fixed width before the count
    assert doubling_ratio(_seconds, 20) < 2.5

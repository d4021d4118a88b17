"""Round 34 of event detection: heads the lexicon lacked, chosen by how many corpus titles and leads open with them.
A sanction or a suspension (`trừng phạt`, `đình chỉ`, `tạm ngừng`) told as the verb of a
body named before it is a directive, also when the body announces it (`Bộ X thông báo trừng phạt …`); a missile
test or a flash flood (`thử tên lửa`, `vụ thử`, `lũ quét`) named in a title over a lead with no event word is the
happening (kind `other`). Not `thu hồi` (a company's recall of its goods is an act, not a
directive: `PV Gas đã thu hồi … lô khí bị lỗi`), not `tập trận` (an exercise is told as often before it is
held: `sắp tập trận`, `tập trận … vào tháng tới`) nor `phát hiện thi thể` (its title would take the place of the
lead's own reading of a body found, which dates it by the finding's day)."""

from __future__ import annotations

from tests.conftest import event_kind_and_date, found_event_kind_and


def test_a_sanction_a_government_announces_is_a_directive_of_that_government() -> None:
    text = (
        "Canada công bố biện pháp mới\n\n"
        "Ngày 14/3, Chính phủ Canada thông báo trừng phạt 12 công ty nước ngoài vì buôn bán hàng cấm."
    )
    assert found_event_kind_and(text, "organizer") == ("directive", "Chính phủ Canada")


def test_a_suspension_by_a_department_is_a_directive() -> None:
    text = (
        "Ngừng hoạt động cơ sở sản xuất nước đá\n\n"
        "Sở Y tế tỉnh Hòa Bình đình chỉ hoạt động của cơ sở sản xuất nước đá Minh An vì không bảo đảm vệ sinh."
    )
    assert found_event_kind_and(text, "kind")[0] == "directive"


def test_a_missile_test_in_the_title_over_a_dated_lead_is_the_happening() -> None:
    text = (
        "Xứ Bắc lại thử tên lửa, láng giềng phản đối\n\n"
        "Ngày 9/5, Bộ Ngoại giao Xứ Nam cho biết nước này phản đối mạnh mẽ hành động của Xứ Bắc."
    )
    assert event_kind_and_date(text) == ("other", "2024-05-09")


def test_a_flash_flood_in_the_title_is_the_happening() -> None:
    text = (
        "Lũ quét tràn qua khu du lịch thác Bạc, nhiều du khách mắc kẹt\n\n"
        "Ngày 3/7, UBND xã Tân Phong cho biết nhiều du khách đã được đưa ra khỏi khu vực an toàn."
    )
    assert event_kind_and_date(text) == ("other", "2024-07-03")


def test_missile_tests_counted_are_no_happening() -> None:
    text = (
        "Nhiều vụ thử tên lửa khiến khu vực căng thẳng\n\n"
        "Các chuyên gia cho rằng tình hình an ninh trong khu vực sẽ còn phức tạp trong năm tới."
    )
    assert event_kind_and_date(text) is None

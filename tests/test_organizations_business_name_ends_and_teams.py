"""Organisation constructions of round 19 (issue #13), one written example each: verbs that end a business name,
a room named like a department, a team of a police or inspection force."""

from __future__ import annotations

import pytest

from tests.orghelp import names

# --- verbs that end a business name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Nếu thành phố cùng Hiệp hội thấy rằng Hòn Sơn cần giữ nguyên thì dừng dự án.", "Hiệp hội thấy rằng Hòn Sơn"),
        ("Tổng công ty mời thêm Ban Nội chính tham dự buổi làm việc.", "Tổng công ty mời thêm Ban Nội chính"),
    ],
)
def test_a_verb_ends_a_business_name(text: str, wrong: str) -> None:
    assert wrong not in names(text)


def test_a_company_before_a_verb_of_thinking() -> None:
    assert "Tập đoàn Daewoo" in names("Tập đoàn Daewoo tin rằng thị trường sẽ phục hồi.")


# --- a room named like a department ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Tổng thống tiếp các vị khách tại Phòng Bầu dục.", "Cuộc gặp diễn ra ở Văn phòng Bầu dục."]
)
def test_the_oval_office_is_no_department(text: str) -> None:
    assert not any("Bầu dục" in name for name in names(text))


# --- a team of a police or inspection force -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Đội CSGT quận 3 đã lập biên bản vi phạm.", "Đội CSGT quận 3"),
        ("Hồ sơ được chuyển cho Đội Thanh tra địa bàn Quận 7 xử lý.", "Đội Thanh tra địa bàn Quận 7"),
    ],
)
def test_a_team_of_a_force(text: str, team: str) -> None:
    assert team in names(text)


def test_a_street_named_after_a_team_is_no_team() -> None:
    assert not any(name.startswith("Đội") for name in names("Nhà hàng trên phố Đội Cấn luôn đông khách."))

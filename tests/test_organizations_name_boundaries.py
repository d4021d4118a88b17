"""Where an organisation's name ends and where it goes on (issue #13, round 26), one written example each: a
business line in lower case runs into the company's proper name, a compound that would end on the sentence's
verb is no word of the name."""

from __future__ import annotations

import pytest

from tests.orghelp import names

# --- a capitalised tail after a lower-case business line ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bà Lan, Phó Giám đốc Công ty TNHH Thương mại xuất nhập khẩu Hoàng Gia Phát (quận 2), đến làm việc.",
            "Công ty TNHH Thương mại xuất nhập khẩu Hoàng Gia Phát",
        ),
        ("Công ty cổ phần ô tô Lê Gia Phát trúng thầu gói số 3.", "Công ty cổ phần ô tô Lê Gia Phát"),
    ],
)
def test_a_business_line_runs_into_its_proper_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Chủ tịch Tập đoàn Vingroup Phạm Nhật Vượng cho biết.", "Vượng"),
        ("Giám đốc Công ty TNHH xây dựng Nguyễn Văn Thanh cho biết.", "Thanh"),  # a strong middle name
        ("Phó Tổng Giám đốc Tổng công ty và đồng chí Phùng Lê Dũng cùng dự.", "Dũng"),  # a person's cue
    ],
)
def test_a_person_after_a_business_name_is_cut(text: str, person: str) -> None:
    assert not any(person in found for found in names(text))


# --- a compound ending on the sentence's verb -----------------------------------------------------------


def test_a_name_stops_before_la() -> None:
    found = names("Hiệp định với Liên minh Kinh tế Á - Âu là nền tảng của hợp tác.")
    assert "Liên minh Kinh tế Á - Âu" in found
    assert not any(name.endswith("là") for name in found)

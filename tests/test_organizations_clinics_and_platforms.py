"""Organisations named by a clinic's head or alone as a platform (issue #13, round 27 part e12), one written
example each: `Phòng khám`, `Phòng khám đa khoa` and `PKĐK` with the clinic's own name (not before a
hospital's name); a platform or carrier named alone (`Instagram`, `FedEx`)."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sở Y tế đã xử phạt Phòng khám đa khoa Hồng Phúc 40 triệu đồng.", "Phòng khám đa khoa Hồng Phúc"),
        ("Đoàn kiểm tra PKĐK Sài Gòn và lập biên bản.", "PKĐK Sài Gòn"),
    ],
)
def test_a_clinic_by_its_head(text: str, name: str) -> None:
    assert name in names(text)


def test_a_clinic_word_before_a_hospital_is_no_clinic_of_its_own() -> None:
    assert names("Ông đến phòng khám Bệnh viện Bạch Mai.") == ["Bệnh viện Bạch Mai"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cô đăng tấm ảnh lên Instagram cá nhân.", "Instagram"),
        ("Gói hàng được gửi qua FedEx.", "FedEx"),
    ],
)
def test_a_platform_or_carrier_named_alone(text: str, name: str) -> None:
    assert name in names(text)

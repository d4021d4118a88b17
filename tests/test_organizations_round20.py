"""Organisation constructions of round 20 (issue #13), one written example each: a bare Party committee that
names no body, a photo credit whose full stop was lost before the next sentence."""

from __future__ import annotations

from tests.orghelp import names

# --- a bare Party committee names no body ---------------------------------------------------------------


def test_a_bare_party_committee_is_no_organisation() -> None:
    found = names("Ông Trần Văn Hải, Bí thư Đảng ủy, Giám đốc Công ty Điện lực Hà Nam, phát biểu khai mạc.")
    assert "Đảng ủy" not in found
    assert "Công ty Điện lực Hà Nam" in found


def test_a_party_committee_with_its_unit_is_one() -> None:
    assert "Đảng ủy xã Tân Phú" in names("Bà Lê Thị Mai, Phó Bí thư Đảng ủy xã Tân Phú, cho biết như vậy.")


# --- a photo credit whose full stop was lost --------------------------------------------------------------


def test_a_credit_ends_before_the_next_sentence() -> None:
    found = names("Chiếc xe bị hư hỏng nặng. Ảnh: Bellatrix Theo Bellatrix, cảnh sát đã có mặt ngay sau đó.")
    assert "Bellatrix" in found
    assert not any("Theo" in name for name in found)

"""Organisation constructions, one written example each: a bare Party committee that names no body, a photo
credit whose full stop was lost before the next sentence, a foreign body's noun that begins a longer word."""

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


# --- a foreign body's noun that begins a longer word -----------------------------------------------------


def test_the_press_of_a_title_is_no_newspaper() -> None:
    assert "Paul Mercer" not in names("Thư ký báo chí Paul Mercer tuyên bố Nhà Trắng sẽ phản hồi sớm.")


def test_a_group_named_after_its_noun_is_kept() -> None:
    assert "Velvet Moths" in names("Các chuyên gia đã lần ra nhóm tin tặc Velvet Moths đứng sau vụ việc.")


def test_a_newspaper_written_as_one_word() -> None:
    assert "Quorvane Matin" in names("Một bài xã luận đăng trên tờ báo kinh tế Quorvane Matin chê kế hoạch ấy.")


def test_an_opener_inside_a_foreign_name_with_no_credit_before_it_is_kept() -> None:
    assert "Banco Do Lestria" in names("Theo ngân hàng Banco Do Lestria, lãi suất cho vay sẽ nhích lên.")

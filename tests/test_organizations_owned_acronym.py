"""A brand's name in parentheses after a body named after `của` (`lợi nhuận của Công ty cổ phần Sữa Việt Nam
(Vinamilk)`): the body's own short name when it opens like one of the name's words, so its later mentions
are that body; one that opens like none (`… của Liên Hợp Quốc (UNESCO)`) names the thing owned."""

from __future__ import annotations

from tests.orghelp import organizations


def test_a_brand_after_a_company_named_after_cua_is_its_own() -> None:
    found = organizations(
        "Lợi nhuận của Công ty cổ phần Sữa Việt Nam (Vinamilk) tăng nhẹ. Vinamilk cho biết sẽ mở thêm nhà máy."
    )
    assert len(found) == 1, list(found)
    assert "Vinamilk" in {m.text for m in next(iter(found.values())).mentions}


def test_a_brand_that_opens_like_no_word_of_the_owner_is_not_its_name() -> None:
    found = organizations("Tổ chức Giáo dục, Khoa học và Văn hóa của Liên Hợp Quốc (UNESCO) công nhận di sản.")
    for name, organization in found.items():
        if "Liên Hợp Quốc" in name:
            assert all(m.text != "UNESCO" for m in organization.mentions), name


def test_the_islamic_state_and_its_acronym_are_one() -> None:
    found = organizations(
        "Lực lượng Nhà nước Hồi giáo IS rút khỏi thị trấn. Quân đội cho biết “Nhà nước Hồi giáo” đã mất nhiều vùng."
    )
    named = [name for name in found if "Hồi giáo" in name or name == "IS"]
    assert len(named) == 1, list(found)

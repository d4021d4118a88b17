"""A company written again without its legal form (`Công ty TNHH Hoàng Lâm`, later `Công ty Hoàng Lâm`) or
without the trade words before its proper name (`Công ty cổ phần Vận tải và Dịch vụ Hoàng Lâm`, later
`Công ty cổ phần Hoàng Lâm`): one company, as the gold has it; two companies the short name could be stay
apart from it."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    "text",
    [
        "Công ty TNHH Hoàng Lâm đã nộp hồ sơ. Sau đó, Công ty Hoàng Lâm được cấp phép xây dựng nhà xưởng.",
        "Công ty cổ phần Vận tải và Dịch vụ Hoàng Lâm vừa ký hợp đồng. Đại diện Công ty cổ phần Hoàng Lâm "
        "cho biết sẽ bàn giao xe trong tháng tới.",
        "Cty TNHH MTV Bình Khang đã trúng thầu. Cty Bình Khang cam kết hoàn thành đúng hạn.",
    ],
)
def test_a_company_named_again_in_short_is_one(text: str) -> None:
    found = names(text)
    assert len(found) == 1, found


def test_a_short_name_two_companies_could_have_stays_apart() -> None:
    text = (
        "Công ty TNHH Xây dựng Hoàng Lâm và Công ty TNHH Vận tải Hoàng Lâm cùng dự thầu. Công ty Hoàng Lâm được chọn."
    )
    assert len(names(text)) == 3, names(text)


def test_a_company_named_by_one_word_is_not_merged() -> None:
    found = names("Công ty TNHH Thương mại Hòa Sông đã ký hợp đồng. Công ty Sông được giao thi công cầu.")
    assert len(found) != 1, found


@pytest.mark.parametrize(
    "text",
    [
        "Hồ sơ của Công ty TNHH Phúc Điền bị trả lại, còn Công ty cổ phần Phúc Điền được mời bổ sung.",
        "Năm ngoái Công ty TNHH Cơ khí Phúc Điền thuê lại kho của Công ty cổ phần Phúc Điền ở ven sông.",
    ],
)
def test_two_companies_with_different_legal_forms_stay_apart(text: str) -> None:
    assert len(names(text)) == 2, names(text)

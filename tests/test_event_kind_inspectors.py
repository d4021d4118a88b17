"""Round 31 of the event's kind: an inspection or inquiry verb followed by `viên` is a person, an inspector or an
investigator (`các thanh tra viên`, `điều tra viên`; summary_cues.tsv, check_person), never an inspection told; a
check a later lead sentence tells is background to the act the dated opening tells (`đã phải sơ tán …`)."""

from __future__ import annotations

import pytest

from tests.conftest import event_kind_and


@pytest.mark.parametrize(
    "text",
    [
        # the inspectors only name who raised the matter: the resignation the dated lead tells is the act
        "Bộ trưởng Tư pháp nước Nam Hòa từ chức\n\nNgày 3/4, Bộ trưởng Tư pháp nước Nam Hòa đã đệ đơn từ chức, một "
        "ngày sau khi các thanh tra viên nhà nước nêu cáo buộc về bộ này.",
        # inspectors as the subject of an act that is no inspection
        "Thanh tra viên nhận bằng khen\n\nSáng 3/4, hai thanh tra viên của Sở Xây dựng tỉnh Nam Hòa đã nhận bằng "
        "khen của UBND tỉnh.",
    ],
)
def test_an_inspector_is_a_person_not_an_inspection(text: str) -> None:
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == "other"


def test_a_later_check_is_background_to_the_act_the_dated_opening_tells() -> None:
    # `tiến hành kiểm tra` in a later lead sentence is strong only by `tiến hành`; the dated opening's act (`đã phải
    # sơ tán`: had to evacuate) is the news
    text = (
        "Sơ tán một tòa nhà vì nguy cơ cháy\n\n"
        "Ngày 5/3, chính quyền thành phố Nam Hòa đã phải sơ tán cư dân khỏi một tòa chung cư cao tầng. Cư dân được "
        "đưa đến nhà thi đấu gần đó. Theo chính quyền, sau một vụ cháy ở nơi khác, lực lượng chức năng đã tiến hành "
        "kiểm tra lại công tác phòng cháy của tòa nhà."
    )
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == "other" and str(found[1]).endswith("-03-05")

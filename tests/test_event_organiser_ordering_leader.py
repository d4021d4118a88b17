"""Round 16 of the event's organiser: the body of the leader who gives the lead's first order, for a paper or a
case no other reading gives a body. One written sentence per shape."""

from __future__ import annotations

from tests.conftest import event_kind_and_organiser


def _case(verb: str) -> str:
    return (
        "Xử nghiêm vụ tụ tập đua xe trên đường ven biển\n\n"
        f"Ngày 4/3, ông Lê Văn Khải, Chủ tịch UBND tỉnh Tân Phú {verb} ngành Công an vào cuộc điều tra vụ "
        "nhóm thanh niên tụ tập đua xe trên tuyến đường ven biển. Nhiều người dân đã phản ánh sự việc."
    )


def test_the_leader_who_orders_in_the_lead_acts_for_his_body() -> None:
    # the ordered inquiry is the order, a directive (event kind, round 16), issued by the leader's body
    assert event_kind_and_organiser(_case("yêu cầu")) == ("directive", "UBND tỉnh Tân Phú")


def test_a_proposal_is_no_order_of_the_leaders_body() -> None:
    assert event_kind_and_organiser(_case("đề xuất")) in {None, ("investigation", None)}
